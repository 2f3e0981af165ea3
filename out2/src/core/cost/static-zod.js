"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.zodToJsonStatic = zodToJsonStatic;
const typescript_1 = __importDefault(require("typescript"));
const values_1 = require("../syntax/values");
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const static_text_1 = require("./static-text");
/**
 * The JSON schema a zod schema written in the file converts to, read statically (no code is run), for the
 * common builders: object, string, number, boolean, enum, literal, array, union, record, optional, nullable,
 * describe, and the refinements that add schema keywords. The target is zod 4's own conversion as the AI SDK
 * calls it (`z.toJSONSchema(schema, { io: "input" })`, without `$schema`): optional and defaulted keys are not
 * required, and unions of bare types become a type array (`{ type: ["string", "null"] }`).
 * Unknown parts give `{}` and count as unresolved.
 */
function zodToJsonStatic(index, node, depth = 0) {
    if (!node || depth > 12)
        return { schema: {}, unresolved: 1, optional: false };
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(index, expr.text, expr);
        if (decl?.kind === "variable" && decl.init && !decl.path?.length)
            return zodToJsonStatic(index, decl.init, depth + 1);
        return { schema: {}, unresolved: 1, optional: false };
    }
    if (typescript_1.default.isObjectLiteralExpression(expr))
        return objectShape(index, expr, depth);
    if (!typescript_1.default.isCallExpression(expr))
        return { schema: {}, unresolved: 1, optional: false };
    const callee = (0, ast_1.unwrap)(expr.expression);
    if (!typescript_1.default.isPropertyAccessExpression(callee))
        return { schema: {}, unresolved: 1, optional: false };
    const method = callee.name.text;
    const receiver = (0, ast_1.unwrap)(callee.expression);
    // `z.string()`: the receiver is the zod import (or an undeclared global); `base.optional()` is a method of a schema.
    const receiverDecl = typescript_1.default.isIdentifier(receiver) ? (0, file_index_1.lookup)(index, receiver.text, receiver) : undefined;
    const isRoot = typescript_1.default.isIdentifier(receiver) && (!receiverDecl || receiverDecl.kind === "import");
    const arg = expr.arguments[0];
    if (isRoot) {
        switch (method) {
            case "object":
            case "strictObject":
            case "looseObject": {
                const shape = arg && typescript_1.default.isObjectLiteralExpression((0, ast_1.unwrap)(arg))
                    ? objectShape(index, (0, ast_1.unwrap)(arg), depth)
                    : { schema: { type: "object" }, unresolved: arg ? 1 : 0, optional: false };
                if (method === "strictObject")
                    shape.schema.additionalProperties = false;
                if (method === "looseObject")
                    shape.schema.additionalProperties = {};
                return shape;
            }
            case "string":
            case "number":
            case "boolean":
            case "null":
                return { schema: { type: method }, unresolved: 0, optional: false };
            case "int":
                return { schema: { type: "integer" }, unresolved: 0, optional: false };
            case "bigint":
                return { schema: { type: "integer" }, unresolved: 0, optional: false };
            case "date":
                return { schema: { type: "string", format: "date-time" }, unresolved: 0, optional: false };
            case "email":
            case "url":
            case "uuid":
                return { schema: { type: "string", format: method }, unresolved: 0, optional: false };
            case "any":
            case "unknown":
                return { schema: {}, unresolved: 0, optional: false };
            case "enum": {
                const list = (0, values_1.resolveArrayLiteral)(index, arg);
                const values = list ? (0, static_text_1.literalJson)(index, list) : undefined;
                if (!values || values.unresolved || !Array.isArray(values.value) || values.value.length === 0)
                    return { schema: {}, unresolved: 1, optional: false };
                const all = (type) => values.value.every((v) => typeof v === type);
                return { schema: { ...(all("string") ? { type: "string" } : all("number") ? { type: "number" } : {}), enum: values.value }, unresolved: 0, optional: false };
            }
            case "literal": {
                const value = arg ? (0, static_text_1.literalJson)(index, arg) : undefined;
                const values = value && !value.unresolved ? (Array.isArray(value.value) ? value.value : [value.value]) : [];
                const typeOf = (v) => (v === null ? "null" : ["string", "number", "boolean"].includes(typeof v) ? typeof v : undefined);
                const types = values.map(typeOf);
                if (!values.length || types.includes(undefined))
                    return { schema: {}, unresolved: 1, optional: false };
                if (values.length === 1)
                    return { schema: { type: types[0], const: values[0] }, unresolved: 0, optional: false };
                return { schema: { ...(new Set(types).size === 1 ? { type: types[0] } : {}), enum: values }, unresolved: 0, optional: false };
            }
            case "array": {
                const items = zodToJsonStatic(index, arg, depth + 1);
                return { schema: { type: "array", items: items.schema }, unresolved: items.unresolved, optional: false };
            }
            case "record": {
                const key = expr.arguments.length > 1 ? zodToJsonStatic(index, expr.arguments[0], depth + 1) : undefined;
                const value = zodToJsonStatic(index, expr.arguments[expr.arguments.length - 1], depth + 1);
                return {
                    schema: { type: "object", ...(key ? { propertyNames: key.schema } : {}), additionalProperties: value.schema },
                    unresolved: value.unresolved + (key?.unresolved ?? 0),
                    optional: false,
                };
            }
            case "union":
            case "discriminatedUnion":
            case "xor": {
                const list = (0, values_1.resolveArrayLiteral)(index, expr.arguments[method === "discriminatedUnion" ? 1 : 0]);
                const options = list ? list.elements.map((e) => zodToJsonStatic(index, e, depth + 1)) : [];
                const unresolved = options.reduce((n, o) => n + o.unresolved, options.length ? 0 : 1);
                // Discriminated unions and xor are exclusive: oneOf (never compacted to a type array).
                const schema = method === "union" ? anyOf(options.map((o) => o.schema)) : { oneOf: options.map((o) => o.schema) };
                return { schema, unresolved, optional: false };
            }
            default:
                return { schema: {}, unresolved: 1, optional: false };
        }
    }
    // Methods on a schema: modifiers keep the inner schema and add keywords.
    const inner = zodToJsonStatic(index, receiver, depth + 1);
    switch (method) {
        case "optional":
            return { ...inner, optional: true };
        case "nullish":
            return { ...inner, optional: true, schema: anyOf([inner.schema, { type: "null" }]) };
        case "default": {
            const value = arg ? (0, static_text_1.literalJson)(index, arg) : undefined;
            return { ...inner, optional: true, schema: value && !value.unresolved && value.value !== undefined ? { default: value.value, ...inner.schema } : { ...inner.schema } };
        }
        case "nullable":
            return { ...inner, schema: anyOf([inner.schema, { type: "null" }]) };
        case "array":
            return { schema: { type: "array", items: inner.schema }, unresolved: inner.unresolved, optional: false };
        case "or": {
            const other = zodToJsonStatic(index, arg, depth + 1);
            return { schema: anyOf([inner.schema, other.schema]), unresolved: inner.unresolved + other.unresolved, optional: false };
        }
        case "describe":
            return { ...inner, schema: { ...inner.schema, description: arg ? (0, static_text_1.resolveText)(index, arg).text : "" } };
        case "min":
        case "max":
        case "length": {
            const n = arg && typescript_1.default.isNumericLiteral((0, ast_1.unwrap)(arg)) ? Number((0, ast_1.unwrap)(arg).text) : undefined;
            const type = inner.schema.type;
            const kind = type === "string" ? "Length" : type === "array" ? "Items" : undefined;
            const keys = kind ? (method === "length" ? [`min${kind}`, `max${kind}`] : [`${method}${kind}`]) : [method === "max" ? "maximum" : "minimum"];
            return n === undefined ? inner : { ...inner, schema: { ...inner.schema, ...Object.fromEntries(keys.map((k) => [k, n])) } };
        }
        case "int":
            return { ...inner, schema: { ...inner.schema, type: "integer" } };
        case "email":
        case "url":
        case "uuid":
        case "datetime":
            return { ...inner, schema: { ...inner.schema, format: method === "datetime" ? "date-time" : method } };
        case "strict":
            return { ...inner, schema: { ...inner.schema, additionalProperties: false } };
        default:
            // Refinements, transforms, brands: the schema as sent is the inner one.
            return inner;
    }
}
/**
 * `anyOf` of the options, written as zod writes it: options that are all bare type assertions (`{ type: "string" }`)
 * become one type array (`{ type: ["string", "null"] }`).
 */
function anyOf(options) {
    const types = [];
    for (const option of options) {
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return { anyOf: options };
        for (const t of Array.isArray(option.type) ? option.type : [option.type]) {
            if (typeof t !== "string")
                return { anyOf: options };
            if (!types.includes(t))
                types.push(t);
        }
    }
    if (types.length === 0)
        return { anyOf: options };
    return { type: types.length === 1 ? types[0] : types };
}
function objectShape(index, obj, depth) {
    const properties = {};
    const required = [];
    let unresolved = 0;
    for (const prop of obj.properties) {
        const key = (0, ast_1.propertyNameText)(prop.name);
        const value = (0, ast_1.propertyValue)(prop);
        if (key === undefined || !value) {
            unresolved++;
            continue;
        }
        const converted = zodToJsonStatic(index, value, depth + 1);
        properties[key] = converted.schema;
        unresolved += converted.unresolved;
        if (!converted.optional)
            required.push(key);
    }
    return { schema: { type: "object", properties, ...(required.length ? { required } : {}) }, unresolved, optional: false };
}
//# sourceMappingURL=static-zod.js.map