"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenCountingOf = tokenCountingOf;
exports.scaleTokenCount = scaleTokenCount;
exports.countModelTokens = countModelTokens;
/**
 * Token counts for a specific model: the count in the model's OpenAI encoding, scaled by its family's factor (1 for
 * OpenAI models; a measured or published approximation for providers whose tokenizers are not public - see
 * token-factors.ts and docs/estimate-tools.md).
 */
const pricing_1 = require("./pricing");
const token_factors_1 = require("./token-factors");
const tokenizer_1 = require("./tokenizer");
/**
 * The counting of a priced model: its family's factor (token-factors.ts), unless the user set a tokenFactor for it
 * (a price override whose factor differs from the bundled table's, or a model the user added with a factor other
 * than the default 1), which wins. Models of no known family keep the price table's factor.
 */
function tokenCountingOf(model) {
    const family = (0, token_factors_1.tokenCountingFor)(model.id);
    const bundled = (0, pricing_1.resolveModel)((0, pricing_1.defaultPricingTable)(), model.id);
    const bundledFactor = bundled?.model.id.toLowerCase() === model.id.toLowerCase() ? bundled.model.tokenFactor : undefined;
    const userFactor = bundledFactor !== undefined ? model.tokenFactor !== bundledFactor : model.tokenFactor !== 1;
    if (userFactor || !family) {
        const exact = !model.approximateTokens && model.tokenFactor === 1;
        return { encoding: model.encoding, tokenFactor: model.tokenFactor, exact, source: userFactor ? `tokenFactor ${model.tokenFactor} set in "pricing"` : `the price table's tokenFactor ${model.tokenFactor}` };
    }
    return { encoding: model.encoding, tokenFactor: family.factor, exact: family.exact && model.encoding === family.encoding, source: family.source, family: family.family };
}
/** Scales a count in the model's encoding to the model's own tokenizer, rounding up. */
function scaleTokenCount(encodingTokens, model) {
    if (model.tokenFactor === 1)
        return encodingTokens;
    // The epsilon keeps float noise (100 * 1.1 = 110.00000000000001) from adding a token.
    return Math.ceil(encodingTokens * model.tokenFactor - 1e-9);
}
/** Estimated tokens of `text` for `model`; exact when the counting is exact. */
function countModelTokens(text, model) {
    const counting = tokenCountingOf(model);
    return scaleTokenCount((0, tokenizer_1.countTokens)(text, counting.encoding), counting);
}
//# sourceMappingURL=model-tokens.js.map