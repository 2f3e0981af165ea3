"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.classifyKeyed = classifyKeyed;
exports.classifyReturned = classifyReturned;
exports.unboundedStoreQuery = unboundedStoreQuery;
exports.classifyStoredProperty = classifyStoredProperty;
exports.keptSession = keptSession;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const history_windows_1 = require("./history-windows");
/** `histories.get(id) ?? []`, `this.history[user] || []`: the reference read, without its fallback. */
function withoutFallback(node) {
    const e = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isBinaryExpression(e) && (e.operatorToken.kind === typescript_1.default.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === typescript_1.default.SyntaxKind.BarBarToken))
        return (0, ast_1.unwrap)(e.left);
    return e;
}
/** The key of a reference, following a const alias: `const h = histories.get(id) ?? []; h.push(m)` grows `histories[]`. */
function aliasKey(index, node) {
    const e = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isIdentifier(e)) {
        const decl = (0, file_index_1.lookup)(index, e.text, e);
        if (decl?.kind === "variable" && decl.init && !decl.path?.length) {
            const aliased = (0, history_windows_1.referenceKey)(withoutFallback(decl.init));
            if (aliased?.endsWith("[]"))
                return aliased;
        }
    }
    return (0, history_windows_1.referenceKey)(e);
}
/** A value that is the history plus more: `[...h, m]`, `h.concat(m)`, `[...(histories.get(id) ?? []), m]`. */
function extendsHistory(index, value, key) {
    const v = (0, ast_1.unwrap)(value);
    if (typescript_1.default.isArrayLiteralExpression(v))
        return v.elements.some((el) => typescript_1.default.isSpreadElement(el) && aliasKey(index, withoutFallback(el.expression)) === key);
    if (typescript_1.default.isCallExpression(v) && (0, history_windows_1.calleeName)(v) === "concat" && typescript_1.default.isPropertyAccessExpression((0, ast_1.unwrap)(v.expression))) {
        return aliasKey(index, withoutFallback((0, ast_1.unwrap)(v.expression).expression)) === key;
    }
    return typescript_1.default.isIdentifier(v) && aliasKey(index, v) === key && key.endsWith("[]");
}
/**
 * Whether the conversations under `key` grow within the scopes (push, unshift, `x[k] = [...x[k], m]`,
 * `map.set(k, [...])`) and are never shortened there (shift, splice, pop, reassigned to a window of themselves).
 */
function growsUntrimmed(key, scopes) {
    let grows = false;
    for (const { index, node } of scopes) {
        for (const call of index.calls) {
            if (!(0, ast_1.contains)(node, call))
                continue;
            const callee = (0, ast_1.unwrap)(call.expression);
            if (!typescript_1.default.isPropertyAccessExpression(callee))
                continue;
            const method = callee.name.text;
            if (method === "set" && call.arguments.length === 2 && `${(0, history_windows_1.referenceKey)(callee.expression)}[]` === key) {
                const value = call.arguments[1];
                if ((0, history_windows_1.shortens)(value))
                    return false;
                if (extendsHistory(index, value, key))
                    grows = true;
                continue;
            }
            if (aliasKey(index, callee.expression) !== key)
                continue;
            if (method === "push" || method === "unshift")
                grows = true;
            if (method === "shift" || method === "splice" || method === "pop")
                return false;
        }
        for (const assignment of index.assignments) {
            if (!(0, ast_1.contains)(node, assignment) || (0, history_windows_1.referenceKey)(assignment.left) !== key)
                continue;
            if ((0, history_windows_1.shortens)(assignment.right))
                return false;
            if (extendsHistory(index, assignment.right, key))
                grows = true;
        }
    }
    return grows;
}
/** A class and the classes it extends (in this file or another module of the project), each with its file's index. */
function classChain(index, tracer, cls) {
    const chain = [{ index, cls }];
    let current = { index, cls, tracer };
    for (let depth = 0; depth < 4; depth++) {
        const heritage = current.cls.heritageClauses?.find((h) => h.token === typescript_1.default.SyntaxKind.ExtendsKeyword)?.types[0];
        if (!heritage)
            break;
        const base = current.tracer.resolveLocal(heritage.expression);
        if (base?.kind !== "class" || chain.some((c) => c.cls === base.cls))
            break;
        current = { index: base.home.index, cls: base.cls, tracer: base.home };
        chain.push({ index: current.index, cls: current.cls });
    }
    return chain;
}
/**
 * A per-key conversation (`this.history[user]`, `histories.get(chatId)`, `store.chats[id]`) kept in a container that
 * outlives the call (a class field, a module-level or outer variable) and grown there. `plainField` also accepts
 * `this.messages` itself (for what a function of the project returns).
 */
function classifyKeyed(index, tracer, at, ref, outlives, plainField = false) {
    const key = (0, history_windows_1.referenceKey)(ref);
    if (!key)
        return undefined;
    let container = (0, history_windows_1.keyedContainer)(ref);
    if (!container && plainField && typescript_1.default.isPropertyAccessExpression((0, ast_1.unwrap)(ref)))
        container = (0, ast_1.unwrap)(ref);
    if (!container || !key.startsWith((0, history_windows_1.referenceKey)(container) ?? "\u0000"))
        return undefined;
    if (typescript_1.default.isPropertyAccessExpression(container) && container.expression.kind === typescript_1.default.SyntaxKind.ThisKeyword) {
        const cls = (0, file_index_1.thisClass)(container);
        if (!cls)
            return undefined;
        const chain = classChain(index, tracer, cls);
        const field = container.name.text;
        if (!chain.some((c) => c.index.classFields.get(c.cls)?.has(field)))
            return undefined;
        return growsUntrimmed(key, chain.map((c) => ({ index: c.index, node: c.cls }))) ? "keyed" : undefined;
    }
    if (!key.endsWith("[]"))
        return undefined;
    // `histories`, `store.chats`: a variable of the module, or of an outer function whose handler outlives its call.
    let root = container;
    while (typescript_1.default.isPropertyAccessExpression(root))
        root = (0, ast_1.unwrap)(root.expression);
    if (!typescript_1.default.isIdentifier(root))
        return undefined;
    const decl = (0, file_index_1.lookup)(index, root.text, root);
    if (!decl || decl.kind !== "variable")
        return undefined;
    const declFn = (0, ast_1.enclosingFunction)(decl.node);
    const callFn = (0, ast_1.enclosingFunction)(at);
    if (!callFn)
        return undefined;
    if (declFn && !(declFn !== callFn && (0, ast_1.contains)(declFn, callFn) && outlives(callFn, declFn)))
        return undefined;
    return growsUntrimmed(key, [{ index, node: declFn ?? index.sourceFile }]) ? "keyed" : undefined;
}
/**
 * A call of one of the project's functions (in this module or another) that returns a kept conversation:
 * `conversationManager.getHistory(id)` returning `this.chatHistories[id]?.map(...) || []`.
 */
function classifyReturned(tracer, call) {
    const local = tracer.resolveLocal(call.expression);
    if (local?.kind !== "function")
        return undefined;
    for (const value of local.home.returnsOf(local.fn)) {
        const sources = [];
        (0, history_windows_1.wholeSources)(value, sources);
        for (const source of sources) {
            if (typescript_1.default.isCallExpression(source) && !(0, history_windows_1.keyedContainer)(source))
                continue; // one function deep
            const kind = classifyKeyed(local.home.index, local.home, value, source, () => false, true);
            if (kind)
                return kind;
        }
    }
    return undefined;
}
/** Names a stored conversation goes by. */
const CONVERSATION = /message|chat|conversation|history|thread|dialog/i;
/** Words that bound a query: `take: 20`, `.limit(20)`, `last: 10`. */
const BOUNDED = /\b(take|limit|last|first|top|tail|max\w*)\b/i;
/**
 * A store read that returns every message of a conversation: `prisma.message.findMany({ where })` (no `take`),
 * `Message.find({ chatId }).sort(...)` (no `.limit()`), `db.select().from(messages).where(...)` (no `.limit()`),
 * `redis.lrange(key, 0, -1)`.
 */
function unboundedStoreQuery(call, sf) {
    // The outermost call of a query chain: `.where(...)`, `.sort(...)`, `.exec()`.
    const text = call.getText(sf);
    if (BOUNDED.test(text))
        return false;
    for (let e = call;;) {
        e = (0, ast_1.unwrap)(e);
        if (typescript_1.default.isCallExpression(e)) {
            const callee = (0, ast_1.unwrap)(e.expression);
            if (!typescript_1.default.isPropertyAccessExpression(callee))
                return false;
            const name = callee.name.text;
            const receiver = callee.expression.getText(sf);
            if (name === "lrange") {
                const [, start, end] = e.arguments;
                return !!start && !!end && /^0$/.test(start.getText(sf).trim()) && /^-\s*1$/.test(end.getText(sf).trim());
            }
            if ((name === "findMany" || name === "findAll") && CONVERSATION.test(receiver))
                return true;
            if (name === "find" && CONVERSATION.test(receiver) && !e.arguments.some((a) => typescript_1.default.isArrowFunction((0, ast_1.unwrap)(a)) || typescript_1.default.isFunctionExpression((0, ast_1.unwrap)(a))))
                return /^[A-Z]|\./.test(receiver);
            if (name === "from" && e.arguments.some((a) => CONVERSATION.test(a.getText(sf))))
                return true;
            e = callee.expression;
            continue;
        }
        return false;
    }
}
/** Store-read verbs: `db.get(user)`, `store.load(id)`, `repo.findOne(...)`. */
const READ_VERB = /^(get|load|fetch|read|find|retrieve|restore)\w*$/;
/** Property names of a conversation. */
const CONVERSATION_PROP = /^(messages|history|chatHistory|conversation|turns)$/;
/**
 * `db.get(user).messages`, `(await store.load(id)).history`: the conversation of a record read from a store; or
 * `session.messages`, `ctx.session.history` grown in this file: a session's conversation, kept across requests.
 */
function classifyStoredProperty(index, ref) {
    const e = (0, ast_1.unwrap)(ref);
    if (!typescript_1.default.isPropertyAccessExpression(e) || !CONVERSATION_PROP.test(e.name.text))
        return undefined;
    const base = (0, ast_1.unwrap)(e.expression);
    if (typescript_1.default.isCallExpression(base)) {
        const name = (0, history_windows_1.calleeName)(base);
        if (!name || !READ_VERB.test(name) || base.arguments.some((a) => BOUNDED.test(a.getText(index.sourceFile))))
            return undefined;
        return typescript_1.default.isPropertyAccessExpression((0, ast_1.unwrap)(base.expression)) ? "store" : undefined;
    }
    const key = (0, history_windows_1.referenceKey)(e);
    if (!key || !/(^|\.)session$/i.test((0, history_windows_1.referenceKey)(base) ?? ""))
        return undefined;
    return growsUntrimmed(key, [{ index, node: index.sourceFile }]) ? "session" : undefined;
}
/** Whether `node` runs every time its function runs: no `if`, `?:`, `&&`/`||`, loop or `catch` between them. */
function runsUnconditionally(node, fn) {
    for (let current = node.parent; current && current !== fn; current = current.parent) {
        if (typescript_1.default.isIfStatement(current) || typescript_1.default.isConditionalExpression(current) || typescript_1.default.isCatchClause(current) || typescript_1.default.isSwitchStatement(current))
            return false;
        if (typescript_1.default.isIterationStatement(current, false))
            return false;
        if (typescript_1.default.isBinaryExpression(current) && [typescript_1.default.SyntaxKind.AmpersandAmpersandToken, typescript_1.default.SyntaxKind.BarBarToken, typescript_1.default.SyntaxKind.QuestionQuestionToken].includes(current.operatorToken.kind))
            return false;
    }
    return true;
}
/** `options.threadId = threadId` in the calling function: the id read from a property is written back to it. */
function storedBack(index, property, local) {
    // Where the local lives (the call may sit in a callback of that function: `new Promise((resolve) => ...)`).
    const decl = (0, file_index_1.lookup)(index, local.text, local);
    const fn = decl && (0, ast_1.enclosingFunction)(decl.node);
    const key = typescript_1.default.isPropertyAccessExpression(property) ? (0, history_windows_1.referenceKey)(property) : undefined;
    if (!fn || !key)
        return false;
    return index.assignments.some((a) => {
        const right = (0, ast_1.unwrap)(a.right);
        return (0, ast_1.contains)(fn, a) && a.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsToken && (0, history_windows_1.referenceKey)(a.left) === key && typescript_1.default.isIdentifier(right) && right.text === local.text;
    });
}
/**
 * The receiver of a chat-session call (`chat.sendMessage(...)` of an SDK whose sessions re-send their history) when
 * the session is kept between calls: in a per-user map or record (`this.chats[user]`, `sessions.get(id)`) or a class
 * field (`this.chat`), stored there (`this.chats[user] = model.startChat()`), and not made anew before every call.
 */
function keptSession(index, tracer, call, sessionId) {
    const callee = (0, ast_1.unwrap)(call.expression);
    if (!typescript_1.default.isPropertyAccessExpression(callee))
        return undefined;
    // A session kept server side is named by its id (an Assistants thread id): whatever the file stores under a key
    // and reads back is that session; a session object must be stored as made (a call).
    const receiver = sessionId ? (0, ast_1.unwrap)(sessionId) : (0, ast_1.unwrap)(callee.expression);
    let session = receiver;
    /** `let chat = sessions[id]; if (!chat) { chat = model.startChat(); sessions[id] = chat; }`: the local stored back. */
    let local;
    if (typescript_1.default.isIdentifier(receiver)) {
        const decl = (0, file_index_1.lookup)(index, receiver.text, receiver);
        if (decl?.kind !== "variable" || decl.path?.length || !decl.init)
            return undefined;
        session = withoutFallback(decl.init);
        if (decl.mutable) {
            if (!(0, history_windows_1.keyedContainer)(session) && !(sessionId && storedBack(index, session, receiver)))
                return undefined;
            const fn = (0, ast_1.enclosingFunction)(call);
            // Replaced by a new session before every call: not a kept one.
            for (const assignment of index.assignments) {
                const left = (0, ast_1.unwrap)(assignment.left);
                if (!typescript_1.default.isIdentifier(left) || (0, file_index_1.lookup)(index, left.text, left) !== decl)
                    continue;
                if (fn && (0, ast_1.enclosingFunction)(assignment) === fn && assignment.pos < call.pos && runsUnconditionally(assignment, fn))
                    return undefined;
            }
            local = receiver;
        }
    }
    const key = (0, history_windows_1.referenceKey)(session);
    if (!key)
        return undefined;
    // `let threadId = options.threadId; ... options.threadId = threadId`: kept in the caller's object for the next call.
    if (local && sessionId && !(0, history_windows_1.keyedContainer)(session) && storedBack(index, session, local))
        return receiver;
    const container = (0, history_windows_1.keyedContainer)(session) ?? (typescript_1.default.isPropertyAccessExpression(session) ? session : undefined);
    if (!container || !typescript_1.default.isPropertyAccessExpression(container) || container.expression.kind !== typescript_1.default.SyntaxKind.ThisKeyword) {
        if (!container || !typescript_1.default.isIdentifier(container))
            return undefined;
        const decl = (0, file_index_1.lookup)(index, container.text, container);
        if (decl?.kind !== "variable" || (0, ast_1.enclosingFunction)(decl.node))
            return undefined;
    }
    const fn = (0, ast_1.enclosingFunction)(call);
    if (!fn)
        return undefined;
    const cls = (0, file_index_1.thisClass)(container);
    const scopes = cls && typescript_1.default.isPropertyAccessExpression(container) ? classChain(index, tracer, cls).map((c) => ({ index: c.index, node: c.cls })) : [{ index, node: index.sourceFile }];
    let stored = false;
    for (const scope of scopes) {
        for (const assignment of scope.index.assignments) {
            const right = (0, ast_1.unwrap)(assignment.right);
            const storedLocal = !!local && typescript_1.default.isIdentifier(right) && right.text === local.text;
            if (!(0, ast_1.contains)(scope.node, assignment) || (0, history_windows_1.referenceKey)(assignment.left) !== key || (!typescript_1.default.isCallExpression(right) && !storedLocal && !sessionId))
                continue;
            // Made anew in the calling function before every call: one session per call, not a kept one.
            // (`??=` and `||=` set it only when missing: kept.)
            const replaces = assignment.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsToken;
            if (replaces && (0, ast_1.enclosingFunction)(assignment) === fn && assignment.pos < call.pos && runsUnconditionally(assignment, fn))
                return undefined;
            stored = true;
        }
        for (const c of scope.index.calls) {
            const setter = (0, ast_1.unwrap)(c.expression);
            if (!(0, ast_1.contains)(scope.node, c) || !typescript_1.default.isPropertyAccessExpression(setter) || setter.name.text !== "set" || c.arguments.length !== 2)
                continue;
            const value = (0, ast_1.unwrap)(c.arguments[1]);
            if (`${(0, history_windows_1.referenceKey)(setter.expression)}[]` === key && (typescript_1.default.isCallExpression(value) || !!sessionId || (!!local && typescript_1.default.isIdentifier(value) && value.text === local.text)))
                stored = true;
        }
    }
    return stored ? receiver : undefined;
}
//# sourceMappingURL=history-stores.js.map