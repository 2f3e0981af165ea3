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
const analysis_1 = require("../../src/core/detectors/analysis");
const schema_1 = require("../../src/core/config/schema");
const estimate_1 = require("../../src/core/cost/estimate");
const pricing_1 = require("../../src/core/cost/pricing");
const engine_1 = require("../../src/core/engine");
const report_command_1 = require("../../src/cli/report-command");
const format_1 = require("../../src/vscode/format");
const plugin_1 = require("../../src/eslint/plugin");
const tester_1 = require("../rules/tester");
/**
 * Models on a server the user runs (Ollama, LM Studio / llama.cpp / vLLM on localhost) have no per-token price: priced
 * at $0 with their tokens counted, said so in the report and the hover; require-max-tokens still reports a missing cap
 * (without a $ figure), max-call-cost never reports them.
 */
const SETTINGS = { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)() };
function only(src) {
    const all = (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)("app.ts", src)), SETTINGS);
    assert.equal(all.length, 1, all.map((e) => `${e.sdk} ${e.model}`).join("; "));
    return all[0];
}
function assertLocal(e, model, server) {
    assert.equal(e.costUsd, 0);
    assert.equal(e.model, model);
    assert.deepEqual(e.flags.filter((f) => f.endsWith("-model")), ["local-model"]);
    assert.ok(e.inputTokens > 0, "tokens are still counted");
    assert.ok(e.assumptions.some((a) => server.test(a)), e.assumptions.join(" | "));
}
function assertPriced(e) {
    assert.ok(e.costUsd > 0, `${e.model} priced`);
    assert.ok(!e.flags.includes("local-model"));
}
describe("local models: no per-token price", () => {
    it("Ollama's SDK (default instance), its HTTP API and LangChain's ChatOllama", () => {
        assertLocal(only((0, tester_1.code)(`import ollama from "ollama";`, `await ollama.chat({ model: "llama3.1", messages: [{ role: "user", content: "hi" }] });`)), "llama3.1", /local model on Ollama: no per-token price/);
        assertLocal(only((0, tester_1.code)(`await fetch("http://localhost:11434/api/chat", { method: "POST", body: JSON.stringify({ model: "llama3", messages: [], options: { num_predict: 100 } }) });`)), "llama3", /Ollama on localhost:11434/);
        assertLocal(only((0, tester_1.code)(`import { ChatOllama } from "@langchain/ollama";`, `await new ChatOllama({ model: "qwen2.5" }).invoke("hi");`)), "qwen2.5", /Ollama/);
    });
    it("an Ollama server on another machine is still self-hosted; Ollama's own cloud is not", () => {
        assertLocal(only((0, tester_1.code)(`import { Ollama } from "ollama";`, `const o = new Ollama({ host: "http://gpu-box:11434" });`, `await o.generate({ model: "mistral", prompt: "p" });`)), "mistral", /Ollama on gpu-box:11434/);
        assertPriced(only((0, tester_1.code)(`import { Ollama } from "ollama";`, `const o = new Ollama({ host: "https://ollama.com" });`, `await o.chat({ model: "gpt-4o", messages: [] });`)));
    });
    it("an OpenAI client, a LangChain model, an AI SDK provider or a raw request sent to localhost", () => {
        const lm = `import OpenAI from "openai";\nconst lm = new OpenAI({ baseURL: "http://localhost:1234/v1", apiKey: "lm-studio" });`;
        assertLocal(only((0, tester_1.code)(lm, `await lm.chat.completions.create({ model: "qwen2.5-7b-instruct", messages: [] });`)), "qwen2.5-7b-instruct", /a server on localhost:1234/);
        assertLocal(only((0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `await new ChatOpenAI({ model: "phi4", configuration: { baseURL: "http://127.0.0.1:8080/v1" } }).invoke("hi");`)), "phi4", /127\.0\.0\.1:8080/);
        assertLocal(only((0, tester_1.code)(`import { generateText } from "ai";`, `import { createOpenAICompatible } from "@ai-sdk/openai-compatible";`, `const lmstudio = createOpenAICompatible({ name: "lmstudio", baseURL: "http://localhost:1234/v1" });`, `await generateText({ model: lmstudio("qwen2.5"), prompt: "hi" });`)), "qwen2.5", /localhost:1234/);
        assertLocal(only((0, tester_1.code)(`import { generateText } from "ai";`, `import { ollama } from "ollama-ai-provider";`, `await generateText({ model: ollama("llama3.1"), prompt: "hi" });`)), "llama3.1", /Ollama/);
        // a server URL read from the environment with a localhost default (opencommit's llama.cpp and MLX engines)
        assertLocal(only((0, tester_1.code)(`import axios from "axios";`, `const base = process.env.LLAMA_URL || "http://localhost:8080";`, `await axios.post(\`\${base}/v1/chat/completions\`, { model: "local", messages: [], max_tokens: 200 });`)), "local", /localhost:8080/);
    });
    it("keeps the price of a client sent elsewhere, or to a server the code does not show", () => {
        assertPriced(only((0, tester_1.code)(`import OpenAI from "openai";`, `const g = new OpenAI({ baseURL: "https://gateway.example.com/v1" });`, `await g.chat.completions.create({ model: "gpt-4o-mini", messages: [] });`)));
        assertPriced(only((0, tester_1.code)(`import OpenAI from "openai";`, `const g = new OpenAI({ baseURL: process.env.BASE_URL });`, `await g.chat.completions.create({ model: "gpt-4o-mini", messages: [] });`)));
        assertPriced(only((0, tester_1.code)(`import axios from "axios";`, `await axios.post(\`\${config.base}/v1/chat/completions\`, { model: "gpt-4o", messages: [] });`)));
    });
    it("says so in the report, the hover and the inline label", () => {
        const e = only((0, tester_1.code)(`import ollama from "ollama";`, `await ollama.chat({ model: "llama3.1", messages: [] });`));
        const { node: _node, ...view } = e;
        assert.match((0, report_command_1.flagText)({ ...view, file: "a.ts", line: 1, column: 1 }), /local model: no per-token price/);
        assert.match((0, format_1.hoverMarkdown)({ ...view }, { cheaper: [] }), /on llama3\.1 \(local model: no per-token price\): \*\*\$0 per call\*\*/);
        assert.match((0, format_1.inlineLabel)(e), /· local/);
    });
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const requireMaxTokens = (0, plugin_1.createPlugin)().rules["require-max-tokens"];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const maxCallCost = (0, plugin_1.createPlugin)().rules["max-call-cost"];
const OLLAMA = `import ollama from "ollama";`;
tester_1.ruleTester.run("require-max-tokens on a local model (no $ figure)", requireMaxTokens, {
    valid: [(0, tester_1.code)(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 256 } });`)],
    invalid: [
        {
            code: (0, tester_1.code)(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [] });`),
            errors: [
                {
                    messageId: "missingCapLocal",
                    data: { call: "ollama.chat()", key: "options.num_predict", model: "llama3.1", server: "Ollama" },
                    ...(0, tester_1.at)((0, tester_1.code)(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [] });`), "chat"),
                    suggestions: [{ messageId: "addCap", data: { key: "options.num_predict", value: "1024" }, output: (0, tester_1.code)(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 1024 } });`) }],
                },
            ],
        },
        {
            code: (0, tester_1.code)(`import OpenAI from "openai";`, `const lm = new OpenAI({ baseURL: "http://localhost:1234/v1" });`, `await lm.chat.completions.create({ model: process.env.MODEL, messages: [] });`),
            errors: [
                {
                    messageId: "missingCapLocal",
                    data: { call: "lm.chat.completions.create()", key: "max_completion_tokens", model: "its model", server: "a server on localhost:1234" },
                    ...(0, tester_1.at)((0, tester_1.code)(`import OpenAI from "openai";`, `const lm = new OpenAI({ baseURL: "http://localhost:1234/v1" });`, `await lm.chat.completions.create({ model: process.env.MODEL, messages: [] });`), "create"),
                    suggestions: [
                        {
                            messageId: "addCap",
                            data: { key: "max_completion_tokens", value: "1024" },
                            output: (0, tester_1.code)(`import OpenAI from "openai";`, `const lm = new OpenAI({ baseURL: "http://localhost:1234/v1" });`, `await lm.chat.completions.create({ model: process.env.MODEL, messages: [], max_completion_tokens: 1024 });`),
                        },
                    ],
                },
            ],
        },
    ],
});
tester_1.ruleTester.run("max-call-cost never reports a local model", maxCallCost, {
    valid: [{ code: (0, tester_1.code)(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 100000 } });`), options: [{ budget: 0 }] }],
    invalid: [
        {
            code: (0, tester_1.code)(`import OpenAI from "openai";`, `const c = new OpenAI();`, `await c.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 100000 });`),
            options: [{ budget: 0 }],
            errors: [{ messageId: "overBudget" }],
        },
    ],
});
//# sourceMappingURL=local-models.test.js.map