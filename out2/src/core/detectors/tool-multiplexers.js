"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.zodMultiplexer = zodMultiplexer;
exports.jsonMultiplexer = jsonMultiplexer;
const typescript_1 = __importDefault(require("typescript"));
const values_1 = require("../syntax/values");
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const tools_1 = require("./tools");
const DISCRIMINATORS = new Set(["action", "operation", "command", "op"]);
const MIN_VALUES = 2;
const MIN_OPTIONAL = 2;
function zodChain(analysis, node, depth = 0) {
    if (depth > 6)
        return undefined;
    let expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(analysis.index, expr.text, expr);
        if (decl?.kind !== "variable" || !decl.init || decl.path?.length || decl.mutable)
            return undefined;
        return zodChain(analysis, decl.init, depth + 1);
    }
    const methods = [];
    for (;;) {
        if (!typescript_1.default.isCallExpression(expr))
            return undefined;
        const callee = (0, ast_1.unwrap)(expr.expression);
        if (!typescript_1.default.isPropertyAccessExpression(callee))
            return undefined;
        const receiver = (0, ast_1.unwrap)(callee.expression);
        if (typescript_1.default.isIdentifier(receiver)) {
            // `z.enum([...])`; or a const holding a zod schema (`Kind.optional()` with `const Kind = z.enum([...])`).
            if (!(0, tools_1.zodRoot)(analysis, callee))
                return undefined;
            const inner = zodChain(analysis, receiver, depth + 1);
            if (inner)
                return { ...inner, methods: [...inner.methods, callee.name.text, ...methods.reverse()] };
            return { base: callee.name.text, baseCall: expr, methods: methods.reverse() };
        }
        methods.push(callee.name.text);
        expr = receiver;
    }
}
const OPTIONAL_METHODS = new Set(["optional", "nullish", "default", "prefault", "catch"]);
const REFINEMENTS = new Set(["refine", "superRefine", "check", "transform", "pipe", "and"]);
function isOptionalZod(chain) {
    return chain.base === "optional" || chain.methods.some((m) => OPTIONAL_METHODS.has(m));
}
/** The literal values of `z.enum(["a", "b"])` (inline or a const array), when the chain keeps it required. */
function zodEnumValues(analysis, chain) {
    if (chain.base !== "enum" || isOptionalZod(chain))
        return undefined;
    return literalStrings(analysis, chain.baseCall.arguments[0]);
}
function literalStrings(analysis, node) {
    const list = (0, values_1.resolveArrayLiteral)(analysis.index, node);
    if (!list)
        return undefined;
    const values = [];
    for (const el of list.elements) {
        const e = (0, ast_1.unwrap)(el);
        if (!typescript_1.default.isStringLiteralLike(e))
            return undefined;
        values.push(e.text);
    }
    return values;
}
/** The multiplexer shape of a zod raw shape or `z.object({...})` (the tool's root), if it has it. */
function zodMultiplexer(analysis, root, rawShape) {
    let shape;
    if (rawShape) {
        shape = (0, values_1.resolveObjectLiteral)(analysis.index, root);
    }
    else {
        const chain = zodChain(analysis, root);
        if (!chain || (chain.base !== "object" && chain.base !== "strictObject"))
            return undefined;
        if (chain.methods.some((m) => REFINEMENTS.has(m) || m === "extend" || m === "merge" || OPTIONAL_METHODS.has(m)))
            return undefined;
        shape = (0, values_1.resolveObjectLiteral)(analysis.index, chain.baseCall.arguments[0]);
    }
    if (!shape || shape.properties.some((p) => !typescript_1.default.isPropertyAssignment(p) && !typescript_1.default.isShorthandPropertyAssignment(p)))
        return undefined;
    let found;
    let optional = 0;
    for (const prop of shape.properties) {
        const name = (0, ast_1.propertyNameText)(prop.name);
        const value = (0, ast_1.propertyValue)(prop);
        if (name === undefined || !value)
            return undefined;
        const chain = zodChain(analysis, value);
        if (!chain)
            return undefined; // a field we cannot read may be required
        const values = !found && DISCRIMINATORS.has(name) ? zodEnumValues(analysis, chain) : undefined;
        if (values) {
            if (values.length < MIN_VALUES)
                return undefined;
            found = { node: prop.name, key: name, values, optionalFields: 0 };
            continue;
        }
        if (!isOptionalZod(chain))
            return undefined; // a field every action needs: not the clear shape
        optional++;
    }
    return found && optional >= MIN_OPTIONAL ? { ...found, optionalFields: optional } : undefined;
}
const CONDITIONAL_KEYWORDS = ["anyOf", "oneOf", "allOf", "if", "then", "dependentRequired", "dependentSchemas", "dependencies", "not", "$ref"];
/** The multiplexer shape of a JSON schema object (the tool's root), if it has it. */
function jsonMultiplexer(analysis, root) {
    const obj = (0, values_1.resolveObjectLiteral)(analysis.index, root);
    if (!obj || obj.properties.some((p) => typescript_1.default.isSpreadAssignment(p)))
        return undefined;
    if (CONDITIONAL_KEYWORDS.some((k) => (0, ast_1.findProperty)(obj, k)))
        return undefined;
    const properties = (0, values_1.resolveObjectLiteral)(analysis.index, (0, tools_1.valueOf)(obj, "properties"));
    if (!properties || properties.properties.some((p) => typescript_1.default.isSpreadAssignment(p)))
        return undefined;
    const requiredProp = (0, ast_1.findProperty)(obj, "required");
    let required = [];
    if (requiredProp) {
        const list = literalStrings(analysis, (0, ast_1.propertyValue)(requiredProp));
        if (!list)
            return undefined;
        required = list;
    }
    let found;
    let others = 0;
    for (const prop of properties.properties) {
        const name = (0, ast_1.propertyNameText)(prop.name);
        if (name === undefined)
            return undefined;
        if (!found && DISCRIMINATORS.has(name)) {
            const schema = (0, values_1.resolveObjectLiteral)(analysis.index, (0, ast_1.propertyValue)(prop));
            const values = schema && literalStrings(analysis, (0, tools_1.valueOf)(schema, "enum"));
            if (values && values.length >= MIN_VALUES) {
                found = { node: prop.name, key: name, values, optionalFields: 0 };
                continue;
            }
        }
        if (required.includes(name))
            return undefined;
        others++;
    }
    // Nothing required but (at most) the discriminator.
    const key = found?.key;
    return found && others >= MIN_OPTIONAL && required.every((r) => r === key) ? { ...found, optionalFields: others } : undefined;
}
//# sourceMappingURL=tool-multiplexers.js.map