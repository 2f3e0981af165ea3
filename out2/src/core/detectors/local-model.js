"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.localServerOf = void 0;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const options_1 = require("../syntax/options");
const http_1 = require("../sdk/http");
const profiles_1 = require("../sdk/profiles");
const providers_1 = require("../sdk/providers");
const constructions_1 = require("./constructions");
const site_memo_1 = require("./site-memo");
/**
 * The server a call's model runs on when the user runs it (an Ollama server, any model server on the user's own
 * machine): its name for messages ("Ollama", "a server on localhost:1234"), else undefined. Such a call has no
 * per-token price. Read, nearest first, from: the URL a raw HTTP request goes to; the server URL the call's client or
 * model is built with (`new OpenAI({ baseURL: "http://localhost:1234/v1" })`, `new Ollama({ host })`); the provider of
 * the SDK, of the framework's provider package (`@langchain/ollama`, `ollama-ai-provider`) or of the model object
 * the call is given (`generateText({ model: ollama("llama3.1") })`). A server URL on another host wins over the
 * provider: Ollama's own cloud is billed, an OpenAI client sent to a gateway is not local.
 */
exports.localServerOf = (0, site_memo_1.memoPerSite)(findLocalServer);
function findLocalServer(analysis, site) {
    const provider = selfHostedProvider(analysis, site);
    const host = serverHost(analysis, site);
    if (host !== undefined) {
        if ((0, providers_1.isLocalHost)(host))
            return provider ? `${provider.name} on ${host}` : `a server on ${host}`;
        return provider && !provider.paidHosts.test(host.replace(/:\d+$/, "")) ? `${provider.name} on ${host}` : undefined;
    }
    return provider?.name;
}
/** The host of the server a call is sent to, when the code shows it: the HTTP request's URL, else its client's or model's. */
function serverHost(analysis, site) {
    if (site.url !== undefined)
        return (0, providers_1.hostOfUrl)(site.url);
    const urlAt = (options, keys) => {
        for (const key of keys) {
            const found = (0, options_1.lookupKey)(analysis.index, options, key);
            if (found.state !== "present" || !found.value)
                continue;
            const url = (0, http_1.staticUrl)(analysis.index, found.value);
            return url === undefined ? null : ((0, providers_1.hostOfUrl)(url) ?? null);
        }
        return undefined;
    };
    for (const own of [site, ...(0, constructions_1.constructionSites)(analysis, site)]) {
        const host = urlAt((0, constructions_1.optionsArgument)(own), own.profile.serverUrl ?? []);
        if (host !== undefined)
            return host ?? undefined;
    }
    // An AI SDK model made by a provider factory given a server (`createOpenAICompatible({ baseURL })("qwen")`).
    const provider = modelOrigin(analysis, site)?.providerCall;
    return provider ? (urlAt(provider.arguments[0], profiles_1.AI_SDK_PROVIDER_SERVER_URL) ?? undefined) : undefined;
}
function selfHosted(provider) {
    return provider !== undefined && Object.hasOwn(providers_1.SELF_HOSTED_PROVIDERS, provider) ? providers_1.SELF_HOSTED_PROVIDERS[provider] : undefined;
}
/** The origin of the model object a call or what it runs on is given (`model: ollama("llama3.1")`), traced in this file. */
function modelOrigin(analysis, site) {
    for (const own of [site, ...(0, constructions_1.constructionSites)(analysis, site)]) {
        if (own.node.getSourceFile() !== analysis.index.sourceFile)
            continue;
        for (const key of (0, constructions_1.modelKeys)(own.profile)) {
            const found = (0, options_1.lookupKey)(analysis.index, (0, constructions_1.optionsArgument)(own), key);
            if (found.state !== "present" || !found.value)
                continue;
            const value = (0, ast_1.unwrap)(found.value);
            return typescript_1.default.isStringLiteralLike(value) ? undefined : analysis.tracer.trace(value);
        }
    }
    return undefined;
}
/** The self-hosted provider a call runs on: its SDK's, its provider package's, or its model object's. */
function selfHostedProvider(analysis, site) {
    const direct = selfHosted((0, providers_1.providerOfSdk)(site.profile.sdk) ?? (0, providers_1.providerOfModule)(site.origin.module));
    if (direct)
        return direct;
    const model = modelOrigin(analysis, site);
    const ofModel = selfHosted(model ? (0, providers_1.providerOfModule)(model.module) : undefined);
    if (ofModel)
        return ofModel;
    return (0, constructions_1.constructionSites)(analysis, site)
        .map((own) => selfHosted((0, providers_1.providerOfModule)(own.origin.module)))
        .find((p) => p !== undefined);
}
//# sourceMappingURL=local-model.js.map