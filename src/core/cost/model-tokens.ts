/**
 * Token counts for a specific model: the count in the model's OpenAI encoding,
 * scaled by its tokenFactor (1 for OpenAI models; an approximation for other
 * providers, whose tokenizers are not public - see docs/estimate-tools.md).
 */
import type { ModelPrice } from "./pricing-schema";
import { countTokens } from "./tokenizer";

/** Scales a count in `model.encoding` to the model's own tokenizer, rounding up. */
export function scaleTokenCount(encodingTokens: number, model: Pick<ModelPrice, "tokenFactor">): number {
  if (model.tokenFactor === 1) return encodingTokens;
  // The epsilon keeps float noise (100 * 1.1 = 110.00000000000001) from adding a token.
  return Math.ceil(encodingTokens * model.tokenFactor - 1e-9);
}

/** Estimated tokens of `text` for `model`; exact when `model.approximateTokens` is false. */
export function countModelTokens(text: string, model: Pick<ModelPrice, "encoding" | "tokenFactor">): number {
  return scaleTokenCount(countTokens(text, model.encoding), model);
}
