import assert from "node:assert/strict";
import type { CallEstimate } from "../../src/core/cost/estimate";
import { formatTokens, formatUsd, hoverMarkdown, inlineLabel, runTotal, statusText, worstCasePerRun } from "../../src/vscode/format";

type Call = Omit<CallEstimate, "node">;

function call(over: Partial<Call> = {}): Call {
  return {
    start: 0,
    end: 10,
    sdk: "openai",
    profileId: "openai.chat.completions.create",
    model: "gpt-4o",
    provider: "openai",
    requestedModel: "gpt-4o",
    modelNote: "gpt-4o",
    approximate: false,
    inputTokens: 1234,
    outputTokens: 600,
    costUsd: 0.0041,
    breakdown: [
      { part: "system", tokens: 100, detail: "system prompt read from the code" },
      { part: "messages", tokens: 800, detail: "2 message(s), literal parts" },
      { part: "tools", tokens: 0, detail: "none" },
      { part: "overhead", tokens: 84, detail: "chat format" },
      { part: "assumed", tokens: 250, detail: "1 unresolved part(s) x 250" },
      { part: "output", tokens: 600, detail: "the call's output cap" },
    ],
    assumptions: ["1 part of the input cannot be read from the code: 250 tokens each (assumptions.unresolvedTokens)"],
    flags: [],
    ...over,
  };
}

describe("vscode/format", () => {
  it("formats token counts short", () => {
    assert.deepEqual([0, 257, 999, 1000, 1234, 2048, 9_960, 16_384, 128_000, 999_499, 999_500, 1_250_000].map(formatTokens), [
      "0", "257", "999", "1k", "1.2k", "2k", "10k", "16k", "128k", "999k", "1M", "1.3M",
    ]);
  });

  it("formats dollars: two significant digits under $0.10, cents under $100, dollars above", () => {
    assert.deepEqual([0, 0.0000001, 0.00004212, 0.0041, 0.0315, 0.1, 0.1645, 0.95, 11.1908, 1234.5, Infinity].map(formatUsd), [
      "$0", "<$0.000001", "$0.000042", "$0.0041", "$0.032", "$0.10", "$0.16", "$0.95", "$11.19", "$1,235", "unbounded",
    ]);
  });

  it("the inline label: tokens in, output cap, cost per call", () => {
    assert.equal(inlineLabel(call()), "≈ 1.2k in · ≤ 600 out · $0.0041/call");
  });

  it("marks approximate counts with ~ and an assumed model with ?", () => {
    assert.equal(inlineLabel(call({ approximate: true, model: "claude-sonnet-4-5" })), "~ 1.2k in · ≤ 600 out · $0.0041/call");
    assert.equal(inlineLabel(call({ flags: ["default-model"] })), "≈ 1.2k in · ≤ 600 out · $0.0041/call · gpt-4o?");
  });

  it("marks a growing history, a capped loop, an uncapped loop and an agent run", () => {
    const history = { turns: 20, tokensPerTurn: 850, replyTokens: 600, turn1Usd: 0.0041, pricedTurns: 20, turnNUsd: 0.95, turnNInputTokens: 17_384, cumulativeUsd: 9.7, inputLimit: 128_000 };
    assert.equal(inlineLabel(call({ history, flags: ["growing-history"] })), "≈ 1.2k in · ≤ 600 out · $0.0041/call · grows: $0.95 at turn 20");
    assert.equal(
      inlineLabel(call({ loop: { iterations: 10, source: "a loop capped at 10", worstCaseUsd: 0.041 }, flags: ["in-loop"] })),
      "≈ 1.2k in · ≤ 600 out · $0.0041/call · ×10 loop: $0.041/run",
    );
    assert.equal(inlineLabel(call({ loop: { iterations: null, source: "a loop with no cap", worstCaseUsd: null }, flags: ["in-loop", "uncapped-loop"] })), "≈ 1.2k in · ≤ 600 out · $0.0041/call · no loop cap");
    assert.equal(inlineLabel(call({ loop: { iterations: null, source: "maxTurns: null", worstCaseUsd: null }, flags: ["agent-run", "uncapped-loop"] })), "≈ 1.2k in · ≤ 600 out · $0.0041/call · no step cap");
    assert.equal(inlineLabel(call({ loop: { iterations: 8, source: "max_iterations: 8", worstCaseUsd: 0.0328 }, flags: ["agent-run"] })), "≈ 1.2k in · ≤ 600 out · $0.0041/call · ×8 steps: $0.033/run");
  });

  it("worst case per run: loops at their caps, histories at the last turn, no cap = null", () => {
    const history = { turns: 20, tokensPerTurn: 850, replyTokens: 600, turn1Usd: 0.0041, pricedTurns: 20, turnNUsd: 0.95, turnNInputTokens: 17_384, cumulativeUsd: 9.7, inputLimit: 128_000 };
    assert.equal(worstCasePerRun(call()), 0.0041);
    assert.equal(worstCasePerRun(call({ history })), 0.95);
    assert.ok(Math.abs(worstCasePerRun(call({ loop: { iterations: 3, source: "", worstCaseUsd: 0.0123 } }))! - 0.0123) < 1e-12);
    assert.equal(worstCasePerRun(call({ loop: { iterations: null, source: "", worstCaseUsd: null } })), null);
    const total = runTotal([call(), call({ history }), call({ loop: { iterations: null, source: "", worstCaseUsd: null } })]);
    assert.deepEqual({ ...total, usd: Number(total.usd.toFixed(4)) }, { calls: 3, usd: 0.9541, unbounded: 1 });
    assert.equal(statusText(total), "3 LLM calls · unbounded/run");
    assert.equal(statusText(runTotal([call()])), "1 LLM call · ≤ $0.0041/run");
    assert.equal(statusText(runTotal([])), "costlint: no LLM calls");
  });

  it("the hover: breakdown table, totals, assumptions, budget and cheaper models", () => {
    const md = hoverMarkdown(call({ costUsd: 0.2 }), { cheaper: [{ id: "gpt-4o-mini", costUsd: 0.012 }], budgetUsd: 0.1, pricesUpdated: "2026-07-24" });
    assert.match(md, /^\*\*costlint\*\* · estimated cost of this call on gpt-4o: \*\*\$0\.20 per call\*\*\n/);
    assert.match(hoverMarkdown(call({ flags: ["default-model"] }), { cheaper: [] }), /on gpt-4o \(assumed\): /);
    assert.match(hoverMarkdown(call({ approximate: true }), { cheaper: [] }), /per call\*\* \(token counts approximate\)/);
    assert.match(md, /\| system prompt \| 100 \| system prompt read from the code \|/);
    assert.match(md, /\| \*\*input\*\* \| \*\*1,234\*\* \| \|/);
    assert.match(md, /\| \*\*output\*\* \| \*\*≤ 600\*\* \| the call's output cap \|/);
    assert.match(md, /\*\*\$0\.20 per call\*\*/);
    assert.match(md, /Above the budget of \$0\.10 per call/);
    assert.match(md, /Assumptions:\n- 1 part of the input/);
    assert.match(md, /- gpt-4o-mini: \$0\.012\/call \(−94%\)/);
    assert.match(md, /Prices as of 2026-07-24/);
  });

  it("escapes table-breaking characters in engine text", () => {
    const md = hoverMarkdown(call({ assumptions: ["the conversation (a | b) is not literal: counted as *one* message"] }), { cheaper: [] });
    assert.match(md, /- the conversation \(a \\\| b\) is not literal: counted as \\\*one\\\* message/);
  });
});
