import * as assert from "node:assert/strict";
import { countModelTokens, scaleTokenCount } from "../../src/core/cost/model-tokens";
import { defaultPricingTable, resolveModel } from "../../src/core/cost/pricing";
import { referenceCount } from "./reference-encoder";

describe("countModelTokens", () => {
  const table = defaultPricingTable();
  const text = "Summarize the following support ticket in two sentences, then list the next actions.";

  it("is the exact encoding count for OpenAI models", () => {
    assert.equal(countModelTokens(text, resolveModel(table, "gpt-4o")!.model), referenceCount(text, "o200k_base"));
    assert.equal(countModelTokens(text, resolveModel(table, "gpt-4")!.model), referenceCount(text, "cl100k_base"));
  });

  it("scales by the model's token factor, rounding up", () => {
    const claude = resolveModel(table, "claude-sonnet-4-5")!.model;
    assert.equal(countModelTokens(text, claude), Math.ceil(referenceCount(text, "o200k_base") * claude.tokenFactor));
    assert.equal(scaleTokenCount(10, { tokenFactor: 1.2 }), 12);
    assert.equal(scaleTokenCount(11, { tokenFactor: 1.2 }), 14);
    assert.equal(scaleTokenCount(7, { tokenFactor: 1 }), 7);
    assert.equal(scaleTokenCount(100, { tokenFactor: 1.1 }), 110);
  });
});
