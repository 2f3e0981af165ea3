"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BUILT_IN_DEFAULT_MODELS = void 0;
exports.servedBy = servedBy;
exports.providerOfModelName = providerOfModelName;
exports.defaultModelFor = defaultModelFor;
/**
 * Which model prices a call whose model cannot be read from the code, or is not in the pricing table: the default
 * model of that call's provider (never another provider's price), then `defaultModel` when the provider is unknown.
 */
const pricing_1 = require("./pricing");
/** Built-in per-provider defaults: a current mid-range model of each provider of the pricing table. */
exports.BUILT_IN_DEFAULT_MODELS = {
    openai: "gpt-4o",
    anthropic: "claude-sonnet-4-5",
    google: "gemini-2.5-flash",
    mistral: "mistral-large",
    deepseek: "deepseek-chat",
    xai: "grok-4",
    groq: "llama-3.3-70b-versatile",
    together: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    cohere: "command-a",
    // Claude Sonnet 4.5 as Bedrock serves it (anthropic.claude-sonnet-4-5-20250929-v1:0): Bedrock's on-demand price for
    // it is Anthropic's, so the Anthropic entry prices it.
    bedrock: "anthropic.claude-sonnet-4-5-20250929-v1:0",
    cloudflare: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
};
/** Providers that host other providers' models at those providers' prices: a built-in default may be one of them. */
const HOSTED = { bedrock: ["anthropic"] };
/** Whether `model` can be `provider`'s default: its own model, or one it hosts. */
function servedBy(provider, modelProvider) {
    return modelProvider === provider || (Object.hasOwn(HOSTED, provider) && HOSTED[provider].includes(modelProvider));
}
/** Provider of a model name as frameworks write it: `anthropic/claude-…`, `openai:gpt-…`, or the family's own prefix. */
const PROVIDER_OF_NAME = [
    // Bedrock model ids: a vendor and a dot (`amazon.nova-pro-v1:0`, `meta.llama3-…`), maybe after a cross-region prefix.
    { pattern: /^(?:(?:us|eu|apac|global|jp|au|ca|us-gov)\.)?(?:amazon|meta|cohere|ai21|mistral|deepseek|qwen|writer|openai|twelvelabs|luma|stability)\.[a-z]/, provider: "bedrock" },
    { pattern: /^(?:gpt-|o\d(?:-|$)|chatgpt-|text-davinci|davinci|babbage)/, provider: "openai" },
    { pattern: /^(?:claude|(?:(?:us|eu|apac|global)\.)?anthropic\.)/, provider: "anthropic" },
    { pattern: /^(?:gemini|gemma)/, provider: "google" },
    { pattern: /^(?:mistral|open-mistral|codestral|devstral|magistral|ministral|pixtral)/, provider: "mistral" },
    { pattern: /^deepseek/, provider: "deepseek" },
    { pattern: /^grok/, provider: "xai" },
    { pattern: /^command/, provider: "cohere" },
];
const PREFIX_PROVIDERS = {
    openai: "openai",
    azure: "openai",
    anthropic: "anthropic",
    google: "google",
    "google-vertex": "google",
    vertex: "google",
    gemini: "google",
    mistral: "mistral",
    mistralai: "mistral",
    deepseek: "deepseek",
    xai: "xai",
    "x-ai": "xai",
    groq: "groq",
    cohere: "cohere",
};
/** The provider a model name names, if it names one. */
function providerOfModelName(name) {
    const lower = name.trim().toLowerCase();
    const prefix = /^([a-z][a-z0-9_-]*)[/:]/.exec(lower)?.[1];
    if (prefix !== undefined && Object.hasOwn(PREFIX_PROVIDERS, prefix))
        return PREFIX_PROVIDERS[prefix];
    let bare = lower.slice(lower.lastIndexOf("/") + 1);
    const colon = /^[a-z][a-z0-9_-]*:(?!\d)/.exec(bare);
    if (colon)
        bare = bare.slice(colon[0].length);
    return PROVIDER_OF_NAME.find((p) => p.pattern.test(bare))?.provider;
}
/**
 * The default model of a provider: the user's `defaultModels[provider]`, else `defaultModel` when it is a model of
 * that provider, else the built-in default; `defaultModel` only when no provider is known or it has no default in
 * the table. The providers are tried in order (the SDK's, then the one the model name suggests).
 */
function defaultModelFor(providers, config, pricing) {
    for (const provider of providers) {
        if (provider === undefined)
            continue;
        const ofProvider = (id) => {
            const model = id === undefined ? undefined : (0, pricing_1.resolveModel)(pricing, id)?.model;
            return model?.provider === provider ? model : undefined;
        };
        const user = Object.hasOwn(config.defaultModels, provider) ? config.defaultModels[provider] : undefined;
        const chosen = user === undefined ? undefined : (0, pricing_1.resolveModel)(pricing, user)?.model;
        if (chosen)
            return { price: chosen, setting: `defaultModels.${provider}`, provider };
        const global = ofProvider(config.defaultModel);
        if (global)
            return { price: global, setting: "defaultModel", provider };
        const builtInId = Object.hasOwn(exports.BUILT_IN_DEFAULT_MODELS, provider) ? exports.BUILT_IN_DEFAULT_MODELS[provider] : undefined;
        const builtInModel = builtInId === undefined ? undefined : (0, pricing_1.resolveModel)(pricing, builtInId)?.model;
        const builtIn = builtInModel && servedBy(provider, builtInModel.provider) ? builtInModel : undefined;
        if (builtIn)
            return { price: builtIn, setting: `the built-in default of ${provider}`, provider };
    }
    const fallback = (0, pricing_1.resolveModel)(pricing, config.defaultModel)?.model ?? (0, pricing_1.resolveModel)(pricing, "gpt-4o")?.model;
    if (!fallback)
        throw new Error("the pricing table has neither the default model nor gpt-4o");
    return { price: fallback, setting: "defaultModel" };
}
//# sourceMappingURL=provider-defaults.js.map