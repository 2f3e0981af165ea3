/**
 * Prompt caching as each provider bills it: which part of a request is read from the cache on a repeat, and at
 * what price. OpenAI caches prompt prefixes of 1,024 tokens or more automatically; Gemini 2.5+ implicitly (1,024
 * tokens for Flash, more for Pro: 1,024 is taken as the threshold); DeepSeek automatically (context caching on
 * disk); Anthropic only the prefixes a request marks with `cache_control`, and writing them costs more than input.
 * Sources: platform.openai.com/docs/guides/prompt-caching, ai.google.dev/gemini-api/docs/caching,
 * docs.anthropic.com/en/docs/build-with-claude/prompt-caching, api-docs.deepseek.com/guides/kv_cache.
 */
import type { ModelPrice } from "./pricing";

export interface CachingRule {
  /** "automatic": every long enough prefix; "marked": only with the request's cache marker. */
  mode: "automatic" | "marked";
  /** The shortest prefix that is cached, in tokens. */
  minTokens: number;
  /** The marker a request must carry (mode "marked"). */
  marker?: string;
}

export const CACHING_BY_PROVIDER: Readonly<Record<string, CachingRule>> = {
  openai: { mode: "automatic", minTokens: 1024 },
  google: { mode: "automatic", minTokens: 1024 },
  deepseek: { mode: "automatic", minTokens: 64 },
  anthropic: { mode: "marked", minTokens: 1024, marker: "cache_control" },
};

/** Whether a provider caches a prefix of `prefixTokens` for this request (`marked`: the request carries the marker). */
export function cachesPrefix(model: ModelPrice, prefixTokens: number, marked: boolean): boolean {
  const rule = Object.hasOwn(CACHING_BY_PROVIDER, model.provider) ? CACHING_BY_PROVIDER[model.provider] : undefined;
  if (!rule || model.cachedInputPerMTok >= model.inputPerMTok) return false;
  if (rule.mode === "marked" && !marked) return false;
  return prefixTokens >= rule.minTokens;
}

/** How a provider caches, in words, for assumptions. */
export function cachingText(model: ModelPrice): string {
  const rule = Object.hasOwn(CACHING_BY_PROVIDER, model.provider) ? CACHING_BY_PROVIDER[model.provider] : undefined;
  if (!rule) return `${model.provider} prompt caching is not modelled`;
  return rule.mode === "automatic"
    ? `${model.provider} caches prompt prefixes of ${rule.minTokens.toLocaleString("en-US")}+ tokens automatically`
    : `${model.provider} caches only prefixes marked with ${rule.marker ?? "a cache marker"}`;
}

/**
 * Cost in USD of one request whose first `cachedTokens` input tokens are read from the cache and, where the
 * provider bills writes (Anthropic), whose next `writtenTokens` are written to it.
 */
export function cachedCostUsd(model: ModelPrice, inputTokens: number, outputTokens: number, cachedTokens: number, writtenTokens = 0): number {
  const rates =
    model.longContext !== undefined && inputTokens > model.longContext.aboveInputTokens ? model.longContext : model;
  const cached = Math.min(cachedTokens, inputTokens);
  const written = model.cacheWritePerMTok === undefined ? 0 : Math.min(writtenTokens, inputTokens - cached);
  const writeRate = model.cacheWritePerMTok ?? rates.inputPerMTok;
  const plain = inputTokens - cached - written;
  return (plain * rates.inputPerMTok + cached * rates.cachedInputPerMTok + written * writeRate + outputTokens * rates.outputPerMTok) / 1_000_000;
}
