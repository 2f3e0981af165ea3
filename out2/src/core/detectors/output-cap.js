"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.outputCapOf = exports.ownOutputCap = void 0;
exports.capKeyFor = capKeyFor;
exports.capKeysOf = capKeysOf;
exports.checkedOutputCap = checkedOutputCap;
exports.isText = isText;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const options_1 = require("../syntax/options");
const values_1 = require("../syntax/values");
const module_match_1 = require("../sdk/module-match");
const exports_1 = require("../project/exports");
const constructions_1 = require("./constructions");
const declared_version_1 = require("./declared-version");
const site_memo_1 = require("./site-memo");
/** The key a fix adds on a site: the profile's first cap key, or the one its export takes (ChatOllama: numPredict). */
function capKeyFor(site, analysis) {
    if (analysis && legacyApplies(analysis, site))
        return site.profile.legacyMaxOutput.keys[0];
    const keys = site.profile.maxOutput;
    if (!keys?.length)
        return undefined;
    const byExport = site.profile.capKeyByExport?.find((k) => (0, module_match_1.exportMatches)(site.origin.exportName, k.exports));
    return byExport && keys.includes(byExport.key) ? byExport.key : keys[0];
}
/**
 * A cap's number as the code shows it; `config.maxTokens ?? 4096` (or `||`) counts its written default when the
 * configured value is not visible: the number the call sends unless configured otherwise.
 */
function capNumber(analysis, value) {
    const n = (0, values_1.staticNumberMax)(analysis.index, value);
    if (n !== undefined)
        return n;
    const e = (0, ast_1.unwrap)(value);
    const op = typescript_1.default.isBinaryExpression(e) ? e.operatorToken.kind : undefined;
    return op === typescript_1.default.SyntaxKind.QuestionQuestionToken || op === typescript_1.default.SyntaxKind.BarBarToken ? (0, values_1.staticNumberMax)(analysis.index, e.right) : undefined;
}
function tokensOf(analysis, found) {
    let max;
    for (const value of found.values) {
        const n = capNumber(analysis, value);
        if (n === undefined || !Number.isFinite(n) || n <= 0)
            return undefined;
        max = Math.max(max ?? 0, n);
    }
    return max;
}
/**
 * Cap keys read but never required nor added by a fix (`otherMaxOutput`: a body whose schema depends on the model,
 * Bedrock InvokeModel): a cap there counts, its absence is not a finding.
 */
function otherCap(analysis, site) {
    const other = site.profile.otherMaxOutput;
    const arg = (0, constructions_1.optionsArgument)(site);
    if (!other?.length || !arg)
        return undefined;
    const found = (0, options_1.lookupAnyKey)(analysis.index, arg, other);
    if (found.state !== "present" || found.when)
        return undefined;
    const tokens = tokensOf(analysis, found);
    return { state: "set", node: found.prop, site, ...(tokens !== undefined ? { tokens } : {}) };
}
/** The options let the caller set the cap at run time (`configurableFields: ["maxTokens"]`, or `"any"`). */
function configurableAtRunTime(analysis, site, arg, keys) {
    const key = site.profile.runtimeConfigurableKey;
    if (!key)
        return false;
    const found = (0, options_1.lookupKey)(analysis.index, arg, key);
    if (found.state !== "present" || !found.value)
        return false;
    const value = (0, ast_1.unwrap)(found.value);
    if (typescript_1.default.isStringLiteralLike(value))
        return value.text === "any";
    if (!typescript_1.default.isArrayLiteralExpression(value))
        return true; // listed where we cannot see: maybe the cap
    return value.elements.some((e) => {
        const x = (0, ast_1.unwrap)(e);
        return !typescript_1.default.isStringLiteralLike(x) || x.text === "any" || keys.some((k) => k.split(".").pop() === x.text);
    });
}
/**
 * The cap keys the SDK version the project declares reads: without the keys a later major retired
 * (`retiredMaxOutput`) when its package.json declares that major or a later one.
 */
function capKeysOf(analysis, site) {
    if (legacyApplies(analysis, site))
        return site.profile.legacyMaxOutput.keys;
    const only = site.profile.capKeyByExport?.find((k) => k.only && (0, module_match_1.exportMatches)(site.origin.exportName, k.exports));
    const keys = only ? [only.key] : site.profile.maxOutput;
    const retired = site.profile.retiredMaxOutput;
    if (!keys || !retired)
        return keys;
    const major = (0, declared_version_1.declaredVersion)(analysis, site, retired.module)?.major;
    return major !== undefined && major >= retired.since ? keys.filter((k) => !retired.keys.includes(k)) : keys;
}
/** The project declares a version of the SDK below the major where its cap keys changed (`legacyMaxOutput`). */
function legacyApplies(analysis, site) {
    const legacy = site.profile.legacyMaxOutput;
    if (!legacy)
        return false;
    const major = (0, declared_version_1.declaredVersion)(analysis, site, legacy.module)?.major;
    return major !== undefined && major < legacy.belowMajor;
}
/** A cap key the project's SDK version no longer reads, set in these options: "maxTokens (not read by ai 5 and later)". */
function retiredKeySet(analysis, site, arg, keys) {
    const retired = site.profile.retiredMaxOutput;
    const dropped = retired?.keys.filter((k) => site.profile.maxOutput?.includes(k) && !keys.includes(k));
    if (!retired || !dropped?.length || (0, options_1.lookupAnyKey)(analysis.index, arg, dropped).state !== "present")
        return undefined;
    return `${dropped.join(", ")} is not read by ${retired.module} ${retired.since} and later`;
}
/** The cap a site's own options set (only for profiles with cap keys and an options argument); once per site. */
exports.ownOutputCap = (0, site_memo_1.memoPerSite)(findOwnOrDefaultCap);
/** The cap as written, or the one the SDK sends for this export when the code gives none (`defaultMaxOutputByExport`). */
function findOwnOrDefaultCap(analysis, site) {
    const own = findOwnOutputCap(analysis, site);
    if (own?.state !== "absent" || own.noFix)
        return own;
    const byExport = site.profile.defaultMaxOutputByExport?.find((d) => (0, module_match_1.exportMatches)(site.origin.exportName, d.exports));
    if (!byExport)
        return own;
    const since = byExport.since;
    const major = since ? (0, declared_version_1.declaredVersion)(analysis, site, since.module)?.major : undefined;
    // An unknown version counts as the later one (today's install). Its default follows the model (up to 16k): no cap
    // the app chose, so still reported, and counted at that default rather than the model's maximum.
    if (since && (major === undefined || major >= since.major))
        return { ...own, defaultUpTo: since.upTo };
    return { state: "set", tokens: byExport.tokens, node: site.node, site, libraryDefault: true };
}
function findOwnOutputCap(analysis, site) {
    const named = namedModelCap(analysis, site);
    if (named)
        return named;
    const other = otherCap(analysis, site);
    if (other)
        return other;
    const keys = capKeysOf(analysis, site);
    const key = capKeyFor(site, analysis);
    if (!keys || !key || site.profile.optionsArg === undefined)
        return undefined;
    const arg = (0, constructions_1.optionsArgument)(site);
    // Text where the options go (genkit's ai.generate("...")): a prompt, no options to read or to add a cap to; the
    // model's defaults apply (as for Mastra's agent.generate("...") without options): not visible.
    if (arg && isText((0, ast_1.unwrap)(arg)))
        return { state: "not-visible" };
    if (!arg) {
        // `new ChatOpenAI()`: no options at all, so no cap. A missing later argument (initChatModel("gpt-4o")) may be
        // configured at run time: not visible.
        // A profile whose options are a trailing argument the SDK reads nowhere else (`getChatCompletions(deployment,
        // messages)`) has no cap when the call stops just before it.
        const given = site.node.arguments?.length ?? 0;
        const none = site.profile.optionsArg === 0 ? given === 0 : !!site.profile.trailingOptions && given === site.profile.optionsArg;
        return none ? { state: "absent", missing: [key], key, site } : { state: "not-visible" };
    }
    if (configurableAtRunTime(analysis, site, arg, keys))
        return { state: "not-visible" };
    const found = (0, options_1.lookupAnyKey)(analysis.index, arg, keys);
    if (found.state === "unknown")
        return { state: "not-visible" };
    if (found.state === "absent") {
        const retired = retiredKeySet(analysis, site, arg, keys);
        return { state: "absent", owner: found.owner, missing: key === keys[0] ? found.missing : [key], key, site, ...(retired ? { retired } : {}) };
    }
    // `max_tokens: undefined` or `null` sends no cap; `cond ? 4096 : null` sends one on one branch only.
    const value = found.value && found.values.length === 1 ? (0, ast_1.unwrap)(found.value) : undefined;
    const propKey = (typescript_1.default.isPropertyAssignment(found.prop) ? (0, ast_1.propertyNameText)(found.prop.name) : undefined) ?? key;
    if (value && isNullish(value) && !found.when)
        return { state: "absent", missing: [propKey], key: propKey, site, nullValue: value };
    if (value && typescript_1.default.isConditionalExpression(value) && isNullish((0, ast_1.unwrap)(value.whenTrue)) !== isNullish((0, ast_1.unwrap)(value.whenFalse))) {
        const sf = value.getSourceFile();
        const capped = isNullish((0, ast_1.unwrap)(value.whenTrue)) ? value.whenFalse : value.whenTrue;
        const condition = value.condition.getText(sf);
        const simple = typescript_1.default.isIdentifier((0, ast_1.unwrap)(value.condition)) || typescript_1.default.isPropertyAccessExpression((0, ast_1.unwrap)(value.condition));
        const when = isNullish((0, ast_1.unwrap)(value.whenTrue)) ? (simple ? `!${condition}` : `!(${condition})`) : condition;
        const n = (0, values_1.staticNumberMax)(analysis.index, capped);
        return { state: "conditional", when: found.when ? `${found.when} && ${when}` : when, node: found.prop, key: propKey, site, ...(n !== undefined && Number.isFinite(n) && n > 0 ? { tokens: n } : {}) };
    }
    const tokens = tokensOf(analysis, found);
    if (found.when)
        return { state: "conditional", when: found.when, node: found.prop, key, site, ...(tokens !== undefined ? { tokens } : {}), ...(found.via ? { via: found.via } : {}) };
    return { state: "set", node: found.prop, site, ...(tokens !== undefined ? { tokens } : {}) };
}
/** A framework agent given its model by a name it builds with no options (`model: "openai:gpt-4o"`): no cap, no fix. */
function namedModelCap(analysis, site) {
    const rule = site.profile.namedModelUncapped;
    const arg = rule ? (0, constructions_1.optionsArgument)(site) : undefined;
    if (!rule || !arg)
        return undefined;
    const keys = [site.profile.model, ...(site.profile.modelAliases ?? [])].filter((k) => typeof k === "string");
    const found = (0, options_1.lookupAnyKey)(analysis.index, arg, keys);
    if (found.state !== "present" || found.when || !found.value)
        return undefined;
    const name = (0, values_1.staticString)(analysis.index, found.value);
    if (name === undefined || !rule.names.some((n) => new RegExp(n).test(name)))
        return undefined;
    return { state: "absent", missing: [], key: rule.key, site, noFix: true };
}
/** `undefined`, `null`, `void 0`: a key sent without a value. */
function isNullish(e) {
    return e.kind === typescript_1.default.SyntaxKind.NullKeyword || (typescript_1.default.isIdentifier(e) && e.text === "undefined") || typescript_1.default.isVoidExpression(e);
}
/**
 * The cap require-max-tokens checks at a site: its own options; for a run that takes its agent's defaults when called
 * without options (`agent.generate(messages)`), the absence found through that agent, reported at the run.
 */
function checkedOutputCap(analysis, site) {
    const own = (0, exports.ownOutputCap)(analysis, site);
    if (own?.state === "absent" && !own.nullValue && cappedAtEveryUse(analysis, site))
        return { state: "set", node: site.node, site };
    if (own?.state !== "not-visible" || !site.profile.defaultsFromConstruction)
        return own;
    const through = outputCapOfSite(analysis, site);
    return through.state === "absent" && through.site === site ? through : own;
}
/**
 * The output cap of a call: its own options, else the client, chat model or agent it runs on (the first of them
 * that takes a cap). A cap set on what it runs on counts even when the call's own options lack one.
 */
exports.outputCapOf = (0, site_memo_1.memoPerSite)(findOutputCap);
function findOutputCap(analysis, site) {
    const cap = outputCapOfSite(analysis, site);
    // The request resumes one whose cap an earlier call set (a run resumed with tool outputs): not visible here.
    if (site.profile.capSetEarlier && cap.state !== "set")
        return { state: "not-visible" };
    // The API's own cap when the request sets none (openai legacy completions: 16 tokens).
    if (site.profile.defaultMaxOutput !== undefined && cap.state !== "set" && cap.state !== "conditional") {
        return { state: "set", tokens: site.profile.defaultMaxOutput, node: site.node, site };
    }
    return cap;
}
function outputCapOfSite(analysis, site) {
    const own = (0, exports.ownOutputCap)(analysis, site);
    if (own?.state === "set" || own?.state === "conditional")
        return own;
    const constructions = (0, constructions_1.constructionSites)(analysis, site);
    for (const construction of constructions) {
        const cap = (0, exports.ownOutputCap)(analysis, construction);
        if (!cap)
            continue;
        if (cap.state === "set")
            return cap;
        if (own)
            break; // the call takes a cap itself: the construction's absence is not the answer
        return cap;
    }
    const defaults = site.profile.defaultsFromConstruction;
    const key = capKeyFor(site, analysis);
    if (defaults && key && own?.state === "not-visible" && site.profile.optionsArg === (site.node.arguments?.length ?? 0)) {
        // `agent.generate(messages)`: the agent's defaults apply; visible and capless, the run has no cap.
        const agent = constructions.find((c) => c.profile.kind === "agent");
        const options = agent && (0, constructions_1.optionsArgument)(agent);
        const noDefaults = defaults.unlessKeys.length === 0 || (!!options && (0, options_1.lookupAnyKey)(analysis.index, options, defaults.unlessKeys).state === "absent");
        if (options && noDefaults)
            return { state: "absent", missing: key.split("."), key, site };
    }
    return own ?? { state: "not-visible" };
}
function isText(expr) {
    return typescript_1.default.isStringLiteralLike(expr) || typescript_1.default.isTemplateExpression(expr);
}
/**
 * A factory's product held in a const (`const model = genAI.getGenerativeModel({ model })`) whose every use in the
 * file is a call that takes its own cap and sets it (`model.startChat({ generationConfig: { maxOutputTokens } })`,
 * whose settings replace the model's): the factory's missing cap is never what a request sends.
 */
function cappedAtEveryUse(analysis, site) {
    if (!site.profile.produces || !typescript_1.default.isCallExpression(site.node))
        return false;
    let node = site.node;
    while (typescript_1.default.isAwaitExpression(node.parent) || typescript_1.default.isParenthesizedExpression(node.parent) || typescript_1.default.isNonNullExpression(node.parent))
        node = node.parent;
    const decl = node.parent;
    if (!typescript_1.default.isVariableDeclaration(decl) || !typescript_1.default.isIdentifier(decl.name) || !(typescript_1.default.getCombinedNodeFlags(decl) & typescript_1.default.NodeFlags.Const))
        return false;
    const name = decl.name;
    // Exported: other modules may use it without a cap of their own.
    for (const entry of (0, exports_1.exportTable)(decl.getSourceFile()).names.values())
        if (entry.kind === "local" && entry.name === name.text)
            return false;
    const scope = typescript_1.default.findAncestor(decl, (n) => typescript_1.default.isBlock(n) || typescript_1.default.isSourceFile(n) || typescript_1.default.isModuleBlock(n));
    if (!scope)
        return false;
    let uses = 0;
    let capped = true;
    const visit = (n) => {
        if (!capped)
            return;
        if (typescript_1.default.isIdentifier(n) && n !== name && n.text === name.text && !isPropertyName(n)) {
            uses++;
            const access = n.parent;
            const call = access && typescript_1.default.isPropertyAccessExpression(access) && access.expression === n ? access.parent : undefined;
            const use = call && typescript_1.default.isCallExpression(call) && call.expression === access ? analysis.siteByNode.get(call) : undefined;
            const cap = use && (0, exports.ownOutputCap)(analysis, use);
            if (cap?.state !== "set")
                capped = false;
            return;
        }
        typescript_1.default.forEachChild(n, visit);
    };
    typescript_1.default.forEachChild(scope, visit);
    return capped && uses > 0;
}
/** An identifier that names a property, not a variable (`x.model`, `{ model: 1 }`). */
function isPropertyName(n) {
    const p = n.parent;
    return (typescript_1.default.isPropertyAccessExpression(p) && p.name === n) || (typescript_1.default.isPropertyAssignment(p) && p.name === n) || (typescript_1.default.isMethodDeclaration(p) && p.name === n) || (typescript_1.default.isPropertyDeclaration(p) && p.name === n);
}
//# sourceMappingURL=output-cap.js.map