import { createPlugin } from "../../src/eslint/plugin";
import { code, ruleTester } from "./tester";

/**
 * require-max-tokens on raw HTTP calls to providers' endpoints (fetch, axios, ky): the JSON body is the request, and
 * the suggestion adds the cap inside it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bareRule: any = createPlugin({}).rules["require-max-tokens"];

const HEADERS = `method: "POST", headers: { "Content-Type": "application/json" }`;

/** One report on `callee` (the line and columns of its first occurrence on `line`), with one suggestion giving `output`. */
function oneReport(text: string, line: number, callee: string, data: { call: string; key: string }, output: string) {
  const column = text.split("\n")[line - 1]!.indexOf(callee) + 1;
  return {
    code: text,
    errors: [
      {
        messageId: "missingCap",
        data,
        line,
        column,
        endLine: line,
        endColumn: column + callee.length,
        suggestions: [{ messageId: "addCap", data: { key: data.key, value: "1024" }, output }],
      },
    ],
  };
}

ruleTester.run("require-max-tokens (raw HTTP)", bareRule, {
  valid: [
    // capped
    code(`await fetch("https://api.openai.com/v1/chat/completions", { ${HEADERS}, body: JSON.stringify({ model: "gpt-4o", messages: [], max_tokens: 150 }) });`),
    code(`const body = { model: "claude-sonnet-4-5", max_tokens: 1024, messages: [] };`, `await fetch("https://api.anthropic.com/v1/messages", { ${HEADERS}, body: JSON.stringify(body) });`),
    code(`import axios from "axios";`, `await axios.post("http://localhost:11434/api/chat", { model: "llama3.1", messages: [], options: { num_predict: 256 } });`),
    code(`await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", { ${HEADERS}, body: JSON.stringify({ contents: [], generationConfig: { maxOutputTokens: 256 } }) });`),
    // a body it cannot read
    code(`export async function f(req) { await fetch("https://api.openai.com/v1/chat/completions", { ${HEADERS}, body: JSON.stringify(req.body) }); }`),
    // not LLM calls: another endpoint, a relative URL, an unreadable URL, a route the app serves
    code(`await fetch("https://api.openai.com/v1/embeddings", { ${HEADERS}, body: JSON.stringify({ model: "text-embedding-3-small", input: "x" }) });`),
    code(`await fetch("/api/chat", { ${HEADERS}, body: JSON.stringify({ model: "gpt-4o", messages: [] }) });`),
    code(`export async function f(url) { await fetch(url, { ${HEADERS}, body: JSON.stringify({ model: "gpt-4o", messages: [] }) }); }`),
    code(`import express from "express";`, `const app = express();`, `app.post("/v1/chat/completions", (req, res) => res.json({ model: "gpt-4o", messages: [] }));`),
    code(`await fetch("https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.nova-lite-v1:0/converse", { ${HEADERS}, body: JSON.stringify({ messages: [], inferenceConfig: { maxTokens: 300 } }) });`),
    // Cohere v1 and v2 with their cap; a URL the code does not show with a chat body and its cap (listed, capped)
    code(`await fetch("https://api.cohere.com/v2/chat", { ${HEADERS}, body: JSON.stringify({ model: "command-a-03-2025", messages: [], max_tokens: 300 }) });`),
    code(`await fetch("https://api.cohere.ai/v1/chat", { ${HEADERS}, body: JSON.stringify({ message: "hi", chat_history: [], max_tokens: 300 }) });`),
    code(`export async function f(settings, messages) { await fetch(settings.apiUrl, { ${HEADERS}, body: JSON.stringify({ model: settings.model, messages, max_tokens: 300 }) }); }`),
    code(`import { fetchEventSource } from "@microsoft/fetch-event-source";`, `await fetchEventSource("/api/chat", { ${HEADERS}, body: JSON.stringify({ model: "gpt-4o", messages }), onmessage() {} });`),
    // extra parameters whose default sets the cap; a spread of a setting whose class is not the project's stays unknown
    code(`class Cfg { BASE = "https://api.openai.com/v1"; EXTRA = { max_tokens: 300 }; }`, `export async function f(c: Cfg, messages) { await fetch(\`\${c.BASE}/chat/completions\`, { ${HEADERS}, body: JSON.stringify({ ...(c.EXTRA || {}), model: "gpt-4o", messages }) }); }`),
    code(`import type { Cfg } from "some-lib";`, `export async function f(c: Cfg, messages) { await fetch("https://api.openai.com/v1/chat/completions", { ${HEADERS}, body: JSON.stringify({ ...(c.EXTRA || {}), model: "gpt-4o", messages }) }); }`),
    // a base from a config class whose default is no provider's; `/chat` alone names no endpoint
    code(`class Config { BASE = "https://hooks.example.com/v2"; }`, `export async function f(c: Config) { await fetch(\`\${c.BASE}/chat\`, { ${HEADERS}, body: JSON.stringify({ model: "x", messages: [] }) }); }`),
    code(`export async function f(c) { await fetch(\`\${c.base}/chat\`, { ${HEADERS}, body: JSON.stringify({ model: "x", messages: [] }) }); }`),
    // node's https.request: the body is written later, so the cap is unknown, not absent
    code(`import https from "https";`, `https.request({ hostname: "api.openai.com", path: "/v1/chat/completions", method: "POST" }, () => {});`),
  ],
  invalid: [
    oneReport(
      code(`await fetch("https://api.openai.com/v1/chat/completions", { ${HEADERS}, body: JSON.stringify({ model: "gpt-4o", messages: [] }) });`),
      1,
      "fetch",
      { call: "fetch()", key: "max_completion_tokens" },
      code(`await fetch("https://api.openai.com/v1/chat/completions", { ${HEADERS}, body: JSON.stringify({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 }) });`),
    ),
    oneReport(
      code(`const BASE_URL = process.env.ANTHROPIC_BASE_URL ?? "https://api.anthropic.com";`, `const body = { model: "claude-sonnet-4-5", messages: [] };`, `await fetch(\`\${BASE_URL}/v1/messages\`, { ${HEADERS}, body: JSON.stringify(body) });`),
      3,
      "fetch",
      { call: "fetch()", key: "max_tokens" },
      code(`const BASE_URL = process.env.ANTHROPIC_BASE_URL ?? "https://api.anthropic.com";`, `const body = { model: "claude-sonnet-4-5", messages: [], max_tokens: 1024 };`, `await fetch(\`\${BASE_URL}/v1/messages\`, { ${HEADERS}, body: JSON.stringify(body) });`),
    ),
    oneReport(
      code(`import axios from "axios";`, `const client = axios.create({ baseURL: "https://openrouter.ai/api/v1/chat/completions" });`, `await client.post("", { model: "openai/gpt-4o", messages });`),
      3,
      "post",
      { call: "client.post()", key: "max_tokens" },
      code(`import axios from "axios";`, `const client = axios.create({ baseURL: "https://openrouter.ai/api/v1/chat/completions" });`, `await client.post("", { model: "openai/gpt-4o", messages, max_tokens: 1024 });`),
    ),
    oneReport(
      code(`import axios from "axios";`, `await axios.post("http://localhost:11434/api/chat", { model: "llama3.1", messages, options: { temperature: 0 } });`),
      2,
      "post",
      { call: "axios.post()", key: "options.num_predict" },
      code(`import axios from "axios";`, `await axios.post("http://localhost:11434/api/chat", { model: "llama3.1", messages, options: { temperature: 0, num_predict: 1024 } });`),
    ),
    oneReport(
      code(`await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", { ${HEADERS}, body: JSON.stringify({ contents: [] }) });`),
      1,
      "fetch",
      { call: "fetch()", key: "generationConfig.maxOutputTokens" },
      code(`await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", { ${HEADERS}, body: JSON.stringify({ contents: [], generationConfig: { maxOutputTokens: 1024 } }) });`),
    ),
    oneReport(
      code(`await fetch("https://api.cohere.com/v2/chat", { ${HEADERS}, body: JSON.stringify({ model: "command-a-03-2025", messages: [] }) });`),
      1,
      "fetch",
      { call: "fetch()", key: "max_tokens" },
      code(`await fetch("https://api.cohere.com/v2/chat", { ${HEADERS}, body: JSON.stringify({ model: "command-a-03-2025", messages: [], max_tokens: 1024 }) });`),
    ),
    oneReport(
      code(`await fetch("https://api.x.ai/v1/chat/completions", { ${HEADERS}, body: JSON.stringify({ model: "grok-4", messages: [] }) });`),
      1,
      "fetch",
      { call: "fetch()", key: "max_tokens" },
      code(`await fetch("https://api.x.ai/v1/chat/completions", { ${HEADERS}, body: JSON.stringify({ model: "grok-4", messages: [], max_tokens: 1024 }) });`),
    ),
    oneReport(
      code(`import { fetchEventSource } from "@microsoft/fetch-event-source";`, `await fetchEventSource("https://api.openai.com/v1/chat/completions", { ${HEADERS}, body: JSON.stringify({ model: "gpt-4o", messages, stream: true }), onmessage() {} });`),
      2,
      "fetchEventSource",
      { call: "fetchEventSource()", key: "max_completion_tokens" },
      code(`import { fetchEventSource } from "@microsoft/fetch-event-source";`, `await fetchEventSource("https://api.openai.com/v1/chat/completions", { ${HEADERS}, body: JSON.stringify({ model: "gpt-4o", messages, stream: true, max_completion_tokens: 1024 }), onmessage() {} });`),
    ),
    oneReport(
      code(`await fetch("https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-haiku-20241022-v1:0/converse", { ${HEADERS}, body: JSON.stringify({ messages: [], inferenceConfig: { temperature: 0 } }) });`),
      1,
      "fetch",
      { call: "fetch()", key: "inferenceConfig.maxTokens" },
      code(`await fetch("https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-haiku-20241022-v1:0/converse", { ${HEADERS}, body: JSON.stringify({ messages: [], inferenceConfig: { temperature: 0, maxTokens: 1024 } }) });`),
    ),
    // Extra parameters spread from a setting, read at the default its config class gives it (`{}`).
    oneReport(
      code(`class Cfg { BASE = "https://api.openai.com/v1"; EXTRA: Record<string, unknown> = {}; }`, `export async function f(c: Cfg, messages) { await fetch(\`\${c.BASE}/chat/completions\`, { ${HEADERS}, body: JSON.stringify({ ...(c.EXTRA || {}), model: "gpt-4o", messages }) }); }`),
      2,
      "fetch",
      { call: "fetch()", key: "max_completion_tokens" },
      code(`class Cfg { BASE = "https://api.openai.com/v1"; EXTRA: Record<string, unknown> = {}; }`, `export async function f(c: Cfg, messages) { await fetch(\`\${c.BASE}/chat/completions\`, { ${HEADERS}, body: JSON.stringify({ ...(c.EXTRA || {}), model: "gpt-4o", messages, max_completion_tokens: 1024 }) }); }`),
    ),
    // A base URL read at the default its config class gives it.
    oneReport(
      code(`class CohereConfig { COHERE_API_BASE = "https://api.cohere.com/v2"; }`, `type Ctx = Record<string, unknown> & CohereConfig;`, `export async function f(c: Ctx, messages) { await fetch(\`\${c.COHERE_API_BASE}/chat\`, { ${HEADERS}, body: JSON.stringify({ model: "command-a-03-2025", messages }) }); }`),
      3,
      "fetch",
      { call: "fetch()", key: "max_tokens" },
      code(`class CohereConfig { COHERE_API_BASE = "https://api.cohere.com/v2"; }`, `type Ctx = Record<string, unknown> & CohereConfig;`, `export async function f(c: Ctx, messages) { await fetch(\`\${c.COHERE_API_BASE}/chat\`, { ${HEADERS}, body: JSON.stringify({ model: "command-a-03-2025", messages, max_tokens: 1024 }) }); }`),
    ),
    // Azure's deployment path on a resource URL the code does not show: the path is Azure's alone.
    oneReport(
      code(`export async function f(config, d, messages) { await fetch(\`\${config.azureEndpoint}/openai/deployments/\${d}/chat/completions?api-version=2024-02-01\`, { ${HEADERS}, body: JSON.stringify({ messages }) }); }`),
      1,
      "fetch",
      { call: "fetch()", key: "max_tokens" },
      code(`export async function f(config, d, messages) { await fetch(\`\${config.azureEndpoint}/openai/deployments/\${d}/chat/completions?api-version=2024-02-01\`, { ${HEADERS}, body: JSON.stringify({ messages, max_tokens: 1024 }) }); }`),
    ),
    oneReport(
      code(`import ky from "ky";`, `await ky.post("http://localhost:8080/v1/chat/completions", { json: { messages } }).json();`),
      2,
      "post",
      { call: "ky.post()", key: "max_tokens" },
      code(`import ky from "ky";`, `await ky.post("http://localhost:8080/v1/chat/completions", { json: { messages, max_tokens: 1024 } }).json();`),
    ),
  ],
});

/** A base URL from configuration, and an app's own wrapper around fetch or axios: the wrapper's call is the call. */
const WRAPPER = code(
  `async function requestChat(url: string, header: Record<string, string>, body: unknown) {`,
  `  const resp = await fetch(url, { method: "POST", headers: header, body: JSON.stringify(body) });`,
  `  return resp.json();`,
  `}`,
);

ruleTester.run("require-max-tokens (raw HTTP: base URLs from configuration, app wrappers)", bareRule, {
  valid: [
    // capped, through the wrapper
    code(WRAPPER, `export const ask = (ctx, messages) => requestChat(\`\${ctx.base}/chat/completions\`, {}, { model: ctx.model, messages, max_tokens: 512 });`),
    code(WRAPPER, `export const ask = (ctx, messages) => requestChat(\`\${ctx.anthropicBase}/messages\`, {}, { model: ctx.model, messages, max_tokens: 2048 });`),
    // REST APIs whose paths end like a provider's, through the same wrapper or fetch: other bodies, no call
    code(WRAPPER, `export const post = (id: string) => requestChat(\`\${DISCORD_API}/channels/\${id}/messages\`, {}, { content: "hi", embeds: [] });`),
    code(WRAPPER, `export const post = () => requestChat(\`\${SLACK_API}/chat.postMessage\`, {}, { channel: "C1", text: "hi" });`),
    code(`export const sms = (sid: string) => fetch(\`\${TWILIO_API}/Accounts/\${sid}/Messages\`, { method: "POST", body: JSON.stringify({ To: "+1", From: "+2", Body: "hi" }) });`),
    code(`export const post = (base: string) => fetch(\`\${base}/messages\`, { method: "POST", body: JSON.stringify({ model: "m", messages: [] }) });`),
    // the app's own API behind a base URL: no Ollama-only key, not a provider's path
    code(`export const chat = (base: string, messages: unknown[]) => fetch(\`\${base}/api/chat\`, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });`),
    code(`export const chat = (base: string, messages: unknown[]) => fetch(\`\${base}/chat\`, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });`),
    // a body it cannot read: a call (the path is the evidence), whose cap is not visible
    code(`export const chat = (base: string, req: { body: unknown }) => fetch(\`\${base}/chat/completions\`, { method: "POST", body: JSON.stringify(req.body) });`),
  ],
  invalid: [
    oneReport(
      code(`export const ask = (ctx, messages) => fetch(\`\${ctx.base}/chat/completions\`, { ${HEADERS}, body: JSON.stringify({ model: ctx.model, messages }) });`),
      1,
      "fetch",
      { call: "fetch()", key: "max_tokens" },
      code(`export const ask = (ctx, messages) => fetch(\`\${ctx.base}/chat/completions\`, { ${HEADERS}, body: JSON.stringify({ model: ctx.model, messages, max_tokens: 1024 }) });`),
    ),
    oneReport(
      code(WRAPPER, `export async function ask(ctx, messages) {`, `  const body = { model: ctx.model, messages, stream: false };`, `  return requestChat(\`\${ctx.base}/chat/completions\`, {}, body);`, `}`),
      7,
      "requestChat",
      { call: "requestChat()", key: "max_tokens" },
      code(WRAPPER, `export async function ask(ctx, messages) {`, `  const body = { model: ctx.model, messages, stream: false, max_tokens: 1024 };`, `  return requestChat(\`\${ctx.base}/chat/completions\`, {}, body);`, `}`),
    ),
    oneReport(
      code(
        `import axios from "axios";`,
        `async function makeRequest(path, method, data) {`,
        `  const url = new URL(process.env.OLLAMA);`,
        `  url.pathname += path;`,
        `  return axios({ method, url, data });`,
        `}`,
        `await makeRequest("/api/generate", "post", { model: "llama3", prompt: "hi", keep_alive: "5m" });`,
      ),
      7,
      "makeRequest",
      { call: "makeRequest()", key: "options.num_predict" },
      code(
        `import axios from "axios";`,
        `async function makeRequest(path, method, data) {`,
        `  const url = new URL(process.env.OLLAMA);`,
        `  url.pathname += path;`,
        `  return axios({ method, url, data });`,
        `}`,
        `await makeRequest("/api/generate", "post", { model: "llama3", prompt: "hi", keep_alive: "5m", options: { num_predict: 1024 } });`,
      ),
    ),
  ],
});

/** node's https.request in a wrapper given the host and path, and a wrapper around it with a fixed URL (aicommits' shape). */
const HTTPS_POST = code(
  `import https from "https";`,
  `const httpsPost = (hostname: string, path: string, json: unknown) =>`,
  `  new Promise<string>((resolve, reject) => {`,
  `    const postContent = JSON.stringify(json);`,
  `    const request = https.request({ port: 443, hostname, path, method: "POST" }, (response) => resolve(String(response.statusCode)));`,
  `    request.on("error", reject);`,
  `    request.write(postContent);`,
  `    request.end();`,
  `  });`,
  `const createChatCompletion = async (apiKey: string, json: object) => httpsPost("api.openai.com", "/v1/chat/completions", json);`,
);

/** A fixed URL with the body as parameter, through fetch. */
const FIXED = code(
  `async function complete(body: object) {`,
  `  const resp = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });`,
  `  return resp.json();`,
  `}`,
);

ruleTester.run("require-max-tokens (raw HTTP: wrappers with a fixed URL, wrappers of wrappers)", bareRule, {
  valid: [
    // capped: the body the outermost wrapper is given is the request
    code(HTTPS_POST, `export const ask = (key: string, diff: string) => createChatCompletion(key, { model: "gpt-4o-mini", messages: [{ role: "user", content: diff }], max_tokens: 200 });`),
    code(FIXED, `export const ask = (messages: object[]) => complete({ model: "gpt-4o", messages, max_tokens: 300 });`),
    // a wrapper of the wrapper, capped at its call
    code(FIXED, `const viaConfig = (body: object) => complete(body);`, `export const ask = (messages: object[]) => viaConfig({ model: "gpt-4o", messages, max_tokens: 300 });`),
    // a body the caller cannot show: not judged
    code(FIXED, `export const ask = (req: { body: object }) => complete(req.body);`),
    // a fixed URL that is no provider's endpoint
    code(`async function post(body: object) { return fetch("https://hooks.slack.com/services/T0/B0/x", { method: "POST", body: JSON.stringify(body) }); }`, `export const say = () => post({ model: "gpt-4o", messages: [] });`),
    // wrappers more than 3 deep are not followed: the body at the outermost call is not read as the request
    code(
      FIXED,
      `const w1 = (b: object) => complete(b);`,
      `const w2 = (b: object) => w1(b);`,
      `const w3 = (b: object) => w2(b);`,
      `const w4 = (b: object) => w3(b);`,
      `const w5 = (b: object) => w4(b);`,
      `export const ask = (messages: object[]) => w5({ model: "gpt-4o", messages });`,
    ),
  ],
  invalid: [
    oneReport(
      code(HTTPS_POST, `export const ask = (key: string, diff: string) => createChatCompletion(key, { model: "gpt-4o-mini", messages: [{ role: "user", content: diff }] });`),
      11,
      "createChatCompletion",
      { call: "createChatCompletion()", key: "max_completion_tokens" },
      code(HTTPS_POST, `export const ask = (key: string, diff: string) => createChatCompletion(key, { model: "gpt-4o-mini", messages: [{ role: "user", content: diff }], max_completion_tokens: 1024 });`),
    ),
    oneReport(
      code(FIXED, `export const ask = (messages: object[]) => complete({ model: "gpt-4o", messages });`),
      5,
      "complete",
      { call: "complete()", key: "max_completion_tokens" },
      code(FIXED, `export const ask = (messages: object[]) => complete({ model: "gpt-4o", messages, max_completion_tokens: 1024 });`),
    ),
    // wrappers calling each other: read once each, the outermost call reported once
    oneReport(
      code(
        `async function sendOnce(body: object, n: number): Promise<unknown> {`,
        `  if (n > 3) return fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });`,
        `  return again(body, n + 1);`,
        `}`,
        `async function again(body: object, n: number) { return sendOnce(body, n); }`,
        `export const ask = () => sendOnce({ model: "gpt-4o", messages: [] }, 0);`,
      ),
      6,
      "sendOnce",
      { call: "sendOnce()", key: "max_completion_tokens" },
      code(
        `async function sendOnce(body: object, n: number): Promise<unknown> {`,
        `  if (n > 3) return fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });`,
        `  return again(body, n + 1);`,
        `}`,
        `async function again(body: object, n: number) { return sendOnce(body, n); }`,
        `export const ask = () => sendOnce({ model: "gpt-4o", messages: [], max_completion_tokens: 1024 }, 0);`,
      ),
    ),
    oneReport(
      code(FIXED, `const viaConfig = (body: object) => complete(body);`, `export const ask = (messages: object[]) => viaConfig({ model: "gpt-4o", messages });`),
      6,
      "viaConfig",
      { call: "viaConfig()", key: "max_completion_tokens" },
      code(FIXED, `const viaConfig = (body: object) => complete(body);`, `export const ask = (messages: object[]) => viaConfig({ model: "gpt-4o", messages, max_completion_tokens: 1024 });`),
    ),
  ],
});
