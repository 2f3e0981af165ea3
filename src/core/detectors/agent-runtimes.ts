import ts from "typescript";
import { enclosingFunction, unwrap, type LoopNode } from "../syntax/ast";
import { lookup, type FileIndex } from "../syntax/file-index";
import { staticNumber } from "../syntax/values";

/**
 * An agent runtime of the project whose loop stops only at a cap its caller passes (`opts.maxSteps ?? Infinity`,
 * an optional `maxSteps` with no default): run without one, it is uncapped.
 */
export interface AgentRuntime {
  /** The function whose loop it is: the function callers call. */
  fn: ts.FunctionLikeDeclaration;
  loop: LoopNode;
  /** The parameter that carries the cap, and the key of the options object when it is one (`opts.maxSteps`). */
  param: number;
  key?: string;
  /** The parameter's name, for messages when there is no key. */
  paramName: string;
  /**
   * A call that passes no cap is uncapped: the missing value becomes `Infinity` (`opts.maxSteps ?? Infinity`), or it
   * stays undefined where only an exit check reads it (`if (step >= opts.maxSteps) break` never breaks). Compared in
   * the loop's own condition (`step < undefined`), a missing cap stops the loop at once instead.
   */
  missingUncapped: boolean;
}

type CallerCap = { param: number; key?: string; infinite: boolean } | "finite" | undefined;

/** A binding element's default: `{ maxSteps = 10 }`. */
function bindingDefault(param: ts.ParameterDeclaration | ts.VariableDeclaration, key: string): ts.Expression | undefined | null {
  if (!ts.isObjectBindingPattern(param.name)) return null;
  for (const element of param.name.elements) {
    const name = element.propertyName ?? element.name;
    if (ts.isIdentifier(name) && name.text === key) return element.initializer;
  }
  return null;
}

/** A default that leaves the cap to the caller: none, `Infinity`, `undefined`. */
function noFiniteDefault(index: FileIndex, value: ts.Expression | undefined): boolean | undefined {
  if (!value) return true;
  const e = unwrap(value);
  if (ts.isIdentifier(e) && e.text === "undefined") return true;
  const n = staticNumber(index, e);
  if (n === undefined) return undefined;
  return !Number.isFinite(n);
}

function isInfinity(index: FileIndex, value: ts.Expression | undefined): boolean {
  const n = value ? staticNumber(index, value) : undefined;
  return n !== undefined && !Number.isFinite(n);
}

/** Where a loop bound comes from, when it is a caller's option with no finite default. */
function callerCap(index: FileIndex, fn: ts.FunctionLikeDeclaration, bound: ts.Expression, depth = 0): CallerCap {
  if (depth > 6) return undefined;
  const e = unwrap(bound);
  const n = staticNumber(index, e);
  if (n !== undefined) return Number.isFinite(n) ? "finite" : undefined;
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    const fallback = noFiniteDefault(index, e.right);
    if (fallback === undefined) return undefined;
    if (!fallback) return "finite";
    const inner = callerCap(index, fn, e.left, depth + 1);
    return typeof inner === "object" ? { ...inner, infinite: inner.infinite || isInfinity(index, e.right) } : inner;
  }
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(unwrap(e.expression))) {
    const base = unwrap(e.expression) as ts.Identifier;
    const decl = lookup(index, base.text, base);
    if (decl?.kind !== "parameter" || decl.path?.length || decl.node.parent !== fn) return undefined;
    return { param: fn.parameters.indexOf(decl.node as ts.ParameterDeclaration), key: e.name.text, infinite: false };
  }
  if (!ts.isIdentifier(e)) return undefined;
  const decl = lookup(index, e.text, e);
  if (!decl) return undefined;
  if (decl.kind === "variable" && !decl.mutable && decl.init) {
    if (!decl.path?.length) return callerCap(index, fn, decl.init, depth + 1);
    // `const { maxSteps = Infinity } = opts`
    if (decl.path.length !== 1 || !ts.isVariableDeclaration(decl.node)) return undefined;
    const fallback = bindingDefault(decl.node, decl.path[0]!);
    if (fallback !== null && !noFiniteDefault(index, fallback)) return fallback ? "finite" : undefined;
    const source = unwrap(decl.init);
    if (!ts.isIdentifier(source)) return undefined;
    const param = lookup(index, source.text, source);
    if (param?.kind !== "parameter" || param.path?.length || param.node.parent !== fn) return undefined;
    return { param: fn.parameters.indexOf(param.node as ts.ParameterDeclaration), key: decl.path[0]!, infinite: isInfinity(index, fallback ?? undefined) };
  }
  if (decl.kind !== "parameter" || decl.node.parent !== fn) return undefined;
  const param = decl.node as ts.ParameterDeclaration;
  const index_ = fn.parameters.indexOf(param);
  if (decl.path?.length === 1) {
    // `function runAgent(task, { maxSteps }: Options = {})`
    const fallback = bindingDefault(param, decl.path[0]!);
    if (fallback === null || noFiniteDefault(index, fallback) !== true) return fallback ? "finite" : undefined;
    return { param: index_, key: decl.path[0]!, infinite: isInfinity(index, fallback) };
  }
  if (decl.path?.length) return undefined;
  const fallback = noFiniteDefault(index, param.initializer);
  if (fallback === undefined) return undefined;
  return fallback ? { param: index_, infinite: isInfinity(index, param.initializer) } : "finite";
}

/** The runtime whose capped loop `check` bounds, when the bound is left to the caller. */
export function runtimeOf(index: FileIndex, loop: LoopNode, check: ts.Node | undefined): AgentRuntime | undefined {
  const fn = enclosingFunction(loop);
  if (!fn || !check || !ts.isBinaryExpression(check)) return undefined;
  for (const side of [check.right, check.left]) {
    const cap = callerCap(index, fn, side);
    if (typeof cap !== "object" || cap.param < 0) continue;
    const param = fn.parameters[cap.param]!;
    const condition = ts.isForStatement(loop) ? loop.condition : ts.isWhileStatement(loop) || ts.isDoStatement(loop) ? loop.expression : undefined;
    const inCondition = !!condition && condition.pos <= check.pos && check.end <= condition.end;
    return {
      fn,
      loop,
      param: cap.param,
      ...(cap.key ? { key: cap.key } : {}),
      paramName: param.name.getText(index.sourceFile),
      missingUncapped: cap.infinite || !inCondition,
    };
  }
  return undefined;
}
