import ts from "typescript";
import { isFunctionLike, isLoop, nodesWithin, numericLiteralValue, unwrap, walk, walkWith, type LoopNode } from "../syntax/ast";
import type { FileIndex } from "../syntax/file-index";
import { staticNumber } from "../syntax/values";

/** What makes a loop stop besides its body's natural exits. */
export interface LoopCap {
  /** A counter or clock is checked against a bound. */
  capped: boolean;
  /** The numeric bound when it is a literal or a const in the file. */
  bound?: number;
  /** The node of the check, for messages. */
  check?: ts.Node;
  /** The check compares a clock or time budget, not a counter: `bound` is then not a number of iterations. */
  clock?: boolean;
}

/** The text of a reference a counter can be: `i`, `this.steps`, `state.attempts`. */
function refText(node: ts.Expression, sourceFile: ts.SourceFile): string | undefined {
  const expr = unwrap(node);
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) return expr.getText(sourceFile);
  return undefined;
}

/** References updated (++, --, +=, -=, =) anywhere within `scope`. */
export function updatedWithin(index: FileIndex, scope: ts.Node): Set<string> {
  const names = new Set<string>();
  for (const update of nodesWithin(index.updates, scope)) {
    const text = refText(update.operand, index.sourceFile);
    if (text) names.add(text);
  }
  for (const assignment of nodesWithin(index.assignments, scope)) {
    const text = refText(assignment.left, index.sourceFile);
    if (text) names.add(text);
  }
  return names;
}

const CLOCK = /\b(Date\.now|performance\.now|new Date|getTime|hrtime|elapsed|deadline|timeout|budget)\b/i;

/** References appearing in an expression: identifiers and property chains. */
function referencesIn(node: ts.Node, sourceFile: ts.SourceFile, into: Set<string>): void {
  walk(node, (n) => {
    if (ts.isPropertyAccessExpression(n)) {
      if (n.end - n.pos <= MAX_REFERENCE_LENGTH) into.add(n.getText(sourceFile));
    } else if (ts.isIdentifier(n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) {
      // (The name of `a.b` is no reference of its own.)
      into.add(n.text);
    }
  });
}

/**
 * References longer than this (a 5,000-link member chain) are not collected: no counter is named so, and the text of
 * every prefix of such a chain would be quadratic in its length.
 */
export const MAX_REFERENCE_LENGTH = 256;

const BOUND_OPERATORS = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/**
 * Whether a condition bounds the loop: a comparison of a counter that changes within `scope`
 * (or of a clock) against something. Returns the numeric bound when it is static.
 */
export function countingCondition(index: FileIndex, condition: ts.Expression, counters: Set<string>): LoopCap {
  let result: LoopCap = { capped: false };
  walk(condition, (n) => {
    if (result.capped || isFunctionLike(n)) return false;
    if (ts.isBinaryExpression(n) && BOUND_OPERATORS.has(n.operatorToken.kind)) {
      const sides = [n.left, n.right];
      for (let i = 0; i < 2; i++) {
        const side = sides[i]!;
        const other = sides[1 - i]!;
        const refs = new Set<string>();
        referencesIn(side, index.sourceFile, refs);
        const text = side.getText(index.sourceFile);
        const fromCounter = [...refs].some((r) => counters.has(r));
        if (!fromCounter && !CLOCK.test(text)) continue;
        // `x === "done"` or `x !== null` is a state check, not a bound.
        const otherExpr = unwrap(other);
        if (ts.isStringLiteralLike(otherExpr) || otherExpr.kind === ts.SyntaxKind.NullKeyword || otherExpr.kind === ts.SyntaxKind.TrueKeyword || otherExpr.kind === ts.SyntaxKind.FalseKeyword) continue;
        if (ts.isIdentifier(otherExpr) && otherExpr.text === "undefined") continue;
        const bound = staticNumber(index, other);
        result = { capped: true, bound, check: n, ...(fromCounter ? {} : { clock: true }) };
        return false;
      }
    }
    // `while (attempts--)`: a counter used as the condition itself.
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && n.operator === ts.SyntaxKind.MinusMinusToken) {
      const text = n.operand.getText(index.sourceFile);
      if (counters.has(text)) {
        result = { capped: true, check: n };
        return false;
      }
    }
    return true;
  });
  return result;
}

/** `process.exit`, `controller.abort`: a callee that ends the run or aborts. */
export function isExitCallee(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee)) return false;
  if (callee.name.text === "abort") return true;
  return callee.name.text === "exit" && ts.isIdentifier(callee.expression) && callee.expression.text === "process";
}

/** Whether a statement leaves the loop: return, throw, or a break that targets it. */
export function exitsLoop(statement: ts.Node): boolean {
  let exits = false;
  walkWith(statement, false, (n, nested) => {
    if (exits || isFunctionLike(n)) return undefined;
    if (ts.isReturnStatement(n) || ts.isThrowStatement(n) || (ts.isBreakStatement(n) && (!nested || n.label))) {
      exits = true;
      return undefined;
    }
    // process.exit(), or a call that aborts such as controller.abort(): treated as exits.
    if (ts.isCallExpression(n) && isExitCallee(n.expression)) {
      exits = true;
      return undefined;
    }
    return nested || isLoop(n) || ts.isSwitchStatement(n);
  });
  return exits;
}

/** The `if` statements in a loop body (not in nested functions or nested loops) whose then-branch exits. */
export function exitingIfs(body: ts.Node): ts.IfStatement[] {
  const found: ts.IfStatement[] = [];
  walk(body, (n) => {
    if (n === body) return true;
    if (isFunctionLike(n) || isLoop(n)) return false;
    if (ts.isIfStatement(n) && exitsLoop(n.thenStatement)) found.push(n);
    return true;
  });
  return found;
}

const capCache = new WeakMap<FileIndex, Map<LoopNode, LoopCap>>();

/**
 * A loop's iteration cap: a counting loop condition, or a counter/clock check in the body that exits. Once per loop:
 * the retry and agent-loop detectors and the estimate of every call in the loop ask.
 */
export function loopCap(index: FileIndex, loop: LoopNode): LoopCap {
  let byLoop = capCache.get(index);
  if (!byLoop) capCache.set(index, (byLoop = new Map()));
  let cap = byLoop.get(loop);
  if (!cap) byLoop.set(loop, (cap = findLoopCap(index, loop)));
  return cap;
}

function findLoopCap(index: FileIndex, loop: LoopNode): LoopCap {
  const counters = updatedWithin(index, loop);
  if (ts.isForStatement(loop) && loop.initializer && ts.isVariableDeclarationList(loop.initializer)) {
    for (const decl of loop.initializer.declarations) if (ts.isIdentifier(decl.name)) counters.add(decl.name.text);
  }
  if (ts.isWhileStatement(loop) || ts.isDoStatement(loop) || ts.isForStatement(loop)) {
    const condition = ts.isForStatement(loop) ? loop.condition : loop.expression;
    if (condition) {
      const cap = countingCondition(index, condition, counters);
      if (cap.capped) return cap;
    }
  }
  for (const statement of exitingIfs(loop.statement)) {
    const cap = countingCondition(index, statement.expression, counters);
    if (cap.capped) return cap;
  }
  // A conditional expression guarding a throw inside a catch is found above; `signal.aborted` checks count as a time budget.
  return { capped: false };
}

/** `while (true)`, `for (;;)`, `do {} while (true)`, `while (1)`. */
export function isInfiniteLoop(loop: LoopNode): boolean {
  if (ts.isForStatement(loop)) return !loop.condition || isTrueLike(loop.condition);
  if (ts.isWhileStatement(loop) || ts.isDoStatement(loop)) return isTrueLike(loop.expression);
  return false;
}

function isTrueLike(expr: ts.Expression): boolean {
  const e = unwrap(expr);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  const n = numericLiteralValue(e);
  return n !== undefined && n !== 0;
}

/** Loops over a collection: for-of, for-in (including `for await`). */
export function isCollectionLoop(loop: LoopNode): boolean {
  return ts.isForOfStatement(loop) || ts.isForInStatement(loop);
}

/** The range of the loop's keyword, where findings about the loop are reported. */
export function loopKeywordRange(loop: LoopNode, sourceFile: ts.SourceFile): { start: number; end: number } {
  const start = loop.getStart(sourceFile);
  const keyword = ts.isDoStatement(loop) ? 2 : ts.isWhileStatement(loop) ? 5 : 3;
  return { start, end: start + keyword };
}

/** The innermost loop containing `node` within the same function, if any. */
export function enclosingLoop(node: ts.Node): LoopNode | undefined {
  let current = node.parent;
  while (current && !isFunctionLike(current)) {
    if (isLoop(current)) return current;
    current = current.parent;
  }
  return undefined;
}
