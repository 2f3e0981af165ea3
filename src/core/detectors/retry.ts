import ts from "typescript";
import { contains, enclosingFunction, findProperty, isFunctionLike, isLoop, isTrueLiteral, nodesWithin, numericLiteralValue, propertyNameText, unwrap, walk, walkWith, type LoopNode } from "../syntax/ast";
import { resolveLocalFunction, type FileAnalysis } from "./analysis";
import { findDelay, type DelayFacts } from "./delays";
import { ownEndpointCallIn } from "./own-endpoints";
import { lookup, type Declaration } from "../syntax/file-index";
import { countingCondition, enclosingLoop, exitingIfs, exitsLoop, isCollectionLoop, isExitCallee, isInfiniteLoop, loopCap, MAX_REFERENCE_LENGTH, loopKeywordRange, updatedWithin, type LoopCap } from "./loops";
import { lookupKey } from "../syntax/options";
import type { CallSite } from "../sdk/match";
import { resolveArrayLiteral, staticNumber } from "../syntax/values";

/** A construct that re-attempts a failed operation. */
export interface RetryConstruct {
  kind: "loop" | "recursion" | "library" | "requeue";
  node: ts.Node;
  /** Where findings about it are reported. */
  range: { start: number; end: number };
  /** The operation re-attempted makes an LLM call (else: a generic helper re-attempting a callback). */
  llm: boolean;
  /** A generic helper: the function whose parameter `param` is the callback re-attempted (retry-helpers.ts). */
  helper?: RetryHelper;
  /** A generic helper the project gives an LLM callback: where (`line 12`, `chat.ts:14`; retry-helpers.ts). */
  usedAt?: string;
  /** The LLM call is a request to the app's own endpoint whose handler makes one (`/api/chat`): its path. */
  endpoint?: string;
  /** Unbounded, or bounded at about `attempts` attempts (undefined when the bound is not static). */
  bounded: boolean;
  attempts?: number;
  /**
   * The loop asks the model again until its reply parses or passes a check (`while (true) { const r = await llm();
   * try { return JSON.parse(r); } catch {} }`): the provider did not fail, so no wait is due between attempts.
   */
  regenerate?: boolean;
  /** Why it is unbounded, for library calls ("forever: true", "retries: Infinity"). */
  why?: string;
  delay: DelayFacts;
  /** For library calls: the factor option when it disables growth, and its key (`factor`, `timeMultiple`). */
  factor?: { value: number; node: ts.Node; key: string };
  /** For library calls: the key that sets the bound (`retries`, `numOfAttempts`), and whether it counts attempts (first try included). */
  countKey?: string;
  countsAttempts?: boolean;
  /** For library calls: the wait is the library's delay option (`retryDelay`), read into `delay`. */
  delayFromOption?: boolean;
  /** For loops: the counter that a fix can use in a growing delay. */
  counter?: string;
  loop?: LoopNode;
  tryStatement?: ts.TryStatement;
  site?: CallSite;
  /** For requeues: the queue's text (`this.queue`). */
  queue?: string;
  /** For library calls: the option node to report at, when one is the cause. */
  optionNode?: ts.Node;
  optionsObject?: ts.ObjectLiteralExpression;
}

/** A generic retry helper: `fn` re-attempts the callback given at its parameter `param`. */
export interface RetryHelper {
  fn: ts.FunctionLikeDeclaration;
  param: number;
}

const cache = new WeakMap<FileAnalysis, RetryConstruct[]>();

export function findRetryConstructs(analysis: FileAnalysis): RetryConstruct[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const found = [...retryLoops(analysis), ...retryRecursions(analysis), ...retryLibraryCalls(analysis), ...requeues(analysis)];
  cache.set(analysis, found);
  return found;
}

const llmCallNodeCache = new WeakMap<FileAnalysis, ts.Node[]>();

/** The nodes of the file's LLM calls in source order, for nodesWithin. */
function llmCallNodes(analysis: FileAnalysis): ts.Node[] {
  let nodes = llmCallNodeCache.get(analysis);
  if (!nodes) llmCallNodeCache.set(analysis, (nodes = analysis.llmCalls.map((c) => c.node).sort((a, b) => a.pos - b.pos)));
  return nodes;
}

/** What the try block re-attempts: an LLM call, or a callback the enclosing function was given; `at` is the first such call. */
function operationIn(analysis: FileAnalysis, block: ts.Node): { llm: boolean; generic: boolean; at?: ts.Node; endpoint?: string; helper?: RetryHelper } {
  const llmCalls = nodesWithin(llmCallNodes(analysis), block);
  if (llmCalls.length) return { llm: true, generic: false, at: llmCalls.reduce((a, b) => (b.pos < a.pos ? b : a)) };
  const { index } = analysis;
  // A request to the app's own endpoint whose handler makes an LLM call.
  const own = ownEndpointCallIn(analysis, block);
  if (own) return { llm: true, generic: false, at: own.node, endpoint: own.path };
  // A callback is a parameter of the function the block belongs to (not `reject` of a Promise executor inside it).
  const owner = enclosingFunction(block);
  for (const call of nodesWithin(index.calls, block)) {
    const callee = unwrap(call.expression);
    if (!ts.isIdentifier(callee)) continue;
    const decl = lookup(index, callee.text, callee);
    if (decl?.kind === "parameter" && owner && decl.node.parent === owner) return { llm: false, generic: true, at: call, ...helperOf(decl) };
  }
  return { llm: false, generic: false };
}

/** The helper whose parameter this is, and its position (not a name destructured from a parameter). */
function helperOf(decl: Declaration): { helper?: RetryHelper } {
  const parameter = decl.node;
  const fn = parameter.parent;
  if (decl.path?.length || !ts.isParameter(parameter) || !fn || !isFunctionLike(fn)) return {};
  return { helper: { fn, param: fn.parameters.indexOf(parameter) } };
}

function loopCondition(loop: LoopNode): ts.Expression | undefined {
  if (ts.isForStatement(loop)) return loop.condition;
  if (ts.isWhileStatement(loop) || ts.isDoStatement(loop)) return loop.expression;
  return undefined;
}

function loopLabel(loop: LoopNode): string | undefined {
  return ts.isLabeledStatement(loop.parent) ? loop.parent.label.text : undefined;
}

/** Whether `block` (not its nested functions) contains a `continue` that targets `loop`. */
function continuesLoop(block: ts.Node, loop: LoopNode): boolean {
  const label = loopLabel(loop);
  let found = false;
  walkWith(block, false, (n, nested) => {
    if (found || isFunctionLike(n)) return undefined;
    if (ts.isContinueStatement(n) && (n.label ? n.label.text === label : !nested)) {
      found = true;
      return undefined;
    }
    return nested || isLoop(n);
  });
  return found;
}

/** Whether `node` (not its nested functions) contains a `break` that leaves `loop`. */
export function breaksLoop(node: ts.Node, loop: LoopNode): boolean {
  const label = loopLabel(loop);
  let found = false;
  walkWith(node, false, (n, nested) => {
    if (found || isFunctionLike(n)) return undefined;
    if (ts.isBreakStatement(n) && (n.label ? n.label.text === label : !nested)) {
      found = true;
      return undefined;
    }
    return nested || isLoop(n) || ts.isSwitchStatement(n);
  });
  return found;
}

/** `process.exit(1)` and the like. */
function isExitCall(expr: ts.Expression): boolean {
  return ts.isCallExpression(expr) && isExitCallee(expr.expression);
}

/** The truthiness of a literal (`true`, `false`, `null`, `0`, `""`), if it is one. */
function literalTruth(expr: ts.Expression): boolean | undefined {
  const e = unwrap(expr);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return false;
  if (ts.isIdentifier(e) && e.text === "undefined") return false;
  if (ts.isNumericLiteral(e)) return Number(e.text) !== 0;
  if (ts.isStringLiteralLike(e)) return e.text !== "";
  return undefined;
}

/**
 * Whether a loop condition still holds after `name = value`: `while (!done)` after `done = false` does,
 * after `done = true` it does not. Undefined when it cannot be told.
 */
function conditionAfter(condition: ts.Expression, name: string, value: ts.Expression, sourceFile: ts.SourceFile): boolean | undefined {
  const truth = literalTruth(value);
  if (truth === undefined) return undefined;
  const c = unwrap(condition);
  if (c.getText(sourceFile) === name) return truth;
  if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken && unwrap(c.operand).getText(sourceFile) === name) return !truth;
  return undefined;
}

/**
 * The catch block lets the loop run again: it does not end in an unconditional exit (throw, return, break,
 * process.exit) nor clear the flag the loop condition reads (`more = false`); a `continue` always runs it again.
 */
function catchLoopsAgain(clause: ts.CatchClause | undefined, loop: LoopNode, sourceFile: ts.SourceFile): boolean {
  if (!clause) return false;
  if (continuesLoop(clause.block, loop)) return true;
  const statements = clause.block.statements;
  const last = statements[statements.length - 1];
  if (!last) return true;
  if (ts.isThrowStatement(last) || ts.isReturnStatement(last) || ts.isBreakStatement(last)) return false;
  if (ts.isExpressionStatement(last) && isExitCall(last.expression)) return false;
  const condition = loopCondition(loop);
  if (condition) {
    const conditionRefs = referencesOf(condition, sourceFile);
    for (const statement of statements) {
      if (!ts.isExpressionStatement(statement)) continue;
      const e = unwrap(statement.expression);
      if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const name = e.left.getText(sourceFile);
      if (!conditionRefs.has(name) || referencesOf(e.right, sourceFile).has(name)) continue;
      // `done = true` ends the loop; `done = false` under `while (!done)` does not; anything else we cannot tell: assume it ends.
      if (conditionAfter(condition, name, e.right, sourceFile) !== true) return false;
    }
  }
  return true;
}

function referencesOf(node: ts.Node | undefined, sourceFile: ts.SourceFile): Set<string> {
  const refs = new Set<string>();
  if (!node) return refs;
  walk(node, (n) => {
    if (ts.isIdentifier(n) || (ts.isPropertyAccessExpression(n) && n.end - n.pos <= MAX_REFERENCE_LENGTH)) refs.add(n.getText(sourceFile));
  });
  return refs;
}

/** Whether `node` leaves the loop on success: a return, a break out of it, process.exit. A throw in a try block is caught, so it does not. */
function leavesOnSuccess(node: ts.Node, loop: LoopNode): boolean {
  let found = false;
  walk(node, (n) => {
    if (found || isFunctionLike(n)) return false;
    if (ts.isReturnStatement(n) || (ts.isCallExpression(n) && isExitCall(n))) found = true;
    return !found;
  });
  return found || breaksLoop(node, loop);
}

/**
 * Success leaves the loop: the try block exits, a statement after it exits, or it sets a flag the condition reads.
 * With `unconditional` (for callbacks, where a poll `if (await check()) return;` is no retry), the exit must be a
 * statement of the try block itself, not one nested in an `if`.
 */
function successExits(analysis: FileAnalysis, loop: LoopNode, tryStatement: ts.TryStatement, unconditional: boolean): boolean {
  const { sourceFile } = analysis.index;
  const conditionRefs = referencesOf(loopCondition(loop), sourceFile);
  if (unconditional) {
    const direct = tryStatement.tryBlock.statements.some(
      (s) =>
        ts.isReturnStatement(s) ||
        (ts.isBreakStatement(s) && breaksLoop(s, loop)) ||
        (ts.isExpressionStatement(s) && ts.isBinaryExpression(s.expression) && s.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && conditionRefs.has(s.expression.left.getText(sourceFile))),
    );
    if (direct) return true;
  } else {
    if (leavesOnSuccess(tryStatement.tryBlock, loop)) return true;
    const assigned = updatedWithin(analysis.index, tryStatement.tryBlock);
    if ([...assigned].some((a) => conditionRefs.has(a))) return true;
  }
  const parent = tryStatement.parent;
  if (ts.isBlock(parent) && parent === loop.statement) {
    const after = parent.statements.slice(parent.statements.indexOf(tryStatement) + 1);
    if (after.some((s) => ts.isBreakStatement(s) || ts.isReturnStatement(s) || ts.isThrowStatement(s))) return true;
  }
  return false;
}

function attemptsFromCap(cap: LoopCap): number | undefined {
  if (cap.clock) return undefined; // a time budget, not a number of attempts
  return cap.bound !== undefined && Number.isFinite(cap.bound) ? Math.max(1, Math.round(cap.bound)) : cap.bound;
}

/** How a counter changes within `scope`: +1 when only incremented by one, -1 when only decremented by one, else 0. */
function counterStep(analysis: FileAnalysis, scope: ts.Node, name: string): number {
  const { index } = analysis;
  const steps = new Set<number>();
  for (const update of nodesWithin(index.updates, scope)) {
    if (unwrap(update.operand).getText(index.sourceFile) !== name) continue;
    steps.add(update.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1);
  }
  for (const assignment of nodesWithin(index.assignments, scope)) {
    if (unwrap(assignment.left).getText(index.sourceFile) !== name) continue;
    const kind = assignment.operatorToken.kind;
    if (kind === ts.SyntaxKind.PlusEqualsToken || kind === ts.SyntaxKind.MinusEqualsToken) {
      const by = staticNumber(index, assignment.right);
      steps.add(by === 1 ? (kind === ts.SyntaxKind.PlusEqualsToken ? 1 : -1) : 0);
    } else if (kind === ts.SyntaxKind.EqualsToken) {
      steps.add(stepOf(analysis, assignment.right, name) ?? 0);
    } else {
      steps.add(0);
    }
  }
  return steps.size === 1 ? [...steps][0]! : 0;
}

/** `name + 1` is +1, `name - 1` is -1, `++name` is +1; undefined when the expression is something else. */
function stepOf(analysis: FileAnalysis, expr: ts.Expression, name: string): number | undefined {
  const { index } = analysis;
  const e = unwrap(expr);
  if (ts.isPrefixUnaryExpression(e) && unwrap(e.operand).getText(index.sourceFile) === name) {
    if (e.operator === ts.SyntaxKind.PlusPlusToken) return 1;
    if (e.operator === ts.SyntaxKind.MinusMinusToken) return -1;
  }
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    const left = unwrap(e.left).getText(index.sourceFile);
    const right = unwrap(e.right).getText(index.sourceFile);
    if (op === ts.SyntaxKind.PlusToken && left === name && staticNumber(index, e.right) === 1) return 1;
    if (op === ts.SyntaxKind.PlusToken && right === name && staticNumber(index, e.left) === 1) return 1;
    if (op === ts.SyntaxKind.MinusToken && left === name && staticNumber(index, e.right) === 1) return -1;
  }
  return undefined;
}

/** A comparison with the counter on the left: `i < 3` stays, `3 > i` becomes `i < 3`. */
function counterComparison(
  analysis: FileAnalysis,
  check: ts.Node | undefined,
  name: string,
): { op: ts.SyntaxKind; bound: number } | undefined {
  if (!check || !ts.isBinaryExpression(check)) return undefined;
  const { index } = analysis;
  const flip: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
    [ts.SyntaxKind.LessThanToken]: ts.SyntaxKind.GreaterThanToken,
    [ts.SyntaxKind.LessThanEqualsToken]: ts.SyntaxKind.GreaterThanEqualsToken,
    [ts.SyntaxKind.GreaterThanToken]: ts.SyntaxKind.LessThanToken,
    [ts.SyntaxKind.GreaterThanEqualsToken]: ts.SyntaxKind.LessThanEqualsToken,
    [ts.SyntaxKind.ExclamationEqualsEqualsToken]: ts.SyntaxKind.ExclamationEqualsEqualsToken,
    [ts.SyntaxKind.ExclamationEqualsToken]: ts.SyntaxKind.ExclamationEqualsEqualsToken,
    [ts.SyntaxKind.EqualsEqualsEqualsToken]: ts.SyntaxKind.EqualsEqualsEqualsToken,
    [ts.SyntaxKind.EqualsEqualsToken]: ts.SyntaxKind.EqualsEqualsEqualsToken,
  };
  let op: ts.SyntaxKind | undefined = check.operatorToken.kind;
  if (op === ts.SyntaxKind.ExclamationEqualsToken) op = ts.SyntaxKind.ExclamationEqualsEqualsToken;
  if (op === ts.SyntaxKind.EqualsEqualsToken) op = ts.SyntaxKind.EqualsEqualsEqualsToken;
  const left = unwrap(check.left);
  const right = unwrap(check.right);
  if (ts.isIdentifier(left) && left.text === name) {
    const bound = staticNumber(index, right);
    return bound !== undefined && Number.isFinite(bound) ? { op, bound } : undefined;
  }
  if (ts.isIdentifier(right) && right.text === name) {
    const bound = staticNumber(index, left);
    op = flip[op];
    return bound !== undefined && Number.isFinite(bound) && op !== undefined ? { op, bound } : undefined;
  }
  return undefined;
}

/** The static initial value of a loop counter: `for (let i = 0; ...)` or `let i = 0;` declared before the loop. */
function counterStart(analysis: FileAnalysis, loop: LoopNode, name: string): number | undefined {
  const { index } = analysis;
  if (ts.isForStatement(loop) && loop.initializer && ts.isVariableDeclarationList(loop.initializer)) {
    for (const d of loop.initializer.declarations) {
      if (ts.isIdentifier(d.name) && d.name.text === name) return staticNumber(index, d.initializer);
    }
  }
  const decl = lookup(index, name, loop);
  if (!decl || decl.kind !== "variable" || decl.path?.length || !decl.init || decl.node.end > loop.pos) return undefined;
  if (enclosingFunction(decl.node) !== enclosingFunction(loop)) return undefined;
  // Not changed between the declaration and the loop.
  for (const a of analysis.index.assignments) {
    if (a.pos > decl.node.end && a.end < loop.pos && unwrap(a.left).getText(index.sourceFile) === name) return undefined;
  }
  for (const u of analysis.index.updates) {
    if (u.pos > decl.node.end && u.end < loop.pos && unwrap(u.operand).getText(index.sourceFile) === name) return undefined;
  }
  return staticNumber(index, decl.init);
}

/**
 * Attempts made by a loop whose own condition counts by one from a static start to a static bound:
 * `for (let i = 0; i <= 5; i++)` makes 6, `for (let n = 10; n > 0; n--)` makes 10.
 */
function countedLoopAttempts(analysis: FileAnalysis, loop: LoopNode, cap: LoopCap, counter: string | undefined): number | undefined {
  if (!counter || ts.isDoStatement(loop) || !cap.check || (loopCondition(loop) ? unwrap(loopCondition(loop)!) : undefined) !== cap.check) return undefined;
  const comparison = counterComparison(analysis, cap.check, counter);
  if (!comparison) return undefined;
  const start = counterStart(analysis, loop, counter);
  if (start === undefined) return undefined;
  const step = counterStep(analysis, loop, counter);
  const { op, bound } = comparison;
  let count: number | undefined;
  if (step === 1) {
    if (op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) count = bound - start;
    else if (op === ts.SyntaxKind.LessThanEqualsToken) count = bound - start + 1;
  } else if (step === -1) {
    if (op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) count = start - bound;
    else if (op === ts.SyntaxKind.GreaterThanEqualsToken) count = start - bound + 1;
  }
  return count !== undefined && count >= 1 ? count : undefined;
}

/** `for (let i = 0; i < items.length; i++)`: a walk over a list (of models, of delays), not a retry of one call. */
function iteratesByIndex(loop: LoopNode): boolean {
  const condition = loopCondition(loop);
  if (!condition) return false;
  let found = false;
  walk(condition, (n) => {
    if (found || isFunctionLike(n)) return false;
    if (ts.isBinaryExpression(n) && [ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken].includes(n.operatorToken.kind)) {
      for (const side of [n.left, n.right]) {
        const e = unwrap(side);
        if (ts.isPropertyAccessExpression(e) && (e.name.text === "length" || e.name.text === "size")) found = true;
      }
    }
    return true;
  });
  return found;
}

/**
 * A wait used as a statement: `await sleep(ms);`, `await new Promise((r) => setTimeout(r, ms));`, not a value
 * such as the `timeout(ms)` of a `Promise.race`.
 */
function isStatementWait(call: ts.CallExpression): boolean {
  let node: ts.Node = call;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (ts.isAwaitExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isVoidExpression(parent)) continue;
    if (ts.isExpressionStatement(parent)) {
      // Inside a Promise executor's block: go on from the executor.
      const block = parent.parent;
      if (ts.isBlock(block) && (ts.isArrowFunction(block.parent) || ts.isFunctionExpression(block.parent)) && isPromiseExecutor(block.parent)) {
        node = block.parent;
        parent = block.parent;
        continue;
      }
      return true;
    }
    if (ts.isArrowFunction(parent) && parent.body === node && isPromiseExecutor(parent)) continue;
    if (ts.isNewExpression(parent) && isPromiseExecutor(node)) continue;
    return false;
  }
  return false;
}

function isPromiseExecutor(node: ts.Node): boolean {
  const parent = node.parent;
  return (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && !!parent && ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === "Promise";
}

/**
 * `const delay = DELAYS[attempt]; if (delay === undefined) throw error;`: a schedule of delays, indexed by a counter,
 * bounds the retries (its length + 1 attempts, when the array is a literal in the file).
 */
function scheduleCap(analysis: FileAnalysis, loop: LoopNode, changing: Set<string>): { attempts?: number; check: ts.Node } | undefined {
  const { index } = analysis;
  for (const statement of exitingIfs(loop.statement)) {
    for (const ref of referencesOf(statement.expression, index.sourceFile)) {
      if (!/^[A-Za-z_$][\w$]*$/.test(ref)) continue;
      const decl = lookup(index, ref, statement.expression);
      if (!decl || decl.kind !== "variable" || !decl.init || decl.path?.length || !contains(loop.statement, decl.node)) continue;
      const init = unwrap(decl.init);
      if (!ts.isElementAccessExpression(init)) continue;
      if (![...referencesOf(init.argumentExpression, index.sourceFile)].some((r) => changing.has(r))) continue;
      const schedule = resolveArrayLiteral(index, init.expression);
      return { ...(schedule && !schedule.elements.some((e) => ts.isSpreadElement(e)) ? { attempts: schedule.elements.length + 1 } : {}), check: statement.expression };
    }
  }
  return undefined;
}

function retryLoops(analysis: FileAnalysis): RetryConstruct[] {
  const { index } = analysis;
  const result: RetryConstruct[] = [];
  for (const loop of index.loops) {
    if (isCollectionLoop(loop) || iteratesByIndex(loop)) continue;
    const fn = enclosingFunction(loop);
    for (const tryStatement of nodesWithin(index.tries, loop.statement)) {
      if (enclosingLoop(tryStatement) !== loop) continue;
      if (enclosingFunction(tryStatement) !== fn) continue;
      let op = operationIn(analysis, tryStatement.tryBlock);
      let regenerate = false;
      if (!op.llm && !op.generic) {
        const before = replyCheckedIn(analysis, loop, tryStatement.tryBlock, tryStatement);
        if (!before) continue;
        op = { llm: true, generic: false, at: before };
        regenerate = true;
      }
      if (!catchLoopsAgain(tryStatement.catchClause, loop, index.sourceFile)) continue;
      if (!successExits(analysis, loop, tryStatement, !op.llm)) continue;
      let cap = loopCap(index, loop);
      const changing = updatedWithin(index, loop);
      if (ts.isForStatement(loop) && loop.initializer && ts.isVariableDeclarationList(loop.initializer)) {
        for (const d of loop.initializer.declarations) if (ts.isIdentifier(d.name)) changing.add(d.name.text);
      }
      const schedule = cap.capped ? undefined : scheduleCap(analysis, loop, changing);
      if (schedule) cap = { capped: true, ...(schedule.attempts !== undefined ? { bound: schedule.attempts } : {}), check: schedule.check };
      const counter = counterName(cap, changing, index.sourceFile);
      const attempts = schedule ? schedule.attempts : (countedLoopAttempts(analysis, loop, cap, counter) ?? attemptsFromCap(cap));
      // Calls in the try block after the operation run only on success: they are not waits between attempts.
      const opStart = op.at ? op.at.getStart(index.sourceFile) : tryStatement.tryBlock.pos;
      const exclude = (call: ts.CallExpression): boolean => contains(tryStatement.tryBlock, call) && (call.end > opStart || !isStatementWait(call));
      result.push({
        kind: "loop",
        node: loop,
        range: loopKeywordRange(loop, index.sourceFile),
        llm: op.llm,
        ...(op.endpoint ? { endpoint: op.endpoint } : {}),
        ...(!op.llm && op.helper ? { helper: op.helper } : {}),
        bounded: cap.capped,
        ...(attempts !== undefined ? { attempts } : {}),
        delay: findDelay(index, loop.statement, exclude, changing),
        loop,
        tryStatement,
        // A delay can grow with the counter only when the counter grows.
        ...(counter && counterStep(analysis, loop, counter) === 1 ? { counter } : {}),
        ...(regenerate ? { regenerate } : {}),
      });
      break;
    }
    if (result[result.length - 1]?.node !== loop) {
      const regenerated = regenerateUntilValid(analysis, loop);
      if (regenerated) result.push(regenerated);
    }
  }
  return result;
}

/**
 * The first LLM call of the loop body's statements before `before` (a statement of the body, not nested in a
 * function) whose result `checked` reads: `const reply = await llm(); try { return JSON.parse(reply); } catch {}`.
 */
function replyCheckedIn(analysis: FileAnalysis, loop: LoopNode, checked: ts.Node, before: ts.Statement): ts.CallExpression | undefined {
  const body = loop.statement;
  if (!ts.isBlock(body)) return undefined;
  const at = body.statements.indexOf(before);
  if (at <= 0) return undefined;
  const { index } = analysis;
  const reads = referencesOf(checked, index.sourceFile);
  for (const statement of body.statements.slice(0, at)) {
    const call = analysis.llmCalls.find((c) => contains(statement, c.node) && enclosingFunction(c.node) === enclosingFunction(loop));
    if (!call || !sameRequest(analysis, loop, call.node)) continue;
    for (const name of boundBy(statement, index.sourceFile)) if (reads.has(name)) return call.node;
  }
  return undefined;
}

/**
 * Whether the LLM call sends the same request on every pass: its arguments read nothing the loop assigns or grows
 * (`messages.push(reply)` makes it an agent loop, not a regeneration).
 */
function sameRequest(analysis: FileAnalysis, loop: LoopNode, call: ts.CallExpression): boolean {
  const { index } = analysis;
  const changed = updatedWithin(index, loop.statement);
  for (const c of nodesWithin(index.calls, loop.statement)) {
    const callee = unwrap(c.expression);
    if (ts.isPropertyAccessExpression(callee) && /^(push|unshift|splice|concat|set|add)$/.test(callee.name.text)) changed.add(unwrap(callee.expression).getText(index.sourceFile));
  }
  const reads = new Set<string>();
  for (const arg of call.arguments) for (const ref of referencesOf(arg, index.sourceFile)) reads.add(ref);
  return ![...reads].some((r) => changed.has(r));
}

/** The names a statement declares or assigns: `const r = ...`, `const { text } = ...`, `r = ...`. */
function boundBy(statement: ts.Statement, sourceFile: ts.SourceFile): string[] {
  const names: string[] = [];
  const collect = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collect(element.name);
  };
  if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) collect(d.name);
  else if (ts.isExpressionStatement(statement)) {
    const e = unwrap(statement.expression);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) names.push(unwrap(e.left).getText(sourceFile));
  }
  return names;
}

/** Names a model's stop reason goes by: a loop that checks one is an agent loop (require-iteration-cap's), not a regeneration. */
const STOP_REASON = /\b(finish_reason|finishReason|stop_reason|stopReason|requires_action|tool_calls|toolCalls|tool_use|toolUse)\b/;

/**
 * The request sent each pass reads nothing the loop could change: its arguments read only names declared outside the
 * loop, none of which the loop assigns, grows or hands to another call (`handleTools(res, messages)` may add to it).
 */
function invariantRequest(analysis: FileAnalysis, loop: LoopNode, call: ts.CallExpression): boolean {
  if (!sameRequest(analysis, loop, call)) return false;
  const { index } = analysis;
  const roots = new Set<string>();
  for (const arg of call.arguments) {
    walk(arg, (n) => {
      if (ts.isIdentifier(n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) && !(ts.isPropertyAssignment(n.parent) && n.parent.name === n)) roots.add(n.text);
      return true;
    });
  }
  for (const name of roots) {
    const decl = lookup(index, name, call);
    if (decl && contains(loop, decl.node)) return false;
  }
  for (const other of nodesWithin(index.calls, loop.statement)) {
    if (other === call || contains(call, other)) continue;
    for (const arg of other.arguments) {
      const a = unwrap(arg);
      if (ts.isIdentifier(a) && roots.has(a.text)) return false;
    }
  }
  return true;
}

/**
 * A loop that asks the model the same thing until its reply passes a check: `do { result = await llm(); } while
 * (!isValid(result))`, `do { r = await llm(); parsed = schema.safeParse(r); } while (!parsed.success)`, or
 * `while (true) { const r = await llm(); const parsed = schema.safeParse(r); if (parsed.success) return parsed.data; }`.
 * The check reads the reply or a value computed from it in the loop; the request reads nothing the loop changes (a
 * loop that feeds the reply back is an agent loop). Bounded only by a counter or a clock in its condition or an
 * exiting `if`.
 */
function regenerateUntilValid(analysis: FileAnalysis, loop: LoopNode): RetryConstruct | undefined {
  if (!(ts.isDoStatement(loop) || ts.isWhileStatement(loop) || ts.isForStatement(loop))) return undefined;
  const { index } = analysis;
  const body = loop.statement;
  // No model call in the loop: nothing to regenerate (and nothing else to read).
  if (!ts.isBlock(body) || nodesWithin(llmCallNodes(analysis), body).length === 0) return undefined;
  const checks: ts.Expression[] = [];
  // The condition holds a negated check: `!isValid(result)`, `!parsed.success`, `isValid(result) === false`.
  if (ts.isDoStatement(loop) || ts.isWhileStatement(loop)) {
    let negated: ts.Expression | undefined;
    walk(loop.expression, (n) => {
      if (negated || isFunctionLike(n)) return false;
      if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken) negated = n.operand;
      else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken && unwrap(n.right).kind === ts.SyntaxKind.FalseKeyword) negated = n.left;
      return !negated;
    });
    const check = negated ? unwrap(negated) : undefined;
    if (check && ((ts.isCallExpression(check) && check.arguments.length > 0) || ts.isPropertyAccessExpression(check) || ts.isIdentifier(check))) checks.push(check);
  }
  // Or, in a loop with no condition, the `if` that leaves it once the reply passes: `if (parsed.success) return parsed.data`.
  if (isInfiniteLoop(loop)) for (const statement of exitingIfs(body)) checks.push(statement.expression);
  if (!checks.length || checks.some((c) => STOP_REASON.test(c.getText(index.sourceFile)))) return undefined;
  const reads = new Set<string>();
  for (const check of checks) for (const ref of referencesOf(check, index.sourceFile)) reads.add(ref);
  let at: ts.CallExpression | undefined;
  const fromReply = new Set<string>();
  for (const statement of body.statements) {
    if (!at) {
      const call = analysis.llmCalls.find((c) => contains(statement, c.node) && enclosingFunction(c.node) === enclosingFunction(loop));
      if (!call) continue;
      if (!invariantRequest(analysis, loop, call.node)) return undefined;
      at = call.node;
      for (const name of boundBy(statement, index.sourceFile)) fromReply.add(name);
      continue;
    }
    // A value computed from the reply in a later statement: `const parsed = schema.safeParse(reply)`.
    const bound = boundBy(statement, index.sourceFile);
    if (bound.length && [...referencesOf(statement, index.sourceFile)].some((r) => fromReply.has(r.split(".")[0]!))) for (const name of bound) fromReply.add(name);
  }
  if (!at || ![...fromReply].some((name) => reads.has(name))) return undefined;
  if (readsHuman(analysis, body)) return undefined;
  const cap = loopCap(index, loop);
  const changing = updatedWithin(index, loop);
  const counter = counterName(cap, changing, index.sourceFile);
  return {
    kind: "loop",
    node: loop,
    range: loopKeywordRange(loop, index.sourceFile),
    llm: true,
    bounded: cap.capped,
    ...(attemptsFromCap(cap) !== undefined ? { attempts: attemptsFromCap(cap)! } : {}),
    delay: findDelay(index, loop.statement, undefined, changing),
    loop,
    ...(counter && counterStep(analysis, loop, counter) === 1 ? { counter } : {}),
    regenerate: true,
  };
}

/** A read from a person in the loop (`rl.question`, stdin): a REPL, not a regeneration. */
function readsHuman(analysis: FileAnalysis, body: ts.Node): boolean {
  return nodesWithin(analysis.index.calls, body).some((c) => /(^|\.)(question|prompt\w*|readline|readLine|getUserInput|ask|askUser|askQuestion|confirm\w*|input)$/.test(c.expression.getText(analysis.index.sourceFile)) || /stdin|readline/i.test(c.expression.getText(analysis.index.sourceFile)));
}

function counterName(cap: LoopCap, changing: Set<string>, sourceFile: ts.SourceFile): string | undefined {
  if (!cap.check || cap.clock) return undefined;
  const refs = referencesOf(cap.check, sourceFile);
  for (const ref of refs) if (changing.has(ref) && /^[A-Za-z_$][\w$]*$/.test(ref)) return ref;
  return undefined;
}

/** The catch clause or `.catch(cb)` / `.then(_, cb)` callback between a call and its function (or file), if any. */
function failurePath(call: ts.Node, fn: ts.FunctionLikeDeclaration | ts.SourceFile): ts.Node | undefined {
  let current: ts.Node | undefined = call.parent;
  while (current && current !== fn) {
    if (ts.isCatchClause(current)) return current;
    if ((ts.isArrowFunction(current) || ts.isFunctionExpression(current)) && ts.isCallExpression(current.parent)) {
      const outer: ts.CallExpression = current.parent;
      const callee = outer.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        if (callee.name.text === "catch" && outer.arguments[0] === current) return current;
        if (callee.name.text === "then" && outer.arguments[1] === current) return current;
        if (isErrorHandler(outer, current)) return current;
      }
    }
    current = current.parent;
  }
  return undefined;
}

/** `stream.on("error", handler)` (or `once`, `addListener`, `addEventListener`): an error event's handler. */
function isErrorHandler(call: ts.CallExpression, handler: ts.Node): boolean {
  const callee = call.expression;
  const event = call.arguments[0];
  return (
    ts.isPropertyAccessExpression(callee) &&
    /^(on|once|addListener|addEventListener)$/.test(callee.name.text) &&
    call.arguments[1] === handler &&
    !!event &&
    ts.isStringLiteralLike(event) &&
    event.text === "error"
  );
}

/**
 * `node.children.map((c) => summarize(c))` in a catch: the call passes the parameter of a callback nested in the
 * function, so it works on other data (a traversal), not a retry of the same call.
 */
function walksOtherData(call: ts.CallExpression, fn: ts.FunctionLikeDeclaration, sourceFile: ts.SourceFile): boolean {
  const nestedParams = new Set<string>();
  for (let current: ts.Node = call.parent; current !== fn; current = current.parent) {
    if (!isFunctionLike(current)) continue;
    const outer = current.parent;
    // `.catch((e) => ...)` and `.then(_, (e) => ...)` callbacks get the error, not other data.
    if (ts.isCallExpression(outer) && ts.isPropertyAccessExpression(outer.expression) && ["catch", "then"].includes(outer.expression.name.text)) continue;
    if (ts.isCallExpression(outer) && isErrorHandler(outer, current)) continue;
    for (const p of current.parameters) if (ts.isIdentifier(p.name)) nestedParams.add(p.name.text);
  }
  if (nestedParams.size === 0) return false;
  return call.arguments.some((arg) => [...referencesOf(arg, sourceFile)].some((r) => nestedParams.has(r.split(".")[0]!)));
}

/**
 * `const newModel = await askUserForModel(); if (newModel) return generate(diff, newModel);`: the failure path
 * awaits a replacement (a model the user picks, a fallback a service names) and calls again only when it got one,
 * with it. Each further call waits on that answer: a fallback, not a storm of the same request.
 */
function retriesWithReplacement(analysis: FileAnalysis, call: ts.CallExpression, path: ts.Node): boolean {
  const { index } = analysis;
  for (const arg of call.arguments) {
    const expr = unwrap(arg);
    if (!ts.isIdentifier(expr)) continue;
    const decl = lookup(index, expr.text, expr);
    if (!decl || decl.kind !== "variable" || decl.path?.length || !decl.init || !contains(path, decl.node)) continue;
    // `unwrap` strips `await`: look through parentheses and assertions only.
    let init: ts.Expression = decl.init;
    while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isNonNullExpression(init)) init = init.expression;
    if (!ts.isAwaitExpression(init) || !ts.isCallExpression(unwrap(init.expression))) continue;
    for (let n: ts.Node = call.parent; n !== path; n = n.parent) {
      if (ts.isIfStatement(n) && contains(n.thenStatement, call) && unwrap(n.expression).getText(index.sourceFile) === expr.text) return true;
    }
  }
  return false;
}

type RecursionCap = LoopCap & { counter?: string; attempts?: number };

/**
 * Whether the function checks an attempt/depth parameter that the recursive call changes, a counter kept outside
 * the function, or a clock (`Date.now() > deadline`) before it retries.
 */
function recursionCap(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, call: ts.CallExpression): RecursionCap {
  const { index } = analysis;
  for (let i = 0; i < fn.parameters.length; i++) {
    const param = fn.parameters[i]!;
    if (!ts.isIdentifier(param.name)) {
      // `{ attempt = 0 }` destructured options: look for the key in an object argument.
      if (ts.isObjectBindingPattern(param.name)) {
        for (const element of param.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const cap = checkedIn(analysis, fn, new Set([element.name.text]), false);
          if (cap.capped) return { ...cap, attempts: attemptsFromCap(cap) };
        }
      }
      continue;
    }
    const name = param.name.text;
    const arg = call.arguments[i];
    if (!arg) continue;
    const argExpr = unwrap(arg);
    if (argExpr.getText(index.sourceFile) === name) continue; // passed unchanged
    // `attempt++` passes the old value: unchanged too.
    if (ts.isPostfixUnaryExpression(argExpr) && unwrap(argExpr.operand).getText(index.sourceFile) === name) continue;
    if (!referencesOf(arg, index.sourceFile).has(name)) continue;
    const cap = checkedIn(analysis, fn, new Set([name]), false);
    if (!cap.capped) continue;
    const step = stepOf(analysis, arg, name);
    return { ...cap, attempts: recursionAttempts(analysis, cap, name, param, step), ...(step === 1 ? { counter: name } : {}) };
  }
  // `this.generate({ ...options, numRetries: numRetries - 1 })`: a count passed in an options object, read back from it.
  for (const arg of call.arguments) {
    const object = unwrap(arg);
    if (!ts.isObjectLiteralExpression(object)) continue;
    for (const prop of object.properties) {
      if (!ts.isPropertyAssignment(prop)) continue;
      const value = unwrap(prop.initializer);
      const name = [...referencesOf(value, index.sourceFile)].find((r) => /^[A-Za-z_$][\w$]*$/.test(r) && value.getText(index.sourceFile) !== r);
      if (!name || stepOf(analysis, value, name) === undefined) continue;
      const decl = lookup(index, name, call);
      if (!decl || !contains(fn, decl.node)) continue;
      const cap = checkedIn(analysis, fn, new Set([name]), false);
      if (cap.capped) return { ...cap, attempts: attemptsFromCap(cap) };
    }
  }
  // A counter kept outside the function (`let failures = 0` in the module, `this.attempts`) or a clock, checked before an exit.
  const outer = new Set<string>();
  for (const ref of updatedWithin(index, fn)) {
    const decl = /^[A-Za-z_$][\w$]*$/.test(ref) ? lookup(index, ref, call) : undefined;
    if (decl ? !contains(fn, decl.node) : ref.includes(".")) outer.add(ref);
  }
  const cap = checkedIn(analysis, fn, outer, true);
  if (cap.capped && !returnsBeforeCheck(call, fn, cap, outer, index.sourceFile)) return { ...cap, attempts: attemptsFromCap(cap) };
  // Or a check of such a counter (or a clock) guarding the call: `if (job.attempts < 3) setTimeout(() => this.process(job), ms)`.
  for (const guard of guardsAbove(call, fn)) {
    const guarded = countingCondition(index, guard, outer);
    if (guarded.capped) return { ...guarded, attempts: attemptsFromCap(guarded) };
  }
  return { capped: false };
}

/**
 * `if (isTimeout(e)) return retry(); if (attempts < 3) return retry(); throw e;`: the first call returns before the
 * counter is checked, under a guard that does not read it, so that path retries with no limit.
 */
function returnsBeforeCheck(call: ts.CallExpression, fn: ts.FunctionLikeDeclaration, cap: LoopCap, counters: Set<string>, sourceFile: ts.SourceFile): boolean {
  if (!cap.check || call.end > cap.check.getStart(sourceFile)) return false;
  let statement: ts.Node = call.parent;
  while (ts.isAwaitExpression(statement) || ts.isParenthesizedExpression(statement)) statement = statement.parent;
  if (!ts.isReturnStatement(statement)) return false;
  return !guardsAbove(call, fn).some((guard) => [...referencesOf(guard, sourceFile)].some((r) => counters.has(r)));
}

/** The conditions a call runs under inside its function: `if (g) call`, `g ? call : x`, `g && call`, nearest first. */
function guardsAbove(call: ts.CallExpression, fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  const guards: ts.Expression[] = [];
  for (let n: ts.Node = call; n.parent && n !== fn; n = n.parent) {
    const parent = n.parent;
    if (ts.isIfStatement(parent) && parent.thenStatement === n) guards.push(parent.expression);
    else if (ts.isConditionalExpression(parent) && parent.whenTrue === n) guards.push(parent.condition);
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === n) guards.push(parent.left);
  }
  return guards;
}

/**
 * `if (!skipTools && isToolError(e)) return handleChat({ ...params, skipTools: true })`: the failure path calls again
 * once, with a changed request, and the flag it sets stops it there. A fallback, not a retry of the same request.
 */
function fallsBackOnce(call: ts.CallExpression, fn: ts.FunctionLikeDeclaration): boolean {
  return guardsAbove(call, fn).some((guard) => setsGuardFlag(guard, call, fn));
}

/** Whether `guard` requires a flag to be unset (`!retried && ...`) that the recursive call sets (`retried: true`, or a positional `true`). */
function setsGuardFlag(guard: ts.Expression, call: ts.CallExpression, fn: ts.FunctionLikeDeclaration): boolean {
  const negated: string[] = [];
  const stack: ts.Expression[] = [guard];
  while (stack.length) {
    const e = unwrap(stack.pop()!);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) stack.push(e.left, e.right);
    else if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
      const operand = unwrap(e.operand);
      if (ts.isIdentifier(operand)) negated.push(operand.text);
      else if (ts.isPropertyAccessExpression(operand)) negated.push(operand.name.text);
    }
  }
  if (!negated.length) return false;
  return call.arguments.some((arg, i) => {
    const a = unwrap(arg);
    if (a.kind === ts.SyntaxKind.TrueKeyword) {
      const param = fn.parameters[i];
      return !!param && ts.isIdentifier(param.name) && negated.includes(param.name.text);
    }
    return ts.isObjectLiteralExpression(a) && a.properties.some((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && negated.includes(p.name.text) && unwrap(p.initializer).kind === ts.SyntaxKind.TrueKeyword);
  });
}

/**
 * Parameters, or keys of a destructured options parameter, that the recursive call passes multiplied: the delay they
 * hold grows with each attempt (`completeChat(messages, { delayMs: (delayMs || 2000) * 2 })`).
 */
function multipliedByRecursion(call: ts.CallExpression, fn: ts.FunctionLikeDeclaration): string[] {
  const names: string[] = [];
  const multiplies = (value: ts.Expression, name: string): boolean => {
    let found = false;
    walk(value, (n) => {
      if (
        ts.isBinaryExpression(n) &&
        (n.operatorToken.kind === ts.SyntaxKind.AsteriskToken || n.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken) &&
        referencesOf(n, n.getSourceFile()).has(name)
      ) {
        found = true;
      }
      return !found;
    });
    return found;
  };
  fn.parameters.forEach((param, i) => {
    const arg = call.arguments[i];
    if (!arg) return;
    if (ts.isIdentifier(param.name)) {
      if (multiplies(arg, param.name.text)) names.push(param.name.text);
      return;
    }
    const value = unwrap(arg);
    if (!ts.isObjectBindingPattern(param.name) || !ts.isObjectLiteralExpression(value)) return;
    for (const element of param.name.elements) {
      if (!ts.isIdentifier(element.name)) continue;
      const key = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
      if (key === undefined) continue;
      const prop = findProperty(value, key);
      if (prop && ts.isPropertyAssignment(prop) && multiplies(prop.initializer, element.name.text)) names.push(element.name.text);
    }
  });
  return names;
}

/**
 * Attempts of a recursion on a parameter with a static default that changes by one per call:
 * `attempt = 0` checked by `attempt >= 3` makes 4 calls (0, 1, 2, 3); `retries = 3` checked by `retries <= 0` makes 4.
 */
function recursionAttempts(analysis: FileAnalysis, cap: LoopCap, name: string, param: ts.ParameterDeclaration, step: number | undefined): number | undefined {
  const fallback = attemptsFromCap(cap);
  const start = param.initializer ? staticNumber(analysis.index, param.initializer) : undefined;
  const comparison = counterComparison(analysis, cap.check, name);
  if (start === undefined || !comparison || (step !== 1 && step !== -1)) return fallback;
  const { op, bound } = comparison;
  let count: number | undefined;
  if (step === 1) {
    if (op === ts.SyntaxKind.GreaterThanEqualsToken || op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) count = bound - start + 1;
    else if (op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.LessThanEqualsToken) count = bound - start + 2;
  } else {
    if (op === ts.SyntaxKind.LessThanEqualsToken || op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) count = start - bound + 1;
    else if (op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken) count = start - bound + 2;
  }
  return count !== undefined && count >= 1 ? count : fallback;
}

/**
 * A check of `counters` (or of a clock) in the function: in any `if` or `?:` for parameters the recursive call
 * changes; with `exitOnly`, only in an `if` whose then-branch exits (for counters kept outside, and clocks).
 */
function checkedIn(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, counters: Set<string>, exitOnly: boolean): LoopCap {
  const { index } = analysis;
  const body = fn.body;
  if (!body) return { capped: false };
  let result: LoopCap = { capped: false };
  walk(body, (n) => {
    if (result.capped || (n !== fn && isFunctionLike(n) && !(ts.isArrowFunction(n) || ts.isFunctionExpression(n)))) return false;
    if (ts.isIfStatement(n) || (!exitOnly && ts.isConditionalExpression(n))) {
      const condition = ts.isIfStatement(n) ? n.expression : n.condition;
      const exits = ts.isIfStatement(n) && exitsLoop(n.thenStatement);
      if (!exitOnly || exits) {
        const cap = countingCondition(index, condition, counters);
        if (cap.capped && (!exitOnly || cap.clock || counters.size > 0)) {
          result = cap;
          return false;
        }
      }
    }
    return true;
  });
  return result;
}

function retryRecursions(analysis: FileAnalysis): RetryConstruct[] {
  const { index } = analysis;
  const result: RetryConstruct[] = [];
  for (const call of index.calls) {
    // Only a call on a failure path can retry (checked first: a walk up the parents, no name lookup), or one that asks
    // the model again from a function that makes a model call (a regeneration).
    if (!failurePath(call, index.sourceFile) && !analysis.llmFunctions.size) continue;
    const fn = resolveLocalFunction(index, call);
    if (!fn || !contains(fn, call)) continue;
    const path = failurePath(call, fn);
    if (!path) {
      const regenerated = regenerateRecursion(analysis, call, fn);
      if (regenerated) result.push(regenerated);
      continue;
    }
    if (walksOtherData(call, fn, index.sourceFile) || retriesWithReplacement(analysis, call, path) || fallsBackOnce(call, fn)) continue;
    const llmFunction = analysis.llmFunctions.has(fn);
    const operation = !llmFunction && fn.body ? operationIn(analysis, fn.body) : undefined;
    const llm = llmFunction || !!operation?.endpoint;
    const generic = !llm && !!operation?.generic;
    if (!llm && !generic) continue;
    const cap = recursionCap(analysis, fn, call);
    const changing = new Set<string>([...(cap.counter ? [cap.counter] : []), ...multipliedByRecursion(call, fn)]);
    const calleeNode = unwrap(call.expression);
    const nameNode = ts.isPropertyAccessExpression(calleeNode) ? calleeNode.name : calleeNode;
    // The wait is usually on the failure path; one anywhere else in the function also runs once per attempt.
    let delay = findDelay(index, path, undefined, changing);
    if (delay.kind === "none" && fn.body) delay = findDelay(index, fn.body, undefined, changing);
    // A catch around something other than the model call (`JSON.parse(reply)`): the reply did not parse, the provider
    // did not fail: a regeneration, with no wait due.
    const regenerate = llmFunction && ts.isCatchClause(path) && catchesNoModelFailure(analysis, call, fn);
    result.push({
      kind: "recursion",
      node: call,
      range: { start: nameNode.getStart(index.sourceFile), end: call.getEnd() },
      llm,
      ...(operation?.endpoint ? { endpoint: operation.endpoint } : {}),
      ...(!llm && operation?.helper ? { helper: operation.helper } : {}),
      bounded: cap.capped,
      ...(cap.attempts !== undefined ? { attempts: cap.attempts } : {}),
      delay,
      ...(cap.counter ? { counter: cap.counter } : {}),
      ...(regenerate ? { regenerate } : {}),
    });
  }
  return result;
}

/**
 * No `catch` between the call and its function is the catch of a model call: the failure caught is the reply's (it did
 * not parse), not the provider's. A catch nested in the model call's own catch (a parse of the error's text that
 * failed too) is still on the model call's failure path.
 */
function catchesNoModelFailure(analysis: FileAnalysis, call: ts.Node, fn: ts.FunctionLikeDeclaration): boolean {
  for (let n: ts.Node = call.parent; n && n !== fn; n = n.parent) {
    if (ts.isCatchClause(n) && operationIn(analysis, n.parent.tryBlock).llm) return false;
  }
  return true;
}

/**
 * `const r = await llm(prompt); const parsed = schema.safeParse(r); if (!parsed.success) return generate(prompt);`: a
 * function that asks the model, checks the reply and, when it fails the check, calls itself with the very arguments it
 * was given. Nothing else changes between the calls (no parameter reassigned, nothing outside the function grown or
 * updated: that would be an agent feeding results back, or a counter), so only the model's luck ends it.
 */
function regenerateRecursion(analysis: FileAnalysis, call: ts.CallExpression, fn: ts.FunctionLikeDeclaration): RetryConstruct | undefined {
  const { index } = analysis;
  const body = fn.body;
  if (!body || !ts.isBlock(body) || !analysis.llmFunctions.has(fn)) return undefined;
  // The same arguments: each one the parameter at its position.
  if (call.arguments.length > fn.parameters.length) return undefined;
  const params: string[] = [];
  for (const p of fn.parameters) if (ts.isIdentifier(p.name)) params.push(p.name.text);
  if (params.length !== fn.parameters.length) return undefined;
  if (!call.arguments.every((a, i) => ts.isIdentifier(unwrap(a)) && (unwrap(a) as ts.Identifier).text === params[i])) return undefined;
  const guards = guardsAbove(call, fn);
  if (!guards.length || guards.some((g) => STOP_REASON.test(g.getText(index.sourceFile)))) return undefined;
  // Nothing changes from one call to the next.
  const declaredInside = (ref: string): boolean => {
    const root = ref.split(".")[0]!;
    if (root === "this") return false;
    const decl = lookup(index, root, call);
    return !!decl && contains(fn, decl.node) && !params.includes(root);
  };
  if ([...updatedWithin(index, body)].some((ref) => !declaredInside(ref))) return undefined;
  for (const c of nodesWithin(index.calls, body)) {
    const callee = unwrap(c.expression);
    if (ts.isPropertyAccessExpression(callee) && /^(push|unshift|splice|set|add|concat)$/.test(callee.name.text) && !declaredInside(unwrap(callee.expression).getText(index.sourceFile))) return undefined;
  }
  // The guard reads the reply of a model call made before it in the function, or a value computed from it.
  const first = analysis.llmCalls.find((c) => c.node !== call && contains(body, c.node) && c.node.end <= call.pos && enclosingFunction(c.node) === fn);
  if (!first) return undefined;
  const fromReply = new Set<string>();
  let seen = false;
  for (const statement of body.statements) {
    if (statement.pos > call.pos) break;
    if (!seen) {
      if (!contains(statement, first.node)) continue;
      seen = true;
      for (const name of boundBy(statement, index.sourceFile)) fromReply.add(name);
      continue;
    }
    const bound = boundBy(statement, index.sourceFile);
    if (bound.length && [...referencesOf(statement, index.sourceFile)].some((r) => fromReply.has(r.split(".")[0]!))) for (const name of bound) fromReply.add(name);
  }
  const reads = new Set<string>();
  for (const guard of guards) for (const ref of referencesOf(guard, index.sourceFile)) reads.add(ref.split(".")[0]!);
  if (![...fromReply].some((name) => reads.has(name))) return undefined;
  if (readsHuman(analysis, body)) return undefined;
  const cap = recursionCap(analysis, fn, call);
  const calleeNode = unwrap(call.expression);
  const nameNode = ts.isPropertyAccessExpression(calleeNode) ? calleeNode.name : calleeNode;
  return {
    kind: "recursion",
    node: call,
    range: { start: nameNode.getStart(index.sourceFile), end: call.getEnd() },
    llm: true,
    bounded: cap.capped,
    ...(cap.attempts !== undefined ? { attempts: cap.attempts } : {}),
    delay: findDelay(index, body, undefined, new Set()),
    regenerate: true,
  };
}

function retryLibraryCalls(analysis: FileAnalysis): RetryConstruct[] {
  const { index } = analysis;
  const result: RetryConstruct[] = [];
  for (const site of analysis.sites) {
    if (site.profile.kind !== "retry" || !ts.isCallExpression(site.node)) continue;
    const defaults = site.profile.retryDefaults;
    if (!defaults) continue;
    const operation = site.node.arguments[defaults.clientArg ?? 0];
    if (!operation) continue;
    const op = defaults.clientArg !== undefined ? { llm: sendsModelRequests(analysis, operation), generic: false } : libraryOperation(analysis, operation);
    if (!op.llm && !op.generic) continue;
    const optionsArg = site.node.arguments[site.profile.optionsArg ?? 1];
    if (optionsArg && !site.options) continue; // options we cannot see
    const options = site.options;
    if (defaults.conditionKey && lookupKey(index, options, defaults.conditionKey).state === "absent") continue;
    let bounded = true;
    let attempts: number | undefined = defaults.retries + 1;
    let why = `the default ${defaults.retries} retries`;
    let optionNode: ts.Node | undefined;
    const forever = defaults.foreverKey ? lookupKey(index, options, defaults.foreverKey) : undefined;
    // A library that counts attempts (first try included) under its own key: N attempts are N - 1 retries.
    const countKey = defaults.attemptsKey ?? "retries";
    const extra = defaults.attemptsKey ? 0 : 1;
    if (defaults.attemptsKey) why = `the default ${defaults.retries + 1} attempts`;
    const retries = lookupKey(index, options, countKey);
    if (forever?.state === "present" && forever.value && isTrueLiteral(forever.value)) {
      bounded = false;
      attempts = undefined;
      why = `${defaults.foreverKey}: true`;
      optionNode = forever.prop;
    } else if (retries.state === "present") {
      const value = staticNumber(index, retries.value);
      optionNode = retries.prop;
      if (value === undefined) {
        attempts = undefined;
        why = countKey;
      } else if (!Number.isFinite(value)) {
        bounded = false;
        attempts = undefined;
        why = `${countKey}: ${retries.value!.getText(index.sourceFile)}`;
      } else {
        attempts = Math.max(1, value + extra);
        why = `${countKey}: ${value}`;
      }
    } else if (retries.state === "unknown" && options) {
      attempts = undefined;
    }
    const factorKey = lookupKey(index, options, defaults.factorKey ?? "factor");
    const factorValue = factorKey.state === "present" ? numericLiteralValue(factorKey.value!) ?? staticNumber(index, factorKey.value) : undefined;
    const waited = defaults.delayKey ? optionDelay(analysis, options, defaults.delayKey) : undefined;
    const calleeStart = site.node.expression.getStart(index.sourceFile);
    result.push({
      kind: "library",
      node: site.node,
      range: { start: calleeStart, end: site.node.expression.getEnd() },
      llm: op.llm,
      ...(!op.llm && op.helper ? { helper: op.helper } : {}),
      bounded,
      ...(attempts !== undefined ? { attempts } : {}),
      why,
      delay: waited ?? { kind: factorValue !== undefined && factorValue <= 1 ? "constant" : "growing" },
      ...(waited ? { delayFromOption: true } : {}),
      ...(factorValue !== undefined && factorValue <= 1 && factorKey.state === "present" ? { factor: { value: factorValue, node: factorKey.prop, key: defaults.factorKey ?? "factor" } } : {}),
      countKey,
      ...(defaults.attemptsKey ? { countsAttempts: true } : {}),
      site,
      ...(optionNode ? { optionNode } : {}),
      ...(options ? { optionsObject: options } : {}),
    });
  }
  return result;
}

/**
 * The wait a delay option gives (`retryDelay: (count) => ms`): none when the option is absent, constant when it returns
 * the same number every time (`() => 1000`), else growing (a helper named so, a function of the count, or one we cannot
 * see into: the benefit of the doubt).
 */
function optionDelay(analysis: FileAnalysis, options: ts.ObjectLiteralExpression | undefined, key: string): DelayFacts {
  const { index } = analysis;
  const found = lookupKey(index, options, key);
  if (found.state === "absent") return { kind: "none" };
  if (found.state !== "present" || !found.value) return { kind: "growing" };
  const value = unwrap(found.value);
  if (!(ts.isArrowFunction(value) || ts.isFunctionExpression(value))) return { kind: "growing" };
  let returned: ts.Expression | undefined;
  if (!ts.isBlock(value.body)) returned = value.body;
  else if (value.body.statements.length === 1) {
    const only = value.body.statements[0]!;
    if (ts.isReturnStatement(only)) returned = only.expression;
  }
  const ms = returned ? staticNumber(index, returned) : undefined;
  return ms !== undefined && Number.isFinite(ms) ? { kind: ms > 0 ? "constant" : "none", arg: returned!, ...(ms > 0 ? { ms } : {}) } : { kind: "growing" };
}

/**
 * Whether the HTTP client a library retries (`axiosRetry(http, ...)`) sends a model request in this file: an HTTP call
 * site whose callee is that client (`http.post(...)`, `axios(...)`), the same declaration.
 */
function sendsModelRequests(analysis: FileAnalysis, client: ts.Expression): boolean {
  const { index } = analysis;
  const target = unwrap(client);
  if (!ts.isIdentifier(target)) return false;
  const declared = lookup(index, target.text, target);
  if (!declared) return false;
  return analysis.sites.some((site) => {
    if (!site.url || !ts.isCallExpression(site.node) || !analysis.llmCalls.some((c) => c.node === site.node)) return false;
    let root = unwrap(site.node.expression);
    while (ts.isPropertyAccessExpression(root)) root = unwrap(root.expression);
    return ts.isIdentifier(root) && lookup(index, root.text, root)?.node === declared.node;
  });
}

/** What a retry library call re-attempts: an inline callback, a local function, or a parameter (generic helper). */
function libraryOperation(analysis: FileAnalysis, operation: ts.Expression): { llm: boolean; generic: boolean; helper?: RetryHelper } {
  const expr = unwrap(operation);
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return operationIn(analysis, expr);
  if (ts.isIdentifier(expr)) {
    const decl = lookup(analysis.index, expr.text, expr);
    if (decl?.kind === "parameter") return { llm: false, generic: true, ...helperOf(decl) };
    if (decl?.kind === "function" && isFunctionLike(decl.node)) return { llm: analysis.llmFunctions.has(decl.node), generic: false };
    if (decl?.kind === "variable" && decl.init) {
      const init = unwrap(decl.init);
      if ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && analysis.llmFunctions.has(init)) return { llm: true, generic: false };
    }
  }
  return { llm: false, generic: false };
}

const REQUEUE_METHOD = /^(push|unshift|add|enqueue)$/;
/** The last name of the receiver: `this.queue`, `retryQueue`, `jobs`, `pendingTasks`; not `failedJobs`, `doneTasks`. */
const QUEUE_NAME = /^\w*(queue|jobs|tasks)$|^(pending|backlog)\w*$/i;
const NOT_A_QUEUE = /fail|error|dead|reject|skip|done|complete|finish|processed|result|seen|visited|log/i;
const ATTEMPT_OPTION = /^(attempts|maxAttempts|retries|maxRetries)$/;

/**
 * `catch { queue.push(job); }` around an LLM call that used `job`: the failed job goes back on the queue it came
 * from. Bounded by an attempt count compared in the function (`if (job.attempts < 3)`, `attempts: job.attempts + 1`
 * then a check), or by an `attempts` option of the queue's own (`queue.add(name, data, { attempts: 3 })`).
 */
function requeues(analysis: FileAnalysis): RetryConstruct[] {
  const { index } = analysis;
  const result: RetryConstruct[] = [];
  for (const call of index.calls) {
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || !REQUEUE_METHOD.test(callee.name.text)) continue;
    const attempt = failedAttempt(analysis, call);
    if (!attempt) continue;
    const queue = unwrap(callee.expression).getText(index.sourceFile);
    const reads = referencesOf(attempt, index.sourceFile);
    const item = call.arguments.map((a) => unwrap(a)).find((a) => ts.isIdentifier(a) && reads.has(a.text) && requeuedItem(analysis, a, queue, attempt));
    if (!item) continue;
    const fn = enclosingFunction(call);
    let bounded = false;
    let attempts: number | undefined;
    for (const arg of call.arguments) {
      const options = unwrap(arg);
      if (!ts.isObjectLiteralExpression(options)) continue;
      for (const prop of options.properties) {
        const name = prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : undefined;
        if (!name || !ATTEMPT_OPTION.test(name) || !ts.isPropertyAssignment(prop)) continue;
        const value = staticNumber(index, prop.initializer);
        if (value !== undefined && Number.isFinite(value)) {
          bounded = true;
          attempts = /retries/i.test(name) ? value + 1 : value;
        }
      }
    }
    if (!bounded && fn) {
      // A count kept on the job or beside it, compared somewhere in the function.
      const counters = updatedWithin(index, fn);
      for (const ref of referencesOf(fn, index.sourceFile)) if (ref.startsWith(`${(item as ts.Identifier).text}.`)) counters.add(ref);
      const cap = checkedIn(analysis, fn, counters, false);
      if (cap.capped) {
        bounded = true;
        attempts = attemptsFromCap(cap);
      }
    }
    result.push({
      kind: "requeue",
      node: call,
      range: { start: callee.name.getStart(index.sourceFile), end: call.getEnd() },
      llm: true,
      bounded,
      ...(attempts !== undefined ? { attempts } : {}),
      delay: { kind: "none" },
      queue,
    });
  }
  return result;
}

/** The LLM call's try block, or the `.catch()` receiver, whose failure path `call` is in (the same function, or a callback of a wait). */
function failedAttempt(analysis: FileAnalysis, call: ts.CallExpression): ts.Node | undefined {
  for (let current: ts.Node = call.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isCatchClause(current)) {
      const block = current.parent.tryBlock;
      return operationIn(analysis, block).llm ? block : undefined;
    }
    if (!isFunctionLike(current)) continue;
    const outer = current.parent;
    if (!ts.isCallExpression(outer)) return undefined;
    const outerCallee = outer.expression;
    if (ts.isPropertyAccessExpression(outerCallee) && ((outerCallee.name.text === "catch" && outer.arguments[0] === current) || (outerCallee.name.text === "then" && outer.arguments[1] === current))) {
      return operationIn(analysis, outerCallee.expression).llm ? outerCallee.expression : undefined;
    }
    if (!(ts.isIdentifier(outerCallee) && outerCallee.text === "setTimeout")) return undefined;
  }
  return undefined;
}

/** The item pushed is the one taken from that queue (`const job = queue.shift()`), or the queue is named as one. */
function requeuedItem(analysis: FileAnalysis, item: ts.Identifier, queue: string, attempt: ts.Node): boolean {
  const last = queue.split(".").pop()!;
  if (NOT_A_QUEUE.test(last)) return false;
  if (QUEUE_NAME.test(last)) return true;
  const decl = lookup(analysis.index, item.text, item);
  if (!decl || decl.kind !== "variable" || !decl.init || contains(attempt, decl.node)) return false;
  const init = unwrap(decl.init);
  return ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && /^(shift|pop|dequeue|take|next)$/.test(init.expression.name.text) && unwrap(init.expression.expression).getText(analysis.index.sourceFile) === queue;
}
