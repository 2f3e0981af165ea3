/**
 * Totals of call estimates, the one computation behind every surface (the editor's status bar, its report view,
 * `costlint report`): so they agree to the cent. Rounding is for display only, after summing.
 */
import type { CallEstimate } from "./estimate";

export type TotalsInput = Pick<CallEstimate, "costUsd" | "history" | "loop" | "approximate"> & {
  readonly flags: readonly string[];
  /** Where the call is, as `file:line` (line from 1), in the form `via` names files. */
  readonly site?: string;
  /** A call of the app's wrapper: the model call it makes (`file:line`, as `site`). */
  readonly via?: { readonly file: string; readonly line: number };
};

export interface CostTotals {
  calls: number;
  /** One call of each site. */
  costUsd: number;
  /**
   * Every site once per run, loops and agent runs at their caps, growing histories at their last priced turn;
   * null when any site is in a loop or agent run with no cap (no upper bound: never counted as zero).
   */
  worstCaseUsd: number | null;
  /** The same sum over the sites that have a bound (the others are `uncappedLoops`). */
  cappedWorstCaseUsd: number;
  uncappedLoops: number;
  growingHistories: number;
  /**
   * The most expensive conversation of one call site (assumed length, turns past the context window not priced).
   * Conversations of different call sites are different routes: they are never added into one.
   */
  largestConversationUsd: number;
  approximate: number;
  noOutputCap: number;
  /**
   * Calls inside a wrapper whose call sites are among these calls: each runs once per call of the wrapper, so its cost
   * is counted at those call sites and not summed again (listed, never added twice).
   */
  throughWrappers: number;
}

/**
 * Calls of one file with their `site` (`file:line`, line from 1) in the form wrapper calls name the model call they
 * reach (`via`): the absolute path, as the engine resolves it.
 */
export function withSites<T extends { readonly start: number }>(calls: readonly T[], file: string, text: string): (T & { site: string })[] {
  let line = 1;
  let at = 0;
  const sorted = [...calls.keys()].sort((a, b) => calls[a]!.start - calls[b]!.start);
  const out = new Array<T & { site: string }>(calls.length);
  for (const i of sorted) {
    const call = calls[i]!;
    for (; at < call.start && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    out[i] = { ...call, site: `${file}:${line}` };
  }
  return out;
}

/** The worst case of one call site per run: its loop's cap x the cost at the last priced turn. null: no cap. */
export function worstCasePerRun(call: Pick<CallEstimate, "costUsd" | "history" | "loop">): number | null {
  const perCall = call.history ? call.history.turnNUsd : call.costUsd;
  if (!call.loop) return perCall;
  return call.loop.iterations === null ? null : perCall * call.loop.iterations;
}

export function costTotals(calls: readonly TotalsInput[]): CostTotals {
  let costUsd = 0;
  let capped = 0;
  let uncappedLoops = 0;
  let growingHistories = 0;
  let largestConversationUsd = 0;
  let approximate = 0;
  let noOutputCap = 0;
  let throughWrappers = 0;
  const reached = new Set<string>();
  for (const call of calls) if (call.via) reached.add(`${call.via.file}:${call.via.line}`);
  for (const call of calls) {
    if (call.site !== undefined && reached.has(call.site)) {
      throughWrappers++;
      continue;
    }
    costUsd += call.costUsd;
    const worst = worstCasePerRun(call);
    if (worst === null) uncappedLoops++;
    else capped += worst;
    if (call.history) {
      growingHistories++;
      largestConversationUsd = Math.max(largestConversationUsd, call.history.cumulativeUsd);
    }
    if (call.approximate) approximate++;
    if (call.flags.includes("no-output-cap")) noOutputCap++;
  }
  return {
    calls: calls.length,
    costUsd,
    worstCaseUsd: uncappedLoops > 0 ? null : capped,
    cappedWorstCaseUsd: capped,
    uncappedLoops,
    growingHistories,
    largestConversationUsd,
    approximate,
    noOutputCap,
    throughWrappers,
  };
}
