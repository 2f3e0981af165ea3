import * as assert from "node:assert/strict";
import { countModelTokens, scaleTokenCount, tokenCountingOf } from "../../src/core/cost/model-tokens";
import { defaultPricingTable, mergePricing, resolveModel } from "../../src/core/cost/pricing";
import { referenceCount } from "./reference-encoder";

describe("countModelTokens", () => {
  const table = defaultPricingTable();
  const text = "Summarize the following support ticket in two sentences, then list the next actions.";

  it("is the exact encoding count for OpenAI models", () => {
    assert.equal(countModelTokens(text, resolveModel(table, "gpt-4o")!.model), referenceCount(text, "o200k_base"));
    assert.equal(countModelTokens(text, resolveModel(table, "gpt-4")!.model), referenceCount(text, "cl100k_base"));
    assert.equal(tokenCountingOf(resolveModel(table, "gpt-4o")!.model).exact, true);
  });

  it("scales by the model family's factor, rounding up", () => {
    const claude = resolveModel(table, "claude-sonnet-4-5")!.model;
    assert.equal(countModelTokens(text, claude), Math.ceil(referenceCount(text, "o200k_base") * 1.18));
    assert.equal(countModelTokens(text, resolveModel(table, "claude-opus-4-7")!.model), Math.ceil(referenceCount(text, "o200k_base") * 1.5));
    assert.equal(countModelTokens(text, resolveModel(table, "gemini-2.5-flash")!.model), Math.ceil(referenceCount(text, "o200k_base") * 1.06));
    assert.equal(tokenCountingOf(claude).exact, false);
    assert.equal(scaleTokenCount(10, { tokenFactor: 1.2 }), 12);
    assert.equal(scaleTokenCount(11, { tokenFactor: 1.2 }), 14);
    assert.equal(scaleTokenCount(7, { tokenFactor: 1 }), 7);
    assert.equal(scaleTokenCount(100, { tokenFactor: 1.1 }), 110);
  });

  it("a tokenFactor the user sets wins over the family's", () => {
    const merged = mergePricing(table, [
      { id: "claude-sonnet-4-5", tokenFactor: 2 },
      { id: "my-claude-proxy", provider: "anthropic", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 100000, maxOutputTokens: 1000, tokenFactor: 1.3 },
      { id: "claude-sonnet-9-preview", provider: "anthropic", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 100000, maxOutputTokens: 1000 },
    ]);
    const counting = (id: string) => tokenCountingOf(resolveModel(merged, id)!.model);
    assert.equal(counting("claude-sonnet-4-5").tokenFactor, 2);
    assert.match(counting("claude-sonnet-4-5").source, /set in "pricing"/);
    assert.equal(counting("my-claude-proxy").tokenFactor, 1.3);
    // A model the user adds without a factor gets its family's, when its id names one.
    assert.equal(counting("claude-sonnet-9-preview").tokenFactor, 1.5);
    // Models of no known family keep the table's factor.
    assert.equal(counting("mistral-large").tokenFactor, resolveModel(table, "mistral-large")!.model.tokenFactor);
  });
});
