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
const chat_tokens_1 = require("../../src/core/cost/chat-tokens");
const tokenizer_1 = require("../../src/core/cost/tokenizer");
const openai_measured_1 = require("./openai-measured");
const reference_encoder_1 = require("./reference-encoder");
describe("countChatRequest against prompt_tokens the OpenAI API reported", () => {
    openai_measured_1.HMARR_CASES.forEach((c, i) => {
        const what = [c.tools ? `${c.tools.length} function(s)` : "", c.toolChoice ? `function_call ${JSON.stringify(c.toolChoice)}` : "", c.messages.map((m) => m.role + (m.functionCall ? "+call" : "")).join(",")].filter(Boolean).join("; ");
        it(`hmarr/openai-chat-tokens case ${i + 1} (${what}): ${c.promptTokens} on gpt-3.5-turbo`, () => {
            const counted = (0, chat_tokens_1.countChatRequest)(c, "cl100k_base");
            assert.equal(counted.total, c.promptTokens);
            assert.equal(counted.exact, true, counted.estimated.join("; "));
        });
    });
    for (const encoding of tokenizer_1.ENCODINGS) {
        it(`the cookbook's tools example: ${openai_measured_1.COOKBOOK_TOOLS_CASE.promptTokens[encoding]} (${encoding})`, () => {
            assert.equal((0, chat_tokens_1.countChatRequest)(openai_measured_1.COOKBOOK_TOOLS_CASE, encoding).total, openai_measured_1.COOKBOOK_TOOLS_CASE.promptTokens[encoding]);
        });
        it(`the cookbook's messages example: ${openai_measured_1.COOKBOOK_MESSAGES_CASE.promptTokens[encoding]} (${encoding})`, () => {
            assert.equal((0, chat_tokens_1.countChatMessages)(openai_measured_1.COOKBOOK_MESSAGES_CASE.messages, encoding), openai_measured_1.COOKBOOK_MESSAGES_CASE.promptTokens[encoding]);
        });
    }
});
describe("countChatMessages", () => {
    for (const encoding of tokenizer_1.ENCODINGS) {
        it(`equals the cookbook formula computed with js-tiktoken directly (${encoding})`, () => {
            const messages = [
                { role: "system", content: "You are a terse assistant. Answer in one sentence." },
                { role: "user", name: "example_user", content: "New synergies will help drive top-line growth." },
                { role: "assistant", name: "example_assistant", content: "Things working well together will increase revenue." },
                { role: "user", content: "Summarize: <|endoftext|> is just text here, and so is 日本語." },
                { role: "assistant", content: "" },
            ];
            let expected = 3; // reply priming
            for (const message of messages) {
                expected += 3 + (0, reference_encoder_1.referenceCount)(message.role, encoding) + (0, reference_encoder_1.referenceCount)(message.content, encoding);
                if (message.name !== undefined)
                    expected += 1 + (0, reference_encoder_1.referenceCount)(message.name, encoding);
            }
            assert.equal((0, chat_tokens_1.countChatMessages)(messages, encoding), expected);
        });
    }
    it("counts an empty conversation as the 3 reply-priming tokens", () => {
        assert.equal((0, chat_tokens_1.countChatMessages)([], "o200k_base"), 3);
    });
});
describe("renderFunctionsNamespace", () => {
    it("renders the cookbook's weather tool as the TypeScript namespace the model reads", () => {
        const rendered = (0, chat_tokens_1.renderFunctionsNamespace)(openai_measured_1.COOKBOOK_TOOLS_CASE.tools);
        assert.equal(rendered.text, [
            "namespace functions {",
            "",
            "// Get the current weather in a given location",
            "type get_current_weather = (_: {",
            "// The city and state, e.g. San Francisco, CA",
            "location: string,",
            "// The unit of temperature to return",
            'unit?: "celsius" | "fahrenheit",',
            "}) => any;",
            "",
            "} // namespace functions",
        ].join("\n"));
        assert.deepEqual(rendered.estimated, []);
    });
    it("nests objects two spaces deeper, drops descriptions of nested properties, renders arrays and unions", () => {
        const rendered = (0, chat_tokens_1.renderFunctionsNamespace)([
            {
                name: "plan",
                parameters: {
                    type: "object",
                    properties: {
                        steps: { type: "array", items: { type: "object", properties: { title: { type: "string", description: "deep" } }, required: ["title"] } },
                        mode: { anyOf: [{ type: "string" }, { type: "null" }] },
                        nothing: { type: "object" },
                    },
                },
            },
            { name: "noop" },
        ]);
        assert.equal(rendered.text, ["namespace functions {", "", "type plan = (_: {", "steps?: {", "  title: string,", "}[],", "mode?: string | null,", "nothing?: {", "", "},", "}) => any;", "", "type noop = () => any;", "", "} // namespace functions"].join("\n"));
    });
    it("says what it had to guess", () => {
        const rendered = (0, chat_tokens_1.renderFunctionsNamespace)([{ name: "f", parameters: { type: "object", properties: { a: { oneOf: [{ type: "string" }] }, b: { $ref: "#/x" }, c: { enum: ["x"] } } } }]);
        assert.equal(rendered.estimated.length, 3);
    });
});
describe("countChatRequest estimates", () => {
    it("counts tool_calls and tool results like function calls and results, and says they are estimated", () => {
        const call = { name: "get_time", arguments: '{"tz":"UTC"}' };
        const legacy = (0, chat_tokens_1.countChatRequest)({ messages: [{ role: "assistant", content: "", functionCall: call }, { role: "function", name: "get_time", content: "12:00" }] }, "o200k_base");
        const modern = (0, chat_tokens_1.countChatRequest)({ messages: [{ role: "assistant", content: "", toolCalls: [call] }, { role: "tool", content: "12:00" }] }, "o200k_base");
        assert.equal(legacy.exact, true);
        assert.equal(modern.exact, false);
        // The same rules, less the function message's name (1 + its tokens).
        assert.equal(modern.total, legacy.total - 1 - (0, reference_encoder_1.referenceCount)("get_time", "o200k_base"));
    });
    it("counts tool definitions without a system message as the namespace + 9", () => {
        for (const encoding of tokenizer_1.ENCODINGS) {
            const tools = openai_measured_1.COOKBOOK_TOOLS_CASE.tools;
            assert.equal((0, chat_tokens_1.countToolDefinitions)(tools, encoding), (0, reference_encoder_1.referenceCount)((0, chat_tokens_1.renderFunctionsNamespace)(tools).text, encoding) + 9);
            const request = (0, chat_tokens_1.countChatRequest)({ messages: [{ role: "user", content: "hi" }], tools }, encoding);
            assert.equal(request.tools, (0, chat_tokens_1.countToolDefinitions)(tools, encoding));
            assert.equal(request.total, (0, chat_tokens_1.countChatMessages)([{ role: "user", content: "hi" }], encoding) + request.tools);
        }
        assert.equal((0, chat_tokens_1.countToolDefinitions)([], "o200k_base"), 0);
    });
});
//# sourceMappingURL=chat-tokens.test.js.map