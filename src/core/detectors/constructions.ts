import ts from "typescript";
import { unwrap } from "../syntax/ast";
import { lookupKey } from "../syntax/options";
import type { CallSite } from "../sdk/match";
import type { SdkProfile } from "../sdk/profile-types";
import { siteOf, type FileAnalysis } from "./analysis";
import { memoPerSite } from "./site-memo";

const MAX_DEPTH = 3;

/** The request options argument of a call as written (a literal, a const, `Object.assign(...)`), if the profile has one. */
export function optionsArgument(site: CallSite): ts.Expression | undefined {
  if (site.optionsExpression) return site.optionsExpression;
  return site.profile.optionsArg !== undefined ? site.node.arguments?.[site.profile.optionsArg] : undefined;
}

/** The keys a profile names its model by: `model`, then its aliases (`modelName`, LangGraph's `llm`). */
export function modelKeys(profile: SdkProfile): string[] {
  return [...(profile.model ? [profile.model] : []), ...(profile.modelAliases ?? [])];
}

/**
 * What built the thing a call runs on, nearest first: its client or model (`new ChatOpenAI(...)` for `model.invoke()`),
 * the agent an agent run takes as an argument (`run(agent, ...)`), and, through their model keys, the models those
 * were built with (`createReactAgent({ llm: model })`, `new Agent({ model: new ChatX() })`).
 */
export const constructionsOf: (analysis: FileAnalysis, site: CallSite) => readonly (ts.NewExpression | ts.CallExpression)[] = memoPerSite(findConstructions);

function findConstructions(analysis: FileAnalysis, site: CallSite): (ts.NewExpression | ts.CallExpression)[] {
  const out: (ts.NewExpression | ts.CallExpression)[] = [];
  const add = (c: ts.NewExpression | ts.CallExpression | undefined, depth: number): void => {
    if (!c || c === site.node || out.includes(c) || depth > MAX_DEPTH) return;
    out.push(c);
    // Made by a method of another instance (model.startChat(), genAI.getGenerativeModel()): that instance's too.
    const callee = ts.isCallExpression(c) ? unwrap(c.expression) : undefined;
    if (callee && ts.isPropertyAccessExpression(callee)) add(analysis.tracer.trace(callee.expression)?.construction, depth + 1);
    const own = siteOf(analysis, c);
    if (!own) return;
    const options = optionsArgument(own);
    for (const key of modelKeys(own.profile)) {
      const found = lookupKey(analysis.index, options, key);
      if (found.state === "present" && found.value) add(analysis.tracer.trace(found.value)?.construction, depth + 1);
    }
  };
  add(site.origin.construction, 0);
  const agentArg = site.profile.agentArg;
  if (agentArg !== undefined && site.node.arguments?.[agentArg]) add(analysis.tracer.trace(site.node.arguments[agentArg]!)?.construction, 0);
  return out;
}

/** The recognised call sites among a call's constructions (agents, clients, chat models), nearest first (once per site). */
export const constructionSites: (analysis: FileAnalysis, site: CallSite) => readonly CallSite[] = memoPerSite((analysis, site) =>
  constructionsOf(analysis, site)
    .map((c) => siteOf(analysis, c))
    .filter((s): s is CallSite => s !== undefined),
);
