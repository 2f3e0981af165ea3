import * as assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { GENAI_PRICES_DATE, GENAI_PRICES_VERSION, genaiPricesModels } from "../../src/core/cost/genai-prices";
import { defaultPricingTable, loadPricingTable, resolveModel } from "../../src/core/cost/pricing";
import { modelPriceSchema } from "../../src/core/cost/pricing-schema";

const root = path.resolve(__dirname, "../../..");
const PRICING = defaultPricingTable();

describe("bundled price data (pricing.json + @pydantic/genai-prices)", () => {
  it("the version and date in genai-prices.ts are those of the installed package", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "node_modules/@pydantic/genai-prices/package.json"), "utf8")) as { version: string };
    assert.equal(pkg.version, GENAI_PRICES_VERSION);
    assert.match(GENAI_PRICES_DATE, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(PRICING.updated >= GENAI_PRICES_DATE);
  });

  it("every model validates against the schema and no name prices two models", () => {
    const names = new Map<string, string>();
    for (const model of PRICING.models) {
      assert.ok(modelPriceSchema.safeParse(model).success, model.id);
      assert.ok(model.maxOutputTokens <= model.contextWindow || model.provider === "mistral", `${model.id}: output above the window`);
      for (const name of [model.id, ...model.aliases]) {
        const key = name.toLowerCase();
        assert.ok(!names.has(key), `${name}: ${names.get(key)} and ${model.id}`);
        names.set(key, model.id);
      }
    }
    assert.ok(PRICING.models.length > 200, `${PRICING.models.length} models`);
  });

  it("pricing.json wins over genai-prices for the models both have", () => {
    const local = loadPricingTable(JSON.parse(fs.readFileSync(path.join(root, "src/core/cost/pricing.json"), "utf8")), "pricing.json");
    for (const model of local.models) assert.deepEqual(resolveModel(PRICING, model.id)?.model, model);
    const added = genaiPricesModels(local.models);
    for (const model of added) assert.ok(!local.models.some((m) => m.id.toLowerCase() === model.id.toLowerCase()), model.id);
  });

  it("has current models of each provider: Claude 5, gpt-5.6, grok, DeepSeek v4, Llama on Groq and Together", () => {
    const cases: [string, string][] = [
      ["claude-opus-5", "anthropic"],
      ["claude-sonnet-5", "anthropic"],
      ["gpt-5.6", "openai"],
      ["grok-4", "xai"],
      ["deepseek-v4-pro", "deepseek"],
      ["gemini-3.5-flash", "google"],
      ["llama-3.3-70b-versatile", "groq"],
      ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "together"],
    ];
    for (const [name, provider] of cases) {
      const found = resolveModel(PRICING, name);
      assert.ok(found, name);
      assert.equal(found.model.provider, provider, name);
      assert.ok(found.model.inputPerMTok > 0 && found.model.outputPerMTok > 0, name);
      assert.equal(found.model.priceSource, `@pydantic/genai-prices ${GENAI_PRICES_VERSION}`, name);
    }
    // genai-prices' exact names become aliases: gpt-5.6 is gpt-5.6-sol.
    assert.equal(resolveModel(PRICING, "gpt-5.6")?.model.id, "gpt-5.6-sol");
  });

  it("a tiered price becomes the long-context rate; date-based prices take the newest that has started", () => {
    const tiered = PRICING.models.filter((m) => m.priceSource?.startsWith("@pydantic/genai-prices") && m.longContext);
    assert.ok(tiered.length > 0);
    for (const m of tiered) assert.ok(m.longContext!.inputPerMTok >= m.inputPerMTok, m.id);
    const before = genaiPricesModels([], "2000-01-01");
    const after = genaiPricesModels([], "2100-01-01");
    const later = new Map(after.map((m) => [m.id, m]));
    const changed = before.filter((m) => later.has(m.id) && (later.get(m.id)!.inputPerMTok !== m.inputPerMTok || later.get(m.id)!.outputPerMTok !== m.outputPerMTok));
    assert.ok(changed.length > 0, "some price changes with the date");
  });
});
