import ts from "typescript";
import { contains, isFunctionLike, nodesWithin, unwrap, walk } from "../syntax/ast";
import { MAX_REFERENCE_LENGTH } from "./loops";
import { resolveLocalFunction } from "./analysis";
import { lookup, type FileIndex } from "../syntax/file-index";
import { staticNumber } from "../syntax/values";

export type DelayKind = "none" | "constant" | "growing";

export interface DelayFacts {
  kind: DelayKind;
  /** The delay call found, if any. */
  call?: ts.CallExpression;
  /** The delay argument. */
  arg?: ts.Expression;
  /** Its value in ms when static. */
  ms?: number;
}

const DELAY_NAME = /^(sleep|delay|wait|pause|setTimeout|timeout|waitFor|wait[A-Z]\w*|sleep[A-Z]\w*|delay[A-Z]\w*)$/;
const BACKOFF_NAME = /backoff|exponential|jitter/i;

/** Calls that wait: sleep(ms), delay(ms), setTimeout(cb, ms), new Promise(r => setTimeout(r, ms)), timers' setTimeout(ms). */
function delayArgument(call: ts.CallExpression): ts.Expression | null | undefined {
  const callee = unwrap(call.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (!name) return undefined;
  if (BACKOFF_NAME.test(name)) return null; // a backoff helper: growing by name and contract
  if (!DELAY_NAME.test(name)) return undefined;
  if (name === "setTimeout") {
    // setTimeout(cb, ms) or timers/promises setTimeout(ms).
    const first = call.arguments[0];
    if (first && (ts.isArrowFunction(first) || ts.isFunctionExpression(first) || ts.isIdentifier(first)) && call.arguments.length >= 2) {
      return call.arguments[1];
    }
    return first;
  }
  const arg = call.arguments[0];
  // `waitFor(() => ready)`, `wait("network")`, `delay({ ms })`: a wait, but not a number of milliseconds we can judge.
  if (arg && (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg) || ts.isStringLiteralLike(arg) || ts.isObjectLiteralExpression(arg))) return null;
  return arg;
}

/**
 * Whether an expression's value can change between attempts: it reads a counter, grows by itself, or reads a
 * variable declared within `scope` (computed on each attempt) whose initializer does.
 */
function grows(index: FileIndex, expr: ts.Expression, changing: Set<string>, scope: ts.Node): boolean {
  let found = false;
  const seen = new Set<ts.Node>();
  // Initialisers of the variables read, walked after the expression (a worklist, not recursion).
  const pending: ts.Node[] = [expr];
  const visit = (n: ts.Node): boolean => {
    if (found) return false;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken) found = true;
    else if (ts.isCallExpression(n)) {
      const text = n.expression.getText(index.sourceFile);
      if (text === "Math.pow" || BACKOFF_NAME.test(text)) found = true;
      // A call we cannot see into (getDelay(attempt), computeDelay()): assume it may grow.
      else if (!/^Math\.(min|max|random|floor|ceil|round)$/.test(text)) found = true;
    } else if (ts.isIdentifier(n) || (ts.isPropertyAccessExpression(n) && n.end - n.pos <= MAX_REFERENCE_LENGTH)) {
      if (changing.has(n.getText(index.sourceFile))) found = true;
      else if (ts.isIdentifier(n)) {
        // `const delay = computeDelay(attempt); await sleep(delay);`
        const decl = lookup(index, n.text, n);
        if (decl?.kind === "variable" && decl.init && !decl.path?.length && contains(scope, decl.node) && !seen.has(decl.node)) {
          seen.add(decl.node);
          pending.push(decl.init);
        }
      }
    }
    return !found;
  };
  while (pending.length && !found) walk(pending.pop()!, visit);
  return found;
}

/**
 * The delay between attempts of a retry construct: the first waiting call within `scope`
 * (except calls `exclude` rejects: those of the try block that run on success). `changing` are the references that
 * change between attempts. A call of a local function that waits (`await onFailure(error, attempt)`) counts as a
 * wait we cannot judge: assumed to grow.
 */
export function findDelay(index: FileIndex, scope: ts.Node, exclude: ((call: ts.CallExpression) => boolean) | undefined, changing: Set<string>, depth = 0): DelayFacts {
  let result: DelayFacts = { kind: "none" };
  let waitsInHelper: ts.CallExpression | undefined;
  for (const call of nodesWithin(index.calls, scope)) {
    if (exclude?.(call)) continue;
    if (insideNestedFunctionOtherThanCallback(call, scope)) continue;
    const arg = delayArgument(call);
    if (arg === undefined) {
      if (!waitsInHelper && depth < 3) {
        const fn = resolveLocalFunction(index, call);
        if (fn?.body && !contains(fn, call) && findDelay(index, fn.body, undefined, new Set(), depth + 1).kind !== "none") waitsInHelper = call;
      }
      continue;
    }
    if (arg === null) return { kind: "growing", call };
    if (grows(index, arg, changing, scope)) return { kind: "growing", call, arg };
    const ms = staticNumber(index, arg);
    result = { kind: "constant", call, arg, ...(ms !== undefined ? { ms } : {}) };
  }
  if (result.kind === "none" && waitsInHelper) return { kind: "growing", call: waitsInHelper };
  return result;
}

/** A call inside a function declared within scope that is not an inline callback (those run as part of the wait). */
function insideNestedFunctionOtherThanCallback(node: ts.Node, scope: ts.Node): boolean {
  let current = node.parent;
  while (current && current !== scope) {
    if (isFunctionLike(current) && !(ts.isArrowFunction(current) || ts.isFunctionExpression(current))) return true;
    current = current.parent;
  }
  return false;
}
