import ts from "typescript";
import { resolveArrayLiteral, resolveObjectLiteral } from "../syntax/values";
import { findProperty, isTrueLiteral, propertyNameText, propertyValue, unwrap } from "../syntax/ast";
import { lookupValue } from "../syntax/file-index";
import { lookupKey } from "../syntax/options";
import type { CallSite } from "../sdk/match";
import { exportMatches, moduleMatches } from "../sdk/module-match";
import { ZOD_MODULES, ZOD_TOOL_HELPERS, type ToolFormat } from "../sdk/profile-types";
import { PROFILES } from "../sdk/profiles";
import type { FileAnalysis } from "./analysis";
import { optionsArgument } from "./constructions";

/** A tool parameter schema to check, with whether the tool is declared strict. */
export interface ToolSchema {
  schema: ts.Expression;
  strict: boolean;
  /** The schema is a zod raw shape (`{ a: z.string() }`, MCP). */
  rawShape?: boolean;
  /** additionalProperties can be set on its objects (not Gemini's OpenAPI-subset `parameters`); default true. */
  closable?: boolean;
  /** The provider tool object (or OpenAI `function` object) whose key holds the schema: where a stray `required` sits. */
  holder?: ts.ObjectLiteralExpression;
  site: CallSite;
}

/** A tool a call sends. */
export interface SentTool {
  format: ToolFormat;
  /** The tool as written: a provider tool object (a Gemini function declaration), a tool() call, or its name. */
  node: ts.Expression;
  /** The name a record gives it (`{ weather: tool({...}) }`). */
  name?: string;
  /** Its parameter schema, for tools written in the call (not through a tool() helper, which is a site of its own). */
  schema?: ToolSchema;
}

/**
 * The root of a call chain `z.object({...}).passthrough()` is zod: an import (or require) of zod, or a const
 * holding a zod schema (`Base.extend({...})` with `const Base = z.object(...)`).
 */
export function zodRoot(analysis: FileAnalysis, expr: ts.Expression, depth = 0): boolean {
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
  if (decl.kind === "import") return ZOD_MODULES.includes(decl.module ?? "");
  if (decl.kind !== "variable" || !decl.init) return false;
  // `const { z } = require("zod")`, `const z = require("zod")`.
  const origin = analysis.tracer.trace(current);
  if (origin) return ZOD_MODULES.includes(origin.module) && !origin.instance && origin.path.length === 0;
  return !decl.path?.length && !decl.mutable && zodRoot(analysis, decl.init, depth + 1);
}

export function valueOf(obj: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  const v = propertyValue(findProperty(obj, key));
  return v ? unwrap(v) : undefined;
}

/** `zodFunction({ name, parameters })` of "openai/helpers/zod": a whole tool whose parameters are a zod schema. */
function zodToolParameters(analysis: FileAnalysis, node: ts.Expression): ts.Expression | undefined {
  const call = unwrap(node);
  if (!ts.isCallExpression(call)) return undefined;
  const origin = analysis.tracer.trace(call.expression);
  if (!origin || !moduleMatches(origin.module, ZOD_TOOL_HELPERS.modules) || origin.path.length > 0) return undefined;
  if (!exportMatches(origin.exportName, ZOD_TOOL_HELPERS.exports)) return undefined;
  const options = resolveObjectLiteral(analysis.index, call.arguments[0]);
  return options ? valueOf(options, ZOD_TOOL_HELPERS.parametersKey) : undefined;
}

/** The elements of an array literal, spreads of arrays in the file expanded; `unresolved` counts the others. */
function expandSpreads(analysis: FileAnalysis, list: ts.ArrayLiteralExpression, out: { elements: ts.Expression[]; unresolved: number }, depth = 0): void {
  for (const element of list.elements) {
    if (ts.isSpreadElement(element)) {
      const inner = resolveArrayLiteral(analysis.index, element.expression);
      if (inner && depth < 4) expandSpreads(analysis, inner, out, depth + 1);
      else out.unresolved++;
    } else {
      out.elements.push(element);
    }
  }
}

function expanded(analysis: FileAnalysis, list: ts.ArrayLiteralExpression): ts.Expression[] {
  const out = { elements: [] as ts.Expression[], unresolved: 0 };
  expandSpreads(analysis, list, out);
  return out.elements;
}

/** The parameter schema of one provider-format tool object (or Gemini function declaration). */
function providerSchema(analysis: FileAnalysis, site: CallSite, format: ToolFormat, tool: ts.ObjectLiteralExpression): ToolSchema | undefined {
  const strictOf = (obj: ts.ObjectLiteralExpression): boolean => {
    const s = valueOf(obj, "strict");
    return !!s && isTrueLiteral(s);
  };
  switch (format) {
    case "openai-chat":
    case "openai-runtools": {
      const fn = resolveObjectLiteral(analysis.index, valueOf(tool, "function"));
      const params = fn ? valueOf(fn, "parameters") : undefined;
      return fn && params ? { schema: params, strict: strictOf(fn), holder: fn, site } : undefined;
    }
    case "openai-responses": {
      const params = valueOf(tool, "parameters");
      return params ? { schema: params, strict: strictOf(tool), holder: tool, site } : undefined;
    }
    case "anthropic": {
      const params = valueOf(tool, "input_schema");
      return params ? { schema: params, strict: strictOf(tool), holder: tool, site } : undefined;
    }
    case "bedrock": {
      const spec = resolveObjectLiteral(analysis.index, valueOf(tool, "toolSpec"));
      const input = spec ? resolveObjectLiteral(analysis.index, valueOf(spec, "inputSchema")) : undefined;
      const json = input ? valueOf(input, "json") : undefined;
      return json ? { schema: json, strict: false, holder: input, site } : undefined;
    }
    case "google": {
      // `parameters` is Gemini's OpenAPI subset, which has no additionalProperties; `parametersJsonSchema` is JSON Schema.
      const params = valueOf(tool, "parameters");
      const json = valueOf(tool, "parametersJsonSchema");
      return params ? { schema: params, strict: false, closable: false, holder: tool, site } : json ? { schema: json, strict: false, holder: tool, site } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The tools a call (or agent) sends with every request, in its profile's format: provider tool objects (Gemini:
 * each function declaration), `zodFunction(...)` helpers, a record or array of framework tools (AI SDK records may
 * hold plain `{ description, inputSchema }` objects). `unresolved` counts what the code does not show.
 */
export function toolsSentBy(analysis: FileAnalysis, site: CallSite): { tools: SentTool[]; unresolved: number } {
  const { tools: key, toolFormat: format } = site.profile;
  const first = toolsUnder(analysis, site, key, format);
  // More keys a request may carry tools under (openai chat's legacy `functions`), each in its own format.
  for (const more of site.profile.moreTools ?? []) {
    const found = toolsUnder(analysis, site, more.key, more.format);
    first.tools.push(...found.tools);
    first.unresolved += found.unresolved;
  }
  return first;
}

function toolsUnder(analysis: FileAnalysis, site: CallSite, key: string | undefined, format: ToolFormat | undefined): { tools: SentTool[]; unresolved: number } {
  const { index } = analysis;
  const none = { tools: [] as SentTool[], unresolved: 0 };
  if (!key || !format) return none;
  const found = lookupKey(index, optionsArgument(site), key);
  if (found.state !== "present" || !found.value) return none;
  const tools: SentTool[] = [];
  if (format === "framework") {
    const record = resolveObjectLiteral(index, found.value);
    if (record) {
      for (const prop of record.properties) {
        const value = propertyValue(prop);
        if (!value) continue;
        const name = propertyNameText(prop.name) ?? "tool";
        const def = site.profile.inlineToolSchemaKeys ? resolveObjectLiteral(index, value) : undefined;
        const schema = def && site.profile.inlineToolSchemaKeys!.map((k) => valueOf(def, k)).find((v) => v !== undefined);
        tools.push({ format, node: value, name, ...(schema ? { schema: { schema, strict: false, site } } : {}) });
      }
      return { tools, unresolved: 0 };
    }
    const list = resolveArrayLiteral(index, found.value);
    if (!list) return { tools, unresolved: 1 };
    const out = { elements: [] as ts.Expression[], unresolved: 0 };
    expandSpreads(analysis, list, out);
    return { tools: out.elements.map((node) => ({ format, node })), unresolved: out.unresolved };
  }
  const list = resolveArrayLiteral(index, found.value);
  if (!list) return { tools, unresolved: 1 };
  const out = { elements: [] as ts.Expression[], unresolved: 0 };
  expandSpreads(analysis, list, out);
  for (const element of out.elements) {
    const zodParams = zodToolParameters(analysis, element);
    if (zodParams) {
      tools.push({ format, node: element, schema: { schema: zodParams, strict: true, site } });
      continue;
    }
    const tool = resolveObjectLiteral(index, element);
    if (format === "google" && tool) {
      const decls = resolveArrayLiteral(index, valueOf(tool, "functionDeclarations"));
      for (const d of decls ? expanded(analysis, decls) : []) {
        const decl = resolveObjectLiteral(index, d);
        const schema = decl && providerSchema(analysis, site, format, decl);
        tools.push({ format, node: d, ...(schema ? { schema } : {}) });
      }
      continue;
    }
    const schema = tool && providerSchema(analysis, site, format, tool);
    tools.push({ format, node: element, ...(schema ? { schema } : {}) });
  }
  return { tools, unresolved: out.unresolved };
}

/** Schema keys of tool helpers (tool({ inputSchema }), tool(fn, { schema }), tool({ parameters })), for helpers the file does not trace. */
const TOOL_SCHEMA_KEYS = [...new Set(PROFILES.flatMap((p) => (p.toolSchema?.kind === "key" ? p.toolSchema.keys : [])))];

/**
 * A framework tool a call sends, as written: the options of its tool() call (directly or through a const) and the
 * key of its schema there (the tool profile's), or a plain AI SDK definition object.
 */
export function frameworkToolOptions(analysis: FileAnalysis, value: ts.Expression): { options: ts.ObjectLiteralExpression; schemaKeys: readonly string[] } | undefined {
  const { index } = analysis;
  let expr = unwrap(value);
  if (ts.isIdentifier(expr)) {
    const init = index.declarations.get(expr.text)?.find((d) => d.kind === "variable" && d.init)?.init;
    if (init) expr = unwrap(init);
  }
  if (ts.isObjectLiteralExpression(expr)) return { options: expr, schemaKeys: TOOL_SCHEMA_KEYS };
  if (!ts.isCallExpression(expr) && !ts.isNewExpression(expr)) return undefined;
  const args = expr.arguments ?? [];
  const loc = analysis.siteByNode.get(expr)?.profile.toolSchema;
  if (loc?.kind === "key") {
    const options = resolveObjectLiteral(index, args[loc.arg]);
    return options ? { options, schemaKeys: loc.keys } : undefined;
  }
  const options = args.map((a) => resolveObjectLiteral(index, a)).find((o) => o !== undefined);
  return options ? { options, schemaKeys: TOOL_SCHEMA_KEYS } : undefined;
}

/** The tool schemas defined (tool(), MCP server.tool, DynamicStructuredTool) or sent (provider formats) in a file. */
export function findToolSchemas(analysis: FileAnalysis): ToolSchema[] {
  const { index } = analysis;
  const found: ToolSchema[] = [];
  for (const site of analysis.sites) {
    const loc = site.profile.toolSchema;
    if (site.profile.kind !== "tool" || !loc) {
      for (const tool of toolsSentBy(analysis, site).tools) if (tool.schema) found.push(tool.schema);
      continue;
    }
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
    const shape = loc.rawShape ? resolveObjectLiteral(index, value) : undefined;
    found.push(shape ? { schema: shape, strict, rawShape: true, site } : { schema: value, strict, site });
  }
  return found;
}
