"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.constructionSites = exports.constructionsOf = void 0;
exports.optionsArgument = optionsArgument;
exports.modelKeys = modelKeys;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const options_1 = require("../syntax/options");
const analysis_1 = require("./analysis");
const site_memo_1 = require("./site-memo");
const MAX_DEPTH = 3;
/** The request options argument of a call as written (a literal, a const, `Object.assign(...)`), if the profile has one. */
function optionsArgument(site) {
    if (site.optionsExpression)
        return site.optionsExpression;
    return site.profile.optionsArg !== undefined ? site.node.arguments?.[site.profile.optionsArg] : undefined;
}
/** The keys a profile names its model by: `model`, then its aliases (`modelName`, LangGraph's `llm`). */
function modelKeys(profile) {
    return [...(profile.model ? [profile.model] : []), ...(profile.modelAliases ?? [])];
}
/**
 * What built the thing a call runs on, nearest first: its client or model (`new ChatOpenAI(...)` for `model.invoke()`),
 * the agent an agent run takes as an argument (`run(agent, ...)`), and, through their model keys, the models those
 * were built with (`createReactAgent({ llm: model })`, `new Agent({ model: new ChatX() })`).
 */
exports.constructionsOf = (0, site_memo_1.memoPerSite)(findConstructions);
function findConstructions(analysis, site) {
    const out = [];
    const add = (c, depth) => {
        if (!c || c === site.node || out.includes(c) || depth > MAX_DEPTH)
            return;
        out.push(c);
        // Made by a method of another instance (model.startChat(), genAI.getGenerativeModel()): that instance's too.
        const callee = typescript_1.default.isCallExpression(c) ? (0, ast_1.unwrap)(c.expression) : undefined;
        if (callee && typescript_1.default.isPropertyAccessExpression(callee))
            add(analysis.tracer.trace(callee.expression)?.construction, depth + 1);
        const own = (0, analysis_1.siteOf)(analysis, c);
        if (!own)
            return;
        const options = optionsArgument(own);
        for (const key of modelKeys(own.profile)) {
            const found = (0, options_1.lookupKey)(analysis.index, options, key);
            if (found.state === "present" && found.value)
                add(analysis.tracer.trace(found.value)?.construction, depth + 1);
        }
    };
    add(site.origin.construction, 0);
    const agentArg = site.profile.agentArg;
    if (agentArg !== undefined && site.node.arguments?.[agentArg])
        add(analysis.tracer.trace(site.node.arguments[agentArg])?.construction, 0);
    return out;
}
/** The recognised call sites among a call's constructions (agents, clients, chat models), nearest first (once per site). */
exports.constructionSites = (0, site_memo_1.memoPerSite)((analysis, site) => (0, exports.constructionsOf)(analysis, site)
    .map((c) => (0, analysis_1.siteOf)(analysis, c))
    .filter((s) => s !== undefined));
//# sourceMappingURL=constructions.js.map