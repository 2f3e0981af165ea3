import assert from "node:assert/strict";
import type { CallEstimate } from "../../src/core/cost/estimate";
import { INLINE_MAX_LENGTH, formatTokens, formatUsd, hoverMarkdown, inlineLabel, runTotal, statusText, worstCasePerRun } from "../../src/vscode/format";

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
      { part: "system", tokens: 100, exact: true, detail: "system prompt read from the code" },
      { part: "messages", tokens: 800, exact: true, detail: "2 message(s), literal parts" },
      { part: "tools", tokens: 0, exact: true, detail: "none" },
      { part: "overhead", tokens: 84, exact: true, detail: "chat format" },
      { part: "assumed", tokens: 250, exact: false, detail: "1 unresolved part(s) x 250" },
      { part: "output", tokens: 600, exact: false, detail: "the call's output cap" },
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
    assert.equal(inlineLabel(call()), "≈ $0.0041/call");
  });

  it("marks approximate counts with ~ and an assumed model with ?", () => {
    assert.equal(inlineLabel(call({ approximate: true, model: "claude-sonnet-4-5" })), "~ $0.0041/call");
    assert.equal(inlineLabel(call({ flags: ["default-model"] })), "≈ $0.0041/call · gpt-4o?");
  });

  it("marks a growing history, a capped loop, an uncapped loop and an agent run", () => {
    const history = { turns: 20, tokensPerTurn: 850, replyTokens: 600, turn1Usd: 0.0041, pricedTurns: 20, turnNUsd: 0.95, turnNInputTokens: 17_384, cumulativeUsd: 9.7, inputLimit: 128_000 };
    assert.equal(inlineLabel(call({ history, flags: ["growing-history"] })), "≈ $0.0041/call · grows: $0.95 at turn 20");
    assert.equal(
      inlineLabel(call({ loop: { iterations: 10, source: "a loop capped at 10", worstCaseUsd: 0.041 }, flags: ["in-loop"] })),
      "≈ $0.0041/call · ×10 loop: $0.041/run",
    );
    assert.equal(inlineLabel(call({ loop: { iterations: null, source: "a loop with no cap", worstCaseUsd: null }, flags: ["in-loop", "uncapped-loop"] })), "≈ $0.0041/call · ∞ loop");
    assert.equal(inlineLabel(call({ loop: { iterations: null, source: "maxTurns: null", worstCaseUsd: null }, flags: ["agent-run", "uncapped-loop"] })), "≈ $0.0041/call · ∞ steps");
    assert.equal(inlineLabel(call({ loop: { iterations: 8, source: "max_iterations: 8", worstCaseUsd: 0.0328 }, flags: ["agent-run"] })), "≈ $0.0041/call · ×8 steps: $0.033/run");
  });

  it("fits VS Code's default inlay width (43), the most important mark first, shortened then dropped from the end", () => {
    assert.equal(INLINE_MAX_LENGTH, 43);
    const history = { turns: 200, tokensPerTurn: 850, replyTokens: 400, turn1Usd: 0.0041, pricedTurns: 200, turnNUsd: 12.5, turnNInputTokens: 170_000, cumulativeUsd: 9.7, inputLimit: 1_000_000 };
    const loop = { iterations: 1000, source: "a loop capped at 1000", worstCaseUsd: 12500 };
    const all = call({ history, loop, costUsd: 0.0041, model: "claude-sonnet-4-5", flags: ["growing-history", "in-loop", "default-model"] });
    // every mark at full length is 88 characters: shortened from the end, then the last dropped
    assert.equal(inlineLabel(all), "≈ $0.0041/call · grows · ×1000 loop");
    assert.equal(inlineLabel({ ...all, loop: undefined }), "≈ $0.0041/call · grows · model?");
    assert.equal(inlineLabel({ ...all, history: undefined, flags: ["in-loop", "default-model"] }), "≈ $0.0041/call · ×1000 loop · model?");
    const costs = [0.0000123, 0.0041, 0.164, 12.5, 123456.78];
    const models = ["gpt-4o", "claude-sonnet-4-5-20250929", "gemini-3.1-flash-lite-preview-with-a-long-name"];
    for (const costUsd of costs) {
      for (const model of models) {
        for (const flags of [[], ["default-model"], ["agent-run", "default-model"]] as CallEstimate["flags"][]) {
          for (const h of [undefined, history]) {
            for (const l of [undefined, loop, { iterations: null, source: "", worstCaseUsd: null }]) {
              const label = inlineLabel(call({ costUsd, model, flags, history: h, loop: l }));
              assert.ok(label.length <= INLINE_MAX_LENGTH, `${label.length}: ${label}`);
              assert.ok(label.startsWith(`≈ ${formatUsd(costUsd)}/call`), label);
            }
          }
        }
      }
    }
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

  it("the hover marks estimated parts with ~ and says the others are exact", () => {
    const md = hoverMarkdown(call(), { cheaper: [] });
    assert.match(md, /\| system prompt \| 100 \|/);
    assert.match(md, /\| assumed \| ~250 \|/);
    assert.match(md, /~ estimated; the other input counts are exact/);
    const exact = call({ breakdown: call().breakdown.map((b) => (b.part === "assumed" ? { ...b, tokens: 0 } : b)) });
    assert.doesNotMatch(hoverMarkdown(exact, { cheaper: [] }), /~ estimated/);
    const claude = call({ breakdown: call().breakdown.map((b) => (b.part === "messages" ? { ...b, exact: false } : b)) });
    assert.match(hoverMarkdown(claude, { cheaper: [] }), /\| messages \| ~800 \|/);
  });

  it("escapes table-breaking characters in engine text", () => {
    const md = hoverMarkdown(call({ assumptions: ["the conversation (a | b) is not literal: counted as *one* message"] }), { cheaper: [] });
    assert.match(md, /- the conversation \(a \\\| b\) is not literal: counted as \\\*one\\\* message/);
  });

  it("a model string from the code cannot start a paragraph, a heading, a list or a link (newlines, #, -, ! escaped)", () => {
    const hostile = "gpt-4o\n\n# Owned\n- [click](https://evil.example) ![x](y) &amp; ~~z~~";
    const md = hoverMarkdown(call({ model: hostile, requestedModel: hostile, assumptions: ["- a\r\n1. b"] }), { cheaper: [] });
    const lines = md.split("\n");
    assert.ok(!lines.some((l) => /^\s*#/.test(l)), "no heading");
    assert.ok(lines[0]!.includes("gpt-4o \\# Owned - \\[click\\](https://evil.example) \\!\\[x\\](y) \\&amp; \\~\\~z\\~\\~"), lines[0]);
    assert.ok(lines.includes("- \\- a 1. b"), md);
  });
});
