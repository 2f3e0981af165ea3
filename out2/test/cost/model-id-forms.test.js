"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const pricing_1 = require("../../src/core/cost/pricing");
// Id forms seen in real agent code (vercel/ai, langchainjs, chatbot apps): each must price as the plain model.
const FORMS = [
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
    const table = (0, pricing_1.defaultPricingTable)();
    for (const [id, expected] of FORMS) {
        it(`${id} → ${expected}`, () => {
            strict_1.default.equal((0, pricing_1.resolveModel)(table, id)?.model.id, expected);
        });
    }
    it("does not strip a version that is part of the name (gpt-4o-mini is not gpt-4o; o3-mini is not o3)", () => {
        strict_1.default.equal((0, pricing_1.resolveModel)(table, "openai:o3-mini")?.model.id, "o3-mini");
        strict_1.default.equal((0, pricing_1.resolveModel)(table, "gpt-4.1-nano")?.model.id, "gpt-4.1-nano");
    });
});
//# sourceMappingURL=model-id-forms.test.js.map