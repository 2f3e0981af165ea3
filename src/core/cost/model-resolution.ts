/**
 * Finding the price entry of a model name as it appears in code.
 *
 * Names are compared case-insensitively, in this order:
 *   1. exact:    the name (or, if it has a provider path such as "openai/gpt-4o",
 *                "anthropic/...", "models/gemini-2.5-flash", its last segment;
 *                Bedrock's "us.anthropic." prefix and a cross-region profile's "us." / "eu." before
 *                another vendor are dropped too) equals a model id;
 *   2. alias:    it equals one of a model's aliases;
 *   3. snapshot: after removing up to three version suffixes it is an id or an alias.
 *                Suffixes: -2024-08-06, -20241022, @20250929, @001, -0613/-2411,
 *                -001, -latest, -v1 / -v1:0, -preview-09-2025 / -preview-06-17;
 *   4. prefix:   the longest id or alias that starts the name and is followed by
 *                "-", "@", ":" or "_" (so "gpt-4o-mini-x" is gpt-4o-mini, never
 *                gpt-4o, and "gpt-5.3-x" does not fall back to gpt-5).
 */
import type { ModelPrice } from "./pricing-schema";

export type ModelResolution = "exact" | "alias" | "snapshot" | "prefix";

export interface ResolvedModel {
  readonly model: ModelPrice;
  /** The name as given. */
  readonly requestedId: string;
  /** The id or alias it matched (lower case). */
  readonly matchedName: string;
  readonly resolution: ModelResolution;
}

interface ModelIndex {
  readonly ids: ReadonlyMap<string, ModelPrice>;
  readonly aliases: ReadonlyMap<string, ModelPrice>;
  /** All ids and aliases, longest first. */
  readonly namesByLength: readonly { readonly name: string; readonly model: ModelPrice }[];
}

const SNAPSHOT_SUFFIX =
  /(?:-\d{4}-\d{2}-\d{2}|-\d{8}|@\d{3,8}|-\d{3,4}|-latest|-v\d+(?::\d+)?|-preview-\d{2}-\d{2,4})$/;
const MAX_SUFFIXES = 3;
const PREFIX_BOUNDARY = /^[-@:_]/;
const BEDROCK_PREFIX = /^(?:(?:us|eu|apac|global|jp|au)\.)?anthropic\./;
/** A Bedrock cross-region inference profile's region before a vendor (`us.amazon.nova-lite-v1:0`, `eu.meta.llama…`). */
const BEDROCK_REGION = /^(?:us|eu|apac|global|jp|au|ca|us-gov)\.(?=[a-z][a-z0-9-]*\.)/;

const indexes = new WeakMap<readonly ModelPrice[], ModelIndex>();

/** The price entry for `modelId` among `models`, and how it was found; undefined if none fits. */
export function resolveModelIn(models: readonly ModelPrice[], modelId: string): ResolvedModel | undefined {
  const requested = modelId.trim().toLowerCase();
  if (requested === "") return undefined;
  const index = indexOf(models);

  const found = (name: string, resolution: ModelResolution, model: ModelPrice): ResolvedModel => ({
    model,
    requestedId: modelId,
    matchedName: name,
    resolution,
  });
  const direct = (name: string, snapshot: boolean): ResolvedModel | undefined => {
    const byId = index.ids.get(name);
    if (byId !== undefined) return found(name, snapshot ? "snapshot" : "exact", byId);
    const byAlias = index.aliases.get(name);
    if (byAlias !== undefined) return found(name, snapshot ? "snapshot" : "alias", byAlias);
    return undefined;
  };

  const asGiven = direct(requested, false);
  if (asGiven !== undefined) return asGiven;
  const bare = withoutProvider(requested);
  const plain = direct(bare, false);
  if (plain !== undefined) return plain;

  let stripped = bare;
  for (let i = 0; i < MAX_SUFFIXES; i++) {
    const shorter = stripped.replace(SNAPSHOT_SUFFIX, "");
    if (shorter === stripped || shorter === "") break;
    stripped = shorter;
    const snapshot = direct(stripped, true);
    if (snapshot !== undefined) return snapshot;
  }

  for (const { name, model } of index.namesByLength) {
    if (bare.length > name.length && bare.startsWith(name) && PREFIX_BOUNDARY.test(bare.slice(name.length))) {
      return found(name, "prefix", model);
    }
  }
  return undefined;
}

/** "gpt-4o-2024-08-06 priced as gpt-4o" (or just the id for an exact match). */
export function describeResolution(resolved: ResolvedModel): string {
  if (resolved.resolution === "exact" && resolved.requestedId.trim().toLowerCase() === resolved.model.id.toLowerCase()) {
    return resolved.model.id;
  }
  return `${resolved.requestedId} priced as ${resolved.model.id}`;
}

/**
 * The model name without provider decorations: `openai/gpt-4o` (gateways), `openai:gpt-4o` (LangChain's
 * initChatModel and AI SDK registries), Bedrock's `us.anthropic.claude-…-v2:0`, Vertex's `claude-…-v2@20241022`.
 */
function withoutProvider(name: string): string {
  let bare = name.slice(name.lastIndexOf("/") + 1);
  const colon = bare.indexOf(":");
  if (colon > 0 && /^[a-z][a-z0-9_-]*$/.test(bare.slice(0, colon)) && !/^\d/.test(bare.slice(colon + 1))) bare = bare.slice(colon + 1);
  // Bedrock's version suffixes (-v2:0) and Vertex's @date are snapshot suffixes, stripped by the caller.
  return bare.replace(BEDROCK_PREFIX, "").replace(BEDROCK_REGION, "");
}

function indexOf(models: readonly ModelPrice[]): ModelIndex {
  const existing = indexes.get(models);
  if (existing !== undefined) return existing;
  const ids = new Map<string, ModelPrice>();
  const aliases = new Map<string, ModelPrice>();
  for (const model of models) {
    ids.set(model.id.toLowerCase(), model);
    for (const alias of model.aliases) aliases.set(alias.toLowerCase(), model);
  }
  const namesByLength = [...ids, ...aliases]
    .map(([name, model]) => ({ name, model }))
    .sort((a, b) => b.name.length - a.name.length);
  const index: ModelIndex = { ids, aliases, namesByLength };
  indexes.set(models, index);
  return index;
}
