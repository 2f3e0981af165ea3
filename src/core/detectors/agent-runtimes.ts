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
  /**
   * The parameter that carries the cap, and the key of the options object when it is one (`opts.maxSteps`): of `fn`,
   * or, with `ctor`, of the class's constructor (an agent class keeps its caller's option in a field:
   * `this.maxIterations = opts.maxIterations`, read by its `run()` loop).
   */
  param: number;
  ctor?: ts.ClassLikeDeclaration;
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

type CallerCap = { param: number; key?: string; infinite: boolean; ctor?: ts.ClassLikeDeclaration } | "finite" | undefined;

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
  if (ts.isPropertyAccessExpression(e) && !ts.isConstructorDeclaration(fn)) {
    const field = fieldCap(index, fn, e, depth);
    if (field !== null) return field;
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

/** The class a method (or a function-valued property) belongs to, and the class's constructor with a body. */
function classOf(fn: ts.FunctionLikeDeclaration): { cls: ts.ClassLikeDeclaration; ctor: ts.ConstructorDeclaration } | undefined {
  const member = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyDeclaration(fn.parent) ? fn.parent : undefined;
  const cls = member?.parent;
  if (!cls || !ts.isClassLike(cls)) return undefined;
  const ctor = cls.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
  return ctor ? { cls, ctor } : undefined;
}

/** A constructor parameter declared as a field (`constructor(private opts: Options)`), by name. */
function parameterProperty(ctor: ts.ConstructorDeclaration, name: string): number {
  return ctor.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name && !!ts.getModifiers(p)?.length);
}

/**
 * A bound read from a field of the method's class that keeps a constructor option: `this.maxIterations` set once, in
 * the constructor, from `opts.maxIterations` (or a destructured `{ maxIterations }`, or a parameter property); or
 * `this.opts.maxIterations` with `opts` a parameter property or a field set to the parameter. `null`: not a field
 * read (another kind of bound); undefined: a field whose value cannot be told (set elsewhere too, merged with
 * defaults), so no runtime.
 */
function fieldCap(index: FileIndex, fn: ts.FunctionLikeDeclaration, e: ts.PropertyAccessExpression, depth: number): CallerCap | null {
  const base = unwrap(e.expression);
  const owner = base.kind === ts.SyntaxKind.ThisKeyword ? e : ts.isPropertyAccessExpression(base) && unwrap(base.expression).kind === ts.SyntaxKind.ThisKeyword ? base : undefined;
  if (!owner) return null;
  const found = classOf(fn);
  if (!found) return undefined;
  const { cls, ctor } = found;
  const name = owner.name.text;
  const field = index.classFields.get(cls)?.get(name);
  const asParam = parameterProperty(ctor, name);
  if (owner === e) {
    // `this.maxIterations`: a parameter property, or a field set once in the constructor from its parameters.
    if (asParam >= 0) {
      if (field?.inits.some((i) => i !== ctor.parameters[asParam]!.initializer)) return undefined;
      const param = ctor.parameters[asParam]!;
      const fallback = noFiniteDefault(index, param.initializer);
      return fallback ? { param: asParam, infinite: isInfinity(index, param.initializer), ctor: cls } : fallback === false ? "finite" : undefined;
    }
    const init = field?.inits.length === 1 ? field.inits[0]! : undefined;
    if (!init || !(init.pos >= ctor.pos && init.end <= ctor.end)) return undefined;
    const cap = callerCap(index, ctor, init, depth + 1);
    return typeof cap === "object" ? { ...cap, ctor: cls } : cap;
  }
  // `this.opts.maxIterations`: the options object the constructor was given, kept whole.
  let param = asParam;
  if (param < 0) {
    const init = field?.inits.length === 1 ? unwrap(field.inits[0]!) : undefined;
    if (!init || !ts.isIdentifier(init) || !(init.pos >= ctor.pos && init.end <= ctor.end)) return undefined;
    const decl = lookup(index, init.text, init);
    if (decl?.kind !== "parameter" || decl.path?.length || decl.node.parent !== ctor) return undefined;
    param = ctor.parameters.indexOf(decl.node as ts.ParameterDeclaration);
  } else if (field?.inits.some((i) => i !== ctor.parameters[asParam]!.initializer)) {
    return undefined;
  }
  return param >= 0 ? { param, key: e.name.text, infinite: false, ctor: cls } : undefined;
}

/**
 * `!opts.maxSteps || step < opts.maxSteps`, `opts.maxSteps === undefined || ...`: the condition holds whenever the cap
 * is unset, so a missing cap runs the loop on (as an exit check's would).
 */
function skippedWhenUnset(check: ts.Node, bound: ts.Expression, sourceFile: ts.SourceFile): boolean {
  const parent = check.parent;
  if (!parent || !ts.isBinaryExpression(parent) || parent.operatorToken.kind !== ts.SyntaxKind.BarBarToken || parent.right !== check) return false;
  const text = unwrap(bound).getText(sourceFile);
  const left = unwrap(parent.left);
  if (ts.isPrefixUnaryExpression(left) && left.operator === ts.SyntaxKind.ExclamationToken) return unwrap(left.operand).getText(sourceFile) === text;
  if (!ts.isBinaryExpression(left)) return false;
  const op = left.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.EqualsEqualsToken) return false;
  const sides = [unwrap(left.left), unwrap(left.right)];
  const unset = (e: ts.Expression): boolean => e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined");
  return sides.some((e) => e.getText(sourceFile) === text) && sides.some(unset);
}

/** The runtime whose capped loop `check` bounds, when the bound is left to the caller. */
export function runtimeOf(index: FileIndex, loop: LoopNode, check: ts.Node | undefined): AgentRuntime | undefined {
  const fn = enclosingFunction(loop);
  if (!fn || !check || !ts.isBinaryExpression(check)) return undefined;
  for (const side of [check.right, check.left]) {
    const cap = callerCap(index, fn, side);
    if (typeof cap !== "object" || cap.param < 0) continue;
    const owner = cap.ctor ? classOf(fn)?.ctor : fn;
    const param = owner?.parameters[cap.param];
    if (!param) continue;
    const condition = ts.isForStatement(loop) ? loop.condition : ts.isWhileStatement(loop) || ts.isDoStatement(loop) ? loop.expression : undefined;
    const inCondition = !!condition && condition.pos <= check.pos && check.end <= condition.end;
    return {
      fn,
      loop,
      param: cap.param,
      ...(cap.ctor ? { ctor: cap.ctor } : {}),
      ...(cap.key ? { key: cap.key } : {}),
      paramName: param.name.getText(index.sourceFile),
      missingUncapped: cap.infinite || !inCondition || skippedWhenUnset(check, side, index.sourceFile),
    };
  }
  return undefined;
}
