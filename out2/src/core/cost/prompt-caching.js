"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CACHING_BY_PROVIDER = void 0;
exports.cachesPrefix = cachesPrefix;
exports.cachingText = cachingText;
exports.cachedCostUsd = cachedCostUsd;
exports.CACHING_BY_PROVIDER = {
    openai: { mode: "automatic", minTokens: 1024 },
    google: { mode: "automatic", minTokens: 1024 },
    deepseek: { mode: "automatic", minTokens: 64 },
    anthropic: { mode: "marked", minTokens: 1024, marker: "cache_control" },
};
/** Whether a provider caches a prefix of `prefixTokens` for this request (`marked`: the request carries the marker). */
function cachesPrefix(model, prefixTokens, marked) {
    const rule = Object.hasOwn(exports.CACHING_BY_PROVIDER, model.provider) ? exports.CACHING_BY_PROVIDER[model.provider] : undefined;
    if (!rule || model.cachedInputPerMTok >= model.inputPerMTok)
        return false;
    if (rule.mode === "marked" && !marked)
        return false;
    return prefixTokens >= rule.minTokens;
}
/** How a provider caches, in words, for assumptions. */
function cachingText(model) {
    const rule = Object.hasOwn(exports.CACHING_BY_PROVIDER, model.provider) ? exports.CACHING_BY_PROVIDER[model.provider] : undefined;
    if (!rule)
        return `${model.provider} prompt caching is not modelled`;
    return rule.mode === "automatic"
        ? `${model.provider} caches prompt prefixes of ${rule.minTokens.toLocaleString("en-US")}+ tokens automatically`
        : `${model.provider} caches only prefixes marked with ${rule.marker ?? "a cache marker"}`;
}
/**
 * Cost in USD of one request whose first `cachedTokens` input tokens are read from the cache and, where the
 * provider bills writes (Anthropic), whose next `writtenTokens` are written to it.
 */
function cachedCostUsd(model, inputTokens, outputTokens, cachedTokens, writtenTokens = 0) {
    const rates = model.longContext !== undefined && inputTokens > model.longContext.aboveInputTokens ? model.longContext : model;
    const cached = Math.min(cachedTokens, inputTokens);
    const written = model.cacheWritePerMTok === undefined ? 0 : Math.min(writtenTokens, inputTokens - cached);
    const writeRate = model.cacheWritePerMTok ?? rates.inputPerMTok;
    const plain = inputTokens - cached - written;
    return (plain * rates.inputPerMTok + cached * rates.cachedInputPerMTok + written * writeRate + outputTokens * rates.outputPerMTok) / 1_000_000;
}
//# sourceMappingURL=prompt-caching.js.map