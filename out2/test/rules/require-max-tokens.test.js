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
const espree = __importStar(require("espree"));
const plugin_1 = require("../../src/eslint/plugin");
const tester_1 = require("./tester");
/**
 * The plugin's rule built with no project settings: no costlint.config.json and no cost estimate, so every report
 * is the plain `missingCap` with exact data. The default plugin (with the estimate) is checked at the end.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bareRule = (0, plugin_1.createPlugin)({}).rules["require-max-tokens"];
/** An invalid case: one report covering `needle`, whose one suggestion adds the cap and gives `output`. */
function oneReport(text, needle, data, output, suggestedCap = 1024) {
    return {
        code: text,
        ...(suggestedCap !== 1024 ? { options: [{ suggestedCap }] } : {}),
        errors: [
            {
                messageId: "missingCap",
                data,
                ...(typeof needle === "string" ? (0, tester_1.at)(text, needle) : (0, tester_1.at)(text, ...needle)),
                suggestions: [{ messageId: "addCap", data: { key: data.key, value: String(suggestedCap) }, output }],
            },
        ],
    };
}
/** An invalid case: a cap set on one branch only, reported at the call's name, whose suggestion gives `output`. */
function conditionalReport(text, data, output) {
    const name = data.call.replace(/\(\)$/, "").split(".").pop();
    return {
        code: text,
        errors: [{ messageId: "conditionalCap", data, ...(0, tester_1.at)(text, `${name}(`), endColumn: (0, tester_1.at)(text, `${name}(`).endColumn - 1, suggestions: [{ messageId: "addDefaultCap", data: { key: data.key, value: "1024" }, output }] }],
    };
}
const OPENAI = `import OpenAI from "openai";\nconst client = new OpenAI();`;
const ANTHROPIC = `import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic();`;
const GOOGLE = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});`;
const js = { filename: "app.js", languageOptions: { parser: espree } };
tester_1.ruleTester.run("require-max-tokens", bareRule, {
    valid: [
        // openai chat with either cap key
        (0, tester_1.code)(`import OpenAI from "openai";`, `const c = new OpenAI();`, `c.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 500 });`),
        (0, tester_1.code)(`import OpenAI from "openai";`, `const c = new OpenAI();`, `c.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 500 });`),
        // responses
        (0, tester_1.code)(`import { OpenAI } from "openai";`, `const c = new OpenAI();`, `c.responses.create({ model: "gpt-4o", input: "hi", max_output_tokens: 200 });`),
        // anthropic
        (0, tester_1.code)(`import Anthropic from "@anthropic-ai/sdk";`, `const a = new Anthropic();`, `a.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [] });`),
        // ai sdk v5 and v4 keys
        (0, tester_1.code)(`import { generateText } from "ai";`, `generateText({ model, prompt: "x", maxOutputTokens: 300 });`),
        (0, tester_1.code)(`import { streamText } from "ai";`, `streamText({ model, prompt: "x", maxTokens: 300 });`),
        // google genai nested config
        (0, tester_1.code)(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config: { maxOutputTokens: 256 } });`),
        // langchain: cap at construction
        (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ model: "gpt-4o", maxTokens: 256 });`, `m.invoke("hi");`),
        // @openai/agents model settings
        (0, tester_1.code)(`import { Agent } from "@openai/agents";`, `new Agent({ name: "a", modelSettings: { maxTokens: 300 } });`),
        // options we cannot see: spread or a parameter
        (0, tester_1.code)(`import OpenAI from "openai";`, `const c = new OpenAI();`, `function f(params) { return c.chat.completions.create(params); }`),
        (0, tester_1.code)(`import OpenAI from "openai";`, `const c = new OpenAI();`, `function f(p) { return c.chat.completions.create({ ...p, model: "gpt-4o" }); }`),
        // not an LLM call: a look-alike from another package
        (0, tester_1.code)(`import twilio from "twilio";`, `const t = twilio();`, `t.messages.create({ body: "hi", to: "+1" });`),
        // a name that looks like a client but is not traced to an SDK
        (0, tester_1.code)(`const client = makeClient();`, `client.messages.create({ model: "x", messages: [] });`),
        // --- more SDKs and keys with a cap ---
        (0, tester_1.code)(ANTHROPIC, `anthropic.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [] });`),
        (0, tester_1.code)(ANTHROPIC, `anthropic.beta.messages.toolRunner({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [], tools: [] });`),
        (0, tester_1.code)(OPENAI, `client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools: [], max_completion_tokens: 300 });`),
        (0, tester_1.code)(`import { generateObject, streamObject } from "ai";`, `generateObject({ model, schema, prompt: "p", maxOutputTokens: 200 });`, `streamObject({ model, schema, prompt: "p", maxTokens: 200 });`),
        (0, tester_1.code)(`import { ToolLoopAgent } from "ai";`, `new ToolLoopAgent({ model, instructions: "i", maxOutputTokens: 500 });`),
        (0, tester_1.code)(`import { Agent } from "@openai/agents";`, `const settings = { temperature: 0, maxTokens: 400 };`, `Agent.create({ name: "a", modelSettings: settings });`),
        (0, tester_1.code)(`import { ChatOllama } from "@langchain/ollama";`, `new ChatOllama({ model: "llama3.1", numPredict: 256 });`),
        // modelKwargs go into the request body as they are (o-series models take max_completion_tokens there).
        (0, tester_1.code)(`import { AzureChatOpenAI } from "@langchain/openai";`, `new AzureChatOpenAI(o1 ? { model: "o3-mini", modelKwargs: { max_completion_tokens: 4096 } } : { model: "gpt-4o", maxTokens: 4096 });`),
        (0, tester_1.code)(`import { AzureChatOpenAI } from "@langchain/openai";`, `const args = { model: name, ...(isO ? { modelKwargs: { max_completion_tokens: n } } : { temperature: 0, maxTokens: n }) };`, `new AzureChatOpenAI(args);`),
        (0, tester_1.code)(`import { ChatGoogleGenerativeAI } from "@langchain/google-genai";`, `new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxOutputTokens: 256 });`),
        (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `new ChatOpenAI({ model: "o4-mini", maxCompletionTokens: 256 });`),
        (0, tester_1.code)(`import { initChatModel } from "langchain/chat_models/universal";`, `const m = await initChatModel("gpt-4o", { modelProvider: "openai", maxTokens: 300 });`),
        // the cap through a const, a shorthand property
        (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [], max_tokens: 100 };`, `client.chat.completions.create(params);`),
        (0, tester_1.code)(OPENAI, `const max_completion_tokens = 500;`, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens });`),
        (0, tester_1.code)(GOOGLE, `const config = { temperature: 0, maxOutputTokens: 100 };`, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config });`),
        // --- the cap set on the options object after it is built ---
        (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [] };`, `params.max_tokens = 100;`, `client.chat.completions.create(params);`),
        (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [] };`, `params["max_completion_tokens"] = limit;`, `client.chat.completions.create(params);`),
        (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [] };`, `Object.assign(params, limits);`, `client.chat.completions.create(params);`),
        (0, tester_1.code)(OPENAI, `let params = { model: "gpt-4o", messages: [] };`, `if (short) params = { ...params, max_tokens: 50 };`, `client.chat.completions.create(params);`),
        (0, tester_1.code)(GOOGLE, `const request = { model: "gemini-2.5-flash", contents: "x", config: { temperature: 0 } };`, `request.config.maxOutputTokens = 64;`, `ai.models.generateContent(request);`),
        // --- options it cannot see ---
        (0, tester_1.code)(`import { Agent } from "@openai/agents";`, `export function make(modelSettings) { return new Agent({ name: "a", modelSettings }); }`),
        (0, tester_1.code)(GOOGLE, `export function ask(config) { return ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config }); }`),
        (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `export function model(fields) { return new ChatOpenAI(fields); }`),
        (0, tester_1.code)(`import { initChatModel } from "langchain/chat_models/universal";`, `const m = await initChatModel("openai:gpt-4o");`),
        // the cap may be set by the caller at run time (configurableFields lists it, or "any")
        (0, tester_1.code)(`import { initChatModel } from "@langchain/classic/chat_models/universal";`, `const m = await initChatModel("gpt-4o", { temperature: 0, configurableFields: ["model", "maxTokens"] });`),
        (0, tester_1.code)(`import { initChatModel } from "langchain/chat_models/universal";`, `const m = await initChatModel(undefined, { configurableFields: "any" });`),
        (0, tester_1.code)(OPENAI, `const base = { max_tokens: 100 };`, `client.chat.completions.create({ ...base, model: "gpt-4o", messages: [] });`),
        // --- calls that take no cap of their own ---
        (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ model: "gpt-4o", maxTokens: 256 });`, `await m.invoke("hi");`, `await m.bindTools([]).invoke("hi");`),
        (0, tester_1.code)(`import { ToolLoopAgent } from "ai";`, `const agent = new ToolLoopAgent({ model, maxOutputTokens: 100 });`, `await agent.generate({ prompt: "p" });`),
        (0, tester_1.code)(OPENAI, `await client.embeddings.create({ model: "text-embedding-3-small", input: "x" });`, `await client.models.list();`),
        // --- look-alikes ---
        // LangChain classes named Chat… that are not chat models
        (0, tester_1.code)(`import { ChatPromptTemplate } from "@langchain/core/prompts";`, `const p = new ChatPromptTemplate({ promptMessages: [], inputVariables: [] });`),
        (0, tester_1.code)(`import { ChatMessage } from "@langchain/core/messages";`, `const m = new ChatMessage({ content: "x", role: "user" });`),
        (0, tester_1.code)(`import { ChatMessageHistory } from "@langchain/community/stores/message/in_memory";`, `const h = new ChatMessageHistory({ messages: [] });`),
        // methods named like an SDK's on something that is not one
        (0, tester_1.code)(`export function send(api) {`, `  return api.responses.create({ model: "m", input: "x" });`, `}`),
        (0, tester_1.code)(`import { Resend } from "resend";`, `const r = new Resend("k");`, `r.emails.send({ from: "a", to: "b", subject: "s", html: "h" });`),
        (0, tester_1.code)(`import { generateText } from "./my-llm";`, `generateText({ model: "m", prompt: "p" });`),
        // --- values within the file: casts, ternaries, spreads, Object.assign ---
        (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 100 } as any);`),
        (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [], max_tokens: 100 } satisfies object;`, `client.chat.completions.create(params!);`),
        (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: fast ? 256 : 1024 });`),
        (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], ...(fast ? { max_tokens: 256 } : { max_tokens: 1024 }) });`),
        (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 512, ...(long && { max_tokens: 4096 }) });`),
        (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [] };`, `Object.assign(params, { max_tokens: 100 });`, `client.chat.completions.create(params);`),
        (0, tester_1.code)(OPENAI, `const base = { model: "gpt-4o" };`, `const limits = { max_tokens: 100 };`, `client.chat.completions.create(Object.assign({}, base, limits, { messages: [] }));`),
        // each branch sets one of the SDK's cap keys (opencommit)
        (0, tester_1.code)(OPENAI, `const params = { model: "o4-mini", messages: [], ...(reasoning ? { max_completion_tokens: 1000 } : { temperature: 0, max_tokens: 500 }) };`, `client.chat.completions.create(params as any);`),
        // a conditional spread of something unknown: not visible
        (0, tester_1.code)(OPENAI, `export function f(extra) { return client.chat.completions.create({ model: "gpt-4o", messages: [], ...(extra ? extra : {}) }); }`),
        // LangChain classes named Chat… that are agents or output parsers, not chat models
        (0, tester_1.code)(`import { ChatConversationalAgentOutputParser } from "langchain/agents";`, `const p = new ChatConversationalAgentOutputParser({});`),
        (0, tester_1.code)(`import { ChatAgent } from "langchain/agents";`, `const a = new ChatAgent({ llmChain });`),
        // --- other parsers and file kinds ---
        { ...js, code: (0, tester_1.code)(`const OpenAI = require("openai");`, `const client = new OpenAI();`, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 100 });`) },
        { ...js, code: (0, tester_1.code)(`import { generateText } from "ai";`, `export const answer = (model) => generateText({ model, prompt: "p", maxOutputTokens: 64 });`) },
        {
            filename: "answer.tsx",
            code: (0, tester_1.code)(`import { generateText } from "ai";`, `export async function Answer() {`, `  const { text } = await generateText({ model, prompt: "p", maxOutputTokens: 64 });`, `  return <p className="a">{text}</p>;`, `}`),
        },
    ],
    invalid: [
        {
            code: (0, tester_1.code)(`import OpenAI from "openai";`, `const client = new OpenAI();`, `client.chat.completions.create({ model: "gpt-4o", messages: [] });`),
            errors: [
                {
                    messageId: "missingCap",
                    line: 3,
                    column: 25,
                    endColumn: 31,
                    suggestions: [
                        {
                            messageId: "addCap",
                            output: (0, tester_1.code)(`import OpenAI from "openai";`, `const client = new OpenAI();`, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`),
                        },
                    ],
                },
            ],
        },
        {
            // multi-line object with trailing comma; client in a class field
            code: (0, tester_1.code)(`import OpenAI from "openai";`, `class Bot {`, `  private client = new OpenAI();`, `  ask() {`, `    return this.client.responses.create({`, `      model: "gpt-4o",`, `      input: "hi",`, `    });`, `  }`, `}`),
            errors: [
                {
                    messageId: "missingCap",
                    line: 5,
                    suggestions: [
                        {
                            messageId: "addCap",
                            output: (0, tester_1.code)(`import OpenAI from "openai";`, `class Bot {`, `  private client = new OpenAI();`, `  ask() {`, `    return this.client.responses.create({`, `      model: "gpt-4o",`, `      input: "hi",`, `      max_output_tokens: 1024,`, `    });`, `  }`, `}`),
                        },
                    ],
                },
            ],
        },
        {
            code: (0, tester_1.code)(`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `await generateText({ model: openai("gpt-4o"), prompt: "x" });`),
            options: [{ suggestedCap: 500 }],
            errors: [
                {
                    messageId: "missingCap",
                    data: { call: "generateText()", key: "maxOutputTokens" },
                    suggestions: [
                        {
                            messageId: "addCap",
                            output: (0, tester_1.code)(`import { generateText } from "ai";`, `import { openai } from "@ai-sdk/openai";`, `await generateText({ model: openai("gpt-4o"), prompt: "x", maxOutputTokens: 500 });`),
                        },
                    ],
                },
            ],
        },
        {
            // google: the config object is missing entirely
            code: (0, tester_1.code)(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x" });`),
            errors: [
                {
                    messageId: "missingCap",
                    suggestions: [
                        {
                            messageId: "addCap",
                            output: (0, tester_1.code)(`import { GoogleGenAI } from "@google/genai";`, `const ai = new GoogleGenAI({});`, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config: { maxOutputTokens: 1024 } });`),
                        },
                    ],
                },
            ],
        },
        {
            // langchain chat model constructed without a cap
            code: (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ model: "gpt-4o" });`),
            errors: [
                {
                    messageId: "missingCap",
                    line: 2,
                    column: 11,
                    suggestions: [{ messageId: "addCap", output: (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ model: "gpt-4o", maxTokens: 1024 });`) }],
                },
            ],
        },
        // --- openai ---
        oneReport((0, tester_1.code)(OPENAI, `await client.chat.completions.stream({ model: "gpt-4o", messages: [] });`), "stream", { call: "client.chat.completions.stream()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `await client.chat.completions.stream({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(OPENAI, `await client.beta.chat.completions.parse({ model: "gpt-4o", messages: [], response_format: fmt });`), "parse", { call: "client.beta.chat.completions.parse()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `await client.beta.chat.completions.parse({ model: "gpt-4o", messages: [], response_format: fmt, max_completion_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(OPENAI, `const runner = client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools: [] });`), "runTools", { call: "client.beta.chat.completions.runTools()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `const runner = client.beta.chat.completions.runTools({ model: "gpt-4o", messages: [], tools: [], max_completion_tokens: 1024 });`)),
        // OpenAI's method path is distinctive even when the client is a parameter or comes from a local module
        oneReport((0, tester_1.code)(`export async function ask(llm) {`, `  return llm.chat.completions.create({ model: "gpt-4o", messages: [] });`, `}`), "create", { call: "llm.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(`export async function ask(llm) {`, `  return llm.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`, `}`)),
        oneReport((0, tester_1.code)(`import { openai } from "./lib/openai";`, `await openai.chat.completions.create({ model: "gpt-4o", messages });`), "create", { call: "openai.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(`import { openai } from "./lib/openai";`, `await openai.chat.completions.create({ model: "gpt-4o", messages, max_completion_tokens: 1024 });`)),
        // the label of a call chained over lines, and of a call on `new Client()`
        oneReport((0, tester_1.code)(OPENAI, `await client`, `  .chat.completions`, `  .create({ model: "gpt-4o", messages: [] });`), "create", { call: "client.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `await client`, `  .chat.completions`, `  .create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(`import OpenAI from "openai";`, `await new OpenAI().chat.completions.create({ model: "gpt-4o", messages: [] });`), "create", { call: "new OpenAI().chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(`import OpenAI from "openai";`, `await new OpenAI().chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`)),
        // a wrapped client; a typed parameter
        oneReport((0, tester_1.code)(`import OpenAI from "openai";`, `import { wrapOpenAI } from "langsmith/wrappers";`, `const client = wrapOpenAI(new OpenAI());`, `client.responses.create({ model: "gpt-4o", input: "x" });`), "create", { call: "client.responses.create()", key: "max_output_tokens" }, (0, tester_1.code)(`import OpenAI from "openai";`, `import { wrapOpenAI } from "langsmith/wrappers";`, `const client = wrapOpenAI(new OpenAI());`, `client.responses.create({ model: "gpt-4o", input: "x", max_output_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(`import OpenAI from "openai";`, `export function run(c: OpenAI) {`, `  return c.responses.stream({ model: "gpt-4o", input: "x" });`, `}`), "stream", { call: "c.responses.stream()", key: "max_output_tokens" }, (0, tester_1.code)(`import OpenAI from "openai";`, `export function run(c: OpenAI) {`, `  return c.responses.stream({ model: "gpt-4o", input: "x", max_output_tokens: 1024 });`, `}`)),
        // options through a const: the fix goes to the const
        oneReport((0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [] } as const;`, `client.chat.completions.create(params);`), "create", { call: "client.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [], max_completion_tokens: 1024 } as const;`, `client.chat.completions.create(params);`)),
        // a write to another key of the const does not hide the missing cap
        oneReport((0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [] };`, `params.temperature = 0;`, `client.chat.completions.create(params);`), "create", { call: "client.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [], max_completion_tokens: 1024 };`, `params.temperature = 0;`, `client.chat.completions.create(params);`)),
        // --- anthropic ---
        oneReport((0, tester_1.code)(`import Anthropic from "@anthropic-ai/sdk";`, `export class Bot {`, `  constructor(private readonly anthropic: Anthropic) {}`, `  reply() {`, `    return this.anthropic.messages.create({ model: "claude-sonnet-4-5", messages: [] });`, `  }`, `}`), "create", { call: "this.anthropic.messages.create()", key: "max_tokens" }, (0, tester_1.code)(`import Anthropic from "@anthropic-ai/sdk";`, `export class Bot {`, `  constructor(private readonly anthropic: Anthropic) {}`, `  reply() {`, `    return this.anthropic.messages.create({ model: "claude-sonnet-4-5", messages: [], max_tokens: 1024 });`, `  }`, `}`)),
        // multi-line with a trailing comma and a comment: the cap goes on its own line, the comment stays
        oneReport((0, tester_1.code)(ANTHROPIC, `anthropic.beta.messages.stream({`, `  model: "claude-sonnet-4-5",`, `  messages: [], // history`, `});`), "stream", { call: "anthropic.beta.messages.stream()", key: "max_tokens" }, (0, tester_1.code)(ANTHROPIC, `anthropic.beta.messages.stream({`, `  model: "claude-sonnet-4-5",`, `  messages: [], // history`, `  max_tokens: 1024,`, `});`)),
        oneReport((0, tester_1.code)(ANTHROPIC, `anthropic.beta.messages.toolRunner({ model: "claude-sonnet-4-5", messages: [], tools: [] });`), "toolRunner", { call: "anthropic.beta.messages.toolRunner()", key: "max_tokens" }, (0, tester_1.code)(ANTHROPIC, `anthropic.beta.messages.toolRunner({ model: "claude-sonnet-4-5", messages: [], tools: [], max_tokens: 1024 });`)),
        // --- google: into the existing config, inline or a const ---
        oneReport((0, tester_1.code)(GOOGLE, `ai.models.generateContentStream({ model: "gemini-2.5-flash", contents: "x", config: { temperature: 0 } });`), "generateContentStream", { call: "ai.models.generateContentStream()", key: "config.maxOutputTokens" }, (0, tester_1.code)(GOOGLE, `ai.models.generateContentStream({ model: "gemini-2.5-flash", contents: "x", config: { temperature: 0, maxOutputTokens: 1024 } });`)),
        oneReport((0, tester_1.code)(GOOGLE, `const config = {`, `  temperature: 0,`, `};`, `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config });`), "generateContent", { call: "ai.models.generateContent()", key: "config.maxOutputTokens" }, (0, tester_1.code)(GOOGLE, `const config = {`, `  temperature: 0,`, `  maxOutputTokens: 1024,`, `};`, `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config });`)),
        // --- ai ---
        oneReport((0, tester_1.code)(`import { streamText } from "ai";`, `streamText({ model, prompt: "x" });`), ["streamText", 1], { call: "streamText()", key: "maxOutputTokens" }, (0, tester_1.code)(`import { streamText } from "ai";`, `streamText({ model, prompt: "x", maxOutputTokens: 1024 });`)),
        oneReport((0, tester_1.code)(`import { generateObject } from "ai";`, `import { z } from "zod";`, `await generateObject({ model, schema: z.object({ a: z.string() }), prompt: "p" });`), ["generateObject", 1], { call: "generateObject()", key: "maxOutputTokens" }, (0, tester_1.code)(`import { generateObject } from "ai";`, `import { z } from "zod";`, `await generateObject({ model, schema: z.object({ a: z.string() }), prompt: "p", maxOutputTokens: 1024 });`)),
        oneReport((0, tester_1.code)(`import * as ai from "ai";`, `ai.streamObject({ model, schema, prompt: "p" });`), "streamObject", { call: "ai.streamObject()", key: "maxOutputTokens" }, (0, tester_1.code)(`import * as ai from "ai";`, `ai.streamObject({ model, schema, prompt: "p", maxOutputTokens: 256 });`), 256),
        oneReport((0, tester_1.code)(`import { ToolLoopAgent } from "ai";`, `export const agent = new ToolLoopAgent({ model, instructions: "i", tools: {} });`), "new ToolLoopAgent", { call: "new ToolLoopAgent()", key: "maxOutputTokens" }, (0, tester_1.code)(`import { ToolLoopAgent } from "ai";`, `export const agent = new ToolLoopAgent({ model, instructions: "i", tools: {}, maxOutputTokens: 1024 });`)),
        // --- @openai/agents: modelSettings created, or completed ---
        oneReport((0, tester_1.code)(`import { Agent } from "@openai/agents";`, `export const agent = new Agent({ name: "a", instructions: "i" });`), "new Agent", { call: "new Agent()", key: "modelSettings.maxTokens" }, (0, tester_1.code)(`import { Agent } from "@openai/agents";`, `export const agent = new Agent({ name: "a", instructions: "i", modelSettings: { maxTokens: 1024 } });`)),
        oneReport((0, tester_1.code)(`import { Agent } from "@openai/agents";`, `export const agent = new Agent({`, `  name: "a",`, `  modelSettings: {`, `    temperature: 0,`, `  },`, `});`), "new Agent", { call: "new Agent()", key: "modelSettings.maxTokens" }, (0, tester_1.code)(`import { Agent } from "@openai/agents";`, `export const agent = new Agent({`, `  name: "a",`, `  modelSettings: {`, `    temperature: 0,`, `    maxTokens: 1024,`, `  },`, `});`)),
        oneReport((0, tester_1.code)(`import { Agent } from "@openai/agents";`, `Agent.create({ name: "a" });`), "create", { call: "Agent.create()", key: "modelSettings.maxTokens" }, (0, tester_1.code)(`import { Agent } from "@openai/agents";`, `Agent.create({ name: "a", modelSettings: { maxTokens: 1024 } });`)),
        // --- LangChain: the key each model takes ---
        oneReport((0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({});`), "new ChatOpenAI", { call: "new ChatOpenAI()", key: "maxTokens" }, (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ maxTokens: 1024 });`)),
        oneReport((0, tester_1.code)(`import { ChatOllama } from "@langchain/ollama";`, `const m = new ChatOllama({ model: "llama3.1" });`), "new ChatOllama", { call: "new ChatOllama()", key: "numPredict" }, (0, tester_1.code)(`import { ChatOllama } from "@langchain/ollama";`, `const m = new ChatOllama({ model: "llama3.1", numPredict: 1024 });`)),
        // ChatAnthropic with no maxTokens and no package.json: @langchain/anthropic 1.x sends the model's limit up to 16,384,
        // a default the app did not choose (0.x's 2,048 is a cap: test/sdk/surfaces.test.ts).
        oneReport((0, tester_1.code)(`import { ChatAnthropic } from "@langchain/anthropic";`, `const m = new ChatAnthropic({ model: "claude-sonnet-4-5" });`), "new ChatAnthropic", { call: "new ChatAnthropic()", key: "maxTokens" }, (0, tester_1.code)(`import { ChatAnthropic } from "@langchain/anthropic";`, `const m = new ChatAnthropic({ model: "claude-sonnet-4-5", maxTokens: 1024 });`)),
        // ChatOllama reads numPredict only: maxTokens there is no cap.
        oneReport((0, tester_1.code)(`import { ChatOllama } from "@langchain/ollama";`, `const m = new ChatOllama({ model: "llama3.1", maxTokens: 512 });`), "new ChatOllama", { call: "new ChatOllama()", key: "numPredict" }, (0, tester_1.code)(`import { ChatOllama } from "@langchain/ollama";`, `const m = new ChatOllama({ model: "llama3.1", maxTokens: 512, numPredict: 1024 });`)),
        oneReport((0, tester_1.code)(`import { ChatGoogleGenerativeAI } from "@langchain/google-genai";`, `const m = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash" });`), "new ChatGoogleGenerativeAI", { call: "new ChatGoogleGenerativeAI()", key: "maxOutputTokens" }, (0, tester_1.code)(`import { ChatGoogleGenerativeAI } from "@langchain/google-genai";`, `const m = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxOutputTokens: 1024 });`)),
        oneReport((0, tester_1.code)(`import { AzureChatOpenAI } from "@langchain/openai";`, `const m = new AzureChatOpenAI({`, `  azureOpenAIApiDeploymentName: "d",`, `});`), "new AzureChatOpenAI", { call: "new AzureChatOpenAI()", key: "maxTokens" }, (0, tester_1.code)(`import { AzureChatOpenAI } from "@langchain/openai";`, `const m = new AzureChatOpenAI({`, `  azureOpenAIApiDeploymentName: "d",`, `  maxTokens: 1024,`, `});`)),
        oneReport((0, tester_1.code)(`import { initChatModel } from "langchain/chat_models/universal";`, `const m = await initChatModel("gpt-4o", { modelProvider: "openai", temperature: 0 });`), ["initChatModel", 1], { call: "initChatModel()", key: "maxTokens" }, (0, tester_1.code)(`import { initChatModel } from "langchain/chat_models/universal";`, `const m = await initChatModel("gpt-4o", { modelProvider: "openai", temperature: 0, maxTokens: 1024 });`)),
        // --- values within the file ---
        oneReport((0, tester_1.code)(OPENAI, `const base = { model: "gpt-4o", temperature: 0 };`, `client.chat.completions.create({ ...base, messages: [] });`), "create", { call: "client.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `const base = { model: "gpt-4o", temperature: 0 };`, `client.chat.completions.create({ ...base, messages: [], max_completion_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [] } as any);`), "create", { call: "client.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 } as any);`)),
        oneReport((0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [] };`, `Object.assign(params, { temperature: 0 });`, `client.chat.completions.create(params);`), "create", { call: "client.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `const params = { model: "gpt-4o", messages: [], max_completion_tokens: 1024 };`, `Object.assign(params, { temperature: 0 });`, `client.chat.completions.create(params);`)),
        oneReport((0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI();`), "new ChatOpenAI", { call: "new ChatOpenAI()", key: "maxTokens" }, (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ maxTokens: 1024 });`)),
        // --- a cap set on one branch only: the suggestion sets it before the spread, which still wins when it applies ---
        conditionalReport((0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], ...(fast ? { max_tokens: 256 } : {}) });`), { call: "client.chat.completions.create()", key: "max_completion_tokens", when: "`fast`" }, (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024, ...(fast ? { max_tokens: 256 } : {}) });`)),
        conditionalReport((0, tester_1.code)(ANTHROPIC, `anthropic.messages.create({`, `  model: "claude-sonnet-4-5",`, `  messages: [],`, `  ...(opts.short && { max_tokens: 200 }),`, `});`), { call: "anthropic.messages.create()", key: "max_tokens", when: "`opts.short`" }, (0, tester_1.code)(ANTHROPIC, `anthropic.messages.create({`, `  model: "claude-sonnet-4-5",`, `  messages: [],`, `  max_tokens: 1024,`, `  ...(opts.short && { max_tokens: 200 }),`, `});`)),
        // through a const of the options, and the negated branch
        conditionalReport((0, tester_1.code)(GOOGLE, `const request = { model: "gemini-2.5-flash", contents: "x", config: { ...(long ? {} : { maxOutputTokens: 300 }) } };`, `ai.models.generateContent(request);`), { call: "ai.models.generateContent()", key: "config.maxOutputTokens", when: "`!long`" }, (0, tester_1.code)(GOOGLE, `const request = { model: "gemini-2.5-flash", contents: "x", config: { maxOutputTokens: 1024, ...(long ? {} : { maxOutputTokens: 300 }) } };`, `ai.models.generateContent(request);`)),
        {
            // two calls, two reports; each suggestion fixes its own call
            code: (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "a", messages: [] });`, `client.responses.create({ model: "b", input: "x" });`),
            errors: [
                {
                    messageId: "missingCap",
                    line: 3,
                    column: 25,
                    suggestions: [{ messageId: "addCap", output: (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "a", messages: [], max_completion_tokens: 1024 });`, `client.responses.create({ model: "b", input: "x" });`) }],
                },
                {
                    messageId: "missingCap",
                    line: 4,
                    column: 18,
                    suggestions: [{ messageId: "addCap", output: (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "a", messages: [] });`, `client.responses.create({ model: "b", input: "x", max_output_tokens: 1024 });`) }],
                },
            ],
        },
        // --- JavaScript through espree ---
        {
            ...js,
            ...oneReport((0, tester_1.code)(`const OpenAI = require("openai");`, `const client = new OpenAI();`, `client.chat.completions.create({ model: "gpt-4o", messages: [] });`), "create", { call: "client.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(`const OpenAI = require("openai");`, `const client = new OpenAI();`, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`)),
        },
        {
            ...js,
            ...oneReport((0, tester_1.code)(`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic();`, `export const reply = (messages) => anthropic.messages.create({ model: "claude-sonnet-4-5", messages });`), "create", { call: "anthropic.messages.create()", key: "max_tokens" }, (0, tester_1.code)(`import Anthropic from "@anthropic-ai/sdk";`, `const anthropic = new Anthropic();`, `export const reply = (messages) => anthropic.messages.create({ model: "claude-sonnet-4-5", messages, max_tokens: 1024 });`)),
        },
        {
            ...js,
            ...oneReport((0, tester_1.code)(`import { generateText } from "ai";`, `export const answer = (model) => generateText({ model, prompt: "p" });`), ["generateText", 1], { call: "generateText()", key: "maxOutputTokens" }, (0, tester_1.code)(`import { generateText } from "ai";`, `export const answer = (model) => generateText({ model, prompt: "p", maxOutputTokens: 1024 });`)),
        },
        // --- TSX ---
        {
            filename: "answer.tsx",
            ...oneReport((0, tester_1.code)(`import { generateText } from "ai";`, `export async function Answer() {`, `  const { text } = await generateText({ model, prompt: "p" });`, `  return <p className="a">{text}</p>;`, `}`), ["generateText", 1], { call: "generateText()", key: "maxOutputTokens" }, (0, tester_1.code)(`import { generateText } from "ai";`, `export async function Answer() {`, `  const { text } = await generateText({ model, prompt: "p", maxOutputTokens: 1024 });`, `  return <p className="a">{text}</p>;`, `}`)),
        },
        {
            filename: "chat.tsx",
            ...oneReport((0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const model = new ChatOpenAI({ model: "gpt-4o" });`, `export const Chat = ({ q }: { q: string }) => <output>{String(model.invoke(q))}</output>;`), "new ChatOpenAI", { call: "new ChatOpenAI()", key: "maxTokens" }, (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const model = new ChatOpenAI({ model: "gpt-4o", maxTokens: 1024 });`, `export const Chat = ({ q }: { q: string }) => <output>{String(model.invoke(q))}</output>;`)),
        },
    ],
});
// The default plugin quotes the cost of the missing cap (the model's maximum output at its price): same reports,
// same places, same fixes, with the `missingCapCost` message. Its numbers come from the pricing table, so only
// the message id is checked here.
const costCase = (text, needle, output, filename) => ({
    code: text,
    ...(filename ? { filename } : {}),
    errors: [{ messageId: "missingCapCost", ...(0, tester_1.at)(text, needle), suggestions: [{ messageId: "addCap", output }] }],
});
tester_1.ruleTester.run("require-max-tokens (default plugin, with the cost estimate)", (0, tester_1.eslintRule)("require-max-tokens"), {
    valid: [
        (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 500 });`),
        (0, tester_1.code)(`import twilio from "twilio";`, `twilio().messages.create({ body: "hi", to: "+1" });`),
        (0, tester_1.code)(OPENAI, `export function f(p) { return client.chat.completions.create(p); }`),
    ],
    invalid: [
        costCase((0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [] });`), "create", (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`)),
        costCase((0, tester_1.code)(ANTHROPIC, `anthropic.messages.create({ model: "claude-sonnet-4-5", messages: [] });`), "create", (0, tester_1.code)(ANTHROPIC, `anthropic.messages.create({ model: "claude-sonnet-4-5", messages: [], max_tokens: 1024 });`)),
        costCase((0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ model: "gpt-4o" });`), "new ChatOpenAI", (0, tester_1.code)(`import { ChatOpenAI } from "@langchain/openai";`, `const m = new ChatOpenAI({ model: "gpt-4o", maxTokens: 1024 });`)),
        costCase((0, tester_1.code)(GOOGLE, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x" });`), "generateContent", (0, tester_1.code)(GOOGLE, `ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config: { maxOutputTokens: 1024 } });`), "gemini.tsx"),
    ],
});
// --- SDK surfaces, part 2: OpenAI-shaped SDKs, openai legacy / v3 / Assistants ---
const GROQ = `import Groq from "groq-sdk";\nconst groq = new Groq();`;
const TOGETHER = `import Together from "together-ai";\nconst together = new Together();`;
const CEREBRAS = `import Cerebras from "@cerebras/cerebras_cloud_sdk";\nconst cerebras = new Cerebras();`;
const PORTKEY = `import Portkey from "portkey-ai";\nconst portkey = new Portkey({ apiKey: "k", virtualKey: "v" });`;
const OPENAI_V3 = `import { Configuration, OpenAIApi } from "openai";\nconst api = new OpenAIApi(new Configuration({ apiKey: "k" }));`;
tester_1.ruleTester.run("require-max-tokens (OpenAI-shaped SDKs, openai legacy, v3 and Assistants)", bareRule, {
    valid: [
        (0, tester_1.code)(GROQ, `groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [], max_completion_tokens: 300 });`),
        (0, tester_1.code)(GROQ, `groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [], max_tokens: 300 });`),
        (0, tester_1.code)(TOGETHER, `together.chat.completions.create({ model: "m", messages: [], max_tokens: 300 });`),
        (0, tester_1.code)(CEREBRAS, `cerebras.chat.completions.create({ model: "llama3.1-8b", messages: [], max_completion_tokens: 300 });`),
        (0, tester_1.code)(PORTKEY, `portkey.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 300 });`),
        // legacy completions: the API caps the output at 16 tokens by default
        (0, tester_1.code)(OPENAI, `client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi" });`),
        (0, tester_1.code)(OPENAI_V3, `api.createCompletion({ model: "text-davinci-003", prompt: "Say hi" });`),
        (0, tester_1.code)(OPENAI_V3, `api.createChatCompletion({ model: "gpt-3.5-turbo", messages: [], max_tokens: 200 });`),
        // Assistants: the cap is on the run; an assistant and a tool-output submission take none
        (0, tester_1.code)(OPENAI, `client.beta.threads.runs.create(threadId, { assistant_id: "asst_1", max_completion_tokens: 800 });`),
        (0, tester_1.code)(OPENAI, `client.beta.threads.createAndRunPoll({ assistant_id: "asst_1", max_completion_tokens: 800 });`),
        (0, tester_1.code)(OPENAI, `client.beta.assistants.create({ model: "gpt-4o", instructions: "i", tools: [] });`),
        (0, tester_1.code)(OPENAI, `client.beta.threads.runs.submitToolOutputs(runId, { thread_id: threadId, tool_outputs: [] });`),
        (0, tester_1.code)(OPENAI, `client.beta.threads.runs.submitToolOutputs(threadId, runId, { tool_outputs: [] });`),
        // look-alikes: Sanity's groq tag, an app's own object with the same path
        (0, tester_1.code)(`import groq from "groq";`, `const query = groq\`*[_type == "post"]\`;`),
        (0, tester_1.code)(`const groq = { chat: { completions: { create: async (o: object) => o } } };`, `groq.chat.completions.create({ model: "m", messages: [] });`),
        (0, tester_1.code)(`import { createCompletion } from "./llm";`, `createCompletion({ model: "m", prompt: "p" });`),
    ],
    invalid: [
        oneReport((0, tester_1.code)(GROQ, `await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [] });`), ["create", 0], { call: "groq.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(GROQ, `await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [], max_completion_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(TOGETHER, `together.chat.completions.stream({ model: "m", messages: [] });`), "stream", { call: "together.chat.completions.stream()", key: "max_tokens" }, (0, tester_1.code)(TOGETHER, `together.chat.completions.stream({ model: "m", messages: [], max_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(CEREBRAS, `cerebras.chat.completions.create({ model: "llama3.1-8b", messages: [] });`), "create", { call: "cerebras.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(CEREBRAS, `cerebras.chat.completions.create({ model: "llama3.1-8b", messages: [], max_completion_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(PORTKEY, `portkey.chat.completions.create({ model: "gpt-4o", messages: [] });`), "create", { call: "portkey.chat.completions.create()", key: "max_completion_tokens" }, (0, tester_1.code)(PORTKEY, `portkey.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(OPENAI_V3, `api.createChatCompletion({ model: "gpt-3.5-turbo", messages: [] });`), "createChatCompletion", { call: "api.createChatCompletion()", key: "max_tokens" }, (0, tester_1.code)(OPENAI_V3, `api.createChatCompletion({ model: "gpt-3.5-turbo", messages: [], max_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(OPENAI, `client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: "asst_1" });`), "createAndPoll", { call: "client.beta.threads.runs.createAndPoll()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: "asst_1", max_completion_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(OPENAI, `client.beta.threads.createAndRun({ assistant_id: "asst_1", thread: { messages: [] } });`), "createAndRun", { call: "client.beta.threads.createAndRun()", key: "max_completion_tokens" }, (0, tester_1.code)(OPENAI, `client.beta.threads.createAndRun({ assistant_id: "asst_1", thread: { messages: [] }, max_completion_tokens: 1024 });`)),
    ],
});
// --- Google: settings on the model a factory method makes (@google/generative-ai, @google-cloud/vertexai, genai chats) ---
const GEN_AI = `import { GoogleGenerativeAI } from "@google/generative-ai";\nconst genAI = new GoogleGenerativeAI(process.env.KEY);`;
const VERTEX = `import { VertexAI } from "@google-cloud/vertexai";\nconst vertex = new VertexAI({ project: "p", location: "us-central1" });`;
tester_1.ruleTester.run("require-max-tokens (Google factory methods)", bareRule, {
    valid: [
        (0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash", generationConfig: { maxOutputTokens: 200 } });`, `await model.generateContent("hi");`),
        // the calls on the model and on its chats take no cap of their own: it is the model's
        (0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash", generationConfig: { maxOutputTokens: 200 } });`, `const chat = model.startChat({ history: [] });`, `await chat.sendMessage("hi");`, `await model.generateContentStream({ contents: [] });`),
        (0, tester_1.code)(VERTEX, `const m = vertex.getGenerativeModel({ model: "gemini-2.5-flash", generationConfig: { maxOutputTokens: 100 } });`),
        (0, tester_1.code)(VERTEX, `const m = vertex.preview.getGenerativeModel({ model: "gemini-2.5-flash", generationConfig: { maxOutputTokens: 100 } });`, `await m.startChat().sendMessage("x");`),
        (0, tester_1.code)(GOOGLE, `const chat = ai.chats.create({ model: "gemini-2.5-flash", config: { maxOutputTokens: 100 } });`, `await chat.sendMessage({ message: "hi" });`),
        // every use of the model is a chat whose own generationConfig (which replaces the model's) sets the cap
        (0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash" });`, `const chat = model.startChat({ history: [], generationConfig: { maxOutputTokens: 800 } });`, `await chat.sendMessageStream("hi");`),
        // the same on the published fork of the SDK
        (0, tester_1.code)(`import { GoogleGenerativeAI } from "@fuyun/generative-ai";`, `const genAI = new GoogleGenerativeAI(key, baseUrl);`, `export async function send(text: string) {`, `  const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash" });`, `  return model.startChat({ generationConfig: { maxOutputTokens: 8000 } }).sendMessageStream(text);`, `}`),
        // options it cannot see
        (0, tester_1.code)(GEN_AI, `export const make = (params) => genAI.getGenerativeModel(params);`),
        // look-alikes: an app's own getGenerativeModel and startChat
        (0, tester_1.code)(`function getGenerativeModel(o: object) { return { generateContent: async (x: string) => x, o }; }`, `getGenerativeModel({ model: "m" }).generateContent("x");`),
        (0, tester_1.code)(`import { getGenerativeModel } from "./ai";`, `const model = getGenerativeModel({ model: "gemini-2.0-flash" });`, `await model.startChat({}).sendMessage("x");`),
    ],
    invalid: [
        oneReport((0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash" });`, `await model.generateContent("hi");`), "getGenerativeModel", { call: "genAI.getGenerativeModel()", key: "generationConfig.maxOutputTokens" }, (0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash", generationConfig: { maxOutputTokens: 1024 } });`, `await model.generateContent("hi");`)),
        // a chat that sets a generationConfig without a cap, a model also used directly: the model's missing cap is sent
        oneReport((0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash" });`, `await model.startChat({ generationConfig: { temperature: 0 } }).sendMessage("hi");`), "getGenerativeModel", { call: "genAI.getGenerativeModel()", key: "generationConfig.maxOutputTokens" }, (0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash", generationConfig: { maxOutputTokens: 1024 } });`, `await model.startChat({ generationConfig: { temperature: 0 } }).sendMessage("hi");`)),
        oneReport((0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash" });`, `await model.startChat({ generationConfig: { maxOutputTokens: 80 } }).sendMessage("hi");`, `await model.generateContent("x");`), "getGenerativeModel", { call: "genAI.getGenerativeModel()", key: "generationConfig.maxOutputTokens" }, (0, tester_1.code)(GEN_AI, `const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash", generationConfig: { maxOutputTokens: 1024 } });`, `await model.startChat({ generationConfig: { maxOutputTokens: 80 } }).sendMessage("hi");`, `await model.generateContent("x");`)),
        // exported: other modules may use the model as it is
        oneReport((0, tester_1.code)(GEN_AI, `export const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash" });`, `await model.startChat({ generationConfig: { maxOutputTokens: 80 } }).sendMessage("hi");`), "getGenerativeModel", { call: "genAI.getGenerativeModel()", key: "generationConfig.maxOutputTokens" }, (0, tester_1.code)(GEN_AI, `export const model = genAI.getGenerativeModel({ model: "gemini-2.0-flash", generationConfig: { maxOutputTokens: 1024 } });`, `await model.startChat({ generationConfig: { maxOutputTokens: 80 } }).sendMessage("hi");`)),
        oneReport((0, tester_1.code)(`import { GoogleGenerativeAI } from "@fuyun/generative-ai";`, `const model = new GoogleGenerativeAI("k").getGenerativeModel({ model: "gemini-2.5-flash" });`, `await model.generateContent("x");`), "getGenerativeModel", { call: "new GoogleGenerativeAI(\"k\").getGenerativeModel()", key: "generationConfig.maxOutputTokens" }, (0, tester_1.code)(`import { GoogleGenerativeAI } from "@fuyun/generative-ai";`, `const model = new GoogleGenerativeAI("k").getGenerativeModel({ model: "gemini-2.5-flash", generationConfig: { maxOutputTokens: 1024 } });`, `await model.generateContent("x");`)),
        oneReport((0, tester_1.code)(VERTEX, `const model = vertex.preview.getGenerativeModel({ model: "gemini-2.5-pro", generationConfig: { temperature: 0 } });`), "getGenerativeModel", { call: "vertex.preview.getGenerativeModel()", key: "generationConfig.maxOutputTokens" }, (0, tester_1.code)(VERTEX, `const model = vertex.preview.getGenerativeModel({ model: "gemini-2.5-pro", generationConfig: { temperature: 0, maxOutputTokens: 1024 } });`)),
        oneReport((0, tester_1.code)(GOOGLE, `const chat = ai.chats.create({ model: "gemini-2.5-flash", history: [] });`), "create", { call: "ai.chats.create()", key: "config.maxOutputTokens" }, (0, tester_1.code)(GOOGLE, `const chat = ai.chats.create({ model: "gemini-2.5-flash", history: [], config: { maxOutputTokens: 1024 } });`)),
    ],
});
// --- AWS Bedrock: the request is the command given to client.send() ---
const BEDROCK = `import { BedrockRuntimeClient, ConverseCommand, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";\nconst bedrock = new BedrockRuntimeClient({ region: "us-east-1" });`;
tester_1.ruleTester.run("require-max-tokens (Bedrock commands)", bareRule, {
    valid: [
        (0, tester_1.code)(BEDROCK, `await bedrock.send(new ConverseCommand({ modelId: "m", messages: [], inferenceConfig: { maxTokens: 512 } }));`),
        (0, tester_1.code)(BEDROCK, `const command = new ConverseCommand({ modelId: "m", messages: [], inferenceConfig: { maxTokens: 512 } });`, `await bedrock.send(command);`),
        // InvokeModel: the body is the model's own JSON, its cap key depends on the model: not required
        (0, tester_1.code)(BEDROCK, `await bedrock.send(new InvokeModelCommand({ modelId: "meta.llama3-8b-instruct-v1:0", body: JSON.stringify({ prompt: "hi" }) }));`),
        // other commands and other AWS clients
        (0, tester_1.code)(`import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";`, `await new S3Client({}).send(new PutObjectCommand({ Bucket: "b", Key: "k" }));`),
        (0, tester_1.code)(`import { BedrockRuntimeClient, ListAsyncInvokesCommand } from "@aws-sdk/client-bedrock-runtime";`, `await new BedrockRuntimeClient({}).send(new ListAsyncInvokesCommand({}));`),
        // an app's own send()
        (0, tester_1.code)(`import { ConverseCommand } from "@aws-sdk/client-bedrock-runtime";`, `const queue = { send: (c: unknown) => c };`, `queue.send(new ConverseCommand({ modelId: "m", messages: [] }));`),
    ],
    invalid: [
        oneReport((0, tester_1.code)(BEDROCK, `await bedrock.send(new ConverseCommand({ modelId: "anthropic.claude-3-5-haiku-20241022-v1:0", messages: [] }));`), "send", { call: "bedrock.send()", key: "inferenceConfig.maxTokens" }, (0, tester_1.code)(BEDROCK, `await bedrock.send(new ConverseCommand({ modelId: "anthropic.claude-3-5-haiku-20241022-v1:0", messages: [], inferenceConfig: { maxTokens: 1024 } }));`)),
        oneReport((0, tester_1.code)(`import { BedrockRuntime } from "@aws-sdk/client-bedrock-runtime";`, `const br = new BedrockRuntime({});`, `await br.converseStream({ modelId: "m", messages: [], inferenceConfig: { temperature: 0 } });`), "converseStream", { call: "br.converseStream()", key: "inferenceConfig.maxTokens" }, (0, tester_1.code)(`import { BedrockRuntime } from "@aws-sdk/client-bedrock-runtime";`, `const br = new BedrockRuntime({});`, `await br.converseStream({ modelId: "m", messages: [], inferenceConfig: { temperature: 0, maxTokens: 1024 } });`)),
    ],
});
// --- Mistral, Ollama, Cohere, Mastra, Genkit ---
const MISTRAL = `import { Mistral } from "@mistralai/mistralai";\nconst mistral = new Mistral({ apiKey: "k" });`;
const OLLAMA = `import ollama from "ollama";`;
const COHERE = `import { CohereClientV2 } from "cohere-ai";\nconst cohere = new CohereClientV2({ token: "t" });`;
const MASTRA = `import { Agent } from "@mastra/core/agent";\nconst agent = new Agent({ name: "a", instructions: "i", model });`;
const GENKIT = `import { genkit } from "genkit";\nconst ai = genkit({ plugins: [] });`;
tester_1.ruleTester.run("require-max-tokens (Mistral, Ollama, Cohere, Mastra, Genkit, vscode.lm)", bareRule, {
    valid: [
        (0, tester_1.code)(MISTRAL, `await mistral.chat.complete({ model: "mistral-large-latest", messages: [], maxTokens: 300 });`),
        (0, tester_1.code)(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 256 } });`),
        (0, tester_1.code)(`import { Ollama } from "ollama";`, `const o = new Ollama({ host: "http://127.0.0.1:11434" });`, `await o.generate({ model: "llama3.1", prompt: "p", options: { num_predict: 64 } });`),
        (0, tester_1.code)(COHERE, `await cohere.chat({ model: "command-a-03-2025", messages: [], maxTokens: 300 });`),
        (0, tester_1.code)(MASTRA, `await agent.generate("hi", { modelSettings: { maxOutputTokens: 300 } });`),
        (0, tester_1.code)(GENKIT, `await ai.generate({ prompt: "hi", config: { maxOutputTokens: 300 } });`),
        // a prompt where genkit's options go: no options to add a cap to
        (0, tester_1.code)(GENKIT, `await ai.generate("hi");`),
        // a Mastra run without options takes its agent's defaults: a cap there, default options we cannot read, an agent
        // from the registry (built elsewhere)
        (0, tester_1.code)(`import { Agent } from "@mastra/core/agent";`, `const agent = new Agent({ name: "a", instructions: "i", model, defaultOptions: { modelSettings: { maxOutputTokens: 300 } } });`, `await agent.generate("hi");`),
        (0, tester_1.code)(`import { Agent } from "@mastra/core/agent";`, `const agent = new Agent({ name: "a", instructions: "i", model, defaultGenerateOptions: opts });`, `await agent.stream("hi");`),
        (0, tester_1.code)(`import { Mastra } from "@mastra/core";`, `const mastra = new Mastra({ agents });`, `await mastra.getAgent("support").generate("hi");`),
        // the Claude Agent SDK and vscode.lm take no output cap
        (0, tester_1.code)(`import { query } from "@anthropic-ai/claude-agent-sdk";`, `for await (const m of query({ prompt: "p", options: { maxTurns: 5 } })) console.log(m);`),
        (0, tester_1.code)(`import * as vscode from "vscode";`, `const [model] = await vscode.lm.selectChatModels({ family: "gpt-4o" });`, `await model.sendRequest([], {}, token);`),
        // look-alikes: ollama as a local variable, an app's own chat()
        (0, tester_1.code)(`const ollama = { chat: async (o: object) => o };`, `await ollama.chat({ model: "llama3.1", messages: [] });`),
        (0, tester_1.code)(`async function chat(o: object) { return o; }`, `await chat({ model: "m", messages: [] });`),
        (0, tester_1.code)(`import { chat } from "./llm";`, `await chat({ model: "m", messages: [] });`),
    ],
    invalid: [
        // a Mastra run without options, on a visible agent with no default cap: reported at the run, the options added
        oneReport((0, tester_1.code)(MASTRA, `await agent.generate("hi");`), "generate", { call: "agent.generate()", key: "modelSettings.maxOutputTokens" }, (0, tester_1.code)(MASTRA, `await agent.generate("hi", { modelSettings: { maxOutputTokens: 1024 } });`)),
        oneReport((0, tester_1.code)(MASTRA, `const response = await agent.stream([{ role: "user", content: prompt }]);`), "stream", { call: "agent.stream()", key: "modelSettings.maxOutputTokens" }, (0, tester_1.code)(MASTRA, `const response = await agent.stream([{ role: "user", content: prompt }], { modelSettings: { maxOutputTokens: 1024 } });`)),
        oneReport((0, tester_1.code)(MISTRAL, `await mistral.chat.stream({ model: "mistral-small-latest", messages: [] });`), "stream", { call: "mistral.chat.stream()", key: "maxTokens" }, (0, tester_1.code)(MISTRAL, `await mistral.chat.stream({ model: "mistral-small-latest", messages: [], maxTokens: 1024 });`)),
        oneReport((0, tester_1.code)(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [] });`), "chat", { call: "ollama.chat()", key: "options.num_predict" }, (0, tester_1.code)(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 1024 } });`)),
        oneReport((0, tester_1.code)(OLLAMA, `await ollama.generate({ model: "llama3.1", prompt: "p", options: { temperature: 0 } });`), "generate", { call: "ollama.generate()", key: "options.num_predict" }, (0, tester_1.code)(OLLAMA, `await ollama.generate({ model: "llama3.1", prompt: "p", options: { temperature: 0, num_predict: 1024 } });`)),
        oneReport((0, tester_1.code)(COHERE, `await cohere.chatStream({ model: "command-a-03-2025", messages: [] });`), "chatStream", { call: "cohere.chatStream()", key: "maxTokens" }, (0, tester_1.code)(COHERE, `await cohere.chatStream({ model: "command-a-03-2025", messages: [], maxTokens: 1024 });`)),
        oneReport((0, tester_1.code)(MASTRA, `await agent.generate("hi", { maxSteps: 3 });`), ["generate", 0], { call: "agent.generate()", key: "modelSettings.maxOutputTokens" }, (0, tester_1.code)(MASTRA, `await agent.generate("hi", { maxSteps: 3, modelSettings: { maxOutputTokens: 1024 } });`)),
        oneReport((0, tester_1.code)(GENKIT, `await ai.generate({ prompt: "hi" });`), "generate", { call: "ai.generate()", key: "config.maxOutputTokens" }, (0, tester_1.code)(GENKIT, `await ai.generate({ prompt: "hi", config: { maxOutputTokens: 1024 } });`)),
    ],
});
// --- LlamaIndex.TS, @openrouter/sdk ---
const LI = `import { OpenAI } from "@llamaindex/openai";`;
const OPENROUTER = `import { OpenRouter } from "@openrouter/sdk";\nconst client = new OpenRouter({ apiKey: "k" });`;
tester_1.ruleTester.run("require-max-tokens (LlamaIndex.TS, OpenRouter)", bareRule, {
    valid: [
        (0, tester_1.code)(LI, `const llm = new OpenAI({ model: "gpt-4o-mini", maxTokens: 256 });`, `await llm.chat({ messages: [] });`),
        (0, tester_1.code)(`import { openai } from "@llamaindex/openai";`, `const llm = openai({ model: "gpt-4o", maxTokens: 128 });`, `await llm.complete({ prompt: "hi" });`),
        // every body position of chat.send: 1.x chatRequest, 0.9-0.10 chatGenerationParams, 0.5 the body itself
        (0, tester_1.code)(OPENROUTER, `await client.chat.send({ chatRequest: { model: "openai/gpt-4o", messages: [], maxTokens: 300 } });`),
        (0, tester_1.code)(OPENROUTER, `await client.chat.send({ chatGenerationParams: { model: "openai/gpt-4o", messages: [], maxCompletionTokens: 300 } });`),
        (0, tester_1.code)(OPENROUTER, `await client.chat.send({ model: "openai/gpt-4o", messages: [], maxTokens: 300 });`),
        (0, tester_1.code)(OPENROUTER, `await client.callModel({ model: "openai/gpt-4o", input: "hi", maxOutputTokens: 200 });`),
        (0, tester_1.code)(OPENROUTER, `const chatRequest = { model: "openai/gpt-4o", messages: [], maxTokens: 300 };`, `await client.chat.send({ chatRequest, appTitle: "x" });`),
        // look-alike: an app's own chat.send
        (0, tester_1.code)(`const client = { chat: { send: async (o: object) => o } };`, `await client.chat.send({ chatRequest: { model: "m", messages: [] } });`),
    ],
    invalid: [
        oneReport((0, tester_1.code)(LI, `const llm = new OpenAI({ model: "gpt-4o-mini" });`, `await llm.chat({ messages: [] });`), "new OpenAI", { call: "new OpenAI()", key: "maxTokens" }, (0, tester_1.code)(LI, `const llm = new OpenAI({ model: "gpt-4o-mini", maxTokens: 1024 });`, `await llm.chat({ messages: [] });`)),
        oneReport((0, tester_1.code)(OPENROUTER, `await client.chat.send({ chatRequest: { model: "openai/gpt-4o", messages: [] }, appTitle: "x" });`), "send", { call: "client.chat.send()", key: "maxTokens" }, (0, tester_1.code)(OPENROUTER, `await client.chat.send({ chatRequest: { model: "openai/gpt-4o", messages: [], maxTokens: 1024 }, appTitle: "x" });`)),
        oneReport((0, tester_1.code)(OPENROUTER, `await client.chat.send({ chatGenerationParams: { model: "openai/gpt-4o", messages: [] } });`), "send", { call: "client.chat.send()", key: "maxTokens" }, (0, tester_1.code)(OPENROUTER, `await client.chat.send({ chatGenerationParams: { model: "openai/gpt-4o", messages: [], maxTokens: 1024 } });`)),
        oneReport((0, tester_1.code)(OPENROUTER, `await client.callModel({ model: "openai/gpt-4o", input: "hi" });`), "callModel", { call: "client.callModel()", key: "maxOutputTokens" }, (0, tester_1.code)(OPENROUTER, `await client.callModel({ model: "openai/gpt-4o", input: "hi", maxOutputTokens: 1024 });`)),
        oneReport((0, tester_1.code)(OPENROUTER, `await client.chat.send({ model: "openai/gpt-4o", messages: [] });`), "send", { call: "client.chat.send()", key: "maxTokens" }, (0, tester_1.code)(OPENROUTER, `await client.chat.send({ model: "openai/gpt-4o", messages: [], maxTokens: 1024 });`)),
    ],
});
// --- A cap key sent without a value: `max_tokens: undefined` / `null` is no cap; `cond ? n : null` caps one branch ---
tester_1.ruleTester.run("require-max-tokens (a cap key with no value)", bareRule, {
    valid: [
        (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: fast ? 256 : 1024 });`),
        (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: limit ?? 1024 });`),
    ],
    invalid: [
        oneReport((0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: undefined });`), "create", { call: "client.chat.completions.create()", key: "max_tokens" }, (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 1024 });`)),
        oneReport((0, tester_1.code)(ANTHROPIC, `anthropic.messages.create({ model: "claude-sonnet-4-5", messages: [], max_tokens: null });`), "create", { call: "anthropic.messages.create()", key: "max_tokens" }, (0, tester_1.code)(ANTHROPIC, `anthropic.messages.create({ model: "claude-sonnet-4-5", messages: [], max_tokens: 1024 });`)),
        ...[
            [`fast ? 4096 : null`, "fast"],
            [`fast ? undefined : 4096`, "!fast"],
            [`opts.limit > 0 ? opts.limit : undefined`, "opts.limit > 0"],
            [`isChat(model) ? void 0 : 512`, "!(isChat(model))"],
        ].map(([value, when]) => {
            const text = (0, tester_1.code)(OPENAI, `client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: ${value} });`);
            return { code: text, errors: [{ messageId: "conditionalCap", data: { call: "client.chat.completions.create()", key: "max_tokens", when: `\`${when}\`` }, ...(0, tester_1.at)(text, "create"), suggestions: [] }] };
        }),
    ],
});
// --- agents a framework's server runs with their defaults (Mastra: registered in `new Mastra({ agents })`) ---
const SERVED = `import { Agent } from "@mastra/core/agent";\nimport { Mastra } from "@mastra/core/mastra";`;
const servedAgent = (0, tester_1.code)(SERVED, `const support = new Agent({ name: "s", instructions: "i", model });`, `export const mastra = new Mastra({ agents: { support } });`);
const servedRenamed = (0, tester_1.code)(`import { Agent, Mastra } from "@mastra/core";`, `const support = new Agent({ name: "s", instructions: "i", model, defaultOptions: { maxSteps: 3 } });`, `const agents = { helpdesk: support };`, `new Mastra({ agents });`);
// --- Mastra 0.x agent networks: a routing agent with no default options, capped by each run ---
const NETWORK = `import { AgentNetwork } from "@mastra/core/network";\nconst network = new AgentNetwork({ name: "n", agents: [a, b], model, instructions: "Route." });`;
const networkRun = (0, tester_1.code)(NETWORK, `await network.generate("hi");`);
tester_1.ruleTester.run("require-max-tokens (Mastra 0.x AgentNetwork)", bareRule, {
    valid: [(0, tester_1.code)(NETWORK, `await network.generate("hi", { maxTokens: 400 });`), (0, tester_1.code)(NETWORK, `await network.stream(messages, opts);`)],
    invalid: [oneReport(networkRun, "generate", { call: "network.generate()", key: "maxTokens" }, networkRun.replace(`generate("hi")`, `generate("hi", { maxTokens: 1024 })`))],
});
tester_1.ruleTester.run("require-max-tokens (agents served by a framework)", bareRule, {
    valid: [
        // a default cap, default options we cannot read, an agent not registered, a registry we cannot read
        (0, tester_1.code)(SERVED, `const support = new Agent({ name: "s", instructions: "i", model, defaultOptions: { modelSettings: { maxOutputTokens: 300 } } });`, `new Mastra({ agents: { support } });`),
        (0, tester_1.code)(SERVED, `const support = new Agent({ name: "s", instructions: "i", model, defaultOptions: () => ({ modelSettings }) });`, `new Mastra({ agents: { support } });`),
        (0, tester_1.code)(SERVED, `const support = new Agent({ name: "s", instructions: "i", model, defaultGenerateOptions: opts });`, `new Mastra({ agents: { support } });`),
        (0, tester_1.code)(SERVED, `const support = new Agent({ name: "s", instructions: "i", model, ...shared });`, `new Mastra({ agents: { support } });`),
        (0, tester_1.code)(SERVED, `const support = new Agent({ name: "s", instructions: "i", model });`, `const other = new Agent({ name: "o", instructions: "i", model, defaultOptions: { modelSettings: { maxTokens: 200 } } });`, `new Mastra({ agents: { other } });`),
        (0, tester_1.code)(SERVED, `const support = new Agent({ name: "s", instructions: "i", model });`, `new Mastra({ agents: { ...registry } });`),
        // a look-alike registry (not the framework's)
        (0, tester_1.code)(`import { Agent } from "@mastra/core/agent";`, `import { Mastra } from "./my-mastra";`, `const support = new Agent({ name: "s", instructions: "i", model });`, `new Mastra({ agents: { support } });`),
    ],
    invalid: [
        {
            code: servedAgent,
            errors: [
                {
                    messageId: "servedNoCap",
                    data: { call: "new Agent()", registry: "new Mastra() (file.ts:4)", key: "defaultOptions.modelSettings.maxOutputTokens" },
                    ...(0, tester_1.at)(servedAgent, "new Agent"),
                    suggestions: [
                        {
                            messageId: "addCap",
                            data: { key: "defaultOptions.modelSettings.maxOutputTokens", value: "1024" },
                            output: servedAgent.replace(`model });`, `model, defaultOptions: { modelSettings: { maxOutputTokens: 1024 } } });`),
                        },
                    ],
                },
            ],
        },
        {
            code: servedRenamed,
            errors: [
                {
                    messageId: "servedNoCap",
                    data: { call: "new Agent()", registry: "new Mastra() (file.ts:4)", key: "defaultOptions.modelSettings.maxOutputTokens" },
                    ...(0, tester_1.at)(servedRenamed, "new Agent"),
                    suggestions: [
                        {
                            messageId: "addCap",
                            data: { key: "defaultOptions.modelSettings.maxOutputTokens", value: "1024" },
                            output: servedRenamed.replace(`{ maxSteps: 3 }`, `{ maxSteps: 3, modelSettings: { maxOutputTokens: 1024 } }`),
                        },
                    ],
                },
            ],
        },
    ],
});
// --- Mastra workflow steps made from an agent: `createStep(agent)` runs the agent with its defaults ---
const STEP = `import { Agent } from "@mastra/core/agent";\nimport { createStep } from "@mastra/core/workflows";\nconst writer = new Agent({ name: "w", instructions: "i", model });`;
tester_1.ruleTester.run("require-max-tokens (Mastra workflow steps)", bareRule, {
    valid: [
        (0, tester_1.code)(STEP, `export const s = createStep(writer, { modelSettings: { maxOutputTokens: 200 } });`),
        (0, tester_1.code)(`import { Agent } from "@mastra/core/agent";`, `import { createStep } from "@mastra/core/workflows";`, `const writer = new Agent({ name: "w", instructions: "i", model, defaultOptions: { modelSettings: { maxOutputTokens: 300 } } });`, `export const s = createStep(writer);`),
        // a step from a params object or a tool is not an agent run; an agent built elsewhere: not visible
        (0, tester_1.code)(STEP, `export const s = createStep({ id: "x", inputSchema, outputSchema, execute: async () => ({}) });`),
        (0, tester_1.code)(`import { createStep } from "@mastra/core/workflows";`, `import { writer } from "./agents";`, `export const s = createStep(writer);`),
    ],
    invalid: [
        oneReport((0, tester_1.code)(STEP, `export const s = createStep(writer);`), ["createStep", 1], { call: "createStep()", key: "modelSettings.maxOutputTokens" }, (0, tester_1.code)(STEP, `export const s = createStep(writer, { modelSettings: { maxOutputTokens: 1024 } });`)),
        oneReport((0, tester_1.code)(STEP, `export const s = createStep(writer, { maxSteps: 2 });`), ["createStep", 1], { call: "createStep()", key: "modelSettings.maxOutputTokens" }, (0, tester_1.code)(STEP, `export const s = createStep(writer, { maxSteps: 2, modelSettings: { maxOutputTokens: 1024 } });`)),
    ],
});
// --- an agent given its model by name: the framework builds it with no options (langchain createAgent) ---
const namedAgent = (model) => (0, tester_1.code)(`import { createAgent } from "langchain";`, `export const agent = createAgent({ model: ${model}, tools: [] });`);
tester_1.ruleTester.run("require-max-tokens (an agent's model given by name)", bareRule, {
    valid: [
        // ChatAnthropic has a default cap; a model instance is checked where it is built; a name we cannot read.
        namedAgent(`"anthropic:claude-sonnet-4-5"`),
        (0, tester_1.code)(`import { createAgent } from "langchain";`, `import { ChatOpenAI } from "@langchain/openai";`, `export const agent = createAgent({ model: new ChatOpenAI({ model: "gpt-4o", maxTokens: 500 }), tools: [] });`),
        namedAgent(`process.env.MODEL!`),
    ],
    invalid: [
        ...[`"openai:gpt-4o"`, `"gpt-4o-mini"`, `"google-genai:gemini-2.5-flash"`].map((model) => ({
            code: namedAgent(model),
            errors: [
                {
                    messageId: "missingCap",
                    data: { call: "createAgent()", key: "maxTokens on a model instance (model: new ChatOpenAI({ model, maxTokens }))" },
                    ...(0, tester_1.at)(namedAgent(model), "createAgent", 1),
                    suggestions: [],
                },
            ],
        })),
    ],
});
//# sourceMappingURL=require-max-tokens.test.js.map