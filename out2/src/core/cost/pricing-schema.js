"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.priceOverridesSchema = exports.priceOverrideSchema = exports.pricingFileSchema = exports.modelPriceSchema = exports.longContextPriceSchema = void 0;
/**
 * Zod schema of price tables (the bundled pricing.json and user price files).
 * Prices are USD per million tokens.
 */
const zod_1 = require("zod");
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Bounds that keep an estimate finite: the dearest model today costs hundreds of dollars per million tokens. */
const price = zod_1.z.number().min(0).max(100_000);
const tokenCount = zod_1.z.number().int().positive().max(1_000_000_000);
const isoDate = zod_1.z.string().regex(ISO_DATE, { error: "expected a date YYYY-MM-DD" });
const name = zod_1.z.string().min(1);
/** Higher rates that apply to the whole request once its prompt exceeds `aboveInputTokens`. */
exports.longContextPriceSchema = zod_1.z.strictObject({
    aboveInputTokens: tokenCount,
    inputPerMTok: price,
    outputPerMTok: price,
    cachedInputPerMTok: price,
});
exports.modelPriceSchema = zod_1.z.strictObject({
    id: name,
    /** "openai", "anthropic", "google", "mistral", "deepseek", or any provider a user adds. */
    provider: name,
    inputPerMTok: price,
    outputPerMTok: price,
    /** Price of input tokens read from the prompt cache (= inputPerMTok when there is no discount). */
    cachedInputPerMTok: price,
    /** Price of writing input to the prompt cache, where billed separately (Anthropic 5-minute cache). */
    cacheWritePerMTok: price.optional(),
    longContext: exports.longContextPriceSchema.optional(),
    /** Total context window as the provider publishes it. */
    contextWindow: tokenCount,
    /** Input limit when it is lower than the context window (gpt-5: 272k of 400k). */
    maxInputTokens: tokenCount.optional(),
    maxOutputTokens: tokenCount,
    /** OpenAI encoding used to count this model's tokens (exactly for OpenAI models, as a proxy otherwise). */
    encoding: zod_1.z.enum(["o200k_base", "cl100k_base"]),
    /** Multiplier from the `encoding` count to this model's own tokenizer (1 for OpenAI). */
    tokenFactor: zod_1.z.number().positive().max(100),
    /** True when the token count is an estimate (non-OpenAI tokenizers). */
    approximateTokens: zod_1.z.boolean(),
    /** Date the prices are known as of. */
    priceDate: isoDate.optional(),
    /** Provider pricing page URL, or "BerriAI/litellm model_prices_and_context_window.json". */
    priceSource: zod_1.z.string().optional(),
    /** Other names of the same model at the same price (case-insensitive). */
    aliases: zod_1.z.array(name).default([]),
    deprecationDate: isoDate.optional(),
    notes: zod_1.z.string().optional(),
});
exports.pricingFileSchema = zod_1.z.strictObject({
    $schema: zod_1.z.string().optional(),
    version: zod_1.z.literal(1),
    updated: isoDate,
    models: zod_1.z.array(exports.modelPriceSchema).min(1),
});
/** An override of an existing model (any subset of fields) or a new model (see mergePricing). */
exports.priceOverrideSchema = exports.modelPriceSchema.partial().extend({ id: name });
exports.priceOverridesSchema = zod_1.z.array(exports.priceOverrideSchema);
//# sourceMappingURL=pricing-schema.js.map