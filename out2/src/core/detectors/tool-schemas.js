"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.typeNames = typeNames;
exports.schemaRootOf = schemaRootOf;
exports.loosePartsOf = loosePartsOf;
const typescript_1 = __importDefault(require("typescript"));
const values_1 = require("../syntax/values");
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const profile_types_1 = require("../sdk/profile-types");
const tools_1 = require("./tools");
const tool_multiplexers_1 = require("./tool-multiplexers");
const SCHEMA_KEYWORDS = ["type", "enum", "const", "anyOf", "oneOf", "allOf", "$ref", "not", "properties", "items", "format", "pattern"];
/** `type: "object"`, `type: Type.OBJECT`, `type: SchemaType.OBJECT`, `type: ["object", "null"]`, lower-cased. */
function typeNames(value) {
    if (!value)
        return [];
    const v = (0, ast_1.unwrap)(value);
    if (typescript_1.default.isStringLiteralLike(v))
        return [v.text.toLowerCase()];
    if (typescript_1.default.isPropertyAccessExpression(v))
        return [v.name.text.toLowerCase()];
    if (typescript_1.default.isArrayLiteralExpression(v))
        return v.elements.flatMap((e) => typeNames(e));
    return ["?"];
}
function schemaRootOf(analysis, tool) {
    if (tool.rawShape && typescript_1.default.isObjectLiteralExpression(tool.schema))
        return { kind: "shape", node: tool.schema };
    const schema = (0, ast_1.unwrap)(tool.schema);
    if (typescript_1.default.isCallExpression(schema)) {
        const callee = (0, ast_1.unwrap)(schema.expression);
        const name = typescript_1.default.isIdentifier(callee) ? callee.text : typescript_1.default.isPropertyAccessExpression(callee) ? callee.name.text : "";
        // jsonSchema({...}) wraps a JSON schema; zodSchema(x), zodToJsonSchema(x), z.toJSONSchema(x) a zod schema;
        // zodFunction({ parameters }) a whole tool.
        const wrapper = Object.hasOwn(profile_types_1.SCHEMA_WRAPPERS, name) ? profile_types_1.SCHEMA_WRAPPERS[name] : undefined;
        if (wrapper && schema.arguments[0]) {
            const inner = wrapper.key ? (0, values_1.resolveObjectLiteral)(analysis.index, schema.arguments[0]) : undefined;
            const target = wrapper.key ? inner && (0, tools_1.valueOf)(inner, wrapper.key) : schema.arguments[0];
            if (!target)
                return undefined;
            return wrapper.inner === "json" ? { kind: "json", node: target } : { kind: "zod", node: target };
        }
    }
    if ((0, tools_1.zodRoot)(analysis, schema))
        return { kind: "zod", node: schema };
    return { kind: "json", node: schema };
}
/** The loose parts of a tool schema. */
function loosePartsOf(analysis, tool, options) {
    const parts = [];
    const seen = new Set();
    const requireClosed = tool.closable !== false && (tool.strict || options.requireAdditionalPropertiesFalse);
    const root = schemaRootOf(analysis, tool);
    if (!root)
        return parts;
    const multiplexer = root.kind === "json" ? (0, tool_multiplexers_1.jsonMultiplexer)(analysis, root.node) : (0, tool_multiplexers_1.zodMultiplexer)(analysis, root.node, root.kind === "shape");
    if (multiplexer)
        parts.push(multiplexerPart(multiplexer));
    if (root.kind === "shape") {
        for (const prop of root.node.properties) {
            const value = (0, ast_1.propertyValue)(prop);
            if (value)
                checkZod(analysis, value, parts, seen, 0);
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
function multiplexerPart(m) {
    const shown = m.values.slice(0, 4).map((v) => `"${v}"`).join(", ") + (m.values.length > 4 ? ", ..." : "");
    return { kind: "multiplexerOptional", node: m.node, label: `"${m.key}"`, names: `${shown} (${m.values.length} actions, ${m.optionalFields} optional fields)` };
}
/**
 * `required` written beside `parameters` / `input_schema` instead of inside it: the API ignores it (or rejects the
 * unknown key), and the model treats every field as optional.
 */
function strayRequired(analysis, tool, schema, parts) {
    const property = tool.holder && (0, ast_1.findProperty)(tool.holder, "required");
    if (!property || !typescript_1.default.isPropertyAssignment(property))
        return;
    if (!(0, values_1.resolveArrayLiteral)(analysis.index, property.initializer))
        return;
    const into = (0, values_1.resolveObjectLiteral)(analysis.index, schema);
    const movable = into && into.getSourceFile() === property.getSourceFile() && !(0, ast_1.findProperty)(into, "required") && !into.properties.some((p) => typescript_1.default.isSpreadAssignment(p));
    parts.push({ kind: "requiredOutsideSchema", node: property.name, label: "the schema", ...(movable ? { move: { property, into } } : {}) });
}
function checkZod(analysis, node, parts, seen, depth) {
    if (depth > 12)
        return;
    const expr = (0, ast_1.unwrap)(node);
    if (seen.has(expr))
        return;
    seen.add(expr);
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(analysis.index, expr.text, expr);
        if (decl?.kind === "variable" && decl.init && !decl.path?.length)
            checkZod(analysis, decl.init, parts, seen, depth + 1);
        return;
    }
    if (typescript_1.default.isObjectLiteralExpression(expr)) {
        for (const prop of expr.properties) {
            const value = (0, ast_1.propertyValue)(prop);
            if (value)
                checkZod(analysis, value, parts, seen, depth + 1);
        }
        return;
    }
    if (!typescript_1.default.isCallExpression(expr))
        return;
    const callee = (0, ast_1.unwrap)(expr.expression);
    if (typescript_1.default.isIdentifier(callee)) {
        // Named imports: `import { any, looseObject } from "zod"`.
        const decl = (0, file_index_1.lookup)(analysis.index, callee.text, callee);
        if (decl?.kind === "import" && profile_types_1.ZOD_MODULES.includes(decl.module ?? "")) {
            if (decl.importName === "any" || decl.importName === "unknown")
                parts.push({ kind: "zodAny", node: expr, label: `z.${decl.importName}()` });
            else if (decl.importName === "looseObject")
                parts.push({ kind: "zodLooseObject", node: callee, label: "z.looseObject()" });
        }
    }
    if (typescript_1.default.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        const rootIsZod = (0, tools_1.zodRoot)(analysis, callee);
        if (rootIsZod && (method === "any" || method === "unknown") && typescript_1.default.isIdentifier((0, ast_1.unwrap)(callee.expression))) {
            parts.push({ kind: "zodAny", node: expr, label: `z.${method}()` });
        }
        else if (rootIsZod && (method === "passthrough" || method === "loose") && expr.arguments.length === 0) {
            parts.push({ kind: "zodPassthrough", node: callee.name, label: `.${method}()` });
        }
        else if (rootIsZod && method === "looseObject" && typescript_1.default.isIdentifier((0, ast_1.unwrap)(callee.expression))) {
            parts.push({ kind: "zodLooseObject", node: callee.name, label: "z.looseObject()" });
        }
        // The chain's receiver (z.object({...}).describe(...)) and the arguments (shapes, item types).
        checkZod(analysis, callee.expression, parts, seen, depth + 1);
    }
    for (const arg of expr.arguments)
        checkZod(analysis, arg, parts, seen, depth + 1);
}
function checkJson(analysis, node, parts, seen, requireClosed, depth, label, 
/** A variant (anyOf/oneOf/allOf) of a schema that has a type itself: it refines that type. */
typedByParent = false) {
    if (depth > 12)
        return;
    const obj = (0, values_1.resolveObjectLiteral)(analysis.index, node);
    if (!obj || seen.has(obj))
        return;
    seen.add(obj);
    if (obj.properties.some((p) => typescript_1.default.isSpreadAssignment(p)))
        return;
    const keys = new Set(obj.properties.map((p) => (0, ast_1.propertyNameText)(p.name)).filter((k) => !!k));
    const here = label ?? { node: anchorOf(obj), name: "the schema" };
    if (!SCHEMA_KEYWORDS.some((k) => keys.has(k))) {
        if (!typedByParent)
            parts.push({ kind: "jsonUntyped", node: here.node, label: here.name });
        return;
    }
    const types = typeNames((0, tools_1.valueOf)(obj, "type"));
    const isObject = types.includes("object") || keys.has("properties");
    const additional = (0, ast_1.findProperty)(obj, "additionalProperties");
    const additionalValue = (0, ast_1.propertyValue)(additional);
    if (isObject) {
        const closed = additionalValue !== undefined && (0, ast_1.unwrap)(additionalValue).kind === typescript_1.default.SyntaxKind.FalseKeyword;
        if (additional && additionalValue && ((0, ast_1.isTrueLiteral)(additionalValue) || (typescript_1.default.isObjectLiteralExpression((0, ast_1.unwrap)(additionalValue)) && (0, ast_1.unwrap)(additionalValue).properties.length === 0))) {
            parts.push({ kind: "jsonAdditionalTrue", node: additional, label: here.name });
        }
        else if (!keys.has("properties") && !closed && !additional) {
            // `{ type: "object" }` as the whole schema declares a tool that takes no arguments: nothing to invent into.
            if (label)
                parts.push({ kind: "jsonObjectNoProperties", node: here.node, label: here.name });
        }
        else if (requireClosed && !closed && !additional) {
            parts.push({ kind: "jsonMissingAdditionalFalse", node: here.node, label: here.name, object: obj });
        }
    }
    const properties = (0, values_1.resolveObjectLiteral)(analysis.index, (0, tools_1.valueOf)(obj, "properties"));
    const unknown = properties && requiredUnknownNames(analysis, obj, properties, keys);
    if (unknown?.length) {
        parts.push({ kind: "requiredUnknown", node: (0, ast_1.findProperty)(obj, "required").name ?? obj, label: here.name, names: unknown.map((n) => `"${n}"`).join(", ") });
    }
    if (properties) {
        for (const prop of properties.properties) {
            const value = (0, ast_1.propertyValue)(prop);
            const name = (0, ast_1.propertyNameText)(prop.name);
            if (value && name !== undefined)
                checkJson(analysis, value, parts, seen, requireClosed, depth + 1, { node: prop.name ?? prop, name: `"${name}"` });
        }
    }
    const items = (0, tools_1.valueOf)(obj, "items");
    if (items)
        checkJson(analysis, items, parts, seen, requireClosed, depth + 1, { node: (0, ast_1.findProperty)(obj, "items").name ?? obj, name: `the items of ${here.name}` });
    for (const key of ["anyOf", "oneOf", "allOf"]) {
        const list = (0, values_1.resolveArrayLiteral)(analysis.index, (0, tools_1.valueOf)(obj, key));
        const parentTyped = keys.has("type") || keys.has("enum") || keys.has("const") || keys.has("$ref");
        if (list)
            for (const el of list.elements)
                checkJson(analysis, el, parts, seen, requireClosed, depth + 1, { node: el, name: `a variant (${key}) of ${here.name}` }, parentTyped);
    }
    if (additionalValue && typescript_1.default.isObjectLiteralExpression((0, ast_1.unwrap)(additionalValue)) && (0, ast_1.unwrap)(additionalValue).properties.length > 0) {
        checkJson(analysis, additionalValue, parts, seen, requireClosed, depth + 1, { node: additional.name ?? additional, name: `the values of ${here.name}` });
    }
}
/**
 * Where to report a problem of a whole schema object: the key or const name that holds it (`parameters`,
 * `input_schema`, `const params`), or the wrapping call's name (`jsonSchema`); else the object itself.
 */
function anchorOf(obj) {
    let node = obj;
    while (node.parent &&
        (typescript_1.default.isParenthesizedExpression(node.parent) || typescript_1.default.isAsExpression(node.parent) || typescript_1.default.isSatisfiesExpression(node.parent) || typescript_1.default.isTypeAssertionExpression(node.parent))) {
        node = node.parent;
    }
    const parent = node.parent;
    if (parent && typescript_1.default.isPropertyAssignment(parent) && parent.initializer === node)
        return parent.name;
    if (parent && typescript_1.default.isVariableDeclaration(parent) && parent.initializer === node && typescript_1.default.isIdentifier(parent.name))
        return parent.name;
    if (parent && typescript_1.default.isCallExpression(parent) && parent.arguments[0] === node) {
        const callee = (0, ast_1.unwrap)(parent.expression);
        return typescript_1.default.isPropertyAccessExpression(callee) ? callee.name : callee;
    }
    return obj;
}
/**
 * The names `required` lists that `properties` does not declare (typos, renamed fields): the model is told to send
 * a field that does not exist, and the one it names stays optional. Only when the object declares all its keys.
 */
function requiredUnknownNames(analysis, obj, properties, keys) {
    if (["anyOf", "oneOf", "allOf", "$ref", "patternProperties", "dependentSchemas", "if"].some((k) => keys.has(k)))
        return undefined;
    const additional = (0, tools_1.valueOf)(obj, "additionalProperties");
    if (additional && additional.kind !== typescript_1.default.SyntaxKind.FalseKeyword)
        return undefined;
    const list = (0, values_1.resolveArrayLiteral)(analysis.index, (0, tools_1.valueOf)(obj, "required"));
    if (!list)
        return undefined;
    const declared = new Set();
    for (const prop of properties.properties) {
        if (typescript_1.default.isSpreadAssignment(prop))
            return undefined;
        const name = (0, ast_1.propertyNameText)(prop.name);
        if (name === undefined)
            return undefined;
        declared.add(name);
    }
    const missing = [];
    for (const el of list.elements) {
        const e = (0, ast_1.unwrap)(el);
        if (!typescript_1.default.isStringLiteralLike(e))
            return undefined;
        if (!declared.has(e.text) && !missing.includes(e.text))
            missing.push(e.text);
    }
    return missing;
}
//# sourceMappingURL=tool-schemas.js.map