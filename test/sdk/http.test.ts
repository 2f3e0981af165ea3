import * as assert from "node:assert/strict";
import { analyzeFile } from "../../src/core/detectors/analysis";
import { parseSource } from "../../src/core/engine";
import { staticUrl } from "../../src/core/sdk/http";
import { buildFileIndex } from "../../src/core/syntax/file-index";

const lines = (...l: string[]): string => l.join("\n");

/** The profile ids of the call sites of a file, with the 1-based line of each. */
function sites(src: string, fileName = "app.ts"): string[] {
  const sf = parseSource(fileName, src);
  return analyzeFile(sf).sites.map((s) => `${sf.getLineAndCharacterOfPosition(s.node.getStart(sf)).line + 1}:${s.profile.id}`);
}

const BODY = `{ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", messages: [] }) }`;

describe("raw HTTP calls to providers' endpoints", () => {
  const calls: { name: string; src: string; expect: string[] }[] = [
    { name: "fetch to a literal URL", src: lines(`await fetch("https://api.openai.com/v1/chat/completions", ${BODY});`), expect: ["1:http.openai.chat"] },
    { name: "globalThis.fetch", src: lines(`await globalThis.fetch("https://api.anthropic.com/v1/messages", ${BODY});`), expect: ["1:http.anthropic.messages"] },
    {
      name: "a template on a base URL const",
      src: lines(`const BASE_URL = "https://api.openai.com/v1";`, `await fetch(\`\${BASE_URL}/chat/completions\`, ${BODY});`),
      expect: ["2:http.openai.chat"],
    },
    {
      name: "an env var with a default",
      src: lines(`const base = process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";`, `await fetch(base + "/responses", ${BODY});`),
      expect: ["2:http.openai.responses"],
    },
    {
      name: "a const URL and a const init",
      src: lines(`const URL_ = "https://openrouter.ai/api/v1/chat/completions";`, `const init = ${BODY};`, `await fetch(URL_, init);`),
      expect: ["3:http.openrouter.chat"],
    },
    {
      name: "Gemini: the model in the URL",
      src: lines(`const key = process.env.KEY;`, `await fetch(\`https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=\${key}\`, ${BODY});`),
      expect: ["2:http.gemini.generateContent"],
    },
    {
      name: "Azure deployments",
      src: lines(`await fetch(\`https://\${resource}.openai.azure.com/openai/deployments/\${deployment}/chat/completions?api-version=2024-10-21\`, ${BODY});`),
      expect: ["1:http.azure.chat"],
    },
    {
      name: "a local OpenAI-compatible server",
      src: lines(`await fetch("http://localhost:8080/v1/chat/completions", ${BODY});`),
      expect: ["1:http.compatible.chat"],
    },
    {
      name: "axios.post with the body as second argument",
      src: lines(`import axios from "axios";`, `await axios.post("https://api.groq.com/openai/v1/chat/completions", { model: "llama-3.3-70b-versatile", messages: [] });`),
      expect: ["2:http.groq.chat"],
    },
    {
      name: "an axios instance with a baseURL",
      src: lines(`import axios from "axios";`, `const client = axios.create({ baseURL: "https://api.mistral.ai/v1" });`, `await client.post("/chat/completions", { model: "mistral-small-latest", messages: [] });`),
      expect: ["3:http.mistral.chat"],
    },
    {
      name: "an axios instance in a class field, the URL in a field built in the constructor",
      src: lines(
        `import axios, { AxiosInstance } from "axios";`,
        `const DEFAULT_URL = "http://localhost:11434";`,
        `class Engine {`,
        `  client: AxiosInstance;`,
        `  private url: string;`,
        `  constructor(config) {`,
        `    const base = config.baseURL || DEFAULT_URL;`,
        `    this.url = \`\${base}/api/chat\`;`,
        `    this.client = axios.create({ headers: {} });`,
        `  }`,
        `  ask(messages) {`,
        `    return this.client.post(this.url, { model: "llama3.1", messages });`,
        `  }`,
        `}`,
      ),
      expect: ["12:http.ollama"],
    },
    {
      name: "axios config object",
      src: lines(`import axios from "axios";`, `await axios({ method: "post", url: "https://api.deepseek.com/chat/completions", data: { model: "deepseek-chat", messages: [] } });`),
      expect: ["2:http.deepseek.chat"],
    },
    { name: "ky json", src: lines(`import ky from "ky";`, `await ky.post("https://api.together.xyz/v1/chat/completions", { json: { model: "m", messages: [] } }).json();`), expect: ["2:http.together.chat"] },
    { name: "got json", src: lines(`import got from "got";`, `await got.post("https://api.fireworks.ai/inference/v1/chat/completions", { json: { model: "m", messages: [] } });`), expect: ["2:http.fireworks.chat"] },
    {
      name: "node https.request with hostname and path",
      src: lines(`import https from "https";`, `const req = https.request({ hostname: "api.openai.com", path: "/v1/chat/completions", method: "POST" }, (res) => {});`),
      expect: ["2:http.openai.chat"],
    },
    { name: "node-fetch", src: lines(`import fetch from "node-fetch";`, `await fetch("https://api.openai.com/v1/completions", ${BODY});`), expect: ["2:http.openai.completions"] },
    { name: "new URL(path, base)", src: lines(`const u = new URL("/v1/messages", "https://api.anthropic.com");`, `await fetch(u, ${BODY});`), expect: ["2:http.anthropic.messages"] },
    {
      name: "a wrapper's parameters, given the same text by every call of it in the file: the call of it is the site (its body a parameter of an exported wrapper)",
      src: lines(
        `import https from "https";`,
        `const post = (hostname: string, path: string, json: unknown) => new Promise((resolve) => {`,
        `  const req = https.request({ port: 443, hostname, path, method: "POST" }, resolve);`,
        `  req.write(JSON.stringify(json));`,
        `});`,
        `export const chat = (json: unknown) => post("api.openai.com", "/v1/chat/completions", json);`,
      ),
      expect: ["6:http.openai.chat"],
    },
    { name: "axios through require", src: lines(`const axios = require("axios");`, `axios.post("https://api.openai.com/v1/chat/completions", { model: "m", messages: [] });`), expect: ["2:http.openai.chat"] },
    {
      name: "an axios instance through require",
      src: lines(`const axios = require("axios");`, `const api = axios.create({ baseURL: "https://api.openai.com/v1" });`, `api.post("/chat/completions", { model: "m", messages: [] });`),
      expect: ["3:http.openai.chat"],
    },
    { name: "ky.create with a prefixUrl", src: lines(`import ky from "ky";`, `const api = ky.create({ prefixUrl: "https://api.openai.com/v1" });`, `await api.post("chat/completions", { json: { model: "m", messages: [] } });`), expect: ["3:http.openai.chat"] },
    { name: "got.extend with a prefixUrl", src: lines(`import got from "got";`, `const api = got.extend({ prefixUrl: "https://api.openai.com/v1" });`, `await api.post("responses", { json: { model: "m", input: "x" } });`), expect: ["3:http.openai.responses"] },
    { name: "a namespace import of node:https", src: lines(`import * as https from "node:https";`, `https.request("https://api.anthropic.com/v1/messages", { method: "POST" });`), expect: ["2:http.anthropic.messages"] },
    { name: "request imported from https", src: lines(`import { request } from "https";`, `request({ host: "api.openai.com", path: "/v1/chat/completions" });`), expect: ["2:http.openai.chat"] },
    { name: "node-fetch through require", src: lines(`const fetch = require("node-fetch");`, `fetch("https://api.openai.com/v1/chat/completions", ${BODY});`), expect: ["2:http.openai.chat"] },
    {
      name: "a let URL switched to an Azure deployment",
      src: lines(
        `const OPENAI_API_HOST = process.env.OPENAI_API_HOST || "https://api.openai.com";`,
        `export async function stream(azure: boolean, deployment: string) {`,
        `  let url = \`\${OPENAI_API_HOST}/v1/chat/completions\`;`,
        `  if (azure) url = \`\${OPENAI_API_HOST}/openai/deployments/\${deployment}/chat/completions?api-version=2024-10-21\`;`,
        `  return fetch(url, ${BODY});`,
        `}`,
      ),
      expect: ["5:http.openai.chat"],
    },
    { name: "Ollama generate", src: lines(`await fetch("http://127.0.0.1:11434/api/generate", ${BODY});`), expect: ["1:http.ollama"] },
    // A base URL from configuration: the path and the body's shape together.
    {
      name: "an unknown base, a chat request body",
      src: lines(`export async function f(config) { await fetch(\`\${config.apiBase}/chat/completions\`, ${BODY}); }`),
      expect: ["1:http.compatible.chat"],
    },
    {
      name: "an unknown base, Anthropic's path under a /v1 base and a body with its required max_tokens",
      src: lines(`const body = { model: "claude-sonnet-4-5", max_tokens: 1024, messages: [] };`, `export const f = (base) => fetch(\`\${base}/messages\`, { method: "POST", body: JSON.stringify(body) });`),
      expect: ["2:http.anthropic.messages"],
    },
    {
      name: "an unknown host, Gemini's method path with the model",
      src: lines(`export const f = (host) => fetch(\`https://\${host}/v1beta/models/gemini-2.5-flash:generateContent\`, { method: "POST", body: JSON.stringify({ contents: [] }) });`),
      expect: ["1:http.gemini.generateContent"],
    },
    {
      name: "an app's wrapper around fetch in the same file, given the URL and the body",
      src: lines(
        `async function requestChat(url: string, header: Record<string, string>, body: unknown) {`,
        `  const resp = await fetch(url, { method: "POST", headers: header, body: JSON.stringify(body) });`,
        `  return resp.json();`,
        `}`,
        `export async function ask(context, messages) {`,
        `  const body = { ...(context.EXTRA || {}), model: context.MODEL, messages, stream: false };`,
        `  return requestChat(\`\${context.API_BASE}/chat/completions\`, {}, body);`,
        `}`,
        `export const anthropic = (context, messages) => requestChat(\`\${context.ANTHROPIC_BASE}/messages\`, {}, { model: "claude-sonnet-4-5", messages, max_tokens: 1024 });`,
      ),
      expect: ["7:http.compatible.chat", "9:http.anthropic.messages"],
    },
    {
      name: "a fetchWithTimeout wrapper that passes the options through, in another form each",
      src: lines(
        `async function fetchWithTimeout(url: string, init: RequestInit, ms = 30_000) {`,
        `  const controller = new AbortController();`,
        `  setTimeout(() => controller.abort(), ms);`,
        `  return fetch(url, { ...init, signal: controller.signal });`,
        `}`,
        `const passThrough = (url: string, init: RequestInit) => fetch(url, init);`,
        `export const a = () => fetchWithTimeout("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages: [] }) });`,
        `export const b = (base: string) => passThrough(\`\${base}/v1/messages\`, { method: "POST", body: JSON.stringify({ model: "claude-sonnet-4-5", messages: [] }) });`,
        `export const c = () => fetchWithTimeout("https://api.github.com/repos/x/y/issues", { method: "POST", body: JSON.stringify({ title: "t" }) });`,
      ),
      expect: ["7:http.openai.chat", "8:http.anthropic.messages"],
    },
    {
      name: "a fetchSSE wrapper that takes its callbacks out of the options and passes the rest",
      src: lines(
        `export async function fetchSSE(resource, options) {`,
        `  const { onMessage, onError, ...fetchOptions } = options;`,
        `  const resp = await fetch(resource, fetchOptions);`,
        `  return resp.body;`,
        `}`,
        `export const ask = (baseUrl, messages, model) =>`,
        `  fetchSSE(\`\${baseUrl}/chat/completions\`, { method: "POST", body: JSON.stringify({ messages, model, stream: true }), onMessage() {} });`,
        `export const post = (hook) => fetchSSE(\`\${hook}/messages\`, { method: "POST", body: JSON.stringify({ text: "x" }), onMessage() {} });`,
      ),
      expect: ["7:http.compatible.chat"],
    },
    {
      name: "a wrapper called with two known hosts: each call is the site",
      src: lines(
        `async function post(base: string, body: unknown) { return fetch(\`\${base}/chat/completions\`, { method: "POST", body: JSON.stringify(body) }); }`,
        `post("https://api.openai.com/v1", {});`,
        `post("https://api.groq.com/openai/v1", {});`,
      ),
      expect: ["2:http.openai.chat", "3:http.groq.chat"],
    },
    {
      name: "axios through a failover wrapper that appends the path to a URL object (Ollama's generate)",
      src: lines(
        `import axios from "axios";`,
        `const servers = process.env.OLLAMA.split(",").map((url) => ({ url: new URL(url) }));`,
        `async function makeRequest(path, method, data) {`,
        `  const url = new URL(servers[0].url);`,
        `  if (!url.pathname.endsWith("/")) url.pathname += "/";`,
        `  url.pathname += path;`,
        `  return axios({ method, url, data });`,
        `}`,
        `makeRequest("/api/show", "post", { name: "llama3" });`,
        `makeRequest("/api/generate", "post", { model: "llama3", prompt: "hi", context: [] });`,
      ),
      expect: ["10:http.ollama"],
    },
  ];
  calls.push({
    // The path is the evidence: no other API has it, and the body is forwarded (a proxy, a wrapper's parameter).
    name: "an unknown base, a body it cannot read, a path no other API has",
    src: `export async function f(base, req) { await fetch(\`\${base}/chat/completions\`, { method: "POST", body: JSON.stringify(req.body) }); }`,
    expect: ["1:http.compatible.chat"],
  });
  for (const c of calls) it(`${c.name}: an LLM call`, () => assert.deepEqual(sites(c.src), c.expect));

  const lookAlikes: { name: string; src: string }[] = [
    { name: "another endpoint of the same provider", src: `await fetch("https://api.openai.com/v1/embeddings", ${BODY});` },
    { name: "any other URL", src: `await fetch("https://example.com/api/chat", ${BODY});` },
    { name: "a relative URL: the app's own route", src: `await fetch("/api/chat", ${BODY}); await fetch("/v1/chat/completions", ${BODY});` },
    { name: "a URL it cannot read", src: `export async function f(url) { await fetch(url, ${BODY}); }` },
    { name: "an unknown base, a body that is not a chat request", src: `export async function f(base) { await fetch(\`\${base}/chat/completions\`, { method: "POST", body: JSON.stringify({ text: "hi" }) }); }` },
    { name: "an unknown base, a bare path (the app's own API)", src: `export async function f(base) { await fetch(\`\${base}/chat\`, ${BODY}); }` },
    // REST APIs whose paths end like a provider's: other bodies.
    {
      name: "Discord's channel messages",
      src: `export const f = (id) => fetch(\`\${DISCORD_API}/channels/\${id}/messages\`, { method: "POST", body: JSON.stringify({ content: "hi", embeds: [] }) });`,
    },
    {
      name: "Slack's chat.postMessage and a Twilio message",
      src: lines(
        `export const slack = () => fetch(\`\${SLACK_API}/chat.postMessage\`, { method: "POST", body: JSON.stringify({ channel: "C1", text: "hi" }) });`,
        `export const twilio = (sid) => fetch(\`\${TWILIO}/Accounts/\${sid}/Messages\`, { method: "POST", body: JSON.stringify({ To: "+1", From: "+2", Body: "hi" }) });`,
      ),
    },
    {
      name: "a /messages path with a model but no max_tokens (Anthropic's API requires it): the app's own API",
      src: `export const f = (base) => fetch(\`\${base}/messages\`, { method: "POST", body: JSON.stringify({ model: "m", messages: [] }) });`,
    },
    {
      name: "the app's own /api/chat and /api/generate behind a base URL (no Ollama-only key)",
      src: lines(
        `export const chat = (base, messages) => fetch(\`\${base}/api/chat\`, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });`,
        `export const gen = (base) => fetch(\`\${base}/api/generate\`, { method: "POST", body: JSON.stringify({ model: "m", prompt: "x" }) });`,
      ),
    },
    {
      name: "a wrapper given Discord, Slack and Telegram URLs",
      src: lines(
        `async function send(url: string, payload: unknown) { return fetch(url, { method: "POST", body: JSON.stringify(payload) }); }`,
        `send(\`\${DISCORD}/channels/1/messages\`, { content: "x" });`,
        `send("https://slack.com/api/chat.postMessage", { channel: "c", text: "x" });`,
        `send(\`https://api.telegram.org/bot\${token}/sendMessage\`, { chat_id: 1, text: "x" });`,
      ),
    },
    {
      name: "a wrapper whose body is not its parameter",
      src: lines(
        `async function post(url: string, n: number) { return fetch(url, { method: "POST", body: JSON.stringify({ n }) }); }`,
        `post(\`\${base}/chat/completions\`, 1);`,
      ),
    },
    { name: "an unknown path on a provider's host", src: `export async function f(p) { await fetch(\`https://api.openai.com/v1/\${p}\`, ${BODY}); }` },

    {
      name: "a recursive wrapper whose parameter is never given a URL",
      src: lines(`async function get(url: string, n: number): Promise<unknown> { return n > 0 ? get(url, n - 1) : fetch(url, { method: "POST" }); }`, `export const completions = 1;`),
    },
    {
      name: "a let URL that may become another URL",
      src: lines(`let url = "https://api.openai.com/v1/chat/completions";`, `if (local) url = "https://example.com/x";`, `fetch(url, ${BODY});`),
    },
    { name: "a let URL that grows", src: lines(`let url = "https://api.openai.com/v1/chat/completions";`, `url += "/x";`, `url = url + "/y";`, `fetch(url, ${BODY});`) },
    { name: "Ollama's paths on another port", src: `await fetch("http://localhost:3000/api/chat", ${BODY});` },
    { name: "Anthropic's path on another host", src: `await fetch("https://api.example.com/v1/messages", ${BODY});` },
    {
      name: "an Express route that serves the path",
      src: lines(`import express from "express";`, `const app = express();`, `app.post("/v1/chat/completions", async (req, res) => { res.json({}); });`),
    },
    { name: "supertest posting to the route", src: lines(`import request from "supertest";`, `await request(app).post("/v1/chat/completions").send({ model: "m", messages: [] });`) },
    { name: "a local function named fetch", src: lines(`function fetch(url, init) { return null; }`, `fetch("https://api.openai.com/v1/chat/completions", ${BODY});`) },
    { name: "a method named post on a local object", src: lines(`const client = { post(url, body) {} };`, `client.post("https://api.openai.com/v1/chat/completions", { model: "m", messages: [] });`) },
    { name: "an unknown package's post", src: lines(`import http from "some-http";`, `http.post("https://api.openai.com/v1/chat/completions", { model: "m", messages: [] });`) },
  ];
  for (const c of lookAlikes) it(`${c.name}: not an LLM call`, () => assert.deepEqual(sites(c.src), []));

  it("reads the body through a const, and the model named in a Gemini URL", () => {
    const sf = parseSource("app.ts", lines(`const body = { contents: [], generationConfig: { maxOutputTokens: 64 } };`, `await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse", { method: "POST", body: JSON.stringify(body) });`));
    const [site] = analyzeFile(sf).sites;
    assert.equal(site?.origin.modelId, "gemini-2.0-flash");
    assert.equal(site?.options?.getText(sf).startsWith("{ contents"), true);
  });

  it("staticUrl marks the parts it cannot read and never throws on odd input", () => {
    const sf = parseSource("app.ts", lines(`const a = \`x\${b}y\`;`, `const c = a + c;`, `const d = d ?? "z";`));
    const index = buildFileIndex(sf);
    const init = (name: string) => index.declarations.get(name)![0]!.init;
    assert.equal(staticUrl(index, init("a")), "x\u0000y");
    assert.doesNotThrow(() => staticUrl(index, init("c")));
    assert.doesNotThrow(() => staticUrl(index, init("d")));
  });
});
