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
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const pricing_1 = require("../../src/core/cost/pricing");
const PRICING_JSON = path.join(__dirname, "../../../src/core/cost/pricing.json");
/** A fresh, mutable copy of the bundled file's data. */
function bundledData() {
    return JSON.parse(fs.readFileSync(PRICING_JSON, "utf8"));
}
function expectPricingError(run, ...fragments) {
    try {
        run();
    }
    catch (error) {
        assert.ok(error instanceof pricing_1.PricingError, `expected a PricingError, got ${String(error)}`);
        for (const fragment of fragments)
            assert.ok(error.message.includes(fragment), `"${fragment}" not in:\n${error.message}`);
        return error;
    }
    assert.fail("expected a PricingError");
}
describe("bundled pricing table", () => {
    const table = (0, pricing_1.defaultPricingTable)();
    it("validates and has at least 40 models from the five providers", () => {
        assert.ok(table.models.length >= 40, `${table.models.length} models`);
        const providers = new Set(table.models.map((m) => m.provider));
        for (const provider of ["openai", "anthropic", "google", "mistral", "deepseek"]) {
            assert.ok(providers.has(provider), provider);
        }
    });
    it("gives every model a price date and source, and marks non-OpenAI counts as approximate", () => {
        for (const model of table.models) {
            assert.match(model.priceDate ?? "", /^\d{4}-\d{2}-\d{2}$/, model.id);
            assert.ok((model.priceSource ?? "").length > 0, model.id);
            assert.equal(model.approximateTokens, model.provider !== "openai", model.id);
            if (model.provider === "openai")
                assert.equal(model.tokenFactor, 1, model.id);
        }
    });
    it("includes the models the linter is most often asked about", () => {
        for (const id of ["gpt-4o", "gpt-4o-mini", "gpt-4.1-nano", "o3", "gpt-5", "gpt-5.1", "claude-haiku-4-5",
            "claude-3-5-haiku", "claude-3-7-sonnet", "gemini-2.5-pro", "gemini-2.5-flash-lite", "gemini-3-pro-preview",
            "mistral-large", "codestral", "deepseek-chat", "deepseek-reasoner"]) {
            assert.equal((0, pricing_1.resolveModel)(table, id)?.resolution, "exact", id);
        }
    });
    it("is validated once and shared", () => {
        assert.equal((0, pricing_1.defaultPricingTable)(), table);
        assert.ok(Object.isFrozen(table.models[0]));
    });
});
describe("resolveModel", () => {
    const table = (0, pricing_1.defaultPricingTable)();
    const cases = [
        ["gpt-4o", "gpt-4o", "exact"],
        ["GPT-4o", "gpt-4o", "exact"],
        ["openai/gpt-4o", "gpt-4o", "exact"],
        ["gpt-4o-2024-08-06", "gpt-4o", "snapshot"],
        ["gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "exact"],
        ["gpt-4o-mini", "gpt-4o-mini", "exact"],
        ["gpt-4o-mini-2024-07-18", "gpt-4o-mini", "snapshot"],
        ["gpt-4o-mini-search-preview", "gpt-4o-mini", "prefix"],
        ["gpt-4.1-nano", "gpt-4.1-nano", "exact"],
        ["gpt-4.1-nano-2025-04-14", "gpt-4.1-nano", "snapshot"],
        ["gpt-4.1-2025-04-14", "gpt-4.1", "snapshot"],
        ["gpt-4-0613", "gpt-4", "snapshot"],
        ["o3-mini-2025-01-31", "o3-mini", "snapshot"],
        ["claude-3-5-haiku-20241022", "claude-3-5-haiku", "snapshot"],
        ["claude-3-5-haiku-latest", "claude-3-5-haiku", "snapshot"],
        ["anthropic/claude-3.5-haiku", "claude-3-5-haiku", "alias"],
        ["claude-sonnet-4-5@20250929", "claude-sonnet-4-5", "snapshot"],
        ["anthropic/claude-sonnet-4-5-20250929", "claude-sonnet-4-5", "snapshot"],
        ["claude-opus-4-0", "claude-opus-4", "alias"],
        ["us.anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku", "snapshot"],
        ["google/gemini-2.5-pro", "gemini-2.5-pro", "exact"],
        ["models/gemini-2.5-flash", "gemini-2.5-flash", "exact"],
        ["gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "exact"],
        ["gemini-2.0-flash-001", "gemini-2.0-flash", "snapshot"],
        ["mistral-large-latest", "mistral-large", "alias"],
        ["mistral/mistral-medium-2508", "mistral-medium-3-1", "alias"],
        ["deepseek/deepseek-chat", "deepseek-chat", "exact"],
    ];
    for (const [requested, id, resolution] of cases) {
        it(`${requested} -> ${id} (${resolution})`, () => {
            const resolved = (0, pricing_1.resolveModel)(table, requested);
            assert.equal(resolved?.model.id, id);
            assert.equal(resolved?.resolution, resolution);
            assert.equal(resolved?.requestedId, requested);
        });
    }
    it("does not resolve unknown names, or fall back across a version dot", () => {
        for (const name of ["llama-3.1-70b", "gpt-5.17-chat", "gpt-4x", "", "   "]) {
            assert.equal((0, pricing_1.resolveModel)(table, name), undefined, name);
        }
    });
    it("describes how a model was priced", () => {
        assert.equal((0, pricing_1.describeResolution)((0, pricing_1.resolveModel)(table, "gpt-4o-2024-08-06")), "gpt-4o-2024-08-06 priced as gpt-4o");
        assert.equal((0, pricing_1.describeResolution)((0, pricing_1.resolveModel)(table, "gpt-4o")), "gpt-4o");
    });
});
describe("loadPricingTable errors", () => {
    it("names the file, the entry and the field of a wrong type", () => {
        const data = bundledData();
        data.models[3].inputPerMTok = "2.5";
        const id = String(data.models[3].id);
        expectPricingError(() => (0, pricing_1.loadPricingTable)(data, "my-prices.json"), `my-prices.json: models[3] ("${id}"): inputPerMTok: expected a number, got string`);
    });
    it("reports a missing field", () => {
        const data = bundledData();
        delete data.models[0].outputPerMTok;
        expectPricingError(() => (0, pricing_1.loadPricingTable)(data, "pricing.json"), `models[0] ("gpt-4o"): outputPerMTok: missing (expected a number)`);
    });
    it("rejects a negative price", () => {
        const data = bundledData();
        data.models[1].cachedInputPerMTok = -0.5;
        expectPricingError(() => (0, pricing_1.loadPricingTable)(data, "pricing.json"), "models[1]", "cachedInputPerMTok: expected a number >= 0, got -0.5");
    });
    it("rejects unknown fields, bad enums, bad dates, a bad version and duplicate names", () => {
        const data = bundledData();
        data.models[2].inputPerMtok = 1;
        data.models[4].encoding = "p50k_base";
        data.models[5].priceDate = "July 2025";
        data.version = 2;
        expectPricingError(() => (0, pricing_1.loadPricingTable)(data, "pricing.json"), `models[2] ("${String(data.models[2].id)}"): unknown field "inputPerMtok"`, `models[4] ("${String(data.models[4].id)}"): encoding: expected "o200k_base" or "cl100k_base", got "p50k_base"`, `priceDate: expected a date YYYY-MM-DD, got "July 2025"`, "pricing.json: version: expected 1, got 2");
        const duplicate = bundledData();
        duplicate.models[6].aliases = ["GPT-4o"];
        expectPricingError(() => (0, pricing_1.loadPricingTable)(duplicate, "pricing.json"), `"GPT-4o" is already the id or an alias of models[0] ("gpt-4o")`);
    });
    it("names an entry without an id by its index", () => {
        const data = bundledData();
        data.models[7] = { provider: "openai" };
        expectPricingError(() => (0, pricing_1.loadPricingTable)(data, "pricing.json"), "pricing.json: models[7]: id: missing (expected a string)");
    });
});
describe("mergePricing", () => {
    const base = (0, pricing_1.defaultPricingTable)();
    it("overrides some fields of an existing model, found by id or alias", () => {
        const merged = (0, pricing_1.mergePricing)(base, [{ id: "GPT-4o", inputPerMTok: 2 }, { id: "mistral-large-latest", maxOutputTokens: 4096 }], "settings.json");
        const gpt4o = (0, pricing_1.resolveModel)(merged, "gpt-4o-2024-08-06").model;
        assert.equal(gpt4o.inputPerMTok, 2);
        assert.equal(gpt4o.outputPerMTok, 10);
        assert.equal(gpt4o.priceSource, "settings.json");
        const large = (0, pricing_1.resolveModel)(merged, "mistral-large").model;
        assert.equal(large.maxOutputTokens, 4096);
        assert.equal(large.priceSource, (0, pricing_1.resolveModel)(base, "mistral-large").model.priceSource);
        assert.equal(merged.models.length, base.models.length);
        assert.equal((0, pricing_1.resolveModel)(base, "gpt-4o").model.inputPerMTok, 2.5, "the base table is unchanged");
    });
    it("adds a new model with defaults", () => {
        const merged = (0, pricing_1.mergePricing)(base, [
            { id: "acme-7b", provider: "acme", inputPerMTok: 0.2, outputPerMTok: 0.6, contextWindow: 32000, maxOutputTokens: 4096, aliases: ["acme-latest"] },
        ]);
        const acme = (0, pricing_1.resolveModel)(merged, "acme/acme-latest").model;
        assert.equal(acme.id, "acme-7b");
        assert.equal(acme.cachedInputPerMTok, 0.2);
        assert.equal(acme.encoding, "o200k_base");
        assert.equal(acme.approximateTokens, true);
        assert.equal(merged.models.length, base.models.length + 1);
    });
    it("requires the essential fields of a new model", () => {
        expectPricingError(() => (0, pricing_1.mergePricing)(base, [{ id: "acme-7b", provider: "acme", inputPerMTok: 1 }], "settings.json"), `settings.json: overrides[0] ("acme-7b"): "acme-7b" is not a known model, so it must give outputPerMTok, contextWindow, maxOutputTokens`);
    });
    it("validates override fields", () => {
        expectPricingError(() => (0, pricing_1.mergePricing)(base, [{ id: "gpt-4o", outputPerMTok: -1 }], "settings.json"), `settings.json: overrides[0] ("gpt-4o"): outputPerMTok: expected a number >= 0, got -1`);
        expectPricingError(() => (0, pricing_1.mergePricing)(base, [{ id: "gpt-4o", inputPrice: 1 }], "settings.json"), `overrides[0] ("gpt-4o"): unknown field "inputPrice"`);
        expectPricingError(() => (0, pricing_1.mergePricing)(base, [{ id: "gpt-4o", aliases: ["gpt-4o-mini"] }], "settings.json"), `"gpt-4o-mini" is already the id or an alias of`);
    });
});
describe("costUsd", () => {
    const model = (id) => (0, pricing_1.resolveModel)((0, pricing_1.defaultPricingTable)(), id).model;
    const close = (actual, expected) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} vs ${expected}`);
    it("prices input and output per million tokens", () => {
        // gpt-4o: $2.50 in, $10 out per million.
        close((0, pricing_1.costUsd)(model("gpt-4o"), 1_000_000, 0), 2.5);
        close((0, pricing_1.costUsd)(model("gpt-4o"), 12_000, 800), (12_000 * 2.5 + 800 * 10) / 1e6);
    });
    it("prices cached input at the cached rate, as part of the input", () => {
        // gpt-4.1-mini: $0.40 in, $0.10 cached, $1.60 out.
        close((0, pricing_1.costUsd)(model("gpt-4.1-mini"), 10_000, 2_000, 6_000), (4_000 * 0.4 + 6_000 * 0.1 + 2_000 * 1.6) / 1e6);
    });
    it("switches the whole request to long-context rates above the threshold", () => {
        // gemini-2.5-pro: $1.25 / $10 up to 200k prompt tokens, $2.50 / $15 above.
        close((0, pricing_1.costUsd)(model("gemini-2.5-pro"), 200_000, 1_000), (200_000 * 1.25 + 1_000 * 10) / 1e6);
        close((0, pricing_1.costUsd)(model("gemini-2.5-pro"), 200_001, 1_000), (200_001 * 2.5 + 1_000 * 15) / 1e6);
    });
    it("rejects impossible token counts", () => {
        assert.throws(() => (0, pricing_1.costUsd)(model("gpt-4o"), -1, 0), RangeError);
        assert.throws(() => (0, pricing_1.costUsd)(model("gpt-4o"), 10, Number.NaN), RangeError);
        assert.throws(() => (0, pricing_1.costUsd)(model("gpt-4o"), 10, 0, 11), RangeError);
    });
});
//# sourceMappingURL=pricing.test.js.map