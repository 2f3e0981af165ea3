import assert from "node:assert/strict";
import { costUsd, defaultPricingTable, resolveModel } from "../../src/core/cost/pricing";
import { cheaperModels } from "../../src/vscode/cheaper-models";

describe("vscode/cheaper-models", () => {
  const pricing = defaultPricingTable();
  const priced = (model: string, inputTokens: number, outputTokens: number) => ({
    model,
    inputTokens,
    outputTokens,
    costUsd: costUsd(resolveModel(pricing, model)!.model, inputTokens, outputTokens),
  });

  it("1-3 models of the same provider, each at least 20% cheaper for the same tokens, dearest first", () => {
    const call = priced("gpt-4o", 1200, 600);
    const cheaper = cheaperModels(pricing, call);
    assert.ok(cheaper.length >= 1 && cheaper.length <= 3);
    for (const c of cheaper) {
      const m = resolveModel(pricing, c.id)!.model;
      assert.equal(m.provider, "openai");
      assert.ok(c.costUsd <= call.costUsd * 0.8);
      assert.equal(c.costUsd, costUsd(m, 1200, 600));
    }
    assert.deepEqual([...cheaper].sort((a, b) => b.costUsd - a.costUsd), cheaper);
  });

  it("stays with the provider (Anthropic → Anthropic)", () => {
    const cheaper = cheaperModels(pricing, priced("claude-sonnet-4-5", 2000, 1000));
    assert.ok(cheaper.length > 0);
    assert.ok(cheaper.every((c) => c.id.startsWith("claude-")));
  });

  it("nothing for the cheapest model, an unknown model or a free call", () => {
    const openai = pricing.models.filter((m) => m.provider === "openai" && !m.deprecationDate);
    const cheapest = openai.reduce((a, b) => (priced(b.id, 1000, 1000).costUsd < priced(a.id, 1000, 1000).costUsd ? b : a));
    assert.deepEqual(cheaperModels(pricing, priced(cheapest.id, 1000, 1000)), []);
    assert.deepEqual(cheaperModels(pricing, { model: "nope", inputTokens: 1, outputTokens: 1, costUsd: 1 }), []);
    assert.deepEqual(cheaperModels(pricing, { ...priced("gpt-4o", 1, 1), costUsd: 0 }), []);
  });

  it("skips retired models (a deprecation date passed): claude-3-5-haiku retired on 2026-02-19", () => {
    const call = priced("claude-sonnet-4-5", 2000, 1000);
    const all = (today: string) => cheaperModels(pricing, call, { max: 20, today }).map((c) => c.id);
    assert.ok(all("2025-06-01").includes("claude-3-5-haiku"));
    assert.ok(!all("2026-12-07").includes("claude-3-5-haiku"));
    const retired = pricing.models.filter((m) => m.deprecationDate !== undefined && m.deprecationDate <= "2026-12-07").map((m) => m.id);
    assert.ok(retired.length >= 3);
    assert.deepEqual(all("2026-12-07").filter((id) => retired.includes(id)), []);
  });
});
