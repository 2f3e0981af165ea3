"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const token_factors_1 = require("../../src/core/cost/token-factors");
describe("tokenCountingFor", () => {
    it("OpenAI models: their own encoding, exact", () => {
        for (const [id, encoding] of [["gpt-4o", "o200k_base"], ["gpt-4.1-mini", "o200k_base"], ["o3", "o200k_base"], ["gpt-5", "o200k_base"], ["gpt-4", "cl100k_base"], ["gpt-4-turbo", "cl100k_base"], ["gpt-3.5-turbo", "cl100k_base"], ["openai/gpt-4o-mini", "o200k_base"]]) {
            const counting = (0, token_factors_1.tokenCountingFor)(id);
            assert.deepEqual([counting?.encoding, counting?.factor, counting?.exact], [encoding, 1, true], id);
        }
    });
    it("Claude up to 4.6: 1.18; Opus 4.7 and the Claude 5 family: 1.5; Gemini 2 and 3: 1.06; all estimated", () => {
        const factor = (id) => (0, token_factors_1.tokenCountingFor)(id)?.factor;
        for (const id of ["claude-3-haiku-20240307", "claude-3-5-sonnet-latest", "claude-3-7-sonnet", "claude-sonnet-4-5-20250929", "claude-opus-4-6", "claude-haiku-4-5", "anthropic/claude-sonnet-4", "us.anthropic.claude-opus-4-1-20250805-v1:0"]) {
            assert.equal(factor(id), 1.18, id);
        }
        for (const id of ["claude-opus-4-7", "claude-opus-5", "claude-sonnet-5-20260301", "claude-haiku-5"])
            assert.equal(factor(id), 1.5, id);
        for (const id of ["gemini-2.5-flash", "gemini-2.0-flash-lite", "gemini-3-pro-preview", "gemini-3.1-flash-lite"])
            assert.equal(factor(id), 1.06, id);
        assert.equal((0, token_factors_1.tokenCountingFor)("claude-sonnet-4-5")?.exact, false);
        assert.equal((0, token_factors_1.tokenCountingFor)("mistral-large"), undefined);
        assert.equal((0, token_factors_1.tokenCountingFor)("deepseek-chat"), undefined);
    });
});
describe("anthropicToolPromptTokens", () => {
    // Anthropic, "Tool use with Claude" → Pricing: "Tool use system prompt token count" (tool_choice auto/none; any/tool).
    const TABLE = [
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
            assert.deepEqual((0, token_factors_1.anthropicToolPromptTokens)(id, "auto"), { tokens: auto, exact: true });
            assert.deepEqual((0, token_factors_1.anthropicToolPromptTokens)(id, "none"), { tokens: auto, exact: true });
            assert.deepEqual((0, token_factors_1.anthropicToolPromptTokens)(id, "any"), { tokens: forced, exact: true });
            assert.deepEqual((0, token_factors_1.anthropicToolPromptTokens)(id, "tool"), { tokens: forced, exact: true });
        });
    }
    it("models the table does not list: their family's number, estimated", () => {
        assert.deepEqual((0, token_factors_1.anthropicToolPromptTokens)("claude-sonnet-4-6", "auto"), { tokens: 346, exact: false });
        assert.deepEqual((0, token_factors_1.anthropicToolPromptTokens)("claude-3-5-sonnet-latest", "any"), { tokens: 313, exact: false });
        assert.deepEqual((0, token_factors_1.anthropicToolPromptTokens)("claude-opus-4-7", "tool"), { tokens: 313, exact: false });
        assert.equal((0, token_factors_1.anthropicToolPromptTokens)("gpt-4o", "auto"), undefined);
    });
});
//# sourceMappingURL=token-factors.test.js.map