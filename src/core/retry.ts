import ts from "typescript";
import { contains, enclosingFunction, isFunctionLike, isTrueLiteral, numericLiteralValue, unwrap, type LoopNode } from "./ast";
import { resolveLocalFunction, type FileAnalysis } from "./analysis";
import { findDelay, type DelayFacts } from "./delays";
import { lookup } from "./file-index";
import { countingCondition, enclosingLoop, exitsLoop, isCollectionLoop, loopCap, loopKeywordRange, updatedWithin, type LoopCap } from "./loops";
import { lookupKey } from "./options";
import type { CallSite } from "./sdk/match";
import { RETRY_LIBRARY_DEFAULTS } from "./sdk/profiles";
import { staticNumber } from "./values";

/** A construct that re-attempts a failed operation. */
export interface RetryConstruct {
  kind: "loop" | "recursion" | "library";
  node: ts.Node;
  /** Where findings about it are reported. */
  range: { start: number; end: number };
  /** The operation re-attempted makes an LLM call (else: a generic helper re-attempting a callback). */
  llm: boolean;
  /** Unbounded, or bounded at about `attempts` attempts (undefined when the bound is not static). */
  bounded: boolean;
  attempts?: number;
  /** Why it is unbounded, for library calls ("forever: true", "retries: Infinity"). */
  why?: string;
  delay: DelayFacts;
  /** For library calls: the factor option when it disables growth. */
  factor?: { value: number; node: ts.Node };
  /** For loops: the counter that a fix can use in a growing delay. */
  counter?: string;
  loop?: LoopNode;
  tryStatement?: ts.TryStatement;
  site?: CallSite;
  /** For library calls: the option node to report at, when one is the cause. */
  optionNode?: ts.Node;
  optionsObject?: ts.ObjectLiteralExpression;
}

const cache = new WeakMap<FileAnalysis, RetryConstruct[]>();

export function findRetryConstructs(analysis: FileAnalysis): RetryConstruct[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const found = [...retryLoops(analysis), ...retryRecursions(analysis), ...retryLibraryCalls(analysis)];
  cache.set(analysis, found);
  return found;
}

/** What the try block re-attempts: an LLM call, or a callback the enclosing function was given. */
function operationIn(analysis: FileAnalysis, block: ts.Node): { llm: boolean; generic: boolean } {
  const llm = analysis.llmCalls.some((c) => contains(block, c.node));
  if (llm) return { llm: true, generic: false };
  const { index } = analysis;
  for (const call of index.calls) {
    if (!contains(block, call)) continue;
    const callee = unwrap(call.expression);
    if (!ts.isIdentifier(callee)) continue;
    const decl = lookup(index, callee.text, callee);
    if (decl?.kind === "parameter") return { llm: false, generic: true };
  }
  return { llm: false, generic: false };
}

/** The catch block lets the loop run again: it does not end in an unconditional exit. */
function catchLoopsAgain(clause: ts.CatchClause | undefined): boolean {
  if (!clause) return false;
  const statements = clause.block.statements;
  const last = statements[statements.length - 1];
  if (!last) return true;
  return !(ts.isThrowStatement(last) || ts.isReturnStatement(last) || ts.isBreakStatement(last));
}

function referencesOf(node: ts.Node | undefined, sourceFile: ts.SourceFile): Set<string> {
  const refs = new Set<string>();
  if (!node) return refs;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) || ts.isPropertyAccessExpression(n)) refs.add(n.getText(sourceFile));
    ts.forEachChild(n, visit);
  };
  visit(node);
  return refs;
}

/** Success leaves the loop: the try block exits, a statement after it exits, or it sets a flag the condition reads. */
function successExits(analysis: FileAnalysis, loop: LoopNode, tryStatement: ts.TryStatement): boolean {
  if (exitsLoop(tryStatement.tryBlock)) return true;
  const parent = tryStatement.parent;
  if (ts.isBlock(parent) && parent === loop.statement) {
    const after = parent.statements.slice(parent.statements.indexOf(tryStatement) + 1);
    if (after.some((s) => (ts.isBreakStatement(s) || ts.isReturnStatement(s)))) return true;
  }
  const condition = ts.isForStatement(loop) ? loop.condition : ts.isWhileStatement(loop) || ts.isDoStatement(loop) ? loop.expression : undefined;
  const conditionRefs = referencesOf(condition, analysis.index.sourceFile);
  const assigned = updatedWithin(analysis.index, tryStatement.tryBlock);
  return [...assigned].some((a) => conditionRefs.has(a));
}

function attemptsFromCap(cap: LoopCap): number | undefined {
  return cap.bound !== undefined && Number.isFinite(cap.bound) ? Math.max(1, Math.round(cap.bound)) : cap.bound;
}

function retryLoops(analysis: FileAnalysis): RetryConstruct[] {
  const { index } = analysis;
  const result: RetryConstruct[] = [];
  for (const loop of index.loops) {
    if (isCollectionLoop(loop)) continue;
    const fn = enclosingFunction(loop);
    for (const tryStatement of index.tries) {
      if (!contains(loop.statement, tryStatement) || enclosingLoop(tryStatement) !== loop) continue;
      if (enclosingFunction(tryStatement) !== fn) continue;
      const op = operationIn(analysis, tryStatement.tryBlock);
      if (!op.llm && !op.generic) continue;
      if (!catchLoopsAgain(tryStatement.catchClause)) continue;
      if (!successExits(analysis, loop, tryStatement)) continue;
      const cap = loopCap(index, loop);
      const changing = updatedWithin(index, loop);
      if (ts.isForStatement(loop) && loop.initializer && ts.isVariableDeclarationList(loop.initializer)) {
        for (const d of loop.initializer.declarations) if (ts.isIdentifier(d.name)) changing.add(d.name.text);
      }
      const counter = counterName(cap, changing, index.sourceFile);
      result.push({
        kind: "loop",
        node: loop,
        range: loopKeywordRange(loop, index.sourceFile),
        llm: op.llm,
        bounded: cap.capped,
        attempts: attemptsFromCap(cap),
        delay: findDelay(index, loop.statement, tryStatement.tryBlock, changing),
        loop,
        tryStatement,
        ...(counter ? { counter } : {}),
      });
      break;
    }
  }
  return result;
}

function counterName(cap: LoopCap, changing: Set<string>, sourceFile: ts.SourceFile): string | undefined {
  if (!cap.check) return undefined;
  const refs = referencesOf(cap.check, sourceFile);
  for (const ref of refs) if (changing.has(ref) && /^[A-Za-z_$][\w$]*$/.test(ref)) return ref;
  return undefined;
}

/** The catch clause or `.catch(cb)` / `.then(_, cb)` callback between a call and its function, if any. */
function failurePath(call: ts.Node, fn: ts.FunctionLikeDeclaration): ts.Node | undefined {
  let current: ts.Node | undefined = call.parent;
  while (current && current !== fn) {
    if (ts.isCatchClause(current)) return current;
    if ((ts.isArrowFunction(current) || ts.isFunctionExpression(current)) && ts.isCallExpression(current.parent)) {
      const outer: ts.CallExpression = current.parent;
      const callee = outer.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        if (callee.name.text === "catch" && outer.arguments[0] === current) return current;
        if (callee.name.text === "then" && outer.arguments[1] === current) return current;
      }
    }
    current = current.parent;
  }
  return undefined;
}

/** Whether the function checks an attempt/depth parameter that the recursive call changes. */
function recursionCap(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, call: ts.CallExpression): LoopCap & { counter?: string } {
  const { index } = analysis;
  fn.parameters.forEach(() => undefined);
  for (let i = 0; i < fn.parameters.length; i++) {
    const param = fn.parameters[i]!;
    if (!ts.isIdentifier(param.name)) {
      // `{ attempt = 0 }` destructured options: look for the key in an object argument.
      if (ts.isObjectBindingPattern(param.name)) {
        for (const element of param.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const cap = checkedParam(analysis, fn, element.name.text, call);
          if (cap.capped) return cap;
        }
      }
      continue;
    }
    const name = param.name.text;
    const arg = call.arguments[i];
    if (!arg) continue;
    const argText = unwrap(arg).getText(index.sourceFile);
    if (argText === name) continue; // passed unchanged
    if (!referencesOf(arg, index.sourceFile).has(name)) continue;
    const cap = checkedParam(analysis, fn, name, call);
    if (cap.capped) return cap;
  }
  return { capped: false };
}

function checkedParam(analysis: FileAnalysis, fn: ts.FunctionLikeDeclaration, name: string, _call: ts.CallExpression): LoopCap & { counter?: string } {
  const { index } = analysis;
  const counters = new Set([name]);
  const body = fn.body;
  if (!body) return { capped: false };
  let result: LoopCap & { counter?: string } = { capped: false };
  const visit = (n: ts.Node): void => {
    if (result.capped || (n !== fn && isFunctionLike(n) && !(ts.isArrowFunction(n) || ts.isFunctionExpression(n)))) return;
    if (ts.isIfStatement(n) || ts.isConditionalExpression(n)) {
      const condition = ts.isIfStatement(n) ? n.expression : n.condition;
      const cap = countingCondition(index, condition, counters);
      if (cap.capped) {
        result = { ...cap, counter: name };
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return result;
}

function retryRecursions(analysis: FileAnalysis): RetryConstruct[] {
  const { index } = analysis;
  const result: RetryConstruct[] = [];
  for (const call of index.calls) {
    const fn = resolveLocalFunction(index, call);
    if (!fn || !contains(fn, call)) continue;
    const path = failurePath(call, fn);
    if (!path) continue;
    const llm = analysis.llmFunctions.has(fn);
    const generic = !llm && fn.body !== undefined && operationIn(analysis, fn.body).generic;
    if (!llm && !generic) continue;
    const cap = recursionCap(analysis, fn, call);
    const changing = new Set<string>(cap.counter ? [cap.counter] : []);
    const calleeNode = unwrap(call.expression);
    const nameNode = ts.isPropertyAccessExpression(calleeNode) ? calleeNode.name : calleeNode;
    result.push({
      kind: "recursion",
      node: call,
      range: { start: nameNode.getStart(index.sourceFile), end: call.getEnd() },
      llm,
      bounded: cap.capped,
      attempts: cap.bound !== undefined && Number.isFinite(cap.bound) ? Math.max(1, Math.round(cap.bound)) : cap.bound,
      delay: findDelay(index, path, undefined, changing),
      ...(cap.counter ? { counter: cap.counter } : {}),
    });
  }
  return result;
}

function retryLibraryCalls(analysis: FileAnalysis): RetryConstruct[] {
  const { index } = analysis;
  const result: RetryConstruct[] = [];
  for (const site of analysis.sites) {
    if (site.profile.kind !== "retry" || !ts.isCallExpression(site.node)) continue;
    const defaults = RETRY_LIBRARY_DEFAULTS[site.profile.id];
    if (!defaults) continue;
    const operation = site.node.arguments[0];
    if (!operation) continue;
    const op = libraryOperation(analysis, operation);
    if (!op.llm && !op.generic) continue;
    const optionsArg = site.node.arguments[site.profile.optionsArg ?? 1];
    if (optionsArg && !site.options) continue; // options we cannot see
    const options = site.options;
    let bounded = true;
    let attempts: number | undefined = defaults.retries + 1;
    let why = `the default ${defaults.retries} retries`;
    let optionNode: ts.Node | undefined;
    const forever = defaults.foreverKey ? lookupKey(index, options, defaults.foreverKey) : undefined;
    const retries = lookupKey(index, options, "retries");
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
        why = "retries";
      } else if (!Number.isFinite(value)) {
        bounded = false;
        attempts = undefined;
        why = `retries: ${retries.value!.getText(index.sourceFile)}`;
      } else {
        attempts = value + 1;
        why = `retries: ${value}`;
      }
    } else if (retries.state === "unknown" && options) {
      attempts = undefined;
    }
    const factorKey = lookupKey(index, options, "factor");
    const factorValue = factorKey.state === "present" ? numericLiteralValue(factorKey.value!) ?? staticNumber(index, factorKey.value) : undefined;
    const calleeStart = site.node.expression.getStart(index.sourceFile);
    result.push({
      kind: "library",
      node: site.node,
      range: { start: calleeStart, end: site.node.expression.getEnd() },
      llm: op.llm,
      bounded,
      ...(attempts !== undefined ? { attempts } : {}),
      why,
      delay: { kind: factorValue !== undefined && factorValue <= 1 ? "constant" : "growing" },
      ...(factorValue !== undefined && factorValue <= 1 && factorKey.state === "present" ? { factor: { value: factorValue, node: factorKey.prop } } : {}),
      site,
      ...(optionNode ? { optionNode } : {}),
      ...(options ? { optionsObject: options } : {}),
    });
  }
  return result;
}

/** What a retry library call re-attempts: an inline callback, a local function, or a parameter (generic helper). */
function libraryOperation(analysis: FileAnalysis, operation: ts.Expression): { llm: boolean; generic: boolean } {
  const expr = unwrap(operation);
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return operationIn(analysis, expr);
  if (ts.isIdentifier(expr)) {
    const decl = lookup(analysis.index, expr.text, expr);
    if (decl?.kind === "parameter") return { llm: false, generic: true };
    if (decl?.kind === "function" && isFunctionLike(decl.node)) return { llm: analysis.llmFunctions.has(decl.node), generic: false };
    if (decl?.kind === "variable" && decl.init) {
      const init = unwrap(decl.init);
      if ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && analysis.llmFunctions.has(init)) return { llm: true, generic: false };
    }
  }
  return { llm: false, generic: false };
}
