"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.modelOf = void 0;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const options_1 = require("../syntax/options");
const values_1 = require("../syntax/values");
const analysis_1 = require("./analysis");
const constructions_1 = require("./constructions");
const site_memo_1 = require("./site-memo");
const MAX_DEPTH = 4;
/** The model id a call or construction names itself: a key of its options, a model argument, a model object's id. */
function ownModel(analysis, site, depth) {
    const { index, tracer } = analysis;
    const arg = site.profile.modelArg !== undefined ? site.node.arguments?.[site.profile.modelArg] : undefined;
    const fromArg = arg ? (0, values_1.staticString)(index, arg) : undefined;
    if (fromArg && arg)
        return { id: fromArg, node: arg };
    const options = (0, constructions_1.optionsArgument)(site);
    for (const key of (0, constructions_1.modelKeys)(site.profile)) {
        const found = (0, options_1.lookupKey)(index, options, key);
        if (found.state !== "present" || !found.value)
            continue;
        const id = (0, values_1.staticString)(index, found.value) ?? tracer.trace(found.value)?.modelId;
        if (id)
            return { id, node: found.value };
        // createReactAgent({ llm: model }), new Agent({ model: new ChatX({ model: "..." }) })
        const value = (0, ast_1.unwrap)(found.value);
        const nested = typescript_1.default.isNewExpression(value) || typescript_1.default.isIdentifier(value) || typescript_1.default.isCallExpression(value) || typescript_1.default.isPropertyAccessExpression(value) ? tracer.trace(value)?.construction : undefined;
        const inner = nested && nested !== site.node ? constructionModel(analysis, nested, depth + 1) : undefined;
        if (inner)
            return inner;
    }
    return undefined;
}
function constructionModel(analysis, construction, depth) {
    if (depth > MAX_DEPTH)
        return undefined;
    // Made here or in another module of the project (`export const model = new ChatOpenAI({...})` in lib/llm.ts).
    const site = (0, analysis_1.siteOf)(analysis, construction);
    if (site)
        return ownModel(analysis, site, depth);
    // An AI SDK provider model: openai("gpt-4o").
    const id = typescript_1.default.isCallExpression(construction) ? analysis.tracer.trace(construction)?.modelId : undefined;
    return id ? { id, node: construction } : undefined;
}
/** The model a call asks for: its own options, else the client, chat model or agent it runs on (once per site). */
exports.modelOf = (0, site_memo_1.memoPerSite)(findModel);
function findModel(analysis, site) {
    const own = ownModel(analysis, site, 0);
    if (own)
        return { ...own, from: "call" };
    if (site.origin.modelId)
        return { id: site.origin.modelId, node: site.node.expression, from: "construction" };
    const constructions = (0, constructions_1.constructionsOf)(analysis, site);
    for (const construction of constructions) {
        const found = constructionModel(analysis, construction, 0);
        if (found)
            return { ...found, from: "construction" };
    }
    // The SDK's own default model (chatgpt's ChatGPTAPI: gpt-3.5-turbo) when the call and what it runs on visibly name
    // none (a model key set to a value the code does not show is not the default).
    const unnamed = (s) => !s.profile.model || (0, options_1.lookupKey)(analysis.index, (0, constructions_1.optionsArgument)(s), s.profile.model).state === "absent" || (s === site && !(0, constructions_1.optionsArgument)(s));
    if (!unnamed(site))
        return undefined;
    for (const s of [site, ...constructions.map((c) => analysis.siteByNode.get(c))]) {
        if (s?.profile.defaultModelId && unnamed(s))
            return { id: s.profile.defaultModelId, node: s.node, from: s === site ? "call" : "construction" };
    }
    return undefined;
}
//# sourceMappingURL=model.js.map