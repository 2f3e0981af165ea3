import ts from "typescript";
import { propertyNameText, unwrap } from "../syntax/ast";
import { lookupAnyKey, lookupKey, type KeyLookup } from "../syntax/options";
import { staticNumberMax, staticString } from "../syntax/values";
import type { CallSite } from "../sdk/match";
import { exportMatches } from "../sdk/module-match";
import { exportTable } from "../project/exports";
import type { FileAnalysis } from "./analysis";
import { constructionSites, optionsArgument } from "./constructions";
import { declaredVersion } from "./declared-version";
import { memoPerSite } from "./site-memo";

/**
 * A call's output cap. `site` is the call or construction whose options hold it (`new ChatOpenAI({...})` for
 * `model.invoke()`); `key` is the key a fix adds there.
 */
export type OutputCap =
  /**
   * Set; `tokens` when the code shows the number (the larger of `fast ? 256 : 1024`). `libraryDefault`: the SDK sends
   * its own fixed cap when the code gives none.
   */
  | { state: "set"; tokens?: number; node: ts.Node; site: CallSite; libraryDefault?: boolean }
  /**
   * Not set. `owner` is the object a fix adds to; without one the options argument itself is missing (`new ChatOpenAI()`).
   * `nullValue`: the key is there with no value (`max_tokens: undefined`, `null`), which a fix replaces. `retired`: a
   * key is set that the project's SDK version no longer reads. `noFix`: no edit can add it (a model given by name).
   * `defaultUpTo`: the SDK sends the model's maximum output up to this many tokens (a default, not the app's choice).
   */
  | { state: "absent"; owner?: ts.ObjectLiteralExpression; missing: string[]; key: string; site: CallSite; nullValue?: ts.Expression; retired?: string; noFix?: boolean; defaultUpTo?: number }
  /** Set on one branch only (`...(cond ? { max_tokens: n } : {})`): `when` is the condition, as code. */
  | { state: "conditional"; when: string; node: ts.Node; key: string; tokens?: number; via?: ts.SpreadAssignment; site: CallSite }
  /** The options (or what the call runs on) are built where the file does not show. */
  | { state: "not-visible" };

/** The key a fix adds on a site: the profile's first cap key, or the one its export takes (ChatOllama: numPredict). */
export function capKeyFor(site: CallSite, analysis?: FileAnalysis): string | undefined {
  if (analysis && legacyApplies(analysis, site)) return site.profile.legacyMaxOutput!.keys[0];
  const keys = site.profile.maxOutput;
  if (!keys?.length) return undefined;
  const byExport = site.profile.capKeyByExport?.find((k) => exportMatches(site.origin.exportName, k.exports));
  return byExport && keys.includes(byExport.key) ? byExport.key : keys[0];
}

/**
 * A cap's number as the code shows it; `config.maxTokens ?? 4096` (or `||`) counts its written default when the
 * configured value is not visible: the number the call sends unless configured otherwise.
 */
function capNumber(analysis: FileAnalysis, value: ts.Expression): number | undefined {
  const n = staticNumberMax(analysis.index, value);
  if (n !== undefined) return n;
  const e = unwrap(value);
  const op = ts.isBinaryExpression(e) ? e.operatorToken.kind : undefined;
  return op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken ? staticNumberMax(analysis.index, (e as ts.BinaryExpression).right) : undefined;
}

function tokensOf(analysis: FileAnalysis, found: Extract<KeyLookup, { state: "present" }>): number | undefined {
  let max: number | undefined;
  for (const value of found.values) {
    const n = capNumber(analysis, value);
    if (n === undefined || !Number.isFinite(n) || n <= 0) return undefined;
    max = Math.max(max ?? 0, n);
  }
  return max;
}

/**
 * Cap keys read but never required nor added by a fix (`otherMaxOutput`: a body whose schema depends on the model,
 * Bedrock InvokeModel): a cap there counts, its absence is not a finding.
 */
function otherCap(analysis: FileAnalysis, site: CallSite): OutputCap | undefined {
  const other = site.profile.otherMaxOutput;
  const arg = optionsArgument(site);
  if (!other?.length || !arg) return undefined;
  const found = lookupAnyKey(analysis.index, arg, other);
  if (found.state !== "present" || found.when) return undefined;
  const tokens = tokensOf(analysis, found);
  return { state: "set", node: found.prop, site, ...(tokens !== undefined ? { tokens } : {}) };
}

/** The options let the caller set the cap at run time (`configurableFields: ["maxTokens"]`, or `"any"`). */
function configurableAtRunTime(analysis: FileAnalysis, site: CallSite, arg: ts.Expression, keys: readonly string[]): boolean {
  const key = site.profile.runtimeConfigurableKey;
  if (!key) return false;
  const found = lookupKey(analysis.index, arg, key);
  if (found.state !== "present" || !found.value) return false;
  const value = unwrap(found.value);
  if (ts.isStringLiteralLike(value)) return value.text === "any";
  if (!ts.isArrayLiteralExpression(value)) return true; // listed where we cannot see: maybe the cap
  return value.elements.some((e) => {
    const x = unwrap(e as ts.Expression);
    return !ts.isStringLiteralLike(x) || x.text === "any" || keys.some((k) => k.split(".").pop() === x.text);
  });
}

/**
 * The cap keys the SDK version the project declares reads: without the keys a later major retired
 * (`retiredMaxOutput`) when its package.json declares that major or a later one.
 */
export function capKeysOf(analysis: FileAnalysis, site: CallSite): readonly string[] | undefined {
  if (legacyApplies(analysis, site)) return site.profile.legacyMaxOutput!.keys;
  const only = site.profile.capKeyByExport?.find((k) => k.only && exportMatches(site.origin.exportName, k.exports));
  const keys = only ? [only.key] : site.profile.maxOutput;
  const retired = site.profile.retiredMaxOutput;
  if (!keys || !retired) return keys;
  const major = declaredVersion(analysis, site, retired.module)?.major;
  return major !== undefined && major >= retired.since ? keys.filter((k) => !retired.keys.includes(k)) : keys;
}

/** The project declares a version of the SDK below the major where its cap keys changed (`legacyMaxOutput`). */
function legacyApplies(analysis: FileAnalysis, site: CallSite): boolean {
  const legacy = site.profile.legacyMaxOutput;
  if (!legacy) return false;
  const major = declaredVersion(analysis, site, legacy.module)?.major;
  return major !== undefined && major < legacy.belowMajor;
}

/** A cap key the project's SDK version no longer reads, set in these options: "maxTokens (not read by ai 5 and later)". */
function retiredKeySet(analysis: FileAnalysis, site: CallSite, arg: ts.Expression, keys: readonly string[]): string | undefined {
  const retired = site.profile.retiredMaxOutput;
  const dropped = retired?.keys.filter((k) => site.profile.maxOutput?.includes(k) && !keys.includes(k));
  if (!retired || !dropped?.length || lookupAnyKey(analysis.index, arg, dropped).state !== "present") return undefined;
  return `${dropped.join(", ")} is not read by ${retired.module} ${retired.since} and later`;
}

/** The cap a site's own options set (only for profiles with cap keys and an options argument); once per site. */
export const ownOutputCap: (analysis: FileAnalysis, site: CallSite) => OutputCap | undefined = memoPerSite(findOwnOrDefaultCap);

/** The cap as written, or the one the SDK sends for this export when the code gives none (`defaultMaxOutputByExport`). */
function findOwnOrDefaultCap(analysis: FileAnalysis, site: CallSite): OutputCap | undefined {
  const own = findOwnOutputCap(analysis, site);
  if (own?.state !== "absent" || own.noFix) return own;
  const byExport = site.profile.defaultMaxOutputByExport?.find((d) => exportMatches(site.origin.exportName, d.exports));
  if (!byExport) return own;
  const since = byExport.since;
  const major = since ? declaredVersion(analysis, site, since.module)?.major : undefined;
  // An unknown version counts as the later one (today's install). Its default follows the model (up to 16k): no cap
  // the app chose, so still reported, and counted at that default rather than the model's maximum.
  if (since && (major === undefined || major >= since.major)) return { ...own, defaultUpTo: since.upTo };
  return { state: "set", tokens: byExport.tokens, node: site.node, site, libraryDefault: true };
}

function findOwnOutputCap(analysis: FileAnalysis, site: CallSite): OutputCap | undefined {
  const named = namedModelCap(analysis, site);
  if (named) return named;
  const other = otherCap(analysis, site);
  if (other) return other;
  const keys = capKeysOf(analysis, site);
  const key = capKeyFor(site, analysis);
  if (!keys || !key || site.profile.optionsArg === undefined) return undefined;
  const arg = optionsArgument(site);
  // Text where the options go (genkit's ai.generate("...")): a prompt, no options to read or to add a cap to; the
  // model's defaults apply (as for Mastra's agent.generate("...") without options): not visible.
  if (arg && isText(unwrap(arg))) return { state: "not-visible" };
  if (!arg) {
    // `new ChatOpenAI()`: no options at all, so no cap. A missing later argument (initChatModel("gpt-4o")) may be
    // configured at run time: not visible.
    // A profile whose options are a trailing argument the SDK reads nowhere else (`getChatCompletions(deployment,
    // messages)`) has no cap when the call stops just before it.
    const given = site.node.arguments?.length ?? 0;
    const none = site.profile.optionsArg === 0 ? given === 0 : !!site.profile.trailingOptions && given === site.profile.optionsArg;
    return none ? { state: "absent", missing: [key], key, site } : { state: "not-visible" };
  }
  if (configurableAtRunTime(analysis, site, arg, keys)) return { state: "not-visible" };
  const found = lookupAnyKey(analysis.index, arg, keys);
  if (found.state === "unknown") return { state: "not-visible" };
  if (found.state === "absent") {
    const retired = retiredKeySet(analysis, site, arg, keys);
    return { state: "absent", owner: found.owner, missing: key === keys[0] ? found.missing : [key], key, site, ...(retired ? { retired } : {}) };
  }
  // `max_tokens: undefined` or `null` sends no cap; `cond ? 4096 : null` sends one on one branch only.
  const value = found.value && found.values.length === 1 ? unwrap(found.value) : undefined;
  const propKey = (ts.isPropertyAssignment(found.prop) ? propertyNameText(found.prop.name) : undefined) ?? key;
  if (value && isNullish(value) && !found.when) return { state: "absent", missing: [propKey], key: propKey, site, nullValue: value };
  if (value && ts.isConditionalExpression(value) && isNullish(unwrap(value.whenTrue)) !== isNullish(unwrap(value.whenFalse))) {
    const sf = value.getSourceFile();
    const capped = isNullish(unwrap(value.whenTrue)) ? value.whenFalse : value.whenTrue;
    const condition = value.condition.getText(sf);
    const simple = ts.isIdentifier(unwrap(value.condition)) || ts.isPropertyAccessExpression(unwrap(value.condition));
    const when = isNullish(unwrap(value.whenTrue)) ? (simple ? `!${condition}` : `!(${condition})`) : condition;
    const n = staticNumberMax(analysis.index, capped);
    return { state: "conditional", when: found.when ? `${found.when} && ${when}` : when, node: found.prop, key: propKey, site, ...(n !== undefined && Number.isFinite(n) && n > 0 ? { tokens: n } : {}) };
  }
  const tokens = tokensOf(analysis, found);
  if (found.when) return { state: "conditional", when: found.when, node: found.prop, key, site, ...(tokens !== undefined ? { tokens } : {}), ...(found.via ? { via: found.via } : {}) };
  return { state: "set", node: found.prop, site, ...(tokens !== undefined ? { tokens } : {}) };
}

/** A framework agent given its model by a name it builds with no options (`model: "openai:gpt-4o"`): no cap, no fix. */
function namedModelCap(analysis: FileAnalysis, site: CallSite): OutputCap | undefined {
  const rule = site.profile.namedModelUncapped;
  const arg = rule ? optionsArgument(site) : undefined;
  if (!rule || !arg) return undefined;
  const keys = [site.profile.model, ...(site.profile.modelAliases ?? [])].filter((k): k is string => typeof k === "string");
  const found = lookupAnyKey(analysis.index, arg, keys);
  if (found.state !== "present" || found.when || !found.value) return undefined;
  const name = staticString(analysis.index, found.value);
  if (name === undefined || !rule.names.some((n) => new RegExp(n).test(name))) return undefined;
  return { state: "absent", missing: [], key: rule.key, site, noFix: true };
}

/** `undefined`, `null`, `void 0`: a key sent without a value. */
function isNullish(e: ts.Expression): boolean {
  return e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined") || ts.isVoidExpression(e);
}

/**
 * The cap require-max-tokens checks at a site: its own options; for a run that takes its agent's defaults when called
 * without options (`agent.generate(messages)`), the absence found through that agent, reported at the run.
 */
export function checkedOutputCap(analysis: FileAnalysis, site: CallSite): OutputCap | undefined {
  const own = ownOutputCap(analysis, site);
  if (own?.state === "absent" && !own.nullValue && cappedAtEveryUse(analysis, site)) return { state: "set", node: site.node, site };
  if (own?.state !== "not-visible" || !site.profile.defaultsFromConstruction) return own;
  const through = outputCapOfSite(analysis, site);
  return through.state === "absent" && through.site === site ? through : own;
}

/**
 * The output cap of a call: its own options, else the client, chat model or agent it runs on (the first of them
 * that takes a cap). A cap set on what it runs on counts even when the call's own options lack one.
 */
export const outputCapOf: (analysis: FileAnalysis, site: CallSite) => OutputCap = memoPerSite(findOutputCap);

function findOutputCap(analysis: FileAnalysis, site: CallSite): OutputCap {
  const cap = outputCapOfSite(analysis, site);
  // The request resumes one whose cap an earlier call set (a run resumed with tool outputs): not visible here.
  if (site.profile.capSetEarlier && cap.state !== "set") return { state: "not-visible" };
  // The API's own cap when the request sets none (openai legacy completions: 16 tokens).
  if (site.profile.defaultMaxOutput !== undefined && cap.state !== "set" && cap.state !== "conditional") {
    return { state: "set", tokens: site.profile.defaultMaxOutput, node: site.node, site };
  }
  return cap;
}

function outputCapOfSite(analysis: FileAnalysis, site: CallSite): OutputCap {
  const own = ownOutputCap(analysis, site);
  if (own?.state === "set" || own?.state === "conditional") return own;
  const constructions = constructionSites(analysis, site);
  for (const construction of constructions) {
    const cap = ownOutputCap(analysis, construction);
    if (!cap) continue;
    if (cap.state === "set") return cap;
    if (own) break; // the call takes a cap itself: the construction's absence is not the answer
    return cap;
  }
  const defaults = site.profile.defaultsFromConstruction;
  const key = capKeyFor(site, analysis);
  if (defaults && key && own?.state === "not-visible" && site.profile.optionsArg === (site.node.arguments?.length ?? 0)) {
    // `agent.generate(messages)`: the agent's defaults apply; visible and capless, the run has no cap.
    const agent = constructions.find((c) => c.profile.kind === "agent");
    const options = agent && optionsArgument(agent);
    const noDefaults = defaults.unlessKeys.length === 0 || (!!options && lookupAnyKey(analysis.index, options, defaults.unlessKeys).state === "absent");
    if (options && noDefaults) return { state: "absent", missing: key.split("."), key, site };
  }
  return own ?? { state: "not-visible" };
}

export function isText(expr: ts.Expression): boolean {
  return ts.isStringLiteralLike(expr) || ts.isTemplateExpression(expr);
}

/**
 * A factory's product held in a const (`const model = genAI.getGenerativeModel({ model })`) whose every use in the
 * file is a call that takes its own cap and sets it (`model.startChat({ generationConfig: { maxOutputTokens } })`,
 * whose settings replace the model's): the factory's missing cap is never what a request sends.
 */
function cappedAtEveryUse(analysis: FileAnalysis, site: CallSite): boolean {
  if (!site.profile.produces || !ts.isCallExpression(site.node)) return false;
  let node: ts.Node = site.node;
  while (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isNonNullExpression(node.parent)) node = node.parent;
  const decl = node.parent;
  if (!ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)) return false;
  const name = decl.name;
  // Exported: other modules may use it without a cap of their own.
  for (const entry of exportTable(decl.getSourceFile()).names.values()) if (entry.kind === "local" && entry.name === name.text) return false;
  const scope = ts.findAncestor(decl, (n) => ts.isBlock(n) || ts.isSourceFile(n) || ts.isModuleBlock(n));
  if (!scope) return false;
  let uses = 0;
  let capped = true;
  const visit = (n: ts.Node): void => {
    if (!capped) return;
    if (ts.isIdentifier(n) && n !== name && n.text === name.text && !isPropertyName(n)) {
      uses++;
      const access = n.parent;
      const call = access && ts.isPropertyAccessExpression(access) && access.expression === n ? access.parent : undefined;
      const use = call && ts.isCallExpression(call) && call.expression === access ? analysis.siteByNode.get(call) : undefined;
      const cap = use && ownOutputCap(analysis, use);
      if (cap?.state !== "set") capped = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(scope, visit);
  return capped && uses > 0;
}

/** An identifier that names a property, not a variable (`x.model`, `{ model: 1 }`). */
function isPropertyName(n: ts.Identifier): boolean {
  const p = n.parent;
  return (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n) || (ts.isMethodDeclaration(p) && p.name === n) || (ts.isPropertyDeclaration(p) && p.name === n);
}
