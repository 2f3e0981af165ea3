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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const genai_prices_1 = require("../../src/core/cost/genai-prices");
const pricing_1 = require("../../src/core/cost/pricing");
const pricing_schema_1 = require("../../src/core/cost/pricing-schema");
const root = node_path_1.default.resolve(__dirname, "../../..");
const PRICING = (0, pricing_1.defaultPricingTable)();
describe("bundled price data (pricing.json + @pydantic/genai-prices)", () => {
    it("the version and date in genai-prices.ts are those of the installed package", () => {
        const pkg = JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(root, "node_modules/@pydantic/genai-prices/package.json"), "utf8"));
        assert.equal(pkg.version, genai_prices_1.GENAI_PRICES_VERSION);
        assert.match(genai_prices_1.GENAI_PRICES_DATE, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(PRICING.updated >= genai_prices_1.GENAI_PRICES_DATE);
    });
    it("every model validates against the schema and no name prices two models", () => {
        const names = new Map();
        for (const model of PRICING.models) {
            assert.ok(pricing_schema_1.modelPriceSchema.safeParse(model).success, model.id);
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
        const local = (0, pricing_1.loadPricingTable)(JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(root, "src/core/cost/pricing.json"), "utf8")), "pricing.json");
        for (const model of local.models)
            assert.deepEqual((0, pricing_1.resolveModel)(PRICING, model.id)?.model, model);
        const added = (0, genai_prices_1.genaiPricesModels)(local.models);
        for (const model of added)
            assert.ok(!local.models.some((m) => m.id.toLowerCase() === model.id.toLowerCase()), model.id);
    });
    it("has current models of each provider: Claude 5, gpt-5.6, grok, DeepSeek v4, Llama on Groq and Together", () => {
        const cases = [
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
            const found = (0, pricing_1.resolveModel)(PRICING, name);
            assert.ok(found, name);
            assert.equal(found.model.provider, provider, name);
            assert.ok(found.model.inputPerMTok > 0 && found.model.outputPerMTok > 0, name);
            assert.equal(found.model.priceSource, `@pydantic/genai-prices ${genai_prices_1.GENAI_PRICES_VERSION}`, name);
        }
        // genai-prices' exact names become aliases: gpt-5.6 is gpt-5.6-sol.
        assert.equal((0, pricing_1.resolveModel)(PRICING, "gpt-5.6")?.model.id, "gpt-5.6-sol");
    });
    it("a tiered price becomes the long-context rate; date-based prices take the newest that has started", () => {
        const tiered = PRICING.models.filter((m) => m.priceSource?.startsWith("@pydantic/genai-prices") && m.longContext);
        assert.ok(tiered.length > 0);
        for (const m of tiered)
            assert.ok(m.longContext.inputPerMTok >= m.inputPerMTok, m.id);
        const before = (0, genai_prices_1.genaiPricesModels)([], "2000-01-01");
        const after = (0, genai_prices_1.genaiPricesModels)([], "2100-01-01");
        const later = new Map(after.map((m) => [m.id, m]));
        const changed = before.filter((m) => later.has(m.id) && (later.get(m.id).inputPerMTok !== m.inputPerMTok || later.get(m.id).outputPerMTok !== m.outputPerMTok));
        assert.ok(changed.length > 0, "some price changes with the date");
    });
});
//# sourceMappingURL=pricing-data.test.js.map