import * as assert from "node:assert/strict";
import { analyzeFile } from "../../src/core/detectors/analysis";
import { parseConfig } from "../../src/core/config/parse";
import { defaultConfig } from "../../src/core/config/schema";
import { estimateCalls, type CallEstimate, type EstimateSettings } from "../../src/core/cost/estimate";
import { applyPricingOverrides, defaultPricingTable, resolveModel } from "../../src/core/cost/pricing";
import { BUILT_IN_DEFAULT_MODELS, providerOfModelName, servedBy } from "../../src/core/cost/provider-defaults";
import { parseSource } from "../../src/core/engine";

const PRICING = defaultPricingTable();

function settings(patch: Partial<EstimateSettings["config"]> = {}): EstimateSettings {
  return { config: { ...defaultConfig(), ...patch }, pricing: PRICING };
}

function only(src: string, s: EstimateSettings = settings()): CallEstimate {
  const all = estimateCalls(analyzeFile(parseSource("app.ts", src)), s);
  assert.equal(all.length, 1);
  return all[0]!;
}

const anthropic = (model: string): string =>
  [
    `import Anthropic from "@anthropic-ai/sdk";`,
    `const client = new Anthropic();`,
    `export const ask = (m: string) => client.messages.create({ model: ${model}, max_tokens: 100, messages: [{ role: "user", content: "hi" }] });`,
  ].join("\n");
const openai = (model: string): string =>
  [
    `import OpenAI from "openai";`,
    `const client = new OpenAI();`,
    `export const ask = (m: string) => client.chat.completions.create({ model: ${model}, max_tokens: 100, messages: [{ role: "user", content: "hi" }] });`,
  ].join("\n");

describe("per-provider default models", () => {
  it("every built-in default is in the pricing table, as a model of its own provider (or one it hosts: Claude on Bedrock)", () => {
    for (const [provider, id] of Object.entries(BUILT_IN_DEFAULT_MODELS)) {
      const found = resolveModel(PRICING, id);
      if (!found) continue; // a provider whose models the table does not have yet: its calls fall back to defaultModel
      assert.ok(servedBy(provider, found.model.provider), `${id}: ${found.model.provider}`);
    }
    for (const provider of ["openai", "anthropic", "google", "mistral", "deepseek"]) {
      assert.ok(resolveModel(PRICING, BUILT_IN_DEFAULT_MODELS[provider]!), provider);
    }
  });

  it("a dynamic model on the Anthropic SDK is priced as Anthropic's default, never gpt-4o, and says so", () => {
    const e = only(anthropic("m"));
    assert.equal(e.model, BUILT_IN_DEFAULT_MODELS.anthropic);
    assert.equal(e.provider, "anthropic");
    assert.ok(e.flags.includes("default-model"));
    assert.match(e.modelNote, /anthropic's default model claude-sonnet-4-5/);
    assert.ok(e.assumptions.includes(e.modelNote));
  });

  it("a framework's provider package names the provider: ChatAnthropic with no model is priced as Anthropic's default", () => {
    for (const [module, cls, provider] of [
      ["@langchain/anthropic", "ChatAnthropic", "anthropic"],
      ["@langchain/google-genai", "ChatGoogleGenerativeAI", "google"],
      ["@langchain/openai", "ChatOpenAI", "openai"],
    ] as const) {
      const e = only([`import { ${cls} } from "${module}";`, `const llm = new ${cls}({ maxTokens: 100 });`, `export const ask = () => llm.invoke("hi");`].join("\n"));
      assert.equal(e.provider, provider, module);
      assert.equal(e.model, BUILT_IN_DEFAULT_MODELS[provider], module);
      assert.ok(e.flags.includes("default-model"), module);
    }
  });

  it("an unknown model name is priced as its provider's default", () => {
    const e = only(anthropic(`"claude-nonexistent-9"`));
    assert.equal(e.provider, "anthropic");
    assert.ok(e.flags.includes("unknown-model"));
    assert.match(e.modelNote, /claude-nonexistent-9 is not in the pricing table: priced as anthropic's default model/);
  });

  it("defaultModels sets a provider's default; defaultModel still applies where it is that provider's model or the provider is unknown", () => {
    assert.equal(only(anthropic("m"), settings({ defaultModels: { anthropic: "claude-haiku-4-5" } })).model, "claude-haiku-4-5");
    const haiku = settings({ defaultModel: "claude-haiku-4-5" });
    assert.equal(only(anthropic("m"), haiku).model, "claude-haiku-4-5");
    // The OpenAI call is not priced as a Claude model.
    assert.equal(only(openai("m"), haiku).model, BUILT_IN_DEFAULT_MODELS.openai);
    assert.equal(only(openai("m"), settings({ defaultModel: "gpt-4.1-mini" })).model, "gpt-4.1-mini");
    // A framework call whose provider nothing tells: defaultModel.
    const framework = [`import { generateText } from "ai";`, `export const go = (model: any) => generateText({ model, prompt: "hi", maxOutputTokens: 10 });`].join("\n");
    assert.equal(only(framework, haiku).model, "claude-haiku-4-5");
  });

  it("reads the provider from a framework's model name", () => {
    assert.equal(providerOfModelName("anthropic/claude-opus-99"), "anthropic");
    assert.equal(providerOfModelName("openai:gpt-9"), "openai");
    assert.equal(providerOfModelName("gemini-9-pro"), "google");
    assert.equal(providerOfModelName("us.anthropic.claude-x-v1:0"), "anthropic");
    assert.equal(providerOfModelName("my-finetune"), undefined);
  });

  it("defaultModels is validated key by key in costlint.config.json", () => {
    const parsed = parseConfig({ defaultModels: { anthropic: "claude-haiku-4-5" } }, "costlint.config.json");
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config.defaultModels, { anthropic: "claude-haiku-4-5" });
    assert.ok(parseConfig({ defaultModels: { anthropic: 3 } }, "costlint.config.json").problems.some((p) => p.includes("defaultModels")));
  });
});

describe("dated snapshots resolve to their own family", () => {
  const cases: [string, string][] = [
    ["gpt-4-1106-preview", "gpt-4-turbo"],
    ["gpt-4-0125-preview", "gpt-4-turbo"],
    ["gpt-4-turbo-2024-04-09", "gpt-4-turbo"],
    ["gpt-4-vision-preview", "gpt-4-turbo"],
    ["gpt-4-0613", "gpt-4"],
    ["gpt-3.5-turbo-1106", "gpt-3.5-turbo"],
    ["gpt-4o-2024-08-06", "gpt-4o"],
    ["gpt-4o-2024-05-13", "gpt-4o-2024-05-13"],
    ["gpt-4o-mini-2024-07-18", "gpt-4o-mini"],
    ["claude-3-5-haiku-20241022", "claude-3-5-haiku"],
    ["claude-sonnet-4-5-20250929", "claude-sonnet-4-5"],
  ];
  for (const [name, family] of cases) {
    it(`${name} is priced as ${family}`, () => {
      assert.equal(resolveModel(PRICING, name)?.model.id, family);
    });
  }
});

describe("price overrides are applied in one pass", () => {
  it("10,000 custom models: the work is linear (frozen objects counted), and every model is added", () => {
    const overrides = Array.from({ length: 10_000 }, (_, i) => ({ id: `custom-${i}`, provider: "acme", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 8192, maxOutputTokens: 1024 }));
    const freeze = Object.freeze;
    let freezes = 0;
    Object.freeze = ((value: unknown) => {
      freezes++;
      return freeze(value);
    }) as typeof Object.freeze;
    let parsed;
    try {
      parsed = parseConfig({ pricing: overrides }, "costlint.config.json");
    } finally {
      Object.freeze = freeze;
    }
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.pricing.models.length, PRICING.models.length + 10_000);
    assert.equal(resolveModel(parsed.pricing, "custom-9999")?.model.provider, "acme");
    // One merge freezes each model a few times (itself, its aliases); one merge per entry froze the whole table
    // again for every entry (about 50 million freezes for 10,000 entries).
    assert.ok(freezes < 5 * (PRICING.models.length + 10_000), `${freezes} freezes`);
  });

  it("a bad entry among many is the only one lost, named by its position", () => {
    const overrides = [
      { id: "a-1", provider: "acme", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 8192, maxOutputTokens: 1024 },
      { id: "a-2", provider: "acme", inputPerMTok: 1 },
      { id: "a-3", provider: "acme", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 8192, maxOutputTokens: 1024, aliases: ["a-1"] },
      { id: "gpt-4o", inputPerMTok: 3 },
    ];
    const parsed = parseConfig({ pricing: overrides }, "c.json");
    assert.equal(parsed.problems.length, 2, parsed.problems.join("\n"));
    assert.ok(parsed.problems[0]!.startsWith(`c.json: pricing[1] ("a-2"): "a-2" is not a known model`), parsed.problems[0]);
    assert.ok(parsed.problems[1]!.startsWith(`c.json: pricing[2] ("a-3"): "a-1" is already`), parsed.problems[1]);
    assert.deepEqual(parsed.config.pricing.map((o) => o.id), ["a-1", "gpt-4o"]);
    assert.equal(resolveModel(parsed.pricing, "gpt-4o")?.model.inputPerMTok, 3);
    assert.equal(resolveModel(parsed.pricing, "gpt-4o")?.model.priceSource, "c.json: pricing[3]");
  });

  it("applyPricingOverrides reports instead of throwing", () => {
    const result = applyPricingOverrides(PRICING, [{ id: "x", inputPerMTok: -1 }], { sourceOf: () => "s", labelOf: (i) => `s: overrides[${i}]` });
    assert.deepEqual(result.applied, []);
    assert.equal(result.problems.length, 1);
    assert.equal(result.table.models.length, PRICING.models.length);
  });
});
