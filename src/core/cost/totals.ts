/**
 * Totals of call estimates, the one computation behind every surface (the editor's status bar, its report view,
 * `costlint report`): so they agree to the cent. Rounding is for display only, after summing.
 */
import type { CallEstimate } from "./estimate";

export type TotalsInput = Pick<CallEstimate, "costUsd" | "history" | "loop" | "approximate"> & { readonly flags: readonly string[] };

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
  for (const call of calls) {
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
  };
}
