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
const retry_settings_1 = require("../../src/core/detectors/retry-settings");
const estimate_1 = require("../../src/core/cost/estimate");
const pricing_1 = require("../../src/core/cost/pricing");
const engine_1 = require("../../src/core/engine");
const plugin_1 = require("../../src/eslint/plugin");
const tester_1 = require("../rules/tester");
/**
 * SDK surfaces production code uses (issue 9, part 2): @azure/openai's OpenAIClient, openai-edge (openai v3's API on
 * fetch). Rule cases through the real ESLint; estimates through the real engine.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const requireMaxTokens = (0, plugin_1.createPlugin)({}).rules["require-max-tokens"];
const SETTINGS = { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)() };
function estimates(src, file = "app.ts") {
    return (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)(file, src)), SETTINGS);
}
/** An invalid case: one missingCap report at `needle`, whose one suggestion adds `key: 1024` and gives `output`. */
function oneReport(text, needle, data, output) {
    return {
        code: text,
        errors: [{ messageId: "missingCap", data, ...(0, tester_1.at)(text, needle), suggestions: [{ messageId: "addCap", data: { key: data.key, value: "1024" }, output }] }],
    };
}
const AZURE = `import { AzureKeyCredential, OpenAIClient } from "@azure/openai";\nconst client = new OpenAIClient("https://x.openai.azure.com", new AzureKeyCredential("k"));`;
const EDGE = `import { Configuration, OpenAIApi } from "openai-edge";\nconst openai = new OpenAIApi(new Configuration({ apiKey: "k" }));`;
tester_1.ruleTester.run("require-max-tokens (Azure OpenAI client, openai-edge)", requireMaxTokens, {
    valid: [
        (0, tester_1.code)(AZURE, `await client.getChatCompletions("gpt-4o", messages, { maxTokens: 300 });`),
        (0, tester_1.code)(AZURE, `const events = await client.streamChatCompletions(deployment, messages, { maxTokens: 300, temperature: 0 });`),
        // legacy completions: the API's default cap is 16 tokens
        (0, tester_1.code)(AZURE, `await client.getCompletions("gpt-35-turbo-instruct", ["Say hi"]);`),
        // options built where the file does not show
        (0, tester_1.code)(AZURE, `await client.getChatCompletions("gpt-4o", messages, options);`),
        // not text generation
        (0, tester_1.code)(AZURE, `await client.getEmbeddings("ada", ["x"]);`),
        (0, tester_1.code)(EDGE, `await openai.createChatCompletion({ model: "gpt-4o", messages, max_tokens: 500, stream: true });`),
        (0, tester_1.code)(EDGE, `await openai.createCompletion({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi" });`),
        // look-alikes: another package's OpenAIClient, an app's own createChatCompletion
        (0, tester_1.code)(`import { OpenAIClient } from "./clients";`, `const c = new OpenAIClient();`, `await c.getChatCompletions("gpt-4o", messages);`),
        (0, tester_1.code)(`const api = { createChatCompletion: async (o: object) => o };`, `await api.createChatCompletion({ model: "gpt-4o", messages });`),
    ],
    invalid: [
        oneReport((0, tester_1.code)(AZURE, `const data = await client.getChatCompletions("gpt-4o", messages);`), "getChatCompletions", { call: "client.getChatCompletions()", key: "maxTokens" }, (0, tester_1.code)(AZURE, `const data = await client.getChatCompletions("gpt-4o", messages, { maxTokens: 1024 });`)),
        oneReport((0, tester_1.code)(AZURE, `await client.streamChatCompletions(deployment, messages, { temperature: 0 });`), "streamChatCompletions", { call: "client.streamChatCompletions()", key: "maxTokens" }, (0, tester_1.code)(AZURE, `await client.streamChatCompletions(deployment, messages, { temperature: 0, maxTokens: 1024 });`)),
        // a client held by a class (opencommit's AzureEngine), imported under another name
        oneReport((0, tester_1.code)(`import { AzureKeyCredential, OpenAIClient as AzureOpenAIClient } from "@azure/openai";`, `class Engine {`, `  client: AzureOpenAIClient;`, `  constructor(private config: { url: string; key: string; model: string }) {`, `    this.client = new AzureOpenAIClient(config.url, new AzureKeyCredential(config.key));`, `  }`, `  run(messages: never[]) { return this.client.getChatCompletions(this.config.model, messages); }`, `}`), "getChatCompletions", { call: "this.client.getChatCompletions()", key: "maxTokens" }, (0, tester_1.code)(`import { AzureKeyCredential, OpenAIClient as AzureOpenAIClient } from "@azure/openai";`, `class Engine {`, `  client: AzureOpenAIClient;`, `  constructor(private config: { url: string; key: string; model: string }) {`, `    this.client = new AzureOpenAIClient(config.url, new AzureKeyCredential(config.key));`, `  }`, `  run(messages: never[]) { return this.client.getChatCompletions(this.config.model, messages, { maxTokens: 1024 }); }`, `}`)),
        oneReport((0, tester_1.code)(EDGE, `const response = await openai.createChatCompletion({ model: "gpt-4o", stream: true, messages });`), "createChatCompletion", { call: "openai.createChatCompletion()", key: "max_tokens" }, (0, tester_1.code)(EDGE, `const response = await openai.createChatCompletion({ model: "gpt-4o", stream: true, messages, max_tokens: 1024 });`)),
    ],
});
describe("estimates: @azure/openai and openai-edge", () => {
    it("prices an Azure deployment named like a model as that model, reads the positional messages and the cap", () => {
        const [e] = estimates((0, tester_1.code)(AZURE, `await client.getChatCompletions("gpt-4o-mini", [{ role: "user", content: "Summarise the release notes in one line." }], { maxTokens: 300 });`));
        assert.equal(e?.sdk, "@azure/openai");
        assert.equal(e?.model, "gpt-4o-mini");
        assert.equal(e?.outputTokens, 300);
        assert.ok(e.breakdown.find((b) => b.part === "messages").tokens > 0, "the message is counted");
        assert.deepEqual(e.flags, []);
    });
    it("prices a deployment it cannot read as OpenAI's default model, and says there is no cap", () => {
        const [e] = estimates((0, tester_1.code)(AZURE, `await client.getChatCompletions(process.env.DEPLOYMENT, messages);`));
        assert.equal(e?.provider, "openai");
        assert.ok(e.flags.includes("default-model") && e.flags.includes("no-output-cap"), e.flags.join());
    });
    it("caps legacy completions at the API's 16 tokens", () => {
        const [e] = estimates((0, tester_1.code)(AZURE, `await client.getCompletions("gpt-35-turbo-instruct", ["Say hi"]);`));
        assert.equal(e?.outputTokens, 16);
    });
    it("reads the Azure client's retries (retryOptions.maxRetries, else the pipeline's 3)", () => {
        const retries = (options) => {
            const analysis = (0, analysis_1.analyzeFile)((0, engine_1.parseSource)("app.ts", (0, tester_1.code)(`import { OpenAIClient, AzureKeyCredential } from "@azure/openai";`, `const client = new OpenAIClient(url, new AzureKeyCredential(k)${options});`, `await client.getChatCompletions("gpt-4o", messages, { maxTokens: 10 });`)));
            const site = analysis.sites.find((s) => s.profile.id === "azure-openai.getChatCompletions");
            assert.ok(site, "the call is recognised");
            return (0, retry_settings_1.retriesOf)(analysis, site);
        };
        assert.deepEqual(retries(""), { retries: 3, default: true });
        assert.equal(retries(", { retryOptions: { maxRetries: 9 } }")?.retries, 9);
    });
    it("estimates openai-edge like openai v3: model, cap, and no retries of its own", () => {
        const [e] = estimates((0, tester_1.code)(EDGE, `await openai.createChatCompletion({ model: "gpt-4o", messages: [], max_tokens: 500 });`));
        assert.equal(e?.sdk, "openai-edge");
        assert.equal(e?.model, "gpt-4o");
        assert.equal(e?.outputTokens, 500);
    });
});
describe("Cloudflare Workers AI: a binding given its model as a variable", () => {
    const sites = (src) => estimates(src).map((e) => e.profileId);
    it("is a call when the binding is named as one (AI, AI_BINDING, WORKERS_AI) and the body is a chat", () => {
        assert.deepEqual(sites((0, tester_1.code)(`export default { async fetch(req: Request, env: Env) {`, `  return env.AI.run(env.MODEL, { messages: [{ role: "user", content: "hi" }] });`, `} };`)), ["workers-ai.run"]);
        // telegram-workers: the binding kept in a config object, the body a const with a spread
        const e = estimates((0, tester_1.code)(`const body = { ...extra, messages: await render(prompt), stream: false };`, `const answer = await ENV.AI_BINDING.run(context.WORKERS_CHAT_MODEL, body);`));
        assert.deepEqual(e.map((x) => x.profileId), ["workers-ai.run"]);
        assert.equal(e[0].provider, "cloudflare");
        assert.ok(e[0].flags.includes("default-model"));
        assert.deepEqual(sites((0, tester_1.code)(`await this.env.WORKERS_AI.run(model, { messages, max_tokens: 256 });`)), ["workers-ai.run"]);
    });
    it("is no call for an image model's prompt, another receiver, or a method of the app's own object", () => {
        assert.deepEqual(sites((0, tester_1.code)(`await ENV.AI_BINDING.run(context.WORKERS_IMAGE_MODEL, { prompt });`)), []);
        assert.deepEqual(sites((0, tester_1.code)(`await runner.run(agent, { messages });`)), []);
        assert.deepEqual(sites((0, tester_1.code)(`await env.AI.run(model, input);`)), []);
        assert.deepEqual(sites((0, tester_1.code)(`const AI = { run: async (m: string, o: object) => o };`, `await AI.run(model, { messages: [] });`)), []);
    });
});
// --- @ai-sdk/harness: an agent runtime the harness drives; its turns, context and output are the runtime's ---
const HARNESS = `import { HarnessAgent } from "@ai-sdk/harness/agent";\nimport { createPi } from "@ai-sdk/harness-pi";\nconst agent = new HarnessAgent({ harness: createPi({ model: "m" }), instructions: "Answer in one line." });`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const requireIterationCap = (0, plugin_1.createPlugin)({}).rules["require-iteration-cap"];
tester_1.ruleTester.run("require-max-tokens (HarnessAgent: no cap option to require)", requireMaxTokens, {
    valid: [(0, tester_1.code)(HARNESS, `await agent.stream({ prompt: "hi", session });`), (0, tester_1.code)(HARNESS, `await agent.generate({ messages, session });`)],
    invalid: [],
});
tester_1.ruleTester.run("require-iteration-cap (HarnessAgent: the runtime owns its turns)", requireIterationCap, {
    valid: [(0, tester_1.code)(HARNESS, `await agent.stream({ prompt: "hi", session });`)],
    invalid: [],
});
describe("estimates: @ai-sdk/harness", () => {
    it("lists a HarnessAgent run as a call with the agent's instructions, and says what it cannot see", () => {
        const e = estimates((0, tester_1.code)(HARNESS, `await agent.stream({ prompt: "hi", session });`));
        assert.deepEqual(e.map((x) => x.profileId), ["harness.agent.run"]);
        assert.ok(e[0].breakdown.find((b) => b.part === "system").tokens > 0, "the agent's instructions are counted");
        assert.ok(e[0].assumptions.some((a) => /its own model calls/.test(a)), e[0].assumptions.join(" | "));
    });
    it("is no call for another package's HarnessAgent or an app's own stream()", () => {
        assert.deepEqual(estimates((0, tester_1.code)(`import { HarnessAgent } from "./harness";`, `const a = new HarnessAgent({});`, `await a.stream({ prompt: "hi" });`)), []);
    });
});
describe("Cloudflare Workers AI over its REST API (/client/v4/accounts/{id}/ai/run/{model})", () => {
    const url = (model) => `\`https://api.cloudflare.com/client/v4/accounts/\${ACCOUNT}/ai/run/${model}\``;
    const post = (model, body) => (0, tester_1.code)(`const ACCOUNT = process.env.CF_ACCOUNT;`, `await fetch(${url(model)}, { method: "POST", body: JSON.stringify(${body}) });`);
    it("is a call to a text model named in the URL, or with a chat body", () => {
        const named = estimates(post("@cf/meta/llama-3.1-8b-instruct", `{ prompt: "Say hi", max_tokens: 100 }`));
        assert.deepEqual(named.map((e) => [e.sdk, e.requestedModel, e.outputTokens]), [["Cloudflare Workers AI", "@cf/meta/llama-3.1-8b-instruct", 100]]);
        assert.equal(named[0].provider, "cloudflare");
        assert.equal(estimates(post("${model}", `{ messages }`)).length, 1);
    });
    it("is no call for an image model, a prompt to a model the code does not show, or another Cloudflare API", () => {
        assert.deepEqual(estimates(post("@cf/black-forest-labs/flux-1-schnell", `{ prompt: "a cat" }`)), []);
        assert.deepEqual(estimates(post("${model}", `{ prompt }`)), []);
        assert.deepEqual(estimates((0, tester_1.code)(`const ACCOUNT = "a";`, `await fetch(\`https://api.cloudflare.com/client/v4/accounts/\${ACCOUNT}/ai/models/search\`, { method: "POST", body: JSON.stringify({ messages }) });`)), []);
    });
});
// --- @lmstudio/sdk: a local model (no per-token price); act() runs tool rounds with no default limit ---
const LMS = `import { LMStudioClient } from "@lmstudio/sdk";\nconst client = new LMStudioClient();\nconst model = await client.llm.model("qwen2.5-7b-instruct");`;
tester_1.ruleTester.run("require-max-tokens (LM Studio SDK)", requireMaxTokens, {
    valid: [(0, tester_1.code)(LMS, `await model.respond(chat, { maxTokens: 200 });`), (0, tester_1.code)(LMS, `await model.complete("Once upon", { maxTokens: 50 });`), (0, tester_1.code)(LMS, `await model.respond(chat, opts);`)],
    invalid: [
        oneReport((0, tester_1.code)(LMS, `const result = await model.respond(chat);`), "respond", { call: "model.respond()", key: "maxTokens" }, (0, tester_1.code)(LMS, `const result = await model.respond(chat, { maxTokens: 1024 });`)),
    ],
});
tester_1.ruleTester.run("require-iteration-cap (LM Studio SDK act)", requireIterationCap, {
    valid: [(0, tester_1.code)(LMS, `await model.act(chat, tools, { maxPredictionRounds: 5 });`)],
    invalid: [{ code: (0, tester_1.code)(LMS, `await model.act(chat, tools, { maxTokens: 200 });`), errors: [{ messageId: "frameworkUncapped", suggestions: [{ messageId: "addCap", output: (0, tester_1.code)(LMS, `await model.act(chat, tools, { maxTokens: 200, maxPredictionRounds: 10 });`) }] }] }],
});
describe("estimates: @lmstudio/sdk", () => {
    it("prices the model the factory names as a local model, and reads the rounds of act()", () => {
        const e = estimates((0, tester_1.code)(LMS, `await model.respond("Say hi", { maxTokens: 100 });`, `await model.act(chat, tools, { maxPredictionRounds: 5, maxTokens: 200 });`));
        assert.deepEqual(e.map((x) => [x.profileId, x.model, x.costUsd, x.outputTokens]), [["lmstudio.respond", "qwen2.5-7b-instruct", 0, 100], ["lmstudio.act", "qwen2.5-7b-instruct", 0, 200]]);
        assert.ok(e.every((x) => x.flags.includes("local-model")));
        assert.equal(e[1].loop?.iterations, 5);
    });
});
//# sourceMappingURL=more-sdks.test.js.map