"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.findRetryConstructs = findRetryConstructs;
exports.breaksLoop = breaksLoop;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const analysis_1 = require("./analysis");
const delays_1 = require("./delays");
const own_endpoints_1 = require("./own-endpoints");
const file_index_1 = require("../syntax/file-index");
const loops_1 = require("./loops");
const options_1 = require("../syntax/options");
const values_1 = require("../syntax/values");
const cache = new WeakMap();
function findRetryConstructs(analysis) {
    const cached = cache.get(analysis);
    if (cached)
        return cached;
    const found = [...retryLoops(analysis), ...retryRecursions(analysis), ...retryLibraryCalls(analysis), ...requeues(analysis)];
    cache.set(analysis, found);
    return found;
}
const llmCallNodeCache = new WeakMap();
/** The nodes of the file's LLM calls in source order, for nodesWithin. */
function llmCallNodes(analysis) {
    let nodes = llmCallNodeCache.get(analysis);
    if (!nodes)
        llmCallNodeCache.set(analysis, (nodes = analysis.llmCalls.map((c) => c.node).sort((a, b) => a.pos - b.pos)));
    return nodes;
}
/** What the try block re-attempts: an LLM call, or a callback the enclosing function was given; `at` is the first such call. */
function operationIn(analysis, block) {
    const llmCalls = (0, ast_1.nodesWithin)(llmCallNodes(analysis), block);
    if (llmCalls.length)
        return { llm: true, generic: false, at: llmCalls.reduce((a, b) => (b.pos < a.pos ? b : a)) };
    const { index } = analysis;
    // A request to the app's own endpoint whose handler makes an LLM call.
    const own = (0, own_endpoints_1.ownEndpointCallIn)(analysis, block);
    if (own)
        return { llm: true, generic: false, at: own.node, endpoint: own.path };
    // A callback is a parameter of the function the block belongs to (not `reject` of a Promise executor inside it).
    const owner = (0, ast_1.enclosingFunction)(block);
    for (const call of (0, ast_1.nodesWithin)(index.calls, block)) {
        const callee = (0, ast_1.unwrap)(call.expression);
        if (!typescript_1.default.isIdentifier(callee))
            continue;
        const decl = (0, file_index_1.lookup)(index, callee.text, callee);
        if (decl?.kind === "parameter" && owner && decl.node.parent === owner)
            return { llm: false, generic: true, at: call };
    }
    return { llm: false, generic: false };
}
function loopCondition(loop) {
    if (typescript_1.default.isForStatement(loop))
        return loop.condition;
    if (typescript_1.default.isWhileStatement(loop) || typescript_1.default.isDoStatement(loop))
        return loop.expression;
    return undefined;
}
function loopLabel(loop) {
    return typescript_1.default.isLabeledStatement(loop.parent) ? loop.parent.label.text : undefined;
}
/** Whether `block` (not its nested functions) contains a `continue` that targets `loop`. */
function continuesLoop(block, loop) {
    const label = loopLabel(loop);
    let found = false;
    (0, ast_1.walkWith)(block, false, (n, nested) => {
        if (found || (0, ast_1.isFunctionLike)(n))
            return undefined;
        if (typescript_1.default.isContinueStatement(n) && (n.label ? n.label.text === label : !nested)) {
            found = true;
            return undefined;
        }
        return nested || (0, ast_1.isLoop)(n);
    });
    return found;
}
/** Whether `node` (not its nested functions) contains a `break` that leaves `loop`. */
function breaksLoop(node, loop) {
    const label = loopLabel(loop);
    let found = false;
    (0, ast_1.walkWith)(node, false, (n, nested) => {
        if (found || (0, ast_1.isFunctionLike)(n))
            return undefined;
        if (typescript_1.default.isBreakStatement(n) && (n.label ? n.label.text === label : !nested)) {
            found = true;
            return undefined;
        }
        return nested || (0, ast_1.isLoop)(n) || typescript_1.default.isSwitchStatement(n);
    });
    return found;
}
/** `process.exit(1)` and the like. */
function isExitCall(expr) {
    return typescript_1.default.isCallExpression(expr) && (0, loops_1.isExitCallee)(expr.expression);
}
/** The truthiness of a literal (`true`, `false`, `null`, `0`, `""`), if it is one. */
function literalTruth(expr) {
    const e = (0, ast_1.unwrap)(expr);
    if (e.kind === typescript_1.default.SyntaxKind.TrueKeyword)
        return true;
    if (e.kind === typescript_1.default.SyntaxKind.FalseKeyword || e.kind === typescript_1.default.SyntaxKind.NullKeyword)
        return false;
    if (typescript_1.default.isIdentifier(e) && e.text === "undefined")
        return false;
    if (typescript_1.default.isNumericLiteral(e))
        return Number(e.text) !== 0;
    if (typescript_1.default.isStringLiteralLike(e))
        return e.text !== "";
    return undefined;
}
/**
 * Whether a loop condition still holds after `name = value`: `while (!done)` after `done = false` does,
 * after `done = true` it does not. Undefined when it cannot be told.
 */
function conditionAfter(condition, name, value, sourceFile) {
    const truth = literalTruth(value);
    if (truth === undefined)
        return undefined;
    const c = (0, ast_1.unwrap)(condition);
    if (c.getText(sourceFile) === name)
        return truth;
    if (typescript_1.default.isPrefixUnaryExpression(c) && c.operator === typescript_1.default.SyntaxKind.ExclamationToken && (0, ast_1.unwrap)(c.operand).getText(sourceFile) === name)
        return !truth;
    return undefined;
}
/**
 * The catch block lets the loop run again: it does not end in an unconditional exit (throw, return, break,
 * process.exit) nor clear the flag the loop condition reads (`more = false`); a `continue` always runs it again.
 */
function catchLoopsAgain(clause, loop, sourceFile) {
    if (!clause)
        return false;
    if (continuesLoop(clause.block, loop))
        return true;
    const statements = clause.block.statements;
    const last = statements[statements.length - 1];
    if (!last)
        return true;
    if (typescript_1.default.isThrowStatement(last) || typescript_1.default.isReturnStatement(last) || typescript_1.default.isBreakStatement(last))
        return false;
    if (typescript_1.default.isExpressionStatement(last) && isExitCall(last.expression))
        return false;
    const condition = loopCondition(loop);
    if (condition) {
        const conditionRefs = referencesOf(condition, sourceFile);
        for (const statement of statements) {
            if (!typescript_1.default.isExpressionStatement(statement))
                continue;
            const e = (0, ast_1.unwrap)(statement.expression);
            if (!typescript_1.default.isBinaryExpression(e) || e.operatorToken.kind !== typescript_1.default.SyntaxKind.EqualsToken)
                continue;
            const name = e.left.getText(sourceFile);
            if (!conditionRefs.has(name) || referencesOf(e.right, sourceFile).has(name))
                continue;
            // `done = true` ends the loop; `done = false` under `while (!done)` does not; anything else we cannot tell: assume it ends.
            if (conditionAfter(condition, name, e.right, sourceFile) !== true)
                return false;
        }
    }
    return true;
}
function referencesOf(node, sourceFile) {
    const refs = new Set();
    if (!node)
        return refs;
    (0, ast_1.walk)(node, (n) => {
        if (typescript_1.default.isIdentifier(n) || (typescript_1.default.isPropertyAccessExpression(n) && n.end - n.pos <= loops_1.MAX_REFERENCE_LENGTH))
            refs.add(n.getText(sourceFile));
    });
    return refs;
}
/** Whether `node` leaves the loop on success: a return, a break out of it, process.exit. A throw in a try block is caught, so it does not. */
function leavesOnSuccess(node, loop) {
    let found = false;
    (0, ast_1.walk)(node, (n) => {
        if (found || (0, ast_1.isFunctionLike)(n))
            return false;
        if (typescript_1.default.isReturnStatement(n) || (typescript_1.default.isCallExpression(n) && isExitCall(n)))
            found = true;
        return !found;
    });
    return found || breaksLoop(node, loop);
}
/**
 * Success leaves the loop: the try block exits, a statement after it exits, or it sets a flag the condition reads.
 * With `unconditional` (for callbacks, where a poll `if (await check()) return;` is no retry), the exit must be a
 * statement of the try block itself, not one nested in an `if`.
 */
function successExits(analysis, loop, tryStatement, unconditional) {
    const { sourceFile } = analysis.index;
    const conditionRefs = referencesOf(loopCondition(loop), sourceFile);
    if (unconditional) {
        const direct = tryStatement.tryBlock.statements.some((s) => typescript_1.default.isReturnStatement(s) ||
            (typescript_1.default.isBreakStatement(s) && breaksLoop(s, loop)) ||
            (typescript_1.default.isExpressionStatement(s) && typescript_1.default.isBinaryExpression(s.expression) && s.expression.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsToken && conditionRefs.has(s.expression.left.getText(sourceFile))));
        if (direct)
            return true;
    }
    else {
        if (leavesOnSuccess(tryStatement.tryBlock, loop))
            return true;
        const assigned = (0, loops_1.updatedWithin)(analysis.index, tryStatement.tryBlock);
        if ([...assigned].some((a) => conditionRefs.has(a)))
            return true;
    }
    const parent = tryStatement.parent;
    if (typescript_1.default.isBlock(parent) && parent === loop.statement) {
        const after = parent.statements.slice(parent.statements.indexOf(tryStatement) + 1);
        if (after.some((s) => typescript_1.default.isBreakStatement(s) || typescript_1.default.isReturnStatement(s) || typescript_1.default.isThrowStatement(s)))
            return true;
    }
    return false;
}
function attemptsFromCap(cap) {
    if (cap.clock)
        return undefined; // a time budget, not a number of attempts
    return cap.bound !== undefined && Number.isFinite(cap.bound) ? Math.max(1, Math.round(cap.bound)) : cap.bound;
}
/** How a counter changes within `scope`: +1 when only incremented by one, -1 when only decremented by one, else 0. */
function counterStep(analysis, scope, name) {
    const { index } = analysis;
    const steps = new Set();
    for (const update of (0, ast_1.nodesWithin)(index.updates, scope)) {
        if ((0, ast_1.unwrap)(update.operand).getText(index.sourceFile) !== name)
            continue;
        steps.add(update.operator === typescript_1.default.SyntaxKind.PlusPlusToken ? 1 : -1);
    }
    for (const assignment of (0, ast_1.nodesWithin)(index.assignments, scope)) {
        if ((0, ast_1.unwrap)(assignment.left).getText(index.sourceFile) !== name)
            continue;
        const kind = assignment.operatorToken.kind;
        if (kind === typescript_1.default.SyntaxKind.PlusEqualsToken || kind === typescript_1.default.SyntaxKind.MinusEqualsToken) {
            const by = (0, values_1.staticNumber)(index, assignment.right);
            steps.add(by === 1 ? (kind === typescript_1.default.SyntaxKind.PlusEqualsToken ? 1 : -1) : 0);
        }
        else if (kind === typescript_1.default.SyntaxKind.EqualsToken) {
            steps.add(stepOf(analysis, assignment.right, name) ?? 0);
        }
        else {
            steps.add(0);
        }
    }
    return steps.size === 1 ? [...steps][0] : 0;
}
/** `name + 1` is +1, `name - 1` is -1, `++name` is +1; undefined when the expression is something else. */
function stepOf(analysis, expr, name) {
    const { index } = analysis;
    const e = (0, ast_1.unwrap)(expr);
    if (typescript_1.default.isPrefixUnaryExpression(e) && (0, ast_1.unwrap)(e.operand).getText(index.sourceFile) === name) {
        if (e.operator === typescript_1.default.SyntaxKind.PlusPlusToken)
            return 1;
        if (e.operator === typescript_1.default.SyntaxKind.MinusMinusToken)
            return -1;
    }
    if (typescript_1.default.isBinaryExpression(e)) {
        const op = e.operatorToken.kind;
        const left = (0, ast_1.unwrap)(e.left).getText(index.sourceFile);
        const right = (0, ast_1.unwrap)(e.right).getText(index.sourceFile);
        if (op === typescript_1.default.SyntaxKind.PlusToken && left === name && (0, values_1.staticNumber)(index, e.right) === 1)
            return 1;
        if (op === typescript_1.default.SyntaxKind.PlusToken && right === name && (0, values_1.staticNumber)(index, e.left) === 1)
            return 1;
        if (op === typescript_1.default.SyntaxKind.MinusToken && left === name && (0, values_1.staticNumber)(index, e.right) === 1)
            return -1;
    }
    return undefined;
}
/** A comparison with the counter on the left: `i < 3` stays, `3 > i` becomes `i < 3`. */
function counterComparison(analysis, check, name) {
    if (!check || !typescript_1.default.isBinaryExpression(check))
        return undefined;
    const { index } = analysis;
    const flip = {
        [typescript_1.default.SyntaxKind.LessThanToken]: typescript_1.default.SyntaxKind.GreaterThanToken,
        [typescript_1.default.SyntaxKind.LessThanEqualsToken]: typescript_1.default.SyntaxKind.GreaterThanEqualsToken,
        [typescript_1.default.SyntaxKind.GreaterThanToken]: typescript_1.default.SyntaxKind.LessThanToken,
        [typescript_1.default.SyntaxKind.GreaterThanEqualsToken]: typescript_1.default.SyntaxKind.LessThanEqualsToken,
        [typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken]: typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken,
        [typescript_1.default.SyntaxKind.ExclamationEqualsToken]: typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken,
        [typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken]: typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken,
        [typescript_1.default.SyntaxKind.EqualsEqualsToken]: typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken,
    };
    let op = check.operatorToken.kind;
    if (op === typescript_1.default.SyntaxKind.ExclamationEqualsToken)
        op = typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken;
    if (op === typescript_1.default.SyntaxKind.EqualsEqualsToken)
        op = typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken;
    const left = (0, ast_1.unwrap)(check.left);
    const right = (0, ast_1.unwrap)(check.right);
    if (typescript_1.default.isIdentifier(left) && left.text === name) {
        const bound = (0, values_1.staticNumber)(index, right);
        return bound !== undefined && Number.isFinite(bound) ? { op, bound } : undefined;
    }
    if (typescript_1.default.isIdentifier(right) && right.text === name) {
        const bound = (0, values_1.staticNumber)(index, left);
        op = flip[op];
        return bound !== undefined && Number.isFinite(bound) && op !== undefined ? { op, bound } : undefined;
    }
    return undefined;
}
/** The static initial value of a loop counter: `for (let i = 0; ...)` or `let i = 0;` declared before the loop. */
function counterStart(analysis, loop, name) {
    const { index } = analysis;
    if (typescript_1.default.isForStatement(loop) && loop.initializer && typescript_1.default.isVariableDeclarationList(loop.initializer)) {
        for (const d of loop.initializer.declarations) {
            if (typescript_1.default.isIdentifier(d.name) && d.name.text === name)
                return (0, values_1.staticNumber)(index, d.initializer);
        }
    }
    const decl = (0, file_index_1.lookup)(index, name, loop);
    if (!decl || decl.kind !== "variable" || decl.path?.length || !decl.init || decl.node.end > loop.pos)
        return undefined;
    if ((0, ast_1.enclosingFunction)(decl.node) !== (0, ast_1.enclosingFunction)(loop))
        return undefined;
    // Not changed between the declaration and the loop.
    for (const a of analysis.index.assignments) {
        if (a.pos > decl.node.end && a.end < loop.pos && (0, ast_1.unwrap)(a.left).getText(index.sourceFile) === name)
            return undefined;
    }
    for (const u of analysis.index.updates) {
        if (u.pos > decl.node.end && u.end < loop.pos && (0, ast_1.unwrap)(u.operand).getText(index.sourceFile) === name)
            return undefined;
    }
    return (0, values_1.staticNumber)(index, decl.init);
}
/**
 * Attempts made by a loop whose own condition counts by one from a static start to a static bound:
 * `for (let i = 0; i <= 5; i++)` makes 6, `for (let n = 10; n > 0; n--)` makes 10.
 */
function countedLoopAttempts(analysis, loop, cap, counter) {
    if (!counter || typescript_1.default.isDoStatement(loop) || !cap.check || (loopCondition(loop) ? (0, ast_1.unwrap)(loopCondition(loop)) : undefined) !== cap.check)
        return undefined;
    const comparison = counterComparison(analysis, cap.check, counter);
    if (!comparison)
        return undefined;
    const start = counterStart(analysis, loop, counter);
    if (start === undefined)
        return undefined;
    const step = counterStep(analysis, loop, counter);
    const { op, bound } = comparison;
    let count;
    if (step === 1) {
        if (op === typescript_1.default.SyntaxKind.LessThanToken || op === typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken)
            count = bound - start;
        else if (op === typescript_1.default.SyntaxKind.LessThanEqualsToken)
            count = bound - start + 1;
    }
    else if (step === -1) {
        if (op === typescript_1.default.SyntaxKind.GreaterThanToken || op === typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken)
            count = start - bound;
        else if (op === typescript_1.default.SyntaxKind.GreaterThanEqualsToken)
            count = start - bound + 1;
    }
    return count !== undefined && count >= 1 ? count : undefined;
}
/** `for (let i = 0; i < items.length; i++)`: a walk over a list (of models, of delays), not a retry of one call. */
function iteratesByIndex(loop) {
    const condition = loopCondition(loop);
    if (!condition)
        return false;
    let found = false;
    (0, ast_1.walk)(condition, (n) => {
        if (found || (0, ast_1.isFunctionLike)(n))
            return false;
        if (typescript_1.default.isBinaryExpression(n) && [typescript_1.default.SyntaxKind.LessThanToken, typescript_1.default.SyntaxKind.LessThanEqualsToken, typescript_1.default.SyntaxKind.GreaterThanToken, typescript_1.default.SyntaxKind.GreaterThanEqualsToken].includes(n.operatorToken.kind)) {
            for (const side of [n.left, n.right]) {
                const e = (0, ast_1.unwrap)(side);
                if (typescript_1.default.isPropertyAccessExpression(e) && (e.name.text === "length" || e.name.text === "size"))
                    found = true;
            }
        }
        return true;
    });
    return found;
}
/**
 * A wait used as a statement: `await sleep(ms);`, `await new Promise((r) => setTimeout(r, ms));`, not a value
 * such as the `timeout(ms)` of a `Promise.race`.
 */
function isStatementWait(call) {
    let node = call;
    for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
        if (typescript_1.default.isAwaitExpression(parent) || typescript_1.default.isParenthesizedExpression(parent) || typescript_1.default.isVoidExpression(parent))
            continue;
        if (typescript_1.default.isExpressionStatement(parent)) {
            // Inside a Promise executor's block: go on from the executor.
            const block = parent.parent;
            if (typescript_1.default.isBlock(block) && (typescript_1.default.isArrowFunction(block.parent) || typescript_1.default.isFunctionExpression(block.parent)) && isPromiseExecutor(block.parent)) {
                node = block.parent;
                parent = block.parent;
                continue;
            }
            return true;
        }
        if (typescript_1.default.isArrowFunction(parent) && parent.body === node && isPromiseExecutor(parent))
            continue;
        if (typescript_1.default.isNewExpression(parent) && isPromiseExecutor(node))
            continue;
        return false;
    }
    return false;
}
function isPromiseExecutor(node) {
    const parent = node.parent;
    return (typescript_1.default.isArrowFunction(node) || typescript_1.default.isFunctionExpression(node)) && !!parent && typescript_1.default.isNewExpression(parent) && typescript_1.default.isIdentifier(parent.expression) && parent.expression.text === "Promise";
}
/**
 * `const delay = DELAYS[attempt]; if (delay === undefined) throw error;`: a schedule of delays, indexed by a counter,
 * bounds the retries (its length + 1 attempts, when the array is a literal in the file).
 */
function scheduleCap(analysis, loop, changing) {
    const { index } = analysis;
    for (const statement of (0, loops_1.exitingIfs)(loop.statement)) {
        for (const ref of referencesOf(statement.expression, index.sourceFile)) {
            if (!/^[A-Za-z_$][\w$]*$/.test(ref))
                continue;
            const decl = (0, file_index_1.lookup)(index, ref, statement.expression);
            if (!decl || decl.kind !== "variable" || !decl.init || decl.path?.length || !(0, ast_1.contains)(loop.statement, decl.node))
                continue;
            const init = (0, ast_1.unwrap)(decl.init);
            if (!typescript_1.default.isElementAccessExpression(init))
                continue;
            if (![...referencesOf(init.argumentExpression, index.sourceFile)].some((r) => changing.has(r)))
                continue;
            const schedule = (0, values_1.resolveArrayLiteral)(index, init.expression);
            return { ...(schedule && !schedule.elements.some((e) => typescript_1.default.isSpreadElement(e)) ? { attempts: schedule.elements.length + 1 } : {}), check: statement.expression };
        }
    }
    return undefined;
}
function retryLoops(analysis) {
    const { index } = analysis;
    const result = [];
    for (const loop of index.loops) {
        if ((0, loops_1.isCollectionLoop)(loop) || iteratesByIndex(loop))
            continue;
        const fn = (0, ast_1.enclosingFunction)(loop);
        for (const tryStatement of (0, ast_1.nodesWithin)(index.tries, loop.statement)) {
            if ((0, loops_1.enclosingLoop)(tryStatement) !== loop)
                continue;
            if ((0, ast_1.enclosingFunction)(tryStatement) !== fn)
                continue;
            let op = operationIn(analysis, tryStatement.tryBlock);
            let regenerate = false;
            if (!op.llm && !op.generic) {
                const before = replyCheckedIn(analysis, loop, tryStatement.tryBlock, tryStatement);
                if (!before)
                    continue;
                op = { llm: true, generic: false, at: before };
                regenerate = true;
            }
            if (!catchLoopsAgain(tryStatement.catchClause, loop, index.sourceFile))
                continue;
            if (!successExits(analysis, loop, tryStatement, !op.llm))
                continue;
            let cap = (0, loops_1.loopCap)(index, loop);
            const changing = (0, loops_1.updatedWithin)(index, loop);
            if (typescript_1.default.isForStatement(loop) && loop.initializer && typescript_1.default.isVariableDeclarationList(loop.initializer)) {
                for (const d of loop.initializer.declarations)
                    if (typescript_1.default.isIdentifier(d.name))
                        changing.add(d.name.text);
            }
            const schedule = cap.capped ? undefined : scheduleCap(analysis, loop, changing);
            if (schedule)
                cap = { capped: true, ...(schedule.attempts !== undefined ? { bound: schedule.attempts } : {}), check: schedule.check };
            const counter = counterName(cap, changing, index.sourceFile);
            const attempts = schedule ? schedule.attempts : (countedLoopAttempts(analysis, loop, cap, counter) ?? attemptsFromCap(cap));
            // Calls in the try block after the operation run only on success: they are not waits between attempts.
            const opStart = op.at ? op.at.getStart(index.sourceFile) : tryStatement.tryBlock.pos;
            const exclude = (call) => (0, ast_1.contains)(tryStatement.tryBlock, call) && (call.end > opStart || !isStatementWait(call));
            result.push({
                kind: "loop",
                node: loop,
                range: (0, loops_1.loopKeywordRange)(loop, index.sourceFile),
                llm: op.llm,
                ...(op.endpoint ? { endpoint: op.endpoint } : {}),
                bounded: cap.capped,
                ...(attempts !== undefined ? { attempts } : {}),
                delay: (0, delays_1.findDelay)(index, loop.statement, exclude, changing),
                loop,
                tryStatement,
                // A delay can grow with the counter only when the counter grows.
                ...(counter && counterStep(analysis, loop, counter) === 1 ? { counter } : {}),
                ...(regenerate ? { regenerate } : {}),
            });
            break;
        }
        if (result[result.length - 1]?.node !== loop) {
            const regenerated = regenerateUntilValid(analysis, loop);
            if (regenerated)
                result.push(regenerated);
        }
    }
    return result;
}
/**
 * The first LLM call of the loop body's statements before `before` (a statement of the body, not nested in a
 * function) whose result `checked` reads: `const reply = await llm(); try { return JSON.parse(reply); } catch {}`.
 */
function replyCheckedIn(analysis, loop, checked, before) {
    const body = loop.statement;
    if (!typescript_1.default.isBlock(body))
        return undefined;
    const at = body.statements.indexOf(before);
    if (at <= 0)
        return undefined;
    const { index } = analysis;
    const reads = referencesOf(checked, index.sourceFile);
    for (const statement of body.statements.slice(0, at)) {
        const call = analysis.llmCalls.find((c) => (0, ast_1.contains)(statement, c.node) && (0, ast_1.enclosingFunction)(c.node) === (0, ast_1.enclosingFunction)(loop));
        if (!call || !sameRequest(analysis, loop, call.node))
            continue;
        for (const name of boundBy(statement, index.sourceFile))
            if (reads.has(name))
                return call.node;
    }
    return undefined;
}
/**
 * Whether the LLM call sends the same request on every pass: its arguments read nothing the loop assigns or grows
 * (`messages.push(reply)` makes it an agent loop, not a regeneration).
 */
function sameRequest(analysis, loop, call) {
    const { index } = analysis;
    const changed = (0, loops_1.updatedWithin)(index, loop.statement);
    for (const c of (0, ast_1.nodesWithin)(index.calls, loop.statement)) {
        const callee = (0, ast_1.unwrap)(c.expression);
        if (typescript_1.default.isPropertyAccessExpression(callee) && /^(push|unshift|splice|concat|set|add)$/.test(callee.name.text))
            changed.add((0, ast_1.unwrap)(callee.expression).getText(index.sourceFile));
    }
    const reads = new Set();
    for (const arg of call.arguments)
        for (const ref of referencesOf(arg, index.sourceFile))
            reads.add(ref);
    return ![...reads].some((r) => changed.has(r));
}
/** The names a statement declares or assigns: `const r = ...`, `const { text } = ...`, `r = ...`. */
function boundBy(statement, sourceFile) {
    const names = [];
    const collect = (name) => {
        if (typescript_1.default.isIdentifier(name))
            names.push(name.text);
        else
            for (const element of name.elements)
                if (!typescript_1.default.isOmittedExpression(element))
                    collect(element.name);
    };
    if (typescript_1.default.isVariableStatement(statement))
        for (const d of statement.declarationList.declarations)
            collect(d.name);
    else if (typescript_1.default.isExpressionStatement(statement)) {
        const e = (0, ast_1.unwrap)(statement.expression);
        if (typescript_1.default.isBinaryExpression(e) && e.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsToken)
            names.push((0, ast_1.unwrap)(e.left).getText(sourceFile));
    }
    return names;
}
/**
 * `do { result = await llm(); } while (!isValid(result))`: a loop whose condition is a negated check of what an LLM
 * call of its body returned. Bounded only by a counter or a clock in its condition or an exiting `if`.
 */
function regenerateUntilValid(analysis, loop) {
    if (!(typescript_1.default.isDoStatement(loop) || typescript_1.default.isWhileStatement(loop)))
        return undefined;
    const { index } = analysis;
    const body = loop.statement;
    if (!typescript_1.default.isBlock(body))
        return undefined;
    // The condition holds a negated check: `!isValid(result)`, `!parsed`, `isValid(result) === false`.
    let negated;
    (0, ast_1.walk)(loop.expression, (n) => {
        if (negated || (0, ast_1.isFunctionLike)(n))
            return false;
        if (typescript_1.default.isPrefixUnaryExpression(n) && n.operator === typescript_1.default.SyntaxKind.ExclamationToken)
            negated = n.operand;
        else if (typescript_1.default.isBinaryExpression(n) && n.operatorToken.kind === typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken && (0, ast_1.unwrap)(n.right).kind === typescript_1.default.SyntaxKind.FalseKeyword)
            negated = n.left;
        return !negated;
    });
    if (!negated)
        return undefined;
    const check = (0, ast_1.unwrap)(negated);
    if (!typescript_1.default.isCallExpression(check) || check.arguments.length === 0)
        return undefined;
    const reads = referencesOf(check, index.sourceFile);
    let at;
    for (const statement of body.statements) {
        const call = analysis.llmCalls.find((c) => (0, ast_1.contains)(statement, c.node) && (0, ast_1.enclosingFunction)(c.node) === (0, ast_1.enclosingFunction)(loop));
        if (call && sameRequest(analysis, loop, call.node) && boundBy(statement, index.sourceFile).some((name) => reads.has(name))) {
            at = call.node;
            break;
        }
    }
    if (!at)
        return undefined;
    const cap = (0, loops_1.loopCap)(index, loop);
    const changing = (0, loops_1.updatedWithin)(index, loop);
    const counter = counterName(cap, changing, index.sourceFile);
    return {
        kind: "loop",
        node: loop,
        range: (0, loops_1.loopKeywordRange)(loop, index.sourceFile),
        llm: true,
        bounded: cap.capped,
        ...(attemptsFromCap(cap) !== undefined ? { attempts: attemptsFromCap(cap) } : {}),
        delay: (0, delays_1.findDelay)(index, loop.statement, undefined, changing),
        loop,
        ...(counter && counterStep(analysis, loop, counter) === 1 ? { counter } : {}),
        regenerate: true,
    };
}
function counterName(cap, changing, sourceFile) {
    if (!cap.check || cap.clock)
        return undefined;
    const refs = referencesOf(cap.check, sourceFile);
    for (const ref of refs)
        if (changing.has(ref) && /^[A-Za-z_$][\w$]*$/.test(ref))
            return ref;
    return undefined;
}
/** The catch clause or `.catch(cb)` / `.then(_, cb)` callback between a call and its function, if any. */
function failurePath(call, fn) {
    let current = call.parent;
    while (current && current !== fn) {
        if (typescript_1.default.isCatchClause(current))
            return current;
        if ((typescript_1.default.isArrowFunction(current) || typescript_1.default.isFunctionExpression(current)) && typescript_1.default.isCallExpression(current.parent)) {
            const outer = current.parent;
            const callee = outer.expression;
            if (typescript_1.default.isPropertyAccessExpression(callee)) {
                if (callee.name.text === "catch" && outer.arguments[0] === current)
                    return current;
                if (callee.name.text === "then" && outer.arguments[1] === current)
                    return current;
                if (isErrorHandler(outer, current))
                    return current;
            }
        }
        current = current.parent;
    }
    return undefined;
}
/** `stream.on("error", handler)` (or `once`, `addListener`, `addEventListener`): an error event's handler. */
function isErrorHandler(call, handler) {
    const callee = call.expression;
    const event = call.arguments[0];
    return (typescript_1.default.isPropertyAccessExpression(callee) &&
        /^(on|once|addListener|addEventListener)$/.test(callee.name.text) &&
        call.arguments[1] === handler &&
        !!event &&
        typescript_1.default.isStringLiteralLike(event) &&
        event.text === "error");
}
/**
 * `node.children.map((c) => summarize(c))` in a catch: the call passes the parameter of a callback nested in the
 * function, so it works on other data (a traversal), not a retry of the same call.
 */
function walksOtherData(call, fn, sourceFile) {
    const nestedParams = new Set();
    for (let current = call.parent; current !== fn; current = current.parent) {
        if (!(0, ast_1.isFunctionLike)(current))
            continue;
        const outer = current.parent;
        // `.catch((e) => ...)` and `.then(_, (e) => ...)` callbacks get the error, not other data.
        if (typescript_1.default.isCallExpression(outer) && typescript_1.default.isPropertyAccessExpression(outer.expression) && ["catch", "then"].includes(outer.expression.name.text))
            continue;
        if (typescript_1.default.isCallExpression(outer) && isErrorHandler(outer, current))
            continue;
        for (const p of current.parameters)
            if (typescript_1.default.isIdentifier(p.name))
                nestedParams.add(p.name.text);
    }
    if (nestedParams.size === 0)
        return false;
    return call.arguments.some((arg) => [...referencesOf(arg, sourceFile)].some((r) => nestedParams.has(r.split(".")[0])));
}
/**
 * `const newModel = await askUserForModel(); if (newModel) return generate(diff, newModel);`: the failure path
 * awaits a replacement (a model the user picks, a fallback a service names) and calls again only when it got one,
 * with it. Each further call waits on that answer: a fallback, not a storm of the same request.
 */
function retriesWithReplacement(analysis, call, path) {
    const { index } = analysis;
    for (const arg of call.arguments) {
        const expr = (0, ast_1.unwrap)(arg);
        if (!typescript_1.default.isIdentifier(expr))
            continue;
        const decl = (0, file_index_1.lookup)(index, expr.text, expr);
        if (!decl || decl.kind !== "variable" || decl.path?.length || !decl.init || !(0, ast_1.contains)(path, decl.node))
            continue;
        // `unwrap` strips `await`: look through parentheses and assertions only.
        let init = decl.init;
        while (typescript_1.default.isParenthesizedExpression(init) || typescript_1.default.isAsExpression(init) || typescript_1.default.isNonNullExpression(init))
            init = init.expression;
        if (!typescript_1.default.isAwaitExpression(init) || !typescript_1.default.isCallExpression((0, ast_1.unwrap)(init.expression)))
            continue;
        for (let n = call.parent; n !== path; n = n.parent) {
            if (typescript_1.default.isIfStatement(n) && (0, ast_1.contains)(n.thenStatement, call) && (0, ast_1.unwrap)(n.expression).getText(index.sourceFile) === expr.text)
                return true;
        }
    }
    return false;
}
/**
 * Whether the function checks an attempt/depth parameter that the recursive call changes, a counter kept outside
 * the function, or a clock (`Date.now() > deadline`) before it retries.
 */
function recursionCap(analysis, fn, call) {
    const { index } = analysis;
    for (let i = 0; i < fn.parameters.length; i++) {
        const param = fn.parameters[i];
        if (!typescript_1.default.isIdentifier(param.name)) {
            // `{ attempt = 0 }` destructured options: look for the key in an object argument.
            if (typescript_1.default.isObjectBindingPattern(param.name)) {
                for (const element of param.name.elements) {
                    if (!typescript_1.default.isIdentifier(element.name))
                        continue;
                    const cap = checkedIn(analysis, fn, new Set([element.name.text]), false);
                    if (cap.capped)
                        return { ...cap, attempts: attemptsFromCap(cap) };
                }
            }
            continue;
        }
        const name = param.name.text;
        const arg = call.arguments[i];
        if (!arg)
            continue;
        const argExpr = (0, ast_1.unwrap)(arg);
        if (argExpr.getText(index.sourceFile) === name)
            continue; // passed unchanged
        // `attempt++` passes the old value: unchanged too.
        if (typescript_1.default.isPostfixUnaryExpression(argExpr) && (0, ast_1.unwrap)(argExpr.operand).getText(index.sourceFile) === name)
            continue;
        if (!referencesOf(arg, index.sourceFile).has(name))
            continue;
        const cap = checkedIn(analysis, fn, new Set([name]), false);
        if (!cap.capped)
            continue;
        const step = stepOf(analysis, arg, name);
        return { ...cap, attempts: recursionAttempts(analysis, cap, name, param, step), ...(step === 1 ? { counter: name } : {}) };
    }
    // `this.generate({ ...options, numRetries: numRetries - 1 })`: a count passed in an options object, read back from it.
    for (const arg of call.arguments) {
        const object = (0, ast_1.unwrap)(arg);
        if (!typescript_1.default.isObjectLiteralExpression(object))
            continue;
        for (const prop of object.properties) {
            if (!typescript_1.default.isPropertyAssignment(prop))
                continue;
            const value = (0, ast_1.unwrap)(prop.initializer);
            const name = [...referencesOf(value, index.sourceFile)].find((r) => /^[A-Za-z_$][\w$]*$/.test(r) && value.getText(index.sourceFile) !== r);
            if (!name || stepOf(analysis, value, name) === undefined)
                continue;
            const decl = (0, file_index_1.lookup)(index, name, call);
            if (!decl || !(0, ast_1.contains)(fn, decl.node))
                continue;
            const cap = checkedIn(analysis, fn, new Set([name]), false);
            if (cap.capped)
                return { ...cap, attempts: attemptsFromCap(cap) };
        }
    }
    // A counter kept outside the function (`let failures = 0` in the module, `this.attempts`) or a clock, checked before an exit.
    const outer = new Set();
    for (const ref of (0, loops_1.updatedWithin)(index, fn)) {
        const decl = /^[A-Za-z_$][\w$]*$/.test(ref) ? (0, file_index_1.lookup)(index, ref, call) : undefined;
        if (decl ? !(0, ast_1.contains)(fn, decl.node) : ref.includes("."))
            outer.add(ref);
    }
    const cap = checkedIn(analysis, fn, outer, true);
    if (cap.capped && !returnsBeforeCheck(call, fn, cap, outer, index.sourceFile))
        return { ...cap, attempts: attemptsFromCap(cap) };
    // Or a check of such a counter (or a clock) guarding the call: `if (job.attempts < 3) setTimeout(() => this.process(job), ms)`.
    for (const guard of guardsAbove(call, fn)) {
        const guarded = (0, loops_1.countingCondition)(index, guard, outer);
        if (guarded.capped)
            return { ...guarded, attempts: attemptsFromCap(guarded) };
    }
    return { capped: false };
}
/**
 * `if (isTimeout(e)) return retry(); if (attempts < 3) return retry(); throw e;`: the first call returns before the
 * counter is checked, under a guard that does not read it, so that path retries with no limit.
 */
function returnsBeforeCheck(call, fn, cap, counters, sourceFile) {
    if (!cap.check || call.end > cap.check.getStart(sourceFile))
        return false;
    let statement = call.parent;
    while (typescript_1.default.isAwaitExpression(statement) || typescript_1.default.isParenthesizedExpression(statement))
        statement = statement.parent;
    if (!typescript_1.default.isReturnStatement(statement))
        return false;
    return !guardsAbove(call, fn).some((guard) => [...referencesOf(guard, sourceFile)].some((r) => counters.has(r)));
}
/** The conditions a call runs under inside its function: `if (g) call`, `g ? call : x`, `g && call`, nearest first. */
function guardsAbove(call, fn) {
    const guards = [];
    for (let n = call; n.parent && n !== fn; n = n.parent) {
        const parent = n.parent;
        if (typescript_1.default.isIfStatement(parent) && parent.thenStatement === n)
            guards.push(parent.expression);
        else if (typescript_1.default.isConditionalExpression(parent) && parent.whenTrue === n)
            guards.push(parent.condition);
        else if (typescript_1.default.isBinaryExpression(parent) && parent.operatorToken.kind === typescript_1.default.SyntaxKind.AmpersandAmpersandToken && parent.right === n)
            guards.push(parent.left);
    }
    return guards;
}
/**
 * `if (!skipTools && isToolError(e)) return handleChat({ ...params, skipTools: true })`: the failure path calls again
 * once, with a changed request, and the flag it sets stops it there. A fallback, not a retry of the same request.
 */
function fallsBackOnce(call, fn) {
    return guardsAbove(call, fn).some((guard) => setsGuardFlag(guard, call, fn));
}
/** Whether `guard` requires a flag to be unset (`!retried && ...`) that the recursive call sets (`retried: true`, or a positional `true`). */
function setsGuardFlag(guard, call, fn) {
    const negated = [];
    const stack = [guard];
    while (stack.length) {
        const e = (0, ast_1.unwrap)(stack.pop());
        if (typescript_1.default.isBinaryExpression(e) && e.operatorToken.kind === typescript_1.default.SyntaxKind.AmpersandAmpersandToken)
            stack.push(e.left, e.right);
        else if (typescript_1.default.isPrefixUnaryExpression(e) && e.operator === typescript_1.default.SyntaxKind.ExclamationToken) {
            const operand = (0, ast_1.unwrap)(e.operand);
            if (typescript_1.default.isIdentifier(operand))
                negated.push(operand.text);
            else if (typescript_1.default.isPropertyAccessExpression(operand))
                negated.push(operand.name.text);
        }
    }
    if (!negated.length)
        return false;
    return call.arguments.some((arg, i) => {
        const a = (0, ast_1.unwrap)(arg);
        if (a.kind === typescript_1.default.SyntaxKind.TrueKeyword) {
            const param = fn.parameters[i];
            return !!param && typescript_1.default.isIdentifier(param.name) && negated.includes(param.name.text);
        }
        return typescript_1.default.isObjectLiteralExpression(a) && a.properties.some((p) => typescript_1.default.isPropertyAssignment(p) && (typescript_1.default.isIdentifier(p.name) || typescript_1.default.isStringLiteral(p.name)) && negated.includes(p.name.text) && (0, ast_1.unwrap)(p.initializer).kind === typescript_1.default.SyntaxKind.TrueKeyword);
    });
}
/**
 * Parameters, or keys of a destructured options parameter, that the recursive call passes multiplied: the delay they
 * hold grows with each attempt (`completeChat(messages, { delayMs: (delayMs || 2000) * 2 })`).
 */
function multipliedByRecursion(call, fn) {
    const names = [];
    const multiplies = (value, name) => {
        let found = false;
        (0, ast_1.walk)(value, (n) => {
            if (typescript_1.default.isBinaryExpression(n) &&
                (n.operatorToken.kind === typescript_1.default.SyntaxKind.AsteriskToken || n.operatorToken.kind === typescript_1.default.SyntaxKind.AsteriskAsteriskToken) &&
                referencesOf(n, n.getSourceFile()).has(name)) {
                found = true;
            }
            return !found;
        });
        return found;
    };
    fn.parameters.forEach((param, i) => {
        const arg = call.arguments[i];
        if (!arg)
            return;
        if (typescript_1.default.isIdentifier(param.name)) {
            if (multiplies(arg, param.name.text))
                names.push(param.name.text);
            return;
        }
        const value = (0, ast_1.unwrap)(arg);
        if (!typescript_1.default.isObjectBindingPattern(param.name) || !typescript_1.default.isObjectLiteralExpression(value))
            return;
        for (const element of param.name.elements) {
            if (!typescript_1.default.isIdentifier(element.name))
                continue;
            const key = element.propertyName ? (0, ast_1.propertyNameText)(element.propertyName) : element.name.text;
            if (key === undefined)
                continue;
            const prop = (0, ast_1.findProperty)(value, key);
            if (prop && typescript_1.default.isPropertyAssignment(prop) && multiplies(prop.initializer, element.name.text))
                names.push(element.name.text);
        }
    });
    return names;
}
/**
 * Attempts of a recursion on a parameter with a static default that changes by one per call:
 * `attempt = 0` checked by `attempt >= 3` makes 4 calls (0, 1, 2, 3); `retries = 3` checked by `retries <= 0` makes 4.
 */
function recursionAttempts(analysis, cap, name, param, step) {
    const fallback = attemptsFromCap(cap);
    const start = param.initializer ? (0, values_1.staticNumber)(analysis.index, param.initializer) : undefined;
    const comparison = counterComparison(analysis, cap.check, name);
    if (start === undefined || !comparison || (step !== 1 && step !== -1))
        return fallback;
    const { op, bound } = comparison;
    let count;
    if (step === 1) {
        if (op === typescript_1.default.SyntaxKind.GreaterThanEqualsToken || op === typescript_1.default.SyntaxKind.LessThanToken || op === typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken || op === typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken)
            count = bound - start + 1;
        else if (op === typescript_1.default.SyntaxKind.GreaterThanToken || op === typescript_1.default.SyntaxKind.LessThanEqualsToken)
            count = bound - start + 2;
    }
    else {
        if (op === typescript_1.default.SyntaxKind.LessThanEqualsToken || op === typescript_1.default.SyntaxKind.GreaterThanToken || op === typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken || op === typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken)
            count = start - bound + 1;
        else if (op === typescript_1.default.SyntaxKind.LessThanToken || op === typescript_1.default.SyntaxKind.GreaterThanEqualsToken)
            count = start - bound + 2;
    }
    return count !== undefined && count >= 1 ? count : fallback;
}
/**
 * A check of `counters` (or of a clock) in the function: in any `if` or `?:` for parameters the recursive call
 * changes; with `exitOnly`, only in an `if` whose then-branch exits (for counters kept outside, and clocks).
 */
function checkedIn(analysis, fn, counters, exitOnly) {
    const { index } = analysis;
    const body = fn.body;
    if (!body)
        return { capped: false };
    let result = { capped: false };
    (0, ast_1.walk)(body, (n) => {
        if (result.capped || (n !== fn && (0, ast_1.isFunctionLike)(n) && !(typescript_1.default.isArrowFunction(n) || typescript_1.default.isFunctionExpression(n))))
            return false;
        if (typescript_1.default.isIfStatement(n) || (!exitOnly && typescript_1.default.isConditionalExpression(n))) {
            const condition = typescript_1.default.isIfStatement(n) ? n.expression : n.condition;
            const exits = typescript_1.default.isIfStatement(n) && (0, loops_1.exitsLoop)(n.thenStatement);
            if (!exitOnly || exits) {
                const cap = (0, loops_1.countingCondition)(index, condition, counters);
                if (cap.capped && (!exitOnly || cap.clock || counters.size > 0)) {
                    result = cap;
                    return false;
                }
            }
        }
        return true;
    });
    return result;
}
function retryRecursions(analysis) {
    const { index } = analysis;
    const result = [];
    for (const call of index.calls) {
        const fn = (0, analysis_1.resolveLocalFunction)(index, call);
        if (!fn || !(0, ast_1.contains)(fn, call))
            continue;
        const path = failurePath(call, fn);
        if (!path || walksOtherData(call, fn, index.sourceFile) || retriesWithReplacement(analysis, call, path) || fallsBackOnce(call, fn))
            continue;
        const llmFunction = analysis.llmFunctions.has(fn);
        const operation = !llmFunction && fn.body ? operationIn(analysis, fn.body) : undefined;
        const llm = llmFunction || !!operation?.endpoint;
        const generic = !llm && !!operation?.generic;
        if (!llm && !generic)
            continue;
        const cap = recursionCap(analysis, fn, call);
        const changing = new Set([...(cap.counter ? [cap.counter] : []), ...multipliedByRecursion(call, fn)]);
        const calleeNode = (0, ast_1.unwrap)(call.expression);
        const nameNode = typescript_1.default.isPropertyAccessExpression(calleeNode) ? calleeNode.name : calleeNode;
        // The wait is usually on the failure path; one anywhere else in the function also runs once per attempt.
        let delay = (0, delays_1.findDelay)(index, path, undefined, changing);
        if (delay.kind === "none" && fn.body)
            delay = (0, delays_1.findDelay)(index, fn.body, undefined, changing);
        result.push({
            kind: "recursion",
            node: call,
            range: { start: nameNode.getStart(index.sourceFile), end: call.getEnd() },
            llm,
            ...(operation?.endpoint ? { endpoint: operation.endpoint } : {}),
            bounded: cap.capped,
            ...(cap.attempts !== undefined ? { attempts: cap.attempts } : {}),
            delay,
            ...(cap.counter ? { counter: cap.counter } : {}),
        });
    }
    return result;
}
function retryLibraryCalls(analysis) {
    const { index } = analysis;
    const result = [];
    for (const site of analysis.sites) {
        if (site.profile.kind !== "retry" || !typescript_1.default.isCallExpression(site.node))
            continue;
        const defaults = site.profile.retryDefaults;
        if (!defaults)
            continue;
        const operation = site.node.arguments[0];
        if (!operation)
            continue;
        const op = libraryOperation(analysis, operation);
        if (!op.llm && !op.generic)
            continue;
        const optionsArg = site.node.arguments[site.profile.optionsArg ?? 1];
        if (optionsArg && !site.options)
            continue; // options we cannot see
        const options = site.options;
        let bounded = true;
        let attempts = defaults.retries + 1;
        let why = `the default ${defaults.retries} retries`;
        let optionNode;
        const forever = defaults.foreverKey ? (0, options_1.lookupKey)(index, options, defaults.foreverKey) : undefined;
        const retries = (0, options_1.lookupKey)(index, options, "retries");
        if (forever?.state === "present" && forever.value && (0, ast_1.isTrueLiteral)(forever.value)) {
            bounded = false;
            attempts = undefined;
            why = `${defaults.foreverKey}: true`;
            optionNode = forever.prop;
        }
        else if (retries.state === "present") {
            const value = (0, values_1.staticNumber)(index, retries.value);
            optionNode = retries.prop;
            if (value === undefined) {
                attempts = undefined;
                why = "retries";
            }
            else if (!Number.isFinite(value)) {
                bounded = false;
                attempts = undefined;
                why = `retries: ${retries.value.getText(index.sourceFile)}`;
            }
            else {
                attempts = value + 1;
                why = `retries: ${value}`;
            }
        }
        else if (retries.state === "unknown" && options) {
            attempts = undefined;
        }
        const factorKey = (0, options_1.lookupKey)(index, options, "factor");
        const factorValue = factorKey.state === "present" ? (0, ast_1.numericLiteralValue)(factorKey.value) ?? (0, values_1.staticNumber)(index, factorKey.value) : undefined;
        const calleeStart = site.node.expression.getStart(index.sourceFile);
        result.push({
            kind: "library",
            node: site.node,
            range: { start: calleeStart, end: site.node.expression.getEnd() },
            llm: op.llm,
            bounded,
            ...(attempts !== undefined ? { attempts } : {}),
            why,
            delay: { kind: factorValue !== undefined && factorValue <= 1 ? "constant" : "growing" },
            ...(factorValue !== undefined && factorValue <= 1 && factorKey.state === "present" ? { factor: { value: factorValue, node: factorKey.prop } } : {}),
            site,
            ...(optionNode ? { optionNode } : {}),
            ...(options ? { optionsObject: options } : {}),
        });
    }
    return result;
}
/** What a retry library call re-attempts: an inline callback, a local function, or a parameter (generic helper). */
function libraryOperation(analysis, operation) {
    const expr = (0, ast_1.unwrap)(operation);
    if (typescript_1.default.isArrowFunction(expr) || typescript_1.default.isFunctionExpression(expr))
        return operationIn(analysis, expr);
    if (typescript_1.default.isIdentifier(expr)) {
        const decl = (0, file_index_1.lookup)(analysis.index, expr.text, expr);
        if (decl?.kind === "parameter")
            return { llm: false, generic: true };
        if (decl?.kind === "function" && (0, ast_1.isFunctionLike)(decl.node))
            return { llm: analysis.llmFunctions.has(decl.node), generic: false };
        if (decl?.kind === "variable" && decl.init) {
            const init = (0, ast_1.unwrap)(decl.init);
            if ((typescript_1.default.isArrowFunction(init) || typescript_1.default.isFunctionExpression(init)) && analysis.llmFunctions.has(init))
                return { llm: true, generic: false };
        }
    }
    return { llm: false, generic: false };
}
const REQUEUE_METHOD = /^(push|unshift|add|enqueue)$/;
/** The last name of the receiver: `this.queue`, `retryQueue`, `jobs`, `pendingTasks`; not `failedJobs`, `doneTasks`. */
const QUEUE_NAME = /^\w*(queue|jobs|tasks)$|^(pending|backlog)\w*$/i;
const NOT_A_QUEUE = /fail|error|dead|reject|skip|done|complete|finish|processed|result|seen|visited|log/i;
const ATTEMPT_OPTION = /^(attempts|maxAttempts|retries|maxRetries)$/;
/**
 * `catch { queue.push(job); }` around an LLM call that used `job`: the failed job goes back on the queue it came
 * from. Bounded by an attempt count compared in the function (`if (job.attempts < 3)`, `attempts: job.attempts + 1`
 * then a check), or by an `attempts` option of the queue's own (`queue.add(name, data, { attempts: 3 })`).
 */
function requeues(analysis) {
    const { index } = analysis;
    const result = [];
    for (const call of index.calls) {
        const callee = (0, ast_1.unwrap)(call.expression);
        if (!typescript_1.default.isPropertyAccessExpression(callee) || !REQUEUE_METHOD.test(callee.name.text))
            continue;
        const attempt = failedAttempt(analysis, call);
        if (!attempt)
            continue;
        const queue = (0, ast_1.unwrap)(callee.expression).getText(index.sourceFile);
        const reads = referencesOf(attempt, index.sourceFile);
        const item = call.arguments.map((a) => (0, ast_1.unwrap)(a)).find((a) => typescript_1.default.isIdentifier(a) && reads.has(a.text) && requeuedItem(analysis, a, queue, attempt));
        if (!item)
            continue;
        const fn = (0, ast_1.enclosingFunction)(call);
        let bounded = false;
        let attempts;
        for (const arg of call.arguments) {
            const options = (0, ast_1.unwrap)(arg);
            if (!typescript_1.default.isObjectLiteralExpression(options))
                continue;
            for (const prop of options.properties) {
                const name = prop.name && (typescript_1.default.isIdentifier(prop.name) || typescript_1.default.isStringLiteral(prop.name)) ? prop.name.text : undefined;
                if (!name || !ATTEMPT_OPTION.test(name) || !typescript_1.default.isPropertyAssignment(prop))
                    continue;
                const value = (0, values_1.staticNumber)(index, prop.initializer);
                if (value !== undefined && Number.isFinite(value)) {
                    bounded = true;
                    attempts = /retries/i.test(name) ? value + 1 : value;
                }
            }
        }
        if (!bounded && fn) {
            // A count kept on the job or beside it, compared somewhere in the function.
            const counters = (0, loops_1.updatedWithin)(index, fn);
            for (const ref of referencesOf(fn, index.sourceFile))
                if (ref.startsWith(`${item.text}.`))
                    counters.add(ref);
            const cap = checkedIn(analysis, fn, counters, false);
            if (cap.capped) {
                bounded = true;
                attempts = attemptsFromCap(cap);
            }
        }
        result.push({
            kind: "requeue",
            node: call,
            range: { start: callee.name.getStart(index.sourceFile), end: call.getEnd() },
            llm: true,
            bounded,
            ...(attempts !== undefined ? { attempts } : {}),
            delay: { kind: "none" },
            queue,
        });
    }
    return result;
}
/** The LLM call's try block, or the `.catch()` receiver, whose failure path `call` is in (the same function, or a callback of a wait). */
function failedAttempt(analysis, call) {
    for (let current = call.parent; current && !typescript_1.default.isSourceFile(current); current = current.parent) {
        if (typescript_1.default.isCatchClause(current)) {
            const block = current.parent.tryBlock;
            return operationIn(analysis, block).llm ? block : undefined;
        }
        if (!(0, ast_1.isFunctionLike)(current))
            continue;
        const outer = current.parent;
        if (!typescript_1.default.isCallExpression(outer))
            return undefined;
        const outerCallee = outer.expression;
        if (typescript_1.default.isPropertyAccessExpression(outerCallee) && ((outerCallee.name.text === "catch" && outer.arguments[0] === current) || (outerCallee.name.text === "then" && outer.arguments[1] === current))) {
            return operationIn(analysis, outerCallee.expression).llm ? outerCallee.expression : undefined;
        }
        if (!(typescript_1.default.isIdentifier(outerCallee) && outerCallee.text === "setTimeout"))
            return undefined;
    }
    return undefined;
}
/** The item pushed is the one taken from that queue (`const job = queue.shift()`), or the queue is named as one. */
function requeuedItem(analysis, item, queue, attempt) {
    const last = queue.split(".").pop();
    if (NOT_A_QUEUE.test(last))
        return false;
    if (QUEUE_NAME.test(last))
        return true;
    const decl = (0, file_index_1.lookup)(analysis.index, item.text, item);
    if (!decl || decl.kind !== "variable" || !decl.init || (0, ast_1.contains)(attempt, decl.node))
        return false;
    const init = (0, ast_1.unwrap)(decl.init);
    return typescript_1.default.isCallExpression(init) && typescript_1.default.isPropertyAccessExpression(init.expression) && /^(shift|pop|dequeue|take|next)$/.test(init.expression.name.text) && (0, ast_1.unwrap)(init.expression.expression).getText(analysis.index.sourceFile) === queue;
}
//# sourceMappingURL=retry.js.map