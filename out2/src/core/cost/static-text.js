"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_TEXT = void 0;
exports.resolveText = resolveText;
exports.resolveMessages = resolveMessages;
exports.literalJson = literalJson;
const typescript_1 = __importDefault(require("typescript"));
const values_1 = require("../syntax/values");
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const MAX_DEPTH = 10;
/** The most text kept for one resolved expression; the rest is counted as `omitted` characters. */
exports.MAX_TEXT = 100_000;
/** Consts resolved within consts within ... this deep at most (a cycle stops at its first repeat). */
const MAX_CONST_CHAIN = 32;
const UNRESOLVED = { text: "", unresolved: 1 };
const contexts = new WeakMap();
function contextFor(index) {
    let ctx = contexts.get(index);
    if (!ctx) {
        ctx = { consts: new Map(), chain: 0 };
        contexts.set(index, ctx);
    }
    return ctx;
}
/** Joins parts, keeping at most MAX_TEXT characters; what is beyond is counted in `omitted`. */
function join(parts, separator = "") {
    const kept = [];
    let length = 0;
    let unresolved = 0;
    let omitted = 0;
    parts.forEach((p, i) => {
        unresolved += p.unresolved;
        omitted += p.omitted ?? 0;
        const piece = i > 0 && separator ? separator + p.text : p.text;
        const room = exports.MAX_TEXT - length;
        if (piece.length <= room) {
            kept.push(piece);
            length += piece.length;
        }
        else {
            if (room > 0)
                kept.push(piece.slice(0, room));
            length += Math.max(0, room);
            omitted += piece.length - Math.max(0, room);
        }
    });
    return { text: kept.join(""), unresolved, ...(omitted ? { omitted } : {}) };
}
function literal(text) {
    return text.length <= exports.MAX_TEXT ? { text, unresolved: 0 } : { text: text.slice(0, exports.MAX_TEXT), unresolved: 0, omitted: text.length - exports.MAX_TEXT };
}
/**
 * The text an expression evaluates to, as far as it can be read statically: string literals, template literal
 * parts, consts of the file, concatenations, `[...].join(sep)`, content-part arrays. Anything else is one
 * unresolved part (counted with a stated assumption, never silently as zero). Each const is resolved once per file
 * and at most MAX_TEXT characters are kept, so consts that repeat consts cost time linear in the file.
 */
function resolveText(index, node, depth = 0) {
    if (!node || depth > MAX_DEPTH)
        return UNRESOLVED;
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isStringLiteralLike(expr))
        return literal(expr.text);
    if (typescript_1.default.isNumericLiteral(expr))
        return literal(expr.text);
    if (typescript_1.default.isTemplateExpression(expr)) {
        const parts = [{ text: expr.head.text, unresolved: 0 }];
        for (const span of expr.templateSpans) {
            parts.push(resolveText(index, span.expression, depth + 1), { text: span.literal.text, unresolved: 0 });
        }
        return join(parts);
    }
    if (typescript_1.default.isBinaryExpression(expr) && expr.operatorToken.kind === typescript_1.default.SyntaxKind.PlusToken) {
        // A chain of `+` is read as one list of terms (a 1,500-term concatenation is 1,500 levels deep).
        return join(plusTerms(expr).map((term) => resolveText(index, term, depth + 1)));
    }
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(index, expr.text, expr);
        if (decl?.kind === "variable" && !decl.mutable && decl.init && !decl.path?.length)
            return constText(index, decl.init);
        return UNRESOLVED;
    }
    if (typescript_1.default.isCallExpression(expr) && typescript_1.default.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "join") {
        const list = (0, values_1.resolveArrayLiteral)(index, expr.expression.expression);
        if (list) {
            const sep = expr.arguments[0] ? resolveText(index, expr.arguments[0], depth + 1) : { text: ",", unresolved: 0 };
            return join(list.elements.map((e) => resolveText(index, e, depth + 1)), sep.text);
        }
    }
    if (typescript_1.default.isArrayLiteralExpression(expr)) {
        // Content parts: [{ type: "text", text: "..." }, { type: "image", ... }]
        return join(expr.elements.map((e) => contentPart(index, e, depth + 1)), "\n");
    }
    if (typescript_1.default.isObjectLiteralExpression(expr))
        return contentPart(index, expr, depth + 1);
    return UNRESOLVED;
}
/** The text of a const's initializer, computed once per file; a const being computed (a cycle) is unresolved. */
function constText(index, init) {
    const ctx = contextFor((0, file_index_1.indexFor)(index, init));
    const known = ctx.consts.get(init);
    if (known)
        return known;
    if (ctx.chain >= MAX_CONST_CHAIN)
        return UNRESOLVED;
    ctx.consts.set(init, UNRESOLVED);
    ctx.chain++;
    try {
        const text = resolveText(index, init, 1);
        ctx.consts.set(init, text);
        return text;
    }
    finally {
        ctx.chain--;
    }
}
/** The terms of a chain of `+` (`a + b + c` is `(a + b) + c`), in order, without recursion. */
function plusTerms(expr) {
    const terms = [];
    const stack = [expr];
    while (stack.length) {
        const e = (0, ast_1.unwrap)(stack.pop());
        if (typescript_1.default.isBinaryExpression(e) && e.operatorToken.kind === typescript_1.default.SyntaxKind.PlusToken)
            stack.push(e.right, e.left);
        else
            terms.push(e);
    }
    return terms;
}
function contentPart(index, node, depth) {
    const obj = (0, values_1.resolveObjectLiteral)(index, node);
    if (!obj)
        return resolveText(index, node, depth);
    for (const key of ["text", "content", "input_text", "parts"]) {
        const value = (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, key));
        if (value)
            return resolveText(index, value, depth + 1);
    }
    return UNRESOLVED;
}
/** A messages array literal (or const): its messages, and how many elements could not be read. */
function resolveMessages(index, node) {
    const list = (0, values_1.resolveArrayLiteral)(index, node);
    if (!list)
        return undefined;
    const messages = [];
    let unresolvedElements = 0;
    const spreads = [];
    for (const element of list.elements) {
        if (typescript_1.default.isSpreadElement(element)) {
            spreads.push(element.expression);
            continue;
        }
        const langchain = langchainMessage(index, element);
        if (langchain) {
            messages.push(langchain);
            continue;
        }
        const obj = (0, values_1.resolveObjectLiteral)(index, element);
        if (!obj) {
            unresolvedElements++;
            continue;
        }
        const item = responsesItem(index, obj);
        if (item) {
            messages.push(item);
            continue;
        }
        const roleValue = (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "role"));
        const role = roleValue && typescript_1.default.isStringLiteralLike((0, ast_1.unwrap)(roleValue)) ? (0, ast_1.unwrap)(roleValue).text : "user";
        const contentValue = (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "content")) ?? (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "parts"));
        const functionCall = callOf(index, (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "function_call")));
        const toolCalls = toolCallsOf(index, (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "tool_calls")));
        // An assistant message with calls often has `content: null`: no text, not an unreadable part.
        const noText = contentValue === undefined || (0, ast_1.unwrap)(contentValue).kind === typescript_1.default.SyntaxKind.NullKeyword;
        const content = noText && (functionCall || toolCalls) ? { text: "", unresolved: 0 } : resolveText(index, contentValue);
        const name = literalString((0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "name")));
        messages.push({ role, content, ...(name ? { name } : {}), ...(functionCall ? { functionCall } : {}), ...(toolCalls ? { toolCalls } : {}) });
    }
    return { messages, unresolvedElements, spreads };
}
function literalString(node) {
    const value = node && (0, ast_1.unwrap)(node);
    return value && typescript_1.default.isStringLiteralLike(value) ? value.text : undefined;
}
/** `{ name, arguments }` (a legacy function_call, or the `function` of a tool call). */
function callOf(index, node) {
    const obj = node && (0, values_1.resolveObjectLiteral)(index, node);
    if (!obj)
        return undefined;
    const name = literalString((0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "name")));
    if (name === undefined)
        return undefined;
    return { name, arguments: resolveText(index, (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "arguments"))) };
}
/** `tool_calls: [{ id, type: "function", function: { name, arguments } }]`. */
function toolCallsOf(index, node) {
    const list = node && (0, values_1.resolveArrayLiteral)(index, node);
    if (!list)
        return undefined;
    const calls = [];
    for (const element of list.elements) {
        const obj = (0, values_1.resolveObjectLiteral)(index, element);
        const call = obj ? callOf(index, (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "function"))) : undefined;
        calls.push(call ?? { name: "", arguments: { text: "", unresolved: 1 } });
    }
    return calls;
}
/** Responses API input items that are not messages: `function_call` (a call the model made) and its output. */
function responsesItem(index, obj) {
    const type = literalString((0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "type")));
    if (type === "function_call") {
        const call = callOf(index, obj);
        return call ? { role: "assistant", content: { text: "", unresolved: 0 }, functionCall: call } : undefined;
    }
    if (type === "function_call_output")
        return { role: "tool", content: resolveText(index, (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "output"))) };
    return undefined;
}
/** LangChain message classes and the role each sends as. */
const LANGCHAIN_MESSAGE_ROLES = {
    SystemMessage: "system",
    HumanMessage: "user",
    AIMessage: "assistant",
    ToolMessage: "tool",
    FunctionMessage: "function",
};
/** Roles of LangChain's [role, content] tuples. */
const TUPLE_ROLES = { system: "system", human: "user", user: "user", ai: "assistant", assistant: "assistant", developer: "developer" };
/** A LangChain message: `new HumanMessage("...")`, `new SystemMessage({ content })`, `["human", "..."]`, a bare string. */
function langchainMessage(index, node) {
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isNewExpression(expr) && typescript_1.default.isIdentifier(expr.expression)) {
        const role = LANGCHAIN_MESSAGE_ROLES[expr.expression.text.replace(/Chunk$/, "")];
        if (!role)
            return undefined;
        const arg = expr.arguments?.[0];
        const obj = arg && !typescript_1.default.isStringLiteralLike((0, ast_1.unwrap)(arg)) ? (0, values_1.resolveObjectLiteral)(index, arg) : undefined;
        return { role, content: resolveText(index, obj ? (0, ast_1.propertyValue)((0, ast_1.findProperty)(obj, "content")) : arg) };
    }
    if (typescript_1.default.isArrayLiteralExpression(expr) && expr.elements.length === 2) {
        const first = (0, ast_1.unwrap)(expr.elements[0]);
        const role = typescript_1.default.isStringLiteralLike(first) ? TUPLE_ROLES[first.text] : undefined;
        if (role)
            return { role, content: resolveText(index, expr.elements[1]) };
    }
    if (typescript_1.default.isStringLiteralLike(expr) || typescript_1.default.isTemplateExpression(expr))
        return { role: "user", content: resolveText(index, expr) };
    return undefined;
}
const MAX_JSON_NODES = 20_000;
const MAX_JSON_CHARS = 1_000_000;
/**
 * A JSON value written as an object/array literal (a JSON-schema tool definition), with `unknown` for parts that
 * cannot be read. Consts are followed; `Type.OBJECT` enum members become their lower-case names.
 */
function literalJson(index, node, depth = 0, budget = { nodes: MAX_JSON_NODES, chars: MAX_JSON_CHARS }) {
    // A const object used many times in one used many times ...: at most so many nodes and characters are read.
    if (!node || depth > MAX_DEPTH || --budget.nodes < 0 || budget.chars < 0)
        return { value: undefined, unresolved: 1 };
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isStringLiteralLike(expr)) {
        budget.chars -= expr.text.length;
        return { value: expr.text, unresolved: 0 };
    }
    if (typescript_1.default.isNumericLiteral(expr))
        return { value: Number(expr.text), unresolved: 0 };
    if (expr.kind === typescript_1.default.SyntaxKind.TrueKeyword)
        return { value: true, unresolved: 0 };
    if (expr.kind === typescript_1.default.SyntaxKind.FalseKeyword)
        return { value: false, unresolved: 0 };
    if (expr.kind === typescript_1.default.SyntaxKind.NullKeyword)
        return { value: null, unresolved: 0 };
    if (typescript_1.default.isPropertyAccessExpression(expr) && /^(Type|SchemaType)$/.test(expr.expression.getText(index.sourceFile))) {
        return { value: expr.name.text.toLowerCase(), unresolved: 0 };
    }
    if (typescript_1.default.isArrayLiteralExpression(expr)) {
        let unresolved = 0;
        const value = expr.elements.map((e) => {
            const r = literalJson(index, e, depth + 1, budget);
            unresolved += r.unresolved;
            return r.value;
        });
        return { value, unresolved };
    }
    if (typescript_1.default.isObjectLiteralExpression(expr)) {
        let unresolved = 0;
        const value = {};
        for (const prop of expr.properties) {
            if (typescript_1.default.isSpreadAssignment(prop)) {
                unresolved++;
                continue;
            }
            const key = (0, ast_1.propertyNameText)(prop.name);
            const v = (0, ast_1.propertyValue)(prop);
            if (key === undefined || !v)
                continue;
            const r = literalJson(index, v, depth + 1, budget);
            unresolved += r.unresolved;
            if (r.value !== undefined)
                value[key] = r.value;
        }
        return { value, unresolved };
    }
    if (typescript_1.default.isIdentifier(expr) || typescript_1.default.isTemplateExpression(expr) || typescript_1.default.isBinaryExpression(expr)) {
        const text = resolveText(index, expr, depth + 1);
        if (text.unresolved === 0 && !text.omitted) {
            budget.chars -= text.text.length;
            return { value: text.text, unresolved: 0 };
        }
        const obj = (0, values_1.resolveObjectLiteral)(index, expr) ?? (0, values_1.resolveArrayLiteral)(index, expr);
        if (obj)
            return literalJson(index, obj, depth + 1, budget);
    }
    return { value: undefined, unresolved: 1 };
}
//# sourceMappingURL=static-text.js.map