import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildReport } from "../../src/cli/report-command";

const root = path.resolve(__dirname, "../../..");
const fixture = path.join(root, "test/fixtures/projects/class-calls");

const sitesOf = (dir: string): string[] =>
  buildReport([dir], { cwd: dir })
    .calls.map((c) => `${c.file}:${c.line} ${c.sdk}${c.via ? ` via ${c.via.name}` : ""}`)
    .sort();

describe("calls through the app's classes and helpers (fixture class-calls)", () => {
  it("lists the wrapper's callers, the strategy call, the agents' calls through their base class and a base class's call of an abstract method", () => {
    assert.deepEqual(sitesOf(fixture), [
      "src/agent/base.ts:19 @langchain",
      "src/agent/executor.ts:7 @langchain via execute",
      "src/agent/memory.ts:12 OpenAI-compatible API (HTTP)",
      "src/agent/memory.ts:4 OpenAI-compatible API (HTTP)",
      "src/agent/navigator.ts:6 @langchain via invoke",
      "src/chat/openai.ts:12 openai",
      "src/llm/llm.ts:18 OpenAI-compatible API (HTTP)",
      "src/pages/session.ts:17 Ollama API (HTTP)",
      "src/services/anthropic.ts:8 @anthropic-ai/sdk",
      "src/services/base.ts:15 @anthropic-ai/sdk via makeRequest",
      "src/services/openai.ts:8 openai",
    ]);
  });

  it("a strategy call counts only when every implementation makes an LLM call", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-class-calls-"));
    try {
      fs.cpSync(fixture, copy, { recursive: true });
      // A third strategy that answers from a cache: strategy.chat may make no model call.
      fs.writeFileSync(
        path.join(copy, "src/chat/cached.ts"),
        [
          `import type { ChatRequest, ChatStrategy } from "./index";`,
          `export class CachedStrategy implements ChatStrategy {`,
          `  async chat(payload: ChatRequest, _signal: AbortSignal, onChunk: (text: string) => void): Promise<void> { onChunk(payload.messages.at(-1)?.content ?? ""); }`,
          `  async getModels(): Promise<string[]> { return []; }`,
          `}`,
        ].join("\n"),
      );
      const sites = sitesOf(copy);
      assert.ok(!sites.some((s) => s.startsWith("src/pages/session.ts")), sites.join("\n"));
      assert.ok(sites.includes("src/agent/memory.ts:12 OpenAI-compatible API (HTTP)"), sites.join("\n"));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
