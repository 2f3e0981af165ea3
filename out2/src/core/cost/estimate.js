"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isEstimated = isEstimated;
exports.estimateCalls = estimateCalls;
exports.estimateCall = estimateCall;
exports.requestedModelOf = requestedModelOf;
exports.providersOf = providersOf;
exports.priceModel = priceModel;
exports.pricedModelOf = pricedModelOf;
exports.outputTokensCap = outputTokensCap;
exports.describeOutput = describeOutput;
exports.loopAround = loopAround;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const file_text_1 = require("../syntax/file-text");
const history_1 = require("../detectors/history");
const loops_1 = require("../detectors/loops");
const options_1 = require("../syntax/options");
const profile_types_1 = require("../sdk/profile-types");
const agent_cap_1 = require("../detectors/agent-cap");
const constructions_1 = require("../detectors/constructions");
const conversation_1 = require("../detectors/conversation");
const local_model_1 = require("../detectors/local-model");
const model_1 = require("../detectors/model");
const output_cap_1 = require("../detectors/output-cap");
const served_agents_1 = require("../detectors/served-agents");
const tools_1 = require("../detectors/tools");
const values_1 = require("../syntax/values");
const pricing_1 = require("./pricing");
const model_tokens_1 = require("./model-tokens");
const request_tokens_1 = require("./request-tokens");
const static_text_1 = require("./static-text");
const provider_defaults_1 = require("./provider-defaults");
const prompt_caching_1 = require("./prompt-caching");
const providers_1 = require("../sdk/providers");
const tokenizer_1 = require("./tokenizer");
const static_zod_1 = require("./static-zod");
const wrapper_calls_1 = require("./wrapper-calls");
const cache = new WeakMap();
const siteCache = new WeakMap();
/** Whether a site is priced (generation calls and framework agent runs), as estimateCalls lists them. */
function isEstimated(site) {
    return (site.profile.kind === "generate" || site.profile.kind === "agent-run") && typescript_1.default.isCallExpression(site.node);
}
/** Estimates every LLM call site of a file (generation calls and framework agent runs). */
function estimateCalls(analysis, settings) {
    let bySettings = cache.get(analysis);
    if (!bySettings) {
        bySettings = new WeakMap();
        cache.set(analysis, bySettings);
    }
    const cached = bySettings.get(settings);
    if (cached)
        return cached;
    const estimates = analysis.sites.filter((site) => isEstimated(site) || isServed(analysis, site)).map((site) => estimateCall(analysis, site, settings));
    // A wrapper of this file is estimated as its own call, among the direct estimates made above.
    const direct = [...estimates];
    estimates.push(...(0, wrapper_calls_1.estimateWrapperCalls)(analysis, settings, (a, s) => (a === analysis ? direct : estimateCalls(a, s)), loopAround));
    bySettings.set(settings, estimates);
    return estimates;
}
/**
 * An agent a framework's server runs (registered in `new Mastra({ agents })`): no run of it is in the code, so its
 * definition is the call site, priced as one request with the agent's defaults.
 */
function isServed(analysis, site) {
    return !!site.profile.servedBy && typescript_1.default.isNewExpression(site.node) && (0, served_agents_1.servedAgent)(analysis, site) !== undefined;
}
/** A served agent's output cap: its default options' (absent: the served-agent detector says so). */
function servedOutputCap(analysis, site) {
    const uncapped = (0, served_agents_1.servedAgentCap)(analysis, site);
    if (uncapped)
        return { state: "absent", owner: uncapped.owner, missing: uncapped.missing[0] ?? [], key: uncapped.key, site };
    const cap = (0, output_cap_1.outputCapOf)(analysis, site);
    return cap.state === "set" ? cap : { state: "not-visible" };
}
/** A served agent's model calls per request: the default options' step count, else the framework's default. */
function servedSteps(analysis, site) {
    const steps = site.profile.servedBy.steps;
    const found = (0, options_1.lookupAnyKey)(analysis.index, (0, constructions_1.optionsArgument)(site), steps.keys);
    if (found.state === "absent")
        return steps.default > 1 ? { iterations: steps.default, source: `default ${steps.default} ${steps.unit} per served request` } : undefined;
    const n = found.state === "present" && !found.when && found.value ? (0, values_1.staticNumber)(analysis.index, found.value) : undefined;
    return n !== undefined && Number.isFinite(n) && n > 1 ? { iterations: Math.round(n), source: `${n} ${steps.unit} per served request (the agent's default options)` } : undefined;
}
const growingCache = new WeakMap();
/** The sites that send a growing history whole (the history detector), once per analysis. */
function growingSites(analysis) {
    let sites = growingCache.get(analysis);
    if (!sites)
        growingCache.set(analysis, (sites = new Set((0, history_1.findFullHistoryUses)(analysis).map((h) => h.site))));
    return sites;
}
/**
 * The estimate of one call site (one of estimateCalls' list, computed once per analysis and settings): for a caller
 * that needs only some sites, such as max-call-cost, which skips the calls it never reports before counting tokens.
 */
function estimateCall(analysis, site, settings) {
    let bySettings = siteCache.get(analysis);
    if (!bySettings)
        siteCache.set(analysis, (bySettings = new WeakMap()));
    let bySite = bySettings.get(settings);
    if (!bySite)
        bySettings.set(settings, (bySite = new Map()));
    let estimate = bySite.get(site);
    if (!estimate) {
        const growing = !!site.profile.resendsHistory || growingSites(analysis).has(site);
        bySite.set(site, (estimate = estimateSite(analysis, site, settings, growing)));
    }
    return estimate;
}
/** The model id a call names, when it can be read (the model detector). */
function requestedModelOf(analysis, site) {
    return (0, model_1.modelOf)(analysis, site)?.id;
}
/** The provider a call's SDK bills, then the one its model name suggests (for multi-provider frameworks and hosts). */
function providersOf(site, requested) {
    return [(0, providers_1.providerOfSdk)(site.profile.sdk) ?? (0, providers_1.providerOfModule)(site.origin.module), requested === undefined ? undefined : (0, provider_defaults_1.providerOfModelName)(requested)];
}
/**
 * The priced model for a call: its own, or the default model of the call's provider (`providers`, tried in order;
 * see provider-defaults.ts), never another provider's; and say so.
 */
function priceModel(requested, settings, providers = []) {
    const fallback = () => {
        const choice = (0, provider_defaults_1.defaultModelFor)(requested === undefined ? providers : [...providers, (0, provider_defaults_1.providerOfModelName)(requested)], settings.config, settings.pricing);
        const whose = choice.provider === undefined ? "the default model" : `${choice.provider}'s default model`;
        return { price: choice.price, text: `${whose} ${choice.price.id} (${choice.setting})` };
    };
    if (!requested) {
        const { price, text } = fallback();
        return { price, note: `model not known from the code: priced as ${text}`, flags: ["default-model"] };
    }
    const resolved = (0, pricing_1.resolveModel)(settings.pricing, requested);
    if (!resolved) {
        const { price, text } = fallback();
        return { price, note: `${requested} is not in the pricing table: priced as ${text} (add it under "pricing")`, flags: ["unknown-model"] };
    }
    return { price: resolved.model, note: resolved.resolution === "exact" ? resolved.model.id : (0, pricing_1.describeResolution)(resolved), flags: [] };
}
/**
 * The model that prices a call (priceModel), unless the call runs on a server the user runs (the local-model
 * detector): then no per-token price applies. Its tokens are still counted, with the encoding and limits of the model
 * priceModel chose (the call's own when the table knows it), and the estimate says so.
 */
function pricedModelOf(analysis, site, settings) {
    const requested = requestedModelOf(analysis, site);
    const model = priceModel(requested, settings, providersOf(site, requested));
    const server = (0, local_model_1.localServerOf)(analysis, site);
    if (!server)
        return { ...model, requested };
    const { longContext: _long, cacheWritePerMTok: _write, ...base } = model.price;
    const price = { ...base, id: requested ?? "local model", provider: "local", inputPerMTok: 0, outputPerMTok: 0, cachedInputPerMTok: 0, aliases: [], approximateTokens: true };
    const limits = requested !== undefined && model.flags.length === 0 ? "" : ` (token counts and the output maximum as for ${model.price.id})`;
    return { price, note: `local model on ${server}: no per-token price, priced at $0${limits}`, flags: ["local-model"], requested, server };
}
/**
 * The output cap a call sets, in tokens, when the code shows the number (the output-cap detector), or the SDK's own
 * default cap: a fixed number, or the model's maximum output up to a bound.
 */
function outputTokensCap(analysis, site, modelMaxOutput) {
    return capTokens((0, output_cap_1.outputCapOf)(analysis, site), modelMaxOutput);
}
function capTokens(cap, modelMaxOutput) {
    return cap.state === "set" ? cap.tokens : cap.state === "absent" && cap.defaultUpTo !== undefined ? Math.min(modelMaxOutput, cap.defaultUpTo) : undefined;
}
/** Cheap: the output side of a call (no tokenizer), for rule messages. */
function describeOutput(analysis, site, settings) {
    const { price, flags, requested, server } = pricedModelOf(analysis, site, settings);
    const outputTokens = outputTokensCap(analysis, site, price.maxOutputTokens) ?? price.maxOutputTokens;
    const assumedModel = flags.includes("default-model") || flags.includes("unknown-model");
    // A local model the code does not name is "its model" in a message.
    const model = server !== undefined && requested === undefined ? "its model" : price.id;
    return { model, outputTokens, costUsd: (0, pricing_1.costUsd)(price, 0, outputTokens), approximate: !(0, model_tokens_1.tokenCountingOf)(price).exact, assumedModel, ...(server !== undefined ? { local: server } : {}) };
}
/** The tool choice a request sets, when it is a literal: OpenAI's and Anthropic's forms, legacy function_call included. */
function toolChoiceOf(analysis, setups) {
    const { index } = analysis;
    for (const setup of setups) {
        for (const key of setup.site.profile.toolChoice ?? []) {
            const found = (0, options_1.lookupKey)(index, setup.options, key);
            if (found.state !== "present")
                continue;
            const json = (0, static_text_1.literalJson)(index, found.value).value;
            const text = typeof json === "string" ? json : typeof json === "object" && json !== null ? json.type : undefined;
            const record = typeof json === "object" && json !== null ? json : {};
            const fn = typeof record.function === "object" && record.function !== null ? record.function : {};
            const name = typeof record.name === "string" ? record.name : typeof fn.name === "string" ? fn.name : undefined;
            if (name !== undefined && (text === undefined || text === "function" || text === "tool"))
                return { kind: "named", name };
            if (text === "none")
                return { kind: "none" };
            if (text === "required" || text === "any")
                return { kind: "required" };
            if (text === "auto")
                return { kind: "auto" };
            return undefined;
        }
    }
    return undefined;
}
function setupOf(site) {
    const system = site.profile.system;
    return { options: (0, constructions_1.optionsArgument)(site), system: system === undefined ? [] : typeof system === "string" ? [system] : system, site };
}
function requestSetups(analysis, site) {
    const setups = [setupOf(site)];
    for (const own of (0, constructions_1.constructionSites)(analysis, site)) {
        // An agent run's agent; a model built by a factory method with its system prompt and tools (getGenerativeModel).
        const builds = own.profile.kind === "agent" ? site.profile.kind === "agent-run" : own.profile.kind === "client" && (own.profile.system !== undefined || own.profile.tools !== undefined);
        if (builds)
            setups.push(setupOf(own));
    }
    return setups;
}
function estimateSite(analysis, site, settings, growing) {
    const { index } = analysis;
    const node = site.node;
    const assumptions = [];
    const flags = [];
    const model = pricedModelOf(analysis, site, settings);
    const { price, requested } = model;
    flags.push(...model.flags);
    if (model.flags.length)
        assumptions.push(model.note);
    if (site.profile.estimateNote)
        assumptions.push(site.profile.estimateNote);
    const counting = (0, model_tokens_1.tokenCountingOf)(price);
    if (!counting.exact)
        assumptions.push(`${price.id} uses its own tokenizer: counts are o200k counts x ${counting.tokenFactor} (approximate: ${counting.source})`);
    const unresolvedTokens = settings.config.assumptions.unresolvedTokens;
    // --- conversation: system + messages ---
    const chat = [];
    let unresolvedParts = 0;
    // Each message's content is counted on its own (as the API does), never concatenated with its neighbours.
    let omittedChars = 0;
    const omittedTokens = { system: 0, messages: 0 };
    const call = (c) => {
        unresolvedParts += c.arguments.unresolved;
        return { name: c.name, arguments: c.arguments.text };
    };
    const addText = (role, text, name, calls) => {
        chat.push({
            role,
            content: text.text,
            ...(name ? { name } : {}),
            ...(calls?.functionCall ? { functionCall: call(calls.functionCall) } : {}),
            ...(calls?.toolCalls ? { toolCalls: calls.toolCalls.map(call) } : {}),
        });
        unresolvedParts += text.unresolved;
        if (text.omitted) {
            // Text beyond MAX_TEXT characters is not tokenized: counted at the rate of the text kept.
            omittedChars += text.omitted;
            omittedTokens[role === "system" || role === "developer" ? "system" : "messages"] += Math.round(text.omitted * counting.tokenFactor * (text.text ? (0, tokenizer_1.countTokens)(text.text, counting.encoding) / text.text.length : 0.25));
        }
    };
    // The request's own settings, then (for agent runs) the agent's: its instructions and tools go with every call.
    const setups = requestSetups(analysis, site);
    for (const setup of setups) {
        for (const key of setup.system) {
            const found = (0, options_1.lookupKey)(index, setup.options, key);
            if (found.state === "present") {
                addText("system", (0, static_text_1.resolveText)(index, found.value));
                break;
            }
        }
    }
    const served = isServed(analysis, site) ? (0, served_agents_1.servedAgent)(analysis, site) : undefined;
    const conversation = served ? undefined : (0, conversation_1.conversationOf)(analysis, site);
    if (served) {
        addText("user", { text: "", unresolved: 1 });
        assumptions.push(`run by the server of ${served.registry} with the agent's default options: each request's messages are not in the code, counted as one message of ${unresolvedTokens} tokens`);
    }
    else if (conversation) {
        const value = (0, ast_1.unwrap)(conversation);
        const messages = typescript_1.default.isStringLiteralLike(value) || typescript_1.default.isTemplateExpression(value) ? undefined : (0, static_text_1.resolveMessages)(index, value);
        if (messages) {
            for (const m of messages.messages)
                addText(m.role, m.content, m.name, m);
            const opaque = messages.unresolvedElements + messages.spreads.length;
            for (let i = 0; i < opaque; i++)
                addText("user", { text: "", unresolved: 1 });
            if (messages.spreads.length)
                assumptions.push(`${messages.spreads.length} spread list${messages.spreads.length > 1 ? "s" : ""} of messages counted as one message of ${unresolvedTokens} tokens each`);
        }
        else if (typescript_1.default.isStringLiteralLike(value) || typescript_1.default.isTemplateExpression(value) || typescript_1.default.isBinaryExpression(value)) {
            addText("user", (0, static_text_1.resolveText)(index, value));
        }
        else {
            addText("user", { text: "", unresolved: 1 });
            assumptions.push(`the conversation (${truncate(conversation.getText(index.sourceFile))}) is not literal: counted as one message of ${unresolvedTokens} tokens`);
        }
    }
    else {
        addText("user", { text: "", unresolved: 1 });
        assumptions.push(`no input visible in the call: counted as one message of ${unresolvedTokens} tokens`);
    }
    if (omittedChars > 0)
        assumptions.push(`${omittedChars.toLocaleString("en-US")} characters of text built from repeated parts were not tokenized (beyond ${static_text_1.MAX_TEXT.toLocaleString("en-US")} per part): counted at the rate of the text read`);
    const assumedTokens = unresolvedParts * unresolvedTokens;
    if (unresolvedParts > 0)
        assumptions.push(`${unresolvedParts} part${unresolvedParts > 1 ? "s" : ""} of the input cannot be read from the code: ${unresolvedTokens} tokens each (assumptions.unresolvedTokens)`);
    // --- tools ---
    const tools = { defs: [], unresolved: 0 };
    for (const setup of setups) {
        const found = toolDefinitions(analysis, setup.site);
        tools.defs.push(...found.defs);
        tools.unresolved += found.unresolved;
    }
    if (tools.unresolved)
        assumptions.push(`${tools.unresolved} part${tools.unresolved > 1 ? "s" : ""} of the tool definitions cannot be read: not counted`);
    // --- output ---
    const capState = served ? servedOutputCap(analysis, site) : (0, output_cap_1.outputCapOf)(analysis, site);
    const cap = capTokens(capState, price.maxOutputTokens);
    const outputTokens = cap ?? price.maxOutputTokens;
    if (capState.state === "set" && capState.libraryDefault && cap !== undefined)
        assumptions.push(`no output cap in the code: the SDK sends its default of ${cap.toLocaleString("en-US")} tokens`);
    const maximum = `${price.id}'s maximum of ${outputTokens.toLocaleString("en-US")} tokens`;
    if (capState.state === "absent" && cap !== undefined) {
        flags.push("no-output-cap");
        assumptions.push(`no output cap in the code: the SDK's default lets each call write up to ${cap.toLocaleString("en-US")} tokens`);
    }
    else if (capState.state === "absent") {
        flags.push("no-output-cap");
        assumptions.push(`no output cap: output counted at ${maximum}`);
    }
    else if (capState.state === "conditional") {
        flags.push("conditional-cap");
        assumptions.push(`the output cap is set only when ${capState.when}: output counted at ${maximum}`);
    }
    else if (cap === undefined) {
        flags.push("cap-unknown");
        assumptions.push(`the output cap is not visible in the code (options built elsewhere): output counted at ${maximum}`);
    }
    // --- the request counted the way its provider counts it ---
    const format = (0, request_tokens_1.requestFormatOf)(site.profile.requestFormat, counting, price.provider);
    const toolChoice = toolChoiceOf(analysis, setups);
    const counted = (0, request_tokens_1.countRequest)({ messages: chat, tools: tools.defs, ...(toolChoice ? { toolChoice } : {}) }, format, counting, price.id);
    // Text beyond what static resolution keeps is counted at the rate of the text kept, in its part (not exact).
    const systemTokens = counted.system.tokens + omittedTokens.system;
    const messageTokens = counted.messages.tokens + omittedTokens.messages;
    const overheadTokens = counted.overhead.tokens;
    const toolTokens = counted.tools.tokens;
    assumptions.push(...counted.notes);
    const inputTokens = systemTokens + messageTokens + overheadTokens + assumedTokens + toolTokens;
    const perCall = (0, pricing_1.costUsd)(price, inputTokens, outputTokens);
    const breakdown = [
        { part: "system", tokens: systemTokens, exact: counted.system.exact && !omittedTokens.system, detail: counted.system.detail },
        { part: "messages", tokens: messageTokens, exact: counted.messages.exact && !omittedTokens.messages, detail: counted.messages.detail },
        { part: "tools", tokens: toolTokens, exact: counted.tools.exact, detail: counted.tools.detail },
        { part: "overhead", tokens: overheadTokens, exact: counted.overhead.exact, detail: counted.overhead.detail },
        { part: "assumed", tokens: assumedTokens, exact: assumedTokens === 0, detail: `${unresolvedParts} unresolved part(s) x ${unresolvedTokens}` },
        { part: "output", tokens: outputTokens, exact: false, detail: cap !== undefined ? (capState.state === "absent" || (capState.state === "set" && capState.libraryDefault) ? "the SDK's default output cap" : "the call's output cap") : capState.state === "absent" || capState.state === "conditional" ? `no cap: ${price.id}'s maximum output` : `cap not visible: ${price.id}'s maximum output` },
    ];
    const estimate = {
        node,
        start: node.getStart(index.sourceFile),
        end: node.getEnd(),
        sdk: site.profile.sdk,
        profileId: site.profile.id,
        model: price.id,
        provider: price.provider,
        ...(requested ? { requestedModel: requested } : {}),
        modelNote: model.note,
        approximate: !counting.exact,
        inputTokens,
        outputTokens,
        costUsd: perCall,
        breakdown,
        assumptions,
        flags,
    };
    // --- prompt caching: the stable prefix (system prompt, tools) of a repeated call ---
    const marked = marksCacheControl(index.sourceFile);
    const stablePrefix = systemTokens + toolTokens;
    if ((0, prompt_caching_1.cachesPrefix)(price, stablePrefix, marked)) {
        estimate.caching = {
            prefixTokens: stablePrefix,
            perCallUsd: (0, prompt_caching_1.cachedCostUsd)(price, inputTokens, outputTokens, stablePrefix),
            note: `${(0, prompt_caching_1.cachingText)(price)}: on a repeat, the system prompt and tools (${stablePrefix.toLocaleString("en-US")} tokens) are read from the cache at $${price.cachedInputPerMTok}/M`,
        };
    }
    if (growing) {
        estimate.history = growHistory(price, inputTokens, outputTokens, settings.config.assumptions, stablePrefix, marked);
        const h = estimate.history;
        flags.push("growing-history");
        assumptions.push(`the history grows by one user message (${unresolvedTokens} tokens) and one reply (${h.replyTokens} tokens, assumptions.replyTokens) per turn, over ${turnsText(h)} (assumptions.turns)`);
        if (h.overflowTurn !== undefined) {
            assumptions.push(`at turn ${h.overflowTurn} the history exceeds ${price.id}'s input limit of ${h.inputLimit.toLocaleString("en-US")} tokens: that call fails or is truncated; turns after it are not priced`);
        }
    }
    const loop = served ? servedSteps(analysis, site) : loopOf(analysis, site);
    if (loop) {
        estimate.loop = { ...loop, worstCaseUsd: loop.iterations === null ? null : perCall * loop.iterations };
        flags.push(site.profile.kind === "agent-run" || served ? "agent-run" : "in-loop");
        if (loop.iterations === null)
            flags.push("uncapped-loop");
    }
    return estimate;
}
const cacheControlMarked = new WeakMap();
/** The file names `cache_control` (Anthropic's cache breakpoints): read once per file, not per call. */
function marksCacheControl(sourceFile) {
    let marked = cacheControlMarked.get(sourceFile);
    if (marked === undefined)
        cacheControlMarked.set(sourceFile, (marked = file_text_1.CACHE_CONTROL.test(sourceFile.text)));
    return marked;
}
function turnsText(h) {
    return h.overflowTurn === undefined ? `${h.turns} turns` : `${h.pricedTurns} of ${h.turns} turns`;
}
/**
 * A conversation of `assumptions.turns` turns: turn k sends the first turn's input plus k - 1 user messages and
 * replies. Stops before the first turn whose input is above the model's limit. With caching, turn k reads the
 * previous turn's input and reply from the cache (turn 1 its stable prefix) where the provider caches them.
 */
function growHistory(price, inputTokens, outputTokens, assumptions, stablePrefix, marked) {
    const { turns, unresolvedTokens } = assumptions;
    const replyTokens = Math.min(assumptions.replyTokens, outputTokens);
    const tokensPerTurn = unresolvedTokens + replyTokens;
    const inputLimit = Math.min(price.maxInputTokens ?? price.contextWindow, price.contextWindow);
    let cumulative = 0;
    let cachedCumulative = 0;
    let last = 0;
    let cachedLast = 0;
    let lastInput = inputTokens;
    let pricedTurns = 0;
    let overflowTurn;
    let anyCached = false;
    for (let k = 1; k <= turns; k++) {
        const input = inputTokens + (k - 1) * tokensPerTurn;
        if (input > inputLimit) {
            overflowTurn = k;
            break;
        }
        const prefix = k === 1 ? stablePrefix : input - unresolvedTokens;
        const cached = (0, prompt_caching_1.cachesPrefix)(price, prefix, marked) ? prefix : 0;
        anyCached ||= cached > 0;
        last = (0, pricing_1.costUsd)(price, input, outputTokens);
        cachedLast = (0, prompt_caching_1.cachedCostUsd)(price, input, outputTokens, cached, cached > 0 ? input - cached : 0);
        cumulative += last;
        cachedCumulative += cachedLast;
        lastInput = input;
        pricedTurns = k;
    }
    return {
        turns,
        tokensPerTurn,
        replyTokens,
        turn1Usd: (0, pricing_1.costUsd)(price, inputTokens, outputTokens),
        pricedTurns,
        turnNUsd: pricedTurns === 0 ? (0, pricing_1.costUsd)(price, inputTokens, outputTokens) : last,
        turnNInputTokens: lastInput,
        cumulativeUsd: cumulative,
        inputLimit,
        ...(overflowTurn !== undefined ? { overflowTurn } : {}),
        ...(anyCached ? { cached: { turnNUsd: cachedLast, cumulativeUsd: cachedCumulative } } : {}),
    };
}
function truncate(text) {
    const flat = text.replace(/\s+/g, " ");
    return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
/** Model calls per run: a framework agent's cap (the agent-cap detector), or the loop around the call. */
function loopOf(analysis, site) {
    const cap = (0, agent_cap_1.agentCapOf)(analysis, site);
    if (cap && cap.kind !== "none" && (cap.kind === "unbounded" || (cap.calls !== undefined && cap.calls > 1))) {
        return { iterations: cap.kind === "unbounded" ? null : cap.calls, source: cap.source };
    }
    return loopAround(analysis, site.node);
}
/** The loop a call runs in, within its function: its iterations when a cap or a literal list bounds it, null when nothing does. */
function loopAround(analysis, node) {
    const { index } = analysis;
    const loop = (0, loops_1.enclosingLoop)(node);
    if (!loop)
        return undefined;
    if ((0, loops_1.isCollectionLoop)(loop)) {
        const list = typescript_1.default.isForOfStatement(loop) ? (0, values_1.resolveArrayLiteral)(index, loop.expression) : undefined;
        return list ? { iterations: list.elements.length, source: `a loop over ${list.elements.length} items` } : undefined;
    }
    const bound = (0, loops_1.loopCap)(index, loop);
    if (bound.capped)
        return bound.bound !== undefined && Number.isFinite(bound.bound) ? { iterations: Math.max(1, Math.round(bound.bound)), source: `a loop capped at ${bound.bound}` } : undefined;
    return { iterations: null, source: "a loop with no cap" };
}
/** The tool definitions sent with a call (the tools detector), as the provider receives them (zod converted to JSON schema). */
function toolDefinitions(analysis, site) {
    const { index } = analysis;
    const sent = (0, tools_1.toolsSentBy)(analysis, site);
    const defs = [];
    let unresolved = sent.unresolved;
    for (const tool of sent.tools) {
        if (tool.format === "framework") {
            const def = frameworkTool(analysis, tool.name ?? "tool", tool.node);
            if (def) {
                defs.push(def.def);
                unresolved += def.unresolved;
            }
            else
                unresolved++;
            continue;
        }
        const json = (0, static_text_1.literalJson)(index, tool.node);
        unresolved += json.unresolved;
        if (!json.value || typeof json.value !== "object")
            continue;
        const t = json.value;
        const described = (d, parameters) => typeof d.name === "string" ? { name: d.name, ...(typeof d.description === "string" ? { description: d.description } : {}), parameters } : undefined;
        const def = tool.format === "openai-chat" || tool.format === "openai-runtools"
            ? described((t.function ?? {}), t.function?.parameters)
            : tool.format === "google"
                ? described(t, t.parameters ?? t.parametersJsonSchema)
                : tool.format === "bedrock"
                    ? described((t.toolSpec ?? {}), t.toolSpec?.inputSchema?.json)
                    : described(t, t.parameters ?? t.input_schema);
        if (def)
            defs.push(def);
    }
    return { defs, unresolved };
}
/** A framework tool: a tool() call (directly or through a const) or, in an AI SDK record, a plain definition object. */
function frameworkTool(analysis, name, value) {
    const { index } = analysis;
    const tool = (0, tools_1.frameworkToolOptions)(analysis, value);
    if (!tool)
        return undefined;
    const { options } = tool;
    const description = (0, options_1.lookupKey)(index, options, "description");
    const toolName = (0, options_1.lookupKey)(index, options, "name");
    const schemaKey = tool.schemaKeys.map((k) => (0, options_1.lookupKey)(index, options, k)).find((l) => l.state === "present");
    let parameters = { type: "object", properties: {} };
    let unresolved = 0;
    if (schemaKey?.state === "present" && schemaKey.value) {
        const schemaValue = (0, ast_1.unwrap)(schemaKey.value);
        const callee = typescript_1.default.isCallExpression(schemaValue) ? (0, ast_1.unwrap)(schemaValue.expression) : undefined;
        const wrapperName = callee && (typescript_1.default.isIdentifier(callee) ? callee.text : typescript_1.default.isPropertyAccessExpression(callee) ? callee.name.text : undefined);
        if (typescript_1.default.isCallExpression(schemaValue) && wrapperName && profile_types_1.SCHEMA_WRAPPERS[wrapperName]?.inner === "json") {
            const json = (0, static_text_1.literalJson)(index, schemaValue.arguments[0]);
            parameters = json.value;
            unresolved += json.unresolved;
        }
        else {
            const zod = (0, static_zod_1.zodToJsonStatic)(index, schemaValue);
            parameters = zod.schema;
            unresolved += zod.unresolved;
        }
    }
    const desc = description.state === "present" ? (0, static_text_1.resolveText)(index, description.value) : undefined;
    const resolvedName = toolName.state === "present" ? (0, values_1.staticString)(index, toolName.value) ?? name : name;
    return { def: { name: resolvedName, ...(desc ? { description: desc.text } : {}), parameters }, unresolved: unresolved + (desc?.unresolved ?? 0) };
}
//# sourceMappingURL=estimate.js.map