"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GENAI_PRICES_DATE = exports.GENAI_PRICES_VERSION = void 0;
exports.genaiPricesModels = genaiPricesModels;
/**
 * Prices from @pydantic/genai-prices (MIT, no dependencies), bundled at build time by esbuild and never fetched
 * at run time. Its models are added to the hand-checked table (pricing.json), which wins on any name both have
 * and carries what genai-prices does not: maximum output tokens, tokenizer and factor, more context windows.
 *
 * Conversion: date-based prices take the newest that has started; a tiered price becomes the long-context rate of
 * its first tier; `equals` names of a model's match rule become aliases. A model with no input or output price
 * (embeddings, audio) or no context window (from genai-prices or genai-prices-overlay.json) is left out.
 * Max output, when neither table has it: the largest of the same provider's models in pricing.json, at most the
 * context window; the context window for providers pricing.json lacks. Both said in the entry's notes.
 */
const genai_prices_1 = require("@pydantic/genai-prices");
const genai_prices_overlay_json_1 = __importDefault(require("./genai-prices-overlay.json"));
const model_resolution_1 = require("./model-resolution");
/** The bundled genai-prices version and its publication date (checked against node_modules by a test). */
exports.GENAI_PRICES_VERSION = "0.1.8";
exports.GENAI_PRICES_DATE = "2026-09-23";
/** genai-prices provider ids and the provider names of the pricing table. */
const PROVIDERS = [
    { id: "openai", provider: "openai" },
    { id: "anthropic", provider: "anthropic" },
    { id: "google", provider: "google" },
    { id: "mistral", provider: "mistral" },
    { id: "deepseek", provider: "deepseek" },
    { id: "x-ai", provider: "xai" },
    { id: "groq", provider: "groq" },
    { id: "together", provider: "together" },
    { id: "cohere", provider: "cohere" },
    { id: "aws", provider: "bedrock" },
    { id: "cloudflare", provider: "cloudflare" },
];
const OVERLAY = genai_prices_overlay_json_1.default.models;
/**
 * genai-prices models not in `local`, as pricing-table entries; no name is taken twice. A name `local` already
 * prices as itself, an alias or a dated snapshot (`claude-3-5-haiku-latest`) stays with `local`; one it would only
 * price by prefix (`gpt-3.5-turbo-instruct`, a model of its own) is added.
 */
function genaiPricesModels(local, today = new Date().toISOString().slice(0, 10)) {
    const localPrices = (name) => {
        const found = (0, model_resolution_1.resolveModelIn)(local, name);
        return found !== undefined && found.resolution !== "prefix";
    };
    const taken = new Set();
    for (const model of local)
        for (const name of [model.id, ...model.aliases])
            taken.add(name.toLowerCase());
    const localByProvider = new Map();
    for (const model of local)
        localByProvider.set(model.provider, [...(localByProvider.get(model.provider) ?? []), model]);
    const out = [];
    for (const { id: providerId, provider } of PROVIDERS) {
        const models = (0, genai_prices_1.findProvider)({ providerId })?.models ?? [];
        const known = localByProvider.get(provider) ?? [];
        const largestOutput = known.length ? Math.max(...known.map((m) => m.maxOutputTokens)) : undefined;
        const tokenizer = tokenizerOf(provider, known);
        for (const info of models) {
            const id = info.id.toLowerCase();
            if (taken.has(id) || localPrices(id))
                continue;
            const prices = pricesAt(info, today);
            const input = prices?.input_mtok;
            const output = prices?.output_mtok;
            if (prices === undefined || input === undefined || output === undefined)
                continue;
            const extra = OVERLAY[`${providerId}/${info.id}`];
            const contextWindow = extra?.contextWindow ?? info.context_window;
            if (contextWindow === undefined || contextWindow <= 0)
                continue;
            const notes = [];
            // A model Bedrock hosts for a provider pricing.json has (`mistral.mistral-large-2402-v1:0`): that model's
            // output limit and tokenizer.
            const hosted = provider === "bedrock" ? hostedModel(local, id) : undefined;
            let maxOutputTokens = extra?.maxOutputTokens ?? hosted?.maxOutputTokens;
            if (maxOutputTokens === undefined) {
                maxOutputTokens = Math.min(contextWindow, largestOutput ?? contextWindow);
                notes.push(largestOutput !== undefined ? "max output not published in the bundled data: the largest of this provider's listed models" : "max output not published in the bundled data: the context window");
            }
            if (info.deprecated)
                notes.push("deprecated (genai-prices)");
            const aliases = equalsNames(info).filter((name) => name !== id && !taken.has(name) && !localPrices(name));
            taken.add(id);
            for (const alias of aliases)
                taken.add(alias);
            const inputPerMTok = base(input);
            const cachedInputPerMTok = prices.cache_read_mtok === undefined ? inputPerMTok : base(prices.cache_read_mtok);
            const longContext = tierOf(input) === undefined ? undefined : {
                aboveInputTokens: tierOf(input).start,
                inputPerMTok: tierOf(input).price,
                outputPerMTok: tierOf(output)?.price ?? base(output),
                cachedInputPerMTok: tierOf(prices.cache_read_mtok)?.price ?? cachedInputPerMTok,
            };
            out.push({
                id: info.id,
                provider,
                inputPerMTok,
                outputPerMTok: base(output),
                cachedInputPerMTok,
                ...(prices.cache_write_mtok !== undefined && provider === "anthropic" ? { cacheWritePerMTok: base(prices.cache_write_mtok) } : {}),
                ...(longContext ? { longContext } : {}),
                contextWindow,
                maxOutputTokens: Math.max(1, Math.min(maxOutputTokens, contextWindow)),
                ...(hosted ? { encoding: hosted.encoding, tokenFactor: hosted.tokenFactor, approximateTokens: hosted.approximateTokens } : tokenizer(id)),
                priceDate: exports.GENAI_PRICES_DATE,
                priceSource: `@pydantic/genai-prices ${exports.GENAI_PRICES_VERSION}`,
                aliases,
                ...(info.deprecated ? { deprecationDate: exports.GENAI_PRICES_DATE } : {}),
                ...(notes.length ? { notes: notes.join("; ") } : {}),
            });
        }
    }
    return out;
}
/** The model of pricing.json a Bedrock id serves: the id without its region (`us.`, `global.`) and vendor (`mistral.`). */
function hostedModel(local, id) {
    const bare = id.replace(/^(?:regional|global|us|eu|apac|jp|au|ca|us-gov)\./, "").replace(/^[a-z0-9-]+\./, "");
    const found = bare === id ? undefined : (0, model_resolution_1.resolveModelIn)(local, bare);
    return found && found.resolution !== "prefix" ? found.model : undefined;
}
/** The prices in force on `today`: date-based prices take the newest that has started; time-of-day ones are left out. */
function pricesAt(info, today) {
    if (!Array.isArray(info.prices))
        return info.prices;
    let chosen;
    for (const conditional of info.prices) {
        const c = conditional.constraint;
        if (c === undefined)
            chosen ??= conditional.prices;
        else if (c.type === "start_date" && c.start_date <= today)
            chosen = conditional.prices;
    }
    return chosen;
}
function base(price) {
    return typeof price === "number" ? price : price === undefined ? 0 : price.base;
}
function tierOf(price) {
    return typeof price === "object" && price.tiers.length > 0 ? price.tiers[0] : undefined;
}
/** The exact names a model's match rule lists (`{ or: [{ equals: "gpt-4-1106-preview" }, ...] }`), lower case. */
function equalsNames(info) {
    const names = [];
    const visit = (logic) => {
        if (logic === null || typeof logic !== "object")
            return;
        const rule = logic;
        if (typeof rule.equals === "string")
            names.push(rule.equals.toLowerCase());
        if (Array.isArray(rule.or))
            rule.or.forEach(visit);
    };
    visit(info.match);
    return [...new Set(names)];
}
/**
 * How a provider's tokens are counted: OpenAI's own encodings (cl100k for GPT-4 and GPT-3.5), else o200k times the
 * factor pricing.json gives most of that provider's models (1, approximate, when it has none).
 */
function tokenizerOf(provider, known) {
    if (provider === "openai") {
        return (id) => ({ encoding: /^gpt-(?:4(?!o|\.)|3\.5)/.test(id) ? "cl100k_base" : "o200k_base", tokenFactor: 1, approximateTokens: false });
    }
    const counts = new Map();
    for (const model of known)
        counts.set(model.tokenFactor, (counts.get(model.tokenFactor) ?? 0) + 1);
    const factor = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1;
    return () => ({ encoding: "o200k_base", tokenFactor: factor, approximateTokens: true });
}
//# sourceMappingURL=genai-prices.js.map