import * as assert from "node:assert/strict";
import { analyzeFile, mayHaveSites } from "../../src/core/detectors/analysis";
import { parseSource } from "../../src/core/engine";
import { createPlugin } from "../../src/eslint/plugin";
import { at, code, ruleTester } from "./tester";

/**
 * Calls made through the app's own helpers and classes: a wrapper whose base URL is configuration and whose path is a
 * provider's (the path is the evidence; the keys the wrapper sets on the body count for its shape), the request inside
 * a callback given to the app's own retry helper, overloaded wrappers, methods of classes around fetch, fields typed
 * by a client class imported for its type only. (Across modules: test/project/fixture-projects.test.ts, class-calls.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const maxTokens: any = createPlugin({}).rules["require-max-tokens"];

const CONFIG = code(
  `function getConfig() {`,
  `  if (process.env.OPENAI_API_KEY) return { url: "https://api.openai.com", chatModel: "gpt-4o-mini" };`,
  `  return { url: process.env.OLLAMA_HOST ?? "http://127.0.0.1:11434", chatModel: "llama3" };`,
  `}`,
  `async function retryWithBackoff<T>(fn: () => Promise<T>): Promise<T> {`,
  `  for (let i = 0; ; i++) {`,
  `    try { return await fn(); } catch (e) { if (i >= 3) throw e; await new Promise((r) => setTimeout(r, 1000 * 2 ** i)); }`,
  `  }`,
  `}`,
);

/** ai-town's shape: the model is set by the wrapper, the request made in a callback of the app's retry helper. */
const WRAPPER = code(
  CONFIG,
  `export async function chatCompletion(body: { model?: string; messages: unknown[]; max_tokens?: number }) {`,
  `  const config = getConfig();`,
  `  body.model = body.model ?? config.chatModel;`,
  `  return retryWithBackoff(async () => {`,
  `    const response = await fetch(config.url + "/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });`,
  `    return response.json();`,
  `  });`,
  `}`,
);

function missing(text: string, callee: string, key: string, fixed: string) {
  return {
    code: text,
    errors: [{ messageId: "missingCap", data: { call: `${callee}()`, key }, ...at(text, `${callee}({ messages`), endColumn: at(text, `${callee}({ messages`).column + callee.length, suggestions: [{ messageId: "addCap", data: { key, value: "1024" }, output: fixed }] }],
  };
}

ruleTester.run("require-max-tokens (calls through the app's helpers and classes)", maxTokens, {
  valid: [
    // capped at the call
    code(WRAPPER, `export const ask = (q: string) => chatCompletion({ messages: [{ role: "user", content: q }], max_tokens: 300 });`),
    // the wrapper sets the cap itself: not visible at the call, never absent
    code(
      CONFIG,
      `export async function chat(body: { model?: string; messages: unknown[]; max_tokens?: number }) {`,
      `  body.max_tokens = body.max_tokens ?? 512;`,
      `  return fetch(getConfig().url + "/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });`,
      `}`,
      `export const ask = (q: string) => chat({ model: "gpt-4o", messages: [{ role: "user", content: q }] });`,
    ),
    // another endpoint through the same kind of wrapper
    code(CONFIG, `export async function embed(body: { input: string[] }) {`, `  return fetch(getConfig().url + "/v1/embeddings", { method: "POST", body: JSON.stringify(body) });`, `}`, `export const e = () => embed({ input: ["a"] });`),
    // a path the app's own API may have, with a body no other key marks as Ollama's: not a call
    code(CONFIG, `export async function post(body: unknown) {`, `  return fetch(getConfig().url + "/api/chat", { method: "POST", body: JSON.stringify(body) });`, `}`, `export const p = (messages: unknown[]) => post({ model: "gpt-4o", messages });`),
    // a class around the app's own route: no provider path
    code(
      `class Api {`,
      `  constructor(private base: string) {}`,
      `  async send(payload: unknown) { return fetch(\`\${this.base}/chat\`, { method: "POST", body: JSON.stringify(payload) }); }`,
      `}`,
      `export const s = (base: string, messages: unknown[]) => new Api(base).send({ model: "gpt-4o", messages });`,
    ),
    // a method of a class around Ollama's API, capped at the call
    code(
      `class Ollama {`,
      `  constructor(private server: { baseUrl: string }) {}`,
      `  async chat(payload: unknown) { return fetch(\`\${this.server.baseUrl}/api/chat\`, { method: "POST", body: JSON.stringify(payload) }); }`,
      `}`,
      `export const c = (server: { baseUrl: string }, messages: unknown[]) => new Ollama(server).chat({ model: "llama3", messages, options: { num_predict: 256 } });`,
    ),
  ],
  invalid: [
    missing(
      code(WRAPPER, `export const reflect = (q: string) => chatCompletion({ messages: [{ role: "user", content: q }] });`),
      "chatCompletion",
      "max_tokens",
      code(WRAPPER, `export const reflect = (q: string) => chatCompletion({ messages: [{ role: "user", content: q }], max_tokens: 1024 });`),
    ),
    // overloads, then the implementation: the implementation is the wrapper
    missing(
      code(
        CONFIG,
        `export async function complete(body: { messages: unknown[]; stream?: false }): Promise<string>;`,
        `export async function complete(body: { messages: unknown[]; stream: true }): Promise<ReadableStream>;`,
        `export async function complete(body: { model?: string; messages: unknown[]; stream?: boolean }) {`,
        `  body.model = getConfig().chatModel;`,
        `  return fetch(\`\${getConfig().url}/v1/chat/completions\`, { method: "POST", body: JSON.stringify(body) });`,
        `}`,
        `export const ask = (q: string) => complete({ messages: [{ role: "user", content: q }] });`,
      ),
      "complete",
      "max_tokens",
      code(
        CONFIG,
        `export async function complete(body: { messages: unknown[]; stream?: false }): Promise<string>;`,
        `export async function complete(body: { messages: unknown[]; stream: true }): Promise<ReadableStream>;`,
        `export async function complete(body: { model?: string; messages: unknown[]; stream?: boolean }) {`,
        `  body.model = getConfig().chatModel;`,
        `  return fetch(\`\${getConfig().url}/v1/chat/completions\`, { method: "POST", body: JSON.stringify(body) });`,
        `}`,
        `export const ask = (q: string) => complete({ messages: [{ role: "user", content: q }], max_tokens: 1024 });`,
      ),
    ),
    // a method of a class around Ollama's API: the call's body is the request
    (() => {
      const cls = code(
        `class Ollama {`,
        `  constructor(private server: { baseUrl: string }) {}`,
        `  async chat(payload: unknown) { return fetch(\`\${this.server.baseUrl}/api/chat\`, { method: "POST", body: JSON.stringify(payload) }); }`,
        `}`,
      );
      const text = code(cls, `export const c = (server: { baseUrl: string }, messages: unknown[]) => new Ollama(server).chat({ model: "llama3", messages, options: { temperature: 0 } });`);
      const where = at(text, "chat({ model", 0, 4);
      return {
        code: text,
        errors: [
          {
            messageId: "missingCap",
            data: { call: "new Ollama(server).chat()", key: "options.num_predict" },
            ...where,
            suggestions: [
              {
                messageId: "addCap",
                data: { key: "options.num_predict", value: "1024" },
                output: code(cls, `export const c = (server: { baseUrl: string }, messages: unknown[]) => new Ollama(server).chat({ model: "llama3", messages, options: { temperature: 0, num_predict: 1024 } });`),
              },
            ],
          },
        ],
      };
    })(),
  ],
});

const JOIN = code(`function urlJoin(part: string, base: string) {`, `  return new URL(\`\${base.replace(/\\/+$/, "")}/\${part.replace(/^\\/+/, "")}\`).toString();`, `}`);

ruleTester.run("require-max-tokens (an Electron app's IPC bridge, a URL-joining helper)", maxTokens, {
  valid: [
    code(JOIN, `export const s = (base: string, messages: unknown[]) => window.electron.request({ url: urlJoin("/chat/completions", base), method: "POST", body: JSON.stringify({ model: "gpt-4o", messages, max_tokens: 512 }) });`),
    // another endpoint, a path of the app's own API, a URL it cannot read
    code(JOIN, `export const s = (base: string) => window.electron.request({ url: urlJoin("/v1/embeddings", base), method: "POST", body: JSON.stringify({ model: "m", input: "x" }) });`),
    code(JOIN, `export const s = (base: string, messages: unknown[]) => window.electron.request({ url: urlJoin("/api/chat", base), method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });`),
    code(`export const s = (url: string, messages: unknown[]) => window.electron.request({ url, method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });`),
    // a bridge method that is not a request
    code(JOIN, `export const s = (base: string, messages: unknown[]) => window.electron.store({ url: urlJoin("/chat/completions", base), body: JSON.stringify({ model: "gpt-4o", messages }) });`),
  ],
  invalid: [
    (() => {
      const before = code(JOIN, `export const s = (base: string, messages: unknown[]) => window.electron.request({ url: urlJoin("/chat/completions", base), method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });`);
      const after = code(JOIN, `export const s = (base: string, messages: unknown[]) => window.electron.request({ url: urlJoin("/chat/completions", base), method: "POST", body: JSON.stringify({ model: "gpt-4o", messages, max_tokens: 1024 }) });`);
      return {
        code: before,
        errors: [{ messageId: "missingCap", data: { call: "window.electron.request()", key: "max_tokens" }, ...at(before, "request({", 0, 7), suggestions: [{ messageId: "addCap", data: { key: "max_tokens", value: "1024" }, output: after }] }],
      };
    })(),
  ],
});

describe("calls through fields typed by a client class imported for its type only", () => {
  const BASE = code(
    `import type { BaseChatModel } from "@langchain/core/language_models/chat_models";`,
    `import type { BaseMessage } from "@langchain/core/messages";`,
    `export abstract class BaseAgent {`,
    `  protected chatLLM: BaseChatModel;`,
    `  constructor(options: { chatLLM: BaseChatModel }) { this.chatLLM = options.chatLLM; }`,
    `  async invoke(messages: BaseMessage[]) {`,
    `    const structured = this.chatLLM.withStructuredOutput({ type: "object" });`,
    `    return structured.invoke(messages);`,
    `  }`,
    `}`,
  );

  it("the text gate passes a file whose SDK import is a client class's type, and only then", () => {
    assert.equal(mayHaveSites(BASE), true);
    assert.equal(mayHaveSites(code(`import type { BaseMessage } from "@langchain/core/messages";`, `export const f = (m: BaseMessage) => m.content;`)), false);
    assert.equal(mayHaveSites(code(`import { type UIMessage } from "ai";`, `export const f = (m: UIMessage) => m.id;`)), false);
    assert.equal(mayHaveSites(code(`import { type BaseChatModel, type BaseMessage } from "@langchain/core/language_models/chat_models";`, `let m: BaseChatModel;`)), true);
  });

  it("a call on the field is the chat model's call", () => {
    const analysis = analyzeFile(parseSource("base.ts", BASE));
    assert.deepEqual(
      analysis.sites.map((s) => `${s.profile.id} ${s.node.getText()}`),
      ["langchain.chatModel.invoke structured.invoke(messages)"],
    );
  });

  it("a field typed by another class of the SDK (a prompt template) makes no call", () => {
    const analysis = analyzeFile(parseSource("prompt.ts", code(`import type { ChatPromptTemplate } from "@langchain/core/prompts";`, `export class P { constructor(private prompt: ChatPromptTemplate) {} render(v: object) { return this.prompt.invoke(v); } }`)));
    assert.deepEqual(analysis.sites.map((s) => s.profile.id), []);
  });
});
