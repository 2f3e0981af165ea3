import ts from "typescript";
import { resolveObjectLiteral } from "../syntax/values";
import { propertyNameText, unwrap } from "../syntax/ast";
import { lookup, lookupValue } from "../syntax/file-index";
import { ZOD_MODULES } from "../sdk/profile-types";
import type { FileAnalysis } from "./analysis";
import { schemaRootOf, typeNames } from "./tool-schemas";
import { valueOf, zodRoot, type ToolSchema } from "./tools";

/** A tool parameter that is free text: a string or number the schema says nothing more about. */
export interface UndescribedParam {
  /** Where to report: the property name. */
  node: ts.Node;
  /** `"city"`, or `the items of "tags"`. */
  label: string;
  /** The field's name in its object. */
  name: string;
  /** "string", "number", "integer", "bigint". */
  type: string;
  /** zod: the whole field expression, to append `.describe(...)` to. */
  zodField?: ts.Expression;
  /** JSON schema: the field's object literal, to add `description` to. */
  jsonField?: ts.ObjectLiteralExpression;
}

/** zod calls that start a free-text field. */
const ZOD_FREE = new Set(["string", "number", "int", "bigint"]);
/** zod methods that say what a value is or bound its format. */
const ZOD_DESCRIBING = new Set([
  "describe", "meta", "regex", "min", "max", "length", "nonempty", "email", "url", "uuid", "uuidv4", "cuid", "cuid2", "ulid",
  "nanoid", "datetime", "date", "time", "duration", "ip", "ipv4", "ipv6", "cidr", "cidrv4", "cidrv6", "base64", "base64url",
  "emoji", "jwt", "e164", "startsWith", "endsWith", "includes", "int", "positive", "negative", "nonnegative", "nonpositive",
  "gt", "gte", "lt", "lte", "multipleOf", "step", "safe", "finite", "refine", "superRefine", "transform", "pipe", "or", "and",
  "openapi", "check", "hostname", "lowercase", "uppercase",
]);
/** JSON-schema keys that say what a value is or bound its format. */
const JSON_DESCRIBING = [
  "description", "title", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum",
  "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "examples", "$ref", "anyOf", "oneOf", "allOf",
];
const JSON_FREE = new Set(["string", "number", "integer"]);

/** The free-text parameters of a tool schema (of this file only: the suggestion edits them). */
export function undescribedParamsOf(analysis: FileAnalysis, tool: ToolSchema): UndescribedParam[] {
  const out: UndescribedParam[] = [];
  const root = schemaRootOf(analysis, tool);
  if (!root) return out;
  const seen = new Set<ts.Node>();
  if (root.kind === "shape") zodShape(analysis, root.node, out, seen, 0);
  else if (root.kind === "zod") zodObject(analysis, root.node, out, seen, 0);
  else jsonObject(analysis, root.node, out, seen, 0);
  return out;
}

/** A zod call chain: its first call's name (when zod) and the names of the methods after it. */
function zodChain(analysis: FileAnalysis, node: ts.Expression): { base?: string; baseCall?: ts.CallExpression; methods: string[] } {
  const methods: string[] = [];
  let expr = unwrap(node);
  for (;;) {
    if (!ts.isCallExpression(expr)) return { methods };
    const callee = unwrap(expr.expression);
    if (ts.isIdentifier(callee)) {
      // Named imports: `import { string } from "zod"`.
      const decl = lookup(analysis.index, callee.text, callee);
      const base = decl?.kind === "import" && ZOD_MODULES.includes(decl.module ?? "") ? decl.importName : undefined;
      return { ...(base ? { base, baseCall: expr } : {}), methods };
    }
    if (!ts.isPropertyAccessExpression(callee)) return { methods };
    const receiver = unwrap(callee.expression);
    // `z.string()`, `z.coerce.number()`: the receiver is zod itself.
    const onZod = (ts.isIdentifier(receiver) || (ts.isPropertyAccessExpression(receiver) && receiver.name.text === "coerce")) && zodRoot(analysis, callee);
    if (onZod && !ts.isCallExpression(receiver)) return { base: callee.name.text, baseCall: expr, methods };
    methods.push(callee.name.text);
    expr = receiver;
  }
}

function zodField(analysis: FileAnalysis, value: ts.Expression, name: ts.Node, key: string, label: string, out: UndescribedParam[], seen: Set<ts.Node>, depth: number): void {
  if (depth > 8) return;
  const expr = unwrap(value);
  if (ts.isIdentifier(expr)) {
    // A field schema through a const of the file: judged there only if it is inline in the shape.
    return;
  }
  const { base, baseCall, methods } = zodChain(analysis, expr);
  if (!base || !baseCall) return;
  // zod 3 also takes the description as a parameter: `z.string({ description: "..." })`.
  const params = ZOD_FREE.has(base) ? resolveObjectLiteral(analysis.index, baseCall.arguments[0]) : undefined;
  const described = methods.some((m) => ZOD_DESCRIBING.has(m)) || (!!params && valueOf(params, "description") !== undefined);
  if (ZOD_FREE.has(base)) {
    if (!described) out.push({ node: name, label, name: key, type: base === "int" ? "integer" : base, zodField: expr });
    return;
  }
  if (described) return;
  if (base === "object" || base === "strictObject") zodObject(analysis, expr, out, seen, depth + 1);
  else if (base === "array" && baseCall.arguments[0]) zodField(analysis, baseCall.arguments[0], name, key, `the items of ${label}`, out, seen, depth + 1);
}

/** A zod object schema (a chain from `z.object({...})`, or a const holding one): its shape's fields. */
function zodObject(analysis: FileAnalysis, node: ts.Expression, out: UndescribedParam[], seen: Set<ts.Node>, depth: number): void {
  if (depth > 8) return;
  let expr = unwrap(node);
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(analysis.index, expr.text, expr);
    if (decl?.kind !== "variable" || !decl.init || decl.path?.length) return;
    expr = unwrap(decl.init);
  }
  const { base, baseCall } = zodChain(analysis, expr);
  if ((base !== "object" && base !== "strictObject") || !baseCall) return;
  const shape = resolveObjectLiteral(analysis.index, baseCall.arguments[0]);
  if (shape) zodShape(analysis, shape, out, seen, depth + 1);
}

function zodShape(analysis: FileAnalysis, shape: ts.ObjectLiteralExpression, out: UndescribedParam[], seen: Set<ts.Node>, depth: number): void {
  if (seen.has(shape)) return;
  seen.add(shape);
  for (const prop of shape.properties) {
    if (!ts.isPropertyAssignment(prop)) continue;
    const name = propertyNameText(prop.name);
    if (name === undefined) continue;
    zodField(analysis, prop.initializer, prop.name, name, `"${name}"`, out, seen, depth);
  }
}

function jsonObject(analysis: FileAnalysis, node: ts.Expression, out: UndescribedParam[], seen: Set<ts.Node>, depth: number): void {
  if (depth > 8) return;
  const obj = resolveObjectLiteral(analysis.index, node);
  if (!obj || seen.has(obj)) return;
  seen.add(obj);
  const properties = resolveObjectLiteral(analysis.index, valueOf(obj, "properties"));
  if (!properties) return;
  for (const prop of properties.properties) {
    if (!ts.isPropertyAssignment(prop)) continue;
    const name = propertyNameText(prop.name);
    if (name === undefined) continue;
    jsonField(analysis, prop.initializer, prop.name, name, `"${name}"`, out, seen, depth + 1);
  }
}

function jsonField(analysis: FileAnalysis, value: ts.Expression, name: ts.Node, key: string, label: string, out: UndescribedParam[], seen: Set<ts.Node>, depth: number): void {
  if (depth > 8) return;
  const field = unwrap(value);
  // Only fields written inline: a shared const is a definition of its own.
  if (!ts.isObjectLiteralExpression(field) || seen.has(field)) return;
  if (field.properties.some((p) => ts.isSpreadAssignment(p) || !p.name || propertyNameText(p.name) === undefined)) return;
  const keys = new Set(field.properties.map((p) => propertyNameText(p.name)));
  const types = typeNames(valueOf(field, "type")).filter((t) => t !== "null");
  const described = JSON_DESCRIBING.some((k) => keys.has(k));
  if (types.length === 1 && JSON_FREE.has(types[0]!)) {
    if (!described) out.push({ node: name, label, name: key, type: types[0]!, jsonField: field });
    return;
  }
  if (described) return;
  if (types.includes("object") || keys.has("properties")) jsonObject(analysis, field, out, seen, depth + 1);
  else if (types.includes("array")) {
    const items = valueOf(field, "items");
    if (items) jsonField(analysis, items, name, key, `the items of ${label}`, out, seen, depth + 1);
  }
}
