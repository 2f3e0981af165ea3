import ts from "typescript";
import { contains, enclosingFunction, isFunctionLike, unwrap } from "./ast";
import type { FileAnalysis } from "./analysis";
import { lookup, thisClass, type Declaration } from "./file-index";
import { enclosingLoop } from "./loops";
import { lookupKey } from "./options";
import type { CallSite } from "./sdk/match";

/** Functions that convert a conversation without shortening it. */
const CONVERTERS = new Set(["convertToModelMessages", "convertToCoreMessages", "toModelMessages", "convertMessages", "mapMessages", "formatMessages", "toOpenAIMessages", "toAnthropicMessages"]);
/** Array methods that return the whole array (or a copy of it). */
const WHOLE = new Set(["map", "concat", "flat", "flatMap", "toArray"]);

export type HistoryKind = "field" | "module" | "outer" | "repl" | "store" | "request";

export interface HistoryUse {
  /** The expression naming the history in the call (`this.messages`, `history`). */
  ref: ts.Expression;
  kind: HistoryKind;
  name: string;
  /** The messages argument as a whole, for reporting. */
  argument: ts.Node;
}

/** The conversation expression of a call: a key of its options, or an argument. */
export function messagesExpression(analysis: FileAnalysis, site: CallSite): ts.Expression | undefined {
  const where = site.profile.messages;
  if (where === undefined || !ts.isCallExpression(site.node)) return undefined;
  if (typeof where === "number") return site.node.arguments[where];
  const found = lookupKey(analysis.index, site.options, where);
  return found.state === "present" ? found.value : undefined;
}

/** The references a messages expression sends whole: `h`, `[...h, m]`, `h.concat(m)`, `convertToModelMessages(h)`. */
function wholeSources(expr: ts.Expression, out: ts.Expression[], depth = 0): void {
  if (depth > 6) return;
  const e = unwrap(expr);
  if (ts.isIdentifier(e) || (ts.isPropertyAccessExpression(e) && !ts.isCallExpression(e.parent))) {
    out.push(e);
    return;
  }
  if (ts.isArrayLiteralExpression(e)) {
    for (const element of e.elements) if (ts.isSpreadElement(element)) wholeSources(element.expression, out, depth + 1);
    return;
  }
  if (ts.isCallExpression(e)) {
    const callee = unwrap(e.expression);
    if (ts.isIdentifier(callee) && CONVERTERS.has(callee.text) && e.arguments[0]) wholeSources(e.arguments[0], out, depth + 1);
    else if (ts.isPropertyAccessExpression(callee) && WHOLE.has(callee.name.text)) {
      wholeSources(callee.expression, out, depth + 1);
      if (callee.name.text === "concat") for (const a of e.arguments) wholeSources(a, out, depth + 1);
    }
  }
}

const STORE_READ = /(get|load|fetch|read|find|retrieve|restore)\w*(history|messages|conversation|chat|thread|session|memory)/i;

/** Whether an array reference grows between calls somewhere in the file, and is never trimmed. */
function growsUntrimmed(analysis: FileAnalysis, text: string, within: ts.Node): boolean {
  const { index } = analysis;
  const sf = index.sourceFile;
  let grows = false;
  for (const call of index.calls) {
    if (!contains(within, call)) continue;
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || unwrap(callee.expression).getText(sf) !== text) continue;
    const method = callee.name.text;
    if (method === "push" || method === "unshift") grows = true;
    if (method === "shift" || method === "splice" || method === "pop") return false;
  }
  for (const assignment of index.assignments) {
    if (!contains(within, assignment) || unwrap(assignment.left).getText(sf) !== text) continue;
    const right = unwrap(assignment.right);
    const rightText = right.getText(sf);
    if (/\.(slice|splice|filter)\(|trim|window|summar|compact|prune|truncat|last/i.test(rightText)) return false;
    if (ts.isArrayLiteralExpression(right) && right.elements.some((el) => ts.isSpreadElement(el) && unwrap(el.expression).getText(sf) === text)) grows = true;
    if (ts.isCallExpression(right) && ts.isPropertyAccessExpression(right.expression) && right.expression.name.text === "concat") grows = true;
    if (ts.isArrayLiteralExpression(right) && right.elements.length === 0) return false; // reset
  }
  // `history.length = 0` or a length check that trims elsewhere.
  for (const assignment of index.assignments) {
    if (contains(within, assignment) && unwrap(assignment.left).getText(sf) === `${text}.length`) return false;
  }
  return grows;
}

function readsHumanInput(analysis: FileAnalysis, loop: ts.Node): boolean {
  for (const call of analysis.index.calls) {
    if (!contains(loop, call)) continue;
    const t = call.expression.getText(analysis.index.sourceFile);
    if (/(^|\.)(question|prompt|readline|readLine|getUserInput|askUser)$|stdin/.test(t)) return true;
  }
  return ts.isForOfStatement(loop) && !!loop.awaitModifier;
}

/** `(await req.json()).messages`, `const { messages } = await request.json()`, `req.body.messages`. */
function isRequestBody(decl: Declaration, analysis: FileAnalysis): boolean {
  if (!decl.init) return false;
  const init = unwrap(decl.init);
  let base: ts.Expression | undefined;
  if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === "json") base = init.expression.expression;
  else if (ts.isPropertyAccessExpression(init) && init.name.text === "body") base = init.expression;
  if (!base) return false;
  const root = unwrap(base);
  const rootName = ts.isIdentifier(root) ? root.text : ts.isPropertyAccessExpression(root) ? root.getText(analysis.index.sourceFile) : undefined;
  if (!rootName) return false;
  if (ts.isIdentifier(root)) {
    const rootDecl = lookup(analysis.index, root.text, root);
    return rootDecl?.kind === "parameter";
  }
  return /^(\w+\.)?req(uest)?$/.test(rootName) || /^c\.req$/.test(rootName);
}

/** Classifies a reference as a conversation history that outlives the call and grows. */
function classify(analysis: FileAnalysis, site: CallSite, ref: ts.Expression): HistoryKind | undefined {
  const { index } = analysis;
  const sf = index.sourceFile;
  const callFn = enclosingFunction(site.node);
  if (ts.isPropertyAccessExpression(ref) && ref.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = thisClass(ref);
    if (!cls || !index.classFields.get(cls)?.has(ref.name.text)) return undefined;
    return growsUntrimmed(analysis, ref.getText(sf), cls) ? "field" : undefined;
  }
  // `body.messages` where body is a request body.
  if (ts.isPropertyAccessExpression(ref) && ref.name.text === "messages" && ts.isIdentifier(ref.expression)) {
    const decl = lookup(index, ref.expression.text, ref.expression);
    return decl && !decl.path?.length && isRequestBody(decl, analysis) ? "request" : undefined;
  }
  if (!ts.isIdentifier(ref)) return undefined;
  const decl = lookup(index, ref.text, ref);
  if (!decl || decl.kind !== "variable") return undefined;
  if (decl.path?.length === 1 && decl.path[0] === "messages" && isRequestBody(decl, analysis)) return "request";
  if (decl.init) {
    const init = unwrap(decl.init);
    if (ts.isCallExpression(init) && STORE_READ.test(init.expression.getText(sf))) return "store";
  }
  const declFn = enclosingFunction(decl.node);
  const scopeText = ref.text;
  if (!declFn) {
    return growsUntrimmed(analysis, scopeText, sf) ? "module" : undefined;
  }
  if (declFn !== callFn && callFn && contains(declFn, callFn)) {
    return growsUntrimmed(analysis, scopeText, declFn) ? "outer" : undefined;
  }
  // Same function: a history only when a person feeds the loop around the call (a chat REPL).
  const loop = enclosingLoop(site.node);
  if (loop && !contains(loop, decl.node) && readsHumanInput(analysis, loop) && growsUntrimmed(analysis, scopeText, declFn)) return "repl";
  return undefined;
}

export function findFullHistoryUses(analysis: FileAnalysis): { site: CallSite; uses: HistoryUse[] }[] {
  const result: { site: CallSite; uses: HistoryUse[] }[] = [];
  for (const site of analysis.sites) {
    if (site.profile.kind !== "generate" && site.profile.kind !== "agent-run") continue;
    const expr = messagesExpression(analysis, site);
    if (!expr) continue;
    const sources: ts.Expression[] = [];
    wholeSources(expr, sources);
    const uses: HistoryUse[] = [];
    for (const ref of sources) {
      if (isFunctionLike(ref)) continue;
      const kind = classify(analysis, site, ref);
      if (kind) uses.push({ ref, kind, name: ref.getText(analysis.index.sourceFile), argument: expr });
    }
    if (uses.length) result.push({ site, uses });
  }
  return result;
}
