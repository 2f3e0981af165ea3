import ts from "typescript";
import { unwrap } from "../syntax/ast";
import { lookupAnyKey, lookupKey, type KeyLookup } from "../syntax/options";
import { staticNumberMax } from "../syntax/values";
import type { CallSite } from "../sdk/match";
import { exportMatches } from "../sdk/module-match";
import type { FileAnalysis } from "./analysis";
import { constructionSites, optionsArgument } from "./constructions";
import { memoPerSite } from "./site-memo";

/**
 * A call's output cap. `site` is the call or construction whose options hold it (`new ChatOpenAI({...})` for
 * `model.invoke()`); `key` is the key a fix adds there.
 */
export type OutputCap =
  /** Set; `tokens` when the code shows the number (the larger of `fast ? 256 : 1024`). */
  | { state: "set"; tokens?: number; node: ts.Node; site: CallSite }
  /** Not set. `owner` is the object a fix adds to; without one the options argument itself is missing (`new ChatOpenAI()`). */
  | { state: "absent"; owner?: ts.ObjectLiteralExpression; missing: string[]; key: string; site: CallSite }
  /** Set on one branch only (`...(cond ? { max_tokens: n } : {})`): `when` is the condition, as code. */
  | { state: "conditional"; when: string; node: ts.Node; key: string; tokens?: number; via?: ts.SpreadAssignment; site: CallSite }
  /** The options (or what the call runs on) are built where the file does not show. */
  | { state: "not-visible" };

/** The key a fix adds on a site: the profile's first cap key, or the one its export takes (ChatOllama: numPredict). */
export function capKeyFor(site: CallSite): string | undefined {
  const keys = site.profile.maxOutput;
  if (!keys?.length) return undefined;
  const byExport = site.profile.capKeyByExport?.find((k) => exportMatches(site.origin.exportName, k.exports));
  return byExport && keys.includes(byExport.key) ? byExport.key : keys[0];
}

function tokensOf(analysis: FileAnalysis, found: Extract<KeyLookup, { state: "present" }>): number | undefined {
  let max: number | undefined;
  for (const value of found.values) {
    const n = staticNumberMax(analysis.index, value);
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

/** The cap a site's own options set (only for profiles with cap keys and an options argument); once per site. */
export const ownOutputCap: (analysis: FileAnalysis, site: CallSite) => OutputCap | undefined = memoPerSite(findOwnOutputCap);

function findOwnOutputCap(analysis: FileAnalysis, site: CallSite): OutputCap | undefined {
  const other = otherCap(analysis, site);
  if (other) return other;
  const keys = site.profile.maxOutput;
  const key = capKeyFor(site);
  if (!keys || !key || site.profile.optionsArg === undefined) return undefined;
  const arg = optionsArgument(site);
  // Text where the options go (genkit's ai.generate("...")): a prompt, no options to read or to add a cap to; the
  // model's defaults apply (as for Mastra's agent.generate("...") without options): not visible.
  if (arg && isText(unwrap(arg))) return { state: "not-visible" };
  if (!arg) {
    // `new ChatOpenAI()`: no options at all, so no cap. A missing later argument (initChatModel("gpt-4o")) may be
    // configured at run time: not visible.
    return site.profile.optionsArg === 0 && (site.node.arguments?.length ?? 0) === 0 ? { state: "absent", missing: [key], key, site } : { state: "not-visible" };
  }
  if (configurableAtRunTime(analysis, site, arg, keys)) return { state: "not-visible" };
  const found = lookupAnyKey(analysis.index, arg, keys);
  if (found.state === "unknown") return { state: "not-visible" };
  if (found.state === "absent") return { state: "absent", owner: found.owner, missing: key === keys[0] ? found.missing : [key], key, site };
  const tokens = tokensOf(analysis, found);
  if (found.when) return { state: "conditional", when: found.when, node: found.prop, key, site, ...(tokens !== undefined ? { tokens } : {}), ...(found.via ? { via: found.via } : {}) };
  return { state: "set", node: found.prop, site, ...(tokens !== undefined ? { tokens } : {}) };
}

/**
 * The cap require-max-tokens checks at a site: its own options; for a run that takes its agent's defaults when called
 * without options (`agent.generate(messages)`), the absence found through that agent, reported at the run.
 */
export function checkedOutputCap(analysis: FileAnalysis, site: CallSite): OutputCap | undefined {
  const own = ownOutputCap(analysis, site);
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
  const key = capKeyFor(site);
  if (defaults && key && own?.state === "not-visible" && site.profile.optionsArg === (site.node.arguments?.length ?? 0)) {
    // `agent.generate(messages)`: the agent's defaults apply; visible and capless, the run has no cap.
    const agent = constructions.find((c) => c.profile.otherMaxOutput?.length);
    const options = agent && optionsArgument(agent);
    if (options && lookupAnyKey(analysis.index, options, defaults.unlessKeys).state === "absent") return { state: "absent", missing: key.split("."), key, site };
  }
  return own ?? { state: "not-visible" };
}

export function isText(expr: ts.Expression): boolean {
  return ts.isStringLiteralLike(expr) || ts.isTemplateExpression(expr);
}
