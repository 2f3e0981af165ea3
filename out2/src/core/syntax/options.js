"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.lookupKey = lookupKey;
exports.lookupAnyKey = lookupAnyKey;
exports.optionsOwner = optionsOwner;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("./ast");
const file_index_1 = require("./file-index");
const values_1 = require("./values");
const MAX_DEPTH = 8;
function flat(node, sf) {
    return node.getText(sf).replace(/\s+/g, " ");
}
function negate(cond, sf) {
    const e = (0, ast_1.unwrap)(cond);
    if (typescript_1.default.isPrefixUnaryExpression(e) && e.operator === typescript_1.default.SyntaxKind.ExclamationToken)
        return flat(e.operand, sf);
    const simple = typescript_1.default.isIdentifier(e) || typescript_1.default.isPropertyAccessExpression(e) || typescript_1.default.isCallExpression(e);
    return simple ? `!${flat(e, sf)}` : `!(${flat(e, sf)})`;
}
function both(a, b) {
    return a && b ? `${a} && ${b}` : (a ?? b);
}
/** The entries a spread adds: a const object, `cond ? {...} : {...}`, `cond && {...}`; else one unknown entry. */
function spreadEntries(index, expr, owner, depth) {
    const e = (0, ast_1.unwrap)(expr);
    const sf = index.sourceFile;
    if (typescript_1.default.isConditionalExpression(e)) {
        const side = (branch, yes) => spreadEntries(index, branch, owner, depth + 1).map((x) => ({
            ...x,
            when: both(yes ? flat(e.condition, sf) : negate(e.condition, sf), x.when),
            ...(x.when ? {} : { branch: { node: e, yes } }),
        }));
        return [...side(e.whenTrue, true), ...side(e.whenFalse, false)];
    }
    if (typescript_1.default.isBinaryExpression(e) && e.operatorToken.kind === typescript_1.default.SyntaxKind.AmpersandAmpersandToken) {
        return spreadEntries(index, e.right, owner, depth + 1).map((x) => ({ ...x, when: both(flat(e.left, sf), x.when) }));
    }
    // A setting at the default its config class gives it (`...(context.EXTRA_PARAMS || {})` with `EXTRA_PARAMS = {}`):
    // an object literal default is what is spread (a default object is truthy, so `|| {}` / `?? {}` keep it).
    const setting = typescript_1.default.isBinaryExpression(e) && (e.operatorToken.kind === typescript_1.default.SyntaxKind.BarBarToken || e.operatorToken.kind === typescript_1.default.SyntaxKind.QuestionQuestionToken) ? e.left : e;
    const defaulted = depth < 8 ? (0, file_index_1.settingDefault)(index, setting) : undefined;
    if (defaulted && typescript_1.default.isObjectLiteralExpression((0, ast_1.unwrap)(defaulted)))
        return spreadEntries((0, file_index_1.indexFor)(index, defaulted), defaulted, owner, depth + 1);
    const view = viewOf(index, e, depth + 1);
    return view ? view.entries : [{ prop: expr, owner }];
}
/** Where a literal sits under a variable: `const opts = { config: { ... } }` gives opts and ["config"] for the inner one. */
function variablePath(literal) {
    const path = [];
    let node = literal;
    for (;;) {
        const parent = node.parent;
        if (!parent)
            return undefined;
        if (typescript_1.default.isParenthesizedExpression(parent) || typescript_1.default.isAsExpression(parent) || typescript_1.default.isSatisfiesExpression(parent) || typescript_1.default.isTypeAssertionExpression(parent))
            node = parent;
        else if (typescript_1.default.isPropertyAssignment(parent) && parent.initializer === node) {
            const name = (0, ast_1.propertyNameText)(parent.name);
            if (name === undefined)
                return undefined;
            path.unshift(name);
            node = parent.parent;
        }
        else
            break;
    }
    const decl = node.parent;
    return decl && typescript_1.default.isVariableDeclaration(decl) && decl.initializer === node && typescript_1.default.isIdentifier(decl.name) ? { decl, path } : undefined;
}
const mutationCache = new WeakMap();
function accessChain(index, expr) {
    const chain = [];
    let e = (0, ast_1.unwrap)(expr);
    while (typescript_1.default.isPropertyAccessExpression(e) || typescript_1.default.isElementAccessExpression(e)) {
        if (typescript_1.default.isPropertyAccessExpression(e))
            chain.unshift(e.name.text);
        else {
            const arg = (0, ast_1.unwrap)(e.argumentExpression);
            chain.unshift(typescript_1.default.isStringLiteralLike(arg) ? arg.text : null);
        }
        e = (0, ast_1.unwrap)(e.expression);
    }
    if (!typescript_1.default.isIdentifier(e))
        return undefined;
    const decl = (0, file_index_1.lookup)(index, e.text, e);
    return decl?.kind === "variable" ? { decl: decl.node, chain } : undefined;
}
function mutationsOf(index, decl) {
    let byDecl = mutationCache.get(index);
    if (!byDecl) {
        byDecl = new Map();
        const add = (d, m) => {
            const list = byDecl.get(d) ?? [];
            list.push(m);
            byDecl.set(d, list);
        };
        for (const assignment of index.assignments) {
            const target = accessChain(index, assignment.left);
            if (target)
                add(target.decl, { chain: target.chain, node: assignment, value: assignment.right });
        }
        for (const call of index.calls) {
            if (call.arguments.length < 2 || call.expression.getText(index.sourceFile) !== "Object.assign")
                continue;
            const target = accessChain(index, call.arguments[0]);
            if (target)
                add(target.decl, { chain: target.chain, node: call, sources: call.arguments.slice(1) });
        }
        mutationCache.set(index, byDecl);
    }
    return byDecl.get(decl) ?? [];
}
/** What the file does to a literal after building it: keys it sets, objects it assigns into it, reassignments. */
function mutationEntries(index, literal, depth) {
    const at = variablePath(literal);
    if (!at)
        return [];
    const out = [];
    const { path } = at;
    const samePath = (chain) => path.every((p, i) => chain[i] === p);
    for (const m of mutationsOf(index, at.decl)) {
        if (m.chain.length < path.length || !samePath(m.chain))
            continue;
        if (m.sources) {
            if (m.chain.length !== path.length)
                continue;
            for (const source of m.sources)
                out.push(...spreadEntries(index, source, literal, depth + 1));
            continue;
        }
        if (m.chain.length === 0)
            out.push({ prop: m.node, owner: literal }); // `v = ...`: its value is no longer the literal
        else if (m.chain.length === path.length + 1) {
            const name = m.chain[path.length];
            out.push(name === null ? { prop: m.node, owner: literal } : { name, prop: m.node, value: m.value, owner: literal });
        }
    }
    return out;
}
function viewOf(index, node, depth) {
    if (depth > MAX_DEPTH)
        return undefined;
    const e = (0, ast_1.unwrap)(node);
    if (typescript_1.default.isObjectLiteralExpression(e)) {
        const entries = [];
        for (const prop of e.properties) {
            if (typescript_1.default.isSpreadAssignment(prop)) {
                entries.push(...spreadEntries(index, prop.expression, e, depth).map((x) => ({ ...x, via: prop })));
                continue;
            }
            const name = (0, ast_1.propertyNameText)(prop.name);
            entries.push(name === undefined ? { prop, owner: e } : { name, prop, value: (0, ast_1.propertyValue)(prop), owner: e });
        }
        entries.push(...mutationEntries(index, e, depth));
        return { owner: e, entries };
    }
    if (typescript_1.default.isIdentifier(e)) {
        const decl = (0, file_index_1.lookupValue)(index, e.text, e);
        if (decl && decl.kind === "variable" && decl.init && !decl.path?.length)
            return viewOf(index, decl.init, depth + 1);
        return undefined;
    }
    // A JSON request body: `JSON.stringify({ ... })` carries the object's keys.
    if ((0, values_1.isJsonStringify)(e))
        return viewOf(index, e.arguments[0], depth + 1);
    // A body built by a helper of the file: `Body: createBody(model, messages)` with `const createBody = (...) => ({...})`.
    const built = typescript_1.default.isCallExpression(e) ? helperResult(index, e) : undefined;
    if (built)
        return viewOf(index, built, depth + 1);
    // Object.assign({}, a, b) / Object.assign(target, ...): the target, then each source.
    if (typescript_1.default.isCallExpression(e) && e.arguments.length > 0 && e.expression.getText(index.sourceFile) === "Object.assign") {
        const target = viewOf(index, e.arguments[0], depth + 1);
        if (!target)
            return undefined;
        const entries = [...target.entries];
        for (const source of e.arguments.slice(1))
            entries.push(...spreadEntries(index, source, target.owner, depth));
        return { owner: target.owner, entries };
    }
    return undefined;
}
/**
 * What a call of a function the file declares returns, when that is one expression: an arrow's expression body, or
 * the only `return` of a body (`const body = (m) => JSON.stringify({ inputs, parameters })`). Its parameters stay
 * unknown where it reads them.
 */
function helperResult(index, call) {
    const callee = (0, ast_1.unwrap)(call.expression);
    if (!typescript_1.default.isIdentifier(callee))
        return undefined;
    const decl = (0, file_index_1.lookup)(index, callee.text, callee);
    const fn = decl?.kind === "function" ? decl.node : decl?.kind === "variable" && !decl.mutable && !decl.path?.length && decl.init ? (0, ast_1.unwrap)(decl.init) : undefined;
    if (!fn || !(typescript_1.default.isFunctionDeclaration(fn) || typescript_1.default.isArrowFunction(fn) || typescript_1.default.isFunctionExpression(fn)) || !fn.body)
        return undefined;
    if (!typescript_1.default.isBlock(fn.body))
        return fn.body;
    const returns = [];
    const visit = (node) => {
        if (typescript_1.default.isFunctionLike(node) || typescript_1.default.isClassLike(node))
            return;
        if (typescript_1.default.isReturnStatement(node))
            returns.push(node);
        typescript_1.default.forEachChild(node, visit);
    };
    typescript_1.default.forEachChild(fn.body, visit);
    const only = returns.length === 1 ? returns[0] : undefined;
    return only?.expression && fn.body.statements[fn.body.statements.length - 1] === only ? only.expression : undefined;
}
/** Two entries set on the two branches of one `cond ? {...} : {...}`: together, whatever `cond` is. */
function complementary(entries) {
    return entries.some((a) => a.branch && entries.some((b) => b.branch && b.branch.node === a.branch.node && b.branch.yes !== a.branch.yes));
}
/** Looks up `parts` (each a set of equivalent names: the cap keys of an SDK) from `i` on. */
function lookupIn(index, view, parts, i, outerWhen, depth) {
    const names = parts[i];
    const matches = view.entries.filter((x) => x.name !== undefined && names.has(x.name));
    const lastSet = [...matches].reverse().find((x) => !x.when) ?? (complementary(matches) ? matches[matches.length - 1] : undefined);
    let chosen = lastSet;
    let when = outerWhen;
    if (!chosen) {
        if (view.entries.some((x) => x.name === undefined))
            return { state: "unknown" };
        chosen = matches[matches.length - 1];
        if (!chosen)
            return { state: "absent", owner: view.owner, missing: parts.slice(i).map((p) => [...p][0]) };
        when = both(outerWhen, chosen.when);
    }
    const from = lastSet && !lastSet.when ? matches.indexOf(lastSet) : 0;
    const values = matches.slice(from).flatMap((x) => (x.value ? [x.value] : []));
    if (i === parts.length - 1) {
        const via = !outerWhen && chosen.when && chosen.via && when ? { via: chosen.via } : {};
        return { state: "present", prop: chosen.prop, value: chosen.value, owner: chosen.owner, values, ...(when ? { when } : {}), ...via };
    }
    const next = chosen.value && depth < MAX_DEPTH ? viewOf(index, chosen.value, depth + 1) : undefined;
    return next ? lookupIn(index, next, parts, i + 1, when, depth + 1) : { state: "unknown" };
}
/**
 * Looks up a dotted key ("config.maxOutputTokens") in an options object as the file builds it: an inline literal,
 * a const, spreads of consts, conditional spreads (`...(cond ? { k } : {})`, `...(cond && { k })`), casts,
 * `Object.assign`, and keys assigned afterwards (`opts.k = v`).
 */
function lookupKey(index, obj, dotted) {
    const view = obj ? viewOf(index, obj, 0) : undefined;
    return view ? lookupIn(index, view, dotted.split(".").map((p) => new Set([p])), 0, undefined, 0) : { state: "unknown" };
}
/**
 * Several keys that mean the same (an SDK's cap keys: `max_completion_tokens`, `max_tokens`) looked up as one:
 * set when any is, on whichever branches set them; absent on the first key's owner. Dotted keys one by one.
 */
function lookupAnyKey(index, obj, keys) {
    if (keys.length === 0)
        return { state: "unknown" };
    if (keys.every((k) => !k.includes("."))) {
        const view = obj ? viewOf(index, obj, 0) : undefined;
        return view ? lookupIn(index, view, [new Set(keys)], 0, undefined, 0) : { state: "unknown" };
    }
    let absent;
    const conditional = [];
    for (const key of keys) {
        const found = lookupKey(index, obj, key);
        if (found.state === "present" && !found.when)
            return found;
        if (found.state === "unknown")
            return found;
        if (found.state === "present")
            conditional.push(found);
        else
            absent ??= found;
    }
    // One key on each branch (`...(o1 ? { modelKwargs: { max_completion_tokens: n } } : { maxTokens: n })`): always set.
    for (const a of conditional) {
        const other = conditional.find((b) => b !== a && (b.when === `!${a.when}` || b.when === `!(${a.when})`));
        if (other) {
            const { when: _when, via: _via, ...always } = a;
            return { ...always, values: [...a.values, ...other.values] };
        }
    }
    return conditional[0] ?? absent ?? { state: "unknown" };
}
/** The object literal a fix adds keys to: the options literal itself, or the literal a const holds. */
function optionsOwner(index, obj) {
    return obj ? viewOf(index, obj, 0)?.owner : undefined;
}
//# sourceMappingURL=options.js.map