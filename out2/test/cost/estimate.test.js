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
const chat_tokens_1 = require("../../src/core/cost/chat-tokens");
const estimate_1 = require("../../src/core/cost/estimate");
const pricing_1 = require("../../src/core/cost/pricing");
const token_factors_1 = require("../../src/core/cost/token-factors");
const openai_measured_1 = require("./openai-measured");
const engine_1 = require("../../src/core/engine");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- js-tiktoken's typings are ESM-only
const { getEncoding } = require("js-tiktoken");
const ENCODERS = { o200k_base: getEncoding("o200k_base"), cl100k_base: getEncoding("cl100k_base") };
function tok(text, enc = "o200k_base") {
    return ENCODERS[enc].encode(text).length;
}
/** OpenAI Cookbook, num_tokens_from_messages: 3 per message + its values, +1 per name, +3 priming the reply. */
function chatTokens(messages, enc = "o200k_base") {
    let total = 3;
    for (const m of messages) {
        total += 3 + tok(m.role, enc) + tok(m.content, enc);
        if (m.name !== undefined)
            total += 1 + tok(m.name, enc);
    }
    return total;
}
const PRICING = (0, pricing_1.defaultPricingTable)();
function price(id) {
    const found = PRICING.models.find((m) => m.id === id);
    if (!found)
        throw new Error(`no ${id} in the table`);
    return found;
}
/** USD of one request at the model's plain rates (the tests stay below long-context thresholds). */
function usd(model, input, output) {
    return (input * model.inputPerMTok + output * model.outputPerMTok) / 1_000_000;
}
/** An o200k count in another provider's tokens: the family's factor (token-factors.ts), rounded up, as the estimate documents. */
function scaled(count, model) {
    const factor = (0, token_factors_1.tokenCountingFor)(model.id)?.factor ?? model.tokenFactor;
    return factor === 1 ? count : Math.ceil(count * factor - 1e-9);
}
/** OpenAI: what tool definitions add beside a system message (the namespace + 9 - 4, and one newline more on the system prompt). */
function toolsBesideSystem(defs, system, enc = "o200k_base") {
    return (0, chat_tokens_1.countToolDefinitions)(defs, enc) - 4 + tok(`${system}\n`, enc) - tok(system, enc);
}
/** Anthropic and Gemini: a tool's name, description and compact JSON schema, as text. */
function toolText(defs) {
    return defs.reduce((n, d) => n + tok(d.name) + tok(d.description ?? "") + tok(JSON.stringify(d.parameters ?? {})), 0);
}
function close(actual, expected, message) {
    assert.ok(Math.abs(actual - expected) <= 1e-12 + Math.abs(expected) * 1e-9, `${message ?? ""} ${actual} != ${expected}`);
}
// ---------------------------------------------------------------------------------------------------------------
// Running the estimate on source text
// ---------------------------------------------------------------------------------------------------------------
const SETTINGS = { config: (0, schema_1.defaultConfig)(), pricing: PRICING };
function settingsWith(patch) {
    const base = (0, schema_1.defaultConfig)();
    return {
        config: { ...base, ...(patch.defaultModel ? { defaultModel: patch.defaultModel } : {}), assumptions: { ...base.assumptions, ...patch.assumptions } },
        pricing: PRICING,
    };
}
function estimates(src, settings = SETTINGS, fileName = "app.ts") {
    return (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)(fileName, src)), settings);
}
function only(src, settings) {
    const all = estimates(src, settings);
    assert.equal(all.length, 1, `expected one call, got ${all.map((e) => e.profileId).join(", ")}`);
    return all[0];
}
function part(e, name) {
    const entry = e.breakdown.find((b) => b.part === name);
    assert.ok(entry, `no ${name} part`);
    return entry.tokens;
}
/** The input parts of the breakdown add up to inputTokens. */
function assertBreakdownSums(e) {
    const input = ["system", "messages", "tools", "overhead", "assumed"].reduce((n, p) => n + part(e, p), 0);
    assert.equal(input, e.inputTokens, "system + messages + tools + overhead + assumed");
    assert.equal(part(e, "output"), e.outputTokens);
}
const OPENAI = `import OpenAI from "openai";\nconst client = new OpenAI();\n`;
const lines = (...l) => l.join("\n");
const LITERAL = [
    {
        name: "system + named user + assistant, template literal with a const, + and join",
        model: "gpt-4o",
        enc: "o200k_base",
        src: lines(OPENAI, `const PRODUCT = "Acme Cloud";`, `const RULES = ["Answer in English.", "Never invent prices.", "Cite the docs page."];`, `await client.chat.completions.create({`, `  model: "gpt-4o",`, `  max_tokens: 400,`, `  messages: [`, `    { role: "system", content: \`You are the support assistant for \${PRODUCT}.\\n\` + RULES.join("\\n") },`, `    { role: "user", name: "alice", content: "How do I rotate my API key? It expired yesterday." },`, `    { role: "assistant", content: "Open Settings → Keys, then click “Rotate”." },`, `    { role: "user", name: "alice", content: \`Thanks! And for \${PRODUCT} EU accounts, \` + "is it the same?" },`, `  ],`, `});`),
        messages: [
            { role: "system", content: "You are the support assistant for Acme Cloud.\nAnswer in English.\nNever invent prices.\nCite the docs page." },
            { role: "user", name: "alice", content: "How do I rotate my API key? It expired yesterday." },
            { role: "assistant", content: "Open Settings → Keys, then click “Rotate”." },
            { role: "user", name: "alice", content: "Thanks! And for Acme Cloud EU accounts, is it the same?" },
        ],
    },
    {
        name: "messages in a const, a number in a template, consts concatenated",
        model: "gpt-4o-mini",
        enc: "o200k_base",
        src: lines(OPENAI, `const TONE = "friendly";`, `const HEADER = "You write product descriptions. " + "Tone: " + TONE + ".";`, `const MESSAGES = [`, `  { role: "system", content: HEADER },`, `  { role: "user", content: \`Describe a \${3}-slot toaster in \${40} words, \${TONE} but precise.\` },`, `];`, `await client.chat.completions.create({ model: "gpt-4o-mini", messages: MESSAGES, max_completion_tokens: 120 });`),
        messages: [
            { role: "system", content: "You write product descriptions. Tone: friendly." },
            { role: "user", content: "Describe a 3-slot toaster in 40 words, friendly but precise." },
        ],
    },
    {
        name: "developer role, names on every message, non-ASCII text",
        model: "gpt-4.1",
        enc: "o200k_base",
        src: lines(OPENAI, `await client.chat.completions.create({`, `  model: "gpt-4.1",`, `  max_tokens: 64,`, `  messages: [`, `    { role: "developer", content: "Réponds en français, sans emoji." },`, `    { role: "user", name: "example_user", content: "Quelle heure est-il à Tōkyō ? 東京の時間は？" },`, `    { role: "assistant", name: "example_assistant", content: "Il est 9 h 30 à Tokyo." },`, `    { role: "user", name: "example_user", content: "Merci 🙏" },`, `  ],`, `});`),
        messages: [
            { role: "developer", content: "Réponds en français, sans emoji." },
            { role: "user", name: "example_user", content: "Quelle heure est-il à Tōkyō ? 東京の時間は？" },
            { role: "assistant", name: "example_assistant", content: "Il est 9 h 30 à Tokyo." },
            { role: "user", name: "example_user", content: "Merci 🙏" },
        ],
    },
    {
        name: "gpt-4 counts with cl100k_base",
        model: "gpt-4",
        enc: "cl100k_base",
        src: lines(OPENAI, `const SYSTEM = ["You are a careful SQL reviewer.", "Point out injection risks first."].join(" ");`, `await client.chat.completions.create({`, `  model: "gpt-4",`, `  max_tokens: 300,`, `  messages: [`, `    { role: "system", content: SYSTEM },`, `    { role: "user", name: "dev", content: "SELECT * FROM users WHERE id = '" + "1 OR 1=1" + "';" },`, `  ],`, `});`),
        messages: [
            { role: "system", content: "You are a careful SQL reviewer. Point out injection risks first." },
            { role: "user", name: "dev", content: "SELECT * FROM users WHERE id = '1 OR 1=1';" },
        ],
    },
    {
        name: "gpt-3.5-turbo counts with cl100k_base",
        model: "gpt-3.5-turbo",
        enc: "cl100k_base",
        src: lines(OPENAI, `const LANG = "Python";`, `await client.chat.completions.create({`, `  model: "gpt-3.5-turbo",`, `  max_tokens: 200,`, `  messages: [`, `    { role: "system", content: \`You explain \${LANG} code line by line.\` },`, `    { role: "user", content: "def f(xs):\\n    return sorted(set(xs))[-2]" },`, `    { role: "assistant", content: "It returns the second largest distinct value." },`, `    { role: "user", content: "And when xs has one element?" },`, `  ],`, `});`),
        messages: [
            { role: "system", content: "You explain Python code line by line." },
            { role: "user", content: "def f(xs):\n    return sorted(set(xs))[-2]" },
            { role: "assistant", content: "It returns the second largest distinct value." },
            { role: "user", content: "And when xs has one element?" },
        ],
    },
    {
        name: "Responses API: instructions and a string input",
        model: "gpt-4o",
        enc: "o200k_base",
        src: lines(OPENAI, `const STYLE = "Use bullet points.";`, `await client.responses.create({ model: "gpt-4o", instructions: "Summarize the text. " + STYLE, input: \`Text: the quarterly report shows growth of 12%.\`, max_output_tokens: 100 });`),
        messages: [
            { role: "system", content: "Summarize the text. Use bullet points." },
            { role: "user", content: "Text: the quarterly report shows growth of 12%." },
        ],
    },
    {
        name: "AI SDK generateText with system and prompt",
        model: "gpt-4o-mini",
        enc: "o200k_base",
        src: lines(`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `const CITY = "Lisbon";`, `await generateText({ model: openai("gpt-4o-mini"), system: "You are a travel guide.", prompt: \`Three things to do in \${CITY}.\`, maxOutputTokens: 200 });`),
        messages: [
            { role: "system", content: "You are a travel guide." },
            { role: "user", content: "Three things to do in Lisbon." },
        ],
    },
    {
        name: "messages whose texts would merge into other tokens if concatenated",
        model: "gpt-4o",
        enc: "o200k_base",
        src: lines(OPENAI, `await client.chat.completions.create({ model: "gpt-4o", max_tokens: 10, messages: [`, `  { role: "system", content: "1234" }, { role: "system", content: "5678" },`, `  { role: "user", content: "ab" }, { role: "assistant", content: "cd" }, { role: "user", content: "9999" },`, `] });`),
        messages: [
            { role: "system", content: "1234" },
            { role: "system", content: "5678" },
            { role: "user", content: "ab" },
            { role: "assistant", content: "cd" },
            { role: "user", content: "9999" },
        ],
    },
];
describe("estimateCalls", () => {
    describe("fully literal requests are exact against js-tiktoken (OpenAI's chat-format method)", () => {
        for (const c of LITERAL) {
            it(`${c.name} (${c.model}, ${c.enc})`, () => {
                const e = only(c.src);
                assert.equal(e.model, c.model);
                assert.equal(e.approximate, false);
                assert.equal(part(e, "assumed"), 0, "nothing unresolved");
                assert.equal(part(e, "tools"), 0);
                assert.equal(e.inputTokens, chatTokens(c.messages, c.enc));
            });
            it(`${c.name}: every part of the breakdown`, () => {
                const e = only(c.src);
                const isSystem = (m) => m.role === "system" || m.role === "developer";
                const sum = (ms) => ms.reduce((n, m) => n + tok(m.content, c.enc), 0);
                assert.equal(part(e, "system"), sum(c.messages.filter(isSystem)));
                assert.equal(part(e, "messages"), sum(c.messages.filter((m) => !isSystem(m))));
                const overhead = 3 + c.messages.reduce((n, m) => n + 3 + tok(m.role, c.enc) + (m.name === undefined ? 0 : 1 + tok(m.name, c.enc)), 0);
                assert.equal(part(e, "overhead"), overhead);
                assertBreakdownSums(e);
            });
        }
        it("the cost is input and output at the model's prices", () => {
            const c = LITERAL[0];
            const e = only(c.src);
            assert.equal(e.outputTokens, 400);
            close(e.costUsd, usd(price("gpt-4o"), chatTokens(c.messages), 400));
        });
    });
    // -------------------------------------------------------------------------------------------------------------
    // 2. The other parts: tools, assumed, output
    // -------------------------------------------------------------------------------------------------------------
    describe("tools", () => {
        const WEATHER = {
            type: "function",
            function: {
                name: "get_current_weather",
                description: "Get the current weather in a given location.",
                parameters: {
                    type: "object",
                    properties: {
                        location: { type: "string", description: "The city and state, e.g. San Francisco, CA" },
                        unit: { type: "string", enum: ["celsius", "fahrenheit"] },
                    },
                    required: ["location"],
                },
            },
        };
        const SEARCH = {
            type: "function",
            function: {
                name: "search_docs",
                description: "Search the documentation",
                parameters: { type: "object", properties: { query: { type: "string" }, filters: { type: "object", properties: { section: { type: "string" } } } } },
            },
        };
        const defsOf = (tools) => tools.map((t) => ({ name: t.function.name, description: t.function.description, parameters: t.function.parameters }));
        it("OpenAI chat tool definitions count as countToolDefinitions on the same definitions", () => {
            const src = lines(OPENAI, `await client.chat.completions.create({ model: "gpt-4o", max_tokens: 50, messages: [{ role: "user", content: "Weather in Paris?" }], tools: ${JSON.stringify([WEATHER, SEARCH])} });`);
            const e = only(src);
            const toolTokens = (0, chat_tokens_1.countToolDefinitions)(defsOf([WEATHER, SEARCH]), "o200k_base");
            assert.ok(toolTokens > 30);
            assert.equal(part(e, "tools"), toolTokens);
            assert.equal(e.inputTokens, chatTokens([{ role: "user", content: "Weather in Paris?" }]) + toolTokens);
            assert.equal(part(e, "assumed"), 0);
            assertBreakdownSums(e);
        });
        it("tools held in a const, on gpt-4 (cl100k_base overheads)", () => {
            const src = lines(OPENAI, `const TOOLS = ${JSON.stringify([WEATHER])};`, `await client.chat.completions.create({ model: "gpt-4", max_tokens: 50, messages: [{ role: "user", content: "hi" }], tools: TOOLS });`);
            const e = only(src);
            assert.equal(part(e, "tools"), (0, chat_tokens_1.countToolDefinitions)(defsOf([WEATHER]), "cl100k_base"));
            assert.equal(e.inputTokens, chatTokens([{ role: "user", content: "hi" }], "cl100k_base") + part(e, "tools"));
        });
        it("Anthropic tools (input_schema): text scaled by the family's factor, plus the tool-use system prompt", () => {
            const tool = { name: "lookup_order", description: "Find an order by id", input_schema: { type: "object", properties: { id: { type: "string", description: "Order id" } }, required: ["id"] } };
            const request = (choice) => lines(`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic();`, `await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, system: "You are a support agent.", messages: [{ role: "user", content: "Where is order 42?" }], tools: [${JSON.stringify(tool)}]${choice} });`);
            const e = only(request(""));
            const model = price("claude-sonnet-4-5");
            const defs = scaled(toolText([{ name: tool.name, description: tool.description, parameters: tool.input_schema }]), model);
            // Anthropic's tool-use table: Claude Sonnet 4.5, tool_choice auto or none: 346 tokens; any or tool: 313.
            assert.equal(part(e, "tools"), defs + 346);
            assert.equal(part(e, "overhead"), 3 + 3);
            assert.equal(e.inputTokens, scaled(tok("You are a support agent."), model) + scaled(tok("Where is order 42?"), model) + 6 + defs + 346);
            assert.equal(part(only(request(`, tool_choice: { type: "any" }`)), "tools"), defs + 313);
            assert.equal(part(only(request(`, tool_choice: { type: "tool", name: "lookup_order" }`)), "tools"), defs + 313);
            assert.equal(part(only(request(`, tool_choice: { type: "none" }`)), "tools"), defs + 346);
            assert.ok(e.breakdown.every((b) => b.exact === false || b.tokens === 0), "Claude counts are estimated");
            assertBreakdownSums(e);
        });
        it("AI SDK tool({ inputSchema: z.object(...) }) is converted statically and counted", () => {
            const src = lines(`import { generateText, tool } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `import { z } from "zod";`, `const weather = tool({`, `  description: "Get the weather for a city.",`, `  inputSchema: z.object({ city: z.string().describe("City name"), unit: z.enum(["c", "f"]).optional(), days: z.number().min(1).max(7) }),`, `  execute: async ({ city }) => ({ city, temp: 20 }),`, `});`, `await generateText({ model: openai("gpt-4o"), prompt: "Weather in Oslo for 3 days?", tools: { weather, time: tool({ description: "Current time", inputSchema: z.object({}) }) }, maxOutputTokens: 100 });`);
            const e = only(src);
            const defs = [
                {
                    name: "weather",
                    description: "Get the weather for a city.",
                    parameters: {
                        type: "object",
                        properties: { city: { type: "string", description: "City name" }, unit: { type: "string", enum: ["c", "f"] }, days: { type: "number", minimum: 1, maximum: 7 } },
                        required: ["city", "days"],
                    },
                },
                { name: "time", description: "Current time", parameters: { type: "object", properties: {} } },
            ];
            assert.equal(part(e, "tools"), (0, chat_tokens_1.countToolDefinitions)(defs, "o200k_base"));
            assert.equal(e.inputTokens, chatTokens([{ role: "user", content: "Weather in Oslo for 3 days?" }]) + (0, chat_tokens_1.countToolDefinitions)(defs, "o200k_base"));
            assert.equal(part(e, "assumed"), 0);
        });
        it("an @openai/agents run counts its agent's instructions and tools", () => {
            const src = lines(`import { Agent, run, tool } from "@openai/agents";`, `import { z } from "zod";`, `const lookup = tool({ name: "lookup", description: "Look up a word", parameters: z.object({ word: z.string() }), execute: async () => "" });`, `const agent = new Agent({ name: "dict", model: "gpt-4.1", instructions: "You define words.", tools: [lookup], modelSettings: { maxTokens: 150 } });`, `await run(agent, "Define serendipity.");`);
            const e = only(src);
            const defs = [{ name: "lookup", description: "Look up a word", parameters: { type: "object", properties: { word: { type: "string" } }, required: ["word"] } }];
            assert.equal(part(e, "system"), tok("You define words."));
            assert.equal(part(e, "tools"), toolsBesideSystem(defs, "You define words."));
            const chat = chatTokens([
                { role: "system", content: "You define words." },
                { role: "user", content: "Define serendipity." },
            ]);
            assert.equal(e.inputTokens, chat + toolsBesideSystem(defs, "You define words."));
            assert.equal(e.outputTokens, 150);
        });
    });
    describe("unresolved parts", () => {
        const src = lines(OPENAI, `export async function ask(question: string) {`, `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: [{ role: "user", content: question }] });`, `}`);
        it("a non-literal user message counts exactly unresolvedTokens", () => {
            const e = only(src);
            assert.equal(part(e, "assumed"), 250);
            assert.equal(part(e, "messages"), 0);
            // The message is still sent: its format overhead counts.
            assert.equal(e.inputTokens, chatTokens([{ role: "user", content: "" }]) + 250);
            assert.ok(e.assumptions.some((a) => /cannot be read/.test(a) && a.includes("250")), e.assumptions.join("\n"));
            assertBreakdownSums(e);
        });
        it("unresolvedTokens is configurable", () => {
            const e = only(src, settingsWith({ assumptions: { unresolvedTokens: 1000 } }));
            assert.equal(part(e, "assumed"), 1000);
            assert.equal(e.inputTokens, chatTokens([{ role: "user", content: "" }]) + 1000);
        });
        it("one assumption per unresolved part; the literal parts still count", () => {
            const two = lines(OPENAI, `export async function ask(persona: string, question: string) {`, `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: [{ role: "system", content: \`You are \${persona}.\` }, { role: "user", content: "Question: " + question }] });`, `}`);
            const e = only(two, settingsWith({ assumptions: { unresolvedTokens: 40 } }));
            assert.equal(part(e, "assumed"), 80);
            assert.equal(part(e, "system"), tok("You are ."));
            assert.equal(part(e, "messages"), tok("Question: "));
            assert.equal(e.inputTokens, chatTokens([
                { role: "system", content: "You are ." },
                { role: "user", content: "Question: " },
            ]) + 80);
        });
        it("a spread history is one message of unresolvedTokens", () => {
            const spread = lines(OPENAI, `export async function ask(history: any[]) {`, `  return client.chat.completions.create({ model: "gpt-4o", max_tokens: 100, messages: [...history, { role: "user", content: "Go on." }] });`, `}`);
            const e = only(spread);
            assert.equal(part(e, "assumed"), 250);
            assert.equal(e.inputTokens, chatTokens([
                { role: "user", content: "Go on." },
                { role: "user", content: "" },
            ]) + 250);
        });
    });
    describe("output", () => {
        const caps = [
            { name: "max_tokens", src: lines(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "x" }], max_tokens: 321 });`), cap: 321 },
            { name: "max_completion_tokens", src: lines(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "x" }], max_completion_tokens: 654 });`), cap: 654 },
            { name: "max_output_tokens (Responses)", src: lines(OPENAI, `client.responses.create({ model: "gpt-4o", input: "x", max_output_tokens: 111 });`), cap: 111 },
            { name: "a cap through a const", src: lines(OPENAI, `const LIMIT = 222;`, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: LIMIT });`), cap: 222 },
            { name: "maxOutputTokens (AI SDK)", src: lines(`import { generateText } from "ai";`, `generateText({ model: "openai/gpt-4o", prompt: "x", maxOutputTokens: 777 });`), cap: 777 },
            {
                name: "config.maxOutputTokens (@google/genai)",
                src: lines(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config: { maxOutputTokens: 888 } });`),
                cap: 888,
            },
            {
                name: "LangChain constructor maxTokens",
                src: lines(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ model: "gpt-4o", maxTokens: 432 });`, `await m.invoke("x");`),
                cap: 432,
            },
            {
                name: "@openai/agents modelSettings.maxTokens",
                src: lines(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a", model: "gpt-4.1", modelSettings: { maxTokens: 300 } });`, `await run(agent, "x");`),
                cap: 300,
            },
        ];
        for (const c of caps) {
            it(`the cap when set: ${c.name}`, () => {
                const e = only(c.src);
                assert.equal(e.outputTokens, c.cap);
                assert.equal(part(e, "output"), c.cap);
                assert.ok(!e.flags.includes("no-output-cap"));
                close(e.costUsd, usd(price(e.model), e.inputTokens, c.cap));
            });
        }
        it("no cap: the model's maximum output from the pricing table, flagged and stated", () => {
            const e = only(lines(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "Hello" }] });`));
            const max = price("gpt-4o").maxOutputTokens;
            assert.equal(e.outputTokens, max);
            assert.equal(part(e, "output"), max);
            assert.ok(e.flags.includes("no-output-cap"));
            assert.ok(e.assumptions.some((a) => /no output cap/.test(a) && a.includes(max.toLocaleString("en-US"))), e.assumptions.join("\n"));
            close(e.costUsd, usd(price("gpt-4o"), chatTokens([{ role: "user", content: "Hello" }]), max));
        });
        it("no cap on a model with a larger maximum", () => {
            const e = only(lines(OPENAI, `client.chat.completions.create({ model: "gpt-4.1-mini", messages: [{ role: "user", content: "Hello" }] });`));
            assert.equal(e.outputTokens, price("gpt-4.1-mini").maxOutputTokens);
            assert.ok(e.flags.includes("no-output-cap"));
        });
    });
    // -------------------------------------------------------------------------------------------------------------
    // 3. Model resolution from code
    // -------------------------------------------------------------------------------------------------------------
    describe("model resolution", () => {
        it("a dated snapshot is priced as its model, and the note says so", () => {
            const e = only(lines(OPENAI, `client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages: [{ role: "user", content: "x" }], max_tokens: 10 });`));
            assert.equal(e.model, "gpt-4o");
            assert.equal(e.requestedModel, "gpt-4o-2024-08-06");
            assert.match(e.modelNote, /gpt-4o-2024-08-06 priced as gpt-4o/);
            assert.deepEqual(e.flags, []);
            close(e.costUsd, usd(price("gpt-4o"), e.inputTokens, 10));
        });
        it("openai(\"gpt-4o-mini\") of the AI SDK", () => {
            const e = only(lines(`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `generateText({ model: openai("gpt-4o-mini"), prompt: "x", maxOutputTokens: 5 });`));
            assert.equal(e.model, "gpt-4o-mini");
            close(e.costUsd, usd(price("gpt-4o-mini"), e.inputTokens, 5));
        });
        it("an AI gateway string \"openai/gpt-4o\"", () => {
            const e = only(lines(`import { generateText } from "ai";`, `generateText({ model: "openai/gpt-4o", prompt: "x", maxOutputTokens: 5 });`));
            assert.equal(e.model, "gpt-4o");
            assert.equal(e.requestedModel, "openai/gpt-4o");
        });
        it("a const holding the model id", () => {
            const e = only(lines(OPENAI, `const MODEL = "gpt-4.1";`, `client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "x" }], max_tokens: 5 });`));
            assert.equal(e.model, "gpt-4.1");
        });
        it("LangChain: new ChatAnthropic({ model }) then .invoke, approximate and scaled", () => {
            const e = only(lines(`import { ChatAnthropic } from "@langchain/anthropic";`, `const llm = new ChatAnthropic({ model: "claude-3-5-haiku-latest", maxTokens: 300 });`, `await llm.invoke("Tell me a joke about compilers.");`));
            const model = price("claude-3-5-haiku");
            assert.equal(e.model, "claude-3-5-haiku");
            assert.match(e.modelNote, /claude-3-5-haiku-latest priced as claude-3-5-haiku/);
            assert.equal(e.approximate, true);
            assert.ok(model.tokenFactor > 1);
            assert.ok(e.assumptions.some((a) => a.includes("approximate")));
            // Anthropic's format: the text scaled, 3 tokens for the message and 3 to prime the reply.
            const input = scaled(tok("Tell me a joke about compilers."), model) + 6;
            assert.equal(e.inputTokens, input);
            assert.equal(part(e, "messages"), scaled(tok("Tell me a joke about compilers."), model));
            assertBreakdownSums(e);
            close(e.costUsd, usd(model, input, 300));
        });
        it("LangChain message classes and [role, text] tuples", () => {
            const src = lines(`import { ChatOpenAI } from "@langchain/openai";`, `import { HumanMessage, SystemMessage } from "@langchain/core/messages";`, `const m = new ChatOpenAI({ model: "gpt-4o", maxTokens: 50 });`, `await m.invoke([new SystemMessage("Be short."), new HumanMessage({ content: "Why is the sea salty?" })]);`, `await m.invoke([["system", "Be short."], ["human", "Why is the sea salty?"]]);`);
            const expected = chatTokens([
                { role: "system", content: "Be short." },
                { role: "user", content: "Why is the sea salty?" },
            ]);
            const all = estimates(src);
            assert.equal(all.length, 2);
            for (const e of all) {
                assert.equal(e.inputTokens, expected);
                assert.equal(part(e, "assumed"), 0);
            }
        });
        it("createReactAgent({ llm }) is priced on the llm's model, with its prompt, tools and state messages", () => {
            const src = lines(`import { ChatOpenAI } from "@langchain/openai";`, `import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `import { tool } from "@langchain/core/tools";`, `import { z } from "zod";`, `const llm = new ChatOpenAI({ model: "gpt-4o-mini", maxTokens: 256 });`, `const add = tool(async ({ a, b }) => a + b, { name: "add", description: "Add two numbers", schema: z.object({ a: z.number(), b: z.number() }) });`, `const agent = createReactAgent({ llm, tools: [add], prompt: "You are a calculator." });`, `await agent.invoke({ messages: [{ role: "user", content: "What is 2 + 40?" }] });`);
            const e = only(src);
            assert.equal(e.model, "gpt-4o-mini");
            assert.equal(e.outputTokens, 256);
            const defs = [{ name: "add", description: "Add two numbers", parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] } }];
            const chat = chatTokens([
                { role: "system", content: "You are a calculator." },
                { role: "user", content: "What is 2 + 40?" },
            ]);
            assert.equal(part(e, "tools"), toolsBesideSystem(defs, "You are a calculator."));
            assert.equal(e.inputTokens, chat + toolsBesideSystem(defs, "You are a calculator."));
        });
        it("a DynamicStructuredTool (a construction, its schema under the tool profile's key) is counted like tool()", () => {
            const src = lines(`import { ChatOpenAI } from "@langchain/openai";`, `import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `import { DynamicStructuredTool } from "@langchain/core/tools";`, `import { z } from "zod";`, `const llm = new ChatOpenAI({ model: "gpt-4o-mini", maxTokens: 256 });`, `const add = new DynamicStructuredTool({ name: "add", description: "Add two numbers", schema: z.object({ a: z.number(), b: z.number() }), func: async ({ a, b }) => String(a + b) });`, `const agent = createReactAgent({ llm, tools: [add] });`, `await agent.invoke({ messages: [{ role: "user", content: "What is 2 + 40?" }] });`);
            const e = only(src);
            const defs = [{ name: "add", description: "Add two numbers", parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] } }];
            assert.equal(part(e, "tools"), (0, chat_tokens_1.countToolDefinitions)(defs, "o200k_base"));
            assert.ok(!e.assumptions.some((a) => a.includes("tool definitions cannot be read")), e.assumptions.join("; "));
        });
        it("@openai/agents run(agent) with new Agent({ model: \"gpt-4.1\" })", () => {
            const e = only(lines(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a", model: "gpt-4.1", instructions: "Help." });`, `await run(agent, "Hi");`));
            assert.equal(e.model, "gpt-4.1");
            assert.equal(e.outputTokens, price("gpt-4.1").maxOutputTokens);
        });
        it("a model that cannot be read: the configured default, flagged, with the assumption", () => {
            const src = lines(OPENAI, `client.chat.completions.create({ model: process.env.MODEL!, messages: [{ role: "user", content: "x" }], max_tokens: 5 });`);
            const e = only(src);
            assert.equal(e.model, "gpt-4o");
            assert.equal(e.requestedModel, undefined);
            assert.ok(e.flags.includes("default-model"));
            assert.ok(e.assumptions.includes("model not known from the code: priced as openai's default model gpt-4o (defaultModel)"), e.assumptions.join("\n"));
            const other = only(src, settingsWith({ defaultModel: "gpt-4.1-mini" }));
            assert.equal(other.model, "gpt-4.1-mini");
            close(other.costUsd, usd(price("gpt-4.1-mini"), other.inputTokens, 5));
        });
        it("a model that is not in the table: unknown-model, priced as the default", () => {
            const e = only(lines(OPENAI, `client.chat.completions.create({ model: "acme-llm-7b", messages: [{ role: "user", content: "x" }], max_tokens: 5 });`));
            assert.ok(e.flags.includes("unknown-model"));
            assert.ok(!e.flags.includes("default-model"));
            assert.equal(e.requestedModel, "acme-llm-7b");
            assert.equal(e.model, "gpt-4o");
            assert.ok(e.assumptions.some((a) => a.includes("acme-llm-7b") && a.includes("not in the pricing table")), e.assumptions.join("\n"));
        });
        it("Gemini: approximate, o200k count x its factor", () => {
            const src = lines(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "Why is the sky blue? Answer for a child.", config: { systemInstruction: "Be short and kind.", maxOutputTokens: 64 } });`);
            const e = only(src);
            const model = price("gemini-2.5-flash");
            assert.equal(e.approximate, true);
            assert.notEqual(model.tokenFactor, 1);
            // Gemini counts the text alone: no per-message framing.
            assert.equal(e.inputTokens, scaled(tok("Be short and kind."), model) + scaled(tok("Why is the sky blue? Answer for a child."), model));
            assert.equal(part(e, "system"), scaled(tok("Be short and kind."), model));
            assert.equal(part(e, "overhead"), 0);
            assertBreakdownSums(e);
        });
        it("Claude via @anthropic-ai/sdk: approximate, scaled", () => {
            const src = lines(`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic();`, `await anthropic.messages.create({ model: "claude-sonnet-4-5-20250929", max_tokens: 1024, system: "You review pull requests.", messages: [{ role: "user", content: "Review: renamed foo to bar in 12 files." }] });`);
            const e = only(src);
            const model = price("claude-sonnet-4-5");
            assert.equal(e.model, "claude-sonnet-4-5");
            assert.equal(e.approximate, true);
            // The system prompt is a field, not a message: 3 tokens for the one message, 3 to prime the reply.
            const input = scaled(tok("You review pull requests."), model) + scaled(tok("Review: renamed foo to bar in 12 files."), model) + 6;
            assert.equal(e.inputTokens, input);
            close(e.costUsd, usd(model, input, 1024));
        });
        it("resolveModel agrees with the estimate on which entry prices a name", () => {
            for (const name of ["gpt-4o-2024-08-06", "openai/gpt-4o", "claude-3-5-haiku-latest"]) {
                assert.ok((0, pricing_1.resolveModel)(PRICING, name), name);
            }
        });
    });
    // -------------------------------------------------------------------------------------------------------------
    // 4. Growing history
    // -------------------------------------------------------------------------------------------------------------
    describe("growing history", () => {
        const BOT = lines(`import OpenAI from "openai";`, `class Bot {`, `  private client = new OpenAI();`, `  private messages: any[] = [];`, `  async ask(q: string) {`, `    this.messages.push({ role: "user", content: q });`, `    const r = await this.client.chat.completions.create({ model: "gpt-4o-mini", messages: this.messages, max_tokens: 500 });`, `    this.messages.push(r.choices[0].message);`, `    return r;`, `  }`, `}`);
        /** Turn k sends the first turn's input plus (k - 1) user messages and replies (of the assumed reply size, at most the cap). */
        function expectedHistory(turns, unresolved, cap, reply = Math.min(400, cap)) {
            const model = price("gpt-4o-mini");
            const input1 = chatTokens([{ role: "user", content: "" }]) + unresolved;
            const at = (k) => usd(model, input1 + (k - 1) * (unresolved + reply), cap);
            let cumulative = 0;
            for (let k = 1; k <= turns; k++)
                cumulative += at(k);
            return { turn1: at(1), turnN: at(turns), cumulative };
        }
        it("turn 1 is the call's cost; turn N and the cumulative cost follow the stated growth", () => {
            const e = only(BOT);
            assert.ok(e.flags.includes("growing-history"));
            assert.ok(e.history);
            const expected = expectedHistory(20, 250, 500);
            assert.equal(e.history.turns, 20);
            assert.equal(e.history.tokensPerTurn, 250 + 400);
            assert.equal(e.history.replyTokens, 400);
            assert.equal(e.history.pricedTurns, 20);
            assert.equal(e.history.overflowTurn, undefined);
            assert.equal(e.history.turn1Usd, e.costUsd);
            close(e.history.turn1Usd, expected.turn1);
            close(e.history.turnNUsd, expected.turnN);
            close(e.history.cumulativeUsd, expected.cumulative);
            assert.ok(e.assumptions.some((a) => a.includes("20 turns")));
        });
        it("the configured turns and unresolvedTokens are used", () => {
            const e = only(BOT, settingsWith({ assumptions: { turns: 7, unresolvedTokens: 100 } }));
            const expected = expectedHistory(7, 100, 500);
            assert.equal(e.history.turns, 7);
            close(e.history.turnNUsd, expected.turnN);
            close(e.history.cumulativeUsd, expected.cumulative);
        });
        it("the cumulative cost grows quadratically: doubling the turns more than doubles it", () => {
            const ten = only(BOT, settingsWith({ assumptions: { turns: 10 } })).history.cumulativeUsd;
            const twenty = only(BOT, settingsWith({ assumptions: { turns: 20 } })).history.cumulativeUsd;
            assert.ok(twenty > 2 * ten, `${twenty} > 2 x ${ten}`);
        });
        it("the assumed reply size is configurable, and never above the output cap", () => {
            const small = only(BOT, settingsWith({ assumptions: { replyTokens: 120 } }));
            assert.equal(small.history.replyTokens, 120);
            close(small.history.cumulativeUsd, expectedHistory(20, 250, 500, 120).cumulative);
            const big = only(BOT, settingsWith({ assumptions: { replyTokens: 5000 } }));
            assert.equal(big.history.replyTokens, 500);
            close(big.history.cumulativeUsd, expectedHistory(20, 250, 500, 500).cumulative);
        });
        it("no turn is priced above the context window: the turn that overflows is named, later ones are not priced", () => {
            const model = price("gpt-4o-mini");
            // 2,000 turns of 250 + 400 tokens pass gpt-4o-mini's 128k window at turn 196.
            const e = only(BOT, settingsWith({ assumptions: { turns: 2000 } }));
            const h = e.history;
            assert.equal(h.inputLimit, model.maxInputTokens ?? model.contextWindow);
            assert.ok(h.turnNInputTokens <= model.contextWindow, `${h.turnNInputTokens} > ${model.contextWindow}`);
            const input1 = e.inputTokens;
            const expectedOverflow = Math.floor((h.inputLimit - input1) / 650) + 2;
            assert.equal(h.overflowTurn, expectedOverflow);
            assert.equal(h.pricedTurns, expectedOverflow - 1);
            assert.ok(h.turnNInputTokens + 650 > h.inputLimit);
            close(h.cumulativeUsd, expectedHistory(expectedOverflow - 1, 250, 500).cumulative);
            assert.ok(e.assumptions.some((a) => a.includes(`at turn ${expectedOverflow}`) && a.includes("input limit")), e.assumptions.join("\n"));
            // Whatever the turns, the last priced input stays within the window.
            for (const turns of [1, 50, 500, 10_000]) {
                const t = only(BOT, settingsWith({ assumptions: { turns } })).history;
                assert.ok(t.turnNInputTokens <= model.contextWindow, `${turns} turns: ${t.turnNInputTokens}`);
                assert.ok(t.pricedTurns <= turns);
            }
        });
        it("prices the re-sent prefix at the cached-input price where the provider caches it, and shows both", () => {
            const model = price("gpt-4o-mini");
            const e = only(BOT);
            const h = e.history;
            assert.ok(h.cached, "OpenAI caches prefixes of 1,024+ tokens automatically");
            // Reference: turn k >= 2 reads the previous turn's input and reply (input_k - one user message) from the cache once that is >= 1,024 tokens.
            const input1 = e.inputTokens;
            let cached = 0;
            let plain = 0;
            let lastCached = 0;
            for (let k = 1; k <= 20; k++) {
                const input = input1 + (k - 1) * 650;
                const prefix = k === 1 ? 0 : input - 250;
                const read = prefix >= 1024 ? prefix : 0;
                lastCached = ((input - read) * model.inputPerMTok + read * model.cachedInputPerMTok + 500 * model.outputPerMTok) / 1e6;
                cached += lastCached;
                plain += usd(model, input, 500);
            }
            close(h.cumulativeUsd, plain);
            close(h.cached.cumulativeUsd, cached);
            close(h.cached.turnNUsd, lastCached);
            assert.ok(h.cached.cumulativeUsd < h.cumulativeUsd);
        });
        it("Anthropic caches only with cache_control: without it there is no cached figure", () => {
            const chat = (marker) => lines(`import Anthropic from "@anthropic-ai/sdk";`, `const client = new Anthropic();`, `const history: any[] = [];`, `export async function ask(q: string) {`, `  history.push({ role: "user", content: [{ type: "text", text: q${marker} }] });`, `  const r = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1000, messages: history });`, `  history.push({ role: "assistant", content: r.content });`, `}`);
            const without = only(chat(""));
            assert.ok(without.history, "the history grows");
            assert.equal(without.history.cached, undefined);
            const marked = only(chat(`, cache_control: { type: "ephemeral" }`));
            assert.ok(marked.history?.cached, "marked: cached");
            assert.ok(marked.history.cached.cumulativeUsd < marked.history.cumulativeUsd);
        });
        it("a call whose history does not grow has no history estimate", () => {
            const e = only(lines(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "x" }], max_tokens: 5 });`));
            assert.equal(e.history, undefined);
            assert.ok(!e.flags.includes("growing-history"));
        });
    });
    // -------------------------------------------------------------------------------------------------------------
    // 5. Loops and agents
    // -------------------------------------------------------------------------------------------------------------
    describe("loops and agent runs", () => {
        const CALL = `await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "x" }], max_tokens: 10 });`;
        it("a call in for (let i = 0; i < 4; i++): 4 calls, worst case 4 x the call", () => {
            const e = only(lines(OPENAI, `for (let i = 0; i < 4; i++) {`, `  ${CALL}`, `}`));
            assert.ok(e.flags.includes("in-loop"));
            assert.equal(e.loop.iterations, 4);
            close(e.loop.worstCaseUsd, 4 * e.costUsd);
            close(e.costUsd, usd(price("gpt-4o"), chatTokens([{ role: "user", content: "x" }]), 10));
        });
        it("a call in a for-of over a literal list: one call per item", () => {
            const e = only(lines(OPENAI, `for (const topic of ["a", "b", "c"]) {`, `  ${CALL}`, `}`));
            assert.equal(e.loop.iterations, 3);
            close(e.loop.worstCaseUsd, 3 * e.costUsd);
        });
        it("while (true): no cap, flagged uncapped-loop", () => {
            const e = only(lines(OPENAI, `while (true) {`, `  ${CALL}`, `}`));
            assert.equal(e.loop.iterations, null);
            assert.equal(e.loop.worstCaseUsd, null);
            assert.ok(e.flags.includes("uncapped-loop"));
        });
        it("a call outside any loop has no loop estimate", () => {
            const e = only(lines(OPENAI, CALL));
            assert.equal(e.loop, undefined);
            assert.ok(!e.flags.includes("in-loop"));
        });
        const AGENT = lines(`import { Agent, run } from "@openai/agents";`, `const agent = new Agent({ name: "a", model: "gpt-4.1", instructions: "Help.", modelSettings: { maxTokens: 100 } });`);
        it("run(agent, input, { maxTurns: 6 }): 6 model calls", () => {
            const e = only(lines(AGENT, `await run(agent, "Hi", { maxTurns: 6 });`));
            assert.ok(e.flags.includes("agent-run"));
            assert.equal(e.loop.iterations, 6);
            close(e.loop.worstCaseUsd, 6 * e.costUsd);
        });
        it("run(agent, input): the SDK's default of 10 turns", () => {
            const e = only(lines(AGENT, `await run(agent, "Hi");`));
            assert.equal(e.loop.iterations, 10);
            close(e.loop.worstCaseUsd, 10 * e.costUsd);
        });
        it("run(agent, input, { maxTurns: null }): uncapped", () => {
            const e = only(lines(AGENT, `await run(agent, "Hi", { maxTurns: null });`));
            assert.equal(e.loop.iterations, null);
            assert.ok(e.flags.includes("uncapped-loop"));
        });
        const GRAPH = lines(`import { ChatOpenAI } from "@langchain/openai";`, `import { createReactAgent } from "@langchain/langgraph/prebuilt";`, `const agent = createReactAgent({ llm: new ChatOpenAI({ model: "gpt-4o", maxTokens: 100 }), tools: [] });`);
        it("LangGraph recursionLimit 50: 25 model calls (two graph steps per call)", () => {
            const e = only(lines(GRAPH, `await agent.invoke({ messages: [{ role: "user", content: "hi" }] }, { recursionLimit: 50 });`));
            assert.equal(e.model, "gpt-4o");
            assert.equal(e.loop.iterations, 25);
            close(e.loop.worstCaseUsd, 25 * e.costUsd);
        });
        it("LangGraph default recursionLimit 25: 13 model calls", () => {
            const e = only(lines(GRAPH, `await agent.invoke({ messages: [{ role: "user", content: "hi" }] });`));
            assert.equal(e.loop.iterations, Math.ceil(25 / 2));
        });
        it("Anthropic toolRunner without max_iterations: uncapped; with it: that many", () => {
            const base = lines(`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic();`);
            const uncapped = only(lines(base, `await anthropic.beta.messages.toolRunner({ model: "claude-sonnet-4-5", max_tokens: 100, messages: [{ role: "user", content: "x" }], tools: [] });`));
            assert.equal(uncapped.loop.iterations, null);
            assert.ok(uncapped.flags.includes("uncapped-loop"));
            const capped = only(lines(base, `await anthropic.beta.messages.toolRunner({ model: "claude-sonnet-4-5", max_tokens: 100, max_iterations: 5, messages: [{ role: "user", content: "x" }], tools: [] });`));
            assert.equal(capped.loop.iterations, 5);
            close(capped.loop.worstCaseUsd, 5 * capped.costUsd);
        });
        it("OpenAI runTools: maxChatCompletions, default 10", () => {
            const capped = only(lines(OPENAI, `await client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools: [], max_tokens: 5 }, { maxChatCompletions: 3 });`));
            assert.equal(capped.loop.iterations, 3);
            const dflt = only(lines(OPENAI, `await client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools: [], max_tokens: 5 });`));
            assert.equal(dflt.loop.iterations, 10);
        });
        const AI = lines(`import { generateText, stepCountIs, tool } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `import { z } from "zod";`, `const t = tool({ description: "d", inputSchema: z.object({}) });`);
        it("generateText with tools and stopWhen: stepCountIs(7): 7 steps", () => {
            const e = only(lines(AI, `await generateText({ model: openai("gpt-4o"), prompt: "p", tools: { t }, stopWhen: stepCountIs(7), maxOutputTokens: 50 });`));
            assert.equal(e.loop.iterations, 7);
            close(e.loop.worstCaseUsd, 7 * e.costUsd);
        });
        it("generateText with tools and no stopWhen makes one step (no loop)", () => {
            const e = only(lines(AI, `await generateText({ model: openai("gpt-4o"), prompt: "p", tools: { t }, maxOutputTokens: 50 });`));
            assert.equal(e.loop, undefined);
        });
        it("a ToolLoopAgent run: its agent's instructions and tools, 20 steps by default, or its stopWhen", () => {
            const agentSrc = (extra) => lines(AI, `const agent = new ToolLoopAgent({ model: openai("gpt-4o"), instructions: "You plan trips.", tools: { t }, maxOutputTokens: 100${extra} });`, `await agent.generate({ prompt: "Plan Rome." });`).replace(`import { generateText, stepCountIs, tool } from "ai";`, `import { ToolLoopAgent, stepCountIs, tool } from "ai";`);
            const e = only(agentSrc(""));
            assert.equal(e.model, "gpt-4o");
            assert.equal(e.outputTokens, 100);
            const defs = [{ name: "t", description: "d", parameters: { type: "object", properties: {} } }];
            assert.equal(e.inputTokens, chatTokens([
                { role: "system", content: "You plan trips." },
                { role: "user", content: "Plan Rome." },
            ]) + toolsBesideSystem(defs, "You plan trips."));
            assert.ok(e.flags.includes("agent-run"));
            assert.equal(e.loop.iterations, 20);
            close(e.loop.worstCaseUsd, 20 * e.costUsd);
            assert.equal(only(agentSrc(", stopWhen: stepCountIs(3)")).loop.iterations, 3);
        });
        it("generateText with maxSteps (AI SDK v4)", () => {
            const e = only(lines(AI, `await generateText({ model: openai("gpt-4o"), prompt: "p", tools: { t }, maxSteps: 4, maxTokens: 50 });`));
            assert.equal(e.loop.iterations, 4);
        });
    });
    it("estimates are cached per file analysis and settings", () => {
        const analysis = (0, analysis_1.analyzeFile)((0, engine_1.parseSource)("app.ts", lines(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 5 });`)));
        assert.equal((0, estimate_1.estimateCalls)(analysis, SETTINGS), (0, estimate_1.estimateCalls)(analysis, SETTINGS));
        assert.notEqual((0, estimate_1.estimateCalls)(analysis, SETTINGS), (0, estimate_1.estimateCalls)(analysis, settingsWith({})));
    });
});
// ---------------------------------------------------------------------------------------------------------------
// SDK surfaces, part 2: the model and the output cap read from each SDK's call
// ---------------------------------------------------------------------------------------------------------------
describe("estimateCalls: more SDK surfaces", () => {
    const cases = [
        {
            name: "groq-sdk chat.completions.create",
            src: lines(`import Groq from "groq-sdk";`, `const groq = new Groq();`, `groq.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], max_completion_tokens: 123 });`),
            model: "gpt-4o-mini",
            cap: 123,
        },
        {
            name: "together-ai max_tokens",
            src: lines(`import Together from "together-ai";`, `const t = new Together();`, `t.chat.completions.create({ model: "deepseek-chat", messages: [], max_tokens: 77 });`),
            model: "deepseek-chat",
            cap: 77,
        },
        {
            name: "@cerebras/cerebras_cloud_sdk without a cap",
            src: lines(`import { Cerebras } from "@cerebras/cerebras_cloud_sdk";`, `const c = new Cerebras();`, `c.chat.completions.create({ model: "gpt-4.1", messages: [] });`),
            model: "gpt-4.1",
            flag: "no-output-cap",
        },
        {
            name: "portkey-ai",
            src: lines(`import Portkey from "portkey-ai";`, `const p = new Portkey({ apiKey: "k" });`, `p.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 55 });`),
            model: "gpt-4o",
            cap: 55,
        },
        {
            name: "openai legacy completions: the API's default cap of 16 tokens",
            src: lines(OPENAI, `client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi" });`),
            model: "gpt-3.5-turbo-instruct",
            requested: "gpt-3.5-turbo-instruct",
            cap: 16,
        },
        {
            name: "openai legacy completions with max_tokens",
            src: lines(OPENAI, `client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi", max_tokens: 300 });`),
            model: "gpt-3.5-turbo-instruct",
            requested: "gpt-3.5-turbo-instruct",
            cap: 300,
        },
        {
            name: "openai v3 createChatCompletion (the client takes no request settings)",
            src: lines(`import { Configuration, OpenAIApi } from "openai";`, `const api = new OpenAIApi(new Configuration({ apiKey: "k" }));`, `api.createChatCompletion({ model: "gpt-4", messages: [], max_tokens: 99 });`),
            model: "gpt-4",
            cap: 99,
        },
        {
            name: "openai v3 createChatCompletion without a cap",
            src: lines(`import { Configuration, OpenAIApi } from "openai";`, `const api = new OpenAIApi(new Configuration({ apiKey: "k" }));`, `api.createChatCompletion({ model: "gpt-4", messages: [] });`),
            model: "gpt-4",
            flag: "no-output-cap",
        },
        {
            name: "Assistants runs.create: max_completion_tokens of the run",
            src: lines(OPENAI, `client.beta.threads.runs.create(threadId, { assistant_id: "a", model: "gpt-4.1-mini", max_completion_tokens: 640 });`),
            model: "gpt-4.1-mini",
            cap: 640,
        },
    ];
    for (const c of cases) {
        it(c.name, () => {
            const e = only(c.src);
            assert.equal(e.model, c.model);
            assert.equal(e.requestedModel, c.requested ?? c.model);
            if (c.cap !== undefined) {
                assert.equal(e.outputTokens, c.cap);
                assert.ok(!e.flags.includes("no-output-cap") && !e.flags.includes("cap-unknown"), e.flags.join());
            }
            if (c.flag)
                assert.ok(e.flags.includes(c.flag), e.flags.join());
            assertBreakdownSums(e);
        });
    }
});
describe("estimateCalls: models made by factory methods (Google)", () => {
    const GEN_AI = lines(`import { GoogleGenerativeAI } from "@google/generative-ai";`, `const genAI = new GoogleGenerativeAI(process.env.KEY);`);
    it("model.generateContent reads the model, the cap, the system prompt and the tools from getGenerativeModel", () => {
        const tools = `[{ functionDeclarations: [{ name: "lookup", description: "Look up a word", parameters: { type: "object", properties: { word: { type: "string" } } } }] }]`;
        const withAll = only(lines(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash", systemInstruction: "You are terse.", generationConfig: { maxOutputTokens: 200 }, tools: ${tools} });`, `await model.generateContent("Hello");`));
        assert.equal(withAll.model, "gemini-2.0-flash");
        assert.equal(withAll.outputTokens, 200);
        assert.ok(part(withAll, "system") > 0, "system prompt counted");
        assert.ok(part(withAll, "tools") > 0, "tools counted");
        assertBreakdownSums(withAll);
    });
    it("chat.sendMessage finds the model's settings through startChat", () => {
        const e = only(lines(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash", generationConfig: { maxOutputTokens: 321 } });`, `const chat = model.startChat({ history: [] });`, `await chat.sendMessage("hi");`));
        assert.equal(e.model, "gemini-2.5-flash");
        assert.equal(e.outputTokens, 321);
    });
    it("a configured cap with a written default counts that default: `config.maxTokens ?? (long ? 13000 : 9000)`", () => {
        const OPENAI_CLIENT = [`import OpenAI from "openai";`, `const client = new OpenAI();`];
        const withDefault = only(lines(...OPENAI_CLIENT, `await client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: config.maxTokens ?? (long ? 13000 : 9000) });`));
        assert.equal(withDefault.outputTokens, 13000);
        assert.equal(only(lines(...OPENAI_CLIENT, `await client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: opts.max || 512 });`)).outputTokens, 512);
        // no written default: not visible, the model's maximum
        const none = only(lines(...OPENAI_CLIENT, `await client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: config.maxTokens });`));
        assert.equal(none.outputTokens, price("gpt-4o").maxOutputTokens);
    });
    it("no cap on the model: the model's maximum, flagged as absent (the client takes only a key)", () => {
        const e = only(lines(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash" });`, `await model.generateContentStream("x");`));
        assert.equal(e.outputTokens, price("gemini-2.5-flash").maxOutputTokens);
        assert.ok(e.flags.includes("no-output-cap"), e.flags.join());
    });
    it("@google-cloud/vertexai preview model and chat", () => {
        const e = only(lines(`import { VertexAI } from "@google-cloud/vertexai";`, `const vertex = new VertexAI({ project: "p", location: "l" });`, `const m = vertex.preview.getGenerativeModel({ model: "gemini-2.5-pro", generationConfig: { maxOutputTokens: 300 } });`, `await m.startChat().sendMessageStream("hi");`));
        assert.equal(e.model, "gemini-2.5-pro");
        assert.equal(e.outputTokens, 300);
    });
    it("@google/genai chats: the chat's model, config cap and system instruction; the message is read", () => {
        const e = only(lines(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `const chat = ai.chats.create({ model: "gemini-2.5-flash", config: { maxOutputTokens: 64, systemInstruction: "Be brief." } });`, `await chat.sendMessage({ message: "hi" });`));
        assert.equal(e.model, "gemini-2.5-flash");
        assert.equal(e.outputTokens, 64);
        assert.ok(part(e, "system") > 0);
        assert.equal(part(e, "assumed"), 0);
    });
});
describe("estimateCalls: AWS Bedrock commands", () => {
    const BEDROCK = lines(`import { BedrockRuntimeClient, ConverseCommand, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";`, `const bedrock = new BedrockRuntimeClient({ region: "us-east-1" });`);
    it("Converse: modelId, inferenceConfig.maxTokens, system and toolSpec tools", () => {
        const e = only(lines(BEDROCK, `await bedrock.send(new ConverseCommand({ modelId: "anthropic.claude-3-5-haiku-20241022-v1:0", messages: [], system: [{ text: "Be brief." }], inferenceConfig: { maxTokens: 512 }, toolConfig: { tools: [{ toolSpec: { name: "f", description: "Find", inputSchema: { json: { type: "object", properties: { q: { type: "string" } } } } } }] } }));`));
        assert.equal(e.model, "claude-3-5-haiku");
        assert.equal(e.outputTokens, 512);
        assert.ok(part(e, "tools") > 0);
        assertBreakdownSums(e);
    });
    it("Converse through a const command, no cap: flagged", () => {
        const e = only(lines(BEDROCK, `const command = new ConverseCommand({ modelId: "anthropic.claude-3-5-haiku-20241022-v1:0", messages: [] });`, `await bedrock.send(command);`));
        assert.ok(e.flags.includes("no-output-cap"), e.flags.join());
    });
    it("InvokeModel: the cap read from an inline JSON.stringify body, whatever the model's key", () => {
        const anthropic = only(lines(BEDROCK, `await bedrock.send(new InvokeModelCommand({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", body: JSON.stringify({ anthropic_version: "bedrock-2023-05-31", max_tokens: 300, messages: [{ role: "user", content: "x" }] }) }));`));
        assert.equal(anthropic.model, "claude-3-haiku");
        assert.equal(anthropic.outputTokens, 300);
        const llama = only(lines(BEDROCK, `await bedrock.send(new InvokeModelCommand({ modelId: "meta.llama3-8b-instruct-v1:0", body: JSON.stringify({ prompt: "hi", max_gen_len: 128 }) }));`));
        assert.equal(llama.outputTokens, 128);
    });
    it("InvokeModel with a body built elsewhere: the cap is unknown, not absent", () => {
        const e = only(lines(BEDROCK, `export const ask = (payload: Uint8Array) => bedrock.send(new InvokeModelCommand({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", body: payload }));`));
        assert.ok(e.flags.includes("cap-unknown"), e.flags.join());
    });
});
describe("estimateCalls: Mistral, Ollama, Cohere, agent frameworks, vscode.lm", () => {
    const cases = [
        {
            name: "@mistralai/mistralai chat.complete maxTokens",
            src: lines(`import { Mistral } from "@mistralai/mistralai";`, `const m = new Mistral({ apiKey: "k" });`, `await m.chat.complete({ model: "mistral-large-latest", messages: [{ role: "user", content: "x" }], maxTokens: 100 });`),
            model: "mistral-large",
            requested: "mistral-large-latest",
            cap: 100,
        },
        {
            name: "ollama default instance, options.num_predict",
            src: lines(`import ollama from "ollama";`, `await ollama.chat({ model: "gpt-4o", messages: [], options: { num_predict: 64 } });`),
            model: "gpt-4o",
            cap: 64,
        },
        {
            name: "ollama without a cap",
            src: lines(`import { Ollama } from "ollama";`, `const o = new Ollama();`, `await o.generate({ model: "gpt-4o", prompt: "hi" });`),
            model: "gpt-4o",
            flag: "no-output-cap",
        },
        {
            name: "cohere-ai CohereClientV2 chat maxTokens",
            src: lines(`import { CohereClientV2 } from "cohere-ai";`, `const c = new CohereClientV2({});`, `await c.chat({ model: "gpt-4o-mini", messages: [], maxTokens: 50 });`),
            model: "gpt-4o-mini",
            cap: 50,
        },
        {
            name: "@anthropic-ai/claude-agent-sdk query: options.model",
            src: lines(`import { query } from "@anthropic-ai/claude-agent-sdk";`, `for await (const m of query({ prompt: "fix it", options: { model: "claude-sonnet-4-5", maxTurns: 5 } })) console.log(m);`),
            model: "claude-sonnet-4-5",
        },
        {
            name: "Mastra agent.generate: the agent's model, the call's modelSettings.maxOutputTokens",
            src: lines(`import { Agent } from "@mastra/core/agent";`, `const agent = new Agent({ name: "a", instructions: "Be brief.", model: "openai/gpt-4o-mini" });`, `await agent.generate("hi", { modelSettings: { maxOutputTokens: 200 } });`),
            model: "gpt-4o-mini",
            requested: "openai/gpt-4o-mini",
            cap: 200,
        },
        {
            name: "Mastra: the agent's defaultOptions cap",
            src: lines(`import { Agent } from "@mastra/core/agent";`, `const agent = new Agent({ name: "a", instructions: "i", model: "openai/gpt-4o-mini", defaultOptions: { modelSettings: { maxOutputTokens: 150 } } });`, `await agent.generate("hi", { maxSteps: 2 });`),
            model: "gpt-4o-mini",
            requested: "openai/gpt-4o-mini",
            cap: 150,
        },
        {
            name: "genkit ai.generate: config.maxOutputTokens, the model given to genkit()",
            src: lines(`import { genkit } from "genkit";`, `const ai = genkit({ plugins: [], model: "gemini-2.5-flash" });`, `await ai.generate({ prompt: "hi", config: { maxOutputTokens: 77 } });`),
            model: "gemini-2.5-flash",
            cap: 77,
        },
        {
            name: "LlamaIndex OpenAI: the constructor's maxTokens for llm.chat",
            src: lines(`import { OpenAI } from "@llamaindex/openai";`, `const llm = new OpenAI({ model: "gpt-4o-mini", maxTokens: 90 });`, `await llm.chat({ messages: [{ role: "user", content: "hi" }] });`),
            model: "gpt-4o-mini",
            cap: 90,
        },
        {
            name: "OpenRouter chat.send: the body under chatRequest, maxTokens",
            src: lines(`import { OpenRouter } from "@openrouter/sdk";`, `const client = new OpenRouter({ apiKey: "k" });`, `await client.chat.send({ chatRequest: { model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "x" }], maxTokens: 70 } });`),
            model: "gpt-4o-mini",
            requested: "openai/gpt-4o-mini",
            cap: 70,
        },
        {
            name: "vscode.lm: the family asked of selectChatModels",
            src: lines(`import * as vscode from "vscode";`, `const [model] = await vscode.lm.selectChatModels({ vendor: "copilot", family: "gpt-4o" });`, `await model.sendRequest([vscode.LanguageModelChatMessage.User("hi")], {}, token);`),
            model: "gpt-4o",
        },
    ];
    for (const c of cases) {
        it(c.name, () => {
            const e = only(c.src);
            assert.equal(e.model, c.model);
            assert.equal(e.requestedModel, c.requested ?? c.model);
            if (c.cap !== undefined)
                assert.equal(e.outputTokens, c.cap);
            if (c.flag)
                assert.ok(e.flags.includes(c.flag), e.flags.join());
            assertBreakdownSums(e);
        });
    }
    it("a LlamaIndex workflow agent run has no step cap: unbounded", () => {
        const e = only(lines(`import { OpenAI } from "@llamaindex/openai";`, `import { agent } from "@llamaindex/workflow";`, `const llm = new OpenAI({ model: "gpt-4o-mini", maxTokens: 100 });`, `const a = agent({ llm, tools: [] });`, `await a.run("hi");`));
        assert.equal(e.model, "gpt-4o-mini");
        assert.equal(e.outputTokens, 100);
        assert.equal(e.loop?.iterations, null);
    });
    it("OpenRouter callModel: the default stepCountIs(5), or the one set", () => {
        const head = [`import { OpenRouter } from "@openrouter/sdk";`, `import { stepCountIs } from "@openrouter/sdk/lib/stop-conditions.js";`, `const client = new OpenRouter({ apiKey: "k" });`];
        const e = only(lines(...head, `await client.callModel({ model: "openai/gpt-4o-mini", input: "hi", tools: [t], maxOutputTokens: 100 });`));
        assert.equal(e.model, "gpt-4o-mini");
        assert.equal(e.outputTokens, 100);
        assert.equal(e.loop?.iterations, 5);
        const s = only(lines(...head, `await client.callModel({ model: "openai/gpt-4o-mini", input: "hi", tools: [t], stopWhen: stepCountIs(3), maxOutputTokens: 100 });`));
        assert.equal(s.loop?.iterations, 3);
    });
    it("Mastra and Genkit runs: the framework's default step cap (5) is the worst case", () => {
        const e = only(lines(`import { Agent } from "@mastra/core/agent";`, `const agent = new Agent({ name: "a", instructions: "i", model: "openai/gpt-4o-mini" });`, `await agent.generate("hi", { modelSettings: { maxOutputTokens: 100 } });`));
        assert.equal(e.loop?.iterations, 5);
        const g = only(lines(`import { genkit } from "genkit";`, `const ai = genkit({ plugins: [] });`, `await ai.generate({ model: "gemini-2.5-flash", prompt: "hi", tools: [t], maxTurns: 3, config: { maxOutputTokens: 10 } });`));
        assert.equal(g.loop?.iterations, 3);
    });
});
describe("estimateCalls: SDKs that re-send the whole conversation", () => {
    it("a Gemini chat session's sendMessage grows with every turn", () => {
        const e = only(lines(`import { GoogleGenerativeAI } from "@google/generative-ai";`, `const genAI = new GoogleGenerativeAI("k");`, `const chat = genAI.getGenerativeModel({ model: "gemini-2.5-flash", generationConfig: { maxOutputTokens: 100 } }).startChat();`, `await chat.sendMessage("hi");`));
        assert.ok(e.flags.includes("growing-history"), e.flags.join());
        assert.ok(e.history && e.history.turnNUsd > e.history.turn1Usd);
    });
    it("a Gemini chat's own generationConfig cap is its output (on the SDK and on its published fork)", () => {
        for (const m of ["@google/generative-ai", "@fuyun/generative-ai"]) {
            const e = only(lines(`import { GoogleGenerativeAI } from "${m}";`, `const model = new GoogleGenerativeAI("k").getGenerativeModel({ model: "gemini-2.5-flash" });`, `const chat = model.startChat({ history, generationConfig: { maxOutputTokens: 8000 } });`, `await chat.sendMessageStream("hi");`));
            assert.deepEqual([e.sdk, e.outputTokens, e.flags.includes("no-output-cap")], ["@google/generative-ai", 8000, false], m);
        }
    });
    it("an @google/genai chat and an Assistants run on a thread grow too; a one-off generateContent does not", () => {
        const chat = only(lines(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `const chat = ai.chats.create({ model: "gemini-2.5-flash" });`, `await chat.sendMessage({ message: "hi" });`));
        assert.ok(chat.flags.includes("growing-history"));
        const run = only(lines(OPENAI, `await client.beta.threads.runs.createAndPoll(threadId, { assistant_id: "a", max_completion_tokens: 100 });`));
        assert.ok(run.flags.includes("growing-history"));
        const once = only(lines(`import { GoogleGenerativeAI } from "@google/generative-ai";`, `const genAI = new GoogleGenerativeAI("k");`, `await genAI.getGenerativeModel({ model: "gemini-2.5-flash" }).generateContent("hi");`));
        assert.ok(!once.flags.includes("growing-history"));
    });
    it("an agent the Mastra server runs is a call site at its definition: its defaults, 5 steps per request; an unregistered one is not", () => {
        const head = [`import { Agent } from "@mastra/core/agent";`, `import { Mastra } from "@mastra/core/mastra";`, `import { openai } from "@ai-sdk/openai";`];
        const e = only(lines(...head, `const support = new Agent({ name: "s", instructions: "Help the customer.", model: openai("gpt-4o") });`, `new Mastra({ agents: { support } });`));
        assert.deepEqual([e.model, e.outputTokens, e.loop?.iterations], ["gpt-4o", 16_384, 5]);
        assert.ok(e.flags.includes("no-output-cap") && e.flags.includes("agent-run"), e.flags.join());
        assert.ok(e.assumptions.some((a) => a.startsWith("run by the server of new Mastra() (app.ts:5)")), e.assumptions.join("\n"));
        const capped = only(lines(...head, `const support = new Agent({ name: "s", instructions: "i", model: openai("gpt-4o"), defaultOptions: { maxSteps: 2, modelSettings: { maxOutputTokens: 300 } } });`, `new Mastra({ agents: { support } });`));
        assert.deepEqual([capped.outputTokens, capped.loop?.iterations, capped.flags.includes("no-output-cap")], [300, 2, false]);
        assert.equal(estimates(lines(...head, `const draft = new Agent({ name: "d", instructions: "i", model: openai("gpt-4o") });`, `new Mastra({ agents: {} });`)).length, 0);
    });
    it("a Mastra 0.x AgentNetwork run: 10 routing steps per agent unless maxSteps, no cap unless maxTokens", () => {
        const head = [`import { AgentNetwork } from "@mastra/core/network";`, `import { openai } from "@ai-sdk/openai";`];
        const e = only(lines(...head, `const network = new AgentNetwork({ name: "n", agents: [a, b, c], model: openai("gpt-4o"), instructions: "Route." });`, `await network.generate("hi");`));
        assert.deepEqual([e.model, e.loop?.iterations, e.flags.includes("no-output-cap")], ["gpt-4o", 30, true]);
        const capped = only(lines(...head, `const network = new AgentNetwork({ name: "n", agents, model: openai("gpt-4o"), instructions: "Route." });`, `await network.stream("hi", { maxSteps: 4, maxTokens: 300 });`));
        assert.deepEqual([capped.loop?.iterations, capped.outputTokens], [4, 300]);
        // a list it cannot count: the default is not known
        const unknown = only(lines(...head, `const network = new AgentNetwork({ name: "n", agents, model: openai("gpt-4o"), instructions: "Route." });`, `await network.generate("hi", { maxTokens: 300 });`));
        assert.equal(unknown.loop, undefined);
    });
    it("mastra.getAgent(name).generate() is an agent run with Mastra's default step cap", () => {
        const e = only(lines(`import { Mastra } from "@mastra/core";`, `export const mastra = new Mastra({ agents: {} });`, `await mastra.getAgent("weather").generate("hi", { modelSettings: { maxOutputTokens: 90 } });`));
        assert.equal(e.outputTokens, 90);
        assert.equal(e.loop?.iterations, 5);
    });
});
describe("SDK surfaces: the text gate, resumed runs", () => {
    it("each profile module's quoted name opens the text gate", () => {
        for (const m of ["groq-sdk", "together-ai", "@cerebras/cerebras_cloud_sdk", "portkey-ai", "@google/generative-ai", "@fuyun/generative-ai", "@google-cloud/vertexai", "@aws-sdk/client-bedrock-runtime", "@mistralai/mistralai", "ollama", "cohere-ai", "@anthropic-ai/claude-agent-sdk", "@mastra/core/agent", "genkit", "vscode", "@openrouter/sdk", "@llamaindex/openai", "@llamaindex/workflow"]) {
            assert.ok((0, analysis_1.mayHaveSites)(`import x from "${m}";`), m);
        }
        assert.ok(!(0, analysis_1.mayHaveSites)(`import x from "ollama-helpers";`));
    });
    it("a run resumed with tool outputs: its cap was set when the run began (unknown here, not absent)", () => {
        const e = only(lines(OPENAI, `await client.beta.threads.runs.submitToolOutputs(runId, { thread_id: threadId, tool_outputs: [] });`));
        assert.ok(e.flags.includes("cap-unknown") && !e.flags.includes("no-output-cap"), e.flags.join());
    });
});
describe("estimateCalls: a text prompt where the options go (genkit)", () => {
    const GENKIT = lines(`import { genkit } from "genkit";`, `const ai = genkit({ plugins: [], model: "gemini-2.5-flash" });`);
    it("ai.generate(\"...\"): the text is the prompt; no options: the model's defaults apply (not visible, as the rule sees it), and no tool loop", () => {
        const e = only(lines(GENKIT, `await ai.generate("Tell me a joke");`));
        assert.equal(part(e, "assumed"), 0);
        assert.ok(part(e, "messages") > 0);
        assert.ok(e.flags.includes("cap-unknown"), e.flags.join());
        assert.equal(e.loop, undefined);
    });
    it("maxTurns counts tool turns: a request without tools is one call", () => {
        const e = only(lines(GENKIT, `await ai.generate({ prompt: "hi", maxTurns: 3, config: { maxOutputTokens: 10 } });`));
        assert.equal(e.loop, undefined);
    });
});
describe("estimateCalls: raw HTTP calls to providers' endpoints", () => {
    const POST = `method: "POST", headers: { "Content-Type": "application/json" }`;
    it("fetch to OpenAI: model, messages and cap from the JSON body, exact against the reference", () => {
        const messages = [
            { role: "system", content: "Answer in one sentence." },
            { role: "user", content: "What is a token?" },
        ];
        const e = only(lines(`await fetch("https://api.openai.com/v1/chat/completions", { ${POST}, body: JSON.stringify({`, `  model: "gpt-4o-mini",`, `  messages: [{ role: "system", content: "Answer in one sentence." }, { role: "user", content: "What is a token?" }],`, `  max_tokens: 150,`, `}) });`));
        assert.equal(e.profileId, "http.openai.chat");
        assert.equal(e.model, "gpt-4o-mini");
        assert.equal(e.outputTokens, 150);
        assert.equal(e.inputTokens, chatTokens(messages));
        assertBreakdownSums(e);
    });
    it("an axios instance's post without a cap: the model's maximum, flagged", () => {
        const e = only(lines(`import axios from "axios";`, `const api = axios.create({ baseURL: "https://api.openai.com/v1" });`, `await api.post("/chat/completions", { model: "gpt-4o", messages: [{ role: "user", content: "x" }] });`));
        assert.equal(e.model, "gpt-4o");
        assert.equal(e.outputTokens, price("gpt-4o").maxOutputTokens);
        assert.ok(e.flags.includes("no-output-cap"), e.flags.join());
    });
    it("Anthropic: system and the max_tokens of a body held in a const", () => {
        const e = only(lines(`const body = { model: "claude-sonnet-4-5", max_tokens: 400, system: "Be brief.", messages: [{ role: "user", content: "x" }] };`, `await fetch("https://api.anthropic.com/v1/messages", { ${POST}, body: JSON.stringify(body) });`));
        assert.equal(e.requestedModel, "claude-sonnet-4-5");
        assert.equal(e.outputTokens, 400);
        assert.ok(part(e, "system") > 0);
    });
    it("Gemini: the model named in the URL, generationConfig.maxOutputTokens", () => {
        const e = only(lines(`await fetch(\`https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=\${process.env.KEY}\`, { ${POST}, body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: "x" }] }], generationConfig: { maxOutputTokens: 200 } }) });`));
        assert.equal(e.requestedModel, "gemini-2.5-flash");
        assert.equal(e.outputTokens, 200);
    });
    it("a body it cannot read: the cap is unknown, not absent", () => {
        const e = only(lines(`export const ask = (payload: unknown) => fetch("https://api.openai.com/v1/chat/completions", { ${POST}, body: JSON.stringify(payload) });`));
        assert.ok(e.flags.includes("cap-unknown"), e.flags.join());
    });
    it("node's https.request: the body is written later, so the cap is unknown", () => {
        const e = only(lines(`import https from "https";`, `https.request({ hostname: "api.openai.com", path: "/v1/chat/completions", method: "POST" }, () => {});`));
        assert.ok(e.flags.includes("cap-unknown"), e.flags.join());
    });
    it("the legacy completions endpoint: the API's own 16-token default", () => {
        const e = only(lines(`await fetch("https://api.openai.com/v1/completions", { ${POST}, body: JSON.stringify({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi" }) });`));
        assert.equal(e.outputTokens, 16);
    });
});
describe("estimateCalls: openai chat's legacy functions", () => {
    it("counts the functions sent with the call as tools, like the same definitions under tools", () => {
        const fn = `{ name: "get_weather", description: "Weather for a city.", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } }`;
        const legacy = only(`import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], max_tokens: 50, functions: [${fn}] });`);
        const none = only(`import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], max_tokens: 50 });`);
        const tools = only(`import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], max_tokens: 50, tools: [{ type: "function", function: ${fn} }] });`);
        assert.equal(part(none, "tools"), 0);
        assert.ok(part(legacy, "tools") > 0);
        assert.equal(part(legacy, "tools"), part(tools, "tools"));
    });
});
describe("estimateCalls: each request counted the way its provider counts it", () => {
    /** A measured case written as the code that sends it: the API's own field names. */
    const asCode = (c, model) => {
        const messages = c.messages.map((m) => ({ role: m.role, content: m.content, ...(m.name ? { name: m.name } : {}), ...(m.functionCall ? { function_call: m.functionCall } : {}) }));
        const extra = `${c.tools ? `, functions: ${JSON.stringify(c.tools)}` : ""}${c.toolChoice ? `, function_call: ${JSON.stringify(c.toolChoice)}` : ""}`;
        return `${OPENAI}await client.chat.completions.create({ model: "${model}", max_tokens: 10, messages: ${JSON.stringify(messages)}${extra} });`;
    };
    openai_measured_1.HMARR_CASES.forEach((c, i) => {
        it(`hmarr/openai-chat-tokens case ${i + 1} written as code: ${c.promptTokens} prompt tokens on gpt-3.5-turbo, every part exact`, () => {
            const e = only(asCode(c, "gpt-3.5-turbo"));
            assert.equal(e.inputTokens, c.promptTokens);
            assert.ok(e.breakdown.filter((b) => b.part !== "output").every((b) => b.exact), JSON.stringify(e.breakdown));
            assertBreakdownSums(e);
        });
    });
    for (const [model, expected] of [["gpt-4o", 101], ["gpt-4o-mini", 101], ["gpt-4", 105], ["gpt-3.5-turbo", 105]]) {
        it(`the cookbook's tools request: ${expected} prompt tokens on ${model}, through the SDK and through fetch`, () => {
            const tools = openai_measured_1.COOKBOOK_TOOLS_CASE.tools.map((t) => ({ type: "function", function: t }));
            const body = `{ model: "${model}", max_tokens: 10, messages: ${JSON.stringify(openai_measured_1.COOKBOOK_TOOLS_CASE.messages)}, tools: ${JSON.stringify(tools)} }`;
            assert.equal(only(`${OPENAI}await client.chat.completions.create(${body});`).inputTokens, expected);
            assert.equal(only(`await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(${body}) });`).inputTokens, expected);
        });
    }
    it("tool_calls and tool messages: counted like function calls and results, marked estimated", () => {
        const e = only(`${OPENAI}await client.chat.completions.create({ model: "gpt-4o", max_tokens: 10, messages: [{ role: "user", content: "time?" }, { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "get_time", arguments: "{}" } }] }, { role: "tool", tool_call_id: "c1", content: "12:00" }] });`);
        assert.equal(part(e, "assumed"), 0);
        assert.equal(e.inputTokens, 3 + (3 + tok("user") + tok("time?")) + (3 + tok("assistant") + 3 + tok("get_time") + tok("{}")) + (3 + tok("tool") + tok("12:00") - 2));
        assert.equal(e.breakdown.find((b) => b.part === "overhead").exact, false);
        assert.ok(e.assumptions.some((a) => a.includes("tool calls are counted like function calls")), e.assumptions.join("\n"));
    });
    it("the Responses API: instructions, input items and flat tools; the text exact, the framing estimated", () => {
        const tool = { type: "function", name: "get_time", description: "Current time", parameters: { type: "object", properties: { tz: { type: "string" } } } };
        const e = only(`${OPENAI}await client.responses.create({ model: "gpt-4o", max_output_tokens: 50, instructions: "Be brief.", input: [{ role: "user", content: "time?" }, { type: "function_call", call_id: "c1", name: "get_time", arguments: "{}" }, { type: "function_call_output", call_id: "c1", output: "12:00" }], tools: [${JSON.stringify(tool)}] });`);
        assert.equal(part(e, "system"), tok("Be brief."));
        assert.equal(part(e, "messages"), tok("time?") + tok("get_time") + tok("{}") + tok("12:00"));
        assert.equal(part(e, "assumed"), 0);
        const exact = Object.fromEntries(e.breakdown.map((b) => [b.part, b.exact]));
        assert.deepEqual([exact.system, exact.messages, exact.tools, exact.overhead], [true, true, false, false]);
        assert.ok(e.assumptions.some((a) => a.includes("Responses API")), e.assumptions.join("\n"));
        assertBreakdownSums(e);
    });
    it("Gemini function declarations: name, description and schema as text, scaled; no framing", () => {
        const decl = { name: "get_time", description: "Current time", parameters: { type: "object", properties: { tz: { type: "string" } } } };
        const e = only(lines(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "What time is it?", config: { systemInstruction: "Be brief.", maxOutputTokens: 64, tools: [{ functionDeclarations: [${JSON.stringify(decl)}] }] } });`));
        const model = price("gemini-2.5-flash");
        assert.equal(part(e, "tools"), scaled(toolText([decl]), model));
        assert.equal(part(e, "overhead"), 0);
        assert.equal(e.inputTokens, scaled(tok("Be brief."), model) + scaled(tok("What time is it?"), model) + scaled(toolText([decl]), model));
        assert.ok(e.breakdown.filter((b) => b.tokens > 0 && b.part !== "output").every((b) => !b.exact));
    });
    it("Gemini's systemInstruction as a Content object ({ parts: [{ text }] }) is read", () => {
        const e = only(lines(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "Hi", config: { systemInstruction: { parts: [{ text: "Be brief." }] }, maxOutputTokens: 64 } });`));
        assert.equal(part(e, "system"), scaled(tok("Be brief."), price("gemini-2.5-flash")));
        assert.equal(part(e, "assumed"), 0);
    });
    it("Anthropic's published count_tokens examples, within the factor's error", () => {
        // Anthropic, "Token counting": system "You are a scientist" + "Hello, Claude" → 14 input tokens; the get_weather
        // tool + "What's the weather like in San Francisco?" → 403 (both on Claude 4-family models).
        const hello = only(lines(`import Anthropic from "@anthropic-ai/sdk";`, `const a = new Anthropic();`, `await a.messages.create({ model: "claude-sonnet-4-5", max_tokens: 10, system: "You are a scientist", messages: [{ role: "user", content: "Hello, Claude" }] });`));
        const weather = {
            name: "get_weather",
            description: "Get the current weather in a given location",
            input_schema: { type: "object", properties: { location: { type: "string", description: "The city and state, e.g. San Francisco, CA" } }, required: ["location"] },
        };
        const tools = only(lines(`import Anthropic from "@anthropic-ai/sdk";`, `const a = new Anthropic();`, `await a.messages.create({ model: "claude-sonnet-4-5", max_tokens: 10, tools: [${JSON.stringify(weather)}], messages: [{ role: "user", content: "What's the weather like in San Francisco?" }] });`));
        assert.ok(Math.abs(hello.inputTokens - 14) <= 2, String(hello.inputTokens));
        assert.ok(Math.abs(tools.inputTokens - 403) / 403 <= 0.05, String(tools.inputTokens));
    });
});
//# sourceMappingURL=estimate.test.js.map