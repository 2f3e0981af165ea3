import assert from "node:assert/strict";
import path from "node:path";
import { buildReport } from "../../src/cli/report-command";

const root = path.resolve(__dirname, "../../..");
const fixture = path.join(root, "test/fixtures/projects/clients");

describe("clients and requests as production code builds them", () => {
  const report = buildReport([fixture], { cwd: fixture });
  const at = (file: string, line: number) => report.calls.find((c) => c.file === file && c.line === line);

  it("a client an async init function returns, awaited through .catch(), is that client", () => {
    const call = at("src/bot.js", 19);
    assert.equal(call?.sdk, "chatgpt");
  });

  it("a module-level client an init function assigns, used from another module", () => {
    const call = at("src/ask.ts", 5);
    assert.equal(call?.sdk, "openai");
    assert.equal(call?.outputTokens, 300);
  });

  it("a URL the code does not show counts only with the chat body and its cap, through the app's SSE helper", () => {
    const custom = at("src/custom-api.js", 5);
    assert.equal(custom?.sdk, "OpenAI-compatible API (HTTP)");
    assert.equal(at("src/custom-api.js", 14), undefined);
  });

  it("Anthropic's body to a URL the code does not show is Anthropic's request", () => {
    const claude = at("src/custom-api.js", 29);
    assert.equal(claude?.sdk, "Anthropic API (HTTP)");
    assert.equal(claude?.outputTokens, 1024);
  });

  it("Azure's deployment path on a resource URL from the settings", () => {
    assert.equal(at("src/custom-api.js", 19)?.sdk, "Azure OpenAI API (HTTP)");
  });

  it("a config class's default base URL: Cohere's /v2/chat, its provider's default model; another host is no call", () => {
    const cohere = at("src/cohere.ts", 7);
    assert.equal(cohere?.sdk, "Cohere API (HTTP)");
    assert.equal(cohere?.provider, "cohere");
    assert.equal(cohere?.model, "command-a");
    assert.equal(at("src/cohere.ts", 12), undefined);
  });

  it("an overloaded request helper to OpenAI's path on a configured base: each call with a conversation is a call site", () => {
    const capped = at("src/memory.ts", 4);
    assert.equal(capped?.sdk, "OpenAI-compatible API (HTTP)");
    assert.equal(capped?.outputTokens, 300);
    assert.ok(at("src/memory.ts", 8)?.flags.includes("no-output-cap"));
  });

  it("a factory that switches on its parameter: the case the call's literal selects", () => {
    const openai = at("src/use-models.ts", 5);
    assert.equal(openai?.model, "gpt-4o-mini");
    assert.equal(openai?.outputTokens, 100);
    const anthropic = at("src/use-models.ts", 9);
    assert.equal(anthropic?.model, "claude-3-5-haiku");
    assert.equal(anthropic?.outputTokens, 200);
  });

  it("lists nothing else", () => {
    assert.deepEqual(report.calls.map((c) => `${c.file}:${c.line}`).sort(), [
      "src/ask.ts:5",
      "src/bot.js:19",
      "src/cohere.ts:7",
      "src/custom-api.js:19",
      "src/custom-api.js:29",
      "src/custom-api.js:5",
      // The helper's own request: its body is a parameter and OpenAI's path is no other API's (class-calls' pathAlone).
      "src/llm-http.ts:17",
      "src/memory.ts:4",
      "src/memory.ts:8",
      "src/use-models.ts:5",
      "src/use-models.ts:9",
    ]);
  });
});
