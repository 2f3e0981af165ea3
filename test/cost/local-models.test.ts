import * as assert from "node:assert/strict";
import { analyzeFile } from "../../src/core/detectors/analysis";
import { defaultConfig } from "../../src/core/config/schema";
import { estimateCalls, type CallEstimate, type EstimateSettings } from "../../src/core/cost/estimate";
import { defaultPricingTable } from "../../src/core/cost/pricing";
import { parseSource } from "../../src/core/engine";
import { flagText } from "../../src/cli/report-command";
import { hoverMarkdown, inlineLabel } from "../../src/vscode/format";
import { createPlugin } from "../../src/eslint/plugin";
import { at, code, ruleTester } from "../rules/tester";

/**
 * Models on a server the user runs (Ollama, LM Studio / llama.cpp / vLLM on localhost) have no per-token price: priced
 * at $0 with their tokens counted, said so in the report and the hover; require-max-tokens still reports a missing cap
 * (without a $ figure), max-call-cost never reports them.
 */
const SETTINGS: EstimateSettings = { config: defaultConfig(), pricing: defaultPricingTable() };

function only(src: string): CallEstimate {
  const all = estimateCalls(analyzeFile(parseSource("app.ts", src)), SETTINGS);
  assert.equal(all.length, 1, all.map((e) => `${e.sdk} ${e.model}`).join("; "));
  return all[0]!;
}

function assertLocal(e: CallEstimate, model: string, server: RegExp): void {
  assert.equal(e.costUsd, 0);
  assert.equal(e.model, model);
  assert.deepEqual(e.flags.filter((f) => f.endsWith("-model")), ["local-model"]);
  assert.ok(e.inputTokens > 0, "tokens are still counted");
  assert.ok(e.assumptions.some((a) => server.test(a)), e.assumptions.join(" | "));
}

function assertPriced(e: CallEstimate): void {
  assert.ok(e.costUsd > 0, `${e.model} priced`);
  assert.ok(!e.flags.includes("local-model"));
}

describe("local models: no per-token price", () => {
  it("Ollama's SDK (default instance), its HTTP API and LangChain's ChatOllama", () => {
    assertLocal(only(code(`import ollama from "ollama";`, `await ollama.chat({ model: "llama3.1", messages: [{ role: "user", content: "hi" }] });`)), "llama3.1", /local model on Ollama: no per-token price/);
    assertLocal(
      only(code(`await fetch("http://localhost:11434/api/chat", { method: "POST", body: JSON.stringify({ model: "llama3", messages: [], options: { num_predict: 100 } }) });`)),
      "llama3",
      /Ollama on localhost:11434/,
    );
    assertLocal(only(code(`import { ChatOllama } from "@langchain/ollama";`, `await new ChatOllama({ model: "qwen2.5" }).invoke("hi");`)), "qwen2.5", /Ollama/);
  });

  it("an Ollama server on another machine is still self-hosted; Ollama's own cloud is not", () => {
    assertLocal(only(code(`import { Ollama } from "ollama";`, `const o = new Ollama({ host: "http://gpu-box:11434" });`, `await o.generate({ model: "mistral", prompt: "p" });`)), "mistral", /Ollama on gpu-box:11434/);
    assertPriced(only(code(`import { Ollama } from "ollama";`, `const o = new Ollama({ host: "https://ollama.com" });`, `await o.chat({ model: "gpt-4o", messages: [] });`)));
  });

  it("an OpenAI client, a LangChain model, an AI SDK provider or a raw request sent to localhost", () => {
    const lm = `import OpenAI from "openai";\nconst lm = new OpenAI({ baseURL: "http://localhost:1234/v1", apiKey: "lm-studio" });`;
    assertLocal(only(code(lm, `await lm.chat.completions.create({ model: "qwen2.5-7b-instruct", messages: [] });`)), "qwen2.5-7b-instruct", /a server on localhost:1234/);
    assertLocal(
      only(code(`import { ChatOpenAI } from "@langchain/openai";`, `await new ChatOpenAI({ model: "phi4", configuration: { baseURL: "http://127.0.0.1:8080/v1" } }).invoke("hi");`)),
      "phi4",
      /127\.0\.0\.1:8080/,
    );
    assertLocal(
      only(code(`import { generateText } from "ai";`, `import { createOpenAICompatible } from "@ai-sdk/openai-compatible";`, `const lmstudio = createOpenAICompatible({ name: "lmstudio", baseURL: "http://localhost:1234/v1" });`, `await generateText({ model: lmstudio("qwen2.5"), prompt: "hi" });`)),
      "qwen2.5",
      /localhost:1234/,
    );
    assertLocal(only(code(`import { generateText } from "ai";`, `import { ollama } from "ollama-ai-provider";`, `await generateText({ model: ollama("llama3.1"), prompt: "hi" });`)), "llama3.1", /Ollama/);
    // a server URL read from the environment with a localhost default (opencommit's llama.cpp and MLX engines)
    assertLocal(
      only(code(`import axios from "axios";`, `const base = process.env.LLAMA_URL || "http://localhost:8080";`, `await axios.post(\`\${base}/v1/chat/completions\`, { model: "local", messages: [], max_tokens: 200 });`)),
      "local",
      /localhost:8080/,
    );
  });

  it("keeps the price of a client sent elsewhere, or to a server the code does not show", () => {
    assertPriced(only(code(`import OpenAI from "openai";`, `const g = new OpenAI({ baseURL: "https://gateway.example.com/v1" });`, `await g.chat.completions.create({ model: "gpt-4o-mini", messages: [] });`)));
    assertPriced(only(code(`import OpenAI from "openai";`, `const g = new OpenAI({ baseURL: process.env.BASE_URL });`, `await g.chat.completions.create({ model: "gpt-4o-mini", messages: [] });`)));
    assertPriced(only(code(`import axios from "axios";`, `await axios.post(\`\${config.base}/v1/chat/completions\`, { model: "gpt-4o", messages: [] });`)));
  });

  it("says so in the report, the hover and the inline label", () => {
    const e = only(code(`import ollama from "ollama";`, `await ollama.chat({ model: "llama3.1", messages: [] });`));
    const { node: _node, ...view } = e;
    assert.match(flagText({ ...view, file: "a.ts", line: 1, column: 1 } as never), /local model: no per-token price/);
    assert.match(hoverMarkdown({ ...view } as never, { cheaper: [] }), /on llama3\.1 \(local model: no per-token price\): \*\*\$0 per call\*\*/);
    assert.match(inlineLabel(e), /· local/);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const requireMaxTokens: any = createPlugin().rules["require-max-tokens"];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const maxCallCost: any = createPlugin().rules["max-call-cost"];
const OLLAMA = `import ollama from "ollama";`;

ruleTester.run("require-max-tokens on a local model (no $ figure)", requireMaxTokens, {
  valid: [code(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 256 } });`)],
  invalid: [
    {
      code: code(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [] });`),
      errors: [
        {
          messageId: "missingCapLocal",
          data: { call: "ollama.chat()", key: "options.num_predict", model: "llama3.1", server: "Ollama" },
          ...at(code(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [] });`), "chat"),
          suggestions: [{ messageId: "addCap", data: { key: "options.num_predict", value: "1024" }, output: code(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 1024 } });`) }],
        },
      ],
    },
    {
      code: code(`import OpenAI from "openai";`, `const lm = new OpenAI({ baseURL: "http://localhost:1234/v1" });`, `await lm.chat.completions.create({ model: process.env.MODEL, messages: [] });`),
      errors: [
        {
          messageId: "missingCapLocal",
          data: { call: "lm.chat.completions.create()", key: "max_completion_tokens", model: "its model", server: "a server on localhost:1234" },
          ...at(code(`import OpenAI from "openai";`, `const lm = new OpenAI({ baseURL: "http://localhost:1234/v1" });`, `await lm.chat.completions.create({ model: process.env.MODEL, messages: [] });`), "create"),
          suggestions: [
            {
              messageId: "addCap",
              data: { key: "max_completion_tokens", value: "1024" },
              output: code(`import OpenAI from "openai";`, `const lm = new OpenAI({ baseURL: "http://localhost:1234/v1" });`, `await lm.chat.completions.create({ model: process.env.MODEL, messages: [], max_completion_tokens: 1024 });`),
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("max-call-cost never reports a local model", maxCallCost, {
  valid: [{ code: code(OLLAMA, `await ollama.chat({ model: "llama3.1", messages: [], options: { num_predict: 100000 } });`), options: [{ budget: 0 }] }],
  invalid: [
    {
      code: code(`import OpenAI from "openai";`, `const c = new OpenAI();`, `await c.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 100000 });`),
      options: [{ budget: 0 }],
      errors: [{ messageId: "overBudget" }],
    },
  ],
});
