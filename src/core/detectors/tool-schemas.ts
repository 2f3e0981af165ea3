import ts from "typescript";
import { resolveArrayLiteral, resolveObjectLiteral } from "../syntax/values";
import { findProperty, isTrueLiteral, propertyNameText, propertyValue, unwrap } from "../syntax/ast";
import type { FileAnalysis } from "./analysis";
import { lookup, lookupValue } from "../syntax/file-index";
import { lookupKey } from "../syntax/options";
import type { CallSite } from "../sdk/match";
import { ZOD_REEXPORT_MODULES } from "../sdk/profiles";

/** A tool parameter schema to check, with whether the tool is declared strict. */
export interface ToolSchema {
  schema: ts.Expression;
  strict: boolean;
  /** The schema is a zod raw shape (`{ a: z.string() }`, MCP). */
  rawShape?: boolean;
  /** additionalProperties can be set on its objects (not Gemini's OpenAPI-subset `parameters`); default true. */
  closable?: boolean;
  site: CallSite;
}

export type LooseKind =
  | "zodAny"
  | "zodPassthrough"
  | "zodLooseObject"
  | "jsonUntyped"
  | "jsonObjectNoProperties"
  | "jsonAdditionalTrue"
  | "jsonMissingAdditionalFalse";

export interface LoosePart {
  kind: LooseKind;
  node: ts.Node;
  /** A short name of the part: the property name, or the zod call. */
  label: string;
  /** For missing additionalProperties: the object literal to add it to. */
  object?: ts.ObjectLiteralExpression;
}

const ZOD_MODULES = new Set(["zod", "zod/v4", "zod/v3", "zod/mini", "zod/v4-mini", "zod/v4/mini", ...ZOD_REEXPORT_MODULES]);

/**
 * The root of a call chain `z.object({...}).passthrough()` is zod: an import (or require) of zod, or a const
 * holding a zod schema (`Base.extend({...})` with `const Base = z.object(...)`).
 */
function zodRoot(analysis: FileAnalysis, expr: ts.Expression, depth = 0): boolean {
  if (depth > 8) return false;
  let current = unwrap(expr);
  for (;;) {
    if (ts.isCallExpression(current)) current = unwrap(current.expression);
    else if (ts.isPropertyAccessExpression(current)) current = unwrap(current.expression);
    else break;
  }
  if (!ts.isIdentifier(current)) return false;
  const decl = lookupValue(analysis.index, current.text, current);
  if (!decl) return false;
  if (decl.kind === "import") return ZOD_MODULES.has(decl.module ?? "");
  if (decl.kind !== "variable" || !decl.init) return false;
  // `const { z } = require("zod")`, `const z = require("zod")`.
  const origin = analysis.tracer.trace(current);
  if (origin) return ZOD_MODULES.has(origin.module) && !origin.instance && origin.path.length === 0;
  return !decl.path?.length && !decl.mutable && zodRoot(analysis, decl.init, depth + 1);
}

/** `zodFunction({ name, parameters })` of "openai/helpers/zod": a whole tool whose parameters are a zod schema. */
function zodFunctionParameters(analysis: FileAnalysis, node: ts.Expression): ts.Expression | undefined {
  const call = unwrap(node);
  if (!ts.isCallExpression(call)) return undefined;
  const origin = analysis.tracer.trace(call.expression);
  if (!origin || !origin.module.startsWith("openai/helpers/zod") || origin.path.length > 0) return undefined;
  if (origin.exportName !== "zodFunction" && origin.exportName !== "zodResponsesFunction") return undefined;
  const options = resolveObjectLiteral(analysis.index, call.arguments[0]);
  return options ? valueOf(analysis, options, "parameters") : undefined;
}

/** The tool schemas defined or sent in a file. */
export function findToolSchemas(analysis: FileAnalysis): ToolSchema[] {
  const { index } = analysis;
  const found: ToolSchema[] = [];
  for (const site of analysis.sites) {
    const loc = site.profile.toolSchema;
    if (site.profile.kind === "tool" && loc) {
      const args = site.node.arguments ?? ts.factory.createNodeArray();
      if (loc.kind === "mcp-tool") {
        // server.tool(name, [description], shape, [annotations], cb): the first object literal after the name.
        for (let i = 1; i < args.length; i++) {
          const arg = unwrap(args[i]!);
          if (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg)) break;
          const obj = resolveObjectLiteral(index, arg);
          if (obj) {
            found.push({ schema: obj, strict: false, rawShape: true, site });
            break;
          }
          // Newer SDKs also take a whole zod object schema.
          if (zodRoot(analysis, arg)) {
            found.push({ schema: arg, strict: false, site });
            break;
          }
        }
        continue;
      }
      const obj = resolveObjectLiteral(index, args[loc.arg]);
      if (!obj) continue;
      const schemaKey = loc.keys.map((k) => lookupKey(index, obj, k)).find((l) => l.state === "present");
      if (!schemaKey || schemaKey.state !== "present" || !schemaKey.value) continue;
      let strict = loc.defaultStrict ?? false;
      if (loc.strictKey) {
        const s = lookupKey(index, obj, loc.strictKey);
        if (s.state === "present" && s.value) strict = isTrueLiteral(s.value);
      }
      const value = unwrap(schemaKey.value);
      // MCP registerTool's inputSchema is a raw shape, inline or through a const.
      const shape = site.profile.id === "mcp.registerTool" ? resolveObjectLiteral(index, value) : undefined;
      found.push(shape ? { schema: shape, strict, rawShape: true, site } : { schema: value, strict, site });
      continue;
    }
    if (site.profile.toolFormat === "framework" && site.profile.sdk === "ai" && site.profile.tools) {
      // AI SDK `tools: { name: { description, inputSchema } }` written without the tool() helper.
      const tools = lookupKey(index, site.options, site.profile.tools);
      const record = tools.state === "present" ? resolveObjectLiteral(index, tools.value) : undefined;
      for (const prop of record?.properties ?? []) {
        const def = resolveObjectLiteral(index, propertyValue(prop));
        const schema = def && (valueOf(analysis, def, "inputSchema") ?? valueOf(analysis, def, "parameters"));
        if (schema) found.push({ schema, strict: false, site });
      }
      continue;
    }
    if (!site.profile.tools || !site.profile.toolFormat || site.profile.toolFormat === "framework") continue;
    const tools = lookupKey(index, site.options, site.profile.tools);
    if (tools.state !== "present") continue;
    const list = resolveArrayLiteral(index, tools.value);
    if (!list) continue;
    for (const element of expandSpreads(analysis, list)) {
      const zodParams = zodFunctionParameters(analysis, element);
      if (zodParams) {
        found.push({ schema: zodParams, strict: true, site });
        continue;
      }
      const tool = resolveObjectLiteral(index, element);
      if (!tool) continue;
      found.push(...schemasOfProviderTool(analysis, site, tool));
    }
  }
  return found;
}

function expandSpreads(analysis: FileAnalysis, list: ts.ArrayLiteralExpression, depth = 0): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const element of list.elements) {
    if (ts.isSpreadElement(element)) {
      const inner = resolveArrayLiteral(analysis.index, element.expression);
      if (inner && depth < 4) out.push(...expandSpreads(analysis, inner, depth + 1));
    } else {
      out.push(element);
    }
  }
  return out;
}

function valueOf(_analysis: FileAnalysis, obj: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  const v = propertyValue(findProperty(obj, key));
  return v ? unwrap(v) : undefined;
}

function schemasOfProviderTool(analysis: FileAnalysis, site: CallSite, tool: ts.ObjectLiteralExpression): ToolSchema[] {
  const { index } = analysis;
  const strictOf = (obj: ts.ObjectLiteralExpression): boolean => {
    const s = valueOf(analysis, obj, "strict");
    return !!s && isTrueLiteral(s);
  };
  switch (site.profile.toolFormat) {
    case "openai-chat":
    case "openai-runtools": {
      const fn = resolveObjectLiteral(index, valueOf(analysis, tool, "function"));
      const params = fn ? valueOf(analysis, fn, "parameters") : undefined;
      return fn && params ? [{ schema: params, strict: strictOf(fn), site }] : [];
    }
    case "openai-responses": {
      const params = valueOf(analysis, tool, "parameters");
      return params ? [{ schema: params, strict: strictOf(tool), site }] : [];
    }
    case "anthropic": {
      const params = valueOf(analysis, tool, "input_schema");
      return params ? [{ schema: params, strict: strictOf(tool), site }] : [];
    }
    case "bedrock": {
      const spec = resolveObjectLiteral(index, valueOf(analysis, tool, "toolSpec"));
      const input = spec ? resolveObjectLiteral(index, valueOf(analysis, spec, "inputSchema")) : undefined;
      const json = input ? valueOf(analysis, input, "json") : undefined;
      return json ? [{ schema: json, strict: false, site }] : [];
    }
    case "google": {
      const decls = resolveArrayLiteral(index, valueOf(analysis, tool, "functionDeclarations"));
      if (!decls) return [];
      const out: ToolSchema[] = [];
      for (const d of expandSpreads(analysis, decls)) {
        const decl = resolveObjectLiteral(index, d);
        if (!decl) continue;
        // `parameters` is Gemini's OpenAPI subset, which has no additionalProperties; `parametersJsonSchema` is JSON Schema.
        const params = valueOf(analysis, decl, "parameters");
        const json = valueOf(analysis, decl, "parametersJsonSchema");
        if (params) out.push({ schema: params, strict: false, closable: false, site });
        else if (json) out.push({ schema: json, strict: false, site });
      }
      return out;
    }
    default:
      return [];
  }
}

const SCHEMA_KEYWORDS = ["type", "enum", "const", "anyOf", "oneOf", "allOf", "$ref", "not", "properties", "items", "format", "pattern"];

/** `type: "object"`, `type: Type.OBJECT`, `type: SchemaType.OBJECT`, `type: ["object", "null"]`. */
function typeNames(value: ts.Expression | undefined): string[] {
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

/** The loose parts of a tool schema. */
export function loosePartsOf(analysis: FileAnalysis, tool: ToolSchema, options: CheckOptions): LoosePart[] {
  const parts: LoosePart[] = [];
  const seen = new Set<ts.Node>();
  const requireClosed = tool.closable !== false && (tool.strict || options.requireAdditionalPropertiesFalse);
  if (tool.rawShape && ts.isObjectLiteralExpression(tool.schema)) {
    for (const prop of tool.schema.properties) {
      const value = propertyValue(prop);
      if (value) checkZod(analysis, value, parts, seen, 0);
    }
    return parts;
  }
  const schema = unwrap(tool.schema);
  if (ts.isCallExpression(schema)) {
    const callee = unwrap(schema.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
    // jsonSchema({...}) (AI SDK) wraps a JSON schema; zodToJsonSchema(x) / z.toJSONSchema(x) wrap a zod schema.
    if (name === "zodSchema" && schema.arguments[0]) {
      checkZod(analysis, schema.arguments[0], parts, seen, 0);
      return parts;
    }
    if (name === "jsonSchema" && schema.arguments[0]) {
      checkJson(analysis, schema.arguments[0], parts, seen, requireClosed, 0, undefined);
      return parts;
    }
    if ((name === "zodToJsonSchema" || name === "toJSONSchema" || name === "zodFunction" || name === "zodResponsesFunction") && schema.arguments[0]) {
      const inner = name.startsWith("zod") && name !== "zodToJsonSchema" ? resolveObjectLiteral(analysis.index, schema.arguments[0]) : undefined;
      const target = inner ? valueOf(analysis, inner, "parameters") : schema.arguments[0];
      if (target) checkZod(analysis, target, parts, seen, 0);
      return parts;
    }
  }
  if (zodRoot(analysis, schema)) {
    checkZod(analysis, schema, parts, seen, 0);
    return parts;
  }
  checkJson(analysis, schema, parts, seen, requireClosed, 0, undefined);
  return parts;
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
    if (decl?.kind === "import" && ZOD_MODULES.has(decl.module ?? "")) {
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
  const types = typeNames(valueOf(analysis, obj, "type"));
  const isObject = types.includes("object") || keys.has("properties");
  const additional = findProperty(obj, "additionalProperties");
  const additionalValue = propertyValue(additional);
  if (isObject) {
    const closed = additionalValue !== undefined && unwrap(additionalValue).kind === ts.SyntaxKind.FalseKeyword;
    if (additional && additionalValue && (isTrueLiteral(additionalValue) || (ts.isObjectLiteralExpression(unwrap(additionalValue)) && (unwrap(additionalValue) as ts.ObjectLiteralExpression).properties.length === 0))) {
      parts.push({ kind: "jsonAdditionalTrue", node: additional, label: here.name });
    } else if (!keys.has("properties") && !closed && !additional) {
      parts.push({ kind: "jsonObjectNoProperties", node: here.node, label: here.name });
    } else if (requireClosed && !closed && !additional) {
      parts.push({ kind: "jsonMissingAdditionalFalse", node: here.node, label: here.name, object: obj });
    }
  }
  const properties = resolveObjectLiteral(analysis.index, valueOf(analysis, obj, "properties"));
  if (properties) {
    for (const prop of properties.properties) {
      const value = propertyValue(prop);
      const name = propertyNameText(prop.name);
      if (value && name !== undefined) checkJson(analysis, value, parts, seen, requireClosed, depth + 1, { node: prop.name ?? prop, name: `"${name}"` });
    }
  }
  const items = valueOf(analysis, obj, "items");
  if (items) checkJson(analysis, items, parts, seen, requireClosed, depth + 1, { node: findProperty(obj, "items")!.name ?? obj, name: `the items of ${here.name}` });
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const list = resolveArrayLiteral(analysis.index, valueOf(analysis, obj, key));
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
