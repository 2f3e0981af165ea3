"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.estimateWrapperCalls = estimateWrapperCalls;
const node_path_1 = __importDefault(require("node:path"));
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
/** How deep wrappers of wrappers are followed to the model call they make. */
const MAX_WRAPPERS = 4;
/** The model call a wrapper makes: its first direct SDK call, else the first call through another wrapper (in its own module). */
function innerCall(home, fn, depth) {
    if (depth > MAX_WRAPPERS)
        return undefined;
    const within = home.llmCalls.filter((c) => c.node.pos >= fn.pos && c.node.end <= fn.end);
    const direct = within.find((c) => c.site);
    if (direct)
        return { analysis: home, call: direct };
    for (const c of within) {
        if (!c.viaFunction)
            continue;
        const found = innerCall(c.viaHome ?? home, c.viaFunction, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
/** A call of a wrapper of the same file worth listing: given arguments, from outside the wrapper, which makes the model call itself. */
function sameFileWrapperCall(analysis, call, fn) {
    if (fn.parameters.length === 0 || !typescript_1.default.isCallExpression(call.node) || call.node.arguments.length === 0)
        return false;
    if (call.node.pos >= fn.pos && call.node.end <= fn.end)
        return false;
    return analysis.llmCalls.some((c) => c.site && c.node.pos >= fn.pos && c.node.end <= fn.end);
}
/**
 * Calls of the app's own wrappers (`await chatCompletion(messages)` with the wrapper in lib/llm.ts or in this file,
 * a wrapper of a wrapper): each is a model call made from here, estimated as the call the wrapper makes, and said so.
 * The wrapper's own call is listed too, where it is written.
 */
function estimateWrapperCalls(analysis, settings, estimateCalls, loopAround) {
    const out = [];
    for (const call of analysis.llmCalls) {
        if (!call.viaFunction)
            continue;
        // A function of this file: listed where it is called only when it is a wrapper — it takes arguments, is given
        // some, and makes the model call itself (not through further functions of the file, each of which would be
        // listed again; not `main()`, a script's entry) — and not from within itself.
        const fn = call.viaFunction;
        if (!call.viaHome && !sameFileWrapperCall(analysis, call, fn))
            continue;
        const inner = innerCall(call.viaHome ?? analysis, fn, 0);
        if (!inner?.call.site)
            continue;
        const base = estimateCalls(inner.analysis, settings).find((e) => e.node === inner.call.node);
        if (!base)
            continue;
        const sf = inner.analysis.index.sourceFile;
        const file = node_path_1.default.resolve(sf.fileName);
        const line = sf.getLineAndCharacterOfPosition(inner.call.node.getStart(sf)).line + 1;
        const name = (0, ast_1.functionName)(call.viaFunction) ?? "a wrapper";
        // Where it is called decides how often: the loop around this call (the wrapper's own loop, if any, stays).
        const flags = [...base.flags.filter((f) => f !== "in-loop" && f !== "uncapped-loop"), "via-wrapper"];
        const around = base.loop && base.flags.includes("agent-run") ? undefined : loopAround(analysis, call.node);
        const loop = around ? { ...around, worstCaseUsd: around.iterations === null ? null : base.costUsd * around.iterations } : base.flags.includes("agent-run") ? base.loop : undefined;
        if (around)
            flags.push("in-loop", ...(around.iterations === null ? ["uncapped-loop"] : []));
        const { loop: _baseLoop, ...rest } = base;
        out.push({
            ...rest,
            ...(loop ? { loop } : {}),
            node: call.node,
            start: call.node.getStart(analysis.index.sourceFile),
            end: call.node.getEnd(),
            flags,
            assumptions: [`through ${name}() of ${node_path_1.default.basename(file)}: estimated as the call it makes at line ${line}, with what that call shows`, ...base.assumptions],
            via: { name, file, line },
        });
    }
    return out;
}
//# sourceMappingURL=wrapper-calls.js.map