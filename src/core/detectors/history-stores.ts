import ts from "typescript";
import { contains, enclosingFunction, unwrap } from "../syntax/ast";
import { lookup, thisClass, type FileIndex } from "../syntax/file-index";
import type { Tracer } from "../project/trace";
import { calleeName, keyedContainer, referenceKey, shortens, wholeSources } from "./history-windows";

/**
 * Conversations kept between calls in a container: per-user histories in a map or record (`this.history[user]`,
 * `histories.get(chatId)`, including a field declared in a base class of another module), histories returned by the
 * project's own functions (`store.getHistory(id)`), session objects (`ctx.session.messages`) and store reads with no
 * limit (`prisma.message.findMany({ where })`, `redis.lrange(key, 0, -1)`, `db.get(user).messages`).
 */

export type StoredKind = "keyed" | "session" | "store";

interface Scope {
  index: FileIndex;
  node: ts.Node;
}

/** `histories.get(id) ?? []`, `this.history[user] || []`: the reference read, without its fallback. */
function withoutFallback(node: ts.Expression): ts.Expression {
  const e = unwrap(node);
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return unwrap(e.left);
  return e;
}

/** The key of a reference, following a const alias: `const h = histories.get(id) ?? []; h.push(m)` grows `histories[]`. */
function aliasKey(index: FileIndex, node: ts.Expression): string | undefined {
  const e = unwrap(node);
  if (ts.isIdentifier(e)) {
    const decl = lookup(index, e.text, e);
    if (decl?.kind === "variable" && decl.init && !decl.path?.length) {
      const aliased = referenceKey(withoutFallback(decl.init));
      if (aliased?.endsWith("[]")) return aliased;
    }
  }
  return referenceKey(e);
}

/** A value that is the history plus more: `[...h, m]`, `h.concat(m)`, `[...(histories.get(id) ?? []), m]`. */
function extendsHistory(index: FileIndex, value: ts.Expression, key: string): boolean {
  const v = unwrap(value);
  if (ts.isArrayLiteralExpression(v)) return v.elements.some((el) => ts.isSpreadElement(el) && aliasKey(index, withoutFallback(el.expression)) === key);
  if (ts.isCallExpression(v) && calleeName(v) === "concat" && ts.isPropertyAccessExpression(unwrap(v.expression))) {
    return aliasKey(index, withoutFallback((unwrap(v.expression) as ts.PropertyAccessExpression).expression)) === key;
  }
  return ts.isIdentifier(v) && aliasKey(index, v) === key && key.endsWith("[]");
}

/**
 * Whether the conversations under `key` grow within the scopes (push, unshift, `x[k] = [...x[k], m]`,
 * `map.set(k, [...])`) and are never shortened there (shift, splice, pop, reassigned to a window of themselves).
 */
function growsUntrimmed(key: string, scopes: Scope[]): boolean {
  let grows = false;
  for (const { index, node } of scopes) {
    for (const call of index.calls) {
      if (!contains(node, call)) continue;
      const callee = unwrap(call.expression);
      if (!ts.isPropertyAccessExpression(callee)) continue;
      const method = callee.name.text;
      if (method === "set" && call.arguments.length === 2 && `${referenceKey(callee.expression)}[]` === key) {
        const value = call.arguments[1]!;
        if (shortens(value)) return false;
        if (extendsHistory(index, value, key)) grows = true;
        continue;
      }
      if (aliasKey(index, callee.expression) !== key) continue;
      if (method === "push" || method === "unshift") grows = true;
      if (method === "shift" || method === "splice" || method === "pop") return false;
    }
    for (const assignment of index.assignments) {
      if (!contains(node, assignment) || referenceKey(assignment.left) !== key) continue;
      if (shortens(assignment.right)) return false;
      if (extendsHistory(index, assignment.right, key)) grows = true;
    }
  }
  return grows;
}

/** A class and the classes it extends (in this file or another module of the project), each with its file's index. */
export function classChain(index: FileIndex, tracer: Tracer, cls: ts.ClassLikeDeclaration): { index: FileIndex; cls: ts.ClassLikeDeclaration }[] {
  const chain = [{ index, cls }];
  let current = { index, cls, tracer };
  for (let depth = 0; depth < 4; depth++) {
    const heritage = current.cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!heritage) break;
    const base = current.tracer.resolveLocal(heritage.expression);
    if (base?.kind !== "class" || chain.some((c) => c.cls === base.cls)) break;
    current = { index: base.home.index, cls: base.cls, tracer: base.home };
    chain.push({ index: current.index, cls: current.cls });
  }
  return chain;
}

/** Whether a function registered or returned from `declFn` runs after its call returns (history.ts decides). */
export type Outlives = (callFn: ts.FunctionLikeDeclaration, declFn: ts.FunctionLikeDeclaration) => boolean;

/**
 * A per-key conversation (`this.history[user]`, `histories.get(chatId)`, `store.chats[id]`) kept in a container that
 * outlives the call (a class field, a module-level or outer variable) and grown there. `plainField` also accepts
 * `this.messages` itself (for what a function of the project returns).
 */
export function classifyKeyed(index: FileIndex, tracer: Tracer, at: ts.Node, ref: ts.Expression, outlives: Outlives, plainField = false): StoredKind | undefined {
  const key = referenceKey(ref);
  if (!key) return undefined;
  let container = keyedContainer(ref);
  if (!container && plainField && ts.isPropertyAccessExpression(unwrap(ref))) container = unwrap(ref);
  if (!container || !key.startsWith(referenceKey(container) ?? "\u0000")) return undefined;
  if (ts.isPropertyAccessExpression(container) && container.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = thisClass(container);
    if (!cls) return undefined;
    const chain = classChain(index, tracer, cls);
    const field = container.name.text;
    if (!chain.some((c) => c.index.classFields.get(c.cls)?.has(field))) return undefined;
    return growsUntrimmed(key, chain.map((c) => ({ index: c.index, node: c.cls }))) ? "keyed" : undefined;
  }
  if (!key.endsWith("[]")) return undefined;
  // `histories`, `store.chats`: a variable of the module, or of an outer function whose handler outlives its call.
  let root: ts.Expression = container;
  while (ts.isPropertyAccessExpression(root)) root = unwrap(root.expression);
  if (!ts.isIdentifier(root)) return undefined;
  const decl = lookup(index, root.text, root);
  if (!decl || decl.kind !== "variable") return undefined;
  const declFn = enclosingFunction(decl.node);
  const callFn = enclosingFunction(at);
  if (!callFn) return undefined;
  if (declFn && !(declFn !== callFn && contains(declFn, callFn) && outlives(callFn, declFn))) return undefined;
  return growsUntrimmed(key, [{ index, node: declFn ?? index.sourceFile }]) ? "keyed" : undefined;
}

/**
 * A call of one of the project's functions (in this module or another) that returns a kept conversation:
 * `conversationManager.getHistory(id)` returning `this.chatHistories[id]?.map(...) || []`.
 */
export function classifyReturned(tracer: Tracer, call: ts.CallExpression): StoredKind | undefined {
  const local = tracer.resolveLocal(call.expression);
  if (local?.kind !== "function") return undefined;
  for (const value of local.home.returnsOf(local.fn)) {
    const sources: ts.Expression[] = [];
    wholeSources(value, sources);
    for (const source of sources) {
      if (ts.isCallExpression(source) && !keyedContainer(source)) continue; // one function deep
      const kind = classifyKeyed(local.home.index, local.home, value, source, () => false, true);
      if (kind) return kind;
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
export function unboundedStoreQuery(call: ts.CallExpression, sf: ts.SourceFile): boolean {
  // The outermost call of a query chain: `.where(...)`, `.sort(...)`, `.exec()`.
  const text = call.getText(sf);
  if (BOUNDED.test(text)) return false;
  for (let e: ts.Expression = call; ; ) {
    e = unwrap(e);
    if (ts.isCallExpression(e)) {
      const callee = unwrap(e.expression);
      if (!ts.isPropertyAccessExpression(callee)) return false;
      const name = callee.name.text;
      const receiver = callee.expression.getText(sf);
      if (name === "lrange") {
        const [, start, end] = e.arguments;
        return !!start && !!end && /^0$/.test(start.getText(sf).trim()) && /^-\s*1$/.test(end.getText(sf).trim());
      }
      if ((name === "findMany" || name === "findAll") && CONVERSATION.test(receiver)) return true;
      if (name === "find" && CONVERSATION.test(receiver) && !e.arguments.some((a) => ts.isArrowFunction(unwrap(a)) || ts.isFunctionExpression(unwrap(a)))) return /^[A-Z]|\./.test(receiver);
      if (name === "from" && e.arguments.some((a) => CONVERSATION.test(a.getText(sf)))) return true;
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
export function classifyStoredProperty(index: FileIndex, ref: ts.Expression): StoredKind | undefined {
  const e = unwrap(ref);
  if (!ts.isPropertyAccessExpression(e) || !CONVERSATION_PROP.test(e.name.text)) return undefined;
  const base = unwrap(e.expression);
  if (ts.isCallExpression(base)) {
    const name = calleeName(base);
    if (!name || !READ_VERB.test(name) || base.arguments.some((a) => BOUNDED.test(a.getText(index.sourceFile)))) return undefined;
    return ts.isPropertyAccessExpression(unwrap(base.expression)) ? "store" : undefined;
  }
  const key = referenceKey(e);
  if (!key || !/(^|\.)session$/i.test(referenceKey(base) ?? "")) return undefined;
  return growsUntrimmed(key, [{ index, node: index.sourceFile }]) ? "session" : undefined;
}

/** Whether `node` runs every time its function runs: no `if`, `?:`, `&&`/`||`, loop or `catch` between them. */
function runsUnconditionally(node: ts.Node, fn: ts.Node): boolean {
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (ts.isIfStatement(current) || ts.isConditionalExpression(current) || ts.isCatchClause(current) || ts.isSwitchStatement(current)) return false;
    if (ts.isIterationStatement(current, false)) return false;
    if (ts.isBinaryExpression(current) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(current.operatorToken.kind)) return false;
  }
  return true;
}

/** `options.threadId = threadId` in the calling function: the id read from a property is written back to it. */
function storedBack(index: FileIndex, property: ts.Expression, local: ts.Identifier): boolean {
  // Where the local lives (the call may sit in a callback of that function: `new Promise((resolve) => ...)`).
  const decl = lookup(index, local.text, local);
  const fn = decl && enclosingFunction(decl.node);
  const key = ts.isPropertyAccessExpression(property) ? referenceKey(property) : undefined;
  if (!fn || !key) return false;
  return index.assignments.some((a) => {
    const right = unwrap(a.right);
    return contains(fn, a) && a.operatorToken.kind === ts.SyntaxKind.EqualsToken && referenceKey(a.left) === key && ts.isIdentifier(right) && right.text === local.text;
  });
}

/**
 * The receiver of a chat-session call (`chat.sendMessage(...)` of an SDK whose sessions re-send their history) when
 * the session is kept between calls: in a per-user map or record (`this.chats[user]`, `sessions.get(id)`) or a class
 * field (`this.chat`), stored there (`this.chats[user] = model.startChat()`), and not made anew before every call.
 */
export function keptSession(index: FileIndex, tracer: Tracer, call: ts.CallExpression, sessionId?: ts.Expression): ts.Expression | undefined {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  // A session kept server side is named by its id (an Assistants thread id): whatever the file stores under a key
  // and reads back is that session; a session object must be stored as made (a call).
  const receiver = sessionId ? unwrap(sessionId) : unwrap(callee.expression);
  let session: ts.Expression = receiver;
  /** `let chat = sessions[id]; if (!chat) { chat = model.startChat(); sessions[id] = chat; }`: the local stored back. */
  let local: ts.Identifier | undefined;
  if (ts.isIdentifier(receiver)) {
    const decl = lookup(index, receiver.text, receiver);
    if (decl?.kind !== "variable" || decl.path?.length || !decl.init) return undefined;
    session = withoutFallback(decl.init);
    if (decl.mutable) {
      if (!keyedContainer(session) && !(sessionId && storedBack(index, session, receiver))) return undefined;
      const fn = enclosingFunction(call);
      // Replaced by a new session before every call: not a kept one.
      for (const assignment of index.assignments) {
        const left = unwrap(assignment.left);
        if (!ts.isIdentifier(left) || lookup(index, left.text, left) !== decl) continue;
        if (fn && enclosingFunction(assignment) === fn && assignment.pos < call.pos && runsUnconditionally(assignment, fn)) return undefined;
      }
      local = receiver;
    }
  }
  const key = referenceKey(session);
  if (!key) return undefined;
  // `let threadId = options.threadId; ... options.threadId = threadId`: kept in the caller's object for the next call.
  if (local && sessionId && !keyedContainer(session) && storedBack(index, session, local)) return receiver;
  const container = keyedContainer(session) ?? (ts.isPropertyAccessExpression(session) ? session : undefined);
  if (!container || !ts.isPropertyAccessExpression(container) || container.expression.kind !== ts.SyntaxKind.ThisKeyword) {
    if (!container || !ts.isIdentifier(container)) return undefined;
    const decl = lookup(index, container.text, container);
    if (decl?.kind !== "variable" || enclosingFunction(decl.node)) return undefined;
  }
  const fn = enclosingFunction(call);
  if (!fn) return undefined;
  const cls = thisClass(container);
  const scopes: Scope[] = cls && ts.isPropertyAccessExpression(container) ? classChain(index, tracer, cls).map((c) => ({ index: c.index, node: c.cls })) : [{ index, node: index.sourceFile }];
  let stored = false;
  for (const scope of scopes) {
    for (const assignment of scope.index.assignments) {
      const right = unwrap(assignment.right);
      const storedLocal = !!local && ts.isIdentifier(right) && right.text === local.text;
      if (!contains(scope.node, assignment) || referenceKey(assignment.left) !== key || (!ts.isCallExpression(right) && !storedLocal && !sessionId)) continue;
      // Made anew in the calling function before every call: one session per call, not a kept one.
      // (`??=` and `||=` set it only when missing: kept.)
      const replaces = assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (replaces && enclosingFunction(assignment) === fn && assignment.pos < call.pos && runsUnconditionally(assignment, fn)) return undefined;
      stored = true;
    }
    for (const c of scope.index.calls) {
      const setter = unwrap(c.expression);
      if (!contains(scope.node, c) || !ts.isPropertyAccessExpression(setter) || setter.name.text !== "set" || c.arguments.length !== 2) continue;
      const value = unwrap(c.arguments[1]!);
      if (`${referenceKey(setter.expression)}[]` === key && (ts.isCallExpression(value) || !!sessionId || (!!local && ts.isIdentifier(value) && value.text === local.text))) stored = true;
    }
  }
  return stored ? receiver : undefined;
}
