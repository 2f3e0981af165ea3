import ts from "typescript";
import { numericLiteralValue, unwrap } from "./ast";
import { lookup, type FileIndex } from "./file-index";

/** A number known statically: a literal, a const in the file, simple arithmetic of those. */
export function staticNumber(index: FileIndex, node: ts.Expression | undefined, depth = 0): number | undefined {
  if (!node || depth > 8) return undefined;
  const literal = numericLiteralValue(node);
  if (literal !== undefined) return literal;
  const expr = unwrap(node);
  if (ts.isIdentifier(expr)) {
    const decl = lookup(index, expr.text, expr);
    if (decl && decl.kind === "variable" && !decl.mutable && decl.init && !decl.path?.length) {
      return staticNumber(index, decl.init, depth + 1);
    }
    return undefined;
  }
  if (ts.isBinaryExpression(expr)) {
    const left = staticNumber(index, expr.left, depth + 1);
    const right = staticNumber(index, expr.right, depth + 1);
    if (left === undefined || right === undefined) return undefined;
    switch (expr.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken:
        return left + right;
      case ts.SyntaxKind.MinusToken:
        return left - right;
      case ts.SyntaxKind.AsteriskToken:
        return left * right;
      case ts.SyntaxKind.SlashToken:
        return right === 0 ? undefined : left / right;
      default:
        return undefined;
    }
  }
  return undefined;
}
