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
const parse_1 = require("../../src/core/config/parse");
const schema_1 = require("../../src/core/config/schema");
const estimate_1 = require("../../src/core/cost/estimate");
const pricing_1 = require("../../src/core/cost/pricing");
const provider_defaults_1 = require("../../src/core/cost/provider-defaults");
const engine_1 = require("../../src/core/engine");
const PRICING = (0, pricing_1.defaultPricingTable)();
function settings(patch = {}) {
    return { config: { ...(0, schema_1.defaultConfig)(), ...patch }, pricing: PRICING };
}
function only(src, s = settings()) {
    const all = (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)((0, engine_1.parseSource)("app.ts", src)), s);
    assert.equal(all.length, 1);
    return all[0];
}
const anthropic = (model) => [
    `import Anthropic from "@anthropic-ai/sdk";`,
    `const client = new Anthropic();`,
    `export const ask = (m: string) => client.messages.create({ model: ${model}, max_tokens: 100, messages: [{ role: "user", content: "hi" }] });`,
].join("\n");
const openai = (model) => [
    `import OpenAI from "openai";`,
    `const client = new OpenAI();`,
    `export const ask = (m: string) => client.chat.completions.create({ model: ${model}, max_tokens: 100, messages: [{ role: "user", content: "hi" }] });`,
].join("\n");
describe("per-provider default models", () => {
    it("every built-in default is in the pricing table, as a model of its own provider (or one it hosts: Claude on Bedrock)", () => {
        for (const [provider, id] of Object.entries(provider_defaults_1.BUILT_IN_DEFAULT_MODELS)) {
            const found = (0, pricing_1.resolveModel)(PRICING, id);
            if (!found)
                continue; // a provider whose models the table does not have yet: its calls fall back to defaultModel
            assert.ok((0, provider_defaults_1.servedBy)(provider, found.model.provider), `${id}: ${found.model.provider}`);
        }
        for (const provider of ["openai", "anthropic", "google", "mistral", "deepseek"]) {
            assert.ok((0, pricing_1.resolveModel)(PRICING, provider_defaults_1.BUILT_IN_DEFAULT_MODELS[provider]), provider);
        }
    });
    it("a dynamic model on the Anthropic SDK is priced as Anthropic's default, never gpt-4o, and says so", () => {
        const e = only(anthropic("m"));
        assert.equal(e.model, provider_defaults_1.BUILT_IN_DEFAULT_MODELS.anthropic);
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
        ]) {
            const e = only([`import { ${cls} } from "${module}";`, `const llm = new ${cls}({ maxTokens: 100 });`, `export const ask = () => llm.invoke("hi");`].join("\n"));
            assert.equal(e.provider, provider, module);
            assert.equal(e.model, provider_defaults_1.BUILT_IN_DEFAULT_MODELS[provider], module);
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
        assert.equal(only(openai("m"), haiku).model, provider_defaults_1.BUILT_IN_DEFAULT_MODELS.openai);
        assert.equal(only(openai("m"), settings({ defaultModel: "gpt-4.1-mini" })).model, "gpt-4.1-mini");
        // A framework call whose provider nothing tells: defaultModel.
        const framework = [`import { generateText } from "ai";`, `export const go = (model: any) => generateText({ model, prompt: "hi", maxOutputTokens: 10 });`].join("\n");
        assert.equal(only(framework, haiku).model, "claude-haiku-4-5");
    });
    it("reads the provider from a framework's model name", () => {
        assert.equal((0, provider_defaults_1.providerOfModelName)("anthropic/claude-opus-99"), "anthropic");
        assert.equal((0, provider_defaults_1.providerOfModelName)("openai:gpt-9"), "openai");
        assert.equal((0, provider_defaults_1.providerOfModelName)("gemini-9-pro"), "google");
        assert.equal((0, provider_defaults_1.providerOfModelName)("us.anthropic.claude-x-v1:0"), "anthropic");
        assert.equal((0, provider_defaults_1.providerOfModelName)("my-finetune"), undefined);
    });
    it("defaultModels is validated key by key in costlint.config.json", () => {
        const parsed = (0, parse_1.parseConfig)({ defaultModels: { anthropic: "claude-haiku-4-5" } }, "costlint.config.json");
        assert.deepEqual(parsed.problems, []);
        assert.deepEqual(parsed.config.defaultModels, { anthropic: "claude-haiku-4-5" });
        assert.ok((0, parse_1.parseConfig)({ defaultModels: { anthropic: 3 } }, "costlint.config.json").problems.some((p) => p.includes("defaultModels")));
    });
});
describe("dated snapshots resolve to their own family", () => {
    const cases = [
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
            assert.equal((0, pricing_1.resolveModel)(PRICING, name)?.model.id, family);
        });
    }
});
describe("price overrides are applied in one pass", () => {
    it("10,000 custom models: the work is linear (frozen objects counted), and every model is added", () => {
        const overrides = Array.from({ length: 10_000 }, (_, i) => ({ id: `custom-${i}`, provider: "acme", inputPerMTok: 1, outputPerMTok: 2, contextWindow: 8192, maxOutputTokens: 1024 }));
        const freeze = Object.freeze;
        let freezes = 0;
        Object.freeze = ((value) => {
            freezes++;
            return freeze(value);
        });
        let parsed;
        try {
            parsed = (0, parse_1.parseConfig)({ pricing: overrides }, "costlint.config.json");
        }
        finally {
            Object.freeze = freeze;
        }
        assert.deepEqual(parsed.problems, []);
        assert.equal(parsed.pricing.models.length, PRICING.models.length + 10_000);
        assert.equal((0, pricing_1.resolveModel)(parsed.pricing, "custom-9999")?.model.provider, "acme");
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
        const parsed = (0, parse_1.parseConfig)({ pricing: overrides }, "c.json");
        assert.equal(parsed.problems.length, 2, parsed.problems.join("\n"));
        assert.ok(parsed.problems[0].startsWith(`c.json: pricing[1] ("a-2"): "a-2" is not a known model`), parsed.problems[0]);
        assert.ok(parsed.problems[1].startsWith(`c.json: pricing[2] ("a-3"): "a-1" is already`), parsed.problems[1]);
        assert.deepEqual(parsed.config.pricing.map((o) => o.id), ["a-1", "gpt-4o"]);
        assert.equal((0, pricing_1.resolveModel)(parsed.pricing, "gpt-4o")?.model.inputPerMTok, 3);
        assert.equal((0, pricing_1.resolveModel)(parsed.pricing, "gpt-4o")?.model.priceSource, "c.json: pricing[3]");
    });
    it("applyPricingOverrides reports instead of throwing", () => {
        const result = (0, pricing_1.applyPricingOverrides)(PRICING, [{ id: "x", inputPerMTok: -1 }], { sourceOf: () => "s", labelOf: (i) => `s: overrides[${i}]` });
        assert.deepEqual(result.applied, []);
        assert.equal(result.problems.length, 1);
        assert.equal(result.table.models.length, PRICING.models.length);
    });
});
//# sourceMappingURL=provider-defaults.test.js.map