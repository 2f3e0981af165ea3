"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.servedAgent = void 0;
exports.servedAgentCap = servedAgentCap;
const node_path_1 = __importDefault(require("node:path"));
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const options_1 = require("../syntax/options");
const values_1 = require("../syntax/values");
const exports_1 = require("../project/exports");
const module_match_1 = require("../sdk/module-match");
const constructions_1 = require("./constructions");
const declared_version_1 = require("./declared-version");
const site_memo_1 = require("./site-memo");
/** How many folders above the agent's own the registry file is looked for. */
const MAX_UP = 4;
/**
 * An agent construction (`new Agent({...})`) that a registry of its framework lists (`new Mastra({ agents: { a } })`,
 * in the same file or in the framework's entry file above it: `src/mastra/index.ts`; the list written out, or
 * spreading or being the namespace of the agent's module). Undefined when not registered or not readable.
 */
exports.servedAgent = (0, site_memo_1.memoPerSite)(findServedAgent);
function findServedAgent(analysis, site) {
    const served = site.profile.servedBy;
    if (!served || !typescript_1.default.isNewExpression(site.node) || !(0, constructions_1.optionsArgument)(site))
        return undefined;
    const binding = bindingOf(site.node);
    if (!binding)
        return undefined;
    const registry = registryIn(analysis.index, site, served, (value, index) => refersLocally(index, value, binding)) ?? registryElsewhere(analysis, site, served, binding);
    return registry ? { registry } : undefined;
}
/**
 * The default cap keys of the framework version the project declares (`legacy` below its major), or the words for
 * a version whose agents take no default options (then no key to add).
 */
function servedCapKeys(analysis, site, served) {
    const legacy = served.legacy;
    // A range that writes no minor (`^0`) says too little to pick the legacy keys.
    const version = legacy && (0, declared_version_1.declaredVersion)(analysis, site, legacy.module);
    if (!legacy || version?.minor === undefined || version.major >= legacy.belowMajor)
        return { keys: served.capKeys, all: false };
    if (version.major === 0 && version.minor < legacy.sinceMinor)
        return { none: legacy.noDefaults };
    return { keys: legacy.capKeys, all: true };
}
/**
 * A served agent (`servedAgent`) whose default options set no output cap: every request the server runs without a
 * cap of its own may then write the model's maximum output. Undefined when not served, when the cap is set, or when
 * the options are not all visible.
 */
function servedAgentCap(analysis, site) {
    const served = site.profile.servedBy;
    if (!served || !typescript_1.default.isNewExpression(site.node))
        return undefined;
    const options = (0, constructions_1.optionsArgument)(site);
    if (!options)
        return undefined;
    if ((0, options_1.lookupAnyKey)(analysis.index, options, served.unlessKeys).state !== "absent")
        return undefined;
    const cap = (0, options_1.lookupAnyKey)(analysis.index, options, served.capKeys);
    if (cap.state !== "absent" || !cap.owner)
        return undefined;
    const owner = cap.owner;
    const registry = (0, exports.servedAgent)(analysis, site)?.registry;
    if (!registry)
        return undefined;
    const keys = servedCapKeys(analysis, site, served);
    if ("none" in keys)
        return { registry, key: keys.none, owner, missing: [] };
    const missing = [];
    for (const key of keys.all ? keys.keys : keys.keys.slice(0, 1)) {
        const found = (0, options_1.lookupKey)(analysis.index, options, key);
        if (found.state === "present" || found.state === "unknown")
            return undefined;
        if (found.owner !== owner)
            return undefined;
        missing.push(found.missing);
    }
    return { registry, key: (keys.all ? keys.keys : keys.keys.slice(0, 1)).join(" and "), owner, missing };
}
/** The variable a construction is assigned to: `const support = new Agent(...)`. */
function bindingOf(node) {
    let current = node;
    while (current.parent && (typescript_1.default.isParenthesizedExpression(current.parent) || typescript_1.default.isAsExpression(current.parent) || typescript_1.default.isSatisfiesExpression(current.parent)))
        current = current.parent;
    const parent = current.parent;
    return parent && typescript_1.default.isVariableDeclaration(parent) && typescript_1.default.isIdentifier(parent.name) ? parent.name : undefined;
}
function refersLocally(index, value, binding) {
    const v = (0, ast_1.unwrap)(value);
    if (!typescript_1.default.isIdentifier(v))
        return false;
    const decl = (0, file_index_1.lookupValue)(index, v.text, v);
    return decl?.kind === "variable" && decl.node === binding.parent;
}
/**
 * The registry constructions of a file (`new Mastra({...})` of the profile's modules) whose agent list names the
 * agent (`is` decides an entry); `agentsWhole` decides a whole list given as one identifier (a namespace import).
 */
function registryIn(index, site, served, is, agentsWhole) {
    for (const construction of index.news) {
        const callee = (0, ast_1.unwrap)(construction.expression);
        if (!typescript_1.default.isIdentifier(callee))
            continue;
        const decl = (0, file_index_1.lookup)(index, callee.text, callee);
        if (decl?.kind !== "import" || !decl.module || !(0, module_match_1.moduleMatches)(decl.module, site.profile.modules))
            continue;
        if (!(0, module_match_1.exportMatches)(decl.importName ?? "", served.exports))
            continue;
        const config = (0, values_1.resolveObjectLiteral)(index, construction.arguments?.[0]);
        const agentsProp = config?.properties.find((p) => (0, ast_1.propertyNameText)(p.name) === served.key);
        const agentsValue = agentsProp && (typescript_1.default.isShorthandPropertyAssignment(agentsProp) ? agentsProp.name : (0, ast_1.propertyValue)(agentsProp));
        if (!agentsValue)
            continue;
        const list = (0, values_1.resolveObjectLiteral)(index, agentsValue);
        const named = list
            ? list.properties.some((p) => {
                // `{ ...more }`: every export of the module `more` names, as `agents: more` would.
                if (typescript_1.default.isSpreadAssignment(p))
                    return !!agentsWhole?.(p.expression, index);
                const value = typescript_1.default.isShorthandPropertyAssignment(p) ? p.name : (0, ast_1.propertyValue)(p);
                return !!value && is(value, index);
            })
            : !!agentsWhole?.(agentsValue, index);
        if (!named)
            continue;
        const file = construction.getSourceFile();
        const line = file.getLineAndCharacterOfPosition(construction.getStart(file)).line + 1;
        return `new ${callee.text}() (${node_path_1.default.basename(file.fileName)}:${line})`;
    }
    return undefined;
}
/** The framework's entry files above the agent's folder that register it by importing it from the agent's module. */
function registryElsewhere(analysis, site, served, binding) {
    const project = analysis.project;
    const home = node_path_1.default.resolve(analysis.index.sourceFile.fileName);
    if (!project || !node_path_1.default.isAbsolute(analysis.index.sourceFile.fileName))
        return undefined;
    const names = exportedNames(analysis.index.sourceFile, binding);
    if (names.length === 0)
        return undefined;
    const imported = (decl, entry, whole) => decl?.kind === "import" &&
        !!decl.module &&
        (whole ? decl.importName === "*" : names.includes(decl.importName ?? "")) &&
        project.resolve(entry, decl.module) === home;
    let dir = node_path_1.default.dirname(home);
    for (let up = 0; up <= MAX_UP; up++) {
        for (const name of served.entryFiles) {
            const entry = node_path_1.default.join(dir, name);
            if (entry === home)
                continue;
            const text = project.textAt(entry);
            if (text === undefined || !served.exports.some((e) => text.includes(e)))
                continue;
            const tracer = project.tracerAt(entry);
            if (!tracer)
                continue;
            const found = registryIn(tracer.index, site, served, (value, index) => {
                const v = (0, ast_1.unwrap)(value);
                return typescript_1.default.isIdentifier(v) && imported((0, file_index_1.lookup)(index, v.text, v), entry, false);
            }, (value, index) => {
                const v = (0, ast_1.unwrap)(value);
                return typescript_1.default.isIdentifier(v) && imported((0, file_index_1.lookup)(index, v.text, v), entry, true);
            });
            if (found)
                return found;
        }
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
/** The names a module exports a top-level variable under (`export const a`, `export { a as b }`). */
function exportedNames(sourceFile, binding) {
    const names = [];
    for (const [name, entry] of (0, exports_1.exportTable)(sourceFile).names) {
        if (entry.kind === "local" && entry.name === binding.text)
            names.push(name);
    }
    return names;
}
//# sourceMappingURL=served-agents.js.map