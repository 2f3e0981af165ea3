import assert from "node:assert/strict";
import { defaultPricingTable, resolveModel } from "../../src/core/cost/pricing";

// Id forms seen in real agent code (vercel/ai, langchainjs, chatbot apps): each must price as the plain model.
const FORMS: [string, string][] = [
  ["openai:gpt-4o-mini", "gpt-4o-mini"], // LangChain initChatModel / AI SDK provider registry
  ["anthropic:claude-3-5-haiku-latest", "claude-3-5-haiku"],
  ["anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3-5-sonnet"], // Bedrock
  ["us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5"], // Bedrock cross-region
  ["claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet"], // Vertex
  ["claude-sonnet-4-5@20250929", "claude-sonnet-4-5"],
  ["claude-3-5-sonnet-20240620", "claude-3-5-sonnet"],
  ["openai/gpt-4.1-mini", "gpt-4.1-mini"], // gateway
];

describe("model id forms from real code", () => {
  const table = defaultPricingTable();
  for (const [id, expected] of FORMS) {
    it(`${id} → ${expected}`, () => {
      assert.equal(resolveModel(table, id)?.model.id, expected);
    });
  }
  it("does not strip a version that is part of the name (gpt-4o-mini is not gpt-4o; o3-mini is not o3)", () => {
    assert.equal(resolveModel(table, "openai:o3-mini")?.model.id, "o3-mini");
    assert.equal(resolveModel(table, "gpt-4.1-nano")?.model.id, "gpt-4.1-nano");
  });
});
