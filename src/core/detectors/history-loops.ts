import ts from "typescript";
import { contains, enclosingFunction, isFunctionLike, unwrap } from "../syntax/ast";
import { lookup, type Declaration } from "../syntax/file-index";
import type { Tracer } from "../project/trace";
import type { FileAnalysis } from "./analysis";
import { countingCondition, enclosingLoop, exitingIfs, isCollectionLoop, updatedWithin } from "./loops";
import type { LoopNode } from "../syntax/ast";
import { shortens, wholeSources } from "./history-windows";

/**
 * Conversations that grow within one long run: an agent loop that pushes every step's output (the model's reply,
 * tool results, what it learned) to an array declared before the loop and sends it whole every step. Each step
 * re-sends all the steps before it, so a run of n steps costs n² / 2 steps' worth of input. Reported only when no
 * counter bounds the loop's steps: it runs until the model says it is done, or until a clock or token budget is
 * spent (a budget of a million tokens bounds the bill, not the growth). A loop with a step cap is bounded by it (the
 * messages are local to one task); a loop over a collection (`for (const doc of docs)`) by the collection.
 */

/** Calls of array methods that run a callback per item: the array built inside is built from every item. */
const PER_ITEM = new Set(["forEach", "map", "flatMap", "reduce"]);

/** The parameter of `fn` that an identifier names (whole, not destructured), as its index. */
function parameterIndex(home: Tracer, fn: ts.FunctionLikeDeclaration, id: ts.Identifier): number | undefined {
  const decl = lookup(home.index, id.text, id);
  if (decl?.kind !== "parameter" || decl.path?.length || decl.node.parent !== fn) return undefined;
  const index = fn.parameters.indexOf(decl.node as ts.ParameterDeclaration);
  return index < 0 ? undefined : index;
}

/**
 * The parameters a local array is built from, item by item: `const out = []; knowledge.forEach((k) => out.push(...))`,
 * `for (const k of knowledge) out.push(...)`.
 */
function builtFrom(home: Tracer, fn: ts.FunctionLikeDeclaration, decl: Declaration, into: Set<number>): void {
  for (const call of home.index.calls) {
    const callee = unwrap(call.expression);
    if (!contains(fn, call) || !ts.isPropertyAccessExpression(callee) || (callee.name.text !== "push" && callee.name.text !== "unshift")) continue;
    const target = unwrap(callee.expression);
    if (!ts.isIdentifier(target) || lookup(home.index, target.text, target) !== decl) continue;
    for (let current: ts.Node = call; current !== fn && current.parent; current = current.parent) {
      const parent = current.parent;
      let over: ts.Expression | undefined;
      if (ts.isForOfStatement(parent) && parent.statement === current) over = parent.expression;
      else if (ts.isCallExpression(parent) && parent.arguments.includes(current as ts.Expression) && ts.isPropertyAccessExpression(unwrap(parent.expression))) {
        const method = unwrap(parent.expression) as ts.PropertyAccessExpression;
        if (PER_ITEM.has(method.name.text)) over = method.expression;
      }
      const items = over && unwrap(over);
      if (items && ts.isIdentifier(items)) {
        const index = parameterIndex(home, fn, items);
        if (index !== undefined) into.add(index);
      }
    }
  }
}

/**
 * The arguments of a call of one of the project's functions that its result holds whole:
 * `composeMsgs(messages, knowledge, q)` returning `[...buildMsgs(knowledge), ...messages, question]` passes `messages`
 * and `knowledge` through (`buildMsgs` building one message per item of its parameter). Two functions deep.
 */
export function passedThrough(tracer: Tracer, call: ts.CallExpression, depth = 0): ts.Expression[] {
  if (depth > 2) return [];
  const local = tracer.resolveLocal(call.expression);
  if (local?.kind !== "function") return [];
  const { fn, home } = local;
  const params = new Set<number>();
  const seen = new Set<ts.Node>();
  const collect = (expr: ts.Expression, hops: number): void => {
    if (hops > 4 || seen.has(expr) || shortens(expr)) return;
    seen.add(expr);
    const sources: ts.Expression[] = [];
    wholeSources(expr, sources);
    for (const source of sources) {
      if (ts.isCallExpression(source)) {
        for (const arg of passedThrough(home, source, depth + 1)) collect(arg, hops + 1);
        continue;
      }
      if (!ts.isIdentifier(source)) continue;
      const index = parameterIndex(home, fn, source);
      if (index !== undefined) {
        params.add(index);
        continue;
      }
      const decl = lookup(home.index, source.text, source);
      if (decl?.kind !== "variable" || decl.path?.length || !decl.init || !contains(fn, decl.node)) continue;
      collect(decl.init, hops + 1);
      builtFrom(home, fn, decl, params);
    }
  };
  for (const value of home.returnsOf(fn)) collect(value, 0);
  return [...params].flatMap((i) => {
    const arg = call.arguments[i];
    return arg && !ts.isSpreadElement(arg) ? [arg] : [];
  });
}

/** Whether a bound sits under an `&&` within `condition`: `if (step === 1 && fresh) break` exits only when both hold. */
function joined(check: ts.Node, condition: ts.Node): boolean {
  const checked = check.getText();
  for (let n: ts.Node = check; n !== condition && n.parent; n = n.parent) {
    const parent = n.parent;
    if (!ts.isBinaryExpression(parent) || parent.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken) continue;
    const other = parent.left === n ? parent.right : parent.left;
    if (!guardsCapOf(other, checked)) return true;
  }
  return false;
}

/**
 * `cap !== undefined`, `cap != null`, `typeof cap === "number"` or a bare `cap` joined to the check of `cap`: the
 * check runs whenever a cap is set (`this.maxIterations !== undefined && i >= this.maxIterations`), so it is the
 * loop's step cap where one is given; whether one is given is require-iteration-cap's question, at the run.
 */
function guardsCapOf(expr: ts.Expression, checked: string): boolean {
  const e = unwrapParens(expr);
  const named = (operand: ts.Expression): boolean => {
    const text = unwrapParens(operand).getText();
    return text.length > 0 && checked.includes(text) && /^[\w$.?]+$/.test(text);
  };
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) return named(e);
  if (!ts.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  if (op !== ts.SyntaxKind.ExclamationEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken && op !== ts.SyntaxKind.EqualsEqualsEqualsToken) return false;
  const isNullish = (x: ts.Expression): boolean => x.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(x) && x.text === "undefined");
  if (op === ts.SyntaxKind.EqualsEqualsEqualsToken) {
    return ts.isTypeOfExpression(e.left) && ts.isStringLiteral(e.right) && e.right.text === "number" && named(e.left.expression);
  }
  if (isNullish(e.right)) return named(e.left);
  if (isNullish(e.left)) return named(e.right);
  return false;
}

function unwrapParens(expr: ts.Expression): ts.Expression {
  let e = expr;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/**
 * Whether a counter bounds the loop's steps: the loop's condition compares one, or an exiting `if` does on its own
 * (not joined by `&&` to another condition). A clock or token budget is no step cap here.
 */
function stepCapped(analysis: FileAnalysis, loop: LoopNode): boolean {
  const { index } = analysis;
  const counters = updatedWithin(index, loop);
  if (ts.isForStatement(loop) && loop.initializer && ts.isVariableDeclarationList(loop.initializer)) {
    for (const decl of loop.initializer.declarations) if (ts.isIdentifier(decl.name)) counters.add(decl.name.text);
  }
  const condition = ts.isForStatement(loop) ? loop.condition : ts.isWhileStatement(loop) || ts.isDoStatement(loop) ? loop.expression : undefined;
  if (condition) {
    const cap = countingCondition(index, condition, counters);
    if (cap.capped && !cap.clock) return true;
  }
  for (const statement of exitingIfs(loop.statement)) {
    const cap = countingCondition(index, statement.expression, counters);
    if (cap.capped && !cap.clock && !(cap.check && joined(cap.check, statement.expression))) return true;
  }
  return false;
}

/**
 * Whether `ref` (a variable of the calling function, declared before the loop around the call) is a conversation that
 * grows every step of an agent loop with no cap: it grows within the loop itself (`grows(text, loop)`: pushed,
 * spread into itself, never trimmed), or is rebuilt within the loop from such an array (`msgs = composeMsgs(messages,
 * knowledge)` with `knowledge.push(...)` each step).
 */
export function growsInUncappedLoop(
  analysis: FileAnalysis,
  call: ts.CallExpression,
  decl: Declaration,
  ref: ts.Identifier,
  grows: (text: string, decl: Declaration, loop: ts.Node) => boolean,
): boolean {
  const loop = enclosingLoop(call);
  if (!loop || contains(loop, decl.node) || enclosingFunction(decl.node) !== enclosingFunction(call) || isCollectionLoop(loop)) return false;
  if (stepCapped(analysis, loop)) return false;
  if (grows(ref.text, decl, loop)) return true;
  if (!decl.mutable) return false;
  // Rebuilt within the loop from arrays that grow there.
  for (const assignment of analysis.index.assignments) {
    const left = unwrap(assignment.left);
    if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isIdentifier(left) || left.text !== ref.text || !contains(loop, assignment)) continue;
    if (lookup(analysis.index, left.text, left) !== decl) continue;
    const parts: ts.Expression[] = [];
    const sources: ts.Expression[] = [];
    wholeSources(assignment.right, sources);
    for (const source of sources) {
      if (ts.isCallExpression(source)) parts.push(...passedThrough(analysis.tracer, source));
      else parts.push(source);
    }
    for (const part of parts) {
      const inner: ts.Expression[] = [];
      wholeSources(part, inner);
      for (const source of inner) {
        if (!ts.isIdentifier(source) || source.text === ref.text || isFunctionLike(source)) continue;
        const other = lookup(analysis.index, source.text, source);
        if (other?.kind !== "variable" || other.path?.length || contains(loop, other.node) || enclosingFunction(other.node) !== enclosingFunction(decl.node)) continue;
        if (grows(source.text, other, loop)) return true;
      }
    }
  }
  return false;
}
