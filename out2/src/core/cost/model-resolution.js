"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveModelIn = resolveModelIn;
exports.describeResolution = describeResolution;
const SNAPSHOT_SUFFIX = /(?:-\d{4}-\d{2}-\d{2}|-\d{8}|@\d{3,8}|-\d{3,4}|-latest|-v\d+(?::\d+)?|-preview-\d{2}-\d{2,4})$/;
const MAX_SUFFIXES = 3;
const PREFIX_BOUNDARY = /^[-@:_]/;
const BEDROCK_PREFIX = /^(?:(?:us|eu|apac|global|jp|au)\.)?anthropic\./;
/** A Bedrock cross-region inference profile's region before a vendor (`us.amazon.nova-lite-v1:0`, `eu.meta.llama…`). */
const BEDROCK_REGION = /^(?:us|eu|apac|global|jp|au|ca|us-gov)\.(?=[a-z][a-z0-9-]*\.)/;
const indexes = new WeakMap();
/** The price entry for `modelId` among `models`, and how it was found; undefined if none fits. */
function resolveModelIn(models, modelId) {
    const requested = modelId.trim().toLowerCase();
    if (requested === "")
        return undefined;
    const index = indexOf(models);
    const found = (name, resolution, model) => ({
        model,
        requestedId: modelId,
        matchedName: name,
        resolution,
    });
    const direct = (name, snapshot) => {
        const byId = index.ids.get(name);
        if (byId !== undefined)
            return found(name, snapshot ? "snapshot" : "exact", byId);
        const byAlias = index.aliases.get(name);
        if (byAlias !== undefined)
            return found(name, snapshot ? "snapshot" : "alias", byAlias);
        return undefined;
    };
    const asGiven = direct(requested, false);
    if (asGiven !== undefined)
        return asGiven;
    const bare = withoutProvider(requested);
    const plain = direct(bare, false);
    if (plain !== undefined)
        return plain;
    let stripped = bare;
    for (let i = 0; i < MAX_SUFFIXES; i++) {
        const shorter = stripped.replace(SNAPSHOT_SUFFIX, "");
        if (shorter === stripped || shorter === "")
            break;
        stripped = shorter;
        const snapshot = direct(stripped, true);
        if (snapshot !== undefined)
            return snapshot;
    }
    for (const { name, model } of index.namesByLength) {
        if (bare.length > name.length && bare.startsWith(name) && PREFIX_BOUNDARY.test(bare.slice(name.length))) {
            return found(name, "prefix", model);
        }
    }
    return undefined;
}
/** "gpt-4o-2024-08-06 priced as gpt-4o" (or just the id for an exact match). */
function describeResolution(resolved) {
    if (resolved.resolution === "exact" && resolved.requestedId.trim().toLowerCase() === resolved.model.id.toLowerCase()) {
        return resolved.model.id;
    }
    return `${resolved.requestedId} priced as ${resolved.model.id}`;
}
/**
 * The model name without provider decorations: `openai/gpt-4o` (gateways), `openai:gpt-4o` (LangChain's
 * initChatModel and AI SDK registries), Bedrock's `us.anthropic.claude-…-v2:0`, Vertex's `claude-…-v2@20241022`.
 */
function withoutProvider(name) {
    let bare = name.slice(name.lastIndexOf("/") + 1);
    const colon = bare.indexOf(":");
    if (colon > 0 && /^[a-z][a-z0-9_-]*$/.test(bare.slice(0, colon)) && !/^\d/.test(bare.slice(colon + 1)))
        bare = bare.slice(colon + 1);
    // Bedrock's version suffixes (-v2:0) and Vertex's @date are snapshot suffixes, stripped by the caller.
    return bare.replace(BEDROCK_PREFIX, "").replace(BEDROCK_REGION, "");
}
function indexOf(models) {
    const existing = indexes.get(models);
    if (existing !== undefined)
        return existing;
    const ids = new Map();
    const aliases = new Map();
    for (const model of models) {
        ids.set(model.id.toLowerCase(), model);
        for (const alias of model.aliases)
            aliases.set(alias.toLowerCase(), model);
    }
    const namesByLength = [...ids, ...aliases]
        .map(([name, model]) => ({ name, model }))
        .sort((a, b) => b.name.length - a.name.length);
    const index = { ids, aliases, namesByLength };
    indexes.set(models, index);
    return index;
}
//# sourceMappingURL=model-resolution.js.map