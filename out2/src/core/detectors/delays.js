"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.findDelay = findDelay;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const loops_1 = require("./loops");
const analysis_1 = require("./analysis");
const file_index_1 = require("../syntax/file-index");
const values_1 = require("../syntax/values");
const DELAY_NAME = /^(sleep|delay|wait|pause|setTimeout|timeout|waitFor|wait[A-Z]\w*|sleep[A-Z]\w*|delay[A-Z]\w*)$/;
const BACKOFF_NAME = /backoff|exponential|jitter/i;
/** Calls that wait: sleep(ms), delay(ms), setTimeout(cb, ms), new Promise(r => setTimeout(r, ms)), timers' setTimeout(ms). */
function delayArgument(call) {
    const callee = (0, ast_1.unwrap)(call.expression);
    const name = typescript_1.default.isIdentifier(callee) ? callee.text : typescript_1.default.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (!name)
        return undefined;
    if (BACKOFF_NAME.test(name))
        return null; // a backoff helper: growing by name and contract
    if (!DELAY_NAME.test(name))
        return undefined;
    if (name === "setTimeout") {
        // setTimeout(cb, ms) or timers/promises setTimeout(ms).
        const first = call.arguments[0];
        if (first && (typescript_1.default.isArrowFunction(first) || typescript_1.default.isFunctionExpression(first) || typescript_1.default.isIdentifier(first)) && call.arguments.length >= 2) {
            return call.arguments[1];
        }
        return first;
    }
    const arg = call.arguments[0];
    // `waitFor(() => ready)`, `wait("network")`, `delay({ ms })`: a wait, but not a number of milliseconds we can judge.
    if (arg && (typescript_1.default.isArrowFunction(arg) || typescript_1.default.isFunctionExpression(arg) || typescript_1.default.isStringLiteralLike(arg) || typescript_1.default.isObjectLiteralExpression(arg)))
        return null;
    return arg;
}
/**
 * Whether an expression's value can change between attempts: it reads a counter, grows by itself, or reads a
 * variable declared within `scope` (computed on each attempt) whose initializer does.
 */
function grows(index, expr, changing, scope) {
    let found = false;
    const seen = new Set();
    // Initialisers of the variables read, walked after the expression (a worklist, not recursion).
    const pending = [expr];
    const visit = (n) => {
        if (found)
            return false;
        if (typescript_1.default.isBinaryExpression(n) && n.operatorToken.kind === typescript_1.default.SyntaxKind.AsteriskAsteriskToken)
            found = true;
        else if (typescript_1.default.isCallExpression(n)) {
            const text = n.expression.getText(index.sourceFile);
            if (text === "Math.pow" || BACKOFF_NAME.test(text))
                found = true;
            // A call we cannot see into (getDelay(attempt), computeDelay()): assume it may grow.
            else if (!/^Math\.(min|max|random|floor|ceil|round)$/.test(text))
                found = true;
        }
        else if (typescript_1.default.isIdentifier(n) || (typescript_1.default.isPropertyAccessExpression(n) && n.end - n.pos <= loops_1.MAX_REFERENCE_LENGTH)) {
            if (changing.has(n.getText(index.sourceFile)))
                found = true;
            else if (typescript_1.default.isIdentifier(n)) {
                // `const delay = computeDelay(attempt); await sleep(delay);`
                const decl = (0, file_index_1.lookup)(index, n.text, n);
                if (decl?.kind === "variable" && decl.init && !decl.path?.length && (0, ast_1.contains)(scope, decl.node) && !seen.has(decl.node)) {
                    seen.add(decl.node);
                    pending.push(decl.init);
                }
            }
        }
        return !found;
    };
    while (pending.length && !found)
        (0, ast_1.walk)(pending.pop(), visit);
    return found;
}
/**
 * The delay between attempts of a retry construct: the first waiting call within `scope`
 * (except calls `exclude` rejects: those of the try block that run on success). `changing` are the references that
 * change between attempts. A call of a local function that waits (`await onFailure(error, attempt)`) counts as a
 * wait we cannot judge: assumed to grow.
 */
function findDelay(index, scope, exclude, changing, depth = 0) {
    let result = { kind: "none" };
    let waitsInHelper;
    for (const call of (0, ast_1.nodesWithin)(index.calls, scope)) {
        if (exclude?.(call))
            continue;
        if (insideNestedFunctionOtherThanCallback(call, scope))
            continue;
        const arg = delayArgument(call);
        if (arg === undefined) {
            if (!waitsInHelper && depth < 3) {
                const fn = (0, analysis_1.resolveLocalFunction)(index, call);
                if (fn?.body && !(0, ast_1.contains)(fn, call) && findDelay(index, fn.body, undefined, new Set(), depth + 1).kind !== "none")
                    waitsInHelper = call;
            }
            continue;
        }
        if (arg === null)
            return { kind: "growing", call };
        if (grows(index, arg, changing, scope))
            return { kind: "growing", call, arg };
        const ms = (0, values_1.staticNumber)(index, arg);
        result = { kind: "constant", call, arg, ...(ms !== undefined ? { ms } : {}) };
    }
    if (result.kind === "none" && waitsInHelper)
        return { kind: "growing", call: waitsInHelper };
    return result;
}
/** A call inside a function declared within scope that is not an inline callback (those run as part of the wait). */
function insideNestedFunctionOtherThanCallback(node, scope) {
    let current = node.parent;
    while (current && current !== scope) {
        if ((0, ast_1.isFunctionLike)(current) && !(typescript_1.default.isArrowFunction(current) || typescript_1.default.isFunctionExpression(current)))
            return true;
        current = current.parent;
    }
    return false;
}
//# sourceMappingURL=delays.js.map