/**
 * The top-level statements of a file as units of analysis for the editor's per-function reuse: what each declares
 * at module scope, the names it mentions, and how it uses them (read, written, or handed on as a value). Nothing
 * here holds a position: a statement's facts depend only on its text, so they are memoised per statement node, and a
 * node an incremental parse reused (moved, same text) keeps them.
 */
import ts from "typescript";
import { isFunctionLike, walk } from "./ast";

export interface UnitFacts {
  /**
   * Names the statement binds at module scope (imports, functions, classes, variables, enums, types, `exports.x`),
   * and the names of the members of the classes and objects it declares (`x.ask()` elsewhere may call one).
   */
  declares: readonly string[];
  /** Every identifier text in the statement (property names and locals included: a superset of its references). */
  names: ReadonlySet<string>;
  /**
   * Names the statement may change or hand on: assigned (`x = `, `x.k = `, `x[i] = `, `x++`, `delete x.k`), grown
   * or cut by a method (`x.push(...)`, `x.set(k, v)`), or given away bare (an argument, a property value, an array
   * element, a spread, a return value, an initializer): whoever else reads them may see the difference.
   */
  shares: ReadonlySet<string>;
  /** An import (or re-export): read by others, never changed by them. */
  import: boolean;
  /** `const X = <a string, number, boolean or plain template>`: a value no one can change. */
  primitive: boolean;
  /**
   * A function (or class, or a const holding one) with parameters whose text names a request (an HTTP client, a
   * model call): what it sends may be read from what its callers pass (a URL every caller gives), so an edit of a
   * caller can change its findings and, through it, those of its other callers.
   */
  readsCallers: boolean;
}

const facts = new WeakMap<ts.Statement, UnitFacts>();

/** Method names that change the object they are called on (arrays, maps, sets, stores). */
const MUTATOR = /^(?:push|unshift|splice|shift|pop|set|add|delete|clear|sort|reverse|fill|copyWithin|append|insert|save|store|put|update|remove|reset|assign)/i;

/**
 * A function's text that may send its parameters somewhere a rule reads: an HTTP client, a URL, a model call; or
 * re-attempt the callback it is given (a generic retry helper is judged by what its callers give it).
 */
const REQUEST_WORDS = /fetch|axios|\bgot\b|\bky\b|request|https?\b|url|post|message|histor|create|generat|invoke|\brun|stream|send|chat|complet|prompt|model|retr|attempt|backoff/i;

export function unitFacts(statement: ts.Statement, sourceFile: ts.SourceFile): UnitFacts {
  let found = facts.get(statement);
  if (!found) {
    found = computeFacts(statement, sourceFile);
    facts.set(statement, found);
  }
  return found;
}

function computeFacts(statement: ts.Statement, sourceFile: ts.SourceFile): UnitFacts {
  const declares: string[] = [];
  const names = new Set<string>();
  const shares = new Set<string>();
  let hasParams = false;
  walk(statement, (node) => {
    if (ts.isIdentifier(node)) {
      names.add(node.text);
      const use = useOf(node);
      if (use) shares.add(node.text);
      return false;
    }
    if (isFunctionLike(node) && node.parameters.length) hasParams = true;
    return undefined;
  });
  declaredNames(statement, declares);
  const isImport = ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement) || (ts.isExportDeclaration(statement) && !!statement.moduleSpecifier);
  const primitive = isPrimitiveConst(statement);
  const functionLike =
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    (ts.isVariableStatement(statement) && statement.declarationList.declarations.some((d) => !!d.initializer && !ts.isLiteralExpression(d.initializer)));
  const readsCallers = functionLike && hasParams && REQUEST_WORDS.test(statement.getText(sourceFile));
  return { declares, names, shares, import: isImport, primitive, readsCallers };
}

/** How an identifier is used, when it may change or hand on what it names (undefined for a plain read). */
function useOf(id: ts.Identifier): "write" | "value" | undefined {
  const parent = id.parent;
  if (!parent) return undefined;
  // A property after `.` is used as its access is (`this.client = ...` writes `client`: a class member may be one).
  const member = ts.isPropertyAccessExpression(parent) && parent.name === id;
  // Names that are not references: a key, a declared name, a label.
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === id) return undefined;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent)) && parent.name === id) return undefined;
  if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isExportSpecifier(parent) || ts.isExportAssignment(parent)) return undefined;
  if (ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent) || ts.isTypeQueryNode(parent) || ts.isExpressionWithTypeArguments(parent)) return undefined;
  // Up the chain of accesses that starts at the name (`x.a[i].b`).
  let top: ts.Node = member ? parent : id;
  let last: string | undefined;
  for (;;) {
    const p: ts.Node = top.parent;
    if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === top) {
      last = ts.isPropertyAccessExpression(p) ? p.name.text : undefined;
      top = p;
    } else if (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p) || ts.isTypeAssertionExpression(p)) {
      top = p;
    } else {
      break;
    }
  }
  const outer = top.parent;
  if (ts.isBinaryExpression(outer) && outer.left === top && outer.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && outer.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return "write";
  if ((ts.isPrefixUnaryExpression(outer) || ts.isPostfixUnaryExpression(outer)) && (outer.operator === ts.SyntaxKind.PlusPlusToken || outer.operator === ts.SyntaxKind.MinusMinusToken)) return "write";
  if (ts.isDeleteExpression(outer)) return "write";
  if ((ts.isCallExpression(outer) || ts.isNewExpression(outer)) && outer.expression === top) return last !== undefined && MUTATOR.test(last) ? "write" : undefined;
  // `x` or `x.a` handed on: the object it reaches may be changed by whoever receives it.
  return handedOn(top) ? "value" : undefined;
}

/** A value given away: an argument, a property value, an array element, a spread, returned, an initializer, assigned. */
function handedOn(node: ts.Node): boolean {
  const p = node.parent;
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression !== node) return true;
  if (ts.isPropertyAssignment(p) && p.initializer === node) return true;
  if (ts.isShorthandPropertyAssignment(p)) return true;
  if (ts.isArrayLiteralExpression(p) || ts.isSpreadElement(p) || ts.isSpreadAssignment(p)) return true;
  if (ts.isReturnStatement(p) || ts.isYieldExpression(p)) return true;
  if (ts.isVariableDeclaration(p) && p.initializer === node) return true;
  if (ts.isBinaryExpression(p) && p.right === node && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  if (ts.isArrowFunction(p) && p.body === node) return true;
  if (ts.isConditionalExpression(p) || (ts.isBinaryExpression(p) && (p.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || p.operatorToken.kind === ts.SyntaxKind.BarBarToken || p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken))) {
    return handedOn(p);
  }
  if (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isNonNullExpression(p) || ts.isSatisfiesExpression(p) || ts.isAwaitExpression(p)) return handedOn(p);
  return false;
}

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) {
    out.push(name.text);
    return;
  }
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

function declaredNames(statement: ts.Statement, out: string[]): void {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (clause?.name) out.push(clause.name.text);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) out.push(bindings.name.text);
    else if (bindings) for (const element of bindings.elements) out.push(element.name.text);
  } else if (ts.isImportEqualsDeclaration(statement)) {
    out.push(statement.name.text);
  } else if (ts.isVariableStatement(statement)) {
    for (const d of statement.declarationList.declarations) {
      bindingNames(d.name, out);
      // An object's keys: `x.ask()` elsewhere may be its method.
      let init = d.initializer;
      while (init && (ts.isAsExpression(init) || ts.isParenthesizedExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
      if (init && ts.isObjectLiteralExpression(init)) for (const p of init.properties) memberName(p.name, out);
    }
  } else if (
    (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
    statement.name
  ) {
    out.push(statement.name.text);
    // A class's members: `svc.ask()`, `this.client` elsewhere may be one of them.
    if (ts.isClassDeclaration(statement)) {
      for (const member of statement.members) {
        memberName(member.name, out);
        if (ts.isConstructorDeclaration(member)) for (const p of member.parameters) if (ts.getModifiers(p)?.length && ts.isIdentifier(p.name)) out.push(p.name.text);
      }
    }
  } else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
    out.push(statement.name.text);
  } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
    // `exports.ask = ...`, `module.exports.ask = ...`: a name other modules (and `exports.ask()` here) read.
    const left = statement.expression.left;
    if (ts.isPropertyAccessExpression(left)) out.push(left.name.text);
  }
}

function memberName(name: ts.PropertyName | undefined, out: string[]): void {
  if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name))) out.push(name.text);
}

function isPrimitiveConst(statement: ts.Statement): boolean {
  if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) return false;
  return statement.declarationList.declarations.every((d) => {
    let init = d.initializer;
    while (init && (ts.isAsExpression(init) || ts.isParenthesizedExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
    return (
      ts.isIdentifier(d.name) &&
      !!init &&
      (ts.isStringLiteral(init) || ts.isNumericLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init) || init.kind === ts.SyntaxKind.TrueKeyword || init.kind === ts.SyntaxKind.FalseKeyword)
    );
  });
}

/** The function-like whose body holds all of [start, end) (strictly inside a block's braces), within `statement`. */
export function bodyAround(statement: ts.Statement, start: number, end: number, sourceFile: ts.SourceFile): ts.FunctionLikeDeclaration | undefined {
  let node: ts.Node = statement;
  let found: ts.FunctionLikeDeclaration | undefined;
  for (let depth = 0; depth < 10_000; depth++) {
    if (isFunctionLike(node) && node.body) {
      const body = node.body;
      const inside = ts.isBlock(body) ? start > body.getStart(sourceFile) && end < body.end : start >= body.getStart(sourceFile) && end <= body.end;
      if (inside) found = node;
    }
    let next: ts.Node | undefined;
    ts.forEachChild(node, (child) => {
      if (!next && child.pos <= start && end <= child.end) next = child;
    });
    if (!next) break;
    node = next;
  }
  return found;
}
