"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatUsd = formatUsd;
exports.modelLabel = modelLabel;
/** Dollars for messages: two significant digits under a cent, three decimals under a dollar, cents above. */
function formatUsd(value) {
    if (value >= 1)
        return `$${value.toFixed(2)}`;
    if (value >= 0.01)
        return `$${value.toFixed(3)}`;
    return `$${value.toPrecision(2)}`;
}
/**
 * The model a $ figure of a message rests on: "gpt-4o", "claude-sonnet-4-5 (approximate)", "gpt-4o (assumed
 * model)" when the code does not name it (or names one the pricing table lacks) and the default model priced it.
 */
function modelLabel(model, approximate, assumed) {
    const notes = [...(assumed ? ["assumed model"] : []), ...(approximate ? ["approximate"] : [])];
    return notes.length ? `${model} (${notes.join(", ")})` : model;
}
//# sourceMappingURL=format.js.map