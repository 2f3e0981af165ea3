import ts from "typescript";

/**
 * Where a call or a finding sits, in terms that survive edits elsewhere in the file: the enclosing functions by
 * name ("Agent.run", "main > summarise") and the callee as written. Line numbers move; these do not.
 */

function nameText(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

function className(node: ts.ClassLikeDeclaration): string {
  if (node.name) return node.name.text;
  const parent = node.parent;
  return (ts.isVariableDeclaration(parent) && nameText(parent.name)) || "(class)";
}

/** The name of a function-like node, or undefined for an anonymous callback. */
function functionName(node: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) {
    if (node.name) return node.name.text;
  }
  if (ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) {
    const own = nameText(node.name) ?? "(method)";
    return ts.isClassLike(node.parent) ? `${className(node.parent)}.${own}` : own;
  }
  if (ts.isConstructorDeclaration(node)) return `${className(node.parent)}.constructor`;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return nameText(parent.name);
    if (ts.isPropertyDeclaration(parent)) {
      const own = nameText(parent.name) ?? "(field)";
      return ts.isClassLike(parent.parent) ? `${className(parent.parent)}.${own}` : own;
    }
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      return parent.left.getText().replace(/\s+/g, "");
    }
  }
  return undefined;
}

/** The named functions around a node, outermost first, joined with " > "; "(top level)" outside any. */
export function enclosingFunction(node: ts.Node): string {
  const names: string[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) {
      const name = functionName(current);
      if (name) names.unshift(name);
    }
  }
  return names.length ? names.join(" > ") : "(top level)";
}

/** The deepest node that contains an offset. */
export function nodeAt(sourceFile: ts.SourceFile, offset: number): ts.Node {
  let node: ts.Node = sourceFile;
  for (;;) {
    const child: ts.Node | undefined = ts.forEachChild(node, (c) => (c.getStart(sourceFile) <= offset && offset < c.end ? c : undefined));
    if (!child) return node;
    node = child;
  }
}

/** The callee of a call as written, whitespace removed ("client.chat.completions.create", "new Agent"), at most 80 characters. */
export function calleeText(node: ts.CallExpression | ts.NewExpression): string {
  const text = `${ts.isNewExpression(node) ? "new " : ""}${node.expression.getText().replace(/\s+/g, "")}`;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
