/**
 * Text the extension shows for cost estimates: the inline label after a call, the hover, the status bar.
 * Pure functions over the engine's CallEstimate (no `vscode` import: unit-tested in test/vscode-unit).
 */
import type { BreakdownEntry, CallEstimate } from "../core/cost/estimate";
import { costTotals, worstCasePerRun, type TotalsInput } from "../core/cost/totals";

/** A call estimate as the editor keeps it: the engine's data without the syntax node, plus where the callee ends. */
export type CallView = Omit<CallEstimate, "node"> & {
  /** End offset of the callee (`client.chat.completions.create`): the hover answers between `start` and here. */
  calleeEnd: number;
  /** The callee's text, for the report. */
  callee: string;
};

/** A cheaper model priced on the same token counts. */
export interface CheaperModel {
  id: string;
  costUsd: number;
}

/** 257, 1.2k, 16k, 1.3M. */
export function formatTokens(n: number): string {
  const value = Math.max(0, Math.round(n));
  if (value < 1000) return String(value);
  if (value < 10_000) return `${stripZero((value / 1000).toFixed(1))}k`;
  if (value < 999_500) return `${Math.round(value / 1000)}k`;
  return `${stripZero((value / 1_000_000).toFixed(1))}M`;
}

/** 12,345 (for tables). */
export function formatInteger(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

function stripZero(text: string): string {
  return text.replace(/\.0$/, "");
}

/** $0.0041, $0.16, $11.19, $1,234: two significant digits below $0.10, cents up to $100, dollars above. */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return "unbounded";
  if (usd <= 0) return "$0";
  if (usd < 0.000001) return "<$0.000001";
  if (usd < 0.1) return `$${String(Number(usd.toPrecision(2)))}`;
  if (usd < 100) return `$${usd.toFixed(2)}`;
  return `$${Math.round(usd).toLocaleString("en-US")}`;
}

export { worstCasePerRun };

export interface RunTotal {
  calls: number;
  /** Sum of the capped call sites' worst cases. */
  usd: number;
  /** Call sites in a loop or agent run with no cap. */
  unbounded: number;
}

/** A file's worst case per run: every call site once, loops at their caps (costTotals, as every surface). */
export function runTotal(calls: readonly TotalsInput[]): RunTotal {
  const totals = costTotals(calls);
  return { calls: totals.calls, usd: totals.cappedWorstCaseUsd, unbounded: totals.uncappedLoops };
}

/**
 * The label after a call: `≈ 1.2k in · ≤ 600 out · $0.0041/call`, then what multiplies it:
 * `· grows: $0.95 at turn 20`, `· ×10 loop: $0.041/run`, `· no loop cap`, and `· gpt-4o?` when the model is assumed.
 * `~` instead of `≈`: the token counts are approximated (the model's own tokenizer is not OpenAI's).
 */
export function inlineLabel(call: Pick<CallEstimate, "approximate" | "inputTokens" | "outputTokens" | "costUsd" | "history" | "loop" | "flags" | "model">): string {
  const parts = [
    `${call.approximate ? "~" : "≈"} ${formatTokens(call.inputTokens)} in`,
    `≤ ${formatTokens(call.outputTokens)} out`,
    `${formatUsd(call.costUsd)}/call`,
  ];
  if (call.history) {
    const h = call.history;
    parts.push(h.overflowTurn !== undefined ? `grows: ${formatUsd(h.turnNUsd)} at turn ${h.pricedTurns}, context full at turn ${h.overflowTurn}` : `grows: ${formatUsd(h.turnNUsd)} at turn ${h.pricedTurns}`);
  }
  if (call.loop) {
    const unit = call.flags.includes("agent-run") ? "steps" : "loop";
    parts.push(call.loop.iterations === null ? `no ${unit === "steps" ? "step" : "loop"} cap` : `×${call.loop.iterations} ${unit}: ${formatUsd(worstCasePerRun(call) ?? 0)}/run`);
  }
  if (call.flags.includes("default-model") || call.flags.includes("unknown-model")) parts.push(`${call.model}?`);
  return parts.join(" · ");
}

/** The status bar text for a file's call sites. */
export function statusText(total: RunTotal): string {
  if (total.calls === 0) return "costlint: no LLM calls";
  const calls = `${total.calls} LLM call${total.calls === 1 ? "" : "s"}`;
  if (total.unbounded > 0) return `${calls} · unbounded/run`;
  return `${calls} · ≤ ${formatUsd(total.usd)}/run`;
}

export function statusTooltip(total: RunTotal): string {
  if (total.calls === 0) return "costlint found no LLM call in this file. Click for the workspace cost report.";
  const lines = [`${total.calls} LLM call site${total.calls === 1 ? "" : "s"} in this file.`];
  lines.push(`Worst case per run, every call once and loops at their caps: ${formatUsd(total.usd)}.`);
  if (total.unbounded > 0) lines.push(`${total.unbounded} call site${total.unbounded === 1 ? " is" : "s are"} in a loop or agent run with no cap: no upper bound.`);
  lines.push("Click for the workspace cost report.");
  return lines.join("\n");
}

const PART_LABEL: Record<BreakdownEntry["part"], string> = {
  system: "system prompt",
  messages: "messages",
  tools: "tool definitions",
  overhead: "chat format",
  assumed: "assumed",
  output: "output (max)",
};

/** Escapes what would change the meaning of text inside a line or a table cell. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, "\\$&");
}

export interface HoverOptions {
  cheaper: readonly CheaperModel[];
  /** budget.perCallUsd */
  budgetUsd?: number;
  /** The pricing table's date. */
  pricesUpdated?: string;
}

/** The hover on a call: the cost first, then what multiplies it, its parts, the assumptions, and cheaper models. */
export function hoverMarkdown(call: Omit<CallView, "calleeEnd" | "callee">, options: HoverOptions): string {
  const md: string[] = [];
  const assumed = call.flags.includes("default-model") || call.flags.includes("unknown-model");
  const model = assumed ? `${call.model} (assumed)` : call.requestedModel && call.requestedModel !== call.model ? `${call.model} (${call.modelNote})` : call.model;
  md.push(`**costlint** · estimated cost of this call on ${escapeMarkdown(model)}: **${formatUsd(call.costUsd)} per call**${call.approximate ? " (token counts approximate)" : ""}`);
  if (call.history) {
    const h = call.history;
    const conversation = `a conversation of ${h.pricedTurns} turns costs ${formatUsd(h.cumulativeUsd)}`;
    const cached = h.cached ? ` (${formatUsd(h.cached.cumulativeUsd)} with prompt caching)` : "";
    md.push("", `**The history grows:** turn 1 ${formatUsd(h.turn1Usd)}, turn ${h.pricedTurns} ${formatUsd(h.turnNUsd)}; ${conversation}${cached}.`);
    if (h.overflowTurn !== undefined) {
      md.push("", `**The context window is full at turn ${h.overflowTurn}** (${formatInteger(h.inputLimit)} tokens): that call fails or is truncated; later turns are not priced.`);
    }
    if (h.cached && h.cached.cumulativeUsd < h.cumulativeUsd / 2) {
      md.push("", `Prompt caching saves more than half of this conversation (${formatUsd(h.cumulativeUsd - h.cached.cumulativeUsd)}).`);
    }
  }
  if (call.caching) {
    const c = call.caching;
    md.push("", `With prompt caching, a repeat of this call: ${formatUsd(c.perCallUsd)} (without: ${formatUsd(call.costUsd)}).${c.perCallUsd < call.costUsd / 2 ? " Caching saves more than half." : ""}`);
  }
  if (call.loop) {
    const worst = worstCasePerRun(call);
    md.push(
      "",
      call.loop.iterations === null
        ? `**No cap on model calls per run** (${escapeMarkdown(call.loop.source)}): no upper bound.`
        : `**Up to ${call.loop.iterations} model calls per run** (${escapeMarkdown(call.loop.source)}): worst case ${formatUsd(worst ?? 0)} per run.`,
    );
  }
  if (options.budgetUsd !== undefined && call.costUsd > options.budgetUsd) {
    md.push("", `Above the budget of ${formatUsd(options.budgetUsd)} per call (budget.perCallUsd).`);
  }
  md.push("", "| part | tokens | from |", "| --- | ---: | --- |");
  for (const entry of call.breakdown) {
    if (entry.part === "output") continue;
    md.push(`| ${PART_LABEL[entry.part]} | ${formatInteger(entry.tokens)} | ${escapeMarkdown(entry.detail)} |`);
  }
  md.push(`| **input** | **${formatInteger(call.inputTokens)}** | |`);
  const output = call.breakdown.find((b) => b.part === "output");
  md.push(`| **output** | **≤ ${formatInteger(call.outputTokens)}** | ${output ? escapeMarkdown(output.detail) : ""} |`);
  if (call.assumptions.length) {
    md.push("", "Assumptions:");
    for (const a of call.assumptions) md.push(`- ${escapeMarkdown(a)}`);
  }
  if (options.cheaper.length) {
    md.push("", "The same tokens on cheaper models:");
    for (const c of options.cheaper) {
      const saving = call.costUsd > 0 ? Math.round((1 - c.costUsd / call.costUsd) * 100) : 0;
      md.push(`- ${escapeMarkdown(c.id)}: ${formatUsd(c.costUsd)}/call (−${saving}%)`);
    }
  }
  if (options.pricesUpdated) md.push("", `Prices as of ${options.pricesUpdated}; set costlint.pricing or "pricing" in costlint.config.json to change them.`);
  return md.join("\n");
}
