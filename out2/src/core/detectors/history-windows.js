"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRIM_NAME = exports.WHOLE = exports.CONVERTERS = void 0;
exports.calleeName = calleeName;
exports.keepsWhole = keepsWhole;
exports.shortens = shortens;
exports.referenceKey = referenceKey;
exports.mapGetContainer = mapGetContainer;
exports.keyedContainer = keyedContainer;
exports.wholeSources = wholeSources;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
/** Functions that convert a conversation without shortening it. */
exports.CONVERTERS = new Set([
    "convertToModelMessages",
    "convertToCoreMessages",
    "convertToUIMessages",
    "toModelMessages",
    "toUIMessages",
    "convertMessages",
    "mapMessages",
    "formatMessages",
    "toOpenAIMessages",
    "toAnthropicMessages",
    "mapStoredMessagesToChatMessages",
]);
/** Array methods that return the whole array, or a copy of it that keeps every turn (`filter` drops a few, not the old ones). */
exports.WHOLE = new Set(["map", "concat", "flat", "flatMap", "toArray", "filter", "toReversed", "toSorted"]);
/** Functions whose name says they shorten a conversation: trimHistory, summarizeMessages, keepLast, fitToContext. */
exports.TRIM_NAME = /trim|window|summar|compact|prune|truncat|limit|recent|keep|last|shorten|condense|fit|budget|tail/i;
/** Array methods that return a part of an array (a `slice` only when its range is bounded: see `keepsWhole`). */
const PART = new Set(["slice", "splice", "at", "subarray"]);
/** The name of the function a call invokes: `trimHistory` in `trimHistory(h)`, `slice` in `h.slice(-8)`. */
function calleeName(call) {
    const callee = (0, ast_1.unwrap)(call.expression);
    if (typescript_1.default.isIdentifier(callee))
        return callee.text;
    if (typescript_1.default.isPropertyAccessExpression(callee))
        return callee.name.text;
    return undefined;
}
/** A number written as a literal: `3`, `-1`. */
function literalNumber(node) {
    const e = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isNumericLiteral(e))
        return Number(e.text);
    if (typescript_1.default.isPrefixUnaryExpression(e) && e.operator === typescript_1.default.SyntaxKind.MinusToken && typescript_1.default.isNumericLiteral(e.operand))
        return -Number(e.operand.text);
    return undefined;
}
/**
 * A method call that keeps the whole conversation: `h.map(...)`, `h.filter(...)`, and the slices that drop only its
 * ends, `h.slice()`, `h.slice(1)` (all but the first), `h.slice(0, -1)` (all but the last), `h.slice(1, h.length)`.
 * `h.slice(-8)`, `h.slice(h.length - 8)` and `h.slice(0, 10)` are windows.
 */
function keepsWhole(call) {
    const callee = (0, ast_1.unwrap)(call.expression);
    if (!typescript_1.default.isPropertyAccessExpression(callee))
        return false;
    const name = callee.name.text;
    if (exports.WHOLE.has(name))
        return true;
    if (name !== "slice")
        return false;
    const [start, end] = call.arguments;
    if (!start)
        return true;
    const from = literalNumber(start);
    if (from === undefined || from < 0)
        return false;
    if (!end)
        return true;
    const to = literalNumber(end);
    if (to !== undefined)
        return to < 0;
    // `h.slice(1, h.length)`, `h.slice(0, h.length - 1)`: up to the end, whatever the length.
    return typescript_1.default.isPropertyAccessExpression((0, ast_1.unwrap)(end)) ? (0, ast_1.unwrap)(end).name.text === "length" : isLengthMinusLiteral(end);
}
function isLengthMinusLiteral(node) {
    const e = (0, ast_1.unwrap)(node);
    return (typescript_1.default.isBinaryExpression(e) &&
        e.operatorToken.kind === typescript_1.default.SyntaxKind.MinusToken &&
        typescript_1.default.isPropertyAccessExpression((0, ast_1.unwrap)(e.left)) &&
        (0, ast_1.unwrap)(e.left).name.text === "length" &&
        literalNumber(e.right) !== undefined);
}
/** Whether an expression is a shortened copy of a conversation: `h.slice(-10)`, `trimHistory(h)`, `h.at(-1)`. */
function shortens(expr) {
    const e = (0, ast_1.unwrap)(expr);
    if (!typescript_1.default.isCallExpression(e))
        return false;
    const name = calleeName(e);
    if (!name)
        return false;
    const callee = (0, ast_1.unwrap)(e.expression);
    if (typescript_1.default.isPropertyAccessExpression(callee)) {
        // A whole-array method of a shortened copy: convertToModelMessages(h.slice(-8)), h.slice(-8).map(...).
        if (keepsWhole(e))
            return shortens(callee.expression);
        if (PART.has(name))
            return true;
    }
    if (exports.TRIM_NAME.test(name))
        return true;
    return e.arguments.some((a) => shortens(a));
}
/**
 * The text a reference is matched by, with every key elided: `this.history[user]` and `this.history.get(user)` give
 * `this.history[]`, `histories[chatId]` gives `histories[]`; `state.messages` gives itself. Undefined for anything else.
 */
function referenceKey(node, depth = 0) {
    if (depth > 8)
        return undefined;
    const e = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isIdentifier(e))
        return e.text;
    if (e.kind === typescript_1.default.SyntaxKind.ThisKeyword)
        return "this";
    if (typescript_1.default.isPropertyAccessExpression(e)) {
        const base = referenceKey(e.expression, depth + 1);
        return base === undefined ? undefined : `${base}.${e.name.text}`;
    }
    if (typescript_1.default.isElementAccessExpression(e)) {
        const base = referenceKey(e.expression, depth + 1);
        return base === undefined ? undefined : `${base}[]`;
    }
    const container = mapGetContainer(e);
    if (container) {
        const base = referenceKey(container, depth + 1);
        return base === undefined ? undefined : `${base}[]`;
    }
    return undefined;
}
/** `histories.get(chatId)`: the map it reads (`histories`). */
function mapGetContainer(e) {
    if (!typescript_1.default.isCallExpression(e) || e.arguments.length !== 1)
        return undefined;
    const callee = (0, ast_1.unwrap)(e.expression);
    return typescript_1.default.isPropertyAccessExpression(callee) && callee.name.text === "get" ? callee.expression : undefined;
}
/** The container a keyed reference reads: `this.history` in `this.history[user]`, `histories` in `histories.get(id)`. */
function keyedContainer(node) {
    const e = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isElementAccessExpression(e))
        return (0, ast_1.unwrap)(e.expression);
    const container = mapGetContainer(e);
    return container ? (0, ast_1.unwrap)(container) : undefined;
}
/**
 * The references a messages expression sends whole: `h`, `[...h, m]`, `h.concat(m)`, `convertToModelMessages(h)`,
 * `h.slice(1)`, `histories.get(id) ?? []`, the `messages` of a graph state (`agent.invoke({ messages: h })`), and calls
 * of the project's functions (`store.getHistory(id)`: what they return may be a history).
 */
function wholeSources(expr, out, depth = 0) {
    if (depth > 6)
        return;
    const e = (0, ast_1.unwrap)(expr);
    if (typescript_1.default.isIdentifier(e) ||
        typescript_1.default.isElementAccessExpression(e) ||
        (typescript_1.default.isPropertyAccessExpression(e) && !(typescript_1.default.isCallExpression(e.parent) && e.parent.expression === e))) {
        out.push(e);
        return;
    }
    if (typescript_1.default.isArrayLiteralExpression(e)) {
        for (const element of e.elements)
            if (typescript_1.default.isSpreadElement(element))
                wholeSources(element.expression, out, depth + 1);
        return;
    }
    if (typescript_1.default.isConditionalExpression(e)) {
        wholeSources(e.whenTrue, out, depth + 1);
        wholeSources(e.whenFalse, out, depth + 1);
        return;
    }
    // `histories.get(id) ?? []`, `this.history[user] || []`.
    if (typescript_1.default.isBinaryExpression(e) && (e.operatorToken.kind === typescript_1.default.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === typescript_1.default.SyntaxKind.BarBarToken)) {
        wholeSources(e.left, out, depth + 1);
        wholeSources(e.right, out, depth + 1);
        return;
    }
    if (typescript_1.default.isObjectLiteralExpression(e)) {
        for (const prop of e.properties) {
            if (typescript_1.default.isPropertyAssignment(prop) && typescript_1.default.isIdentifier(prop.name) && prop.name.text === "messages")
                wholeSources(prop.initializer, out, depth + 1);
            if (typescript_1.default.isShorthandPropertyAssignment(prop) && prop.name.text === "messages")
                out.push(prop.name);
        }
        return;
    }
    if (typescript_1.default.isCallExpression(e)) {
        const callee = (0, ast_1.unwrap)(e.expression);
        if (typescript_1.default.isIdentifier(callee) && exports.CONVERTERS.has(callee.text) && e.arguments[0])
            wholeSources(e.arguments[0], out, depth + 1);
        else if (mapGetContainer(e))
            out.push(e);
        else if (typescript_1.default.isPropertyAccessExpression(callee) && keepsWhole(e)) {
            wholeSources(callee.expression, out, depth + 1);
            if (callee.name.text === "concat")
                for (const a of e.arguments)
                    wholeSources(a, out, depth + 1);
        }
        else if ((typescript_1.default.isIdentifier(callee) || typescript_1.default.isPropertyAccessExpression(callee)) && !shortens(e))
            out.push(e);
    }
}
//# sourceMappingURL=history-windows.js.map