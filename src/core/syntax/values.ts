import ts from "typescript";
import { numericLiteralValue, propertyNameText, unwrap } from "./ast";
import { indexFor, lookupValue, type FileIndex } from "./file-index";

/** A number known statically: a literal, a const in the file, simple arithmetic of those. */
export function staticNumber(index: FileIndex, node: ts.Expression | undefined, depth = 0): number | undefined {
  if (!node || depth > 8) return undefined;
  const literal = numericLiteralValue(node);
  if (literal !== undefined) return literal;
  const expr = unwrap(node);
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(index, expr.text, expr);
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

/** A model id the call names statically: `"gpt-4o"`, `openai("gpt-4o")`, a const string. */
export function staticString(index: FileIndex, node: ts.Expression | undefined, depth = 0): string | undefined {
  if (!node || depth > 8) return undefined;
  const expr = unwrap(node);
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(index, expr.text, expr);
    if (decl && decl.kind === "variable" && !decl.mutable && decl.init && !decl.path?.length) {
      return staticString(index, decl.init, depth + 1);
    }
  }
  if (ts.isPropertyAccessExpression(expr)) {
    // A const object's property: MODELS.fast.
    const obj = resolveObjectLiteral(index, expr.expression, depth + 1);
    if (obj) {
      for (const prop of obj.properties) {
        if (ts.isPropertyAssignment(prop) && propertyNameText(prop.name) === expr.name.text) {
          return staticString(index, prop.initializer, depth + 1);
        }
      }
    }
  }
  return undefined;
}

const mutatedCache = new WeakMap<FileIndex, Set<string>>();

/**
 * Names of objects the file changes after creating them in ways a lookup cannot follow: `o[k] = v` with a computed
 * key, `Object.assign(o, ...)`, `o = ...` (a reassigned let). Their literal is not their final value. By name: erring towards "unknown".
 */
function mutatedObjects(index: FileIndex): Set<string> {
  let names = mutatedCache.get(index);
  if (names) return names;
  names = new Set();
  for (const assignment of index.assignments) {
    const left = unwrap(assignment.left);
    if (ts.isIdentifier(left)) names.add(left.text);
    // `o[key] = v` with a computed key: any key may change. (`o.key = v` is read by the rules that care.)
    else if (ts.isElementAccessExpression(left) && !ts.isStringLiteralLike(left.argumentExpression) && ts.isIdentifier(unwrap(left.expression))) {
      names.add((unwrap(left.expression) as ts.Identifier).text);
    }
  }
  for (const call of index.calls) {
    const target = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
    if (target && ts.isIdentifier(target) && call.expression.getText(index.sourceFile) === "Object.assign") names.add(target.text);
  }
  mutatedCache.set(index, names);
  return names;
}

/** An object literal given inline or through a const in the same file (not one the file changes later). */
export function resolveObjectLiteral(index: FileIndex, node: ts.Expression | undefined, depth = 0): ts.ObjectLiteralExpression | undefined {
  if (!node || depth > 8) return undefined;
  const expr = unwrap(node);
  if (ts.isObjectLiteralExpression(expr)) return expr;
  // A JSON request body: `JSON.stringify({ ... })` carries the object's keys.
  if (isJsonStringify(expr)) return resolveObjectLiteral(index, expr.arguments[0], depth + 1);
  if (ts.isIdentifier(expr)) {
    if (mutatedObjects(indexFor(index, expr)).has(expr.text)) return undefined;
    const decl = lookupValue(index, expr.text, expr);
    if (decl && decl.kind === "variable" && decl.init && !decl.path?.length) return resolveObjectLiteral(index, decl.init, depth + 1);
  }
  return undefined;
}

/** `JSON.stringify(x)`: a request body that carries x's keys. */
export function isJsonStringify(expr: ts.Expression): expr is ts.CallExpression {
  if (!ts.isCallExpression(expr) || expr.arguments.length === 0) return false;
  const callee = unwrap(expr.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === "stringify" && ts.isIdentifier(callee.expression) && callee.expression.text === "JSON";
}

/** An array literal given inline or through a const in the same file. */
export function resolveArrayLiteral(index: FileIndex, node: ts.Expression | undefined, depth = 0): ts.ArrayLiteralExpression | undefined {
  if (!node || depth > 8) return undefined;
  const expr = unwrap(node);
  if (ts.isArrayLiteralExpression(expr)) return expr;
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(index, expr.text, expr);
    if (decl && decl.kind === "variable" && decl.init && !decl.path?.length) return resolveArrayLiteral(index, decl.init, depth + 1);
  }
  return undefined;
}

/** The largest value a number may take: `fast ? 256 : 1024` is at most 1024; else staticNumber. */
export function staticNumberMax(index: FileIndex, node: ts.Expression | undefined, depth = 0): number | undefined {
  if (!node || depth > 8) return undefined;
  const expr = unwrap(node);
  if (ts.isConditionalExpression(expr)) {
    const a = staticNumberMax(index, expr.whenTrue, depth + 1);
    const b = staticNumberMax(index, expr.whenFalse, depth + 1);
    return a === undefined || b === undefined ? undefined : Math.max(a, b);
  }
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(index, expr.text, expr);
    if (decl && decl.kind === "variable" && !decl.mutable && decl.init && !decl.path?.length) return staticNumberMax(index, decl.init, depth + 1);
  }
  return staticNumber(index, node, depth);
}
