import path from "node:path";
import ts from "typescript";
import { resolveObjectLiteral } from "../syntax/values";
import { contains, enclosingFunction, isFunctionLike, unwrap, walk } from "../syntax/ast";
import { readsHumanInput } from "./agent-loops";
import { resolveLocalFunction, siteOf, type FileAnalysis } from "./analysis";
import { constructionsOf, optionsArgument } from "./constructions";
import { lookup, thisClass, type Declaration } from "../syntax/file-index";
import { enclosingLoop } from "./loops";
import { lookupAnyKey, lookupKey } from "../syntax/options";
import { conversationOf } from "./conversation";
import type { CallSite } from "../sdk/match";
import { REACTIVE_BOXES } from "../sdk/reactive-state";
import { calleeName, shortens, wholeSources } from "./history-windows";
import { carriedContext } from "./carried-context";
import { classifyKeyed, classifyReturned, classifyStoredProperty, keptSession, unboundedStoreQuery } from "./history-stores";
import { classHeldHistory, classTrimsKept } from "./history-classes";
import { growsInUncappedLoop } from "./history-loops";
import { postMatches, routeKeysOfPath } from "../project/endpoint-clients";
import { registeredRouteKeys } from "./own-endpoints";

/** Array methods that shorten an array in place. */
const SHRINKS = new Set(["shift", "splice", "pop"]);

export type HistoryKind = "field" | "module" | "outer" | "repl" | "loop" | "store" | "request" | "keyed" | "session" | "chat-session" | "carried-context" | "kept-thread";

export interface HistoryUse {
  /** The expression naming the history in the call (`this.messages`, `history`). */
  ref: ts.Expression;
  kind: HistoryKind;
  name: string;
  /** The messages argument as a whole, for reporting. */
  argument: ts.Node;
  /** `ref` names text the history was joined into (`const past = history.map(toLine).join("\n")`): no slice of it is a window. */
  text?: boolean;
}

/** A const holding the history joined into one text: `history.map(toLine).join("\n")`. */
function joinedText(analysis: FileAnalysis, ref: ts.Expression): boolean {
  if (!ts.isIdentifier(ref)) return false;
  const decl = lookup(analysis.index, ref.text, ref);
  const init = decl?.kind === "variable" && !decl.path?.length && decl.init ? unwrap(decl.init) : undefined;
  return !!init && ts.isCallExpression(init) && calleeName(init) === "join";
}

/**
 * A store read by name: a verb, then (in the same word) a conversation noun: `getMessagesByChatId`, `loadHistory`.
 * A scan (verb, then the noun after it) rather than one regex of verb, word characters and noun, which backtracks quadratically on a
 * long word of verbs.
 */
function isStoreRead(text: string): boolean {
  for (const word of text.match(/\w+/g) ?? []) {
    const lower = word.toLowerCase();
    let end = -1;
    for (const verb of STORE_VERBS) {
      const at = lower.indexOf(verb);
      if (at !== -1 && (end === -1 || at + verb.length < end)) end = at + verb.length;
    }
    if (end !== -1 && STORE_NOUN.test(lower.slice(end))) return true;
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
function assignmentEffect(right: ts.Expression, text: string, sf: ts.SourceFile): "grows" | "shrinks" | "resets" | undefined {
  const r = unwrap(right);
  if (ts.isArrayLiteralExpression(r)) {
    const spreads = r.elements.filter(ts.isSpreadElement).map((el) => unwrap(el.expression));
    if (spreads.some((s) => s.getText(sf) === text)) return "grows";
    // `[system, ...h.slice(-8)]` is a window; `[]` or `[systemMessage]` a new conversation.
    return spreads.some((s) => shortens(s)) ? "shrinks" : "resets";
  }
  if (ts.isCallExpression(r)) {
    const callee = unwrap(r.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "concat") {
      if (shortens(callee.expression)) return "shrinks";
      const parts = [callee.expression, ...r.arguments].map((p) => unwrap(p).getText(sf));
      return parts.includes(text) ? "grows" : "resets";
    }
    if (shortens(r)) return "shrinks";
    // @openai/agents: `thread = result.toInputList()` is the whole run's history.
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "toInputList") return "grows";
    return undefined;
  }
  // @openai/agents: `thread = result.history` is the thread plus the run's new items.
  if (ts.isPropertyAccessExpression(r) && r.name.text === "history") return "grows";
  return undefined;
}

/** An assignment made while constructing the object: `this.messages = []` in the constructor is its first value, not a reset. */
function initializes(assignment: ts.BinaryExpression): boolean {
  const fn = enclosingFunction(assignment);
  return !!fn && ts.isConstructorDeclaration(fn) && unwrap(assignment.left).kind === ts.SyntaxKind.PropertyAccessExpression;
}

/** The calls that grow or shorten an array in place, and the assignments, of a file, by the text of what they change. */
interface ArrayChanges {
  /** `h.push(...)`, `h.shift()`, ... by the text of `h`. */
  calls: Map<string, { call: ts.CallExpression; method: string }[]>;
  /** `h = ...`, `h.length = 0`, ... by the text of the left side. */
  assignments: Map<string, ts.BinaryExpression[]>;
}

const GROWS = new Set(["push", "unshift"]);
const changesCache = new WeakMap<FileAnalysis, ArrayChanges>();

/** One pass over the file's calls and assignments, so each call's question costs only the changes of its history. */
function arrayChanges(analysis: FileAnalysis): ArrayChanges {
  let changes = changesCache.get(analysis);
  if (changes) return changes;
  const { index } = analysis;
  const sf = index.sourceFile;
  changes = { calls: new Map(), assignments: new Map() };
  for (const call of index.calls) {
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) continue;
    const method = callee.name.text;
    if (!SHRINKS.has(method) && !GROWS.has(method)) continue;
    const text = unwrap(callee.expression).getText(sf);
    const list = changes.calls.get(text);
    if (list) list.push({ call, method });
    else changes.calls.set(text, [{ call, method }]);
  }
  for (const assignment of index.assignments) {
    const text = unwrap(assignment.left).getText(sf);
    const list = changes.assignments.get(text);
    if (list) list.push(assignment);
    else changes.assignments.set(text, [assignment]);
  }
  changesCache.set(analysis, changes);
  return changes;
}

/**
 * Whether a history is shortened within `within`: shift/splice/pop, `h.length = 0`, reassigned to a window of itself,
 * or reset to a new array before the call in the function making it (then it does not outlive the call). A reset
 * elsewhere (`clear() { this.messages = [] }`) starts a new conversation, which grows as the last one did.
 */
function trimmed(analysis: FileAnalysis, text: string, within: ts.Node, call: ts.CallExpression): boolean {
  const sf = analysis.index.sourceFile;
  const changes = arrayChanges(analysis);
  for (const c of changes.calls.get(text) ?? []) {
    if (SHRINKS.has(c.method) && contains(within, c.call)) return true;
  }
  const callFn = enclosingFunction(call);
  const resetsFirst = (assignment: ts.BinaryExpression): boolean => enclosingFunction(assignment) === callFn && assignment.pos < call.pos;
  // `h.length = 0` empties it: like `h = []`, a reset.
  for (const assignment of changes.assignments.get(`${text}.length`) ?? []) {
    if (contains(within, assignment) && resetsFirst(assignment)) return true;
  }
  for (const assignment of changes.assignments.get(text) ?? []) {
    if (!contains(within, assignment) || initializes(assignment)) continue;
    const effect = assignmentEffect(assignment.right, text, sf);
    if (effect === "shrinks") return true;
    if (effect === "resets" && resetsFirst(assignment)) return true;
  }
  return false;
}

/** Whether an array reference grows between calls somewhere within `within`, and is never trimmed. */
function growsUntrimmed(analysis: FileAnalysis, text: string, within: ts.Node, call: ts.CallExpression): boolean {
  if (trimmed(analysis, text, within, call)) return false;
  const sf = analysis.index.sourceFile;
  const changes = arrayChanges(analysis);
  for (const c of changes.calls.get(text) ?? []) {
    if (GROWS.has(c.method) && contains(within, c.call)) return true;
  }
  for (const assignment of changes.assignments.get(text) ?? []) {
    if (contains(within, assignment) && assignmentEffect(assignment.right, text, sf) === "grows") return true;
  }
  return false;
}

/**
 * A store of the project that windows what it keeps: the read is a method of a class (here or in another module)
 * one of whose methods that something calls cuts a kept array (`truncateHistory()` splicing the oldest turns off
 * after each add). The window is applied when the history is written, so what is read is already bounded. A trim
 * that nothing calls is no window.
 */
function storeKeepsWindow(analysis: FileAnalysis, read: ts.CallExpression): boolean {
  const local = analysis.tracer.resolveLocal(read.expression);
  if (local?.kind !== "function") return false;
  const cls = local.fn.parent;
  if (!cls || !ts.isClassLike(cls)) return false;
  return classTrimsKept(local.home, cls, analysis.tracer);
}

/** Keys of a request body that hold the client's conversation: `{ messages }`, a retrieval chain's `{ question, history }`. */
const REQUEST_HISTORY_KEYS = new Set(["messages", "history", "chat_history", "chatHistory"]);

/** A parameter that holds an HTTP request: `req`, `request`, `{ request }`, or one typed `Request`/`NextRequest`. */
function isRequestParameter(decl: Declaration, name: string, sf: ts.SourceFile): boolean {
  if (decl.kind !== "parameter") return false;
  if (/^(req|request)$/i.test(name)) return true;
  if (name === "event" && isServerlessHandler(decl.node.parent)) return true;
  const type = decl.type?.getText(sf);
  return !!type && /Request\b/.test(type) && !/Response/.test(type);
}

/**
 * A serverless function's handler, whose first parameter is the HTTP event (Netlify functions, AWS Lambda behind an
 * HTTP API): `exports.handler = async function (event)`, `export const handler = async (event) => ...`,
 * `export async function handler(event)`.
 */
function isServerlessHandler(fn: ts.Node | undefined): boolean {
  if (!fn || !isFunctionLike(fn)) return false;
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text === "handler";
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent)) return ts.isIdentifier(parent.name) && parent.name.text === "handler";
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === fn) {
    return ts.isPropertyAccessExpression(parent.left) && parent.left.name.text === "handler";
  }
  return false;
}

/** The request a body is read from: `req`, `request`, `c.req`, `ctx.request`. */
function isRequest(analysis: FileAnalysis, base: ts.Expression): boolean {
  const root = unwrap(base);
  if (ts.isIdentifier(root)) {
    const rootDecl = lookup(analysis.index, root.text, root);
    return !!rootDecl && isRequestParameter(rootDecl, root.text, analysis.index.sourceFile);
  }
  if (ts.isPropertyAccessExpression(root)) return /^(\w+\.)?req(uest)?$/.test(root.getText(analysis.index.sourceFile));
  return false;
}

/**
 * Whether a route handler's `messages` can be taken for a client's whole conversation: the project has a web chat
 * client that posts it whole (the AI SDK's `useChat` with no reshaped request). A client that trims before posting, or
 * one we cannot see (another repository, a mobile app, a proxy's callers), leaves the handler unjudged: the window may
 * be on the other side of HTTP.
 */
function postedWhole(analysis: FileAnalysis, call: ts.CallExpression): boolean {
  const file = path.resolve(analysis.index.sourceFile.fileName);
  const clients = analysis.project?.chatClients(file);
  if (!clients) return false;
  // The app's own client code that posts to this route (matched by path): whole only when every such post is.
  const keys = [...routeKeysOfPath(path.relative(clients.root, file)), ...registeredRouteKeys(call)];
  const posts = keys.length ? clients.posts.filter((p) => keys.some((k) => postMatches(p.endpoint, k, clients.netlifyClient))) : [];
  if (posts.length) return posts.every((p) => p.whole);
  return clients.whole.length > 0;
}

/** `await req.json()`, `req.body`: the parsed body of a request. */
function isRequestBodyExpression(analysis: FileAnalysis, expr: ts.Expression, depth = 0): boolean {
  const e = unwrap(expr);
  // `const body = await req.json(); const { messages } = body;`
  if (ts.isIdentifier(e) && depth < 4) {
    const decl = lookup(analysis.index, e.text, e);
    return !!decl && decl.kind === "variable" && !decl.path?.length && !!decl.init && isRequestBodyExpression(analysis, decl.init, depth + 1);
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "json") return isRequest(analysis, e.expression.expression);
  // `JSON.parse(event.body)`: a serverless function's body, a string.
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "parse" && e.expression.expression.getText(analysis.index.sourceFile) === "JSON" && e.arguments[0]) {
    return isRequestBodyExpression(analysis, e.arguments[0], depth + 1);
  }
  if (ts.isPropertyAccessExpression(e) && e.name.text === "body") return isRequest(analysis, e.expression);
  return false;
}

/** `const { messages } = await req.json()`, `const body = req.body`. */
function isRequestBody(decl: Declaration, analysis: FileAnalysis): boolean {
  return !!decl.init && isRequestBodyExpression(analysis, decl.init);
}

/**
 * Calls that keep a function to run later, once per event: route handlers (`app.post`), listeners (`ws.on`), timers,
 * tool and command registrations. A function passed to any other call (`items.map(f)`, `pRetry(() => ...)`,
 * `createUIMessageStream({ execute })`) is taken to run within the call that creates it.
 */
const REGISTERS =
  /^(on|once|addListener|addEventListener|prependListener|subscribe|post|get|put|patch|delete|del|all|use|route|handle|handler|listen|command|action|hears|setInterval|setTimeout|setImmediate|schedule|tool|registerTool|createServer)$/;

function registers(call: ts.CallExpression | ts.NewExpression): boolean {
  const name = ts.isCallExpression(call) ? calleeName(call) : undefined;
  return !!name && REGISTERS.test(name);
}

/** Whether a function value escapes the call of its enclosing function: returned, registered, stored in an object that is. */
function escapes(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, declFn: ts.FunctionLikeDeclaration): boolean {
  const { index } = analysis;
  let value: ts.Node = fn;
  let parent = value.parent;
  // An immediately invoked function runs now.
  if (ts.isParenthesizedExpression(parent) && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) return false;
  // A member of an object literal: the object is what escapes or not.
  if (ts.isMethodDeclaration(fn) && ts.isObjectLiteralExpression(parent)) value = parent;
  else if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent)) value = parent.parent;
  parent = value.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(value as ts.Expression)) return registers(parent);
  // A named local function: escapes when used other than by calling it, or when passed to a registration.
  const name =
    ts.isFunctionDeclaration(fn) && fn.name
      ? fn.name
      : (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)
        ? parent.name
        : undefined;
  if (!name) return true;
  const decl = lookup(index, name.text, name);
  for (const use of referencesTo(name.text, declFn)) {
    if (use === name || lookup(index, name.text, use) !== decl) continue;
    const p = use.parent;
    if (ts.isCallExpression(p) && p.expression === use) continue;
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(use)) {
      if (registers(p)) return true;
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
function outlivesDeclaringCall(analysis: FileAnalysis, callFn: ts.FunctionLikeDeclaration, declFn: ts.FunctionLikeDeclaration): boolean {
  for (let fn: ts.FunctionLikeDeclaration | undefined = callFn; fn && fn !== declFn; fn = enclosingFunction(fn)) {
    if (escapes(analysis, fn, declFn)) return true;
  }
  return false;
}

/** Identifiers named `name` within a scope. */
function referencesTo(name: string, scope: ts.Node): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  walk(scope, (n) => {
    if (ts.isIdentifier(n) && n.text === name) {
      const parent = n.parent;
      // Property names (`x.name`, `{ name: 1 }`) are not references; shorthand `{ name }` is.
      if (!(ts.isPropertyAccessExpression(parent) && parent.name === n) && !(ts.isPropertyAssignment(parent) && parent.name === n)) found.push(n);
    }
  });
  return found;
}

/** Classifies a reference as a conversation history that outlives the call and grows. */
function classify(analysis: FileAnalysis, call: ts.CallExpression, ref: ts.Expression): HistoryKind | undefined {
  const { index } = analysis;
  const sf = index.sourceFile;
  const callFn = enclosingFunction(call);
  if (ts.isElementAccessExpression(ref) || ts.isCallExpression(ref)) {
    const outlives = (fn: ts.FunctionLikeDeclaration, declFn: ts.FunctionLikeDeclaration): boolean => outlivesDeclaringCall(analysis, fn, declFn);
    const keyed = classifyKeyed(index, analysis.tracer, call, ref, outlives);
    if (keyed || ts.isElementAccessExpression(ref)) return keyed;
    const held = classHeldHistory(analysis.tracer, ref);
    if (held) return held === "window" ? undefined : held;
    return classifyReturned(analysis.tracer, ref);
  }
  if (ts.isPropertyAccessExpression(ref) && ref.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = thisClass(ref);
    if (!cls || !index.classFields.get(cls)?.has(ref.name.text)) return undefined;
    return growsUntrimmed(analysis, ref.getText(sf), cls, call) ? "field" : undefined;
  }
  if (ts.isPropertyAccessExpression(ref) && REQUEST_HISTORY_KEYS.has(ref.name.text)) {
    // `req.body.messages`, `(await req.json()).messages`.
    if (isRequestBodyExpression(analysis, ref.expression)) return postedWhole(analysis, call) ? "request" : undefined;
    // `body.messages` where body is a request body.
    const decl = ts.isIdentifier(ref.expression) ? lookup(index, ref.expression.text, ref.expression) : undefined;
    if (decl && !decl.path?.length && isRequestBody(decl, analysis)) {
      return trimmed(analysis, ref.getText(sf), enclosingFunction(decl.node) ?? sf, call) || !postedWhole(analysis, call) ? undefined : "request";
    }
  }
  let decl: Declaration | undefined;
  if (ts.isPropertyAccessExpression(ref)) {
    // `messages.value` of `const messages = ref([])`: the boxed array, changed and sent by that text.
    decl = boxedArray(analysis, ref);
    if (!decl) return classifyStoredProperty(index, ref);
  } else if (ts.isIdentifier(ref)) {
    decl = lookup(index, ref.text, ref);
  }
  // A parameter (the caller's array) that the function itself grows every step of an agent loop with no cap.
  if (decl?.kind === "parameter" && !decl.path?.length && ts.isIdentifier(ref)) return growsInLoop(analysis, call, decl, ref) ? "loop" : undefined;
  if (!decl || decl.kind !== "variable") return undefined;
  const declFn = enclosingFunction(decl.node);
  const scopeText = ts.isIdentifier(ref) ? ref.text : ref.getText(sf);
  if (decl.path?.length === 1 && REQUEST_HISTORY_KEYS.has(decl.path[0]!) && isRequestBody(decl, analysis)) {
    return trimmed(analysis, scopeText, declFn ?? sf, call) || !postedWhole(analysis, call) ? undefined : "request";
  }
  if (decl.init && (!decl.path?.length || (decl.path.length === 1 && decl.path[0] === "messages"))) {
    // `await getMessagesByChatId(id)`, `const { messages } = (await store.loadChat(id)) ?? { messages: [] }`.
    let init = unwrap(decl.init);
    if (ts.isBinaryExpression(init) && (init.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || init.operatorToken.kind === ts.SyntaxKind.BarBarToken)) init = unwrap(init.left);
    // `const messages = manager.getMessages()`: a method of the project returning a conversation its class keeps.
    const held = !decl.path?.length && ts.isCallExpression(init) ? classHeldHistory(analysis.tracer, init) : undefined;
    if (held) return held === "window" || trimmed(analysis, scopeText, declFn ?? sf, call) ? undefined : held;
    if (ts.isCallExpression(init) && (isStoreRead(init.expression.getText(sf)) || unboundedStoreQuery(init, sf))) {
      if (init.arguments.some((a) => WINDOWED_READ.test(a.getText(sf))) || storeKeepsWindow(analysis, init)) return undefined;
      return trimmed(analysis, scopeText, declFn ?? sf, call) ? undefined : "store";
    }
  }
  if (!declFn && callFn) {
    return growsUntrimmed(analysis, scopeText, sf, call) ? "module" : undefined;
  }
  if (declFn && callFn && declFn !== callFn && contains(declFn, callFn) && outlivesDeclaringCall(analysis, callFn, declFn)) {
    return growsUntrimmed(analysis, scopeText, declFn, call) ? "outer" : undefined;
  }
  // Same scope (or a helper run within it): a history only when a person feeds the loop around the call (a chat REPL).
  const loop = enclosingLoop(call);
  if (loop && !contains(loop, decl.node) && readsHumanInput(analysis, loop) && growsUntrimmed(analysis, scopeText, declFn ?? sf, call)) return "repl";
  // A REPL written as a function that asks the person, calls the model and then itself: `const prompt = async () => {...; prompt(); }`.
  if (callFn && callFn !== declFn && !contains(callFn, decl.node) && callsItself(analysis, callFn) && callFn.body && readsHumanInput(analysis, callFn.body)) {
    return growsUntrimmed(analysis, scopeText, declFn ?? sf, call) ? "repl" : undefined;
  }
  // An agent loop with no cap that grows the conversation every step and sends it whole every step.
  if (ts.isIdentifier(ref) && declFn && !decl.path?.length && growsInLoop(analysis, call, decl, ref)) return "loop";
  return undefined;
}

/** Whether a variable or parameter of the calling function grows every step of an agent loop with no cap around the call. */
function growsInLoop(analysis: FileAnalysis, call: ts.CallExpression, decl: Declaration, ref: ts.Identifier): boolean {
  const sf = analysis.index.sourceFile;
  const grows = (text: string, d: Declaration, loop: ts.Node): boolean => growsUntrimmed(analysis, text, loop, call) && !trimmed(analysis, text, enclosingFunction(d.node) ?? sf, call);
  return growsInUncappedLoop(analysis, call, decl, ref, grows);
}

/**
 * The declaration of a reactive box holding an array (`const messages = ref([])`, REACTIVE_BOXES) when `ref` reads its
 * value (`messages.value`); the factory imported from the framework's module, or not declared in the file (auto-imported).
 */
function boxedArray(analysis: FileAnalysis, ref: ts.PropertyAccessExpression): Declaration | undefined {
  const base = unwrap(ref.expression);
  if (!ts.isIdentifier(base)) return undefined;
  const decl = lookup(analysis.index, base.text, base);
  const init = decl?.kind === "variable" && !decl.path?.length && decl.init ? unwrap(decl.init) : undefined;
  if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return undefined;
  const first = init.arguments[0] && unwrap(init.arguments[0]);
  if (!first || !ts.isArrayLiteralExpression(first)) return undefined;
  const factory = init.expression.text;
  const factoryDecl = lookup(analysis.index, factory, init.expression);
  const box = REACTIVE_BOXES.find(
    (b) =>
      b.key === ref.name.text &&
      (factoryDecl
        ? factoryDecl.kind === "import" && !!factoryDecl.module && b.modules.includes(factoryDecl.module) && b.exports.includes(factoryDecl.importName ?? "")
        : b.autoImported && b.exports.includes(factory)),
  );
  return box ? decl : undefined;
}

/** Whether a function calls itself (directly, by its name or `this.name`). */
function callsItself(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration): boolean {
  return analysis.index.calls.some((c) => contains(fn, c) && resolveLocalFunction(analysis.index, c) === fn);
}

/** Where a function sends one of its parameters whole as the conversation: the parameter's index, and a key when destructured. */
interface HelperParam {
  index: number;
  /** `function ask({ messages })`: the key of the object argument that holds the conversation. */
  key?: string;
}

/** The parameters a local function sends whole to a model (directly, or through another local function). */
function helperParams(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, memo: Map<ts.FunctionLikeDeclaration, HelperParam[]>, depth = 0): HelperParam[] {
  const cached = memo.get(fn);
  if (cached) return cached;
  memo.set(fn, []);
  if (depth > 4) return [];
  const found: HelperParam[] = [];
  const push = (param: ts.Node, key: string | undefined): void => {
    const index = fn.parameters.indexOf(param as ts.ParameterDeclaration);
    if (index < 0 || key === "[]") return;
    if (!found.some((f) => f.index === index && f.key === key)) found.push({ index, ...(key ? { key } : {}) });
  };
  const add = (ref: ts.Expression, hops = 0): void => {
    if (!ts.isIdentifier(ref)) return;
    const decl = lookup(analysis.index, ref.text, ref);
    if (decl?.kind === "variable" && hops < 4 && contains(fn, decl.node)) {
      followLocal(analysis, fn, decl, ref, hops, push, add);
      return;
    }
    if (!decl || decl.kind !== "parameter" || decl.node.parent !== fn || (decl.path?.length ?? 0) > 1) return;
    push(decl.node, decl.path?.[0]);
  };
  for (const expr of conversationsSentBy(analysis, fn, memo, depth)) {
    const sources: ts.Expression[] = [];
    wholeSources(expr, sources);
    for (const source of sources) add(source);
  }
  memo.set(fn, found);
  return found;
}

/**
 * A local of a wrapper that holds what it sends: `const { messages } = params` (the parameter's key),
 * `const rest = messages.filter(...)`, `let final = rest; if (scrub) final = rest.map(...)` (every value it is given,
 * unless one of them is a window: then the wrapper may send a window, and it is not followed).
 */
function followLocal(
  analysis: FileAnalysis,
  fn: ts.FunctionLikeDeclaration,
  decl: Declaration,
  ref: ts.Identifier,
  hops: number,
  push: (param: ts.Node, key: string | undefined) => void,
  add: (ref: ts.Expression, hops: number) => void,
): void {
  const init = decl.init ? unwrap(decl.init) : undefined;
  if (decl.path?.length) {
    if (decl.path.length !== 1 || !init || !ts.isIdentifier(init)) return;
    const param = lookup(analysis.index, init.text, init);
    if (param?.kind === "parameter" && param.node.parent === fn && !param.path?.length) push(param.node, decl.path[0]);
    return;
  }
  const values: ts.Expression[] = init ? [init] : [];
  if (decl.mutable) {
    for (const a of analysis.index.assignments) {
      if (a.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(a.left) && a.left.text === ref.text && contains(fn, a) && lookup(analysis.index, a.left.text, a.left) === decl) values.push(a.right);
    }
  }
  const sources: ts.Expression[][] = values.map((v) => {
    const out: ts.Expression[] = [];
    wholeSources(v, out);
    return out;
  });
  if (!sources.length || sources.some((list) => list.length === 0)) return;
  for (const list of sources) for (const source of list) add(source, hops + 1);
}

/** The conversation expressions of the model calls made within a function (SDK calls and calls of local helpers). */
function conversationsSentBy(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, memo: Map<ts.FunctionLikeDeclaration, HelperParam[]>, depth: number): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const llm of analysis.llmCalls) {
    if (!contains(fn, llm.node)) continue;
    if (llm.site) {
      if (llm.site.profile.kind !== "generate" && llm.site.profile.kind !== "agent-run") continue;
      if (llm.site.profile.contextKeptByRuntime) continue;
      const expr = conversationOf(analysis, llm.site);
      if (expr) out.push(expr);
    } else if (llm.viaFunction && llm.viaFunction !== fn) {
      out.push(...helperArguments(analysis, llm.node, helperParams(llm.viaHome ?? analysis, llm.viaFunction, memo, depth + 1)));
    }
  }
  return out;
}

/** The arguments of a helper call that the helper sends whole as the conversation. */
function helperArguments(analysis: FileAnalysis, call: ts.CallExpression, params: HelperParam[]): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const p of params) {
    const arg = call.arguments[p.index];
    if (!arg || ts.isSpreadElement(arg)) continue;
    if (!p.key) {
      out.push(arg);
      continue;
    }
    const found = lookupKey(analysis.index, resolveObjectLiteral(analysis.index, arg), p.key);
    if (found.state === "present" && found.value) out.push(found.value);
  }
  return out;
}

/**
 * A const that copies a history whole: `const uiMessages = [...convertToUIMessages(messagesFromDb), message]` sends
 * the stored conversation as surely as `messagesFromDb` would. The kind of the history it copies, if any.
 */
function aliasKind(analysis: FileAnalysis, call: ts.CallExpression, ref: ts.Expression, depth = 0): HistoryKind | undefined {
  if (!ts.isIdentifier(ref) || depth > 3) return undefined;
  const decl = lookup(analysis.index, ref.text, ref);
  if (!decl || decl.kind !== "variable" || decl.mutable || decl.path?.length || !decl.init) return undefined;
  if (trimmed(analysis, ref.text, enclosingFunction(decl.node) ?? analysis.index.sourceFile, call)) return undefined;
  const sources: ts.Expression[] = [];
  wholeSources(decl.init, sources);
  for (const source of sources) {
    if (source === ref) continue;
    const kind = classify(analysis, call, source) ?? aliasKind(analysis, call, source, depth + 1);
    if (kind) return kind;
  }
  return undefined;
}

/** The conversation a chat session was seeded with (`model.startChat({ history })`): its calls re-send it whole. */
function seededHistories(analysis: FileAnalysis, site: CallSite): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const construction of constructionsOf(analysis, site)) {
    const own = siteOf(analysis, construction);
    if (!own?.profile.seedHistory) continue;
    const found = lookupKey(analysis.index, optionsArgument(own), own.profile.seedHistory);
    if (found.state === "present" && found.value) out.push(found.value);
  }
  return out;
}

type FullHistoryUses = { node: ts.CallExpression; site?: CallSite; uses: HistoryUse[] }[];

/**
 * A session id a route handler reads from its request body (`const { threadId } = await req.json()`) and to which the
 * same function appends a message before the run (`openai.beta.threads.messages.create(threadId, ...)`, the profile's
 * `sessionAppend` on the same client): the client keeps the session across requests and it grows with each one.
 */
function requestThread(analysis: FileAnalysis, call: ts.CallExpression, site: CallSite, sessionId: ts.Expression): boolean {
  const append = site.profile.sessionAppend;
  const id = unwrap(sessionId);
  const fn = enclosingFunction(call);
  if (!append || !fn || !ts.isIdentifier(id)) return false;
  const decl = lookup(analysis.index, id.text, id);
  if (decl?.kind !== "variable" || decl.path?.length !== 1 || !isRequestBody(decl, analysis) || enclosingFunction(decl.node) !== fn) return false;
  const root = chainRoot(call.expression);
  if (!root) return false;
  return analysis.index.calls.some((c) => {
    if (c.pos >= call.pos || !contains(fn, c) || !endsWith(c.expression, append)) return false;
    const first = c.arguments[0] && unwrap(c.arguments[0]);
    const other = chainRoot(c.expression);
    return !!first && ts.isIdentifier(first) && lookup(analysis.index, first.text, first) === decl && !!other && other.text === root.text && lookup(analysis.index, other.text, other) === lookup(analysis.index, root.text, root);
  });
}

/** The identifier a property chain starts from (`openai` of `openai.beta.threads.runs.stream`). */
function chainRoot(e: ts.Expression): ts.Identifier | undefined {
  let current = unwrap(e);
  while (ts.isPropertyAccessExpression(current)) current = unwrap(current.expression);
  return ts.isIdentifier(current) ? current : undefined;
}

/** Whether a callee's property names end with `names` (`x.beta.threads.messages.create`). */
function endsWith(e: ts.Expression, names: readonly string[]): boolean {
  let current = unwrap(e);
  for (let i = names.length - 1; i >= 0; i--) {
    if (!ts.isPropertyAccessExpression(current) || current.name.text !== names[i]) return false;
    current = unwrap(current.expression);
  }
  return true;
}

const fullHistoryCache = new WeakMap<FileAnalysis, FullHistoryUses>();

/** The calls that send a growing history whole, with the histories: once per analysis (the rule and the estimate both ask). */
export function findFullHistoryUses(analysis: FileAnalysis): FullHistoryUses {
  let found = fullHistoryCache.get(analysis);
  if (!found) fullHistoryCache.set(analysis, (found = fullHistoryUses(analysis)));
  return found;
}

function fullHistoryUses(analysis: FileAnalysis): FullHistoryUses {
  const result: FullHistoryUses = [];
  const memo = new Map<ts.FunctionLikeDeclaration, HelperParam[]>();
  for (const llm of analysis.llmCalls) {
    let expressions: ts.Expression[];
    if (llm.site) {
      if (llm.site.profile.kind !== "generate" && llm.site.profile.kind !== "agent-run") continue;
      if (llm.site.profile.contextKeptByRuntime) continue;
      const expr = conversationOf(analysis, llm.site);
      expressions = expr ? [expr] : [];
      if (llm.site.profile.resendsHistory) expressions.push(...seededHistories(analysis, llm.site));
    } else if (llm.viaFunction) {
      // A local function that sends its parameter to a model: the caller's argument is what is sent.
      expressions = helperArguments(analysis, llm.node, helperParams(llm.viaHome ?? analysis, llm.viaFunction, memo));
    } else {
      continue;
    }
    const uses: HistoryUse[] = [];
    // A provider chat session kept per user (`this.chats[user].sendMessage(q)`) re-sends its whole history itself.
    const idArg = llm.site?.profile.sessionIdArg;
    const sessionId = idArg !== undefined ? llm.node.arguments[idArg] : undefined;
    const windowed = !!llm.site?.profile.sessionWindowKeys && lookupAnyKey(analysis.index, optionsArgument(llm.site), llm.site.profile.sessionWindowKeys).state !== "absent";
    const session = llm.site?.profile.resendsHistory && !windowed && (idArg === undefined || sessionId) ? keptSession(analysis.index, analysis.tracer, llm.node, sessionId) : undefined;
    if (session) uses.push({ ref: session, kind: sessionId ? "kept-thread" : "chat-session", name: session.getText(analysis.index.sourceFile), argument: llm.node });
    else if (sessionId && !windowed && llm.site && requestThread(analysis, llm.node, llm.site, sessionId)) {
      uses.push({ ref: sessionId, kind: "kept-thread", name: sessionId.getText(analysis.index.sourceFile), argument: llm.node });
    }
    // The conversation carried over as the state the last reply returned (Ollama's `context`).
    const carried = llm.site ? carriedContext(analysis, llm.site) : undefined;
    if (carried) uses.push({ ref: carried, kind: "carried-context", name: carried.text, argument: llm.node });
    for (const expr of expressions) {
      const sources: ts.Expression[] = [];
      wholeSources(expr, sources);
      for (const ref of sources) {
        if (isFunctionLike(ref)) continue;
        const kind = classify(analysis, llm.node, ref) ?? aliasKind(analysis, llm.node, ref);
        if (kind) uses.push({ ref, kind, name: ref.getText(analysis.index.sourceFile), argument: expr, ...(joinedText(analysis, ref) ? { text: true } : {}) });
      }
    }
    if (uses.length) result.push({ node: llm.node, ...(llm.site ? { site: llm.site } : {}), uses });
  }
  return result;
}
