import ts from "typescript";
import { isFunctionLike, sourceFileOf, unwrap, type LoopNode } from "./ast";

/** A name declared in the file, with the node whose range is its scope. */
export interface Declaration {
  name: string;
  kind: "import" | "variable" | "parameter" | "function" | "class";
  node: ts.Node;
  /** Range in which the name is visible. */
  scope: ts.Node;
  /** For variables and parameters with a default: the initializer. */
  init?: ts.Expression;
  /** Destructuring path from the initializer: `const { a: { b } } = x` gives ["a","b"] for b. */
  path?: string[];
  /** Type annotation of a variable or parameter. */
  type?: ts.TypeNode;
  /** For imports: the module specifier and the imported name ("default", "*" or the export's name). */
  module?: string;
  importName?: string;
  /** `let`/`var` (reassignable) rather than `const`. */
  mutable?: boolean;
}

/** A class member whose value can be traced: field initializers, constructor assignments, typed fields. */
export interface ClassField {
  name: string;
  inits: ts.Expression[];
  type?: ts.TypeNode;
}

/**
 * Everything the rules need from a file, collected in one walk of the syntax tree.
 * Rules query these lists instead of walking the tree again.
 */
export interface FileIndex {
  sourceFile: ts.SourceFile;
  text: string;
  declarations: Map<string, Declaration[]>;
  calls: ts.CallExpression[];
  news: ts.NewExpression[];
  loops: LoopNode[];
  functions: ts.FunctionLikeDeclaration[];
  tries: ts.TryStatement[];
  classFields: Map<ts.ClassLikeDeclaration, Map<string, ClassField>>;
  /** `x = ...` and `x += ...` assignments (also `this.x = ...`). */
  assignments: ts.BinaryExpression[];
  /** `x++`, `++x`, `x--`, `--x`. */
  updates: (ts.PrefixUnaryExpression | ts.PostfixUnaryExpression)[];
  /** Comparisons `<`, `<=`, `>`, `>=` (and their `===`/`!==` forms against numbers are not included). */
  comparisons: ts.BinaryExpression[];
  /**
   * Set by the cross-file layer: the declaration an import of one of the project's own modules refers to (in that
   * module), so that consts, objects, arrays and schemas are read across files like within one.
   */
  resolveImport?: (decl: Declaration) => Declaration | undefined;
  /**
   * Set by the tracer: the initializer of field `name` in a class a type names, through type aliases and
   * intersections (`context: AgentUserConfig`, an alias of `CohereConfig & ...` with `COHERE_API_BASE = "https://..."`):
   * a setting's default, as the code shows it.
   */
  fieldDefault?: (type: ts.TypeNode, name: string) => ts.Expression | undefined;
  /**
   * Names imported for their type only (`import type { BaseChatModel } from "..."`), which declare no value: read only
   * where a type is (`chatLLM: BaseChatModel`: the field holds an instance of that class).
   */
  typeImports?: Map<string, { module: string; importName: string }>;
}

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

const LOOP_KINDS = new Set([
  ts.SyntaxKind.WhileStatement,
  ts.SyntaxKind.DoStatement,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.ForOfStatement,
]);

/** Nodes that open a scope for `let`/`const` (and function-likes for parameters and `var`). */
const SCOPE_KINDS = new Set([
  ts.SyntaxKind.SourceFile,
  ts.SyntaxKind.Block,
  ts.SyntaxKind.ModuleBlock,
  ts.SyntaxKind.CaseBlock,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.CatchClause,
  ts.SyntaxKind.ClassStaticBlockDeclaration,
  ...FUNCTION_KINDS,
]);

/** Per-SyntaxKind flags, read once per node (cheaper than three set lookups on a hot path). */
const LOOP = 1;
const FUNCTION = 2;
const SCOPE = 4;
/** Type-level syntax: no call, loop, try or value declaration the rules need is inside (annotations are read from their declarations). */
const TYPE_ONLY = 8;
const KIND_FLAGS = new Uint8Array(ts.SyntaxKind.Count);
for (const k of LOOP_KINDS) KIND_FLAGS[k]! |= LOOP;
for (const k of FUNCTION_KINDS) KIND_FLAGS[k]! |= FUNCTION;
for (const k of SCOPE_KINDS) KIND_FLAGS[k]! |= SCOPE;
for (let k = ts.SyntaxKind.FirstTypeNode; k <= ts.SyntaxKind.LastTypeNode; k++) KIND_FLAGS[k]! |= TYPE_ONLY;
for (const k of [ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration, ts.SyntaxKind.TypeParameter]) KIND_FLAGS[k]! |= TYPE_ONLY;

/**
 * The kinds `enter` records something for (declarations, calls, `new`, `try`, binary and update expressions, a
 * getter's `return`): most nodes (identifiers, property accesses, literals) are none of them and skip its switch.
 */
const RECORDED = new Uint8Array(ts.SyntaxKind.Count);
for (const k of [
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.Parameter,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.ReturnStatement,
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.NewExpression,
  ts.SyntaxKind.TryStatement,
  ts.SyntaxKind.BinaryExpression,
  ts.SyntaxKind.PrefixUnaryExpression,
  ts.SyntaxKind.PostfixUnaryExpression,
]) {
  RECORDED[k] = 1;
}

const COMPARISON_KINDS = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);

const ASSIGNMENT_KINDS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
]);

/** The index of each file, so a name used in another module's node is looked up in that module. */
const indexes = new WeakMap<ts.SourceFile, FileIndex>();

/** The index of a file that was not walked (nothing in it can concern a rule). */
export function emptyFileIndex(sourceFile: ts.SourceFile): FileIndex {
  return register({
    sourceFile,
    text: sourceFile.text,
    declarations: new Map(),
    calls: [],
    news: [],
    loops: [],
    functions: [],
    tries: [],
    classFields: new Map(),
    assignments: [],
    updates: [],
    comparisons: [],
  });
}

function register(index: FileIndex): FileIndex {
  const known = indexes.get(index.sourceFile);
  // A walked index wins over an empty one of the same file.
  if (!known || known.calls.length + known.declarations.size === 0) indexes.set(index.sourceFile, index);
  return index;
}

export function buildFileIndex(sourceFile: ts.SourceFile): FileIndex {
  const index: FileIndex = {
    sourceFile,
    text: sourceFile.text,
    declarations: new Map(),
    calls: [],
    news: [],
    loops: [],
    functions: [],
    tries: [],
    classFields: new Map(),
    assignments: [],
    updates: [],
    comparisons: [],
  };

  const typeImport = (name: string, module: string, importName: string): void => {
    (index.typeImports ??= new Map()).set(name, { module, importName });
  };

  const declare = (decl: Declaration): void => {
    const list = index.declarations.get(decl.name);
    if (list) list.push(decl);
    else index.declarations.set(decl.name, [decl]);
  };

  const declareBinding = (
    name: ts.BindingName,
    base: Omit<Declaration, "name" | "path">,
    path: string[],
  ): void => {
    if (ts.isIdentifier(name)) {
      declare({ ...base, name: name.text, path });
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      for (const element of name.elements) {
        if (element.dotDotDotToken) continue;
        const key = element.propertyName
          ? ts.isIdentifier(element.propertyName) || ts.isStringLiteral(element.propertyName)
            ? element.propertyName.text
            : undefined
          : ts.isIdentifier(element.name)
            ? element.name.text
            : undefined;
        if (key === undefined) continue;
        declareBinding(element.name, base, [...path, key]);
      }
      return;
    }
    for (const element of name.elements) {
      if (ts.isBindingElement(element) && !element.dotDotDotToken) declareBinding(element.name, base, [...path, "[]"]);
    }
  };

  const fieldsOf = (cls: ts.ClassLikeDeclaration): Map<string, ClassField> => {
    let fields = index.classFields.get(cls);
    if (!fields) {
      fields = new Map();
      index.classFields.set(cls, fields);
    }
    return fields;
  };

  const addField = (cls: ts.ClassLikeDeclaration, name: string, init?: ts.Expression, type?: ts.TypeNode): void => {
    const fields = fieldsOf(cls);
    let field = fields.get(name);
    if (!field) {
      field = { name, inits: [] };
      fields.set(name, field);
    }
    if (init) field.inits.push(init);
    if (type && !field.type) field.type = type;
  };

  const enclosingClass = (node: ts.Node): ts.ClassLikeDeclaration | undefined => {
    let current = node.parent;
    while (current) {
      if (ts.isClassDeclaration(current) || ts.isClassExpression(current)) return current;
      current = current.parent;
    }
    return undefined;
  };

  // The scopes enclosing the node being visited (innermost last): no parent walks per declaration.
  const scopes: ts.Node[] = [];
  const functionScopes: ts.Node[] = [];
  const blockScope = (): ts.Node => scopes[scopes.length - 1] ?? sourceFile;
  const functionScope = (): ts.Node => functionScopes[functionScopes.length - 1] ?? sourceFile;

  /** Records what one node declares or is; the walk below descends. */
  const enter = (node: ts.Node, flags: number): void => {
    switch (node.kind) {
      case ts.SyntaxKind.ImportDeclaration: {
        const decl = node as ts.ImportDeclaration;
        if (!ts.isStringLiteral(decl.moduleSpecifier) || !decl.importClause) break;
        const module = decl.moduleSpecifier.text;
        const clause = decl.importClause;
        if (clause.isTypeOnly) {
          if (clause.name) typeImport(clause.name.text, module, "default");
          if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
            for (const spec of clause.namedBindings.elements) typeImport(spec.name.text, module, spec.propertyName ? spec.propertyName.text : spec.name.text);
          }
          break;
        }
        if (clause.name) {
          declare({ name: clause.name.text, kind: "import", node: clause, scope: sourceFile, module, importName: "default" });
        }
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) {
          declare({ name: bindings.name.text, kind: "import", node: bindings, scope: sourceFile, module, importName: "*" });
        } else if (bindings && ts.isNamedImports(bindings)) {
          for (const spec of bindings.elements) {
            if (spec.isTypeOnly) {
              typeImport(spec.name.text, module, spec.propertyName ? spec.propertyName.text : spec.name.text);
              continue;
            }
            const imported = spec.propertyName ? spec.propertyName.text : spec.name.text;
            declare({ name: spec.name.text, kind: "import", node: spec, scope: sourceFile, module, importName: imported });
          }
        }
        break;
      }
      case ts.SyntaxKind.ImportEqualsDeclaration: {
        const decl = node as ts.ImportEqualsDeclaration;
        const ref = decl.moduleReference;
        if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
          declare({ name: decl.name.text, kind: "import", node: decl, scope: sourceFile, module: ref.expression.text, importName: "require" });
        }
        break;
      }
      case ts.SyntaxKind.VariableDeclaration: {
        const decl = node as ts.VariableDeclaration;
        const list = decl.parent;
        const isBlockScoped = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.BlockScoped) !== 0;
        const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
        const scope = isBlockScoped ? blockScope() : functionScope();
        declareBinding(decl.name, { kind: "variable", node: decl, scope, init: decl.initializer, type: decl.type, mutable: !isConst }, []);
        break;
      }
      case ts.SyntaxKind.Parameter: {
        const param = node as ts.ParameterDeclaration;
        const fn = param.parent;
        if (isFunctionLike(fn)) {
          declareBinding(param.name, { kind: "parameter", node: param, scope: fn, init: param.initializer, type: param.type, mutable: true }, []);
          // Constructor parameter properties: `constructor(private client: OpenAI)`.
          if (ts.isConstructorDeclaration(fn) && ts.isIdentifier(param.name) && ts.getModifiers(param)?.length) {
            const cls = fn.parent;
            if (ts.isClassLike(cls)) addField(cls, param.name.text, param.initializer, param.type);
          }
        }
        break;
      }
      case ts.SyntaxKind.FunctionDeclaration: {
        const fn = node as ts.FunctionDeclaration;
        // An overload signature (no body, not ambient) is not the function: its implementation, declared after it, is.
        const overload = !fn.body && !(ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Ambient);
        if (fn.name && !overload) declare({ name: fn.name.text, kind: "function", node: fn, scope: blockScope() });
        break;
      }
      case ts.SyntaxKind.ClassDeclaration: {
        const cls = node as ts.ClassDeclaration;
        if (cls.name) declare({ name: cls.name.text, kind: "class", node: cls, scope: blockScope() });
        break;
      }
      case ts.SyntaxKind.PropertyDeclaration: {
        const prop = node as ts.PropertyDeclaration;
        const cls = prop.parent;
        if (ts.isClassLike(cls) && (ts.isIdentifier(prop.name) || ts.isPrivateIdentifier(prop.name))) {
          addField(cls, prop.name.text, prop.initializer, prop.type);
        }
        break;
      }
      case ts.SyntaxKind.ReturnStatement: {
        // A getter's return value is the value of `this.name`: `get client() { return this._client ??= new OpenAI(); }`.
        const ret = node as ts.ReturnStatement;
        const fn = functionScopes[functionScopes.length - 1];
        if (ret.expression && fn && ts.isGetAccessorDeclaration(fn) && ts.isClassLike(fn.parent) && ts.isIdentifier(fn.name)) {
          addField(fn.parent, fn.name.text, ret.expression);
        }
        break;
      }
      case ts.SyntaxKind.CallExpression:
        index.calls.push(node as ts.CallExpression);
        break;
      case ts.SyntaxKind.NewExpression:
        index.news.push(node as ts.NewExpression);
        break;
      case ts.SyntaxKind.TryStatement:
        index.tries.push(node as ts.TryStatement);
        break;
      case ts.SyntaxKind.BinaryExpression: {
        const bin = node as ts.BinaryExpression;
        const op = bin.operatorToken.kind;
        if (ASSIGNMENT_KINDS.has(op)) {
          index.assignments.push(bin);
          const left = bin.left;
          if (
            (op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken || op === ts.SyntaxKind.BarBarEqualsToken) &&
            ts.isPropertyAccessExpression(left) &&
            left.expression.kind === ts.SyntaxKind.ThisKeyword
          ) {
            const cls = enclosingClass(bin);
            if (cls) addField(cls, left.name.text, bin.right);
          }
        } else if (COMPARISON_KINDS.has(op)) {
          index.comparisons.push(bin);
        }
        break;
      }
      case ts.SyntaxKind.PrefixUnaryExpression:
      case ts.SyntaxKind.PostfixUnaryExpression: {
        const unary = node as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        if (unary.operator === ts.SyntaxKind.PlusPlusToken || unary.operator === ts.SyntaxKind.MinusMinusToken) {
          index.updates.push(unary);
        }
        break;
      }
      default:
        break;
    }
    if (flags & LOOP) index.loops.push(node as LoopNode);
    if (flags & FUNCTION) {
      index.functions.push(node as ts.FunctionLikeDeclaration);
      functionScopes.push(node);
    }
    if (flags & SCOPE) scopes.push(node);
  };

  // Pre-order, in source order, with an explicit stack (a 5,000-deep member chain or a 1,500-term concatenation
  // parses, so it must walk). A number on the stack closes the scopes its node opened once its children are done.
  const stack: (ts.Node | number)[] = [sourceFile];
  const push = (child: ts.Node): void => {
    stack.push(child);
  };
  while (stack.length) {
    const entry = stack.pop()!;
    if (typeof entry === "number") {
      if (entry & SCOPE) scopes.pop();
      if (entry & FUNCTION) functionScopes.pop();
      continue;
    }
    const flags = KIND_FLAGS[entry.kind]!;
    if (flags & TYPE_ONLY) continue;
    if (flags || RECORDED[entry.kind]) enter(entry, flags);
    const opened = flags & (SCOPE | FUNCTION);
    if (opened) stack.push(opened);
    const first = stack.length;
    ts.forEachChild(entry, push);
    for (let i = first, j = stack.length - 1; i < j; i++, j--) {
      const t = stack[i]!;
      stack[i] = stack[j]!;
      stack[j] = t;
    }
  }
  return register(index);
}

/** The declaration a name refers to at `at`: the innermost visible one. */
export function lookup(index: FileIndex, name: string, at: ts.Node): Declaration | undefined {
  // A node of another module (a client built in lib/openai.ts, read from the file that imports it): its own file's names.
  const sf = sourceFileOf(at);
  if (sf && sf !== index.sourceFile) {
    const own = indexes.get(sf);
    if (own) index = own;
  }
  const candidates = index.declarations.get(name);
  if (!candidates) return undefined;
  const pos = at.getStart(index.sourceFile);
  let best: Declaration | undefined;
  for (const decl of candidates) {
    if (pos < decl.scope.pos || pos > decl.scope.end) continue;
    if (!best || decl.scope.end - decl.scope.pos < best.scope.end - best.scope.pos) best = decl;
  }
  return best;
}

/** The index of the file a node belongs to (another module's, for a node read across files), else `index`. */
export function indexFor(index: FileIndex, node: ts.Node): FileIndex {
  const sf = sourceFileOf(node);
  return sf && sf !== index.sourceFile ? (indexes.get(sf) ?? index) : index;
}

/**
 * The default a config class gives a setting: `context.COHERE_API_BASE` with `context` a parameter or variable
 * declared with a type (and no value of its own) that names a class of the project whose field has an initializer
 * (see FileIndex.fieldDefault). Undefined for anything else.
 */
export function settingDefault(index: FileIndex, expr: ts.Expression): ts.Expression | undefined {
  const e = unwrap(expr);
  if (!ts.isPropertyAccessExpression(e)) return undefined;
  const receiver = unwrap(e.expression);
  if (!ts.isIdentifier(receiver)) return undefined;
  const decl = lookupValue(index, receiver.text, receiver);
  if (!decl || (decl.kind !== "parameter" && decl.kind !== "variable") || decl.init || decl.path?.length || !decl.type) return undefined;
  return indexFor(index, decl.node).fieldDefault?.(decl.type, e.name.text);
}

/**
 * The declaration a name refers to, through imports of the project's own modules: `import { tools } from "./tools"`
 * gives the `const tools = [...]` of tools.ts. An import of a package stays an import.
 */
export function lookupValue(index: FileIndex, name: string, at: ts.Node): Declaration | undefined {
  let decl = lookup(index, name, at);
  for (let i = 0; decl?.kind === "import" && i < 8; i++) {
    const next = indexFor(index, decl.node).resolveImport?.(decl);
    if (!next || next === decl) break;
    decl = next;
  }
  return decl;
}

/** The class whose body contains `node` (for `this.x`), skipping non-arrow functions that rebind `this`. */
export function thisClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  let current = node.parent;
  while (current) {
    if (ts.isClassLike(current)) return current;
    if (ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current)) return undefined;
    current = current.parent;
  }
  return undefined;
}
