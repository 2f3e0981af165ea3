"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeResolution = exports.PricingError = void 0;
exports.loadPricingTable = loadPricingTable;
exports.defaultPricingTable = defaultPricingTable;
exports.mergePricing = mergePricing;
exports.applyPricingOverrides = applyPricingOverrides;
exports.resolveModel = resolveModel;
exports.costUsd = costUsd;
/**
 * Model price tables: loading and validating them, user overrides, model-name
 * resolution and cost arithmetic. Prices are USD per million tokens.
 *
 * The bundled table (pricing.json) is validated on first use and cached.
 */
const pricing_json_1 = __importDefault(require("./pricing.json"));
const model_resolution_1 = require("./model-resolution");
Object.defineProperty(exports, "describeResolution", { enumerable: true, get: function () { return model_resolution_1.describeResolution; } });
const pricing_error_1 = require("./pricing-error");
Object.defineProperty(exports, "PricingError", { enumerable: true, get: function () { return pricing_error_1.PricingError; } });
const pricing_schema_1 = require("./pricing-schema");
/** Fields a model added by an override must give (the others have defaults). */
const REQUIRED_FOR_NEW_MODEL = ["provider", "inputPerMTok", "outputPerMTok", "contextWindow", "maxOutputTokens"];
const PRICE_FIELDS = ["inputPerMTok", "outputPerMTok", "cachedInputPerMTok", "cacheWritePerMTok", "longContext"];
let defaultTable;
/** Validates a parsed price file; throws PricingError naming `sourceName`, the entry and the field. */
function loadPricingTable(data, sourceName) {
    const parsed = pricing_schema_1.pricingFileSchema.safeParse(data);
    if (!parsed.success) {
        throw new pricing_error_1.PricingError(sourceName, (0, pricing_error_1.describeIssues)(parsed.error.issues, data, sourceName, "models"));
    }
    const { version, updated, models } = parsed.data;
    return freezeTable({ version, updated, models, sourceName }, "models", sourceName);
}
/**
 * The bundled price table, validated once: pricing.json (hand-checked, with output limits and tokenizers) and the
 * models of @pydantic/genai-prices it does not have (genai-prices.ts). Dated by the newer of the two.
 */
function defaultPricingTable() {
    if (defaultTable)
        return defaultTable;
    const local = loadPricingTable(pricing_json_1.default, "pricing.json");
    // Loaded on first use only (esbuild bundles it, run lazily): building genai-prices' tables costs a tenth of a
    // second and megabytes, which an ESLint run over code with no LLM call never needs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: runs on first use only
    const { GENAI_PRICES_DATE, genaiPricesModels } = require("./genai-prices");
    const added = genaiPricesModels(local.models).map((model) => {
        const checked = pricing_schema_1.modelPriceSchema.safeParse(model);
        if (!checked.success)
            throw new pricing_error_1.PricingError("@pydantic/genai-prices", (0, pricing_error_1.describeIssues)(checked.error.issues, model, `@pydantic/genai-prices: ${model.id}`, ""));
        return checked.data;
    });
    const updated = local.updated > GENAI_PRICES_DATE ? local.updated : GENAI_PRICES_DATE;
    defaultTable = freezeTable({ version: 1, updated, models: [...local.models, ...added], sourceName: local.sourceName }, "models", "pricing.json");
    return defaultTable;
}
/**
 * Applies user overrides. An override whose id is the id or an alias of an
 * existing model replaces just the fields it gives; a change of any price marks
 * the entry's source as `sourceName` (and its date as the override's priceDate,
 * if any). Any other id adds a model, which must give provider, inputPerMTok,
 * outputPerMTok, contextWindow and maxOutputTokens; the rest default to
 * cachedInputPerMTok = inputPerMTok, encoding o200k_base, tokenFactor 1,
 * approximateTokens = (provider is not "openai"), no aliases.
 * Throws a PricingError listing every override that cannot be applied.
 */
function mergePricing(base, overrides, sourceName = "pricing overrides") {
    const parsed = pricing_schema_1.priceOverridesSchema.safeParse(overrides);
    if (!parsed.success) {
        throw new pricing_error_1.PricingError(sourceName, (0, pricing_error_1.describeIssues)(parsed.error.issues, overrides, sourceName, "overrides"));
    }
    const merged = applyPricingOverrides(base, parsed.data, {
        sourceOf: () => sourceName,
        labelOf: (index, override) => `${sourceName}: ${(0, pricing_error_1.entryLabel)("overrides", index, override)}`,
    });
    if (merged.problems.length > 0)
        throw new pricing_error_1.PricingError(sourceName, merged.problems);
    return merged.table;
}
/**
 * mergePricing's rules, but an override that cannot be applied (a new model missing fields, a bad value, a
 * name another model has) is reported and skipped, and the others stand. One pass: linear in the number of
 * models and overrides.
 */
function applyPricingOverrides(base, overrides, names) {
    if (overrides.length === 0)
        return { table: base, applied: [], problems: [] };
    const models = [...base.models];
    const positions = new Map();
    models.forEach((model, position) => {
        for (const name of namesOf(model))
            positions.set(name, position);
    });
    const problems = [];
    const applied = [];
    overrides.forEach((override, index) => {
        const label = names.labelOf(index, override);
        const source = names.sourceOf(index);
        const entry = pricing_schema_1.priceOverrideSchema.safeParse(override);
        if (!entry.success) {
            problems.push(...(0, pricing_error_1.describeIssues)(entry.error.issues, override, label, ""));
            return;
        }
        const position = positions.get(override.id.toLowerCase());
        let candidate;
        if (position !== undefined) {
            candidate = overrideExisting(models[position], entry.data, source);
        }
        else {
            const missing = REQUIRED_FOR_NEW_MODEL.filter((field) => override[field] === undefined);
            if (missing.length > 0) {
                problems.push(`${label}: "${override.id}" is not a known model, so it must give ${missing.join(", ")}`);
                return;
            }
            candidate = newModel(entry.data, source);
        }
        const checked = pricing_schema_1.modelPriceSchema.safeParse(candidate);
        if (!checked.success) {
            problems.push(...(0, pricing_error_1.describeIssues)(checked.error.issues, candidate, label, ""));
            return;
        }
        const target = position ?? models.length;
        const taken = namesOf(checked.data).filter((name) => {
            const other = positions.get(name);
            return other !== undefined && other !== target;
        });
        if (taken.length > 0) {
            problems.push(`${label}: "${taken[0]}" is already the id or an alias of ${(0, pricing_error_1.entryLabel)("models", positions.get(taken[0]), models[positions.get(taken[0])])}`);
            return;
        }
        if (position !== undefined) {
            for (const name of namesOf(models[position]))
                if (positions.get(name) === position)
                    positions.delete(name);
        }
        models[target] = checked.data;
        for (const name of namesOf(checked.data))
            positions.set(name, target);
        applied.push(index);
    });
    const merged = { version: base.version, updated: base.updated, models, sourceName: base.sourceName };
    return { table: freezeTable(merged, "models", base.sourceName), applied, problems };
}
function namesOf(model) {
    return [model.id, ...model.aliases].map((name) => name.toLowerCase());
}
/** The price entry for a model name as written in code (see model-resolution.ts for the rules). */
function resolveModel(table, modelId) {
    return (0, model_resolution_1.resolveModelIn)(table.models, modelId);
}
/**
 * Cost in USD of one request. `inputTokens` is the whole prompt, including the
 * `cachedInputTokens` read from the prompt cache (OpenAI's usage convention).
 * If the model has long-context rates and the prompt exceeds their threshold,
 * those rates apply to the whole request.
 */
function costUsd(model, inputTokens, outputTokens, cachedInputTokens = 0) {
    assertTokenCount("inputTokens", inputTokens);
    assertTokenCount("outputTokens", outputTokens);
    assertTokenCount("cachedInputTokens", cachedInputTokens);
    if (cachedInputTokens > inputTokens) {
        throw new RangeError(`costUsd: cachedInputTokens (${cachedInputTokens}) exceeds inputTokens (${inputTokens})`);
    }
    const rates = model.longContext !== undefined && inputTokens > model.longContext.aboveInputTokens ? model.longContext : model;
    const uncachedInput = inputTokens - cachedInputTokens;
    return ((uncachedInput * rates.inputPerMTok + cachedInputTokens * rates.cachedInputPerMTok + outputTokens * rates.outputPerMTok) /
        1_000_000);
}
function overrideExisting(existing, override, sourceName) {
    const merged = { ...existing };
    for (const [field, value] of Object.entries(override)) {
        if (value !== undefined && field !== "id")
            merged[field] = value;
    }
    const repriced = PRICE_FIELDS.some((field) => override[field] !== undefined);
    if (repriced) {
        merged.priceSource = override.priceSource ?? sourceName;
        merged.priceDate = override.priceDate;
        if (merged.priceDate === undefined)
            delete merged.priceDate;
    }
    return merged;
}
function newModel(override, sourceName) {
    const defaults = {
        cachedInputPerMTok: override.inputPerMTok,
        encoding: "o200k_base",
        tokenFactor: 1,
        approximateTokens: override.provider !== "openai",
        priceSource: sourceName,
        aliases: [],
    };
    const given = Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined));
    return { ...defaults, ...given };
}
/** Checks that no id or alias names two models, then freezes the table (it is shared). */
function freezeTable(table, listName, errorSource) {
    const ids = new Map();
    const problems = [];
    table.models.forEach((model, index) => {
        for (const name of [model.id, ...model.aliases]) {
            const key = name.toLowerCase();
            const other = ids.get(key);
            if (other !== undefined && other !== index) {
                problems.push(`${errorSource}: ${(0, pricing_error_1.entryLabel)(listName, index, model)}: "${name}" is already the id or an alias of ${(0, pricing_error_1.entryLabel)(listName, other, table.models[other])}`);
            }
            ids.set(key, index);
        }
    });
    if (problems.length > 0)
        throw new pricing_error_1.PricingError(errorSource, problems);
    for (const model of table.models) {
        Object.freeze(model.aliases);
        if (model.longContext !== undefined)
            Object.freeze(model.longContext);
        Object.freeze(model);
    }
    return Object.freeze({ ...table, models: Object.freeze([...table.models]) });
}
function assertTokenCount(name, value) {
    if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`costUsd: ${name} must be a finite number >= 0, got ${value}`);
    }
}
//# sourceMappingURL=pricing.js.map