"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.readsHumanInput = readsHumanInput;
exports.findUncappedAgentLoops = findUncappedAgentLoops;
exports.findAgentRuntimes = findAgentRuntimes;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const analysis_1 = require("./analysis");
const file_index_1 = require("../syntax/file-index");
const human_input_1 = require("../sdk/profiles/human-input");
const retry_1 = require("./retry");
const loops_1 = require("./loops");
const agent_runtimes_1 = require("./agent-runtimes");
/** Reads from a person: such a loop is a chat REPL, bounded by the person, not an agent loop. */
const HUMAN_INPUT = /(^|\.)(question|prompt\w*|readline|readLine|getUserInput|ask|askUser|askQuestion|confirm\w*|input)$/;
/** Methods that grow an array (or set) in place, or a conversation builder (`builder.addToolResults(results)`). */
const GROWS = /^(?:push|unshift|splice|set|add|add[A-Z][\w$]*)$/;
function callsWithin(analysis, scope) {
    const owner = (0, ast_1.enclosingFunction)(scope);
    return analysis.llmCalls.filter((c) => (0, ast_1.contains)(scope, c.node) && runsInline(c.node, owner));
}
/** A call runs as part of its scope's function: no function boundary between them other than inline callbacks. */
function runsInline(node, owner) {
    let current = node.parent;
    while (current && current !== owner) {
        if ((0, ast_1.isFunctionLike)(current)) {
            const parent = current.parent;
            const inlineCallback = (typescript_1.default.isArrowFunction(current) || typescript_1.default.isFunctionExpression(current)) && parent && typescript_1.default.isCallExpression(parent);
            if (!inlineCallback)
                return false;
        }
        current = current.parent;
    }
    return true;
}
/** The loop reads from a person each turn (`rl.question`, stdin, `for await (const line of rl)`): a chat REPL. */
function readsHumanInput(analysis, scope) {
    if (typescript_1.default.isForOfStatement(scope) && scope.awaitModifier)
        return true;
    return callsReadHuman(analysis, scope, 0);
}
const humanFunctions = new WeakMap();
/** A call of a terminal prompt library's export (`text({ message })` from @clack/prompts, `inquirer.prompt(...)`). */
function promptsPerson(analysis, call) {
    const callee = (0, ast_1.unwrap)(call.expression);
    const root = typescript_1.default.isPropertyAccessExpression(callee) ? (0, ast_1.unwrap)(callee.expression) : callee;
    if (!typescript_1.default.isIdentifier(root))
        return false;
    const decl = (0, file_index_1.lookup)(analysis.index, root.text, root);
    if (decl?.kind !== "import" || !decl.module)
        return false;
    const library = human_input_1.HUMAN_INPUT_EXPORTS.find((l) => l.module === decl.module);
    if (!library)
        return false;
    // `text(...)`, `inquirer.prompt(...)` (default or namespace import), `clack.text(...)`.
    const name = root === callee ? decl.importName : typescript_1.default.isPropertyAccessExpression(callee) && (decl.importName === "*" || decl.importName === "default") ? callee.name.text : undefined;
    return !!name && library.exports.includes(name);
}
/** Calls in scope that read from a person: readline and friends, or a local function that does (`await confirm(q)`). */
function callsReadHuman(analysis, scope, depth) {
    for (const call of analysis.index.calls) {
        if (!(0, ast_1.contains)(scope, call))
            continue;
        const text = call.expression.getText(analysis.index.sourceFile);
        if (HUMAN_INPUT.test(text) || /stdin|readline/i.test(text) || promptsPerson(analysis, call))
            return true;
        if (depth >= 3)
            continue;
        const fn = (0, analysis_1.resolveLocalFunction)(analysis.index, call);
        if (!fn || (0, ast_1.contains)(fn, scope))
            continue;
        let memo = humanFunctions.get(analysis);
        if (!memo) {
            memo = new Map();
            humanFunctions.set(analysis, memo);
        }
        let reads = memo.get(fn);
        if (reads === undefined) {
            memo.set(fn, false); // cycles
            reads = !!fn.body && callsReadHuman(analysis, fn.body, depth + 1);
            memo.set(fn, reads);
        }
        if (reads)
            return true;
    }
    return false;
}
/** The text of a reference: an identifier or a property chain of one or of `this` (`state.messages`, `this.history`). */
function referenceText(node) {
    // Iterative, and no text for chains too long to be a reference anyone compares (a 5,000-link chain).
    if (node.end - node.pos > loops_1.MAX_REFERENCE_LENGTH)
        return undefined;
    const names = [];
    let e = (0, ast_1.unwrap)(node);
    while (typescript_1.default.isPropertyAccessExpression(e)) {
        names.push(e.name.text);
        if (e.expression.kind === typescript_1.default.SyntaxKind.ThisKeyword) {
            names.push("this");
            return names.reverse().join(".");
        }
        e = (0, ast_1.unwrap)(e.expression);
    }
    if (!typescript_1.default.isIdentifier(e))
        return undefined;
    names.push(e.text);
    return names.reverse().join(".");
}
/** References read by a node: identifiers in expression position and property chains with their prefixes (`state.messages`, `state`). */
function referencesRead(node, into = new Set()) {
    (0, ast_1.walk)(node, (n) => {
        if (typescript_1.default.isPropertyAccessExpression(n)) {
            const text = referenceText(n);
            if (text)
                into.add(text);
        }
        else if (typescript_1.default.isIdentifier(n)) {
            // Not the name of `a.name` nor the key of `{ name: value }`.
            const parent = n.parent;
            if (!((typescript_1.default.isPropertyAccessExpression(parent) || typescript_1.default.isPropertyAssignment(parent)) && parent.name === n))
                into.add(n.text);
        }
    });
    return into;
}
/** References used by the arguments of a call. */
function argumentRoots(call) {
    const roots = new Set();
    for (const arg of call.arguments)
        referencesRead(arg, roots);
    return roots;
}
/** Arrays (and sets, maps) grown in place within a scope: `messages.push(...)`, `this.history.unshift(...)`. */
function grownWithin(analysis, scope) {
    const { index } = analysis;
    const grown = new Map();
    for (const call of index.calls) {
        if (!(0, ast_1.contains)(scope, call))
            continue;
        const callee = (0, ast_1.unwrap)(call.expression);
        if (!typescript_1.default.isPropertyAccessExpression(callee) || !GROWS.test(callee.name.text))
            continue;
        const text = referenceText(callee.expression);
        if (!text)
            continue;
        const list = grown.get(text);
        if (list)
            list.push(call);
        else
            grown.set(text, [call]);
    }
    return grown;
}
function bindingNames(name, into) {
    if (typescript_1.default.isIdentifier(name)) {
        into.add(name.text);
        return;
    }
    for (const element of name.elements)
        if (typescript_1.default.isBindingElement(element))
            bindingNames(element.name, into);
}
/**
 * References within a scope whose value derives from a model call made there: the result (`const res = await llm()`),
 * what is computed from it (`const msg = res.choices[0].message`, tool results of `msg.tool_calls`), and arrays it is pushed onto.
 */
function llmDerived(analysis, scope) {
    const { index } = analysis;
    const calls = analysis.llmCalls.filter((c) => (0, ast_1.contains)(scope, c.node)).map((c) => c.node);
    const tainted = new Set();
    const derives = (expr) => {
        if (calls.some((c) => (0, ast_1.contains)(expr, c)))
            return true;
        for (const ref of referencesRead(expr))
            if (tainted.has(ref))
                return true;
        return false;
    };
    const declarations = [];
    const iterations = [];
    const visit = (n) => {
        if (typescript_1.default.isVariableDeclaration(n) && n.initializer)
            declarations.push(n);
        if ((typescript_1.default.isForOfStatement(n) || typescript_1.default.isForInStatement(n)) && typescript_1.default.isVariableDeclarationList(n.initializer))
            iterations.push(n);
    };
    (0, ast_1.walk)(scope, visit);
    const assignments = index.assignments.filter((a) => (0, ast_1.contains)(scope, a));
    const grown = [...grownWithin(analysis, scope)];
    for (let round = 0; round < 10; round++) {
        const before = tainted.size;
        for (const d of declarations)
            if (derives(d.initializer))
                bindingNames(d.name, tainted);
        for (const loop of iterations) {
            if (!derives(loop.expression))
                continue;
            for (const d of loop.initializer.declarations)
                bindingNames(d.name, tainted);
        }
        for (const a of assignments) {
            if (!derives(a.right))
                continue;
            const text = referenceText(a.left);
            if (text)
                tainted.add(text);
            else if (typescript_1.default.isObjectLiteralExpression(a.left) || typescript_1.default.isArrayLiteralExpression(a.left))
                referencesRead(a.left, tainted);
        }
        for (const [name, pushes] of grown)
            if (pushes.some((p) => p.arguments.some((arg) => derives(arg))))
                tainted.add(name);
        if (tainted.size === before)
            break;
    }
    return tainted;
}
/** A reference that keeps its value from one iteration to the next: not declared inside the loop body. */
function persistsAcross(analysis, body, ref, at) {
    const root = ref.split(".")[0];
    if (root === "this")
        return true;
    const decl = (0, file_index_1.lookup)(analysis.index, root, at);
    return !decl || !(0, ast_1.contains)(body, decl.node);
}
/**
 * The loop feeds results back: the model call reads an array the loop grows, or a reference the loop sets from a
 * model result; or the loop's condition reads such a reference (it runs until the model says it is done).
 */
function feedsBack(analysis, loop, call) {
    const { index } = analysis;
    const sf = index.sourceFile;
    const body = loop.statement;
    const grown = grownWithin(analysis, body);
    const assigned = (0, loops_1.updatedWithin)(index, body);
    const tainted = llmDerived(analysis, body);
    const roots = argumentRoots(call.node);
    // A method of this class that makes the call reads its fields (this.messages), and may grow them itself.
    // (A function of another module reads that module's fields, not this loop's.)
    const via = call.viaHome ? undefined : call.viaFunction;
    if (via && via.body) {
        const fields = fieldsRead(via, sf);
        for (const field of fields)
            roots.add(field);
        for (const field of grownWithin(analysis, via.body).keys())
            if (fields.has(field))
                return true;
    }
    for (const root of roots) {
        if (!persistsAcross(analysis, body, root, call.node))
            continue;
        if (grown.has(root))
            return true;
        if (assigned.has(root) && tainted.has(root))
            return true;
    }
    const condition = typescript_1.default.isWhileStatement(loop) || typescript_1.default.isDoStatement(loop) ? loop.expression : typescript_1.default.isForStatement(loop) ? loop.condition : undefined;
    if (condition) {
        for (const ref of referencesRead(condition)) {
            if ((assigned.has(ref) || grown.has(ref)) && tainted.has(ref) && persistsAcross(analysis, body, ref, condition))
                return true;
        }
    }
    return false;
}
function fieldsRead(fn, sourceFile) {
    const fields = new Set();
    if (fn.body) {
        (0, ast_1.walk)(fn.body, (n) => {
            if (typescript_1.default.isPropertyAccessExpression(n) && n.expression.kind === typescript_1.default.SyntaxKind.ThisKeyword)
                fields.add(n.getText(sourceFile));
        });
    }
    return fields;
}
/** `if (messages.length > 40) break`: the length of an array the loop grows every turn is a counter too. */
function lengthCap(analysis, loop, grown) {
    const counters = new Set();
    for (const name of grown)
        counters.add(`${name}.length`);
    if (!counters.size)
        return false;
    const condition = typescript_1.default.isWhileStatement(loop) || typescript_1.default.isDoStatement(loop) ? loop.expression : typescript_1.default.isForStatement(loop) ? loop.condition : undefined;
    if (condition && (0, loops_1.countingCondition)(analysis.index, condition, counters).capped)
        return true;
    return (0, loops_1.exitingIfs)(loop.statement).some((s) => (0, loops_1.countingCondition)(analysis.index, s.expression, counters).capped);
}
const cache = new WeakMap();
/** Loops and recursions that call a model again with the results of the previous call, with no hard cap. */
function findUncappedAgentLoops(analysis) {
    return agentLoops(analysis).loops;
}
/** The file's agent runtimes whose loop stops only at a cap the caller passes (`opts.maxSteps ?? Infinity`). */
function findAgentRuntimes(analysis) {
    return agentLoops(analysis).runtimes;
}
function agentLoops(analysis) {
    const cached = cache.get(analysis);
    if (cached)
        return cached;
    const { index } = analysis;
    const runtimes = [];
    const retries = (0, retry_1.findRetryConstructs)(analysis);
    const retryNodes = new Set(retries.map((r) => r.node));
    const found = [];
    for (const loop of index.loops) {
        if ((0, loops_1.isCollectionLoop)(loop) || retryNodes.has(loop))
            continue;
        const calls = callsWithin(analysis, loop.statement);
        if (calls.length === 0)
            continue;
        const call = calls.find((c) => feedsBack(analysis, loop, c)) ?? (readsStopReason(analysis, loop) ? calls[0] : undefined);
        if (!call)
            continue;
        if (readsHumanInput(analysis, loop))
            continue;
        const cap = (0, loops_1.loopCap)(index, loop);
        if (cap.capped) {
            const runtime = cap.clock ? undefined : (0, agent_runtimes_1.runtimeOf)(index, loop, cap.check);
            if (runtime && !runtimes.some((r) => r.fn === runtime.fn))
                runtimes.push(runtime);
            continue;
        }
        if (lengthCap(analysis, loop, grownWithin(analysis, loop.statement).keys()))
            continue;
        // An uncapped loop nested in a capped one is still reported: the outer cap does not bound the inner loop.
        found.push({ kind: "loop", node: loop, range: (0, loops_1.loopKeywordRange)(loop, index.sourceFile), call, loop });
    }
    // Recursion: a function that calls a model and then itself with what came of it (not from a catch: that is a retry).
    const retryCalls = new Set(retries.filter((r) => r.kind === "recursion").map((r) => r.node));
    for (const call of index.calls) {
        if (retryCalls.has(call))
            continue;
        const fn = (0, analysis_1.resolveLocalFunction)(index, call);
        if (!fn || !fn.body || !(0, ast_1.contains)(fn, call) || !analysis.llmFunctions.has(fn))
            continue;
        const direct = analysis.llmCalls.find((c) => c.node !== call && (0, ast_1.contains)(fn, c.node) && c.node.pos < call.pos);
        if (!direct)
            continue;
        if (!recursesWithResults(analysis, fn, call))
            continue;
        if (hasDepthCheck(analysis, fn, call))
            continue;
        // A person decides each round (`if (await confirm("Regenerate?")) generate()`): bounded by the person, like a chat REPL.
        if (readsHumanInput(analysis, fn.body))
            continue;
        const callee = (0, ast_1.unwrap)(call.expression);
        const nameNode = typescript_1.default.isPropertyAccessExpression(callee) ? callee.name : callee;
        found.push({
            kind: "recursion",
            node: call,
            range: { start: nameNode.getStart(index.sourceFile), end: call.getEnd() },
            call: direct,
            name: nameNode.getText(index.sourceFile),
        });
    }
    const result = { loops: found, runtimes };
    cache.set(analysis, result);
    return result;
}
/** Names the APIs give a model's stop reason, and the values that mean "the model wants a tool". */
const STOP_REASON = /\b(finish_reason|finishReason|stop_reason|stopReason|requires_action|tool_calls|toolCalls|tool_use)\b/;
/**
 * The loop runs until the model says it is done: its condition or an exiting `if` reads the stop reason of a model
 * result made in the loop (`while (res.stop_reason === "tool_use")`, `if (r.finish_reason !== "tool_calls") break`).
 */
function readsStopReason(analysis, loop) {
    const sf = analysis.index.sourceFile;
    const condition = typescript_1.default.isWhileStatement(loop) || typescript_1.default.isDoStatement(loop) ? loop.expression : typescript_1.default.isForStatement(loop) ? loop.condition : undefined;
    const checks = [...(condition ? [condition] : []), ...(0, loops_1.exitingIfs)(loop.statement).map((s) => s.expression)].filter((c) => STOP_REASON.test(c.getText(sf)));
    if (!checks.length)
        return false;
    const tainted = llmDerived(analysis, loop.statement);
    return checks.some((c) => [...referencesRead(c)].some((ref) => tainted.has(ref)));
}
/**
 * The recursive call passes on what the model produced: an argument reads an array the function grows or a value
 * derived from a model result (`runAgent([...messages, msg])`); with no arguments, a field the function grows or sets.
 * Recursion over the parts of its input (`for (const c of node.children) summarize(c)`) is bounded by the input.
 */
function recursesWithResults(analysis, fn, call) {
    const { index } = analysis;
    const sf = index.sourceFile;
    const body = fn.body;
    const grown = grownWithin(analysis, body);
    const tainted = llmDerived(analysis, body);
    if (call.arguments.length === 0) {
        const assigned = (0, loops_1.updatedWithin)(index, body);
        for (const field of fieldsRead(fn, sf))
            if (grown.has(field) || (assigned.has(field) && tainted.has(field)))
                return true;
        return false;
    }
    for (const root of argumentRoots(call))
        if (grown.has(root) || tainted.has(root))
            return true;
    return false;
}
/**
 * A recursive agent is capped when, before recursing, it compares a parameter (depth, step, turn) or a clock and
 * stops: the comparison guards a return or throw, or the recursive call itself.
 */
function hasDepthCheck(analysis, fn, call) {
    const params = new Set();
    for (const p of fn.parameters)
        bindingNames(p.name, params);
    const { sourceFile } = analysis.index;
    const carried = carriedCounters(analysis, fn, call);
    for (const comparison of comparisonsIn(fn)) {
        if (!guards(comparison, call))
            continue;
        if (carried) {
            const counter = carriedCounter(comparison, carried);
            // `if (steps >= MAX) return; ... run({ ...opts, steps: steps + 1 })`: a depth the call carries.
            if (counter === "advanced")
                return true;
            if (counter === "kept")
                continue;
        }
        const text = comparison.getText(sourceFile);
        for (const p of params)
            if (new RegExp(`(^|[^\\w$.])${p.replace(/\$/g, "\\$")}(?![\\w$])`).test(text))
                return true;
        if (/Date\.now|performance\.now/.test(text) || readsCounterName(comparison))
            return true;
    }
    return false;
}
/** A name that says it counts rounds: `depth`, `currentDepth`, `maxSteps`, `turnCount`, `attemptNo` (not `turnResults`). */
const COUNTER_NAME = /(?:depth|steps?|turns?|iterations?|attempts?)(?:count|num|number|index|idx|no)?$/i;
function readsCounterName(comparison) {
    let found = false;
    (0, ast_1.walk)(comparison, (n) => {
        if (typescript_1.default.isIdentifier(n) && COUNTER_NAME.test(n.text))
            found = true;
    });
    return found;
}
/**
 * Counters a recursive call carries in the options object it passes on (`run({ ...params, emptyTurns: 0 })`), when
 * the function reads them from its own parameter (`const { emptyTurns = 0 } = params`): for each, whether this call
 * advances it (`steps: steps + 1`) or not (reset to a number, or left as it was under a spread). A comparison of a
 * counter this call resets — a guard on consecutive empty replies, say — does not bound this recursion.
 * Undefined when the call passes no object literal.
 */
function carriedCounters(analysis, fn, call) {
    const arg = call.arguments.map((a) => (0, ast_1.unwrap)(a)).find(typescript_1.default.isObjectLiteralExpression);
    if (!arg)
        return undefined;
    const paramNames = new Set();
    for (const p of fn.parameters)
        bindingNames(p.name, paramNames);
    const set = new Map();
    for (const prop of arg.properties) {
        if (typescript_1.default.isPropertyAssignment(prop) && (typescript_1.default.isIdentifier(prop.name) || typescript_1.default.isStringLiteral(prop.name)))
            set.set(prop.name.text, prop.initializer);
        else if (typescript_1.default.isShorthandPropertyAssignment(prop))
            set.set(prop.name.text, prop.name);
    }
    const hasSpread = arg.properties.some(typescript_1.default.isSpreadAssignment);
    const carried = new Map();
    for (const decl of analysis.index.declarations.values()) {
        for (const d of decl) {
            if (d.path?.length !== 1 || !(0, ast_1.contains)(fn, d.node))
                continue;
            // Destructured from the parameter: in its binding pattern, or `const { x } = params`.
            const fromParam = d.kind === "parameter" ? fn.parameters.some((p) => (0, ast_1.contains)(p, d.node)) : !!d.init && typescript_1.default.isIdentifier((0, ast_1.unwrap)(d.init)) && paramNames.has((0, ast_1.unwrap)(d.init).text);
            if (!fromParam)
                continue;
            const key = d.path[0];
            const value = set.get(key);
            if (value === undefined) {
                if (hasSpread)
                    carried.set(d.name, false);
                continue;
            }
            const v = (0, ast_1.unwrap)(value);
            carried.set(d.name, !typescript_1.default.isNumericLiteral(v) && !(typescript_1.default.isIdentifier(v) && v.text === d.name));
        }
    }
    return carried;
}
/** Whether the comparison reads a counter the call advances, only counters it resets or keeps, or none. */
function carriedCounter(comparison, carried) {
    let result;
    (0, ast_1.walk)(comparison, (n) => {
        if (typescript_1.default.isIdentifier(n) && carried.has(n.text)) {
            if (carried.get(n.text))
                result = "advanced";
            else
                result ??= "kept";
        }
    });
    return result;
}
const ORDER = new Set([typescript_1.default.SyntaxKind.LessThanToken, typescript_1.default.SyntaxKind.LessThanEqualsToken, typescript_1.default.SyntaxKind.GreaterThanToken, typescript_1.default.SyntaxKind.GreaterThanEqualsToken]);
const EQUALITY = new Set([typescript_1.default.SyntaxKind.EqualsEqualsEqualsToken, typescript_1.default.SyntaxKind.EqualsEqualsToken, typescript_1.default.SyntaxKind.ExclamationEqualsEqualsToken, typescript_1.default.SyntaxKind.ExclamationEqualsToken]);
/**
 * Comparisons in a function's own body, and in the callbacks it runs inline (`items.map(async (q) => ...)`), that can
 * bound a count: `<`, `>=`, and `depth === MAX` (not `x === "done"` or `x !== null`).
 */
function comparisonsIn(fn) {
    const found = [];
    (0, ast_1.walk)(fn, (n) => {
        if (n !== fn && (0, ast_1.isFunctionLike)(n) && !isInlineCallback(n))
            return false;
        if (typescript_1.default.isBinaryExpression(n)) {
            const op = n.operatorToken.kind;
            if (ORDER.has(op))
                found.push(n);
            else if (EQUALITY.has(op) && [n.left, n.right].every((side) => !isStateLiteral((0, ast_1.unwrap)(side))))
                found.push(n);
        }
        return true;
    });
    return found;
}
function isStateLiteral(e) {
    return (typescript_1.default.isStringLiteralLike(e) ||
        e.kind === typescript_1.default.SyntaxKind.NullKeyword ||
        e.kind === typescript_1.default.SyntaxKind.TrueKeyword ||
        e.kind === typescript_1.default.SyntaxKind.FalseKeyword ||
        (typescript_1.default.isIdentifier(e) && e.text === "undefined"));
}
/** An arrow or function expression passed to a call: taken to run within the function that makes the call. */
function isInlineCallback(n) {
    return (typescript_1.default.isArrowFunction(n) || typescript_1.default.isFunctionExpression(n)) && !!n.parent && typescript_1.default.isCallExpression(n.parent) && n.parent.arguments.includes(n);
}
/** The comparison decides whether the function stops or recurses. */
function guards(comparison, call) {
    let child = comparison;
    let current = comparison.parent;
    while (current && !(0, ast_1.isFunctionLike)(current)) {
        if (typescript_1.default.isIfStatement(current) && child === current.expression) {
            if ((0, loops_1.exitsLoop)(current.thenStatement) || (0, ast_1.contains)(current, call))
                return true;
        }
        if (typescript_1.default.isConditionalExpression(current) && child === current.condition && (0, ast_1.contains)(current, call))
            return true;
        if (typescript_1.default.isBinaryExpression(current) &&
            child === current.left &&
            (current.operatorToken.kind === typescript_1.default.SyntaxKind.AmpersandAmpersandToken || current.operatorToken.kind === typescript_1.default.SyntaxKind.BarBarToken) &&
            (0, ast_1.contains)(current.right, call)) {
            return true;
        }
        if (typescript_1.default.isStatement(current))
            return false;
        child = current;
        current = current.parent;
    }
    return false;
}
//# sourceMappingURL=agent-loops.js.map