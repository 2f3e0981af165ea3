import ts from "typescript";
import type { LocalValue, Tracer } from "./trace";

/**
 * Values typed by the project's own types: `client: LLMClient` (an interface of another module),
 * `params: { client: LLMClient }`, `import("./core").LLMClient`, a type alias of an object type. A member of such a
 * value is followed through the type's members; a method the type only declares (an interface method, an abstract
 * method) is what the project's implementations of the type do: every class that implements or extends the type
 * (found by `Project.implementationCandidates`, then checked by resolving its heritage clauses).
 */
export type TypeShape = ts.InterfaceDeclaration | ts.TypeLiteralNode;
type NamedType = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassLikeDeclaration;

const MAX_DEPTH = 12;
/** More implementations than this: the answer would be costly and rarely one wrapper; none is given. */
const MAX_IMPLEMENTATIONS = 12;

const declarations = new WeakMap<Tracer, Map<string, { node: NamedType; home: Tracer } | null>>();
const exported = new WeakMap<Tracer, Map<string, { node: NamedType; home: Tracer } | null>>();

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return !!ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === kind);
}

function namedTypeOf(statement: ts.Statement, name: string): NamedType | undefined {
  if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name?.text === name) return statement;
  return undefined;
}

function memo(
  table: WeakMap<Tracer, Map<string, { node: NamedType; home: Tracer } | null>>,
  home: Tracer,
  name: string,
  compute: () => { node: NamedType; home: Tracer } | undefined,
): { node: NamedType; home: Tracer } | undefined {
  let map = table.get(home);
  if (!map) table.set(home, (map = new Map()));
  if (map.has(name)) return map.get(name) ?? undefined;
  map.set(name, null); // cycles of re-exports
  const found = compute();
  map.set(name, found ?? null);
  return found;
}

/** A type name as a module sees it: declared at its top level, or imported from a project module (type-only too). */
export function typeDeclaration(home: Tracer, name: string, depth = 0): { node: NamedType; home: Tracer } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  return memo(declarations, home, name, () => {
    for (const statement of home.index.sourceFile.statements) {
      const node = namedTypeOf(statement, name);
      if (node) return { node, home };
    }
    for (const statement of home.index.sourceFile.statements) {
      if (!ts.isImportDeclaration(statement) || !statement.importClause || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const clause = statement.importClause;
      let imported: string | undefined;
      if (clause.name?.text === name) imported = "default";
      else if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        const spec = clause.namedBindings.elements.find((e) => e.name.text === name);
        if (spec) imported = (spec.propertyName ?? spec.name).text;
      }
      if (!imported) continue;
      const other = home.importedTracer(statement.moduleSpecifier.text);
      return other ? exportedType(other, imported, depth + 1) : undefined;
    }
    return undefined;
  });
}

/** A type a module exports under this name: declared there, re-exported (`export type { X } from`, `export *`). */
export function exportedType(home: Tracer, name: string, depth = 0): { node: NamedType; home: Tracer } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  return memo(exported, home, name, () => {
    if (name === "default") return defaultExportedType(home, depth);
    const stars: string[] = [];
    for (const statement of home.index.sourceFile.statements) {
      const node = namedTypeOf(statement, name);
      if (node && hasModifier(node, ts.SyntaxKind.ExportKeyword) && !hasModifier(node, ts.SyntaxKind.DefaultKeyword)) return { node, home };
      if (!ts.isExportDeclaration(statement)) continue;
      const module = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      const clause = statement.exportClause;
      if (!clause) {
        if (module) stars.push(module);
        continue;
      }
      if (!ts.isNamedExports(clause)) continue;
      const spec = clause.elements.find((e) => e.name.text === name);
      if (!spec) continue;
      const local = (spec.propertyName ?? spec.name).text;
      if (!module) return typeDeclaration(home, local, depth + 1);
      const other = home.importedTracer(module);
      return other ? exportedType(other, local, depth + 1) : undefined;
    }
    for (const module of stars) {
      const other = home.importedTracer(module);
      const found = other ? exportedType(other, name, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  });
}

/** The type a module exports as its default: `export default class MessageManager`, or `export default X` of a local type. */
function defaultExportedType(home: Tracer, depth: number): { node: NamedType; home: Tracer } | undefined {
  for (const statement of home.index.sourceFile.statements) {
    if ((ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && hasModifier(statement, ts.SyntaxKind.ExportKeyword) && hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
      return { node: statement, home };
    }
    if (ts.isExportAssignment(statement) && !statement.isExportEquals && ts.isIdentifier(statement.expression)) return typeDeclaration(home, statement.expression.text, depth + 1);
  }
  return undefined;
}

/** A value of a type the project declares: an instance of its class, or a shape (interface, object type). */
export function localOfTypeNode(home: Tracer, type: ts.TypeNode, depth: number): LocalValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (ts.isParenthesizedTypeNode(type)) return localOfTypeNode(home, type.type, depth + 1);
  if (ts.isTypeLiteralNode(type)) return { kind: "shape", shape: type, home };
  let named: { node: NamedType; home: Tracer } | undefined;
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) named = typeDeclaration(home, type.typeName.text, depth + 1);
  else if (ts.isImportTypeNode(type) && !type.isTypeOf && type.qualifier && ts.isIdentifier(type.qualifier)) {
    // `import("./core").LLMClient`
    const arg = type.argument;
    const other = ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal) ? home.importedTracer(arg.literal.text) : undefined;
    named = other ? exportedType(other, type.qualifier.text, depth + 1) : undefined;
  } else if (ts.isUnionTypeNode(type)) {
    for (const member of type.types) {
      const found = localOfTypeNode(home, member, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!named) return undefined;
  const node = named.node;
  if (ts.isInterfaceDeclaration(node)) return { kind: "shape", shape: node, home: named.home };
  if (ts.isTypeAliasDeclaration(node)) return localOfTypeNode(named.home, node.type, depth + 1);
  return { kind: "instance", cls: node, home: named.home };
}

/**
 * The initializer of the (instance) field `name` of a class of the project that `type` names, through type aliases,
 * intersections and parentheses: `COHERE_API_BASE = "https://api.cohere.com/v2"` for `context.COHERE_API_BASE` with
 * `context: AgentUserConfig` and `type AgentUserConfig = Record<string, any> & CohereConfig & ...`. A union names
 * several possible types: none is taken.
 */
export function classFieldDefault(home: Tracer, type: ts.TypeNode, name: string, depth = 0): ts.Expression | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (ts.isParenthesizedTypeNode(type)) return classFieldDefault(home, type.type, name, depth + 1);
  if (ts.isIntersectionTypeNode(type)) {
    for (const member of type.types) {
      const found = classFieldDefault(home, member, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  const named = typeDeclaration(home, type.typeName.text, depth + 1);
  if (!named) return undefined;
  if (ts.isTypeAliasDeclaration(named.node)) return classFieldDefault(named.home, named.node.type, name, depth + 1);
  if (!ts.isClassLike(named.node)) return undefined;
  const field = named.node.members.find(
    (m): m is ts.PropertyDeclaration =>
      ts.isPropertyDeclaration(m) && !hasModifier(m, ts.SyntaxKind.StaticKeyword) && !!m.initializer && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) && m.name.text === name,
  );
  return field?.initializer;
}

/** A member of a shape: the value its property's type gives, or what the implementations of its method do. */
export function shapeMember(
  shape: TypeShape,
  home: Tracer,
  name: string,
  depth: number,
  origin: { shape: TypeShape; home: Tracer } = { shape, home },
): LocalValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const member = shape.members.find((m) => m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) && m.name.text === name);
  if (member) {
    if (ts.isPropertySignature(member) && member.type && !ts.isFunctionTypeNode(member.type)) {
      const value = home.localOfType(member.type, depth + 1);
      if (value) return value;
    }
    // A method, or a property whose type says nothing the project defines (`request: AgentRequest`, a type
    // parameter): what the implementations of the type the value has do (each must be a function).
    return ts.isInterfaceDeclaration(origin.shape) ? implementationsOf(origin.shape, origin.home, name, depth + 1) : undefined;
  }
  // Inherited from the interfaces this one extends.
  if (!ts.isInterfaceDeclaration(shape)) return undefined;
  for (const clause of shape.heritageClauses ?? []) {
    for (const t of clause.types) {
      if (!ts.isIdentifier(t.expression)) continue;
      const base = typeDeclaration(home, t.expression.text, depth + 1);
      if (base && ts.isInterfaceDeclaration(base.node)) {
        const found = shapeMember(base.node, base.home, name, depth + 1, origin);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Whether a heritage clause of `node` (in `home`) names `origin`. */
function namesType(node: ts.ClassLikeDeclaration | ts.InterfaceDeclaration, home: Tracer, origin: NamedType): boolean {
  for (const clause of node.heritageClauses ?? []) {
    for (const t of clause.types) {
      if (ts.isIdentifier(t.expression) && typeDeclaration(home, t.expression.text)?.node === origin) return true;
    }
  }
  return false;
}

/**
 * What calling `name` on a value of this interface or abstract class does: the method of every class of the project
 * that implements or extends it (and of their subclasses that override it). Undefined — cannot tell — when the
 * project cannot be scanned whole, when an object may implement the type without a class, when another interface
 * extends it, when an implementation lacks the method, or when there are none or too many.
 */
export function implementationsOf(origin: ts.InterfaceDeclaration | ts.ClassLikeDeclaration, home: Tracer, name: string, depth: number): LocalValue | undefined {
  const project = home.project;
  if (!project || !origin.name || depth > MAX_DEPTH) return undefined;
  const fns: { fn: ts.FunctionLikeDeclaration; home: Tracer }[] = [];
  const seen = new Set<ts.ClassLikeDeclaration>();
  const pending: { type: NamedType; home: Tracer }[] = [{ type: origin, home }];
  while (pending.length) {
    const { type, home: typeHome } = pending.pop()!;
    const typeName = type.name?.text;
    if (!typeName) return undefined;
    const candidates = project.implementationCandidates(typeHome.fileName, typeName);
    // An object may implement an interface without a class (`satisfies X`, `as X`); a class type, hardly.
    if (!candidates || (candidates.escapes && ts.isInterfaceDeclaration(type))) return undefined;
    for (const file of candidates.files) {
      const tracer = project.tracerAt(file);
      if (!tracer) return undefined;
      for (const node of topLevelTypes(tracer.index.sourceFile)) {
        if (!namesType(node, tracer, type)) continue;
        // Another interface built on this one: its implementations are not searched for.
        if (ts.isInterfaceDeclaration(node)) return undefined;
        if (seen.has(node)) continue;
        seen.add(node);
        if (seen.size > MAX_IMPLEMENTATIONS) return undefined;
        const method = node.members.find((m) => m.name && ts.isIdentifier(m.name) && m.name.text === name);
        const init = method && ts.isPropertyDeclaration(method) && method.initializer ? unwrapParens(method.initializer) : undefined;
        if (method && ts.isMethodDeclaration(method) && method.body) fns.push({ fn: method, home: tracer });
        else if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) fns.push({ fn: init, home: tracer }); // `request = async (...) => {...}`
        else if (method && !(ts.isMethodDeclaration(method) && !method.body)) return undefined; // another field, an accessor
        else if (!method && !hasModifier(node, ts.SyntaxKind.AbstractKeyword)) {
          // Inherited from a class of the project it extends, or missing.
          const inherited = tracer.memberOf({ kind: "instance", cls: node, home: tracer }, name, depth + 1);
          if (inherited?.kind !== "function" || !inherited.fn.body) return undefined;
          fns.push({ fn: inherited.fn, home: inherited.home });
        }
        // Its subclasses may override the method.
        pending.push({ type: node, home: tracer });
      }
    }
  }
  return fns.length ? { kind: "implementations", fns, home } : undefined;
}

function unwrapParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

function* topLevelTypes(sourceFile: ts.SourceFile): Generator<ts.ClassLikeDeclaration | ts.InterfaceDeclaration> {
  for (const statement of sourceFile.statements) {
    if (ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)) yield statement;
  }
}
