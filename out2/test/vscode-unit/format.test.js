"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const format_1 = require("../../src/vscode/format");
function call(over = {}) {
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
        strict_1.default.deepEqual([0, 257, 999, 1000, 1234, 2048, 9_960, 16_384, 128_000, 999_499, 999_500, 1_250_000].map(format_1.formatTokens), [
            "0", "257", "999", "1k", "1.2k", "2k", "10k", "16k", "128k", "999k", "1M", "1.3M",
        ]);
    });
    it("formats dollars: two significant digits under $0.10, cents under $100, dollars above", () => {
        strict_1.default.deepEqual([0, 0.0000001, 0.00004212, 0.0041, 0.0315, 0.1, 0.1645, 0.95, 11.1908, 1234.5, Infinity].map(format_1.formatUsd), [
            "$0", "<$0.000001", "$0.000042", "$0.0041", "$0.032", "$0.10", "$0.16", "$0.95", "$11.19", "$1,235", "unbounded",
        ]);
    });
    it("the inline label: tokens in, output cap, cost per call", () => {
        strict_1.default.equal((0, format_1.inlineLabel)(call()), "≈ $0.0041/call");
    });
    it("marks approximate counts with ~ and an assumed model with ?", () => {
        strict_1.default.equal((0, format_1.inlineLabel)(call({ approximate: true, model: "claude-sonnet-4-5" })), "~ $0.0041/call");
        strict_1.default.equal((0, format_1.inlineLabel)(call({ flags: ["default-model"] })), "≈ $0.0041/call · gpt-4o?");
    });
    it("marks a growing history, a capped loop, an uncapped loop and an agent run", () => {
        const history = { turns: 20, tokensPerTurn: 850, replyTokens: 600, turn1Usd: 0.0041, pricedTurns: 20, turnNUsd: 0.95, turnNInputTokens: 17_384, cumulativeUsd: 9.7, inputLimit: 128_000 };
        strict_1.default.equal((0, format_1.inlineLabel)(call({ history, flags: ["growing-history"] })), "≈ $0.0041/call · grows: $0.95 at turn 20");
        strict_1.default.equal((0, format_1.inlineLabel)(call({ loop: { iterations: 10, source: "a loop capped at 10", worstCaseUsd: 0.041 }, flags: ["in-loop"] })), "≈ $0.0041/call · ×10 loop: $0.041/run");
        strict_1.default.equal((0, format_1.inlineLabel)(call({ loop: { iterations: null, source: "a loop with no cap", worstCaseUsd: null }, flags: ["in-loop", "uncapped-loop"] })), "≈ $0.0041/call · ∞ loop");
        strict_1.default.equal((0, format_1.inlineLabel)(call({ loop: { iterations: null, source: "maxTurns: null", worstCaseUsd: null }, flags: ["agent-run", "uncapped-loop"] })), "≈ $0.0041/call · ∞ steps");
        strict_1.default.equal((0, format_1.inlineLabel)(call({ loop: { iterations: 8, source: "max_iterations: 8", worstCaseUsd: 0.0328 }, flags: ["agent-run"] })), "≈ $0.0041/call · ×8 steps: $0.033/run");
    });
    it("fits VS Code's default inlay width (43), the most important mark first, shortened then dropped from the end", () => {
        strict_1.default.equal(format_1.INLINE_MAX_LENGTH, 43);
        const history = { turns: 200, tokensPerTurn: 850, replyTokens: 400, turn1Usd: 0.0041, pricedTurns: 200, turnNUsd: 12.5, turnNInputTokens: 170_000, cumulativeUsd: 9.7, inputLimit: 1_000_000 };
        const loop = { iterations: 1000, source: "a loop capped at 1000", worstCaseUsd: 12500 };
        const all = call({ history, loop, costUsd: 0.0041, model: "claude-sonnet-4-5", flags: ["growing-history", "in-loop", "default-model"] });
        // every mark at full length is 88 characters: shortened from the end, then the last dropped
        strict_1.default.equal((0, format_1.inlineLabel)(all), "≈ $0.0041/call · grows · ×1000 loop");
        strict_1.default.equal((0, format_1.inlineLabel)({ ...all, loop: undefined }), "≈ $0.0041/call · grows · model?");
        strict_1.default.equal((0, format_1.inlineLabel)({ ...all, history: undefined, flags: ["in-loop", "default-model"] }), "≈ $0.0041/call · ×1000 loop · model?");
        const costs = [0.0000123, 0.0041, 0.164, 12.5, 123456.78];
        const models = ["gpt-4o", "claude-sonnet-4-5-20250929", "gemini-3.1-flash-lite-preview-with-a-long-name"];
        for (const costUsd of costs) {
            for (const model of models) {
                for (const flags of [[], ["default-model"], ["agent-run", "default-model"]]) {
                    for (const h of [undefined, history]) {
                        for (const l of [undefined, loop, { iterations: null, source: "", worstCaseUsd: null }]) {
                            const label = (0, format_1.inlineLabel)(call({ costUsd, model, flags, history: h, loop: l }));
                            strict_1.default.ok(label.length <= format_1.INLINE_MAX_LENGTH, `${label.length}: ${label}`);
                            strict_1.default.ok(label.startsWith(`≈ ${(0, format_1.formatUsd)(costUsd)}/call`), label);
                        }
                    }
                }
            }
        }
    });
    it("worst case per run: loops at their caps, histories at the last turn, no cap = null", () => {
        const history = { turns: 20, tokensPerTurn: 850, replyTokens: 600, turn1Usd: 0.0041, pricedTurns: 20, turnNUsd: 0.95, turnNInputTokens: 17_384, cumulativeUsd: 9.7, inputLimit: 128_000 };
        strict_1.default.equal((0, format_1.worstCasePerRun)(call()), 0.0041);
        strict_1.default.equal((0, format_1.worstCasePerRun)(call({ history })), 0.95);
        strict_1.default.ok(Math.abs((0, format_1.worstCasePerRun)(call({ loop: { iterations: 3, source: "", worstCaseUsd: 0.0123 } })) - 0.0123) < 1e-12);
        strict_1.default.equal((0, format_1.worstCasePerRun)(call({ loop: { iterations: null, source: "", worstCaseUsd: null } })), null);
        const total = (0, format_1.runTotal)([call(), call({ history }), call({ loop: { iterations: null, source: "", worstCaseUsd: null } })]);
        strict_1.default.deepEqual({ ...total, usd: Number(total.usd.toFixed(4)) }, { calls: 3, usd: 0.9541, unbounded: 1 });
        strict_1.default.equal((0, format_1.statusText)(total), "3 LLM calls · unbounded/run");
        strict_1.default.equal((0, format_1.statusText)((0, format_1.runTotal)([call()])), "1 LLM call · ≤ $0.0041/run");
        strict_1.default.equal((0, format_1.statusText)((0, format_1.runTotal)([])), "costlint: no LLM calls");
    });
    it("the hover: breakdown table, totals, assumptions, budget and cheaper models", () => {
        const md = (0, format_1.hoverMarkdown)(call({ costUsd: 0.2 }), { cheaper: [{ id: "gpt-4o-mini", costUsd: 0.012 }], budgetUsd: 0.1, pricesUpdated: "2026-07-24" });
        strict_1.default.match(md, /^\*\*costlint\*\* · estimated cost of this call on gpt-4o: \*\*\$0\.20 per call\*\*\n/);
        strict_1.default.match((0, format_1.hoverMarkdown)(call({ flags: ["default-model"] }), { cheaper: [] }), /on gpt-4o \(assumed\): /);
        strict_1.default.match((0, format_1.hoverMarkdown)(call({ approximate: true }), { cheaper: [] }), /per call\*\* \(token counts approximate\)/);
        strict_1.default.match(md, /\| system prompt \| 100 \| system prompt read from the code \|/);
        strict_1.default.match(md, /\| \*\*input\*\* \| \*\*1,234\*\* \| \|/);
        strict_1.default.match(md, /\| \*\*output\*\* \| \*\*≤ 600\*\* \| the call's output cap \|/);
        strict_1.default.match(md, /\*\*\$0\.20 per call\*\*/);
        strict_1.default.match(md, /Above the budget of \$0\.10 per call/);
        strict_1.default.match(md, /Assumptions:\n- 1 part of the input/);
        strict_1.default.match(md, /- gpt-4o-mini: \$0\.012\/call \(−94%\)/);
        strict_1.default.match(md, /Prices as of 2026-07-24/);
    });
    it("the hover marks estimated parts with ~ and says the others are exact", () => {
        const md = (0, format_1.hoverMarkdown)(call(), { cheaper: [] });
        strict_1.default.match(md, /\| system prompt \| 100 \|/);
        strict_1.default.match(md, /\| assumed \| ~250 \|/);
        strict_1.default.match(md, /~ estimated; the other input counts are exact/);
        const exact = call({ breakdown: call().breakdown.map((b) => (b.part === "assumed" ? { ...b, tokens: 0 } : b)) });
        strict_1.default.doesNotMatch((0, format_1.hoverMarkdown)(exact, { cheaper: [] }), /~ estimated/);
        const claude = call({ breakdown: call().breakdown.map((b) => (b.part === "messages" ? { ...b, exact: false } : b)) });
        strict_1.default.match((0, format_1.hoverMarkdown)(claude, { cheaper: [] }), /\| messages \| ~800 \|/);
    });
    it("escapes table-breaking characters in engine text", () => {
        const md = (0, format_1.hoverMarkdown)(call({ assumptions: ["the conversation (a | b) is not literal: counted as *one* message"] }), { cheaper: [] });
        strict_1.default.match(md, /- the conversation \(a \\\| b\) is not literal: counted as \\\*one\\\* message/);
    });
    it("a model string from the code cannot start a paragraph, a heading, a list or a link (newlines, #, -, ! escaped)", () => {
        const hostile = "gpt-4o\n\n# Owned\n- [click](https://evil.example) ![x](y) &amp; ~~z~~";
        const md = (0, format_1.hoverMarkdown)(call({ model: hostile, requestedModel: hostile, assumptions: ["- a\r\n1. b"] }), { cheaper: [] });
        const lines = md.split("\n");
        strict_1.default.ok(!lines.some((l) => /^\s*#/.test(l)), "no heading");
        strict_1.default.ok(lines[0].includes("gpt-4o \\# Owned - \\[click\\](https://evil.example) \\!\\[x\\](y) \\&amp; \\~\\~z\\~\\~"), lines[0]);
        strict_1.default.ok(lines.includes("- \\- a 1. b"), md);
    });
});
//# sourceMappingURL=format.test.js.map