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
const agent_cap_1 = require("../../src/core/detectors/agent-cap");
const conversation_1 = require("../../src/core/detectors/conversation");
const model_1 = require("../../src/core/detectors/model");
const output_cap_1 = require("../../src/core/detectors/output-cap");
const retry_settings_1 = require("../../src/core/detectors/retry-settings");
const tools_1 = require("../../src/core/detectors/tools");
const engine_1 = require("../../src/core/engine");
const OPENAI = `import OpenAI from "openai";\nconst client = new OpenAI();`;
function analyse(...lines) {
    return (0, analysis_1.analyzeFile)((0, engine_1.parseSource)("app.ts", lines.join("\n")));
}
/** The one site of a profile in a file. */
function site(analysis, profileId) {
    const found = analysis.sites.filter((s) => s.profile.id === profileId);
    assert.equal(found.length, 1, `sites of ${profileId}: ${analysis.sites.map((s) => s.profile.id).join(", ")}`);
    return found[0];
}
function cap(...lines) {
    const a = analyse(...lines);
    const call = a.sites.find((s) => s.profile.kind === "generate" || s.profile.kind === "agent-run");
    return { cap: (0, output_cap_1.outputCapOf)(a, call), text: a.index.text };
}
describe("detectors/output-cap", () => {
    it("set on the call, with the number", () => {
        const { cap: c } = cap(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 300 });`);
        assert.equal(c.state, "set");
        assert.equal(c.state === "set" && c.tokens, 300);
    });
    it("absent: the owner is the options literal, the key the profile's first", () => {
        const { cap: c } = cap(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [] });`);
        assert.equal(c.state, "absent");
        assert.equal(c.state === "absent" && c.key, "max_completion_tokens");
        assert.ok(c.state === "absent" && c.owner);
    });
    it("a ternary between two numbers is set, at the larger", () => {
        const { cap: c } = cap(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: fast ? 256 : 1024 });`);
        assert.equal(c.state === "set" && c.tokens, 1024);
    });
    it("a spread of a const object literal is followed", () => {
        assert.equal(cap(OPENAI, `const base = { max_tokens: 64 };`, `client.chat.completions.create({ ...base, model: "gpt-4o", messages: [] });`).cap.state, "set");
        const { cap: c } = cap(OPENAI, `const base = { temperature: 0 };`, `client.chat.completions.create({ ...base, model: "gpt-4o", messages: [] });`);
        assert.equal(c.state, "absent");
    });
    it("a spread of something unknown is not visible", () => {
        assert.equal(cap(OPENAI, `function f(p) { return client.chat.completions.create({ ...p, model: "gpt-4o", messages: [] }); }`).cap.state, "not-visible");
        assert.equal(cap(OPENAI, `function f(p) { return client.chat.completions.create({ model: "gpt-4o", messages: [], ...(p ? p : {}) }); }`).cap.state, "not-visible");
    });
    it("casts, satisfies, non-null and parentheses do not hide the object", () => {
        for (const wrap of [(o) => `${o} as any`, (o) => `(${o})`, (o) => `${o} satisfies object`, (o) => `(${o} as unknown as Params)!`]) {
            assert.equal(cap(OPENAI, `client.chat.completions.create(${wrap(`{ model: "gpt-4o", messages: [], max_tokens: 5 }`)});`).cap.state, "set");
            assert.equal(cap(OPENAI, `client.chat.completions.create(${wrap(`{ model: "gpt-4o", messages: [] }`)});`).cap.state, "absent");
        }
    });
    it("conditional spreads: set only when the condition holds", () => {
        const { cap: c } = cap(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], ...(fast ? { max_tokens: 256 } : {}) });`);
        assert.equal(c.state, "conditional");
        assert.equal(c.state === "conditional" && c.when, "fast");
        const { cap: d } = cap(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], ...(a > b && { max_tokens: 256 }) });`);
        assert.equal(d.state === "conditional" && d.when, "a > b");
        const { cap: e } = cap(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], ...(short ? {} : { max_tokens: 256 }) });`);
        assert.equal(e.state === "conditional" && e.when, "!short");
    });
    it("a conditional spread that sets the cap on both branches is set, at the larger", () => {
        const { cap: c } = cap(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], ...(fast ? { max_tokens: 256 } : { max_tokens: 2048 }) });`);
        assert.equal(c.state, "set");
        assert.equal(c.state === "set" && c.tokens, 2048);
    });
    it("the two branches may set different keys of the same cap (opencommit: max_completion_tokens for reasoning models)", () => {
        const { cap: c } = cap(OPENAI, `export async function f(reasoning: boolean, n: number) {`, `  const params = { model: "o4-mini", messages: [], ...(reasoning ? { max_completion_tokens: 1000 } : { temperature: 0, max_tokens: n }) };`, `  return client.chat.completions.create(params as any);`, `}`);
        assert.equal(c.state, "set");
        assert.equal(c.state === "set" && c.tokens, undefined); // n is not known
    });
    it("a cap set unconditionally before a conditional override stays set", () => {
        const { cap: c } = cap(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 100, ...(long && { max_tokens: 4000 }) });`);
        assert.equal(c.state, "set");
        assert.equal(c.state === "set" && c.tokens, 4000);
    });
    it("Object.assign: into the options, and Object.assign({}, a, b)", () => {
        assert.equal(cap(OPENAI, `const opts = { model: "gpt-4o", messages: [] };`, `Object.assign(opts, { max_tokens: 99 });`, `client.chat.completions.create(opts);`).cap.state, "set");
        assert.equal(cap(OPENAI, `const opts = { model: "gpt-4o", messages: [] };`, `Object.assign(opts, { temperature: 0 });`, `client.chat.completions.create(opts);`).cap.state, "absent");
        assert.equal(cap(OPENAI, `const opts = { model: "gpt-4o", messages: [] };`, `Object.assign(opts, extra);`, `client.chat.completions.create(opts);`).cap.state, "not-visible");
        const { cap: c } = cap(OPENAI, `const a = { model: "gpt-4o" };`, `const b = { max_tokens: 7 };`, `client.chat.completions.create(Object.assign({}, a, b, { messages: [] }));`);
        assert.equal(c.state === "set" && c.tokens, 7);
    });
    it("a key assigned after the object is built", () => {
        const { cap: c } = cap(OPENAI, `const opts = { model: "gpt-4o", messages: [] };`, `opts.max_tokens = 512;`, `client.chat.completions.create(opts);`);
        assert.equal(c.state === "set" && c.tokens, 512);
        assert.equal(cap(OPENAI, `let opts = { model: "gpt-4o", messages: [] };`, `opts = load();`, `client.chat.completions.create(opts);`).cap.state, "not-visible");
    });
    it("a chat model's call reads the cap of its construction", () => {
        assert.equal(cap(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ maxTokens: 256 });`, `m.invoke("hi");`).cap.state, "set");
        const { cap: c } = cap(`import { ChatOllama } from "@langchain/ollama";`, `const m = new ChatOllama({ model: "llama3.1" });`, `m.invoke("hi");`);
        assert.equal(c.state === "absent" && c.key, "numPredict");
        const { cap: d } = cap(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI();`, `m.invoke("hi");`);
        assert.equal(d.state === "absent" && d.owner, undefined);
    });
    it("an agent run reads its agent's cap", () => {
        const { cap: c } = cap(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a", modelSettings: { maxTokens: 300 } });`, `await run(agent, "hi");`);
        assert.equal(c.state === "set" && c.tokens, 300);
    });
});
describe("detectors/agent-cap", () => {
    const capOf = (...lines) => {
        const a = analyse(...lines);
        return (0, agent_cap_1.agentCapOf)(a, a.sites.find((s) => s.profile.agentCap || s.profile.kind === "agent-run"));
    };
    it("stopWhen: stepCountIs of a literal and of a const", () => {
        assert.deepEqual(pick(capOf(`import { generateText, stepCountIs } from "ai";`, `generateText({ model, tools, stopWhen: stepCountIs(7) });`)), { kind: "steps", calls: 7, source: "stepCountIs(7)" });
        assert.deepEqual(pick(capOf(`import { generateText, stepCountIs } from "ai";`, `const MAX = 12;`, `generateText({ model, tools, stopWhen: stepCountIs(MAX) });`)), { kind: "steps", calls: 12, source: "stepCountIs(12)" });
    });
    it("arrays stop at the first condition met; a const array is followed", () => {
        const c = capOf(`import { generateText, stepCountIs, hasToolCall } from "ai";`, `const stop = [hasToolCall("done"), stepCountIs(9), stepCountIs(30)];`, `generateText({ model, tools, stopWhen: stop });`);
        assert.deepEqual(pick(c), { kind: "steps", calls: 9, source: "stepCountIs(9)" });
    });
    it("hasToolCall alone is unbounded; a custom condition is not visible", () => {
        assert.equal(capOf(`import { generateText, hasToolCall } from "ai";`, `generateText({ model, tools, stopWhen: hasToolCall("done") });`)?.kind, "unbounded");
        assert.equal(capOf(`import { generateText } from "ai";`, `generateText({ model, tools, stopWhen: myCondition });`), undefined);
    });
    it("no tools: one step whatever the condition", () => {
        assert.deepEqual(pick(capOf(`import { generateText, stepCountIs } from "ai";`, `generateText({ model, prompt: "p", stopWhen: stepCountIs(50) });`)), { kind: "none", calls: 1, source: "no tools: one step" });
    });
    it("SDK defaults, null and Infinity, calls per unit", () => {
        assert.deepEqual(pick(capOf(`import { Agent, run } from "@openai/agents";`, `await run(agent, "hi");`)), { kind: "turns", calls: 10, source: "default maxTurns 10" });
        assert.equal(capOf(`import { run } from "@openai/agents";`, `await run(agent, "hi", { maxTurns: null });`)?.kind, "unbounded");
        assert.equal(capOf(`import { AgentExecutor } from "langchain/agents";`, `new AgentExecutor({ agent, tools, maxIterations: Infinity });`)?.kind, "unbounded");
        const graph = capOf(`import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `const agent = createReactAgent({ llm, tools });`, `await agent.invoke({ messages: [] }, { recursionLimit: 40 });`);
        assert.deepEqual(pick(graph), { kind: "steps", calls: 20, source: "recursionLimit: 40" });
    });
    it("an AI SDK agent's generate() takes the cap of the agent", () => {
        const c = capOf(`import { ToolLoopAgent, stepCountIs } from "ai";`, `const agent = new ToolLoopAgent({ model, tools, stopWhen: stepCountIs(4) });`, `await agent.generate({ prompt: "p" });`);
        assert.equal(c?.calls, 4);
    });
    function pick(c) {
        return c && { kind: c.kind, calls: c.calls, source: c.source };
    }
});
describe("detectors/model", () => {
    const modelIn = (...lines) => {
        const a = analyse(...lines);
        return (0, model_1.modelOf)(a, a.sites.find((s) => s.profile.kind === "generate" || s.profile.kind === "agent-run"));
    };
    it("the call's own model, a const, an AI SDK provider model", () => {
        assert.equal(modelIn(OPENAI, `client.chat.completions.create({ model: "gpt-4o-mini", messages: [] });`)?.id, "gpt-4o-mini");
        assert.equal(modelIn(OPENAI, `const M = "gpt-4.1";`, `client.chat.completions.create({ model: M, messages: [] });`)?.from, "call");
        assert.equal(modelIn(`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `generateText({ model: openai("gpt-4o"), prompt: "p" });`)?.id, "gpt-4o");
    });
    it("the model a chat model, an agent factory or an agent was built with", () => {
        const m = modelIn(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ modelName: "gpt-4o-mini" });`, `m.invoke("hi");`);
        assert.deepEqual([m?.id, m?.from], ["gpt-4o-mini", "construction"]);
        assert.equal(modelIn(`import { ChatAnthropic } from "@langchain/anthropic";`, `import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `const llm = new ChatAnthropic({ model: "claude-sonnet-4-5" });`, `const agent = createReactAgent({ llm, tools: [] });`, `agent.invoke({ messages: [] });`)?.id, "claude-sonnet-4-5");
        assert.equal(modelIn(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a", model: "gpt-4.1" });`, `run(agent, "hi");`)?.id, "gpt-4.1");
        assert.equal(modelIn(`import { initChatModel } from "langchain/chat_models/universal";`, `const m = await initChatModel("openai:gpt-4o", { maxTokens: 5 });`, `m.invoke("x");`)?.id, "openai:gpt-4o");
    });
});
describe("detectors/conversation, retry-settings, tools", () => {
    it("the conversation: a key, the AI SDK prompt, an argument, a graph state's messages", () => {
        const text = (...lines) => {
            const a = analyse(...lines);
            return (0, conversation_1.conversationOf)(a, a.sites.find((s) => s.profile.kind === "generate" || s.profile.kind === "agent-run"))?.getText(a.index.sourceFile);
        };
        assert.equal(text(OPENAI, `client.chat.completions.create({ model: "m", messages: history });`), "history");
        assert.equal(text(`import { generateText } from "ai";`, `generateText({ model, prompt: question });`), "question");
        assert.equal(text(`import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `const agent = createReactAgent({ llm, tools: [] });`, `agent.invoke({ messages: thread });`), "thread");
        assert.equal(text(`import { run } from "@openai/agents";`, `run(agent, input);`), "input");
    });
    it("retries: request options over the call over the client, else the SDK default", () => {
        const retries = (...lines) => {
            const a = analyse(...lines);
            return (0, retry_settings_1.retriesOf)(a, site(a, "openai.chat.completions"));
        };
        assert.deepEqual(retries(OPENAI, `client.chat.completions.create({ model: "m", messages: [] });`), { retries: 2, default: true });
        assert.equal(retries(`import OpenAI from "openai";`, `const client = new OpenAI({ maxRetries: 5 });`, `client.chat.completions.create({ model: "m", messages: [] });`)?.retries, 5);
        assert.equal(retries(`import OpenAI from "openai";`, `const client = new OpenAI({ maxRetries: 5 });`, `client.chat.completions.create({ model: "m", messages: [] }, { maxRetries: 0 });`)?.retries, 0);
    });
    it("tools sent in provider formats, spreads expanded, unknown spreads counted", () => {
        const a = analyse(OPENAI, `const more = [{ type: "function", function: { name: "b", parameters: { type: "object", properties: {} } } }];`, `client.chat.completions.create({ model: "m", messages: [], tools: [{ type: "function", function: { name: "a", parameters: { type: "object" } } }, ...more, ...extra] });`);
        const sent = (0, tools_1.toolsSentBy)(a, site(a, "openai.chat.completions"));
        assert.equal(sent.tools.length, 2);
        assert.equal(sent.unresolved, 1);
        assert.equal((0, tools_1.findToolSchemas)(a).length, 2);
    });
    it("AI SDK records: plain definitions carry their schema, tool() helpers are sites of their own", () => {
        const a = analyse(`import { generateText, tool } from "ai";`, `import { z } from "zod";`, `generateText({ model, prompt: "p", tools: { a: { description: "d", inputSchema: z.object({}) }, b: tool({ inputSchema: z.any() }) } });`);
        const sent = (0, tools_1.toolsSentBy)(a, site(a, "ai.generateText"));
        assert.deepEqual(sent.tools.map((t) => [t.name, !!t.schema]), [["a", true], ["b", false]]);
        assert.equal((0, tools_1.findToolSchemas)(a).length, 2); // a's inline schema and b's tool() site
    });
});
describe("detectors/analysis: the text gate", () => {
    it("an SDK module opens the gate where it is imported or required, not as any quoted string", () => {
        for (const text of [
            `import OpenAI from "openai";`,
            `import { generateText } from\n  "ai";`,
            `export { generateText } from 'ai';`,
            `const { Anthropic } = require( "@anthropic-ai/sdk" );`,
            "const { openai } = await import(`@ai-sdk/openai`);",
            `import "vscode";`,
            `import { ChatOpenAI } from "@langchain/openai";`,
        ]) {
            assert.ok((0, analysis_1.mayHaveSites)(text), text);
        }
        // Lithuanian "ai" in a locale table (zod's), a model id, a module only named like an SDK: no gate.
        // A type-only import declares no binding: nothing traces back to it.
        for (const text of [`const t = { and: "ai" };`, `const model = "openai";`, `import x from "ollama-helpers";`, `log("from", "ai")`, `import type { LanguageModel } from\n  "ai";`]) {
            assert.ok(!(0, analysis_1.mayHaveSites)(text), text);
        }
        // Endpoints and distinctive method paths open it anywhere.
        assert.ok((0, analysis_1.mayHaveSites)(`const url = "https://api.openai.com/v1/chat/completions";`));
        assert.ok((0, analysis_1.mayHaveSites)(`await llm.chat.completions.create({})`));
    });
    it("a file importing a module that is gated only by a quoted string is not traced (zod's locales)", () => {
        const analysis = analyse(`const words = { and: "ai" };`, `export function f(x: { create(): void }) { x.create(); }`);
        assert.equal(analysis.sites.length, 0);
        assert.equal(analysis.index.calls.length, 0);
    });
});
describe("LangChain chains: invoking a composition runs the chat model in it", () => {
    const CHAIN = [
        `import { ChatOpenAI } from "@langchain/openai";`,
        `import { ChatPromptTemplate } from "@langchain/core/prompts";`,
        `import { RunnableSequence, RunnableWithMessageHistory } from "@langchain/core/runnables";`,
        `import { StringOutputParser } from "@langchain/core/output_parsers";`,
        `const model = new ChatOpenAI({ model: "gpt-4o-mini", maxTokens: 256 });`,
        `const prompt = ChatPromptTemplate.fromMessages([["system", "Be brief."], ["human", "{input}"]]);`,
    ];
    const invokes = (...lines) => {
        const a = analyse(...CHAIN, ...lines);
        return a.sites.filter((s) => s.profile.id === "langchain.chatModel.invoke").map((s) => ({ text: s.node.getText(a.index.sourceFile), model: (0, model_1.modelOf)(a, s)?.id, cap: (0, output_cap_1.outputCapOf)(a, s) }));
    };
    it("prompt.pipe(model).pipe(parser): the model's id and cap", () => {
        const [chain, ...rest] = invokes(`const chain = prompt.pipe(model).pipe(new StringOutputParser());`, `await chain.invoke({ input: "hi" });`);
        assert.equal(rest.length, 0);
        assert.equal(chain?.model, "gpt-4o-mini");
        assert.equal(chain?.cap.state === "set" && chain.cap.tokens, 256);
    });
    it("RunnableSequence.from with a nested sequence and a map; new RunnableWithMessageHistory({ runnable })", () => {
        const found = invokes(`const inner = RunnableSequence.from([prompt, model]);`, `const chain = RunnableSequence.from([{ input: inner, extra: (x: { extra: string }) => x.extra }, new StringOutputParser()]);`, `await chain.stream({ input: "hi" });`, `const withHistory = new RunnableWithMessageHistory({ runnable: chain, getMessageHistory: () => store, inputMessagesKey: "input" });`, `await withHistory.invoke({ input: "hi" }, { configurable: { sessionId: "1" } });`);
        assert.deepEqual(found.map((f) => f.model), ["gpt-4o-mini", "gpt-4o-mini"]);
    });
    it("a chain with no chat model, Object.assign and an untraced .pipe without a model are no LLM calls", () => {
        const found = invokes(`const format = prompt.pipe(new StringOutputParser());`, `await format.invoke({ input: "hi" });`, `const merged = Object.assign({}, { llm: model });`, `await merged.invoke("hi");`, `const stream = source.pipe(transform);`, `await stream.invoke("hi");`);
        assert.deepEqual(found, []);
    });
});
//# sourceMappingURL=detectors.test.js.map