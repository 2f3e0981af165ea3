import ts from "typescript";
import { resolveArrayLiteral, resolveObjectLiteral } from "../syntax/values";
import { findProperty, isTrueLiteral, propertyNameText, propertyValue, unwrap } from "../syntax/ast";
import type { FileAnalysis } from "./analysis";
import { lookup, lookupValue } from "../syntax/file-index";
import { SCHEMA_WRAPPERS, ZOD_MODULES } from "../sdk/profile-types";
import { valueOf, zodRoot, type ToolSchema } from "./tools";
import { jsonMultiplexer, zodMultiplexer, type Multiplexer } from "./tool-multiplexers";


export type LooseKind =
  | "zodAny"
  | "zodPassthrough"
  | "zodLooseObject"
  | "jsonUntyped"
  | "jsonObjectNoProperties"
  | "jsonAdditionalTrue"
  | "jsonMissingAdditionalFalse"
  | "requiredOutsideSchema"
  | "requiredUnknown"
  | "multiplexerOptional";

export interface LoosePart {
  kind: LooseKind;
  node: ts.Node;
  /** A short name of the part: the property name, or the zod call. */
  label: string;
  /** For missing additionalProperties: the object literal to add it to. */
  object?: ts.ObjectLiteralExpression;
  /** For a `required` beside the schema: the property, and the schema object to move it into (when it has none). */
  move?: { property: ts.ObjectLiteralElementLike; into: ts.ObjectLiteralExpression };
  /** For required names that are not properties: the names, quoted. */
  names?: string;
}

const SCHEMA_KEYWORDS = ["type", "enum", "const", "anyOf", "oneOf", "allOf", "$ref", "not", "properties", "items", "format", "pattern"];

/** `type: "object"`, `type: Type.OBJECT`, `type: SchemaType.OBJECT`, `type: ["object", "null"]`, lower-cased. */
export function typeNames(value: ts.Expression | undefined): string[] {
  if (!value) return [];
  const v = unwrap(value);
  if (ts.isStringLiteralLike(v)) return [v.text.toLowerCase()];
  if (ts.isPropertyAccessExpression(v)) return [v.name.text.toLowerCase()];
  if (ts.isArrayLiteralExpression(v)) return v.elements.flatMap((e) => typeNames(e));
  return ["?"];
}

export interface CheckOptions {
  requireAdditionalPropertiesFalse: boolean;
}

/** What a tool's schema is once wrappers are unwrapped: a zod raw shape, a zod schema, or a JSON schema. */
export type SchemaRoot = { kind: "shape"; node: ts.ObjectLiteralExpression } | { kind: "zod"; node: ts.Expression } | { kind: "json"; node: ts.Expression };

export function schemaRootOf(analysis: FileAnalysis, tool: ToolSchema): SchemaRoot | undefined {
  if (tool.rawShape && ts.isObjectLiteralExpression(tool.schema)) return { kind: "shape", node: tool.schema };
  const schema = unwrap(tool.schema);
  if (ts.isCallExpression(schema)) {
    const callee = unwrap(schema.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
    // jsonSchema({...}) wraps a JSON schema; zodSchema(x), zodToJsonSchema(x), z.toJSONSchema(x) a zod schema;
    // zodFunction({ parameters }) a whole tool.
    const wrapper = Object.hasOwn(SCHEMA_WRAPPERS, name) ? SCHEMA_WRAPPERS[name] : undefined;
    if (wrapper && schema.arguments[0]) {
      const inner = wrapper.key ? resolveObjectLiteral(analysis.index, schema.arguments[0]) : undefined;
      const target = wrapper.key ? inner && valueOf(inner, wrapper.key) : schema.arguments[0];
      if (!target) return undefined;
      return wrapper.inner === "json" ? { kind: "json", node: target } : { kind: "zod", node: target };
    }
  }
  if (zodRoot(analysis, schema)) return { kind: "zod", node: schema };
  return { kind: "json", node: schema };
}

/** The loose parts of a tool schema. */
export function loosePartsOf(analysis: FileAnalysis, tool: ToolSchema, options: CheckOptions): LoosePart[] {
  const parts: LoosePart[] = [];
  const seen = new Set<ts.Node>();
  const requireClosed = tool.closable !== false && (tool.strict || options.requireAdditionalPropertiesFalse);
  const root = schemaRootOf(analysis, tool);
  if (!root) return parts;
  const multiplexer = root.kind === "json" ? jsonMultiplexer(analysis, root.node) : zodMultiplexer(analysis, root.node, root.kind === "shape");
  if (multiplexer) parts.push(multiplexerPart(multiplexer));
  if (root.kind === "shape") {
    for (const prop of root.node.properties) {
      const value = propertyValue(prop);
      if (value) checkZod(analysis, value, parts, seen, 0);
    }
    return parts;
  }
  if (root.kind === "zod") {
    checkZod(analysis, root.node, parts, seen, 0);
    return parts;
  }
  strayRequired(analysis, tool, root.node, parts);
  checkJson(analysis, root.node, parts, seen, requireClosed, 0, undefined);
  return parts;
}

function multiplexerPart(m: Multiplexer): LoosePart {
  const shown = m.values.slice(0, 4).map((v) => `"${v}"`).join(", ") + (m.values.length > 4 ? ", ..." : "");
  return { kind: "multiplexerOptional", node: m.node, label: `"${m.key}"`, names: `${shown} (${m.values.length} actions, ${m.optionalFields} optional fields)` };
}

/**
 * `required` written beside `parameters` / `input_schema` instead of inside it: the API ignores it (or rejects the
 * unknown key), and the model treats every field as optional.
 */
function strayRequired(analysis: FileAnalysis, tool: ToolSchema, schema: ts.Expression, parts: LoosePart[]): void {
  const property = tool.holder && findProperty(tool.holder, "required");
  if (!property || !ts.isPropertyAssignment(property)) return;
  if (!resolveArrayLiteral(analysis.index, property.initializer)) return;
  const into = resolveObjectLiteral(analysis.index, schema);
  const movable = into && into.getSourceFile() === property.getSourceFile() && !findProperty(into, "required") && !into.properties.some((p) => ts.isSpreadAssignment(p));
  parts.push({ kind: "requiredOutsideSchema", node: property.name, label: "the schema", ...(movable ? { move: { property, into } } : {}) });
}

function checkZod(analysis: FileAnalysis, node: ts.Expression, parts: LoosePart[], seen: Set<ts.Node>, depth: number): void {
  if (depth > 12) return;
  const expr = unwrap(node);
  if (seen.has(expr)) return;
  seen.add(expr);
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(analysis.index, expr.text, expr);
    if (decl?.kind === "variable" && decl.init && !decl.path?.length) checkZod(analysis, decl.init, parts, seen, depth + 1);
    return;
  }
  if (ts.isObjectLiteralExpression(expr)) {
    for (const prop of expr.properties) {
      const value = propertyValue(prop);
      if (value) checkZod(analysis, value, parts, seen, depth + 1);
    }
    return;
  }
  if (!ts.isCallExpression(expr)) return;
  const callee = unwrap(expr.expression);
  if (ts.isIdentifier(callee)) {
    // Named imports: `import { any, looseObject } from "zod"`.
    const decl = lookup(analysis.index, callee.text, callee);
    if (decl?.kind === "import" && ZOD_MODULES.includes(decl.module ?? "")) {
      if (decl.importName === "any" || decl.importName === "unknown") parts.push({ kind: "zodAny", node: expr, label: `z.${decl.importName}()` });
      else if (decl.importName === "looseObject") parts.push({ kind: "zodLooseObject", node: callee, label: "z.looseObject()" });
    }
  }
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const rootIsZod = zodRoot(analysis, callee);
    if (rootIsZod && (method === "any" || method === "unknown") && ts.isIdentifier(unwrap(callee.expression))) {
      parts.push({ kind: "zodAny", node: expr, label: `z.${method}()` });
    } else if (rootIsZod && (method === "passthrough" || method === "loose") && expr.arguments.length === 0) {
      parts.push({ kind: "zodPassthrough", node: callee.name, label: `.${method}()` });
    } else if (rootIsZod && method === "looseObject" && ts.isIdentifier(unwrap(callee.expression))) {
      parts.push({ kind: "zodLooseObject", node: callee.name, label: "z.looseObject()" });
    }
    // The chain's receiver (z.object({...}).describe(...)) and the arguments (shapes, item types).
    checkZod(analysis, callee.expression, parts, seen, depth + 1);
  }
  for (const arg of expr.arguments) checkZod(analysis, arg, parts, seen, depth + 1);
}

function checkJson(
  analysis: FileAnalysis,
  node: ts.Expression,
  parts: LoosePart[],
  seen: Set<ts.Node>,
  requireClosed: boolean,
  depth: number,
  label: { node: ts.Node; name: string } | undefined,
  /** A variant (anyOf/oneOf/allOf) of a schema that has a type itself: it refines that type. */
  typedByParent = false,
): void {
  if (depth > 12) return;
  const obj = resolveObjectLiteral(analysis.index, node);
  if (!obj || seen.has(obj)) return;
  seen.add(obj);
  if (obj.properties.some((p) => ts.isSpreadAssignment(p))) return;
  const keys = new Set(obj.properties.map((p) => propertyNameText(p.name)).filter((k): k is string => !!k));
  const here = label ?? { node: anchorOf(obj), name: "the schema" };
  if (!SCHEMA_KEYWORDS.some((k) => keys.has(k))) {
    if (!typedByParent) parts.push({ kind: "jsonUntyped", node: here.node, label: here.name });
    return;
  }
  const types = typeNames(valueOf(obj, "type"));
  const isObject = types.includes("object") || keys.has("properties");
  const additional = findProperty(obj, "additionalProperties");
  const additionalValue = propertyValue(additional);
  if (isObject) {
    const closed = additionalValue !== undefined && unwrap(additionalValue).kind === ts.SyntaxKind.FalseKeyword;
    if (additional && additionalValue && (isTrueLiteral(additionalValue) || (ts.isObjectLiteralExpression(unwrap(additionalValue)) && (unwrap(additionalValue) as ts.ObjectLiteralExpression).properties.length === 0))) {
      parts.push({ kind: "jsonAdditionalTrue", node: additional, label: here.name });
    } else if (!keys.has("properties") && !closed && !additional) {
      // `{ type: "object" }` as the whole schema declares a tool that takes no arguments: nothing to invent into.
      if (label) parts.push({ kind: "jsonObjectNoProperties", node: here.node, label: here.name });
    } else if (requireClosed && !closed && !additional) {
      parts.push({ kind: "jsonMissingAdditionalFalse", node: here.node, label: here.name, object: obj });
    }
  }
  const properties = resolveObjectLiteral(analysis.index, valueOf(obj, "properties"));
  const unknown = properties && requiredUnknownNames(analysis, obj, properties, keys);
  if (unknown?.length) {
    parts.push({ kind: "requiredUnknown", node: findProperty(obj, "required")!.name ?? obj, label: here.name, names: unknown.map((n) => `"${n}"`).join(", ") });
  }
  if (properties) {
    for (const prop of properties.properties) {
      const value = propertyValue(prop);
      const name = propertyNameText(prop.name);
      if (value && name !== undefined) checkJson(analysis, value, parts, seen, requireClosed, depth + 1, { node: prop.name ?? prop, name: `"${name}"` });
    }
  }
  const items = valueOf(obj, "items");
  if (items) checkJson(analysis, items, parts, seen, requireClosed, depth + 1, { node: findProperty(obj, "items")!.name ?? obj, name: `the items of ${here.name}` });
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const list = resolveArrayLiteral(analysis.index, valueOf(obj, key));
    const parentTyped = keys.has("type") || keys.has("enum") || keys.has("const") || keys.has("$ref");
    if (list) for (const el of list.elements) checkJson(analysis, el, parts, seen, requireClosed, depth + 1, { node: el, name: `a variant (${key}) of ${here.name}` }, parentTyped);
  }
  if (additionalValue && ts.isObjectLiteralExpression(unwrap(additionalValue)) && (unwrap(additionalValue) as ts.ObjectLiteralExpression).properties.length > 0) {
    checkJson(analysis, additionalValue, parts, seen, requireClosed, depth + 1, { node: additional!.name ?? additional!, name: `the values of ${here.name}` });
  }
}

/**
 * Where to report a problem of a whole schema object: the key or const name that holds it (`parameters`,
 * `input_schema`, `const params`), or the wrapping call's name (`jsonSchema`); else the object itself.
 */
function anchorOf(obj: ts.ObjectLiteralExpression): ts.Node {
  let node: ts.Node = obj;
  while (
    node.parent &&
    (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isSatisfiesExpression(node.parent) || ts.isTypeAssertionExpression(node.parent))
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  if (parent && ts.isPropertyAssignment(parent) && parent.initializer === node) return parent.name;
  if (parent && ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) return parent.name;
  if (parent && ts.isCallExpression(parent) && parent.arguments[0] === node) {
    const callee = unwrap(parent.expression);
    return ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  }
  return obj;
}

/**
 * The names `required` lists that `properties` does not declare (typos, renamed fields): the model is told to send
 * a field that does not exist, and the one it names stays optional. Only when the object declares all its keys.
 */
function requiredUnknownNames(analysis: FileAnalysis, obj: ts.ObjectLiteralExpression, properties: ts.ObjectLiteralExpression, keys: Set<string>): string[] | undefined {
  if (["anyOf", "oneOf", "allOf", "$ref", "patternProperties", "dependentSchemas", "if"].some((k) => keys.has(k))) return undefined;
  const additional = valueOf(obj, "additionalProperties");
  if (additional && additional.kind !== ts.SyntaxKind.FalseKeyword) return undefined;
  const list = resolveArrayLiteral(analysis.index, valueOf(obj, "required"));
  if (!list) return undefined;
  const declared = new Set<string>();
  for (const prop of properties.properties) {
    if (ts.isSpreadAssignment(prop)) return undefined;
    const name = propertyNameText(prop.name);
    if (name === undefined) return undefined;
    declared.add(name);
  }
  const missing: string[] = [];
  for (const el of list.elements) {
    const e = unwrap(el);
    if (!ts.isStringLiteralLike(e)) return undefined;
    if (!declared.has(e.text) && !missing.includes(e.text)) missing.push(e.text);
  }
  return missing;
}
