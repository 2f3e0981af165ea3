"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isTextRequest = isTextRequest;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const options_1 = require("../syntax/options");
const values_1 = require("../syntax/values");
const patternCache = new Map();
function pattern(source) {
    let re = patternCache.get(source);
    if (!re)
        patternCache.set(source, (re = new RegExp(source, "i")));
    return re;
}
/** The name of the function a body is built by: `createBodyImage(p)`, `this.bodies.image(p)`, or a const holding such a call. */
function builderName(index, expr, depth = 0) {
    const e = (0, ast_1.unwrap)(expr);
    if (typescript_1.default.isIdentifier(e) && depth < 4) {
        const decl = (0, file_index_1.lookup)(index, e.text, e);
        return decl?.kind === "variable" && decl.init && !decl.path?.length ? builderName(index, decl.init, depth + 1) : undefined;
    }
    if (!typescript_1.default.isCallExpression(e))
        return undefined;
    const callee = (0, ast_1.unwrap)(e.expression);
    if (typescript_1.default.isIdentifier(callee))
        return callee.text;
    if (typescript_1.default.isPropertyAccessExpression(callee))
        return callee.name.text;
    return undefined;
}
function present(index, options, key) {
    const found = (0, options_1.lookupKey)(index, options, key);
    return found.state === "present" ? (found.value ?? true) : undefined;
}
/**
 * Whether a request to an endpoint that also serves non-text models (profile.textRequest) is a text generation:
 * not when its model id names a non-text model, its options carry a non-text key, or its body is built by an
 * image (or embedding) helper; when the profile lists text shapes, only when the options have one of them.
 */
function isTextRequest(index, profile, options, call, urlModel) {
    const rule = profile.textRequest;
    if (!rule)
        return true;
    if (rule.otherModels?.length || rule.textModels?.length) {
        const arg = profile.modelArg !== undefined ? call.arguments?.[profile.modelArg] : undefined;
        const value = arg ?? (profile.model ? present(index, options, profile.model) : undefined);
        // The model an HTTP request names in its URL (`/ai/run/@cf/meta/llama-3.1-8b-instruct`).
        const id = urlModel ?? (value && value !== true ? (0, values_1.staticString)(index, value) : undefined);
        if (id !== undefined && rule.otherModels?.some((m) => pattern(m).test(id)))
            return false;
        if (id !== undefined && rule.textModels?.some((m) => pattern(m).test(id)))
            return true;
    }
    if (rule.otherKeys?.some((key) => present(index, options, key) !== undefined))
        return false;
    if (rule.otherBuilders && rule.bodyKey) {
        const body = present(index, options, rule.bodyKey);
        const name = body && body !== true ? builderName(index, body) : undefined;
        if (name !== undefined && pattern(rule.otherBuilders).test(name))
            return false;
    }
    if (rule.shapes)
        return rule.shapes.some((shape) => shape.every((key) => present(index, options, key) !== undefined));
    return true;
}
//# sourceMappingURL=text-request.js.map