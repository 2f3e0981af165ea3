"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cheaperModels = cheaperModels;
/** "The same call on a cheaper tier": 1-3 cheaper models of the same provider, priced on the same token counts. */
const pricing_1 = require("../core/cost/pricing");
/** A model must save at least this share to be worth naming. */
const MIN_SAVING = 0.2;
/**
 * Up to `max` models of the same provider that would cost at least 20% less for the same input and output
 * tokens: the nearest cheaper tier, the cheapest, and one between (deprecated models and equal prices skipped).
 */
function cheaperModels(pricing, call, { max = 3, today = new Date().toISOString().slice(0, 10) } = {}) {
    const current = (0, pricing_1.resolveModel)(pricing, call.model)?.model;
    if (!current || !(call.costUsd > 0))
        return [];
    const seen = new Set();
    const candidates = [];
    for (const model of pricing.models) {
        if (model.provider !== current.provider || model.id === current.id || isDeprecated(model, today))
            continue;
        let cost;
        try {
            cost = (0, pricing_1.costUsd)(model, call.inputTokens, call.outputTokens);
        }
        catch {
            continue;
        }
        if (cost > call.costUsd * (1 - MIN_SAVING))
            continue;
        const key = cost.toPrecision(6);
        if (seen.has(key))
            continue;
        seen.add(key);
        candidates.push({ id: model.id, costUsd: cost });
    }
    candidates.sort((a, b) => b.costUsd - a.costUsd || a.id.localeCompare(b.id));
    if (candidates.length <= max)
        return candidates;
    if (max === 1)
        return [candidates[0]];
    const picked = [candidates[0]];
    const between = max - 2;
    for (let i = 1; i <= between; i++)
        picked.push(candidates[Math.round((i * (candidates.length - 1)) / (between + 1))]);
    picked.push(candidates[candidates.length - 1]);
    return picked;
}
function isDeprecated(model, today) {
    return model.deprecationDate !== undefined && model.deprecationDate <= today;
}
//# sourceMappingURL=cheaper-models.js.map