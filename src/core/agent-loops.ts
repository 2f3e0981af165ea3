import ts from "typescript";
import { contains, enclosingFunction, isFunctionLike, unwrap, type LoopNode } from "./ast";
import { resolveLocalFunction, type FileAnalysis, type LlmCall } from "./analysis";
import { findRetryConstructs } from "./retry";
import { isCollectionLoop, loopCap, loopKeywordRange, updatedWithin } from "./loops";

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
const HUMAN_INPUT = /(^|\.)(question|prompt|readline|readLine|getUserInput|askUser|input|read)$/;

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

function readsHumanInput(analysis: FileAnalysis, scope: ts.Node): boolean {
  if (ts.isForOfStatement(scope) && scope.awaitModifier) return true;
  for (const call of analysis.index.calls) {
    if (!contains(scope, call)) continue;
    const text = call.expression.getText(analysis.index.sourceFile);
    if (HUMAN_INPUT.test(text) || /stdin|readline/i.test(text)) return true;
  }
  return false;
}

/** References (roots of identifiers and `this.x` chains) used by the arguments of a call. */
function argumentRoots(call: ts.CallExpression, sourceFile: ts.SourceFile): Set<string> {
  const roots = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword) {
      roots.add(n.getText(sourceFile));
      return;
    }
    if (ts.isIdentifier(n)) roots.add(n.text);
    ts.forEachChild(n, visit);
  };
  for (const arg of call.arguments) visit(arg);
  return roots;
}

/** What a loop changes between iterations: assigned references and arrays grown with push/unshift/splice. */
function mutatedWithin(analysis: FileAnalysis, scope: ts.Node): Set<string> {
  const { index } = analysis;
  const changed = updatedWithin(index, scope);
  for (const call of index.calls) {
    if (!contains(scope, call)) continue;
    const callee = unwrap(call.expression);
    if (ts.isPropertyAccessExpression(callee) && /^(push|unshift|splice|set|concat|add)$/.test(callee.name.text)) {
      changed.add(unwrap(callee.expression).getText(index.sourceFile));
    }
  }
  return changed;
}

/** The loop feeds results back: the model call reads something the loop changes, or the condition does. */
function feedsBack(analysis: FileAnalysis, loop: LoopNode, call: LlmCall): boolean {
  const { sourceFile } = analysis.index;
  const changed = mutatedWithin(analysis, loop.statement);
  const roots = argumentRoots(call.node, sourceFile);
  // A method of this class that makes the call with no arguments reads its fields: this.messages.
  if (call.viaFunction) {
    for (const r of fieldsRead(call.viaFunction, sourceFile)) roots.add(r);
  }
  for (const root of roots) if (changed.has(root)) return true;
  const condition = ts.isWhileStatement(loop) || ts.isDoStatement(loop) ? loop.expression : ts.isForStatement(loop) ? loop.condition : undefined;
  if (condition) {
    let reads = false;
    const visit = (n: ts.Node): void => {
      if (reads) return;
      if ((ts.isIdentifier(n) || ts.isPropertyAccessExpression(n)) && changed.has(n.getText(sourceFile))) reads = true;
      ts.forEachChild(n, visit);
    };
    visit(condition);
    if (reads) return true;
  }
  return false;
}

function fieldsRead(fn: ts.FunctionLikeDeclaration, sourceFile: ts.SourceFile): Set<string> {
  const fields = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword) fields.add(n.getText(sourceFile));
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return fields;
}

const cache = new WeakMap<FileAnalysis, AgentLoop[]>();

/** Loops and recursions that call a model again with the results of the previous call, with no hard cap. */
export function findUncappedAgentLoops(analysis: FileAnalysis): AgentLoop[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const { index } = analysis;
  const retryNodes = new Set(findRetryConstructs(analysis).map((r) => r.node));
  const found: AgentLoop[] = [];
  for (const loop of index.loops) {
    if (isCollectionLoop(loop) || retryNodes.has(loop)) continue;
    const calls = callsWithin(analysis, loop.statement);
    if (calls.length === 0) continue;
    const call = calls.find((c) => feedsBack(analysis, loop, c));
    if (!call) continue;
    if (readsHumanInput(analysis, loop)) continue;
    if (loopCap(index, loop).capped) continue;
    // A nested loop inside a capped outer loop in the same function is covered by the outer cap.
    found.push({ kind: "loop", node: loop, range: loopKeywordRange(loop, index.sourceFile), call, loop });
  }
  // Recursion: a function that calls a model and then itself (not from a catch: that is a retry).
  const retryCalls = new Set(findRetryConstructs(analysis).filter((r) => r.kind === "recursion").map((r) => r.node));
  for (const call of index.calls) {
    if (retryCalls.has(call)) continue;
    const fn = resolveLocalFunction(index, call);
    if (!fn || !contains(fn, call) || !analysis.llmFunctions.has(fn)) continue;
    const direct = analysis.llmCalls.find((c) => c.node !== call && contains(fn, c.node) && c.node.pos < call.pos);
    if (!direct) continue;
    if (call.arguments.length === 0 && !fieldsRead(fn, index.sourceFile).size) continue;
    if (hasDepthCheck(analysis, fn)) continue;
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
  cache.set(analysis, found);
  return found;
}

/** A recursive agent is capped when it compares a parameter (depth, step, turn) or a clock before recursing. */
function hasDepthCheck(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration): boolean {
  const params = new Set<string>();
  for (const p of fn.parameters) {
    if (ts.isIdentifier(p.name)) params.add(p.name.text);
    else if (ts.isObjectBindingPattern(p.name)) for (const e of p.name.elements) if (ts.isIdentifier(e.name)) params.add(e.name.text);
  }
  const { sourceFile } = analysis.index;
  for (const comparison of analysis.index.comparisons) {
    if (!contains(fn, comparison)) continue;
    const text = comparison.getText(sourceFile);
    for (const p of params) if (new RegExp(`\\b${p.replace(/\$/g, "\\$")}\\b`).test(text)) return true;
    if (/Date\.now|performance\.now|depth|step|turn|iteration|attempt/i.test(text)) return true;
  }
  return false;
}
