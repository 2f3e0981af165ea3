"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const pricing_1 = require("../../src/core/cost/pricing");
const cheaper_models_1 = require("../../src/vscode/cheaper-models");
describe("vscode/cheaper-models", () => {
    const pricing = (0, pricing_1.defaultPricingTable)();
    const priced = (model, inputTokens, outputTokens) => ({
        model,
        inputTokens,
        outputTokens,
        costUsd: (0, pricing_1.costUsd)((0, pricing_1.resolveModel)(pricing, model).model, inputTokens, outputTokens),
    });
    it("1-3 models of the same provider, each at least 20% cheaper for the same tokens, dearest first", () => {
        const call = priced("gpt-4o", 1200, 600);
        const cheaper = (0, cheaper_models_1.cheaperModels)(pricing, call);
        strict_1.default.ok(cheaper.length >= 1 && cheaper.length <= 3);
        for (const c of cheaper) {
            const m = (0, pricing_1.resolveModel)(pricing, c.id).model;
            strict_1.default.equal(m.provider, "openai");
            strict_1.default.ok(c.costUsd <= call.costUsd * 0.8);
            strict_1.default.equal(c.costUsd, (0, pricing_1.costUsd)(m, 1200, 600));
        }
        strict_1.default.deepEqual([...cheaper].sort((a, b) => b.costUsd - a.costUsd), cheaper);
    });
    it("stays with the provider (Anthropic → Anthropic)", () => {
        const cheaper = (0, cheaper_models_1.cheaperModels)(pricing, priced("claude-sonnet-4-5", 2000, 1000));
        strict_1.default.ok(cheaper.length > 0);
        strict_1.default.ok(cheaper.every((c) => c.id.startsWith("claude-")));
    });
    it("nothing for the cheapest model, an unknown model or a free call", () => {
        const openai = pricing.models.filter((m) => m.provider === "openai" && !m.deprecationDate);
        const cheapest = openai.reduce((a, b) => (priced(b.id, 1000, 1000).costUsd < priced(a.id, 1000, 1000).costUsd ? b : a));
        strict_1.default.deepEqual((0, cheaper_models_1.cheaperModels)(pricing, priced(cheapest.id, 1000, 1000)), []);
        strict_1.default.deepEqual((0, cheaper_models_1.cheaperModels)(pricing, { model: "nope", inputTokens: 1, outputTokens: 1, costUsd: 1 }), []);
        strict_1.default.deepEqual((0, cheaper_models_1.cheaperModels)(pricing, { ...priced("gpt-4o", 1, 1), costUsd: 0 }), []);
    });
    it("skips retired models (a deprecation date passed): claude-3-5-haiku retired on 2026-02-19", () => {
        const call = priced("claude-sonnet-4-5", 2000, 1000);
        const all = (today) => (0, cheaper_models_1.cheaperModels)(pricing, call, { max: 20, today }).map((c) => c.id);
        strict_1.default.ok(all("2025-06-01").includes("claude-3-5-haiku"));
        strict_1.default.ok(!all("2026-12-07").includes("claude-3-5-haiku"));
        const retired = pricing.models.filter((m) => m.deprecationDate !== undefined && m.deprecationDate <= "2026-12-07").map((m) => m.id);
        strict_1.default.ok(retired.length >= 3);
        strict_1.default.deepEqual(all("2026-12-07").filter((id) => retired.includes(id)), []);
    });
});
//# sourceMappingURL=cheaper-models.test.js.map