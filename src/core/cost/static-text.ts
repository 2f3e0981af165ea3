import ts from "typescript";
import { resolveArrayLiteral, resolveObjectLiteral } from "../syntax/values";
import { findProperty, propertyNameText, propertyValue, unwrap } from "../syntax/ast";
import { indexFor, lookupValue, type FileIndex } from "../syntax/file-index";

/** Text resolved from code: the literal parts, and how many parts could not be read. */
export interface ResolvedText {
  text: string;
  unresolved: number;
  /**
   * Characters the code builds beyond `MAX_TEXT` (a const repeated in a template, repeated again...): not kept, not
   * tokenized; the estimate counts them at the rate of the text kept and says so.
   */
  omitted?: number;
}

const MAX_DEPTH = 10;
/** The most text kept for one resolved expression; the rest is counted as `omitted` characters. */
export const MAX_TEXT = 100_000;
/** Consts resolved within consts within ... this deep at most (a cycle stops at its first repeat). */
const MAX_CONST_CHAIN = 32;

const UNRESOLVED: ResolvedText = { text: "", unresolved: 1 };

/** What one file's consts resolve to, each computed once: text built from consts is linear in the file's size. */
interface TextContext {
  consts: Map<ts.Node, ResolvedText>;
  chain: number;
}
const contexts = new WeakMap<FileIndex, TextContext>();

function contextFor(index: FileIndex): TextContext {
  let ctx = contexts.get(index);
  if (!ctx) {
    ctx = { consts: new Map(), chain: 0 };
    contexts.set(index, ctx);
  }
  return ctx;
}

/** Joins parts, keeping at most MAX_TEXT characters; what is beyond is counted in `omitted`. */
function join(parts: ResolvedText[], separator = ""): ResolvedText {
  const kept: string[] = [];
  let length = 0;
  let unresolved = 0;
  let omitted = 0;
  parts.forEach((p, i) => {
    unresolved += p.unresolved;
    omitted += p.omitted ?? 0;
    const piece = i > 0 && separator ? separator + p.text : p.text;
    const room = MAX_TEXT - length;
    if (piece.length <= room) {
      kept.push(piece);
      length += piece.length;
    } else {
      if (room > 0) kept.push(piece.slice(0, room));
      length += Math.max(0, room);
      omitted += piece.length - Math.max(0, room);
    }
  });
  return { text: kept.join(""), unresolved, ...(omitted ? { omitted } : {}) };
}

function literal(text: string): ResolvedText {
  return text.length <= MAX_TEXT ? { text, unresolved: 0 } : { text: text.slice(0, MAX_TEXT), unresolved: 0, omitted: text.length - MAX_TEXT };
}

/**
 * The text an expression evaluates to, as far as it can be read statically: string literals, template literal
 * parts, consts of the file, concatenations, `[...].join(sep)`, content-part arrays. Anything else is one
 * unresolved part (counted with a stated assumption, never silently as zero). Each const is resolved once per file
 * and at most MAX_TEXT characters are kept, so consts that repeat consts cost time linear in the file.
 */
export function resolveText(index: FileIndex, node: ts.Expression | undefined, depth = 0): ResolvedText {
  if (!node || depth > MAX_DEPTH) return UNRESOLVED;
  const expr = unwrap(node);
  if (ts.isStringLiteralLike(expr)) return literal(expr.text);
  if (ts.isNumericLiteral(expr)) return literal(expr.text);
  if (ts.isTemplateExpression(expr)) {
    const parts: ResolvedText[] = [{ text: expr.head.text, unresolved: 0 }];
    for (const span of expr.templateSpans) {
      parts.push(resolveText(index, span.expression, depth + 1), { text: span.literal.text, unresolved: 0 });
    }
    return join(parts);
  }
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    // A chain of `+` is read as one list of terms (a 1,500-term concatenation is 1,500 levels deep).
    return join(plusTerms(expr).map((term) => resolveText(index, term, depth + 1)));
  }
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(index, expr.text, expr);
    if (decl?.kind === "variable" && !decl.mutable && decl.init && !decl.path?.length) return constText(index, decl.init);
    return UNRESOLVED;
  }
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "join") {
    const list = resolveArrayLiteral(index, expr.expression.expression);
    if (list) {
      const sep = expr.arguments[0] ? resolveText(index, expr.arguments[0], depth + 1) : { text: ",", unresolved: 0 };
      return join(list.elements.map((e) => resolveText(index, e, depth + 1)), sep.text);
    }
  }
  if (ts.isArrayLiteralExpression(expr)) {
    // Content parts: [{ type: "text", text: "..." }, { type: "image", ... }]
    return join(expr.elements.map((e) => contentPart(index, e, depth + 1)), "\n");
  }
  if (ts.isObjectLiteralExpression(expr)) return contentPart(index, expr, depth + 1);
  return UNRESOLVED;
}

/** The text of a const's initializer, computed once per file; a const being computed (a cycle) is unresolved. */
function constText(index: FileIndex, init: ts.Expression): ResolvedText {
  const ctx = contextFor(indexFor(index, init));
  const known = ctx.consts.get(init);
  if (known) return known;
  if (ctx.chain >= MAX_CONST_CHAIN) return UNRESOLVED;
  ctx.consts.set(init, UNRESOLVED);
  ctx.chain++;
  try {
    const text = resolveText(index, init, 1);
    ctx.consts.set(init, text);
    return text;
  } finally {
    ctx.chain--;
  }
}

/** The terms of a chain of `+` (`a + b + c` is `(a + b) + c`), in order, without recursion. */
function plusTerms(expr: ts.BinaryExpression): ts.Expression[] {
  const terms: ts.Expression[] = [];
  const stack: ts.Expression[] = [expr];
  while (stack.length) {
    const e = unwrap(stack.pop()!);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) stack.push(e.right, e.left);
    else terms.push(e);
  }
  return terms;
}

function contentPart(index: FileIndex, node: ts.Expression, depth: number): ResolvedText {
  const obj = resolveObjectLiteral(index, node);
  if (!obj) return resolveText(index, node, depth);
  for (const key of ["text", "content", "input_text", "parts"]) {
    const value = propertyValue(findProperty(obj, key));
    if (value) return resolveText(index, value, depth + 1);
  }
  return UNRESOLVED;
}

/** A function (tool) call a message carries: its name and its raw arguments text. */
export interface ResolvedCall {
  name: string;
  arguments: ResolvedText;
}

/** A message of a conversation, as far as it can be read. */
export interface ResolvedMessage {
  role: string;
  content: ResolvedText;
  name?: string;
  /** Legacy `function_call` of an assistant message, or a Responses API `function_call` item. */
  functionCall?: ResolvedCall;
  /** `tool_calls` of an assistant message. */
  toolCalls?: ResolvedCall[];
}

/** A messages array literal (or const): its messages, and how many elements could not be read. */
export function resolveMessages(index: FileIndex, node: ts.Expression | undefined): { messages: ResolvedMessage[]; unresolvedElements: number; spreads: ts.Expression[] } | undefined {
  const list = resolveArrayLiteral(index, node);
  if (!list) return undefined;
  const messages: ResolvedMessage[] = [];
  let unresolvedElements = 0;
  const spreads: ts.Expression[] = [];
  for (const element of list.elements) {
    if (ts.isSpreadElement(element)) {
      spreads.push(element.expression);
      continue;
    }
    const langchain = langchainMessage(index, element);
    if (langchain) {
      messages.push(langchain);
      continue;
    }
    const obj = resolveObjectLiteral(index, element);
    if (!obj) {
      unresolvedElements++;
      continue;
    }
    const item = responsesItem(index, obj);
    if (item) {
      messages.push(item);
      continue;
    }
    const roleValue = propertyValue(findProperty(obj, "role"));
    const role = roleValue && ts.isStringLiteralLike(unwrap(roleValue)) ? (unwrap(roleValue) as ts.StringLiteral).text : "user";
    const contentValue = propertyValue(findProperty(obj, "content")) ?? propertyValue(findProperty(obj, "parts"));
    const functionCall = callOf(index, propertyValue(findProperty(obj, "function_call")));
    const toolCalls = toolCallsOf(index, propertyValue(findProperty(obj, "tool_calls")));
    // An assistant message with calls often has `content: null`: no text, not an unreadable part.
    const noText = contentValue === undefined || unwrap(contentValue).kind === ts.SyntaxKind.NullKeyword;
    const content = noText && (functionCall || toolCalls) ? { text: "", unresolved: 0 } : resolveText(index, contentValue);
    const name = literalString(propertyValue(findProperty(obj, "name")));
    messages.push({ role, content, ...(name ? { name } : {}), ...(functionCall ? { functionCall } : {}), ...(toolCalls ? { toolCalls } : {}) });
  }
  return { messages, unresolvedElements, spreads };
}

function literalString(node: ts.Expression | undefined): string | undefined {
  const value = node && unwrap(node);
  return value && ts.isStringLiteralLike(value) ? value.text : undefined;
}

/** `{ name, arguments }` (a legacy function_call, or the `function` of a tool call). */
function callOf(index: FileIndex, node: ts.Expression | undefined): ResolvedCall | undefined {
  const obj = node && resolveObjectLiteral(index, node);
  if (!obj) return undefined;
  const name = literalString(propertyValue(findProperty(obj, "name")));
  if (name === undefined) return undefined;
  return { name, arguments: resolveText(index, propertyValue(findProperty(obj, "arguments"))) };
}

/** `tool_calls: [{ id, type: "function", function: { name, arguments } }]`. */
function toolCallsOf(index: FileIndex, node: ts.Expression | undefined): ResolvedCall[] | undefined {
  const list = node && resolveArrayLiteral(index, node);
  if (!list) return undefined;
  const calls: ResolvedCall[] = [];
  for (const element of list.elements) {
    const obj = resolveObjectLiteral(index, element);
    const call = obj ? callOf(index, propertyValue(findProperty(obj, "function"))) : undefined;
    calls.push(call ?? { name: "", arguments: { text: "", unresolved: 1 } });
  }
  return calls;
}

/** Responses API input items that are not messages: `function_call` (a call the model made) and its output. */
function responsesItem(index: FileIndex, obj: ts.ObjectLiteralExpression): ResolvedMessage | undefined {
  const type = literalString(propertyValue(findProperty(obj, "type")));
  if (type === "function_call") {
    const call = callOf(index, obj);
    return call ? { role: "assistant", content: { text: "", unresolved: 0 }, functionCall: call } : undefined;
  }
  if (type === "function_call_output") return { role: "tool", content: resolveText(index, propertyValue(findProperty(obj, "output"))) };
  return undefined;
}

/** LangChain message classes and the role each sends as. */
const LANGCHAIN_MESSAGE_ROLES: Record<string, string> = {
  SystemMessage: "system",
  HumanMessage: "user",
  AIMessage: "assistant",
  ToolMessage: "tool",
  FunctionMessage: "function",
};
/** Roles of LangChain's [role, content] tuples. */
const TUPLE_ROLES: Record<string, string> = { system: "system", human: "user", user: "user", ai: "assistant", assistant: "assistant", developer: "developer" };

/** A LangChain message: `new HumanMessage("...")`, `new SystemMessage({ content })`, `["human", "..."]`, a bare string. */
function langchainMessage(index: FileIndex, node: ts.Expression): ResolvedMessage | undefined {
  const expr = unwrap(node);
  if (ts.isNewExpression(expr) && ts.isIdentifier(expr.expression)) {
    const role = LANGCHAIN_MESSAGE_ROLES[expr.expression.text.replace(/Chunk$/, "")];
    if (!role) return undefined;
    const arg = expr.arguments?.[0];
    const obj = arg && !ts.isStringLiteralLike(unwrap(arg)) ? resolveObjectLiteral(index, arg) : undefined;
    return { role, content: resolveText(index, obj ? propertyValue(findProperty(obj, "content")) : arg) };
  }
  if (ts.isArrayLiteralExpression(expr) && expr.elements.length === 2) {
    const first = unwrap(expr.elements[0]!);
    const role = ts.isStringLiteralLike(first) ? TUPLE_ROLES[first.text] : undefined;
    if (role) return { role, content: resolveText(index, expr.elements[1]) };
  }
  if (ts.isStringLiteralLike(expr) || ts.isTemplateExpression(expr)) return { role: "user", content: resolveText(index, expr) };
  return undefined;
}

/** What is left to read of one JSON value. */
interface JsonBudget {
  nodes: number;
  chars: number;
}
const MAX_JSON_NODES = 20_000;
const MAX_JSON_CHARS = 1_000_000;

/**
 * A JSON value written as an object/array literal (a JSON-schema tool definition), with `unknown` for parts that
 * cannot be read. Consts are followed; `Type.OBJECT` enum members become their lower-case names.
 */
export function literalJson(index: FileIndex, node: ts.Expression | undefined, depth = 0, budget: JsonBudget = { nodes: MAX_JSON_NODES, chars: MAX_JSON_CHARS }): { value: unknown; unresolved: number } {
  // A const object used many times in one used many times ...: at most so many nodes and characters are read.
  if (!node || depth > MAX_DEPTH || --budget.nodes < 0 || budget.chars < 0) return { value: undefined, unresolved: 1 };
  const expr = unwrap(node);
  if (ts.isStringLiteralLike(expr)) {
    budget.chars -= expr.text.length;
    return { value: expr.text, unresolved: 0 };
  }
  if (ts.isNumericLiteral(expr)) return { value: Number(expr.text), unresolved: 0 };
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return { value: true, unresolved: 0 };
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return { value: false, unresolved: 0 };
  if (expr.kind === ts.SyntaxKind.NullKeyword) return { value: null, unresolved: 0 };
  if (ts.isPropertyAccessExpression(expr) && /^(Type|SchemaType)$/.test(expr.expression.getText(index.sourceFile))) {
    return { value: expr.name.text.toLowerCase(), unresolved: 0 };
  }
  if (ts.isArrayLiteralExpression(expr)) {
    let unresolved = 0;
    const value = expr.elements.map((e) => {
      const r = literalJson(index, e, depth + 1, budget);
      unresolved += r.unresolved;
      return r.value;
    });
    return { value, unresolved };
  }
  if (ts.isObjectLiteralExpression(expr)) {
    let unresolved = 0;
    const value: Record<string, unknown> = {};
    for (const prop of expr.properties) {
      if (ts.isSpreadAssignment(prop)) {
        unresolved++;
        continue;
      }
      const key = propertyNameText(prop.name);
      const v = propertyValue(prop);
      if (key === undefined || !v) continue;
      const r = literalJson(index, v, depth + 1, budget);
      unresolved += r.unresolved;
      if (r.value !== undefined) value[key] = r.value;
    }
    return { value, unresolved };
  }
  if (ts.isIdentifier(expr) || ts.isTemplateExpression(expr) || ts.isBinaryExpression(expr)) {
    const text = resolveText(index, expr, depth + 1);
    if (text.unresolved === 0 && !text.omitted) {
      budget.chars -= text.text.length;
      return { value: text.text, unresolved: 0 };
    }
    const obj = resolveObjectLiteral(index, expr) ?? resolveArrayLiteral(index, expr);
    if (obj) return literalJson(index, obj, depth + 1, budget);
  }
  return { value: undefined, unresolved: 1 };
}
