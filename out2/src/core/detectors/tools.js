"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.zodRoot = zodRoot;
exports.valueOf = valueOf;
exports.toolsSentBy = toolsSentBy;
exports.frameworkToolOptions = frameworkToolOptions;
exports.findToolSchemas = findToolSchemas;
const typescript_1 = __importDefault(require("typescript"));
const values_1 = require("../syntax/values");
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const options_1 = require("../syntax/options");
const module_match_1 = require("../sdk/module-match");
const profile_types_1 = require("../sdk/profile-types");
const profiles_1 = require("../sdk/profiles");
const constructions_1 = require("./constructions");
/**
 * The root of a call chain `z.object({...}).passthrough()` is zod: an import (or require) of zod, or a const
 * holding a zod schema (`Base.extend({...})` with `const Base = z.object(...)`).
 */
function zodRoot(analysis, expr, depth = 0) {
    if (depth > 8)
        return false;
    let current = (0, ast_1.unwrap)(expr);
    for (;;) {
        if (typescript_1.default.isCallExpression(current))
            current = (0, ast_1.unwrap)(current.expression);
        else if (typescript_1.default.isPropertyAccessExpression(current))
            current = (0, ast_1.unwrap)(current.expression);
        else
            break;
    }
    if (!typescript_1.default.isIdentifier(current))
        return false;
    const decl = (0, file_index_1.lookupValue)(analysis.index, current.text, current);
    if (!decl)
        return false;
    if (decl.kind === "import")
        return profile_types_1.ZOD_MODULES.includes(decl.module ?? "");
    if (decl.kind !== "variable" || !decl.init)
        return false;
    // `const { z } = require("zod")`, `const z = require("zod")`.
    const origin = analysis.tracer.trace(current);
    if (origin)
        return profile_types_1.ZOD_MODULES.includes(origin.module) && !origin.instance && origin.path.length === 0;
    return !decl.path?.length && !decl.mutable && zodRoot(analysis, decl.init, depth + 1);
}
function valueOf(obj, key) {
    const v = (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, key));
    return v ? (0, ast_1.unwrap)(v) : undefined;
}
/** `zodFunction({ name, parameters })` of "openai/helpers/zod": a whole tool whose parameters are a zod schema. */
function zodToolParameters(analysis, node) {
    const call = (0, ast_1.unwrap)(node);
    if (!typescript_1.default.isCallExpression(call))
        return undefined;
    const origin = analysis.tracer.trace(call.expression);
    if (!origin || !(0, module_match_1.moduleMatches)(origin.module, profile_types_1.ZOD_TOOL_HELPERS.modules) || origin.path.length > 0)
        return undefined;
    if (!(0, module_match_1.exportMatches)(origin.exportName, profile_types_1.ZOD_TOOL_HELPERS.exports))
        return undefined;
    const options = (0, values_1.resolveObjectLiteral)(analysis.index, call.arguments[0]);
    return options ? valueOf(options, profile_types_1.ZOD_TOOL_HELPERS.parametersKey) : undefined;
}
/** The elements of an array literal, spreads of arrays in the file expanded; `unresolved` counts the others. */
function expandSpreads(analysis, list, out, depth = 0) {
    for (const element of list.elements) {
        if (typescript_1.default.isSpreadElement(element)) {
            const inner = (0, values_1.resolveArrayLiteral)(analysis.index, element.expression);
            if (inner && depth < 4)
                expandSpreads(analysis, inner, out, depth + 1);
            else
                out.unresolved++;
        }
        else {
            out.elements.push(element);
        }
    }
}
function expanded(analysis, list) {
    const out = { elements: [], unresolved: 0 };
    expandSpreads(analysis, list, out);
    return out.elements;
}
/** The parameter schema of one provider-format tool object (or Gemini function declaration). */
function providerSchema(analysis, site, format, tool) {
    const strictOf = (obj) => {
        const s = valueOf(obj, "strict");
        return !!s && (0, ast_1.isTrueLiteral)(s);
    };
    switch (format) {
        case "openai-chat":
        case "openai-runtools": {
            const fn = (0, values_1.resolveObjectLiteral)(analysis.index, valueOf(tool, "function"));
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
            const spec = (0, values_1.resolveObjectLiteral)(analysis.index, valueOf(tool, "toolSpec"));
            const input = spec ? (0, values_1.resolveObjectLiteral)(analysis.index, valueOf(spec, "inputSchema")) : undefined;
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
function toolsSentBy(analysis, site) {
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
function toolsUnder(analysis, site, key, format) {
    const { index } = analysis;
    const none = { tools: [], unresolved: 0 };
    if (!key || !format)
        return none;
    const found = (0, options_1.lookupKey)(index, (0, constructions_1.optionsArgument)(site), key);
    if (found.state !== "present" || !found.value)
        return none;
    const tools = [];
    if (format === "framework") {
        const record = (0, values_1.resolveObjectLiteral)(index, found.value);
        if (record) {
            for (const prop of record.properties) {
                const value = (0, ast_1.propertyValue)(prop);
                if (!value)
                    continue;
                const name = (0, ast_1.propertyNameText)(prop.name) ?? "tool";
                const def = site.profile.inlineToolSchemaKeys ? (0, values_1.resolveObjectLiteral)(index, value) : undefined;
                const schema = def && site.profile.inlineToolSchemaKeys.map((k) => valueOf(def, k)).find((v) => v !== undefined);
                tools.push({ format, node: value, name, ...(schema ? { schema: { schema, strict: false, site } } : {}) });
            }
            return { tools, unresolved: 0 };
        }
        const list = (0, values_1.resolveArrayLiteral)(index, found.value);
        if (!list)
            return { tools, unresolved: 1 };
        const out = { elements: [], unresolved: 0 };
        expandSpreads(analysis, list, out);
        return { tools: out.elements.map((node) => ({ format, node })), unresolved: out.unresolved };
    }
    const list = (0, values_1.resolveArrayLiteral)(index, found.value);
    if (!list)
        return { tools, unresolved: 1 };
    const out = { elements: [], unresolved: 0 };
    expandSpreads(analysis, list, out);
    for (const element of out.elements) {
        const zodParams = zodToolParameters(analysis, element);
        if (zodParams) {
            tools.push({ format, node: element, schema: { schema: zodParams, strict: true, site } });
            continue;
        }
        const tool = (0, values_1.resolveObjectLiteral)(index, element);
        if (format === "google" && tool) {
            const decls = (0, values_1.resolveArrayLiteral)(index, valueOf(tool, "functionDeclarations"));
            for (const d of decls ? expanded(analysis, decls) : []) {
                const decl = (0, values_1.resolveObjectLiteral)(index, d);
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
const TOOL_SCHEMA_KEYS = [...new Set(profiles_1.PROFILES.flatMap((p) => (p.toolSchema?.kind === "key" ? p.toolSchema.keys : [])))];
/**
 * A framework tool a call sends, as written: the options of its tool() call (directly or through a const) and the
 * key of its schema there (the tool profile's), or a plain AI SDK definition object.
 */
function frameworkToolOptions(analysis, value) {
    const { index } = analysis;
    let expr = (0, ast_1.unwrap)(value);
    if (typescript_1.default.isIdentifier(expr)) {
        const init = index.declarations.get(expr.text)?.find((d) => d.kind === "variable" && d.init)?.init;
        if (init)
            expr = (0, ast_1.unwrap)(init);
    }
    if (typescript_1.default.isObjectLiteralExpression(expr))
        return { options: expr, schemaKeys: TOOL_SCHEMA_KEYS };
    if (!typescript_1.default.isCallExpression(expr) && !typescript_1.default.isNewExpression(expr))
        return undefined;
    const args = expr.arguments ?? [];
    const loc = analysis.siteByNode.get(expr)?.profile.toolSchema;
    if (loc?.kind === "key") {
        const options = (0, values_1.resolveObjectLiteral)(index, args[loc.arg]);
        return options ? { options, schemaKeys: loc.keys } : undefined;
    }
    const options = args.map((a) => (0, values_1.resolveObjectLiteral)(index, a)).find((o) => o !== undefined);
    return options ? { options, schemaKeys: TOOL_SCHEMA_KEYS } : undefined;
}
/** The tool schemas defined (tool(), MCP server.tool, DynamicStructuredTool) or sent (provider formats) in a file. */
function findToolSchemas(analysis) {
    const { index } = analysis;
    const found = [];
    for (const site of analysis.sites) {
        const loc = site.profile.toolSchema;
        if (site.profile.kind !== "tool" || !loc) {
            for (const tool of toolsSentBy(analysis, site).tools)
                if (tool.schema)
                    found.push(tool.schema);
            continue;
        }
        const args = site.node.arguments ?? typescript_1.default.factory.createNodeArray();
        if (loc.kind === "mcp-tool") {
            // server.tool(name, [description], shape, [annotations], cb): the first object literal after the name.
            for (let i = 1; i < args.length; i++) {
                const arg = (0, ast_1.unwrap)(args[i]);
                if (typescript_1.default.isArrowFunction(arg) || typescript_1.default.isFunctionExpression(arg))
                    break;
                const obj = (0, values_1.resolveObjectLiteral)(index, arg);
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
        const obj = (0, values_1.resolveObjectLiteral)(index, args[loc.arg]);
        if (!obj)
            continue;
        const schemaKey = loc.keys.map((k) => (0, options_1.lookupKey)(index, obj, k)).find((l) => l.state === "present");
        if (!schemaKey || schemaKey.state !== "present" || !schemaKey.value)
            continue;
        let strict = loc.defaultStrict ?? false;
        if (loc.strictKey) {
            const s = (0, options_1.lookupKey)(index, obj, loc.strictKey);
            if (s.state === "present" && s.value)
                strict = (0, ast_1.isTrueLiteral)(s.value);
        }
        const value = (0, ast_1.unwrap)(schemaKey.value);
        // MCP registerTool's inputSchema is a raw shape, inline or through a const.
        const shape = loc.rawShape ? (0, values_1.resolveObjectLiteral)(index, value) : undefined;
        found.push(shape ? { schema: shape, strict, rawShape: true, site } : { schema: value, strict, site });
    }
    return found;
}
//# sourceMappingURL=tools.js.map