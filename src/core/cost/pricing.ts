/**
 * Model price tables: loading and validating them, user overrides, model-name
 * resolution and cost arithmetic. Prices are USD per million tokens.
 *
 * The bundled table (pricing.json) is validated on first use and cached.
 */
import bundledPricing from "./pricing.json";
import { describeResolution, resolveModelIn, type ModelResolution, type ResolvedModel } from "./model-resolution";
import { describeIssues, entryLabel, PricingError } from "./pricing-error";
import {
  modelPriceSchema,
  priceOverrideSchema,
  priceOverridesSchema,
  pricingFileSchema,
  type LongContextPrice,
  type ModelPrice,
  type PartialModelPrice,
} from "./pricing-schema";

export { PricingError, describeResolution };
export type { LongContextPrice, ModelPrice, ModelResolution, PartialModelPrice, ResolvedModel };

export interface PricingTable {
  readonly version: 1;
  /** Date of the table's newest price. */
  readonly updated: string;
  readonly models: readonly ModelPrice[];
  /** File or setting the table came from, for messages. */
  readonly sourceName: string;
}

/** Fields a model added by an override must give (the others have defaults). */
const REQUIRED_FOR_NEW_MODEL = ["provider", "inputPerMTok", "outputPerMTok", "contextWindow", "maxOutputTokens"] as const;
const PRICE_FIELDS = ["inputPerMTok", "outputPerMTok", "cachedInputPerMTok", "cacheWritePerMTok", "longContext"] as const;

let defaultTable: PricingTable | undefined;

/** Validates a parsed price file; throws PricingError naming `sourceName`, the entry and the field. */
export function loadPricingTable(data: unknown, sourceName: string): PricingTable {
  const parsed = pricingFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new PricingError(sourceName, describeIssues(parsed.error.issues, data, sourceName, "models"));
  }
  const { version, updated, models } = parsed.data;
  return freezeTable({ version, updated, models, sourceName }, "models", sourceName);
}

/**
 * The bundled price table, validated once: pricing.json (hand-checked, with output limits and tokenizers) and the
 * models of @pydantic/genai-prices it does not have (genai-prices.ts). Dated by the newer of the two.
 */
export function defaultPricingTable(): PricingTable {
  if (defaultTable) return defaultTable;
  const local = loadPricingTable(bundledPricing, "pricing.json");
  // Loaded on first use only (esbuild bundles it, run lazily): building genai-prices' tables costs a tenth of a
  // second and megabytes, which an ESLint run over code with no LLM call never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: runs on first use only
  const { GENAI_PRICES_DATE, genaiPricesModels } = require("./genai-prices") as typeof import("./genai-prices");
  const added = genaiPricesModels(local.models).map((model) => {
    const checked = modelPriceSchema.safeParse(model);
    if (!checked.success) throw new PricingError("@pydantic/genai-prices", describeIssues(checked.error.issues, model, `@pydantic/genai-prices: ${model.id}`, ""));
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
export function mergePricing(
  base: PricingTable,
  overrides: PartialModelPrice[],
  sourceName = "pricing overrides",
): PricingTable {
  const parsed = priceOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    throw new PricingError(sourceName, describeIssues(parsed.error.issues, overrides, sourceName, "overrides"));
  }
  const merged = applyPricingOverrides(base, parsed.data, {
    sourceOf: () => sourceName,
    labelOf: (index, override) => `${sourceName}: ${entryLabel("overrides", index, override)}`,
  });
  if (merged.problems.length > 0) throw new PricingError(sourceName, merged.problems);
  return merged.table;
}

export interface AppliedOverrides {
  table: PricingTable;
  /** Positions (in `overrides`) of the overrides applied. */
  applied: number[];
  /** One line per override that could not be applied (it is skipped; the others stand). */
  problems: string[];
}

/**
 * mergePricing's rules, but an override that cannot be applied (a new model missing fields, a bad value, a
 * name another model has) is reported and skipped, and the others stand. One pass: linear in the number of
 * models and overrides.
 */
export function applyPricingOverrides(
  base: PricingTable,
  overrides: readonly PartialModelPrice[],
  names: {
    /** The priceSource of a model an override prices. */
    sourceOf: (index: number) => string;
    /** An override as messages name it, e.g. `costlint.config.json: pricing[3] ("gpt-4o")`. */
    labelOf: (index: number, override: PartialModelPrice) => string;
  },
): AppliedOverrides {
  if (overrides.length === 0) return { table: base, applied: [], problems: [] };
  const models: ModelPrice[] = [...base.models];
  const positions = new Map<string, number>();
  models.forEach((model, position) => {
    for (const name of namesOf(model)) positions.set(name, position);
  });

  const problems: string[] = [];
  const applied: number[] = [];
  overrides.forEach((override, index) => {
    const label = names.labelOf(index, override);
    const source = names.sourceOf(index);
    const entry = priceOverrideSchema.safeParse(override);
    if (!entry.success) {
      problems.push(...describeIssues(entry.error.issues, override, label, ""));
      return;
    }
    const position = positions.get(override.id.toLowerCase());
    let candidate: unknown;
    if (position !== undefined) {
      candidate = overrideExisting(models[position]!, entry.data, source);
    } else {
      const missing = REQUIRED_FOR_NEW_MODEL.filter((field) => override[field] === undefined);
      if (missing.length > 0) {
        problems.push(`${label}: "${override.id}" is not a known model, so it must give ${missing.join(", ")}`);
        return;
      }
      candidate = newModel(entry.data, source);
    }
    const checked = modelPriceSchema.safeParse(candidate);
    if (!checked.success) {
      problems.push(...describeIssues(checked.error.issues, candidate, label, ""));
      return;
    }
    const target = position ?? models.length;
    const taken = namesOf(checked.data).filter((name) => {
      const other = positions.get(name);
      return other !== undefined && other !== target;
    });
    if (taken.length > 0) {
      problems.push(`${label}: "${taken[0]}" is already the id or an alias of ${entryLabel("models", positions.get(taken[0]!)!, models[positions.get(taken[0]!)!])}`);
      return;
    }
    if (position !== undefined) {
      for (const name of namesOf(models[position]!)) if (positions.get(name) === position) positions.delete(name);
    }
    models[target] = checked.data;
    for (const name of namesOf(checked.data)) positions.set(name, target);
    applied.push(index);
  });

  const merged = { version: base.version, updated: base.updated, models, sourceName: base.sourceName };
  return { table: freezeTable(merged, "models", base.sourceName), applied, problems };
}

function namesOf(model: ModelPrice): string[] {
  return [model.id, ...model.aliases].map((name) => name.toLowerCase());
}

/** The price entry for a model name as written in code (see model-resolution.ts for the rules). */
export function resolveModel(table: PricingTable, modelId: string): ResolvedModel | undefined {
  return resolveModelIn(table.models, modelId);
}

/**
 * Cost in USD of one request. `inputTokens` is the whole prompt, including the
 * `cachedInputTokens` read from the prompt cache (OpenAI's usage convention).
 * If the model has long-context rates and the prompt exceeds their threshold,
 * those rates apply to the whole request.
 */
export function costUsd(model: ModelPrice, inputTokens: number, outputTokens: number, cachedInputTokens = 0): number {
  assertTokenCount("inputTokens", inputTokens);
  assertTokenCount("outputTokens", outputTokens);
  assertTokenCount("cachedInputTokens", cachedInputTokens);
  if (cachedInputTokens > inputTokens) {
    throw new RangeError(`costUsd: cachedInputTokens (${cachedInputTokens}) exceeds inputTokens (${inputTokens})`);
  }
  const rates =
    model.longContext !== undefined && inputTokens > model.longContext.aboveInputTokens ? model.longContext : model;
  const uncachedInput = inputTokens - cachedInputTokens;
  return (
    (uncachedInput * rates.inputPerMTok + cachedInputTokens * rates.cachedInputPerMTok + outputTokens * rates.outputPerMTok) /
    1_000_000
  );
}

function overrideExisting(existing: ModelPrice, override: PartialModelPrice, sourceName: string): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...existing };
  for (const [field, value] of Object.entries(override)) {
    if (value !== undefined && field !== "id") merged[field] = value;
  }
  const repriced = PRICE_FIELDS.some((field) => override[field] !== undefined);
  if (repriced) {
    merged.priceSource = override.priceSource ?? sourceName;
    merged.priceDate = override.priceDate;
    if (merged.priceDate === undefined) delete merged.priceDate;
  }
  return merged;
}

function newModel(override: PartialModelPrice, sourceName: string): Record<string, unknown> {
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
function freezeTable(table: PricingTable, listName: string, errorSource: string): PricingTable {
  const ids = new Map<string, number>();
  const problems: string[] = [];
  table.models.forEach((model, index) => {
    for (const name of [model.id, ...model.aliases]) {
      const key = name.toLowerCase();
      const other = ids.get(key);
      if (other !== undefined && other !== index) {
        problems.push(
          `${errorSource}: ${entryLabel(listName, index, model)}: "${name}" is already the id or an alias of ${entryLabel(listName, other, table.models[other])}`,
        );
      }
      ids.set(key, index);
    }
  });
  if (problems.length > 0) throw new PricingError(errorSource, problems);
  for (const model of table.models) {
    Object.freeze(model.aliases);
    if (model.longContext !== undefined) Object.freeze(model.longContext);
    Object.freeze(model);
  }
  return Object.freeze({ ...table, models: Object.freeze([...table.models]) });
}

function assertTokenCount(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`costUsd: ${name} must be a finite number >= 0, got ${value}`);
  }
}
