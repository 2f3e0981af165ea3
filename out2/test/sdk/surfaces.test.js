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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const tsParser = __importStar(require("@typescript-eslint/parser"));
const analysis_1 = require("../../src/core/detectors/analysis");
const schema_1 = require("../../src/core/config/schema");
const estimate_1 = require("../../src/core/cost/estimate");
const pricing_1 = require("../../src/core/cost/pricing");
const engine_1 = require("../../src/core/engine");
const plugin_1 = require("../../src/eslint/plugin");
const tester_1 = require("../rules/tester");
/**
 * SDK surfaces of issue 9 (part 2): Bedrock's agent runtime, SageMaker endpoints, InvokeModel's non-text models,
 * Bedrock model ids and defaults. Estimates through the real engine; rule cases through the real ESLint.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const requireMaxTokens = (0, plugin_1.createPlugin)({}).rules["require-max-tokens"];
/** The rule as the plugin exports it by default (project settings and the cost estimate in its message). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const requireMaxTokensWithCost = (0, plugin_1.createPlugin)().rules["require-max-tokens"];
const PRICING = (0, pricing_1.defaultPricingTable)();
const SETTINGS = { config: (0, schema_1.defaultConfig)(), pricing: PRICING };
function estimates(src) {
    return (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)("app.ts", src)), SETTINGS);
}
function only(src) {
    const all = estimates(src);
    assert.equal(all.length, 1, all.map((e) => e.model).join("; "));
    return all[0];
}
const AGENT = `import { BedrockAgentRuntimeClient, RetrieveAndGenerateCommand, RetrieveAndGenerateStreamCommand, InvokeAgentCommand, InvokeInlineAgentCommand } from "@aws-sdk/client-bedrock-agent-runtime";\nconst agents = new BedrockAgentRuntimeClient({ region: "us-east-1" });`;
const ARN = `"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"`;
const kb = (generation = "") => `{ type: "KNOWLEDGE_BASE", knowledgeBaseConfiguration: { knowledgeBaseId: "kb", modelArn: ${ARN}${generation} } }`;
const RUNTIME = `import { BedrockRuntimeClient, InvokeModelCommand, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";\nconst bedrock = new BedrockRuntimeClient({});`;
const SAGEMAKER = `import { SageMakerRuntimeClient, InvokeEndpointCommand, InvokeEndpointWithResponseStreamCommand } from "@aws-sdk/client-sagemaker-runtime";\nconst sm = new SageMakerRuntimeClient({});`;
tester_1.ruleTester.run("require-max-tokens (Bedrock agent runtime, SageMaker, InvokeModel to other models)", requireMaxTokens, {
    valid: [
        (0, tester_1.code)(AGENT, `await agents.send(new RetrieveAndGenerateStreamCommand({ input: { text: q }, retrieveAndGenerateConfiguration: ${kb(", generationConfiguration: { inferenceConfig: { textInferenceConfig: { maxTokens: 300 } } }")} }));`),
        // a Bedrock agent's limits are in its definition, not in the request: nothing to require here
        (0, tester_1.code)(AGENT, `await agents.send(new InvokeAgentCommand({ agentId: "a", agentAliasId: "b", sessionId: s, inputText: q }));`),
        // SageMaker: the body's cap depends on the container (read, never required); a non-text endpoint is no call
        (0, tester_1.code)(SAGEMAKER, `await sm.send(new InvokeEndpointCommand({ EndpointName: e, Body: JSON.stringify({ inputs: q, parameters: { temperature: 0 } }) }));`),
        (0, tester_1.code)(SAGEMAKER, `await sm.send(new InvokeEndpointCommand({ EndpointName: e, Body: JSON.stringify({ image: b64 }) }));`),
    ],
    invalid: [
        {
            code: (0, tester_1.code)(AGENT, `await agents.send(new RetrieveAndGenerateCommand({ input: { text: q }, retrieveAndGenerateConfiguration: ${kb()} }));`),
            errors: [
                {
                    messageId: "missingCap",
                    data: { call: "agents.send()", key: "retrieveAndGenerateConfiguration.knowledgeBaseConfiguration.generationConfiguration.inferenceConfig.textInferenceConfig.maxTokens" },
                    ...(0, tester_1.at)((0, tester_1.code)(AGENT, `await agents.send(new RetrieveAndGenerateCommand({ input: { text: q }, retrieveAndGenerateConfiguration: ${kb()} }));`), "send"),
                    suggestions: [
                        {
                            messageId: "addCap",
                            data: { key: "retrieveAndGenerateConfiguration.knowledgeBaseConfiguration.generationConfiguration.inferenceConfig.textInferenceConfig.maxTokens", value: "1024" },
                            output: (0, tester_1.code)(AGENT, `await agents.send(new RetrieveAndGenerateCommand({ input: { text: q }, retrieveAndGenerateConfiguration: ${kb(", generationConfiguration: { inferenceConfig: { textInferenceConfig: { maxTokens: 1024 } } }")} }));`),
                        },
                    ],
                },
            ],
        },
    ],
});
describe("Bedrock agent runtime", () => {
    it("RetrieveAndGenerate(Stream): the model from its ARN, the cap from textInferenceConfig", () => {
        const capped = only((0, tester_1.code)(AGENT, `await agents.send(new RetrieveAndGenerateStreamCommand({ input: { text: "What is our refund policy?" }, retrieveAndGenerateConfiguration: ${kb(", generationConfiguration: { inferenceConfig: { textInferenceConfig: { maxTokens: 300 } } }")} }));`));
        assert.equal(capped.model, "claude-3-haiku");
        assert.equal(capped.outputTokens, 300);
        assert.equal(capped.sdk, "@aws-sdk/client-bedrock-agent-runtime");
        const uncapped = only((0, tester_1.code)(AGENT, `const command = new RetrieveAndGenerateCommand({ input: { text: q }, retrieveAndGenerateConfiguration: ${kb()} });`, `await agents.send(command);`));
        assert.ok(uncapped.flags.includes("no-output-cap"), uncapped.flags.join());
    });
    it("InvokeAgent: a call site whose model and cap are in the agent's definition: Bedrock's default, cap not visible", () => {
        const e = only((0, tester_1.code)(AGENT, `await agents.send(new InvokeAgentCommand({ agentId: "a", agentAliasId: "b", sessionId: s, inputText: q }));`));
        assert.ok(e.flags.includes("cap-unknown") && !e.flags.includes("no-output-cap"), e.flags.join());
        assert.ok(e.flags.includes("default-model"));
        assert.equal(e.model, "claude-sonnet-4-5");
        assert.match(e.modelNote, /bedrock's default model/);
        assert.ok(e.assumptions.some((a) => /orchestration loop on AWS/.test(a)), e.assumptions.join(" | "));
    });
    it("InvokeInlineAgent: its foundationModel and instruction", () => {
        const e = only((0, tester_1.code)(AGENT, `await agents.send(new InvokeInlineAgentCommand({ foundationModel: "amazon.nova-pro-v1:0", instruction: "You answer questions about invoices, briefly and politely.", sessionId: s, inputText: q }));`));
        assert.equal(e.model, "amazon.nova-pro-v1:0");
        assert.ok(e.breakdown.some((b) => b.part === "system" && b.tokens > 5), JSON.stringify(e.breakdown));
    });
    it("another module's command on the agent runtime is not a call", () => {
        assert.equal(estimates((0, tester_1.code)(`import { BedrockAgentRuntimeClient, RetrieveCommand } from "@aws-sdk/client-bedrock-agent-runtime";`, `await new BedrockAgentRuntimeClient({}).send(new RetrieveCommand({ knowledgeBaseId: "kb", retrievalQuery: { text: q } }));`)).length, 0);
        assert.ok((0, analysis_1.mayHaveSites)(`import { X } from "@aws-sdk/client-bedrock-agent-runtime";`));
        assert.ok((0, analysis_1.mayHaveSites)(`import { X } from "@aws-sdk/client-sagemaker-runtime";`));
    });
});
describe("Bedrock InvokeModel to image, video and embedding models", () => {
    it("a non-text model id is no call; a text model on the same command is one", () => {
        assert.equal(estimates((0, tester_1.code)(RUNTIME, `await bedrock.send(new InvokeModelCommand({ modelId: "amazon.titan-image-generator-v2:0", body: JSON.stringify({ x: 1 }) }));`)).length, 0);
        assert.equal(estimates((0, tester_1.code)(RUNTIME, `await bedrock.send(new InvokeModelCommand({ modelId: "stability.sd3-5-large-v1:0", body }));`)).length, 0);
        assert.equal(estimates((0, tester_1.code)(RUNTIME, `await bedrock.send(new InvokeModelCommand({ modelId: "amazon.titan-embed-text-v2:0", body }));`)).length, 0);
        const nova = only((0, tester_1.code)(RUNTIME, `await bedrock.send(new InvokeModelCommand({ modelId: "amazon.nova-pro-v1:0", body: JSON.stringify({ messages: [{ role: "user", content: [{ text: "hi" }] }], inferenceConfig: { maxTokens: 400 } }) }));`));
        assert.equal(nova.model, "amazon.nova-pro-v1:0");
        assert.equal(nova.outputTokens, 400);
    });
    it("a model the code does not show: an image body's keys, or a body built by an image helper, is no call", () => {
        assert.equal(estimates((0, tester_1.code)(RUNTIME, `await bedrock.send(new InvokeModelCommand({ modelId: model.id, body: JSON.stringify({ taskType: "TEXT_IMAGE", textToImageParams: { text: p } }) }));`)).length, 0);
        assert.equal(estimates((0, tester_1.code)(RUNTIME, `const createBodyImage = (m: any, p: any): string => m.createBodyImage(p);`, `await bedrock.send(new InvokeModelCommand({ modelId: model.id, body: createBodyImage(model, params), contentType: "application/json" }));`)).length, 0);
        assert.equal(estimates((0, tester_1.code)(RUNTIME, `await bedrock.send(new InvokeModelCommand({ modelId: model.id, body: createBody(model, params) }));`)).length, 1);
    });
});
describe("SageMaker endpoints", () => {
    it("a TGI body built by a helper of the file: an LLM call, its max_new_tokens read through a const", () => {
        const e = only((0, tester_1.code)(SAGEMAKER, `const PARAMS = { max_new_tokens: 512, temperature: 0.3 };`, `const createBodyText = (prompt: string, stream: boolean): string => JSON.stringify({ inputs: prompt, parameters: PARAMS, stream });`, `export const ask = (e: string, p: string) => sm.send(new InvokeEndpointWithResponseStreamCommand({ EndpointName: e, Body: createBodyText(p, true), ContentType: "application/json" }));`));
        assert.equal(e.outputTokens, 512);
        assert.equal(e.sdk, "@aws-sdk/client-sagemaker-runtime");
    });
    it("a chat body is an LLM call; a body of another shape, or one the file does not show, is none", () => {
        assert.equal(estimates((0, tester_1.code)(SAGEMAKER, `await sm.send(new InvokeEndpointCommand({ EndpointName: e, Body: JSON.stringify({ messages: [{ role: "user", content: q }], max_tokens: 200 }) }));`))[0]?.outputTokens, 200);
        assert.equal(estimates((0, tester_1.code)(SAGEMAKER, `await sm.send(new InvokeEndpointCommand({ EndpointName: e, Body: JSON.stringify({ instances: [features] }) }));`)).length, 0);
        assert.equal(estimates((0, tester_1.code)(SAGEMAKER, `await sm.send(new InvokeEndpointCommand({ EndpointName: e, Body: payload }));`)).length, 0);
        // a helper with more than one return is not read
        assert.equal(estimates((0, tester_1.code)(SAGEMAKER, `function body(p: string) { if (!p) return JSON.stringify({ inputs: "", parameters: { max_new_tokens: 1 } }); return JSON.stringify({ inputs: p, parameters: { max_new_tokens: 9 } }); }`, `await sm.send(new InvokeEndpointCommand({ EndpointName: e, Body: body(q) }));`)).length, 0);
    });
});
describe("Bedrock model ids and the Bedrock default", () => {
    it("cross-region profiles and ARNs resolve to the model they serve", () => {
        for (const [id, model] of [
            ["us.anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3-5-sonnet"],
            ["arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0", "claude-3-haiku"],
            ["us.amazon.nova-lite-v1:0", "amazon.nova-lite-v1:0"],
            ["eu.meta.llama3-2-3b-instruct-v1:0", "meta.llama3-2-3b-instruct-v1:0"],
            ["meta.llama3-1-70b-instruct-v1:0", "meta.llama3-1-70b-instruct-v1:0"],
        ]) {
            assert.equal((0, pricing_1.resolveModel)(PRICING, id)?.model.id, model, id);
        }
    });
    it("Nova's published output limit, not its context window", () => {
        assert.equal((0, pricing_1.resolveModel)(PRICING, "amazon.nova-pro-v1:0")?.model.maxOutputTokens, 5000);
    });
    it("a Bedrock call whose model the code does not show is priced as a Bedrock-hosted model, never gpt-4o", () => {
        const e = only((0, tester_1.code)(RUNTIME, `export const ask = (modelId: string) => bedrock.send(new ConverseCommand({ modelId, messages: [], inferenceConfig: { maxTokens: 100 } }));`));
        assert.equal(e.model, "claude-sonnet-4-5");
        assert.equal(e.outputTokens, 100);
        assert.match(e.modelNote, /bedrock's default model claude-sonnet-4-5/);
        // an unknown Bedrock id of another vendor: Bedrock's default too
        assert.equal(only((0, tester_1.code)(RUNTIME, `await bedrock.send(new ConverseCommand({ modelId: "us.amazon.nova-9-ultra-v1:0", messages: [], inferenceConfig: { maxTokens: 100 } }));`)).model, "claude-sonnet-4-5");
    });
});
tester_1.ruleTester.run("require-max-tokens (Cloudflare Workers AI)", requireMaxTokens, {
    valid: [
        // the platform applies its own max_tokens default per model (not in the typings): the key is never required
        (0, tester_1.code)(`export default { async fetch(req: Request, env: Env) { return Response.json(await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "hi" })); } };`),
    ],
    invalid: [],
});
describe("Cloudflare Workers AI", () => {
    const worker = (...body) => (0, tester_1.code)(`export default {`, `  async fetch(request: Request, env: Env): Promise<Response> {`, `    const q = await request.text();`, ...body.map((b) => `    ${b}`), `    return new Response("ok");`, `  },`, `};`);
    it("env.AI.run(\"@cf/…\", { messages, max_tokens }): the model id names the call and prices it", () => {
        const e = only(worker(`await env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { messages: [{ role: "system", content: "You are terse." }, { role: "user", content: q }], max_tokens: 300 });`));
        assert.equal(e.sdk, "Cloudflare Workers AI");
        assert.equal(e.model, "@cf/meta/llama-3.3-70b-instruct-fp8-fast");
        assert.equal(e.provider, "cloudflare");
        assert.equal(e.outputTokens, 300);
        assert.ok((0, analysis_1.mayHaveSites)(`env.AI.run("@hf/thebloke/mistral-7b-instruct-v0.1-awq", { prompt })`));
    });
    it("a model the table does not price: Workers AI's default, not another provider's", () => {
        const e = only(worker(`await env.AI.run("@hf/thebloke/mistral-7b-instruct-v0.1-awq", { prompt: q });`));
        assert.equal(e.provider, "cloudflare");
        assert.ok(e.flags.includes("unknown-model") && e.flags.includes("cap-unknown"), e.flags.join());
    });
    it("image, embedding and speech models, other run() calls and the app's own objects are not LLM calls", () => {
        assert.equal(estimates(worker(`await env.AI.run("@cf/stabilityai/stable-diffusion-xl-base-1.0", { prompt: q });`, `await env.AI.run("@cf/baai/bge-base-en-v1.5", { text: [q] });`, `await env.AI.run("@cf/openai/whisper", { audio: [] });`)).length, 0);
        assert.equal(estimates(worker(`await env.AI.run(model, { prompt: q });`, `await runner.run("@cf-like", { prompt: q });`, `await env.AI.run("@cf/some-lab/new-model", input);`)).length, 0);
        // a text model's id is enough, whatever its inputs show
        assert.equal(estimates(worker(`await env.AI.run("@cf/meta/llama-3.1-8b-instruct", input);`)).length, 1);
        assert.equal(estimates((0, tester_1.code)(`const fake = { run: (m: string, i: unknown) => i };`, `fake.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "x" });`)).length, 0);
    });
});
/** A folder with a package.json declaring `deps`; the path of a source file in it. */
function projectWith(deps, sub = "") {
    const root = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-surfaces-"));
    if (deps)
        node_fs_1.default.writeFileSync(node_path_1.default.join(root, "package.json"), JSON.stringify({ name: "app", dependencies: deps }));
    if (sub) {
        node_fs_1.default.mkdirSync(node_path_1.default.join(root, sub), { recursive: true });
        node_fs_1.default.writeFileSync(node_path_1.default.join(root, sub, "package.json"), JSON.stringify({ name: "pkg", dependencies: { zod: "^4.0.0" } }));
    }
    return node_path_1.default.join(root, sub, "chat.ts");
}
const AI_V4_CAP = (0, tester_1.code)(`import { streamText } from "ai";`, `export const go = (model: any, messages: any[]) => streamText({ model, messages, maxTokens: 500 });`);
describe("ai: maxTokens is ai 4's key, ai 5 and later read maxOutputTokens only", () => {
    const estimateIn = (file, src) => {
        const all = (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)(file, src), (0, analysis_1.createProject)()), SETTINGS);
        assert.equal(all.length, 1);
        return all[0];
    };
    it("a project that declares ai 5 or 6: maxTokens is no cap", () => {
        for (const range of ["^5.0.0", "6.0.193", "~6.0", ">=5"]) {
            const e = estimateIn(projectWith({ ai: range }), AI_V4_CAP);
            assert.ok(e.flags.includes("no-output-cap"), `${range}: ${e.flags.join()}`);
            assert.notEqual(e.outputTokens, 500);
        }
        // maxOutputTokens is the cap there
        assert.equal(estimateIn(projectWith({ ai: "^6.0.0" }), AI_V4_CAP.replace("maxTokens", "maxOutputTokens")).outputTokens, 500);
    });
    it("the nearest package.json that declares ai counts (a workspace package under a root that declares it)", () => {
        assert.ok(estimateIn(projectWith({ ai: "^6.0.0" }, "packages/app/src"), AI_V4_CAP).flags.includes("no-output-cap"));
    });
    it("ai 4, a version that is not a number, or no package.json: maxTokens is read as before", () => {
        for (const deps of [{ ai: "4.3.19" }, { ai: "latest" }, { ai: "workspace:*" }, undefined]) {
            assert.equal(estimateIn(projectWith(deps), AI_V4_CAP).outputTokens, 500, JSON.stringify(deps));
        }
    });
});
describe("LangChain's ChatAnthropic sends its own max_tokens when the code gives none", () => {
    const estimateIn = (file, src) => {
        const all = (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)(file, src), (0, analysis_1.createProject)()), SETTINGS);
        assert.equal(all.length, 1);
        return all[0];
    };
    const chat = (options) => (0, tester_1.code)(`import { ChatAnthropic } from "@langchain/anthropic";`, `const m = new ChatAnthropic(${options});`, `export const go = (q: string) => m.invoke(q);`);
    it("@langchain/anthropic 0.x: a cap of 2,048 tokens, said to be the SDK's default", () => {
        const e = estimateIn(projectWith({ "@langchain/anthropic": "^0.3.21" }), chat(`{ model: "claude-sonnet-4-5" }`));
        assert.equal(e.outputTokens, 2048);
        assert.ok(!e.flags.includes("no-output-cap") && !e.flags.includes("cap-unknown"), e.flags.join());
        assert.match(e.assumptions.join("\n"), /the SDK sends its default of 2,048 tokens/);
    });
    it("1.x or an unknown version: no cap the app chose, counted at the model's limit up to 16,384", () => {
        const haiku = estimateIn(projectWith({ "@langchain/anthropic": "^1.5.0" }), chat(`{ model: "claude-3-5-haiku-latest" }`));
        assert.equal(haiku.outputTokens, Math.min(16384, (0, pricing_1.resolveModel)(PRICING, haiku.model).model.maxOutputTokens));
        assert.ok(haiku.flags.includes("no-output-cap"), haiku.flags.join());
        const sonnet = estimateIn(projectWith(undefined), chat(`{ model: "claude-sonnet-4-5" }`));
        assert.equal(sonnet.outputTokens, 16384);
        assert.ok((0, pricing_1.resolveModel)(PRICING, sonnet.model).model.maxOutputTokens > 16384, "the model's own maximum is larger: the default is what is counted");
        assert.match(sonnet.assumptions.join("\n"), /the SDK's default lets each call write up to 16,384 tokens/);
    });
    it("a cap in the code wins", () => {
        assert.equal(estimateIn(projectWith({ "@langchain/anthropic": "^0.3.21" }), chat(`{ model: "claude-sonnet-4-5", maxTokens: 300 }`)).outputTokens, 300);
    });
});
const ANTHROPIC_CHAT = (0, tester_1.code)(`import { ChatAnthropic } from "@langchain/anthropic";`, `export const m = new ChatAnthropic({ model: "claude-sonnet-4-5" });`);
tester_1.ruleTester.run("require-max-tokens (ChatAnthropic's default by version)", requireMaxTokensWithCost, {
    valid: [{ code: ANTHROPIC_CHAT, filename: projectWith({ "@langchain/anthropic": "^0.3.21" }) }],
    invalid: [
        {
            code: ANTHROPIC_CHAT,
            filename: projectWith({ "@langchain/anthropic": "^1.5.1" }),
            errors: [{ messageId: "missingCapCost", suggestions: [{ messageId: "addCap", output: ANTHROPIC_CHAT.replace(`"claude-sonnet-4-5" }`, `"claude-sonnet-4-5", maxTokens: 1024 }`) }] }],
        },
    ],
});
const AI_V6_FILE = projectWith({ ai: "^6.0.0" });
const AI_V4_FILE = projectWith({ ai: "^4.3.0" });
tester_1.ruleTester.run("require-max-tokens (ai 5+ ignores maxTokens)", requireMaxTokensWithCost, {
    valid: [{ code: AI_V4_CAP, filename: AI_V4_FILE }],
    invalid: [
        {
            code: AI_V4_CAP,
            filename: AI_V6_FILE,
            errors: [
                {
                    messageId: "missingCapCost",
                    ...(0, tester_1.at)(AI_V4_CAP, "streamText", 1),
                    suggestions: [{ messageId: "addCap", data: { key: "maxOutputTokens", value: "1024" }, output: AI_V4_CAP.replace("maxTokens: 500 }", "maxTokens: 500, maxOutputTokens: 1024 }") }],
                },
            ],
        },
    ],
});
describe("ai 5+ and maxTokens: the message says why the key does not count", () => {
    it("names the key the version ignores", async () => {
        const { ESLint } = await import("eslint");
        const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser }, plugins: { costlint: (0, plugin_1.createPlugin)() }, rules: { "costlint/require-max-tokens": "warn" } }], cwd: node_path_1.default.dirname(AI_V6_FILE) });
        const [result] = await eslint.lintText(AI_V4_CAP, { filePath: AI_V6_FILE });
        assert.equal(result.messages.length, 1);
        assert.match(result.messages[0].message, /Set maxOutputTokens \(maxTokens is not read by ai 5 and later\)/);
    });
});
const CHATGPT = `import { ChatGPTAPI } from "chatgpt";`;
tester_1.ruleTester.run("require-max-tokens (chatgpt: the library always caps)", requireMaxTokens, {
    valid: [(0, tester_1.code)(CHATGPT, `const api = new ChatGPTAPI({ apiKey: "k" });`, `export const reply = (text: string, parentMessageId?: string) => api.sendMessage(text, { parentMessageId });`)],
    invalid: [],
});
describe("chatgpt (ChatGPTAPI)", () => {
    it("sendMessage: gpt-3.5-turbo and 1,000 output tokens unless the client says otherwise; the client's system message counts", () => {
        const plain = only((0, tester_1.code)(CHATGPT, `const api = new ChatGPTAPI({ apiKey: "k" });`, `export const reply = (text: string) => api.sendMessage(text);`));
        assert.equal(plain.model, "gpt-3.5-turbo");
        assert.equal(plain.outputTokens, 1000);
        assert.equal(plain.provider, "openai");
        assert.ok(!plain.flags.includes("no-output-cap") && !plain.flags.includes("default-model"), plain.flags.join());
        const system = only((0, tester_1.code)(CHATGPT, `const api = new ChatGPTAPI({ apiKey: "k", systemMessage: "You are a helpful WhatsApp assistant. Answer in one short paragraph." });`, `export const reply = (text: string) => api.sendMessage(text);`));
        assert.ok(system.breakdown.some((b) => b.part === "system" && b.tokens > 10), JSON.stringify(system.breakdown));
    });
    it("completionParams: the model and max_tokens, on the client or the call", () => {
        const client = only((0, tester_1.code)(CHATGPT, `const api = new ChatGPTAPI({ apiKey: "k", completionParams: { model: "gpt-4o-mini", max_tokens: 300 } });`, `export const reply = (text: string) => api.sendMessage(text);`));
        assert.equal(client.model, "gpt-4o-mini");
        assert.equal(client.outputTokens, 300);
        const call = only((0, tester_1.code)(CHATGPT, `const api = new ChatGPTAPI({ apiKey: "k" });`, `export const reply = (text: string) => api.sendMessage(text, { completionParams: { max_tokens: 120 } });`));
        assert.equal(call.outputTokens, 120);
    });
    it("a model set to a value the code does not show is not the library's default", () => {
        const e = only((0, tester_1.code)(CHATGPT, `const api = new ChatGPTAPI({ apiKey: "k", completionParams: { model: process.env.MODEL } });`, `export const reply = (text: string) => api.sendMessage(text);`));
        assert.ok(e.flags.includes("default-model"), e.flags.join());
        assert.equal(e.model, "gpt-4o");
    });
    it("the unofficial proxy (a ChatGPT web session) and other sendMessage methods are not API calls", () => {
        assert.equal(estimates((0, tester_1.code)(`import { ChatGPTUnofficialProxyAPI } from "chatgpt";`, `const api = new ChatGPTUnofficialProxyAPI({ accessToken: "t" });`, `await api.sendMessage("hi");`)).length, 0);
        assert.equal(estimates((0, tester_1.code)(CHATGPT, `await whatsapp.sendMessage(chatId, "hi");`)).length, 0);
    });
});
//# sourceMappingURL=surfaces.test.js.map