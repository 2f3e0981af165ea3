"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.unwrap = unwrap;
exports.propertyNameText = propertyNameText;
exports.findProperty = findProperty;
exports.propertyValue = propertyValue;
exports.hasSpread = hasSpread;
exports.isFunctionLike = isFunctionLike;
exports.isLoop = isLoop;
exports.contains = contains;
exports.nodesWithin = nodesWithin;
exports.enclosingFunction = enclosingFunction;
exports.functionName = functionName;
exports.numericLiteralValue = numericLiteralValue;
exports.isTrueLiteral = isTrueLiteral;
exports.accessPath = accessPath;
exports.walk = walk;
exports.walkWith = walkWith;
exports.calleeName = calleeName;
exports.lineIndent = lineIndent;
exports.retireSourceFile = retireSourceFile;
exports.sourceFileOf = sourceFileOf;
const typescript_1 = __importDefault(require("typescript"));
/** Strips parentheses, `as`, `satisfies`, `!`, `<T>x` and `await` around an expression. */
function unwrap(node) {
    let current = node;
    for (;;) {
        if (typescript_1.default.isParenthesizedExpression(current) ||
            typescript_1.default.isAsExpression(current) ||
            typescript_1.default.isNonNullExpression(current) ||
            typescript_1.default.isTypeAssertionExpression(current) ||
            typescript_1.default.isSatisfiesExpression(current) ||
            typescript_1.default.isAwaitExpression(current)) {
            current = current.expression;
        }
        else {
            return current;
        }
    }
}
/** The static name of a property name node: identifiers, string and numeric literals. */
function propertyNameText(name) {
    if (!name)
        return undefined;
    if (typescript_1.default.isIdentifier(name) || typescript_1.default.isPrivateIdentifier(name))
        return name.text;
    if (typescript_1.default.isStringLiteral(name) || typescript_1.default.isNumericLiteral(name) || typescript_1.default.isNoSubstitutionTemplateLiteral(name))
        return name.text;
    if (typescript_1.default.isComputedPropertyName(name)) {
        const expr = unwrap(name.expression);
        if (typescript_1.default.isStringLiteralLike(expr))
            return expr.text;
    }
    return undefined;
}
/** The properties of an object literal by static name; the last one wins, like at runtime. */
function findProperty(obj, key) {
    let found;
    for (const prop of obj.properties) {
        if (typescript_1.default.isSpreadAssignment(prop))
            continue;
        if (propertyNameText(prop.name) === key)
            found = prop;
    }
    return found;
}
/** The value expression of a property (`key: value`, shorthand `key`), undefined for methods and accessors. */
function propertyValue(prop) {
    if (!prop)
        return undefined;
    if (typescript_1.default.isPropertyAssignment(prop))
        return prop.initializer;
    if (typescript_1.default.isShorthandPropertyAssignment(prop))
        return prop.name;
    return undefined;
}
function hasSpread(obj) {
    return obj.properties.some((p) => typescript_1.default.isSpreadAssignment(p));
}
function isFunctionLike(node) {
    return (typescript_1.default.isFunctionDeclaration(node) ||
        typescript_1.default.isFunctionExpression(node) ||
        typescript_1.default.isArrowFunction(node) ||
        typescript_1.default.isMethodDeclaration(node) ||
        typescript_1.default.isConstructorDeclaration(node) ||
        typescript_1.default.isGetAccessorDeclaration(node) ||
        typescript_1.default.isSetAccessorDeclaration(node));
}
function isLoop(node) {
    return (typescript_1.default.isWhileStatement(node) ||
        typescript_1.default.isDoStatement(node) ||
        typescript_1.default.isForStatement(node) ||
        typescript_1.default.isForInStatement(node) ||
        typescript_1.default.isForOfStatement(node));
}
/** Whether `inner` lies within `outer` (by position). */
function contains(outer, inner) {
    return inner.pos >= outer.pos && inner.end <= outer.end;
}
/**
 * The nodes of `sorted` that lie within `scope` (`contains(scope, node)`), in order. `sorted` is in source order
 * (ascending `pos`), as the file index's lists are (one pre-order walk): a binary search to the first node at or after
 * the scope's start, then only the nodes that start inside it — not a scan of the whole file per question.
 */
function nodesWithin(sorted, scope) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid].pos < scope.pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    const out = [];
    for (let i = lo; i < sorted.length && sorted[i].pos <= scope.end; i++) {
        if (sorted[i].end <= scope.end)
            out.push(sorted[i]);
    }
    return out;
}
/** The nearest enclosing function-like node, or undefined at top level. */
function enclosingFunction(node) {
    let current = node.parent;
    while (current) {
        if (isFunctionLike(current))
            return current;
        current = current.parent;
    }
    return undefined;
}
/** The name a function is known by in its file: declaration name, `const f = () => {}`, method or property name. */
function functionName(fn) {
    if (fn.name && (typescript_1.default.isIdentifier(fn.name) || typescript_1.default.isStringLiteral(fn.name) || typescript_1.default.isPrivateIdentifier(fn.name))) {
        return fn.name.text;
    }
    const parent = fn.parent;
    if (typescript_1.default.isVariableDeclaration(parent) && typescript_1.default.isIdentifier(parent.name))
        return parent.name.text;
    if (typescript_1.default.isPropertyAssignment(parent) || typescript_1.default.isPropertyDeclaration(parent))
        return propertyNameText(parent.name);
    return undefined;
}
/** Numeric value of a literal expression (`3`, `-1`, `Infinity`, `Number.POSITIVE_INFINITY`, `1e3`, `3_000`). */
function numericLiteralValue(node) {
    const expr = unwrap(node);
    if (typescript_1.default.isNumericLiteral(expr))
        return Number(expr.text.replace(/_/g, ""));
    if (typescript_1.default.isIdentifier(expr) && expr.text === "Infinity")
        return Infinity;
    if (typescript_1.default.isPropertyAccessExpression(expr) &&
        typescript_1.default.isIdentifier(expr.expression) &&
        expr.expression.text === "Number" &&
        (expr.name.text === "POSITIVE_INFINITY" || expr.name.text === "MAX_SAFE_INTEGER" || expr.name.text === "MAX_VALUE")) {
        return Infinity;
    }
    if (typescript_1.default.isPrefixUnaryExpression(expr) && expr.operator === typescript_1.default.SyntaxKind.MinusToken) {
        const inner = numericLiteralValue(expr.operand);
        return inner === undefined ? undefined : -inner;
    }
    return undefined;
}
function isTrueLiteral(node) {
    const expr = unwrap(node);
    return expr.kind === typescript_1.default.SyntaxKind.TrueKeyword || (typescript_1.default.isNumericLiteral(expr) && expr.text !== "0");
}
/** `a.b.c` as ["a","b","c"] when every link is a plain identifier/name (optional chaining allowed). */
function accessPath(node) {
    // Iterative: a chain thousands of links long must not overflow the stack.
    const reversed = [];
    let expr = unwrap(node);
    for (;;) {
        if (typescript_1.default.isIdentifier(expr))
            reversed.push(expr.text);
        else if (expr.kind === typescript_1.default.SyntaxKind.ThisKeyword)
            reversed.push("this");
        else if (typescript_1.default.isPropertyAccessExpression(expr)) {
            reversed.push(expr.name.text);
            expr = unwrap(expr.expression);
            continue;
        }
        else if (typescript_1.default.isElementAccessExpression(expr) && typescript_1.default.isStringLiteralLike(expr.argumentExpression)) {
            reversed.push(expr.argumentExpression.text);
            expr = unwrap(expr.expression);
            continue;
        }
        else
            return undefined;
        return reversed.reverse();
    }
}
/**
 * Visits `root` and every node below it in source order, without recursion: chains thousands of links long (a
 * 1,500-term concatenation, a 5,000-deep member chain) parse fine in TypeScript and must walk fine here. `visit`
 * returns `false` to skip a node's children.
 */
function walk(root, visit) {
    const stack = [root];
    const push = (child) => {
        stack.push(child);
    };
    while (stack.length) {
        const node = stack.pop();
        if (visit(node) === false)
            continue;
        const first = stack.length;
        typescript_1.default.forEachChild(node, push);
        reverseFrom(stack, first);
    }
}
/**
 * `walk` with a state each node hands down to its children (whether the node is inside a nested loop, say):
 * `visit` returns the children's state, or `undefined` to skip them.
 */
function walkWith(root, state, visit) {
    const stack = [root];
    const states = [state];
    let handed;
    const push = (child) => {
        stack.push(child);
        states.push(handed);
    };
    while (stack.length) {
        const node = stack.pop();
        const next = visit(node, states.pop());
        if (next === undefined)
            continue;
        handed = next;
        const first = stack.length;
        typescript_1.default.forEachChild(node, push);
        reverseFrom(stack, first);
        reverseFrom(states, first);
    }
}
/** Reverses `list` from index `first` to its end, in place (children pushed in order, popped in order). */
function reverseFrom(list, first) {
    for (let i = first, j = list.length - 1; i < j; i++, j--) {
        const t = list[i];
        list[i] = list[j];
        list[j] = t;
    }
}
/** The name of the called function or method: `f()` -> f, `a.b.c()` -> c. */
function calleeName(call) {
    const callee = unwrap(call.expression);
    if (typescript_1.default.isIdentifier(callee))
        return callee.text;
    if (typescript_1.default.isPropertyAccessExpression(callee))
        return callee.name.text;
    return undefined;
}
/** Leading whitespace of the line on which `pos` stands. */
function lineIndent(text, pos) {
    const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
    const match = /^[ \t]*/.exec(text.slice(lineStart));
    return match ? match[0] : "";
}
const deepSourceFiles = new WeakMap();
/** SourceFiles an incremental parse replaced: their nodes may now belong to the new tree, so their memos are stale. */
const retired = new WeakSet();
/** The SourceFile was re-parsed incrementally (`ts.updateSourceFile`): nodes memoised as its own are asked again. */
function retireSourceFile(sourceFile) {
    retired.add(sourceFile);
}
/** Parents walked before the answer is memoised (most nodes are less deep). */
const SHALLOW = 24;
/**
 * The file a node belongs to, like `node.getSourceFile()` but amortised O(1) on deep trees: TypeScript walks every
 * parent, so asking it for each link of a 5,000-deep chain is quadratic. Shallow nodes walk as TypeScript does; the
 * answer for deeper ones is memoised along the way.
 */
function sourceFileOf(node) {
    let current = node;
    for (let steps = 0; current && steps < SHALLOW; steps++) {
        if (current.kind === typescript_1.default.SyntaxKind.SourceFile)
            return current;
        current = current.parent;
    }
    const visited = [];
    let found;
    for (current = node; current; current = current.parent) {
        if (current.kind === typescript_1.default.SyntaxKind.SourceFile) {
            found = current;
            break;
        }
        found = deepSourceFiles.get(current);
        if (found && !retired.has(found))
            break;
        found = undefined;
        visited.push(current);
    }
    if (found)
        for (const n of visited)
            deepSourceFiles.set(n, found);
    return found;
}
//# sourceMappingURL=ast.js.map