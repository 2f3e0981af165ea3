import ts from "typescript";

/** Strips parentheses, `as`, `satisfies`, `!`, `<T>x` and `await` around an expression. */
export function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isTypeAssertionExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isAwaitExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** The static name of a property name node: identifiers, string and numeric literals. */
export function propertyNameText(name: ts.PropertyName | ts.MemberName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const expr = unwrap(name.expression);
    if (ts.isStringLiteralLike(expr)) return expr.text;
  }
  return undefined;
}

/** The properties of an object literal by static name; the last one wins, like at runtime. */
export function findProperty(obj: ts.ObjectLiteralExpression, key: string): ts.ObjectLiteralElementLike | undefined {
  let found: ts.ObjectLiteralElementLike | undefined;
  for (const prop of obj.properties) {
    if (ts.isSpreadAssignment(prop)) continue;
    if (propertyNameText(prop.name) === key) found = prop;
  }
  return found;
}

/** The value expression of a property (`key: value`, shorthand `key`), undefined for methods and accessors. */
export function propertyValue(prop: ts.ObjectLiteralElementLike | undefined): ts.Expression | undefined {
  if (!prop) return undefined;
  if (ts.isPropertyAssignment(prop)) return prop.initializer;
  if (ts.isShorthandPropertyAssignment(prop)) return prop.name;
  return undefined;
}

export function hasSpread(obj: ts.ObjectLiteralExpression): boolean {
  return obj.properties.some((p) => ts.isSpreadAssignment(p));
}

export function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

export type LoopNode =
  | ts.WhileStatement
  | ts.DoStatement
  | ts.ForStatement
  | ts.ForInStatement
  | ts.ForOfStatement;

export function isLoop(node: ts.Node): node is LoopNode {
  return (
    ts.isWhileStatement(node) ||
    ts.isDoStatement(node) ||
    ts.isForStatement(node) ||
    ts.isForInStatement(node) ||
    ts.isForOfStatement(node)
  );
}

/** Whether `inner` lies within `outer` (by position). */
export function contains(outer: ts.Node, inner: ts.Node): boolean {
  return inner.pos >= outer.pos && inner.end <= outer.end;
}

/**
 * The nodes of `sorted` that lie within `scope` (`contains(scope, node)`), in order. `sorted` is in source order
 * (ascending `pos`), as the file index's lists are (one pre-order walk): a binary search to the first node at or after
 * the scope's start, then only the nodes that start inside it — not a scan of the whole file per question.
 */
export function nodesWithin<T extends ts.Node>(sorted: readonly T[], scope: ts.Node): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.pos < scope.pos) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.pos <= scope.end; i++) {
    if (sorted[i]!.end <= scope.end) out.push(sorted[i]!);
  }
  return out;
}

/** The nearest enclosing function-like node, or undefined at top level. */
export function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  let current = node.parent;
  while (current) {
    if (isFunctionLike(current)) return current;
    current = current.parent;
  }
  return undefined;
}

/** The name a function is known by in its file: declaration name, `const f = () => {}`, method or property name. */
export function functionName(fn: ts.FunctionLikeDeclaration): string | undefined {
  if (fn.name && (ts.isIdentifier(fn.name) || ts.isStringLiteral(fn.name) || ts.isPrivateIdentifier(fn.name))) {
    return fn.name.text;
  }
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return propertyNameText(parent.name);
  return undefined;
}

/** Numeric value of a literal expression (`3`, `-1`, `Infinity`, `Number.POSITIVE_INFINITY`, `1e3`, `3_000`). */
export function numericLiteralValue(node: ts.Expression): number | undefined {
  const expr = unwrap(node);
  if (ts.isNumericLiteral(expr)) return Number(expr.text.replace(/_/g, ""));
  if (ts.isIdentifier(expr) && expr.text === "Infinity") return Infinity;
  if (
    ts.isPropertyAccessExpression(expr) &&
    ts.isIdentifier(expr.expression) &&
    expr.expression.text === "Number" &&
    (expr.name.text === "POSITIVE_INFINITY" || expr.name.text === "MAX_SAFE_INTEGER" || expr.name.text === "MAX_VALUE")
  ) {
    return Infinity;
  }
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.MinusToken) {
    const inner = numericLiteralValue(expr.operand);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

export function isTrueLiteral(node: ts.Expression): boolean {
  const expr = unwrap(node);
  return expr.kind === ts.SyntaxKind.TrueKeyword || (ts.isNumericLiteral(expr) && expr.text !== "0");
}

/** `a.b.c` as ["a","b","c"] when every link is a plain identifier/name (optional chaining allowed). */
export function accessPath(node: ts.Expression): string[] | undefined {
  // Iterative: a chain thousands of links long must not overflow the stack.
  const reversed: string[] = [];
  let expr = unwrap(node);
  for (;;) {
    if (ts.isIdentifier(expr)) reversed.push(expr.text);
    else if (expr.kind === ts.SyntaxKind.ThisKeyword) reversed.push("this");
    else if (ts.isPropertyAccessExpression(expr)) {
      reversed.push(expr.name.text);
      expr = unwrap(expr.expression);
      continue;
    } else if (ts.isElementAccessExpression(expr) && ts.isStringLiteralLike(expr.argumentExpression)) {
      reversed.push(expr.argumentExpression.text);
      expr = unwrap(expr.expression);
      continue;
    } else return undefined;
    return reversed.reverse();
  }
}

/**
 * Visits `root` and every node below it in source order, without recursion: chains thousands of links long (a
 * 1,500-term concatenation, a 5,000-deep member chain) parse fine in TypeScript and must walk fine here. `visit`
 * returns `false` to skip a node's children.
 */
export function walk(root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [root];
  const push = (child: ts.Node): void => {
    stack.push(child);
  };
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const first = stack.length;
    ts.forEachChild(node, push);
    reverseFrom(stack, first);
  }
}

/**
 * `walk` with a state each node hands down to its children (whether the node is inside a nested loop, say):
 * `visit` returns the children's state, or `undefined` to skip them.
 */
export function walkWith<S>(root: ts.Node, state: S, visit: (node: ts.Node, state: S) => S | undefined): void {
  const stack: ts.Node[] = [root];
  const states: S[] = [state];
  let handed: S;
  const push = (child: ts.Node): void => {
    stack.push(child);
    states.push(handed);
  };
  while (stack.length) {
    const node = stack.pop()!;
    const next = visit(node, states.pop()!);
    if (next === undefined) continue;
    handed = next;
    const first = stack.length;
    ts.forEachChild(node, push);
    reverseFrom(stack, first);
    reverseFrom(states, first);
  }
}

/** Reverses `list` from index `first` to its end, in place (children pushed in order, popped in order). */
function reverseFrom<T>(list: T[], first: number): void {
  for (let i = first, j = list.length - 1; i < j; i++, j--) {
    const t = list[i]!;
    list[i] = list[j]!;
    list[j] = t;
  }
}

/** The name of the called function or method: `f()` -> f, `a.b.c()` -> c. */
export function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = unwrap(call.expression);
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Leading whitespace of the line on which `pos` stands. */
export function lineIndent(text: string, pos: number): string {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  const match = /^[ \t]*/.exec(text.slice(lineStart));
  return match ? match[0] : "";
}

const deepSourceFiles = new WeakMap<ts.Node, ts.SourceFile>();
/** SourceFiles an incremental parse replaced: their nodes may now belong to the new tree, so their memos are stale. */
const retired = new WeakSet<ts.SourceFile>();

/** The SourceFile was re-parsed incrementally (`ts.updateSourceFile`): nodes memoised as its own are asked again. */
export function retireSourceFile(sourceFile: ts.SourceFile): void {
  retired.add(sourceFile);
}
/** Parents walked before the answer is memoised (most nodes are less deep). */
const SHALLOW = 24;

/**
 * The file a node belongs to, like `node.getSourceFile()` but amortised O(1) on deep trees: TypeScript walks every
 * parent, so asking it for each link of a 5,000-deep chain is quadratic. Shallow nodes walk as TypeScript does; the
 * answer for deeper ones is memoised along the way.
 */
export function sourceFileOf(node: ts.Node): ts.SourceFile {
  let current: ts.Node | undefined = node;
  for (let steps = 0; current && steps < SHALLOW; steps++) {
    if (current.kind === ts.SyntaxKind.SourceFile) return current as ts.SourceFile;
    current = current.parent;
  }
  const visited: ts.Node[] = [];
  let found: ts.SourceFile | undefined;
  for (current = node; current; current = current.parent) {
    if (current.kind === ts.SyntaxKind.SourceFile) {
      found = current as ts.SourceFile;
      break;
    }
    found = deepSourceFiles.get(current);
    if (found && !retired.has(found)) break;
    found = undefined;
    visited.push(current);
  }
  if (found) for (const n of visited) deepSourceFiles.set(n, found);
  return found!;
}
