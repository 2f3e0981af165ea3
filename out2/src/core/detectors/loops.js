"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_REFERENCE_LENGTH = void 0;
exports.updatedWithin = updatedWithin;
exports.countingCondition = countingCondition;
exports.isExitCallee = isExitCallee;
exports.exitsLoop = exitsLoop;
exports.exitingIfs = exitingIfs;
exports.loopCap = loopCap;
exports.isInfiniteLoop = isInfiniteLoop;
exports.isCollectionLoop = isCollectionLoop;
exports.loopKeywordRange = loopKeywordRange;
exports.enclosingLoop = enclosingLoop;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const values_1 = require("../syntax/values");
/** The text of a reference a counter can be: `i`, `this.steps`, `state.attempts`. */
function refText(node, sourceFile) {
    const expr = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isIdentifier(expr) || typescript_1.default.isPropertyAccessExpression(expr))
        return expr.getText(sourceFile);
    return undefined;
}
/** References updated (++, --, +=, -=, =) anywhere within `scope`. */
function updatedWithin(index, scope) {
    const names = new Set();
    for (const update of (0, ast_1.nodesWithin)(index.updates, scope)) {
        const text = refText(update.operand, index.sourceFile);
        if (text)
            names.add(text);
    }
    for (const assignment of (0, ast_1.nodesWithin)(index.assignments, scope)) {
        const text = refText(assignment.left, index.sourceFile);
        if (text)
            names.add(text);
    }
    return names;
}
const CLOCK = /\b(Date\.now|performance\.now|new Date|getTime|hrtime|elapsed|deadline|timeout|budget)\b/i;
/** References appearing in an expression: identifiers and property chains. */
function referencesIn(node, sourceFile, into) {
    (0, ast_1.walk)(node, (n) => {
        if (typescript_1.default.isPropertyAccessExpression(n)) {
            if (n.end - n.pos <= exports.MAX_REFERENCE_LENGTH)
                into.add(n.getText(sourceFile));
        }
        else if (typescript_1.default.isIdentifier(n) && !(typescript_1.default.isPropertyAccessExpression(n.parent) && n.parent.name === n)) {
            // (The name of `a.b` is no reference of its own.)
            into.add(n.text);
        }
    });
}
/**
 * References longer than this (a 5,000-link member chain) are not collected: no counter is named so, and the text of
 * every prefix of such a chain would be quadratic in its length.
 */
exports.MAX_REFERENCE_LENGTH = 256;
const BOUND_OPERATORS = new Set([
    typescript_1.default.SyntaxKind.LessThanToken,
    typescript_1.default.SyntaxKind.LessThanEqualsToken,
    typescript_1.default.SyntaxKind.GreaterThanToken,
    typescript_1.default.SyntaxKind.GreaterThanEqualsToken,
    typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken,
    typescript_1.default.SyntaxKind.EqualsEqualsToken,
    typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken,
    typescript_1.default.SyntaxKind.ExclamationEqualsToken,
]);
/**
 * Whether a condition bounds the loop: a comparison of a counter that changes within `scope`
 * (or of a clock) against something. Returns the numeric bound when it is static.
 */
function countingCondition(index, condition, counters) {
    let result = { capped: false };
    (0, ast_1.walk)(condition, (n) => {
        if (result.capped || (0, ast_1.isFunctionLike)(n))
            return false;
        if (typescript_1.default.isBinaryExpression(n) && BOUND_OPERATORS.has(n.operatorToken.kind)) {
            const sides = [n.left, n.right];
            for (let i = 0; i < 2; i++) {
                const side = sides[i];
                const other = sides[1 - i];
                const refs = new Set();
                referencesIn(side, index.sourceFile, refs);
                const text = side.getText(index.sourceFile);
                const fromCounter = [...refs].some((r) => counters.has(r));
                if (!fromCounter && !CLOCK.test(text))
                    continue;
                // `x === "done"` or `x !== null` is a state check, not a bound.
                const otherExpr = (0, ast_1.unwrap)(other);
                if (typescript_1.default.isStringLiteralLike(otherExpr) || otherExpr.kind === typescript_1.default.SyntaxKind.NullKeyword || otherExpr.kind === typescript_1.default.SyntaxKind.TrueKeyword || otherExpr.kind === typescript_1.default.SyntaxKind.FalseKeyword)
                    continue;
                if (typescript_1.default.isIdentifier(otherExpr) && otherExpr.text === "undefined")
                    continue;
                const bound = (0, values_1.staticNumber)(index, other);
                result = { capped: true, bound, check: n, ...(fromCounter ? {} : { clock: true }) };
                return false;
            }
        }
        // `while (attempts--)`: a counter used as the condition itself.
        if ((typescript_1.default.isPrefixUnaryExpression(n) || typescript_1.default.isPostfixUnaryExpression(n)) && n.operator === typescript_1.default.SyntaxKind.MinusMinusToken) {
            const text = n.operand.getText(index.sourceFile);
            if (counters.has(text)) {
                result = { capped: true, check: n };
                return false;
            }
        }
        return true;
    });
    return result;
}
/** `process.exit`, `controller.abort`: a callee that ends the run or aborts. */
function isExitCallee(callee) {
    if (!typescript_1.default.isPropertyAccessExpression(callee))
        return false;
    if (callee.name.text === "abort")
        return true;
    return callee.name.text === "exit" && typescript_1.default.isIdentifier(callee.expression) && callee.expression.text === "process";
}
/** Whether a statement leaves the loop: return, throw, or a break that targets it. */
function exitsLoop(statement) {
    let exits = false;
    (0, ast_1.walkWith)(statement, false, (n, nested) => {
        if (exits || (0, ast_1.isFunctionLike)(n))
            return undefined;
        if (typescript_1.default.isReturnStatement(n) || typescript_1.default.isThrowStatement(n) || (typescript_1.default.isBreakStatement(n) && (!nested || n.label))) {
            exits = true;
            return undefined;
        }
        // process.exit(), or a call that aborts such as controller.abort(): treated as exits.
        if (typescript_1.default.isCallExpression(n) && isExitCallee(n.expression)) {
            exits = true;
            return undefined;
        }
        return nested || (0, ast_1.isLoop)(n) || typescript_1.default.isSwitchStatement(n);
    });
    return exits;
}
/** The `if` statements in a loop body (not in nested functions or nested loops) whose then-branch exits. */
function exitingIfs(body) {
    const found = [];
    (0, ast_1.walk)(body, (n) => {
        if (n === body)
            return true;
        if ((0, ast_1.isFunctionLike)(n) || (0, ast_1.isLoop)(n))
            return false;
        if (typescript_1.default.isIfStatement(n) && exitsLoop(n.thenStatement))
            found.push(n);
        return true;
    });
    return found;
}
const capCache = new WeakMap();
/**
 * A loop's iteration cap: a counting loop condition, or a counter/clock check in the body that exits. Once per loop:
 * the retry and agent-loop detectors and the estimate of every call in the loop ask.
 */
function loopCap(index, loop) {
    let byLoop = capCache.get(index);
    if (!byLoop)
        capCache.set(index, (byLoop = new Map()));
    let cap = byLoop.get(loop);
    if (!cap)
        byLoop.set(loop, (cap = findLoopCap(index, loop)));
    return cap;
}
function findLoopCap(index, loop) {
    const counters = updatedWithin(index, loop);
    if (typescript_1.default.isForStatement(loop) && loop.initializer && typescript_1.default.isVariableDeclarationList(loop.initializer)) {
        for (const decl of loop.initializer.declarations)
            if (typescript_1.default.isIdentifier(decl.name))
                counters.add(decl.name.text);
    }
    if (typescript_1.default.isWhileStatement(loop) || typescript_1.default.isDoStatement(loop) || typescript_1.default.isForStatement(loop)) {
        const condition = typescript_1.default.isForStatement(loop) ? loop.condition : loop.expression;
        if (condition) {
            const cap = countingCondition(index, condition, counters);
            if (cap.capped)
                return cap;
        }
    }
    for (const statement of exitingIfs(loop.statement)) {
        const cap = countingCondition(index, statement.expression, counters);
        if (cap.capped)
            return cap;
    }
    // A conditional expression guarding a throw inside a catch is found above; `signal.aborted` checks count as a time budget.
    return { capped: false };
}
/** `while (true)`, `for (;;)`, `do {} while (true)`, `while (1)`. */
function isInfiniteLoop(loop) {
    if (typescript_1.default.isForStatement(loop))
        return !loop.condition || isTrueLike(loop.condition);
    if (typescript_1.default.isWhileStatement(loop) || typescript_1.default.isDoStatement(loop))
        return isTrueLike(loop.expression);
    return false;
}
function isTrueLike(expr) {
    const e = (0, ast_1.unwrap)(expr);
    if (e.kind === typescript_1.default.SyntaxKind.TrueKeyword)
        return true;
    const n = (0, ast_1.numericLiteralValue)(e);
    return n !== undefined && n !== 0;
}
/** Loops over a collection: for-of, for-in (including `for await`). */
function isCollectionLoop(loop) {
    return typescript_1.default.isForOfStatement(loop) || typescript_1.default.isForInStatement(loop);
}
/** The range of the loop's keyword, where findings about the loop are reported. */
function loopKeywordRange(loop, sourceFile) {
    const start = loop.getStart(sourceFile);
    const keyword = typescript_1.default.isDoStatement(loop) ? 2 : typescript_1.default.isWhileStatement(loop) ? 5 : 3;
    return { start, end: start + keyword };
}
/** The innermost loop containing `node` within the same function, if any. */
function enclosingLoop(node) {
    let current = node.parent;
    while (current && !(0, ast_1.isFunctionLike)(current)) {
        if ((0, ast_1.isLoop)(current))
            return current;
        current = current.parent;
    }
    return undefined;
}
//# sourceMappingURL=loops.js.map