import type { CallSite } from "../sdk/match";
import type { FileAnalysis } from "./analysis";

/**
 * A per-site question answered once per analysis: the rules and the estimate ask the same ones of every call (its
 * model, its output cap), and a file of nothing but LLM calls asks them thousands of times.
 */
export function memoPerSite<R>(compute: (analysis: FileAnalysis, site: CallSite) => R): (analysis: FileAnalysis, site: CallSite) => R {
  const answers = new WeakMap<FileAnalysis, Map<CallSite, R>>();
  return (analysis, site) => {
    let bySite = answers.get(analysis);
    if (!bySite) answers.set(analysis, (bySite = new Map()));
    if (bySite.has(site)) return bySite.get(site)!;
    const answer = compute(analysis, site);
    bySite.set(site, answer);
    return answer;
  };
}
