import ts from "typescript";
import { unwrap } from "../syntax/ast";

/** Functions that convert a conversation without shortening it. */
export const CONVERTERS = new Set([
  "convertToModelMessages",
  "convertToCoreMessages",
  "convertToUIMessages",
  "toModelMessages",
  "toUIMessages",
  "convertMessages",
  "mapMessages",
  "formatMessages",
  "toOpenAIMessages",
  "toAnthropicMessages",
  "mapStoredMessagesToChatMessages",
]);
/**
 * Array methods that return the whole array, or a copy of it that keeps every turn (`filter` drops a few, not the old
 * ones; `join` writes every turn into one text: `history.map(toLine).join("\n")` as a chain's `chat_history`).
 */
export const WHOLE = new Set(["map", "concat", "flat", "flatMap", "toArray", "filter", "toReversed", "toSorted", "join"]);
/** Functions whose name says they shorten a conversation: trimHistory, summarizeMessages, keepLast, fitToContext. */
export const TRIM_NAME = /trim|window|summar|compact|prune|truncat|limit|recent|keep|last|shorten|condense|fit|budget|tail/i;
/** Array methods that return a part of an array (a `slice` only when its range is bounded: see `keepsWhole`). */
const PART = new Set(["slice", "splice", "at", "subarray"]);

/** The name of the function a call invokes: `trimHistory` in `trimHistory(h)`, `slice` in `h.slice(-8)`. */
export function calleeName(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression);
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** A number written as a literal: `3`, `-1`. */
function literalNumber(node: ts.Expression): number | undefined {
  const e = unwrap(node);
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
  return undefined;
}

/**
 * A method call that keeps the whole conversation: `h.map(...)`, `h.filter(...)`, and the slices that drop only its
 * ends, `h.slice()`, `h.slice(1)` (all but the first), `h.slice(0, -1)` (all but the last), `h.slice(1, h.length)`.
 * `h.slice(-8)`, `h.slice(h.length - 8)` and `h.slice(0, 10)` are windows.
 */
export function keepsWhole(call: ts.CallExpression): boolean {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const name = callee.name.text;
  if (WHOLE.has(name)) return true;
  if (name !== "slice") return false;
  const [start, end] = call.arguments;
  if (!start) return true;
  const from = literalNumber(start);
  if (from === undefined || from < 0) return false;
  if (!end) return true;
  const to = literalNumber(end);
  if (to !== undefined) return to < 0;
  // `h.slice(1, h.length)`, `h.slice(0, h.length - 1)`: up to the end, whatever the length.
  return ts.isPropertyAccessExpression(unwrap(end)) ? (unwrap(end) as ts.PropertyAccessExpression).name.text === "length" : isLengthMinusLiteral(end);
}

function isLengthMinusLiteral(node: ts.Expression): boolean {
  const e = unwrap(node);
  return (
    ts.isBinaryExpression(e) &&
    e.operatorToken.kind === ts.SyntaxKind.MinusToken &&
    ts.isPropertyAccessExpression(unwrap(e.left)) &&
    (unwrap(e.left) as ts.PropertyAccessExpression).name.text === "length" &&
    literalNumber(e.right) !== undefined
  );
}

/** Whether an expression is a shortened copy of a conversation: `h.slice(-10)`, `trimHistory(h)`, `h.at(-1)`. */
export function shortens(expr: ts.Expression): boolean {
  const e = unwrap(expr);
  if (!ts.isCallExpression(e)) return false;
  const name = calleeName(e);
  if (!name) return false;
  const callee = unwrap(e.expression);
  if (ts.isPropertyAccessExpression(callee)) {
    // A whole-array method of a shortened copy: convertToModelMessages(h.slice(-8)), h.slice(-8).map(...).
    if (keepsWhole(e)) return shortens(callee.expression);
    if (PART.has(name)) return true;
  }
  if (TRIM_NAME.test(name)) return true;
  return e.arguments.some((a) => shortens(a));
}

/**
 * The text a reference is matched by, with every key elided: `this.history[user]` and `this.history.get(user)` give
 * `this.history[]`, `histories[chatId]` gives `histories[]`; `state.messages` gives itself. Undefined for anything else.
 */
export function referenceKey(node: ts.Expression, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const e = unwrap(node);
  if (ts.isIdentifier(e)) return e.text;
  if (e.kind === ts.SyntaxKind.ThisKeyword) return "this";
  if (ts.isPropertyAccessExpression(e)) {
    const base = referenceKey(e.expression, depth + 1);
    return base === undefined ? undefined : `${base}.${e.name.text}`;
  }
  if (ts.isElementAccessExpression(e)) {
    const base = referenceKey(e.expression, depth + 1);
    return base === undefined ? undefined : `${base}[]`;
  }
  const container = mapGetContainer(e);
  if (container) {
    const base = referenceKey(container, depth + 1);
    return base === undefined ? undefined : `${base}[]`;
  }
  return undefined;
}

/** `histories.get(chatId)`: the map it reads (`histories`). */
export function mapGetContainer(e: ts.Expression): ts.Expression | undefined {
  if (!ts.isCallExpression(e) || e.arguments.length !== 1) return undefined;
  const callee = unwrap(e.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === "get" ? callee.expression : undefined;
}

/** The container a keyed reference reads: `this.history` in `this.history[user]`, `histories` in `histories.get(id)`. */
export function keyedContainer(node: ts.Expression): ts.Expression | undefined {
  const e = unwrap(node);
  if (ts.isElementAccessExpression(e)) return unwrap(e.expression);
  const container = mapGetContainer(e);
  return container ? unwrap(container) : undefined;
}

/**
 * The references a messages expression sends whole: `h`, `[...h, m]`, `h.concat(m)`, `convertToModelMessages(h)`,
 * `h.slice(1)`, `histories.get(id) ?? []`, the `messages` of a graph state (`agent.invoke({ messages: h })`), and calls
 * of the project's functions (`store.getHistory(id)`: what they return may be a history).
 */
export function wholeSources(expr: ts.Expression, out: ts.Expression[], depth = 0): void {
  if (depth > 6) return;
  const e = unwrap(expr);
  if (
    ts.isIdentifier(e) ||
    ts.isElementAccessExpression(e) ||
    (ts.isPropertyAccessExpression(e) && !(ts.isCallExpression(e.parent) && e.parent.expression === e))
  ) {
    out.push(e);
    return;
  }
  if (ts.isArrayLiteralExpression(e)) {
    for (const element of e.elements) if (ts.isSpreadElement(element)) wholeSources(element.expression, out, depth + 1);
    return;
  }
  if (ts.isConditionalExpression(e)) {
    wholeSources(e.whenTrue, out, depth + 1);
    wholeSources(e.whenFalse, out, depth + 1);
    return;
  }
  // `histories.get(id) ?? []`, `this.history[user] || []`.
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    wholeSources(e.left, out, depth + 1);
    wholeSources(e.right, out, depth + 1);
    return;
  }
  if (ts.isObjectLiteralExpression(e)) {
    for (const prop of e.properties) {
      if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name) && prop.name.text === "messages") wholeSources(prop.initializer, out, depth + 1);
      if (ts.isShorthandPropertyAssignment(prop) && prop.name.text === "messages") out.push(prop.name);
    }
    return;
  }
  if (ts.isCallExpression(e)) {
    const callee = unwrap(e.expression);
    if (ts.isIdentifier(callee) && CONVERTERS.has(callee.text) && e.arguments[0]) wholeSources(e.arguments[0], out, depth + 1);
    else if (mapGetContainer(e)) out.push(e);
    else if (ts.isPropertyAccessExpression(callee) && keepsWhole(e)) {
      wholeSources(callee.expression, out, depth + 1);
      if (callee.name.text === "concat") for (const a of e.arguments) wholeSources(a, out, depth + 1);
    } else if ((ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)) && !shortens(e)) out.push(e);
  }
}
