"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.staticNumber = staticNumber;
exports.staticString = staticString;
exports.resolveObjectLiteral = resolveObjectLiteral;
exports.isJsonStringify = isJsonStringify;
exports.resolveArrayLiteral = resolveArrayLiteral;
exports.staticNumberMax = staticNumberMax;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("./ast");
const file_index_1 = require("./file-index");
/** A number known statically: a literal, a const in the file, simple arithmetic of those. */
function staticNumber(index, node, depth = 0) {
    if (!node || depth > 8)
        return undefined;
    const literal = (0, ast_1.numericLiteralValue)(node);
    if (literal !== undefined)
        return literal;
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(index, expr.text, expr);
        if (decl && decl.kind === "variable" && !decl.mutable && decl.init && !decl.path?.length) {
            return staticNumber(index, decl.init, depth + 1);
        }
        return undefined;
    }
    if (typescript_1.default.isBinaryExpression(expr)) {
        const left = staticNumber(index, expr.left, depth + 1);
        const right = staticNumber(index, expr.right, depth + 1);
        if (left === undefined || right === undefined)
            return undefined;
        switch (expr.operatorToken.kind) {
            case typescript_1.default.SyntaxKind.PlusToken:
                return left + right;
            case typescript_1.default.SyntaxKind.MinusToken:
                return left - right;
            case typescript_1.default.SyntaxKind.AsteriskToken:
                return left * right;
            case typescript_1.default.SyntaxKind.SlashToken:
                return right === 0 ? undefined : left / right;
            default:
                return undefined;
        }
    }
    return undefined;
}
/** A model id the call names statically: `"gpt-4o"`, `openai("gpt-4o")`, a const string. */
function staticString(index, node, depth = 0) {
    if (!node || depth > 8)
        return undefined;
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isStringLiteralLike(expr))
        return expr.text;
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(index, expr.text, expr);
        if (decl && decl.kind === "variable" && !decl.mutable && decl.init && !decl.path?.length) {
            return staticString(index, decl.init, depth + 1);
        }
    }
    if (typescript_1.default.isPropertyAccessExpression(expr)) {
        // A const object's property: MODELS.fast.
        const obj = resolveObjectLiteral(index, expr.expression, depth + 1);
        if (obj) {
            for (const prop of obj.properties) {
                if (typescript_1.default.isPropertyAssignment(prop) && (0, ast_1.propertyNameText)(prop.name) === expr.name.text) {
                    return staticString(index, prop.initializer, depth + 1);
                }
            }
        }
    }
    return undefined;
}
const mutatedCache = new WeakMap();
/**
 * Names of objects the file changes after creating them in ways a lookup cannot follow: `o[k] = v` with a computed
 * key, `Object.assign(o, ...)`, `o = ...` (a reassigned let). Their literal is not their final value. By name: erring towards "unknown".
 */
function mutatedObjects(index) {
    let names = mutatedCache.get(index);
    if (names)
        return names;
    names = new Set();
    for (const assignment of index.assignments) {
        const left = (0, ast_1.unwrap)(assignment.left);
        if (typescript_1.default.isIdentifier(left))
            names.add(left.text);
        // `o[key] = v` with a computed key: any key may change. (`o.key = v` is read by the rules that care.)
        else if (typescript_1.default.isElementAccessExpression(left) && !typescript_1.default.isStringLiteralLike(left.argumentExpression) && typescript_1.default.isIdentifier((0, ast_1.unwrap)(left.expression))) {
            names.add((0, ast_1.unwrap)(left.expression).text);
        }
    }
    for (const call of index.calls) {
        const target = call.arguments[0] ? (0, ast_1.unwrap)(call.arguments[0]) : undefined;
        if (target && typescript_1.default.isIdentifier(target) && call.expression.getText(index.sourceFile) === "Object.assign")
            names.add(target.text);
    }
    mutatedCache.set(index, names);
    return names;
}
/** An object literal given inline or through a const in the same file (not one the file changes later). */
function resolveObjectLiteral(index, node, depth = 0) {
    if (!node || depth > 8)
        return undefined;
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isObjectLiteralExpression(expr))
        return expr;
    // A JSON request body: `JSON.stringify({ ... })` carries the object's keys.
    if (isJsonStringify(expr))
        return resolveObjectLiteral(index, expr.arguments[0], depth + 1);
    if (typescript_1.default.isIdentifier(expr)) {
        if (mutatedObjects((0, file_index_1.indexFor)(index, expr)).has(expr.text))
            return undefined;
        const decl = (0, file_index_1.lookupValue)(index, expr.text, expr);
        if (decl && decl.kind === "variable" && decl.init && !decl.path?.length)
            return resolveObjectLiteral(index, decl.init, depth + 1);
    }
    return undefined;
}
/** `JSON.stringify(x)`: a request body that carries x's keys. */
function isJsonStringify(expr) {
    if (!typescript_1.default.isCallExpression(expr) || expr.arguments.length === 0)
        return false;
    const callee = (0, ast_1.unwrap)(expr.expression);
    return typescript_1.default.isPropertyAccessExpression(callee) && callee.name.text === "stringify" && typescript_1.default.isIdentifier(callee.expression) && callee.expression.text === "JSON";
}
/** An array literal given inline or through a const in the same file. */
function resolveArrayLiteral(index, node, depth = 0) {
    if (!node || depth > 8)
        return undefined;
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isArrayLiteralExpression(expr))
        return expr;
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(index, expr.text, expr);
        if (decl && decl.kind === "variable" && decl.init && !decl.path?.length)
            return resolveArrayLiteral(index, decl.init, depth + 1);
    }
    return undefined;
}
/** The largest value a number may take: `fast ? 256 : 1024` is at most 1024; else staticNumber. */
function staticNumberMax(index, node, depth = 0) {
    if (!node || depth > 8)
        return undefined;
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isConditionalExpression(expr)) {
        const a = staticNumberMax(index, expr.whenTrue, depth + 1);
        const b = staticNumberMax(index, expr.whenFalse, depth + 1);
        return a === undefined || b === undefined ? undefined : Math.max(a, b);
    }
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookupValue)(index, expr.text, expr);
        if (decl && decl.kind === "variable" && !decl.mutable && decl.init && !decl.path?.length)
            return staticNumberMax(index, decl.init, depth + 1);
    }
    return staticNumber(index, node, depth);
}
//# sourceMappingURL=values.js.map