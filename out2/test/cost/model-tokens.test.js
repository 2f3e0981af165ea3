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
const model_tokens_1 = require("../../src/core/cost/model-tokens");
const pricing_1 = require("../../src/core/cost/pricing");
const reference_encoder_1 = require("./reference-encoder");
describe("countModelTokens", () => {
    const table = (0, pricing_1.defaultPricingTable)();
    const text = "Summarize the following support ticket in two sentences, then list the next actions.";
    it("is the exact encoding count for OpenAI models", () => {
        assert.equal((0, model_tokens_1.countModelTokens)(text, (0, pricing_1.resolveModel)(table, "gpt-4o").model), (0, reference_encoder_1.referenceCount)(text, "o200k_base"));
        assert.equal((0, model_tokens_1.countModelTokens)(text, (0, pricing_1.resolveModel)(table, "gpt-4").model), (0, reference_encoder_1.referenceCount)(text, "cl100k_base"));
        assert.equal((0, model_tokens_1.tokenCountingOf)((0, pricing_1.resolveModel)(table, "gpt-4o").model).exact, true);
    });
    it("scales by the model family's factor, rounding up", () => {
        const claude = (0, pricing_1.resolveModel)(table, "claude-sonnet-4-5").model;
        assert.equal((0, model_tokens_1.countModelTokens)(text, claude), Math.ceil((0, reference_encoder_1.referenceCount)(text, "o200k_base") * 1.18));
        assert.equal((0, model_tokens_1.countModelTokens)(text, (0, pricing_1.resolveModel)(table, "claude-opus-4-7").model), Math.ceil((0, reference_encoder_1.referenceCount)(text, "o200k_base") * 1.5));
        assert.equal((0, model_tokens_1.countModelTokens)(text, (0, pricing_1.resolveModel)(table, "gemini-2.5-flash").model), Math.ceil((0, reference_encoder_1.referenceCount)(text, "o200k_base") * 1.06));
        assert.equal((0, model_tokens_1.tokenCountingOf)(claude).exact, false);
        assert.equal((0, model_tokens_1.scaleTokenCount)(10, { tokenFactor: 1.2 }), 12);
        assert.equal((0, model_tokens_1.scaleTokenCount)(11, { tokenFactor: 1.2 }), 14);
        assert.equal((0, model_tokens_1.scaleTokenCount)(7, { tokenFactor: 1 }), 7);
        assert.equal((0, model_tokens_1.scaleTokenCount)(100, { tokenFactor: 1.1 }), 110);
    });
    it("a tokenFactor the user sets wins over the family's", () => {
        const merged = (0, pricing_1.mergePricing)(table, [
            { id: "claude-sonnet-4-5", tokenFactor: 2 },
            { id: "my-claude-proxy", provider: "anthropic", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 100000, maxOutputTokens: 1000, tokenFactor: 1.3 },
            { id: "claude-sonnet-9-preview", provider: "anthropic", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 100000, maxOutputTokens: 1000 },
        ]);
        const counting = (id) => (0, model_tokens_1.tokenCountingOf)((0, pricing_1.resolveModel)(merged, id).model);
        assert.equal(counting("claude-sonnet-4-5").tokenFactor, 2);
        assert.match(counting("claude-sonnet-4-5").source, /set in "pricing"/);
        assert.equal(counting("my-claude-proxy").tokenFactor, 1.3);
        // A model the user adds without a factor gets its family's, when its id names one.
        assert.equal(counting("claude-sonnet-9-preview").tokenFactor, 1.5);
        // Models of no known family keep the table's factor.
        assert.equal(counting("mistral-large").tokenFactor, (0, pricing_1.resolveModel)(table, "mistral-large").model.tokenFactor);
    });
});
//# sourceMappingURL=model-tokens.test.js.map