"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.undescribedParamsOf = undescribedParamsOf;
const typescript_1 = __importDefault(require("typescript"));
const values_1 = require("../syntax/values");
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const profile_types_1 = require("../sdk/profile-types");
const tool_schemas_1 = require("./tool-schemas");
const tools_1 = require("./tools");
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
function undescribedParamsOf(analysis, tool) {
    const out = [];
    const root = (0, tool_schemas_1.schemaRootOf)(analysis, tool);
    if (!root)
        return out;
    const seen = new Set();
    if (root.kind === "shape")
        zodShape(analysis, root.node, out, seen, 0);
    else if (root.kind === "zod")
        zodObject(analysis, root.node, out, seen, 0);
    else
        jsonObject(analysis, root.node, out, seen, 0);
    return out;
}
/** A zod call chain: its first call's name (when zod) and the names of the methods after it. */
function zodChain(analysis, node) {
    const methods = [];
    let expr = (0, ast_1.unwrap)(node);
    for (;;) {
        if (!typescript_1.default.isCallExpression(expr))
            return { methods };
        const callee = (0, ast_1.unwrap)(expr.expression);
        if (typescript_1.default.isIdentifier(callee)) {
            // Named imports: `import { string } from "zod"`.
            const decl = (0, file_index_1.lookup)(analysis.index, callee.text, callee);
            const base = decl?.kind === "import" && profile_types_1.ZOD_MODULES.includes(decl.module ?? "") ? decl.importName : undefined;
            return { ...(base ? { base, baseCall: expr } : {}), methods };
        }
        if (!typescript_1.default.isPropertyAccessExpression(callee))
            return { methods };
        const receiver = (0, ast_1.unwrap)(callee.expression);
        // `z.string()`, `z.coerce.number()`: the receiver is zod itself.
        const onZod = (typescript_1.default.isIdentifier(receiver) || (typescript_1.default.isPropertyAccessExpression(receiver) && receiver.name.text === "coerce")) && (0, tools_1.zodRoot)(analysis, callee);
        if (onZod && !typescript_1.default.isCallExpression(receiver))
            return { base: callee.name.text, baseCall: expr, methods };
        methods.push(callee.name.text);
        expr = receiver;
    }
}
function zodField(analysis, value, name, key, label, out, seen, depth) {
    if (depth > 8)
        return;
    const expr = (0, ast_1.unwrap)(value);
    if (typescript_1.default.isIdentifier(expr)) {
        // A field schema through a const of the file: judged there only if it is inline in the shape.
        return;
    }
    const { base, baseCall, methods } = zodChain(analysis, expr);
    if (!base || !baseCall)
        return;
    // zod 3 also takes the description as a parameter: `z.string({ description: "..." })`.
    const params = ZOD_FREE.has(base) ? (0, values_1.resolveObjectLiteral)(analysis.index, baseCall.arguments[0]) : undefined;
    const described = methods.some((m) => ZOD_DESCRIBING.has(m)) || (!!params && (0, tools_1.valueOf)(params, "description") !== undefined);
    if (ZOD_FREE.has(base)) {
        if (!described)
            out.push({ node: name, label, name: key, type: base === "int" ? "integer" : base, zodField: expr });
        return;
    }
    if (described)
        return;
    if (base === "object" || base === "strictObject")
        zodObject(analysis, expr, out, seen, depth + 1);
    else if (base === "array" && baseCall.arguments[0])
        zodField(analysis, baseCall.arguments[0], name, key, `the items of ${label}`, out, seen, depth + 1);
}
/** A zod object schema (a chain from `z.object({...})`, or a const holding one): its shape's fields. */
function zodObject(analysis, node, out, seen, depth) {
    if (depth > 8)
        return;
    let expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(analysis.index, expr.text, expr);
        if (decl?.kind !== "variable" || !decl.init || decl.path?.length)
            return;
        expr = (0, ast_1.unwrap)(decl.init);
    }
    const { base, baseCall } = zodChain(analysis, expr);
    if ((base !== "object" && base !== "strictObject") || !baseCall)
        return;
    const shape = (0, values_1.resolveObjectLiteral)(analysis.index, baseCall.arguments[0]);
    if (shape)
        zodShape(analysis, shape, out, seen, depth + 1);
}
function zodShape(analysis, shape, out, seen, depth) {
    if (seen.has(shape))
        return;
    seen.add(shape);
    for (const prop of shape.properties) {
        if (!typescript_1.default.isPropertyAssignment(prop))
            continue;
        const name = (0, ast_1.propertyNameText)(prop.name);
        if (name === undefined)
            continue;
        zodField(analysis, prop.initializer, prop.name, name, `"${name}"`, out, seen, depth);
    }
}
function jsonObject(analysis, node, out, seen, depth) {
    if (depth > 8)
        return;
    const obj = (0, values_1.resolveObjectLiteral)(analysis.index, node);
    if (!obj || seen.has(obj))
        return;
    seen.add(obj);
    const properties = (0, values_1.resolveObjectLiteral)(analysis.index, (0, tools_1.valueOf)(obj, "properties"));
    if (!properties)
        return;
    for (const prop of properties.properties) {
        if (!typescript_1.default.isPropertyAssignment(prop))
            continue;
        const name = (0, ast_1.propertyNameText)(prop.name);
        if (name === undefined)
            continue;
        jsonField(analysis, prop.initializer, prop.name, name, `"${name}"`, out, seen, depth + 1);
    }
}
function jsonField(analysis, value, name, key, label, out, seen, depth) {
    if (depth > 8)
        return;
    const field = (0, ast_1.unwrap)(value);
    // Only fields written inline: a shared const is a definition of its own.
    if (!typescript_1.default.isObjectLiteralExpression(field) || seen.has(field))
        return;
    if (field.properties.some((p) => typescript_1.default.isSpreadAssignment(p) || !p.name || (0, ast_1.propertyNameText)(p.name) === undefined))
        return;
    const keys = new Set(field.properties.map((p) => (0, ast_1.propertyNameText)(p.name)));
    const types = (0, tool_schemas_1.typeNames)((0, tools_1.valueOf)(field, "type")).filter((t) => t !== "null");
    const described = JSON_DESCRIBING.some((k) => keys.has(k));
    if (types.length === 1 && JSON_FREE.has(types[0])) {
        if (!described)
            out.push({ node: name, label, name: key, type: types[0], jsonField: field });
        return;
    }
    if (described)
        return;
    if (types.includes("object") || keys.has("properties"))
        jsonObject(analysis, field, out, seen, depth + 1);
    else if (types.includes("array")) {
        const items = (0, tools_1.valueOf)(field, "items");
        if (items)
            jsonField(analysis, items, name, key, `the items of ${label}`, out, seen, depth + 1);
    }
}
//# sourceMappingURL=tool-descriptions.js.map