"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.runtimeOf = runtimeOf;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const values_1 = require("../syntax/values");
/** A binding element's default: `{ maxSteps = 10 }`. */
function bindingDefault(param, key) {
    if (!typescript_1.default.isObjectBindingPattern(param.name))
        return null;
    for (const element of param.name.elements) {
        const name = element.propertyName ?? element.name;
        if (typescript_1.default.isIdentifier(name) && name.text === key)
            return element.initializer;
    }
    return null;
}
/** A default that leaves the cap to the caller: none, `Infinity`, `undefined`. */
function noFiniteDefault(index, value) {
    if (!value)
        return true;
    const e = (0, ast_1.unwrap)(value);
    if (typescript_1.default.isIdentifier(e) && e.text === "undefined")
        return true;
    const n = (0, values_1.staticNumber)(index, e);
    if (n === undefined)
        return undefined;
    return !Number.isFinite(n);
}
function isInfinity(index, value) {
    const n = value ? (0, values_1.staticNumber)(index, value) : undefined;
    return n !== undefined && !Number.isFinite(n);
}
/** Where a loop bound comes from, when it is a caller's option with no finite default. */
function callerCap(index, fn, bound, depth = 0) {
    if (depth > 6)
        return undefined;
    const e = (0, ast_1.unwrap)(bound);
    const n = (0, values_1.staticNumber)(index, e);
    if (n !== undefined)
        return Number.isFinite(n) ? "finite" : undefined;
    if (typescript_1.default.isBinaryExpression(e) && (e.operatorToken.kind === typescript_1.default.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === typescript_1.default.SyntaxKind.BarBarToken)) {
        const fallback = noFiniteDefault(index, e.right);
        if (fallback === undefined)
            return undefined;
        if (!fallback)
            return "finite";
        const inner = callerCap(index, fn, e.left, depth + 1);
        return typeof inner === "object" ? { ...inner, infinite: inner.infinite || isInfinity(index, e.right) } : inner;
    }
    if (typescript_1.default.isPropertyAccessExpression(e) && typescript_1.default.isIdentifier((0, ast_1.unwrap)(e.expression))) {
        const base = (0, ast_1.unwrap)(e.expression);
        const decl = (0, file_index_1.lookup)(index, base.text, base);
        if (decl?.kind !== "parameter" || decl.path?.length || decl.node.parent !== fn)
            return undefined;
        return { param: fn.parameters.indexOf(decl.node), key: e.name.text, infinite: false };
    }
    if (!typescript_1.default.isIdentifier(e))
        return undefined;
    const decl = (0, file_index_1.lookup)(index, e.text, e);
    if (!decl)
        return undefined;
    if (decl.kind === "variable" && !decl.mutable && decl.init) {
        if (!decl.path?.length)
            return callerCap(index, fn, decl.init, depth + 1);
        // `const { maxSteps = Infinity } = opts`
        if (decl.path.length !== 1 || !typescript_1.default.isVariableDeclaration(decl.node))
            return undefined;
        const fallback = bindingDefault(decl.node, decl.path[0]);
        if (fallback !== null && !noFiniteDefault(index, fallback))
            return fallback ? "finite" : undefined;
        const source = (0, ast_1.unwrap)(decl.init);
        if (!typescript_1.default.isIdentifier(source))
            return undefined;
        const param = (0, file_index_1.lookup)(index, source.text, source);
        if (param?.kind !== "parameter" || param.path?.length || param.node.parent !== fn)
            return undefined;
        return { param: fn.parameters.indexOf(param.node), key: decl.path[0], infinite: isInfinity(index, fallback ?? undefined) };
    }
    if (decl.kind !== "parameter" || decl.node.parent !== fn)
        return undefined;
    const param = decl.node;
    const index_ = fn.parameters.indexOf(param);
    if (decl.path?.length === 1) {
        // `function runAgent(task, { maxSteps }: Options = {})`
        const fallback = bindingDefault(param, decl.path[0]);
        if (fallback === null || noFiniteDefault(index, fallback) !== true)
            return fallback ? "finite" : undefined;
        return { param: index_, key: decl.path[0], infinite: isInfinity(index, fallback) };
    }
    if (decl.path?.length)
        return undefined;
    const fallback = noFiniteDefault(index, param.initializer);
    if (fallback === undefined)
        return undefined;
    return fallback ? { param: index_, infinite: isInfinity(index, param.initializer) } : "finite";
}
/** The runtime whose capped loop `check` bounds, when the bound is left to the caller. */
function runtimeOf(index, loop, check) {
    const fn = (0, ast_1.enclosingFunction)(loop);
    if (!fn || !check || !typescript_1.default.isBinaryExpression(check))
        return undefined;
    for (const side of [check.right, check.left]) {
        const cap = callerCap(index, fn, side);
        if (typeof cap !== "object" || cap.param < 0)
            continue;
        const param = fn.parameters[cap.param];
        const condition = typescript_1.default.isForStatement(loop) ? loop.condition : typescript_1.default.isWhileStatement(loop) || typescript_1.default.isDoStatement(loop) ? loop.expression : undefined;
        const inCondition = !!condition && condition.pos <= check.pos && check.end <= condition.end;
        return {
            fn,
            loop,
            param: cap.param,
            ...(cap.key ? { key: cap.key } : {}),
            paramName: param.name.getText(index.sourceFile),
            missingUncapped: cap.infinite || !inCondition,
        };
    }
    return undefined;
}
//# sourceMappingURL=agent-runtimes.js.map