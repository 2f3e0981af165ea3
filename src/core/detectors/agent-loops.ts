import ts from "typescript";
import { contains, enclosingFunction, isFunctionLike, unwrap, walk, type LoopNode } from "../syntax/ast";
import { resolveLocalFunction, type FileAnalysis, type LlmCall } from "./analysis";
import { lookup } from "../syntax/file-index";
import { HUMAN_INPUT_EXPORTS } from "../sdk/profiles/human-input";
import { findRetryConstructs } from "./retry";
import { countingCondition, exitingIfs, exitsLoop, isCollectionLoop, loopCap, loopKeywordRange, MAX_REFERENCE_LENGTH, updatedWithin } from "./loops";
import { runtimeOf, type AgentRuntime } from "./agent-runtimes";

export interface AgentLoop {
  kind: "loop" | "recursion";
  node: ts.Node;
  range: { start: number; end: number };
  /** The model call that the loop repeats. */
  call: LlmCall;
  loop?: LoopNode;
  name?: string;
}

/** Reads from a person: such a loop is a chat REPL, bounded by the person, not an agent loop. */
const HUMAN_INPUT = /(^|\.)(question|prompt\w*|readline|readLine|getUserInput|ask|askUser|askQuestion|confirm\w*|input)$/;
/** Methods that grow an array (or set) in place, or a conversation builder (`builder.addToolResults(results)`). */
const GROWS = /^(?:push|unshift|splice|set|add|add[A-Z][\w$]*)$/;

function callsWithin(analysis: FileAnalysis, scope: ts.Node): LlmCall[] {
  const owner = enclosingFunction(scope);
  return analysis.llmCalls.filter((c) => contains(scope, c.node) && runsInline(c.node, owner));
}

/** A call runs as part of its scope's function: no function boundary between them other than inline callbacks. */
function runsInline(node: ts.Node, owner: ts.FunctionLikeDeclaration | undefined): boolean {
  let current = node.parent;
  while (current && current !== owner) {
    if (isFunctionLike(current)) {
      const parent = current.parent;
      const inlineCallback = (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) && parent && ts.isCallExpression(parent);
      if (!inlineCallback) return false;
    }
    current = current.parent;
  }
  return true;
}

/** The loop reads from a person each turn (`rl.question`, stdin, `for await (const line of rl)`): a chat REPL. */
export function readsHumanInput(analysis: FileAnalysis, scope: ts.Node): boolean {
  if (ts.isForOfStatement(scope) && scope.awaitModifier) return true;
  return callsReadHuman(analysis, scope, 0);
}

const humanFunctions = new WeakMap<FileAnalysis, Map<ts.Node, boolean>>();

/** A call of a terminal prompt library's export (`text({ message })` from @clack/prompts, `inquirer.prompt(...)`). */
function promptsPerson(analysis: FileAnalysis, call: ts.CallExpression): boolean {
  const callee = unwrap(call.expression);
  const root = ts.isPropertyAccessExpression(callee) ? unwrap(callee.expression) : callee;
  if (!ts.isIdentifier(root)) return false;
  const decl = lookup(analysis.index, root.text, root);
  if (decl?.kind !== "import" || !decl.module) return false;
  const library = HUMAN_INPUT_EXPORTS.find((l) => l.module === decl.module);
  if (!library) return false;
  // `text(...)`, `inquirer.prompt(...)` (default or namespace import), `clack.text(...)`.
  const name = root === callee ? decl.importName : ts.isPropertyAccessExpression(callee) && (decl.importName === "*" || decl.importName === "default") ? callee.name.text : undefined;
  return !!name && library.exports.includes(name);
}

/** Calls in scope that read from a person: readline and friends, or a local function that does (`await confirm(q)`). */
function callsReadHuman(analysis: FileAnalysis, scope: ts.Node, depth: number): boolean {
  for (const call of analysis.index.calls) {
    if (!contains(scope, call)) continue;
    const text = call.expression.getText(analysis.index.sourceFile);
    if (HUMAN_INPUT.test(text) || /stdin|readline/i.test(text) || promptsPerson(analysis, call)) return true;
    if (depth >= 3) continue;
    const fn = resolveLocalFunction(analysis.index, call);
    if (!fn || contains(fn, scope)) continue;
    let memo = humanFunctions.get(analysis);
    if (!memo) {
      memo = new Map();
      humanFunctions.set(analysis, memo);
    }
    let reads = memo.get(fn);
    if (reads === undefined) {
      memo.set(fn, false); // cycles
      reads = !!fn.body && callsReadHuman(analysis, fn.body, depth + 1);
      memo.set(fn, reads);
    }
    if (reads) return true;
  }
  return false;
}

/** The text of a reference: an identifier or a property chain of one or of `this` (`state.messages`, `this.history`). */
function referenceText(node: ts.Expression): string | undefined {
  // Iterative, and no text for chains too long to be a reference anyone compares (a 5,000-link chain).
  if (node.end - node.pos > MAX_REFERENCE_LENGTH) return undefined;
  const names: string[] = [];
  let e = unwrap(node);
  while (ts.isPropertyAccessExpression(e)) {
    names.push(e.name.text);
    if (e.expression.kind === ts.SyntaxKind.ThisKeyword) {
      names.push("this");
      return names.reverse().join(".");
    }
    e = unwrap(e.expression);
  }
  if (!ts.isIdentifier(e)) return undefined;
  names.push(e.text);
  return names.reverse().join(".");
}

/** References read by a node: identifiers in expression position and property chains with their prefixes (`state.messages`, `state`). */
function referencesRead(node: ts.Node, into = new Set<string>()): Set<string> {
  walk(node, (n) => {
    if (ts.isPropertyAccessExpression(n)) {
      const text = referenceText(n);
      if (text) into.add(text);
    } else if (ts.isIdentifier(n)) {
      // Not the name of `a.name` nor the key of `{ name: value }`.
      const parent = n.parent;
      if (!((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === n)) into.add(n.text);
    }
  });
  return into;
}

/** References used by the arguments of a call. */
function argumentRoots(call: ts.CallExpression): Set<string> {
  const roots = new Set<string>();
  for (const arg of call.arguments) referencesRead(arg, roots);
  return roots;
}

/** Arrays (and sets, maps) grown in place within a scope: `messages.push(...)`, `this.history.unshift(...)`. */
function grownWithin(analysis: FileAnalysis, scope: ts.Node): Map<string, ts.CallExpression[]> {
  const { index } = analysis;
  const grown = new Map<string, ts.CallExpression[]>();
  for (const call of index.calls) {
    if (!contains(scope, call)) continue;
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || !GROWS.test(callee.name.text)) continue;
    const text = referenceText(callee.expression);
    if (!text) continue;
    const list = grown.get(text);
    if (list) list.push(call);
    else grown.set(text, [call]);
  }
  return grown;
}

function bindingNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) {
    into.add(name.text);
    return;
  }
  for (const element of name.elements) if (ts.isBindingElement(element)) bindingNames(element.name, into);
}

/**
 * References within a scope whose value derives from a model call made there: the result (`const res = await llm()`),
 * what is computed from it (`const msg = res.choices[0].message`, tool results of `msg.tool_calls`), and arrays it is pushed onto.
 */
function llmDerived(analysis: FileAnalysis, scope: ts.Node): Set<string> {
  const { index } = analysis;
  const calls = analysis.llmCalls.filter((c) => contains(scope, c.node)).map((c) => c.node);
  const tainted = new Set<string>();
  const derives = (expr: ts.Node): boolean => {
    if (calls.some((c) => contains(expr, c))) return true;
    for (const ref of referencesRead(expr)) if (tainted.has(ref)) return true;
    return false;
  };
  const declarations: ts.VariableDeclaration[] = [];
  const iterations: (ts.ForOfStatement | ts.ForInStatement)[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && n.initializer) declarations.push(n);
    if ((ts.isForOfStatement(n) || ts.isForInStatement(n)) && ts.isVariableDeclarationList(n.initializer)) iterations.push(n);
  };
  walk(scope, visit);
  const assignments = index.assignments.filter((a) => contains(scope, a));
  const grown = [...grownWithin(analysis, scope)];
  for (let round = 0; round < 10; round++) {
    const before = tainted.size;
    for (const d of declarations) if (derives(d.initializer!)) bindingNames(d.name, tainted);
    for (const loop of iterations) {
      if (!derives(loop.expression)) continue;
      for (const d of (loop.initializer as ts.VariableDeclarationList).declarations) bindingNames(d.name, tainted);
    }
    for (const a of assignments) {
      if (!derives(a.right)) continue;
      const text = referenceText(a.left);
      if (text) tainted.add(text);
      else if (ts.isObjectLiteralExpression(a.left) || ts.isArrayLiteralExpression(a.left)) referencesRead(a.left, tainted);
    }
    for (const [name, pushes] of grown) if (pushes.some((p) => p.arguments.some((arg) => derives(arg)))) tainted.add(name);
    if (tainted.size === before) break;
  }
  return tainted;
}

/** A reference that keeps its value from one iteration to the next: not declared inside the loop body. */
function persistsAcross(analysis: FileAnalysis, body: ts.Node, ref: string, at: ts.Node): boolean {
  const root = ref.split(".")[0]!;
  if (root === "this") return true;
  const decl = lookup(analysis.index, root, at);
  return !decl || !contains(body, decl.node);
}

/**
 * The loop feeds results back: the model call reads an array the loop grows, or a reference the loop sets from a
 * model result; or the loop's condition reads such a reference (it runs until the model says it is done).
 */
function feedsBack(analysis: FileAnalysis, loop: LoopNode, call: LlmCall): boolean {
  const { index } = analysis;
  const sf = index.sourceFile;
  const body = loop.statement;
  const grown = grownWithin(analysis, body);
  const assigned = updatedWithin(index, body);
  const tainted = llmDerived(analysis, body);
  const roots = argumentRoots(call.node);
  // A method of this class that makes the call reads its fields (this.messages), and may grow them itself.
  // (A function of another module reads that module's fields, not this loop's.)
  const via = call.viaHome ? undefined : call.viaFunction;
  if (via && via.body) {
    const fields = fieldsRead(via, sf);
    for (const field of fields) roots.add(field);
    for (const field of grownWithin(analysis, via.body).keys()) if (fields.has(field)) return true;
  }
  for (const root of roots) {
    if (!persistsAcross(analysis, body, root, call.node)) continue;
    if (grown.has(root)) return true;
    if (assigned.has(root) && tainted.has(root)) return true;
  }
  const condition = ts.isWhileStatement(loop) || ts.isDoStatement(loop) ? loop.expression : ts.isForStatement(loop) ? loop.condition : undefined;
  if (condition) {
    for (const ref of referencesRead(condition)) {
      if ((assigned.has(ref) || grown.has(ref)) && tainted.has(ref) && persistsAcross(analysis, body, ref, condition)) return true;
    }
  }
  return false;
}

function fieldsRead(fn: ts.FunctionLikeDeclaration, sourceFile: ts.SourceFile): Set<string> {
  const fields = new Set<string>();
  if (fn.body) {
    walk(fn.body, (n) => {
      if (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword) fields.add(n.getText(sourceFile));
    });
  }
  return fields;
}

/** `if (messages.length > 40) break`: the length of an array the loop grows every turn is a counter too. */
function lengthCap(analysis: FileAnalysis, loop: LoopNode, grown: Iterable<string>): boolean {
  const counters = new Set<string>();
  for (const name of grown) counters.add(`${name}.length`);
  if (!counters.size) return false;
  const condition = ts.isWhileStatement(loop) || ts.isDoStatement(loop) ? loop.expression : ts.isForStatement(loop) ? loop.condition : undefined;
  if (condition && countingCondition(analysis.index, condition, counters).capped) return true;
  return exitingIfs(loop.statement).some((s) => countingCondition(analysis.index, s.expression, counters).capped);
}

const cache = new WeakMap<FileAnalysis, { loops: AgentLoop[]; runtimes: AgentRuntime[] }>();

/** Loops and recursions that call a model again with the results of the previous call, with no hard cap. */
export function findUncappedAgentLoops(analysis: FileAnalysis): AgentLoop[] {
  return agentLoops(analysis).loops;
}

/** The file's agent runtimes whose loop stops only at a cap the caller passes (`opts.maxSteps ?? Infinity`). */
export function findAgentRuntimes(analysis: FileAnalysis): AgentRuntime[] {
  return agentLoops(analysis).runtimes;
}

function agentLoops(analysis: FileAnalysis): { loops: AgentLoop[]; runtimes: AgentRuntime[] } {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const { index } = analysis;
  const runtimes: AgentRuntime[] = [];
  const retries = findRetryConstructs(analysis);
  const retryNodes = new Set(retries.map((r) => r.node));
  const found: AgentLoop[] = [];
  for (const loop of index.loops) {
    if (isCollectionLoop(loop) || retryNodes.has(loop)) continue;
    const calls = callsWithin(analysis, loop.statement);
    if (calls.length === 0) continue;
    const call = calls.find((c) => feedsBack(analysis, loop, c)) ?? (readsStopReason(analysis, loop) ? calls[0] : undefined);
    if (!call) continue;
    if (readsHumanInput(analysis, loop)) continue;
    const cap = loopCap(index, loop);
    if (cap.capped) {
      const runtime = cap.clock ? undefined : runtimeOf(index, loop, cap.check);
      if (runtime && !runtimes.some((r) => r.fn === runtime.fn)) runtimes.push(runtime);
      continue;
    }
    if (lengthCap(analysis, loop, grownWithin(analysis, loop.statement).keys())) continue;
    // An uncapped loop nested in a capped one is still reported: the outer cap does not bound the inner loop.
    found.push({ kind: "loop", node: loop, range: loopKeywordRange(loop, index.sourceFile), call, loop });
  }
  // Recursion: a function that calls a model and then itself with what came of it (not from a catch: that is a retry).
  const retryCalls = new Set(retries.filter((r) => r.kind === "recursion").map((r) => r.node));
  // (No function of the file reaches a model: no such recursion.)
  for (const call of analysis.llmFunctions.size ? index.calls : []) {
    if (retryCalls.has(call)) continue;
    const fn = resolveLocalFunction(index, call);
    if (!fn || !fn.body || !contains(fn, call) || !analysis.llmFunctions.has(fn)) continue;
    const direct = analysis.llmCalls.find((c) => c.node !== call && contains(fn, c.node) && c.node.pos < call.pos);
    if (!direct) continue;
    if (!recursesWithResults(analysis, fn, call)) continue;
    if (hasDepthCheck(analysis, fn, call)) continue;
    // A person decides each round (`if (await confirm("Regenerate?")) generate()`): bounded by the person, like a chat REPL.
    if (readsHumanInput(analysis, fn.body)) continue;
    const callee = unwrap(call.expression);
    const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
    found.push({
      kind: "recursion",
      node: call,
      range: { start: nameNode.getStart(index.sourceFile), end: call.getEnd() },
      call: direct,
      name: nameNode.getText(index.sourceFile),
    });
  }
  const result = { loops: found, runtimes };
  cache.set(analysis, result);
  return result;
}

/** Names the APIs give a model's stop reason, and the values that mean "the model wants a tool". */
const STOP_REASON = /\b(finish_reason|finishReason|stop_reason|stopReason|requires_action|tool_calls|toolCalls|tool_use)\b/;

/**
 * The loop runs until the model says it is done: its condition or an exiting `if` reads the stop reason of a model
 * result made in the loop (`while (res.stop_reason === "tool_use")`, `if (r.finish_reason !== "tool_calls") break`).
 */
function readsStopReason(analysis: FileAnalysis, loop: LoopNode): boolean {
  const sf = analysis.index.sourceFile;
  const condition = ts.isWhileStatement(loop) || ts.isDoStatement(loop) ? loop.expression : ts.isForStatement(loop) ? loop.condition : undefined;
  const checks = [...(condition ? [condition] : []), ...exitingIfs(loop.statement).map((s) => s.expression)].filter((c) => STOP_REASON.test(c.getText(sf)));
  if (!checks.length) return false;
  const tainted = llmDerived(analysis, loop.statement);
  return checks.some((c) => [...referencesRead(c)].some((ref) => tainted.has(ref)));
}

/**
 * The recursive call passes on what the model produced: an argument reads an array the function grows or a value
 * derived from a model result (`runAgent([...messages, msg])`); with no arguments, a field the function grows or sets.
 * Recursion over the parts of its input (`for (const c of node.children) summarize(c)`) is bounded by the input.
 */
function recursesWithResults(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, call: ts.CallExpression): boolean {
  const { index } = analysis;
  const sf = index.sourceFile;
  const body = fn.body!;
  const grown = grownWithin(analysis, body);
  const tainted = llmDerived(analysis, body);
  if (call.arguments.length === 0) {
    const assigned = updatedWithin(index, body);
    for (const field of fieldsRead(fn, sf)) if (grown.has(field) || (assigned.has(field) && tainted.has(field))) return true;
    return false;
  }
  for (const root of argumentRoots(call)) if (grown.has(root) || tainted.has(root)) return true;
  return false;
}

/**
 * A recursive agent is capped when, before recursing, it compares a parameter (depth, step, turn) or a clock and
 * stops: the comparison guards a return or throw, or the recursive call itself.
 */
function hasDepthCheck(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, call: ts.CallExpression): boolean {
  const params = new Set<string>();
  for (const p of fn.parameters) bindingNames(p.name, params);
  const { sourceFile } = analysis.index;
  const carried = carriedCounters(analysis, fn, call);
  for (const comparison of comparisonsIn(fn)) {
    if (!guards(comparison, call)) continue;
    if (carried) {
      const counter = carriedCounter(comparison, carried);
      // `if (steps >= MAX) return; ... run({ ...opts, steps: steps + 1 })`: a depth the call carries.
      if (counter === "advanced") return true;
      if (counter === "kept") continue;
    }
    const text = comparison.getText(sourceFile);
    for (const p of params) if (new RegExp(`(^|[^\\w$.])${p.replace(/\$/g, "\\$")}(?![\\w$])`).test(text)) return true;
    if (/Date\.now|performance\.now/.test(text) || readsCounterName(comparison)) return true;
  }
  return false;
}

/** A name that says it counts rounds: `depth`, `currentDepth`, `maxSteps`, `turnCount`, `attemptNo` (not `turnResults`). */
const COUNTER_NAME = /(?:depth|steps?|turns?|iterations?|attempts?)(?:count|num|number|index|idx|no)?$/i;

function readsCounterName(comparison: ts.BinaryExpression): boolean {
  let found = false;
  walk(comparison, (n) => {
    if (ts.isIdentifier(n) && COUNTER_NAME.test(n.text)) found = true;
  });
  return found;
}

/**
 * Counters a recursive call carries in the options object it passes on (`run({ ...params, emptyTurns: 0 })`), when
 * the function reads them from its own parameter (`const { emptyTurns = 0 } = params`): for each, whether this call
 * advances it (`steps: steps + 1`) or not (reset to a number, or left as it was under a spread). A comparison of a
 * counter this call resets — a guard on consecutive empty replies, say — does not bound this recursion.
 * Undefined when the call passes no object literal.
 */
function carriedCounters(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, call: ts.CallExpression): Map<string, boolean> | undefined {
  const arg = call.arguments.map((a) => unwrap(a)).find(ts.isObjectLiteralExpression);
  if (!arg) return undefined;
  const paramNames = new Set<string>();
  for (const p of fn.parameters) bindingNames(p.name, paramNames);
  const set = new Map<string, ts.Expression>();
  for (const prop of arg.properties) {
    if (ts.isPropertyAssignment(prop) && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) set.set(prop.name.text, prop.initializer);
    else if (ts.isShorthandPropertyAssignment(prop)) set.set(prop.name.text, prop.name);
  }
  const hasSpread = arg.properties.some(ts.isSpreadAssignment);
  const carried = new Map<string, boolean>();
  for (const decl of analysis.index.declarations.values()) {
    for (const d of decl) {
      if (d.path?.length !== 1 || !contains(fn, d.node)) continue;
      // Destructured from the parameter: in its binding pattern, or `const { x } = params`.
      const fromParam = d.kind === "parameter" ? fn.parameters.some((p) => contains(p, d.node)) : !!d.init && ts.isIdentifier(unwrap(d.init)) && paramNames.has((unwrap(d.init) as ts.Identifier).text);
      if (!fromParam) continue;
      const key = d.path[0]!;
      const value = set.get(key);
      if (value === undefined) {
        if (hasSpread) carried.set(d.name, false);
        continue;
      }
      const v = unwrap(value);
      carried.set(d.name, !ts.isNumericLiteral(v) && !(ts.isIdentifier(v) && v.text === d.name));
    }
  }
  return carried;
}

/** Whether the comparison reads a counter the call advances, only counters it resets or keeps, or none. */
function carriedCounter(comparison: ts.BinaryExpression, carried: Map<string, boolean>): "advanced" | "kept" | undefined {
  let result: "advanced" | "kept" | undefined;
  walk(comparison, (n) => {
    if (ts.isIdentifier(n) && carried.has(n.text)) {
      if (carried.get(n.text)) result = "advanced";
      else result ??= "kept";
    }
  });
  return result;
}

const ORDER = new Set([ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken]);
const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/**
 * Comparisons in a function's own body, and in the callbacks it runs inline (`items.map(async (q) => ...)`), that can
 * bound a count: `<`, `>=`, and `depth === MAX` (not `x === "done"` or `x !== null`).
 */
function comparisonsIn(fn: ts.FunctionLikeDeclaration): ts.BinaryExpression[] {
  const found: ts.BinaryExpression[] = [];
  walk(fn, (n) => {
    if (n !== fn && isFunctionLike(n) && !isInlineCallback(n)) return false;
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      if (ORDER.has(op)) found.push(n);
      else if (EQUALITY.has(op) && [n.left, n.right].every((side) => !isStateLiteral(unwrap(side)))) found.push(n);
    }
    return true;
  });
  return found;
}

function isStateLiteral(e: ts.Expression): boolean {
  return (
    ts.isStringLiteralLike(e) ||
    e.kind === ts.SyntaxKind.NullKeyword ||
    e.kind === ts.SyntaxKind.TrueKeyword ||
    e.kind === ts.SyntaxKind.FalseKeyword ||
    (ts.isIdentifier(e) && e.text === "undefined")
  );
}

/** An arrow or function expression passed to a call: taken to run within the function that makes the call. */
function isInlineCallback(n: ts.Node): boolean {
  return (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && !!n.parent && ts.isCallExpression(n.parent) && n.parent.arguments.includes(n);
}

/** The comparison decides whether the function stops or recurses. */
function guards(comparison: ts.Node, call: ts.CallExpression): boolean {
  let child: ts.Node = comparison;
  let current = comparison.parent;
  while (current && !isFunctionLike(current)) {
    if (ts.isIfStatement(current) && child === current.expression) {
      if (exitsLoop(current.thenStatement) || contains(current, call)) return true;
    }
    if (ts.isConditionalExpression(current) && child === current.condition && contains(current, call)) return true;
    if (
      ts.isBinaryExpression(current) &&
      child === current.left &&
      (current.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || current.operatorToken.kind === ts.SyntaxKind.BarBarToken) &&
      contains(current.right, call)
    ) {
      return true;
    }
    if (ts.isStatement(current)) return false;
    child = current;
    current = current.parent;
  }
  return false;
}
