"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.findFullHistoryUses = findFullHistoryUses;
const node_path_1 = __importDefault(require("node:path"));
const typescript_1 = __importDefault(require("typescript"));
const values_1 = require("../syntax/values");
const ast_1 = require("../syntax/ast");
const agent_loops_1 = require("./agent-loops");
const analysis_1 = require("./analysis");
const constructions_1 = require("./constructions");
const file_index_1 = require("../syntax/file-index");
const loops_1 = require("./loops");
const options_1 = require("../syntax/options");
const conversation_1 = require("./conversation");
const reactive_state_1 = require("../sdk/reactive-state");
const history_windows_1 = require("./history-windows");
const carried_context_1 = require("./carried-context");
const history_stores_1 = require("./history-stores");
const endpoint_clients_1 = require("../project/endpoint-clients");
const own_endpoints_1 = require("./own-endpoints");
/** Array methods that shorten an array in place. */
const SHRINKS = new Set(["shift", "splice", "pop"]);
/**
 * A store read by name: a verb, then (in the same word) a conversation noun: `getMessagesByChatId`, `loadHistory`.
 * A scan (verb, then the noun after it) rather than one regex of verb, word characters and noun, which backtracks quadratically on a
 * long word of verbs.
 */
function isStoreRead(text) {
    for (const word of text.match(/\w+/g) ?? []) {
        const lower = word.toLowerCase();
        let end = -1;
        for (const verb of STORE_VERBS) {
            const at = lower.indexOf(verb);
            if (at !== -1 && (end === -1 || at + verb.length < end))
                end = at + verb.length;
        }
        if (end !== -1 && STORE_NOUN.test(lower.slice(end)))
            return true;
    }
    return false;
}
const STORE_VERBS = ["get", "load", "fetch", "read", "find", "retrieve", "restore"];
const STORE_NOUN = /history|messages|conversation|chat|thread|session|memory/;
/** A store read that asks for a window of the conversation: `getMessages({ chatId, limit: 20 })`. */
const WINDOWED_READ = /\b(limit|last|take|recent|window|max\w*|count|tail|top)\b/i;
/**
 * How an assignment to a history changes it: grows it, shortens it (a window of it), resets it (a new conversation),
 * or neither that we can tell.
 */
function assignmentEffect(right, text, sf) {
    const r = (0, ast_1.unwrap)(right);
    if (typescript_1.default.isArrayLiteralExpression(r)) {
        const spreads = r.elements.filter(typescript_1.default.isSpreadElement).map((el) => (0, ast_1.unwrap)(el.expression));
        if (spreads.some((s) => s.getText(sf) === text))
            return "grows";
        // `[system, ...h.slice(-8)]` is a window; `[]` or `[systemMessage]` a new conversation.
        return spreads.some((s) => (0, history_windows_1.shortens)(s)) ? "shrinks" : "resets";
    }
    if (typescript_1.default.isCallExpression(r)) {
        const callee = (0, ast_1.unwrap)(r.expression);
        if (typescript_1.default.isPropertyAccessExpression(callee) && callee.name.text === "concat") {
            if ((0, history_windows_1.shortens)(callee.expression))
                return "shrinks";
            const parts = [callee.expression, ...r.arguments].map((p) => (0, ast_1.unwrap)(p).getText(sf));
            return parts.includes(text) ? "grows" : "resets";
        }
        if ((0, history_windows_1.shortens)(r))
            return "shrinks";
        // @openai/agents: `thread = result.toInputList()` is the whole run's history.
        if (typescript_1.default.isPropertyAccessExpression(callee) && callee.name.text === "toInputList")
            return "grows";
        return undefined;
    }
    // @openai/agents: `thread = result.history` is the thread plus the run's new items.
    if (typescript_1.default.isPropertyAccessExpression(r) && r.name.text === "history")
        return "grows";
    return undefined;
}
/** An assignment made while constructing the object: `this.messages = []` in the constructor is its first value, not a reset. */
function initializes(assignment) {
    const fn = (0, ast_1.enclosingFunction)(assignment);
    return !!fn && typescript_1.default.isConstructorDeclaration(fn) && (0, ast_1.unwrap)(assignment.left).kind === typescript_1.default.SyntaxKind.PropertyAccessExpression;
}
const GROWS = new Set(["push", "unshift"]);
const changesCache = new WeakMap();
/** One pass over the file's calls and assignments, so each call's question costs only the changes of its history. */
function arrayChanges(analysis) {
    let changes = changesCache.get(analysis);
    if (changes)
        return changes;
    const { index } = analysis;
    const sf = index.sourceFile;
    changes = { calls: new Map(), assignments: new Map() };
    for (const call of index.calls) {
        const callee = (0, ast_1.unwrap)(call.expression);
        if (!typescript_1.default.isPropertyAccessExpression(callee))
            continue;
        const method = callee.name.text;
        if (!SHRINKS.has(method) && !GROWS.has(method))
            continue;
        const text = (0, ast_1.unwrap)(callee.expression).getText(sf);
        const list = changes.calls.get(text);
        if (list)
            list.push({ call, method });
        else
            changes.calls.set(text, [{ call, method }]);
    }
    for (const assignment of index.assignments) {
        const text = (0, ast_1.unwrap)(assignment.left).getText(sf);
        const list = changes.assignments.get(text);
        if (list)
            list.push(assignment);
        else
            changes.assignments.set(text, [assignment]);
    }
    changesCache.set(analysis, changes);
    return changes;
}
/**
 * Whether a history is shortened within `within`: shift/splice/pop, `h.length = 0`, reassigned to a window of itself,
 * or reset to a new array before the call in the function making it (then it does not outlive the call). A reset
 * elsewhere (`clear() { this.messages = [] }`) starts a new conversation, which grows as the last one did.
 */
function trimmed(analysis, text, within, call) {
    const sf = analysis.index.sourceFile;
    const changes = arrayChanges(analysis);
    for (const c of changes.calls.get(text) ?? []) {
        if (SHRINKS.has(c.method) && (0, ast_1.contains)(within, c.call))
            return true;
    }
    const callFn = (0, ast_1.enclosingFunction)(call);
    const resetsFirst = (assignment) => (0, ast_1.enclosingFunction)(assignment) === callFn && assignment.pos < call.pos;
    // `h.length = 0` empties it: like `h = []`, a reset.
    for (const assignment of changes.assignments.get(`${text}.length`) ?? []) {
        if ((0, ast_1.contains)(within, assignment) && resetsFirst(assignment))
            return true;
    }
    for (const assignment of changes.assignments.get(text) ?? []) {
        if (!(0, ast_1.contains)(within, assignment) || initializes(assignment))
            continue;
        const effect = assignmentEffect(assignment.right, text, sf);
        if (effect === "shrinks")
            return true;
        if (effect === "resets" && resetsFirst(assignment))
            return true;
    }
    return false;
}
/** Whether an array reference grows between calls somewhere within `within`, and is never trimmed. */
function growsUntrimmed(analysis, text, within, call) {
    if (trimmed(analysis, text, within, call))
        return false;
    const sf = analysis.index.sourceFile;
    const changes = arrayChanges(analysis);
    for (const c of changes.calls.get(text) ?? []) {
        if (GROWS.has(c.method) && (0, ast_1.contains)(within, c.call))
            return true;
    }
    for (const assignment of changes.assignments.get(text) ?? []) {
        if ((0, ast_1.contains)(within, assignment) && assignmentEffect(assignment.right, text, sf) === "grows")
            return true;
    }
    return false;
}
/** A cut of a kept array: `h.splice(0, n)`, `h.shift()`, `h.length = n`, `h.slice(-n)`. */
const TRIMS_KEPT = /\.(?:splice|shift)\(|\.length\s*=[^=]|\.slice\(\s*-/;
/**
 * A store of the project that windows what it keeps: the read is a method of a class (here or in another module)
 * one of whose methods cuts a kept array (`truncateHistory()` splicing the oldest turns off after each add). The
 * window is applied when the history is written, so what is read is already bounded.
 */
function storeKeepsWindow(analysis, read) {
    const local = analysis.tracer.resolveLocal(read.expression);
    if (local?.kind !== "function")
        return false;
    const cls = local.fn.parent;
    if (!cls || !typescript_1.default.isClassLike(cls))
        return false;
    return TRIMS_KEPT.test(cls.getText(local.fn.getSourceFile()));
}
/** A parameter that holds an HTTP request: `req`, `request`, `{ request }`, or one typed `Request`/`NextRequest`. */
function isRequestParameter(decl, name, sf) {
    if (decl.kind !== "parameter")
        return false;
    if (/^(req|request)$/i.test(name))
        return true;
    if (name === "event" && isServerlessHandler(decl.node.parent))
        return true;
    const type = decl.type?.getText(sf);
    return !!type && /Request\b/.test(type) && !/Response/.test(type);
}
/**
 * A serverless function's handler, whose first parameter is the HTTP event (Netlify functions, AWS Lambda behind an
 * HTTP API): `exports.handler = async function (event)`, `export const handler = async (event) => ...`,
 * `export async function handler(event)`.
 */
function isServerlessHandler(fn) {
    if (!fn || !(0, ast_1.isFunctionLike)(fn))
        return false;
    if (typescript_1.default.isFunctionDeclaration(fn))
        return fn.name?.text === "handler";
    const parent = fn.parent;
    if (typescript_1.default.isVariableDeclaration(parent))
        return typescript_1.default.isIdentifier(parent.name) && parent.name.text === "handler";
    if (typescript_1.default.isBinaryExpression(parent) && parent.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsToken && parent.right === fn) {
        return typescript_1.default.isPropertyAccessExpression(parent.left) && parent.left.name.text === "handler";
    }
    return false;
}
/** The request a body is read from: `req`, `request`, `c.req`, `ctx.request`. */
function isRequest(analysis, base) {
    const root = (0, ast_1.unwrap)(base);
    if (typescript_1.default.isIdentifier(root)) {
        const rootDecl = (0, file_index_1.lookup)(analysis.index, root.text, root);
        return !!rootDecl && isRequestParameter(rootDecl, root.text, analysis.index.sourceFile);
    }
    if (typescript_1.default.isPropertyAccessExpression(root))
        return /^(\w+\.)?req(uest)?$/.test(root.getText(analysis.index.sourceFile));
    return false;
}
/**
 * Whether a route handler's `messages` can be taken for a client's whole conversation: the project has a web chat
 * client that posts it whole (the AI SDK's `useChat` with no reshaped request). A client that trims before posting, or
 * one we cannot see (another repository, a mobile app, a proxy's callers), leaves the handler unjudged: the window may
 * be on the other side of HTTP.
 */
function postedWhole(analysis, call) {
    const file = node_path_1.default.resolve(analysis.index.sourceFile.fileName);
    const clients = analysis.project?.chatClients(file);
    if (!clients)
        return false;
    // The app's own client code that posts to this route (matched by path): whole only when every such post is.
    const keys = [...(0, endpoint_clients_1.routeKeysOfPath)(node_path_1.default.relative(clients.root, file)), ...(0, own_endpoints_1.registeredRouteKeys)(call)];
    const posts = keys.length ? clients.posts.filter((p) => keys.some((k) => (0, endpoint_clients_1.postMatches)(p.endpoint, k, clients.netlifyClient))) : [];
    if (posts.length)
        return posts.every((p) => p.whole);
    return clients.whole.length > 0;
}
/** `await req.json()`, `req.body`: the parsed body of a request. */
function isRequestBodyExpression(analysis, expr, depth = 0) {
    const e = (0, ast_1.unwrap)(expr);
    // `const body = await req.json(); const { messages } = body;`
    if (typescript_1.default.isIdentifier(e) && depth < 4) {
        const decl = (0, file_index_1.lookup)(analysis.index, e.text, e);
        return !!decl && decl.kind === "variable" && !decl.path?.length && !!decl.init && isRequestBodyExpression(analysis, decl.init, depth + 1);
    }
    if (typescript_1.default.isCallExpression(e) && typescript_1.default.isPropertyAccessExpression(e.expression) && e.expression.name.text === "json")
        return isRequest(analysis, e.expression.expression);
    // `JSON.parse(event.body)`: a serverless function's body, a string.
    if (typescript_1.default.isCallExpression(e) && typescript_1.default.isPropertyAccessExpression(e.expression) && e.expression.name.text === "parse" && e.expression.expression.getText(analysis.index.sourceFile) === "JSON" && e.arguments[0]) {
        return isRequestBodyExpression(analysis, e.arguments[0], depth + 1);
    }
    if (typescript_1.default.isPropertyAccessExpression(e) && e.name.text === "body")
        return isRequest(analysis, e.expression);
    return false;
}
/** `const { messages } = await req.json()`, `const body = req.body`. */
function isRequestBody(decl, analysis) {
    return !!decl.init && isRequestBodyExpression(analysis, decl.init);
}
/**
 * Calls that keep a function to run later, once per event: route handlers (`app.post`), listeners (`ws.on`), timers,
 * tool and command registrations. A function passed to any other call (`items.map(f)`, `pRetry(() => ...)`,
 * `createUIMessageStream({ execute })`) is taken to run within the call that creates it.
 */
const REGISTERS = /^(on|once|addListener|addEventListener|prependListener|subscribe|post|get|put|patch|delete|del|all|use|route|handle|handler|listen|command|action|hears|setInterval|setTimeout|setImmediate|schedule|tool|registerTool|createServer)$/;
function registers(call) {
    const name = typescript_1.default.isCallExpression(call) ? (0, history_windows_1.calleeName)(call) : undefined;
    return !!name && REGISTERS.test(name);
}
/** Whether a function value escapes the call of its enclosing function: returned, registered, stored in an object that is. */
function escapes(analysis, fn, declFn) {
    const { index } = analysis;
    let value = fn;
    let parent = value.parent;
    // An immediately invoked function runs now.
    if (typescript_1.default.isParenthesizedExpression(parent) && typescript_1.default.isCallExpression(parent.parent) && parent.parent.expression === parent)
        return false;
    // A member of an object literal: the object is what escapes or not.
    if (typescript_1.default.isMethodDeclaration(fn) && typescript_1.default.isObjectLiteralExpression(parent))
        value = parent;
    else if (typescript_1.default.isPropertyAssignment(parent) && typescript_1.default.isObjectLiteralExpression(parent.parent))
        value = parent.parent;
    parent = value.parent;
    if ((typescript_1.default.isCallExpression(parent) || typescript_1.default.isNewExpression(parent)) && parent.arguments?.includes(value))
        return registers(parent);
    // A named local function: escapes when used other than by calling it, or when passed to a registration.
    const name = typescript_1.default.isFunctionDeclaration(fn) && fn.name
        ? fn.name
        : (typescript_1.default.isArrowFunction(fn) || typescript_1.default.isFunctionExpression(fn)) && typescript_1.default.isVariableDeclaration(parent) && typescript_1.default.isIdentifier(parent.name)
            ? parent.name
            : undefined;
    if (!name)
        return true;
    const decl = (0, file_index_1.lookup)(index, name.text, name);
    for (const use of referencesTo(name.text, declFn)) {
        if (use === name || (0, file_index_1.lookup)(index, name.text, use) !== decl)
            continue;
        const p = use.parent;
        if (typescript_1.default.isCallExpression(p) && p.expression === use)
            continue;
        if ((typescript_1.default.isCallExpression(p) || typescript_1.default.isNewExpression(p)) && p.arguments?.includes(use)) {
            if (registers(p))
                return true;
            continue;
        }
        return true;
    }
    return false;
}
/**
 * Whether the function making the call outlives the call of the function that declares the history: a route
 * handler or event callback registered there, or a function returned from it. A local helper called there, or a
 * callback of `items.map(...)`, runs within that one call: its arrays are local to one task.
 */
function outlivesDeclaringCall(analysis, callFn, declFn) {
    for (let fn = callFn; fn && fn !== declFn; fn = (0, ast_1.enclosingFunction)(fn)) {
        if (escapes(analysis, fn, declFn))
            return true;
    }
    return false;
}
/** Identifiers named `name` within a scope. */
function referencesTo(name, scope) {
    const found = [];
    (0, ast_1.walk)(scope, (n) => {
        if (typescript_1.default.isIdentifier(n) && n.text === name) {
            const parent = n.parent;
            // Property names (`x.name`, `{ name: 1 }`) are not references; shorthand `{ name }` is.
            if (!(typescript_1.default.isPropertyAccessExpression(parent) && parent.name === n) && !(typescript_1.default.isPropertyAssignment(parent) && parent.name === n))
                found.push(n);
        }
    });
    return found;
}
/** Classifies a reference as a conversation history that outlives the call and grows. */
function classify(analysis, call, ref) {
    const { index } = analysis;
    const sf = index.sourceFile;
    const callFn = (0, ast_1.enclosingFunction)(call);
    if (typescript_1.default.isElementAccessExpression(ref) || typescript_1.default.isCallExpression(ref)) {
        const outlives = (fn, declFn) => outlivesDeclaringCall(analysis, fn, declFn);
        const keyed = (0, history_stores_1.classifyKeyed)(index, analysis.tracer, call, ref, outlives);
        if (keyed || typescript_1.default.isElementAccessExpression(ref))
            return keyed;
        return (0, history_stores_1.classifyReturned)(analysis.tracer, ref);
    }
    if (typescript_1.default.isPropertyAccessExpression(ref) && ref.expression.kind === typescript_1.default.SyntaxKind.ThisKeyword) {
        const cls = (0, file_index_1.thisClass)(ref);
        if (!cls || !index.classFields.get(cls)?.has(ref.name.text))
            return undefined;
        return growsUntrimmed(analysis, ref.getText(sf), cls, call) ? "field" : undefined;
    }
    if (typescript_1.default.isPropertyAccessExpression(ref) && ref.name.text === "messages") {
        // `req.body.messages`, `(await req.json()).messages`.
        if (isRequestBodyExpression(analysis, ref.expression))
            return postedWhole(analysis, call) ? "request" : undefined;
        // `body.messages` where body is a request body.
        const decl = typescript_1.default.isIdentifier(ref.expression) ? (0, file_index_1.lookup)(index, ref.expression.text, ref.expression) : undefined;
        if (decl && !decl.path?.length && isRequestBody(decl, analysis)) {
            return trimmed(analysis, ref.getText(sf), (0, ast_1.enclosingFunction)(decl.node) ?? sf, call) || !postedWhole(analysis, call) ? undefined : "request";
        }
    }
    let decl;
    if (typescript_1.default.isPropertyAccessExpression(ref)) {
        // `messages.value` of `const messages = ref([])`: the boxed array, changed and sent by that text.
        decl = boxedArray(analysis, ref);
        if (!decl)
            return (0, history_stores_1.classifyStoredProperty)(index, ref);
    }
    else if (typescript_1.default.isIdentifier(ref)) {
        decl = (0, file_index_1.lookup)(index, ref.text, ref);
    }
    if (!decl || decl.kind !== "variable")
        return undefined;
    const declFn = (0, ast_1.enclosingFunction)(decl.node);
    const scopeText = typescript_1.default.isIdentifier(ref) ? ref.text : ref.getText(sf);
    if (decl.path?.length === 1 && decl.path[0] === "messages" && isRequestBody(decl, analysis)) {
        return trimmed(analysis, scopeText, declFn ?? sf, call) || !postedWhole(analysis, call) ? undefined : "request";
    }
    if (decl.init && (!decl.path?.length || (decl.path.length === 1 && decl.path[0] === "messages"))) {
        // `await getMessagesByChatId(id)`, `const { messages } = (await store.loadChat(id)) ?? { messages: [] }`.
        let init = (0, ast_1.unwrap)(decl.init);
        if (typescript_1.default.isBinaryExpression(init) && (init.operatorToken.kind === typescript_1.default.SyntaxKind.QuestionQuestionToken || init.operatorToken.kind === typescript_1.default.SyntaxKind.BarBarToken))
            init = (0, ast_1.unwrap)(init.left);
        if (typescript_1.default.isCallExpression(init) && (isStoreRead(init.expression.getText(sf)) || (0, history_stores_1.unboundedStoreQuery)(init, sf))) {
            if (init.arguments.some((a) => WINDOWED_READ.test(a.getText(sf))) || storeKeepsWindow(analysis, init))
                return undefined;
            return trimmed(analysis, scopeText, declFn ?? sf, call) ? undefined : "store";
        }
    }
    if (!declFn && callFn) {
        return growsUntrimmed(analysis, scopeText, sf, call) ? "module" : undefined;
    }
    if (declFn && callFn && declFn !== callFn && (0, ast_1.contains)(declFn, callFn) && outlivesDeclaringCall(analysis, callFn, declFn)) {
        return growsUntrimmed(analysis, scopeText, declFn, call) ? "outer" : undefined;
    }
    // Same scope (or a helper run within it): a history only when a person feeds the loop around the call (a chat REPL).
    const loop = (0, loops_1.enclosingLoop)(call);
    if (loop && !(0, ast_1.contains)(loop, decl.node) && (0, agent_loops_1.readsHumanInput)(analysis, loop) && growsUntrimmed(analysis, scopeText, declFn ?? sf, call))
        return "repl";
    // A REPL written as a function that asks the person, calls the model and then itself: `const prompt = async () => {...; prompt(); }`.
    if (callFn && callFn !== declFn && !(0, ast_1.contains)(callFn, decl.node) && callsItself(analysis, callFn) && callFn.body && (0, agent_loops_1.readsHumanInput)(analysis, callFn.body)) {
        return growsUntrimmed(analysis, scopeText, declFn ?? sf, call) ? "repl" : undefined;
    }
    return undefined;
}
/**
 * The declaration of a reactive box holding an array (`const messages = ref([])`, REACTIVE_BOXES) when `ref` reads its
 * value (`messages.value`); the factory imported from the framework's module, or not declared in the file (auto-imported).
 */
function boxedArray(analysis, ref) {
    const base = (0, ast_1.unwrap)(ref.expression);
    if (!typescript_1.default.isIdentifier(base))
        return undefined;
    const decl = (0, file_index_1.lookup)(analysis.index, base.text, base);
    const init = decl?.kind === "variable" && !decl.path?.length && decl.init ? (0, ast_1.unwrap)(decl.init) : undefined;
    if (!init || !typescript_1.default.isCallExpression(init) || !typescript_1.default.isIdentifier(init.expression))
        return undefined;
    const first = init.arguments[0] && (0, ast_1.unwrap)(init.arguments[0]);
    if (!first || !typescript_1.default.isArrayLiteralExpression(first))
        return undefined;
    const factory = init.expression.text;
    const factoryDecl = (0, file_index_1.lookup)(analysis.index, factory, init.expression);
    const box = reactive_state_1.REACTIVE_BOXES.find((b) => b.key === ref.name.text &&
        (factoryDecl
            ? factoryDecl.kind === "import" && !!factoryDecl.module && b.modules.includes(factoryDecl.module) && b.exports.includes(factoryDecl.importName ?? "")
            : b.autoImported && b.exports.includes(factory)));
    return box ? decl : undefined;
}
/** Whether a function calls itself (directly, by its name or `this.name`). */
function callsItself(analysis, fn) {
    return analysis.index.calls.some((c) => (0, ast_1.contains)(fn, c) && (0, analysis_1.resolveLocalFunction)(analysis.index, c) === fn);
}
/** The parameters a local function sends whole to a model (directly, or through another local function). */
function helperParams(analysis, fn, memo, depth = 0) {
    const cached = memo.get(fn);
    if (cached)
        return cached;
    memo.set(fn, []);
    if (depth > 4)
        return [];
    const found = [];
    const push = (param, key) => {
        const index = fn.parameters.indexOf(param);
        if (index < 0 || key === "[]")
            return;
        if (!found.some((f) => f.index === index && f.key === key))
            found.push({ index, ...(key ? { key } : {}) });
    };
    const add = (ref, hops = 0) => {
        if (!typescript_1.default.isIdentifier(ref))
            return;
        const decl = (0, file_index_1.lookup)(analysis.index, ref.text, ref);
        if (decl?.kind === "variable" && hops < 4 && (0, ast_1.contains)(fn, decl.node)) {
            followLocal(analysis, fn, decl, ref, hops, push, add);
            return;
        }
        if (!decl || decl.kind !== "parameter" || decl.node.parent !== fn || (decl.path?.length ?? 0) > 1)
            return;
        push(decl.node, decl.path?.[0]);
    };
    for (const expr of conversationsSentBy(analysis, fn, memo, depth)) {
        const sources = [];
        (0, history_windows_1.wholeSources)(expr, sources);
        for (const source of sources)
            add(source);
    }
    memo.set(fn, found);
    return found;
}
/**
 * A local of a wrapper that holds what it sends: `const { messages } = params` (the parameter's key),
 * `const rest = messages.filter(...)`, `let final = rest; if (scrub) final = rest.map(...)` (every value it is given,
 * unless one of them is a window: then the wrapper may send a window, and it is not followed).
 */
function followLocal(analysis, fn, decl, ref, hops, push, add) {
    const init = decl.init ? (0, ast_1.unwrap)(decl.init) : undefined;
    if (decl.path?.length) {
        if (decl.path.length !== 1 || !init || !typescript_1.default.isIdentifier(init))
            return;
        const param = (0, file_index_1.lookup)(analysis.index, init.text, init);
        if (param?.kind === "parameter" && param.node.parent === fn && !param.path?.length)
            push(param.node, decl.path[0]);
        return;
    }
    const values = init ? [init] : [];
    if (decl.mutable) {
        for (const a of analysis.index.assignments) {
            if (a.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsToken && typescript_1.default.isIdentifier(a.left) && a.left.text === ref.text && (0, ast_1.contains)(fn, a) && (0, file_index_1.lookup)(analysis.index, a.left.text, a.left) === decl)
                values.push(a.right);
        }
    }
    const sources = values.map((v) => {
        const out = [];
        (0, history_windows_1.wholeSources)(v, out);
        return out;
    });
    if (!sources.length || sources.some((list) => list.length === 0))
        return;
    for (const list of sources)
        for (const source of list)
            add(source, hops + 1);
}
/** The conversation expressions of the model calls made within a function (SDK calls and calls of local helpers). */
function conversationsSentBy(analysis, fn, memo, depth) {
    const out = [];
    for (const llm of analysis.llmCalls) {
        if (!(0, ast_1.contains)(fn, llm.node))
            continue;
        if (llm.site) {
            if (llm.site.profile.kind !== "generate" && llm.site.profile.kind !== "agent-run")
                continue;
            if (llm.site.profile.contextKeptByRuntime)
                continue;
            const expr = (0, conversation_1.conversationOf)(analysis, llm.site);
            if (expr)
                out.push(expr);
        }
        else if (llm.viaFunction && llm.viaFunction !== fn) {
            out.push(...helperArguments(analysis, llm.node, helperParams(llm.viaHome ?? analysis, llm.viaFunction, memo, depth + 1)));
        }
    }
    return out;
}
/** The arguments of a helper call that the helper sends whole as the conversation. */
function helperArguments(analysis, call, params) {
    const out = [];
    for (const p of params) {
        const arg = call.arguments[p.index];
        if (!arg || typescript_1.default.isSpreadElement(arg))
            continue;
        if (!p.key) {
            out.push(arg);
            continue;
        }
        const found = (0, options_1.lookupKey)(analysis.index, (0, values_1.resolveObjectLiteral)(analysis.index, arg), p.key);
        if (found.state === "present" && found.value)
            out.push(found.value);
    }
    return out;
}
/**
 * A const that copies a history whole: `const uiMessages = [...convertToUIMessages(messagesFromDb), message]` sends
 * the stored conversation as surely as `messagesFromDb` would. The kind of the history it copies, if any.
 */
function aliasKind(analysis, call, ref, depth = 0) {
    if (!typescript_1.default.isIdentifier(ref) || depth > 3)
        return undefined;
    const decl = (0, file_index_1.lookup)(analysis.index, ref.text, ref);
    if (!decl || decl.kind !== "variable" || decl.mutable || decl.path?.length || !decl.init)
        return undefined;
    if (trimmed(analysis, ref.text, (0, ast_1.enclosingFunction)(decl.node) ?? analysis.index.sourceFile, call))
        return undefined;
    const sources = [];
    (0, history_windows_1.wholeSources)(decl.init, sources);
    for (const source of sources) {
        if (source === ref)
            continue;
        const kind = classify(analysis, call, source) ?? aliasKind(analysis, call, source, depth + 1);
        if (kind)
            return kind;
    }
    return undefined;
}
/** The conversation a chat session was seeded with (`model.startChat({ history })`): its calls re-send it whole. */
function seededHistories(analysis, site) {
    const out = [];
    for (const construction of (0, constructions_1.constructionsOf)(analysis, site)) {
        const own = (0, analysis_1.siteOf)(analysis, construction);
        if (!own?.profile.seedHistory)
            continue;
        const found = (0, options_1.lookupKey)(analysis.index, (0, constructions_1.optionsArgument)(own), own.profile.seedHistory);
        if (found.state === "present" && found.value)
            out.push(found.value);
    }
    return out;
}
/**
 * A session id a route handler reads from its request body (`const { threadId } = await req.json()`) and to which the
 * same function appends a message before the run (`openai.beta.threads.messages.create(threadId, ...)`, the profile's
 * `sessionAppend` on the same client): the client keeps the session across requests and it grows with each one.
 */
function requestThread(analysis, call, site, sessionId) {
    const append = site.profile.sessionAppend;
    const id = (0, ast_1.unwrap)(sessionId);
    const fn = (0, ast_1.enclosingFunction)(call);
    if (!append || !fn || !typescript_1.default.isIdentifier(id))
        return false;
    const decl = (0, file_index_1.lookup)(analysis.index, id.text, id);
    if (decl?.kind !== "variable" || decl.path?.length !== 1 || !isRequestBody(decl, analysis) || (0, ast_1.enclosingFunction)(decl.node) !== fn)
        return false;
    const root = chainRoot(call.expression);
    if (!root)
        return false;
    return analysis.index.calls.some((c) => {
        if (c.pos >= call.pos || !(0, ast_1.contains)(fn, c) || !endsWith(c.expression, append))
            return false;
        const first = c.arguments[0] && (0, ast_1.unwrap)(c.arguments[0]);
        const other = chainRoot(c.expression);
        return !!first && typescript_1.default.isIdentifier(first) && (0, file_index_1.lookup)(analysis.index, first.text, first) === decl && !!other && other.text === root.text && (0, file_index_1.lookup)(analysis.index, other.text, other) === (0, file_index_1.lookup)(analysis.index, root.text, root);
    });
}
/** The identifier a property chain starts from (`openai` of `openai.beta.threads.runs.stream`). */
function chainRoot(e) {
    let current = (0, ast_1.unwrap)(e);
    while (typescript_1.default.isPropertyAccessExpression(current))
        current = (0, ast_1.unwrap)(current.expression);
    return typescript_1.default.isIdentifier(current) ? current : undefined;
}
/** Whether a callee's property names end with `names` (`x.beta.threads.messages.create`). */
function endsWith(e, names) {
    let current = (0, ast_1.unwrap)(e);
    for (let i = names.length - 1; i >= 0; i--) {
        if (!typescript_1.default.isPropertyAccessExpression(current) || current.name.text !== names[i])
            return false;
        current = (0, ast_1.unwrap)(current.expression);
    }
    return true;
}
const fullHistoryCache = new WeakMap();
/** The calls that send a growing history whole, with the histories: once per analysis (the rule and the estimate both ask). */
function findFullHistoryUses(analysis) {
    let found = fullHistoryCache.get(analysis);
    if (!found)
        fullHistoryCache.set(analysis, (found = fullHistoryUses(analysis)));
    return found;
}
function fullHistoryUses(analysis) {
    const result = [];
    const memo = new Map();
    for (const llm of analysis.llmCalls) {
        let expressions;
        if (llm.site) {
            if (llm.site.profile.kind !== "generate" && llm.site.profile.kind !== "agent-run")
                continue;
            if (llm.site.profile.contextKeptByRuntime)
                continue;
            const expr = (0, conversation_1.conversationOf)(analysis, llm.site);
            expressions = expr ? [expr] : [];
            if (llm.site.profile.resendsHistory)
                expressions.push(...seededHistories(analysis, llm.site));
        }
        else if (llm.viaFunction) {
            // A local function that sends its parameter to a model: the caller's argument is what is sent.
            expressions = helperArguments(analysis, llm.node, helperParams(llm.viaHome ?? analysis, llm.viaFunction, memo));
        }
        else {
            continue;
        }
        const uses = [];
        // A provider chat session kept per user (`this.chats[user].sendMessage(q)`) re-sends its whole history itself.
        const idArg = llm.site?.profile.sessionIdArg;
        const sessionId = idArg !== undefined ? llm.node.arguments[idArg] : undefined;
        const windowed = !!llm.site?.profile.sessionWindowKeys && (0, options_1.lookupAnyKey)(analysis.index, (0, constructions_1.optionsArgument)(llm.site), llm.site.profile.sessionWindowKeys).state !== "absent";
        const session = llm.site?.profile.resendsHistory && !windowed && (idArg === undefined || sessionId) ? (0, history_stores_1.keptSession)(analysis.index, analysis.tracer, llm.node, sessionId) : undefined;
        if (session)
            uses.push({ ref: session, kind: sessionId ? "kept-thread" : "chat-session", name: session.getText(analysis.index.sourceFile), argument: llm.node });
        else if (sessionId && !windowed && llm.site && requestThread(analysis, llm.node, llm.site, sessionId)) {
            uses.push({ ref: sessionId, kind: "kept-thread", name: sessionId.getText(analysis.index.sourceFile), argument: llm.node });
        }
        // The conversation carried over as the state the last reply returned (Ollama's `context`).
        const carried = llm.site ? (0, carried_context_1.carriedContext)(analysis, llm.site) : undefined;
        if (carried)
            uses.push({ ref: carried, kind: "carried-context", name: carried.text, argument: llm.node });
        for (const expr of expressions) {
            const sources = [];
            (0, history_windows_1.wholeSources)(expr, sources);
            for (const ref of sources) {
                if ((0, ast_1.isFunctionLike)(ref))
                    continue;
                const kind = classify(analysis, llm.node, ref) ?? aliasKind(analysis, llm.node, ref);
                if (kind)
                    uses.push({ ref, kind, name: ref.getText(analysis.index.sourceFile), argument: expr });
            }
        }
        if (uses.length)
            result.push({ node: llm.node, ...(llm.site ? { site: llm.site } : {}), uses });
    }
    return result;
}
//# sourceMappingURL=history.js.map