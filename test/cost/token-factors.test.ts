import * as assert from "node:assert/strict";
import { anthropicToolPromptTokens, tokenCountingFor } from "../../src/core/cost/token-factors";

describe("tokenCountingFor", () => {
  it("OpenAI models: their own encoding, exact", () => {
    for (const [id, encoding] of [["gpt-4o", "o200k_base"], ["gpt-4.1-mini", "o200k_base"], ["o3", "o200k_base"], ["gpt-5", "o200k_base"], ["gpt-4", "cl100k_base"], ["gpt-4-turbo", "cl100k_base"], ["gpt-3.5-turbo", "cl100k_base"], ["openai/gpt-4o-mini", "o200k_base"]] as const) {
      const counting = tokenCountingFor(id);
      assert.deepEqual([counting?.encoding, counting?.factor, counting?.exact], [encoding, 1, true], id);
    }
  });

  it("Claude up to 4.6: 1.18; Opus 4.7 and the Claude 5 family: 1.5; Gemini 2 and 3: 1.06; all estimated", () => {
    const factor = (id: string) => tokenCountingFor(id)?.factor;
    for (const id of ["claude-3-haiku-20240307", "claude-3-5-sonnet-latest", "claude-3-7-sonnet", "claude-sonnet-4-5-20250929", "claude-opus-4-6", "claude-haiku-4-5", "anthropic/claude-sonnet-4", "us.anthropic.claude-opus-4-1-20250805-v1:0"]) {
      assert.equal(factor(id), 1.18, id);
    }
    for (const id of ["claude-opus-4-7", "claude-opus-5", "claude-sonnet-5-20260301", "claude-haiku-5"]) assert.equal(factor(id), 1.5, id);
    for (const id of ["gemini-2.5-flash", "gemini-2.0-flash-lite", "gemini-3-pro-preview", "gemini-3.1-flash-lite"]) assert.equal(factor(id), 1.06, id);
    assert.equal(tokenCountingFor("claude-sonnet-4-5")?.exact, false);
    assert.equal(tokenCountingFor("mistral-large"), undefined);
    assert.equal(tokenCountingFor("deepseek-chat"), undefined);
  });
});

describe("anthropicToolPromptTokens", () => {
  // Anthropic, "Tool use with Claude" → Pricing: "Tool use system prompt token count" (tool_choice auto/none; any/tool).
  const TABLE: [string, number, number][] = [
    ["claude-opus-4-5", 346, 313],
    ["claude-opus-4-1-20250805", 346, 313],
    ["claude-opus-4-20250514", 346, 313],
    ["claude-sonnet-4-5-20250929", 346, 313],
    ["claude-sonnet-4", 346, 313],
    ["claude-3-7-sonnet-20250219", 346, 313],
    ["claude-haiku-4-5", 346, 313],
    ["claude-3-5-haiku-20241022", 264, 340],
    ["claude-3-opus-20240229", 530, 281],
    ["claude-3-sonnet-20240229", 159, 235],
    ["claude-3-haiku-20240307", 264, 340],
  ];
  for (const [id, auto, forced] of TABLE) {
    it(`${id}: ${auto} (auto, none), ${forced} (any, tool), published`, () => {
      assert.deepEqual(anthropicToolPromptTokens(id, "auto"), { tokens: auto, exact: true });
      assert.deepEqual(anthropicToolPromptTokens(id, "none"), { tokens: auto, exact: true });
      assert.deepEqual(anthropicToolPromptTokens(id, "any"), { tokens: forced, exact: true });
      assert.deepEqual(anthropicToolPromptTokens(id, "tool"), { tokens: forced, exact: true });
    });
  }

  it("models the table does not list: their family's number, estimated", () => {
    assert.deepEqual(anthropicToolPromptTokens("claude-sonnet-4-6", "auto"), { tokens: 346, exact: false });
    assert.deepEqual(anthropicToolPromptTokens("claude-3-5-sonnet-latest", "any"), { tokens: 313, exact: false });
    assert.deepEqual(anthropicToolPromptTokens("claude-opus-4-7", "tool"), { tokens: 313, exact: false });
    assert.equal(anthropicToolPromptTokens("gpt-4o", "auto"), undefined);
  });
});
