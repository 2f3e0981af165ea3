import ts from "typescript";
import { unwrap } from "../syntax/ast";
import { lookupKey } from "../syntax/options";
import { resolveArrayLiteral, staticNumber } from "../syntax/values";
import type { CallSite } from "../sdk/match";
import type { AgentCap as AgentCapSetting } from "../sdk/profile-types";
import type { FileAnalysis } from "./analysis";
import { constructionSites, optionsArgument } from "./constructions";
import { isText } from "./output-cap";

/** How many model calls one agent run may make, and what says so. */
export interface AgentCap {
  /** The unit of the cap; "unbounded": nothing stops the loop; "none": no loop (an AI SDK call without tools). */
  kind: "steps" | "turns" | "iterations" | "time" | "budget" | "unbounded" | "none";
  /** Model calls per run (absent when unbounded). */
  calls?: number;
  /** What sets it, as a message says it: `maxTurns: 50`, `default maxTurns 10`, `stepCountIs(30)`, `stopWhen has no step count`. */
  source: string;
  /** The SDK's default applies: the option is not set. */
  default?: boolean;
  /** The option key that holds (or would hold) the cap: `maxTurns`, `stopWhen`, `maxSteps`. */
  key: string;
  /** The property that sets it. */
  node?: ts.Node;
  /** The call or construction whose options hold the cap (an agent run's agent). */
  site: CallSite;
  /** The options object a fix adds the key to, when it is absent, and the keys to add there (`options`, `maxTurns`). */
  owner?: ts.ObjectLiteralExpression;
  missing?: string[];
  /** The number a fix replaces: the option's value, or the step count's argument. */
  valueNode?: ts.Expression;
  /** The step-count function used (`stepCountIs`), and for stop conditions without one, the array or single condition. */
  stepFunction?: string;
  conditions?: { list?: ts.ArrayLiteralExpression; single?: ts.Expression };
}

/** The agent cap of a run or agent: its own setting, or (an AI SDK agent's `generate()`) the agent it runs. Undefined: not an agent, or not visible. */
export function agentCapOf(analysis: FileAnalysis, site: CallSite): AgentCap | undefined {
  if (site.profile.agentCap) return capOfSetting(analysis, site, site.profile.agentCap);
  if (site.profile.kind !== "agent-run") return undefined;
  for (const own of constructionSites(analysis, site)) {
    if (own.profile.agentCap) return capOfSetting(analysis, own, own.profile.agentCap);
  }
  return undefined;
}

function capOfSetting(analysis: FileAnalysis, site: CallSite, cap: AgentCapSetting): AgentCap | undefined {
  if (cap.kind === "uncapped") return { kind: "unbounded", source: cap.why, key: "", site };
  return cap.kind === "ai-steps" ? aiStepsCap(analysis, site, cap) : optionCap(analysis, site, cap);
}

function optionCap(analysis: FileAnalysis, site: CallSite, cap: Extract<AgentCapSetting, { kind: "option" }>): AgentCap | undefined {
  const { index } = analysis;
  const arg = site.node.arguments?.[cap.arg];
  // A loop that only runs with tools (genkit's maxTurns) does not apply to a request without them (or with text only).
  if (cap.onlyWith && (!arg || isText(unwrap(arg)) || lookupKey(index, arg, cap.onlyWith).state === "absent")) {
    return { kind: "none", calls: 1, source: `no ${cap.onlyWith}: one call`, key: cap.key, site };
  }
  const perUnit = cap.callsPerUnit ?? 1;
  const calls = (n: number): number => Math.max(1, Math.round(n * perUnit));
  const found = arg ? lookupKey(index, arg, cap.key) : undefined;
  if (found?.state === "unknown") return undefined; // options we cannot see
  const base = { key: cap.key, site };
  if (found?.state !== "present") {
    for (const alternative of cap.alternatives ?? []) {
      const other = arg ? lookupKey(index, arg, alternative.key) : undefined;
      if (other?.state === "present") return { ...base, kind: alternative.kind, source: `${alternative.key}: ${other.value?.getText(index.sourceFile) ?? "set"}`, node: other.prop };
    }
    const owner = found?.state === "absent" ? { owner: found.owner, missing: found.missing } : {};
    if (cap.default !== undefined && cap.defaultPerItem) {
      const items = perItemCount(analysis, site, cap.defaultPerItem);
      if (items === undefined) return undefined;
      return { ...base, ...owner, kind: cap.unit, calls: calls(cap.default * Math.max(1, items)), source: `default ${cap.key} ${cap.default} per item of ${cap.defaultPerItem} (${items})`, default: true };
    }
    if (cap.default !== undefined) return { ...base, ...owner, kind: cap.unit, calls: calls(cap.default), source: `default ${cap.key} ${cap.default}`, default: true };
    return { ...base, ...owner, kind: "unbounded", source: `${cap.key} is not set and has no default` };
  }
  const at = { ...base, node: found.prop, ...(found.value ? { valueNode: found.value } : {}) };
  const value = found.value ? unwrap(found.value) : undefined;
  if (value?.kind === ts.SyntaxKind.NullKeyword && cap.nullUnbounded) return { ...at, kind: "unbounded", source: `${cap.key}: null disables the cap` };
  const n = staticNumber(index, value);
  if (n === undefined) return undefined;
  if (!Number.isFinite(n)) return { ...at, kind: "unbounded", source: `${cap.key}: ${value!.getText(index.sourceFile)}` };
  return { ...at, kind: cap.unit, calls: calls(n), source: `${cap.key}: ${n}` };
}

/** The number of items of a list the run's construction is given (`new AgentNetwork({ agents: [a, b] })`), when literal. */
function perItemCount(analysis: FileAnalysis, site: CallSite, key: string): number | undefined {
  for (const own of constructionSites(analysis, site)) {
    if (own.profile.kind !== "agent") continue;
    const found = lookupKey(analysis.index, optionsArgument(own), key);
    const list = found.state === "present" ? resolveArrayLiteral(analysis.index, found.value) : undefined;
    return list && !list.elements.some(ts.isSpreadElement) ? list.elements.length : undefined;
  }
  return undefined;
}

/** AI SDK: maxSteps (v4) or stopWhen (v5+: step counts, arrays of conditions stop at the first met); no tools, one step. */
function aiStepsCap(analysis: FileAnalysis, site: CallSite, cap: Extract<AgentCapSetting, { kind: "ai-steps" }>): AgentCap | undefined {
  const { index } = analysis;
  const sf = index.sourceFile;
  const options = optionsArgument(site);
  if (!options) return undefined;
  const tools = lookupKey(index, options, "tools");
  if (tools.state === "absent") return { kind: "none", calls: 1, source: "no tools: one step", key: "stopWhen", site };
  const maxSteps = lookupKey(index, options, "maxSteps");
  if (maxSteps.state === "present") {
    const n = staticNumber(index, maxSteps.value);
    if (n === undefined) return undefined;
    const at = { key: "maxSteps", site, node: maxSteps.prop, ...(maxSteps.value ? { valueNode: maxSteps.value } : {}) };
    return Number.isFinite(n) ? { ...at, kind: "steps", calls: n, source: `maxSteps: ${n}` } : { ...at, kind: "unbounded", source: `maxSteps: ${maxSteps.value!.getText(sf)}` };
  }
  const stopWhen = lookupKey(index, options, "stopWhen");
  if (stopWhen.state === "unknown") return undefined;
  if (stopWhen.state === "absent") {
    return { kind: "steps", calls: cap.defaultSteps, source: `default of ${cap.defaultSteps} steps`, default: true, key: "stopWhen", site, owner: stopWhen.owner };
  }
  const value = stopWhen.value ? unwrap(stopWhen.value) : undefined;
  if (!value) return undefined;
  const literal = ts.isArrayLiteralExpression(value) ? value : undefined;
  const conditions = literal ? [...literal.elements] : (resolveArrayLiteral(index, value)?.elements ?? [value]);
  let steps: { n: number; call: ts.CallExpression; name: string } | undefined;
  let unknown = false;
  for (const condition of conditions) {
    const c = unwrap(condition);
    const callee = ts.isCallExpression(c) ? unwrap(c.expression) : undefined;
    if (ts.isCallExpression(c) && callee && ts.isIdentifier(callee)) {
      if (cap.stepCountFunctions.includes(callee.text)) {
        const n = staticNumber(index, c.arguments[0]);
        if (n === undefined) unknown = true;
        else if (!steps || n < steps.n) steps = { n, call: c, name: callee.text };
        continue;
      }
      if (cap.toolCallFunctions.includes(callee.text)) continue;
    }
    unknown = true; // a custom condition may count steps
  }
  const at = { key: "stopWhen", site, node: stopWhen.prop };
  if (!steps) {
    if (unknown) return undefined;
    const single = !literal && conditions.length === 1 && conditions[0] === value ? stopWhen.value : undefined;
    return { ...at, kind: "unbounded", source: "stopWhen has no step count", conditions: { ...(literal ? { list: literal } : {}), ...(single ? { single } : {}) } };
  }
  const arg = steps.call.arguments[0];
  const fix = { stepFunction: steps.name, ...(arg ? { valueNode: arg } : {}) };
  if (!Number.isFinite(steps.n)) return { ...at, ...fix, kind: "unbounded", source: `${steps.name}(${arg!.getText(sf)})` };
  return { ...at, ...fix, kind: "steps", calls: steps.n, source: `${steps.name}(${steps.n})` };
}

/** The name a profile's step-count condition is imported by in this file (`stepCountIs`, v7 `isStepCount`), if any. */
export function importedStepFunction(analysis: FileAnalysis, site: CallSite): string | undefined {
  const cap = site.profile.agentCap;
  if (cap?.kind !== "ai-steps") return undefined;
  for (const name of cap.stepCountFunctions) {
    for (const decl of analysis.index.declarations.get(name) ?? []) {
      if (decl.kind === "import" && decl.module === cap.module && decl.importName === name) return name;
    }
  }
  return undefined;
}
