"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.carriedContext = carriedContext;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const options_1 = require("../syntax/options");
const constructions_1 = require("./constructions");
/** `reply.context`, `chunks[0].context`, `data["context"]`: the state key read from what a request returned. */
function readsKey(expr, key) {
    const e = (0, ast_1.unwrap)(expr);
    if (typescript_1.default.isPropertyAccessExpression(e))
        return e.name.text === key;
    return typescript_1.default.isElementAccessExpression(e) && typescript_1.default.isStringLiteralLike(e.argumentExpression) && e.argumentExpression.text === key;
}
/**
 * The conversation state a request sends back (the profile's `carriedContext`, Ollama's `context`: the tokens of the
 * whole conversation so far, which each reply returns longer): the variable sent under that key when the file sets it
 * from a reply's same key and keeps it for the next turn (declared outside the calling function, or stored in an
 * object: `chats[id].last = context`, `chats[id] = { last: context }`). Undefined otherwise: a context the file builds itself, or sends once.
 */
function carriedContext(analysis, site) {
    const key = site.profile.carriedContext;
    if (!key)
        return undefined;
    const { index } = analysis;
    const found = (0, options_1.lookupKey)(index, (0, constructions_1.optionsArgument)(site), key);
    if (found.state !== "present" || !found.value)
        return undefined;
    const ref = (0, ast_1.unwrap)(found.value);
    if (!typescript_1.default.isIdentifier(ref))
        return undefined;
    const decl = (0, file_index_1.lookup)(index, ref.text, ref);
    if (!decl || decl.kind !== "variable" || !decl.mutable || decl.path?.length)
        return undefined;
    const isRef = (e) => {
        const u = (0, ast_1.unwrap)(e);
        return typescript_1.default.isIdentifier(u) && u.text === ref.text && (0, file_index_1.lookup)(index, u.text, u)?.node === decl.node;
    };
    // `x`, or an object holding it (`chats[id] = { last: x }`).
    const holds = (e) => {
        const u = (0, ast_1.unwrap)(e);
        return isRef(u) || (typescript_1.default.isObjectLiteralExpression(u) && u.properties.some((p) => (typescript_1.default.isPropertyAssignment(p) && isRef(p.initializer)) || (typescript_1.default.isShorthandPropertyAssignment(p) && isRef(p.name))));
    };
    let fromReply = false;
    let stored = false;
    for (const assignment of index.assignments) {
        if (assignment.operatorToken.kind !== typescript_1.default.SyntaxKind.EqualsToken)
            continue;
        if (isRef(assignment.left) && readsKey(assignment.right, key))
            fromReply = true;
        const left = (0, ast_1.unwrap)(assignment.left);
        if ((typescript_1.default.isPropertyAccessExpression(left) || typescript_1.default.isElementAccessExpression(left)) && holds(assignment.right))
            stored = true;
    }
    const outlives = (0, ast_1.enclosingFunction)(decl.node) !== (0, ast_1.enclosingFunction)(site.node);
    return fromReply && (stored || outlives) ? ref : undefined;
}
//# sourceMappingURL=carried-context.js.map