/**
 * Zod schema of price tables (the bundled pricing.json and user price files).
 * Prices are USD per million tokens.
 */
import { z } from "zod";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Bounds that keep an estimate finite: the dearest model today costs hundreds of dollars per million tokens. */
const price = z.number().min(0).max(100_000);
const tokenCount = z.number().int().positive().max(1_000_000_000);
const isoDate = z.string().regex(ISO_DATE, { error: "expected a date YYYY-MM-DD" });
const name = z.string().min(1);

/** Higher rates that apply to the whole request once its prompt exceeds `aboveInputTokens`. */
export const longContextPriceSchema = z.strictObject({
  aboveInputTokens: tokenCount,
  inputPerMTok: price,
  outputPerMTok: price,
  cachedInputPerMTok: price,
});

export const modelPriceSchema = z.strictObject({
  id: name,
  /** "openai", "anthropic", "google", "mistral", "deepseek", or any provider a user adds. */
  provider: name,
  inputPerMTok: price,
  outputPerMTok: price,
  /** Price of input tokens read from the prompt cache (= inputPerMTok when there is no discount). */
  cachedInputPerMTok: price,
  /** Price of writing input to the prompt cache, where billed separately (Anthropic 5-minute cache). */
  cacheWritePerMTok: price.optional(),
  longContext: longContextPriceSchema.optional(),
  /** Total context window as the provider publishes it. */
  contextWindow: tokenCount,
  /** Input limit when it is lower than the context window (gpt-5: 272k of 400k). */
  maxInputTokens: tokenCount.optional(),
  maxOutputTokens: tokenCount,
  /** OpenAI encoding used to count this model's tokens (exactly for OpenAI models, as a proxy otherwise). */
  encoding: z.enum(["o200k_base", "cl100k_base"]),
  /** Multiplier from the `encoding` count to this model's own tokenizer (1 for OpenAI). */
  tokenFactor: z.number().positive().max(100),
  /** True when the token count is an estimate (non-OpenAI tokenizers). */
  approximateTokens: z.boolean(),
  /** Date the prices are known as of. */
  priceDate: isoDate.optional(),
  /** Provider pricing page URL, or "BerriAI/litellm model_prices_and_context_window.json". */
  priceSource: z.string().optional(),
  /** Other names of the same model at the same price (case-insensitive). */
  aliases: z.array(name).default([]),
  deprecationDate: isoDate.optional(),
  notes: z.string().optional(),
});

export const pricingFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  updated: isoDate,
  models: z.array(modelPriceSchema).min(1),
});

/** An override of an existing model (any subset of fields) or a new model (see mergePricing). */
export const priceOverrideSchema = modelPriceSchema.partial().extend({ id: name });

export const priceOverridesSchema = z.array(priceOverrideSchema);

export type ModelPrice = z.output<typeof modelPriceSchema>;
export type LongContextPrice = z.output<typeof longContextPriceSchema>;
export type PartialModelPrice = z.input<typeof priceOverrideSchema>;
