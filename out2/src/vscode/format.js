"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INLINE_MAX_LENGTH = exports.worstCasePerRun = void 0;
exports.formatTokens = formatTokens;
exports.formatInteger = formatInteger;
exports.formatUsd = formatUsd;
exports.runTotal = runTotal;
exports.inlineLabel = inlineLabel;
exports.statusText = statusText;
exports.statusTooltip = statusTooltip;
exports.escapeMarkdown = escapeMarkdown;
exports.hoverMarkdown = hoverMarkdown;
const totals_1 = require("../core/cost/totals");
Object.defineProperty(exports, "worstCasePerRun", { enumerable: true, get: function () { return totals_1.worstCasePerRun; } });
/** 257, 1.2k, 16k, 1.3M. */
function formatTokens(n) {
    const value = Math.max(0, Math.round(n));
    if (value < 1000)
        return String(value);
    if (value < 10_000)
        return `${stripZero((value / 1000).toFixed(1))}k`;
    if (value < 999_500)
        return `${Math.round(value / 1000)}k`;
    return `${stripZero((value / 1_000_000).toFixed(1))}M`;
}
/** 12,345 (for tables). */
function formatInteger(n) {
    return Math.round(n).toLocaleString("en-US");
}
function stripZero(text) {
    return text.replace(/\.0$/, "");
}
/** $0.0041, $0.16, $11.19, $1,234: two significant digits below $0.10, cents up to $100, dollars above. */
function formatUsd(usd) {
    if (!Number.isFinite(usd))
        return "unbounded";
    if (usd <= 0)
        return "$0";
    if (usd < 0.000001)
        return "<$0.000001";
    if (usd < 0.1)
        return `$${String(Number(usd.toPrecision(2)))}`;
    if (usd < 100)
        return `$${usd.toFixed(2)}`;
    return `$${Math.round(usd).toLocaleString("en-US")}`;
}
/** A file's worst case per run: every call site once, loops at their caps (costTotals, as every surface). */
function runTotal(calls) {
    const totals = (0, totals_1.costTotals)(calls);
    return { calls: totals.calls, usd: totals.cappedWorstCaseUsd, unbounded: totals.uncappedLoops };
}
/** VS Code's default `editor.inlayHints.maximumLength`: a longer label is cut off with an ellipsis. */
exports.INLINE_MAX_LENGTH = 43;
/**
 * The label after a call, most important first, within VS Code's default inlay width: the cost per call
 * (`≈ $0.0041/call`; `~` when the token counts are approximate), then what multiplies it — `grows: $0.95 at turn 20`,
 * `×10 loop: $0.041/run` or `∞ loop` / `∞ steps` — then `gpt-4o?` when the model is assumed. When they do not fit,
 * the later marks shorten (`grows`, `×10 loop`, `model?`), then drop; tokens and the rest are in the hover.
 */
function inlineLabel(call) {
    const cost = `${call.approximate ? "~" : "≈"} ${formatUsd(call.costUsd)}/call`;
    const marks = [];
    if (call.history) {
        const h = call.history;
        marks.push({ full: h.overflowTurn !== undefined ? `grows: ${formatUsd(h.turnNUsd)} at turn ${h.pricedTurns}, full at ${h.overflowTurn}` : `grows: ${formatUsd(h.turnNUsd)} at turn ${h.pricedTurns}`, short: "grows" });
    }
    if (call.loop) {
        const unit = call.flags.includes("agent-run") ? "steps" : "loop";
        const capped = call.loop.iterations !== null;
        const short = capped ? `×${call.loop.iterations} ${unit}` : `∞ ${unit}`;
        marks.push({ full: capped ? `${short}: ${formatUsd((0, totals_1.worstCasePerRun)(call) ?? 0)}/run` : short, short });
    }
    if (call.flags.includes("default-model") || call.flags.includes("unknown-model"))
        marks.push({ full: `${call.model}?`, short: "model?" });
    if (call.flags.includes("local-model"))
        marks.push({ full: "local model", short: "local" });
    const forms = marks.map((m) => m.full);
    const text = () => [cost, ...forms].join(" · ");
    for (let i = forms.length - 1; i >= 0 && text().length > exports.INLINE_MAX_LENGTH; i--)
        forms[i] = marks[i].short;
    while (forms.length > 0 && text().length > exports.INLINE_MAX_LENGTH)
        forms.pop();
    return text();
}
/** The status bar text for a file's call sites. */
function statusText(total) {
    if (total.calls === 0)
        return "costlint: no LLM calls";
    const calls = `${total.calls} LLM call${total.calls === 1 ? "" : "s"}`;
    if (total.unbounded > 0)
        return `${calls} · unbounded/run`;
    return `${calls} · ≤ ${formatUsd(total.usd)}/run`;
}
function statusTooltip(total) {
    if (total.calls === 0)
        return "costlint found no LLM call in this file. Click for the workspace cost report.";
    const lines = [`${total.calls} LLM call site${total.calls === 1 ? "" : "s"} in this file.`];
    lines.push(`Worst case per run, every call once and loops at their caps: ${formatUsd(total.usd)}.`);
    if (total.unbounded > 0)
        lines.push(`${total.unbounded} call site${total.unbounded === 1 ? " is" : "s are"} in a loop or agent run with no cap: no upper bound.`);
    lines.push("Click for the workspace cost report.");
    return lines.join("\n");
}
const PART_LABEL = {
    system: "system prompt",
    messages: "messages",
    tools: "tool definitions",
    overhead: "chat format",
    assumed: "assumed",
    output: "output (max)",
};
/**
 * Escapes text from the code (a model string, a loop's source) for one line or table cell of markdown: line breaks
 * and control characters become spaces (a string cannot start a paragraph, a heading or a list), the characters
 * of inline syntax (emphasis, code, links, images, HTML, tables, headings, strikethrough, entities) are
 * backslash-escaped, and so is a list marker or a numbered-list dot at the start.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
        .replace(/[\\`*_[\]<>|#~!&]/g, "\\$&")
        .replace(/^(\s*)([-+=])/, "$1\\$2")
        .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
/** The hover on a call: the cost first, then what multiplies it, its parts, the assumptions, and cheaper models. */
function hoverMarkdown(call, options) {
    const md = [];
    const assumed = call.flags.includes("default-model") || call.flags.includes("unknown-model");
    const model = assumed
        ? `${call.model} (assumed)`
        : call.flags.includes("local-model")
            ? `${call.model} (local model: no per-token price)`
            : call.requestedModel && call.requestedModel !== call.model
                ? `${call.model} (${call.modelNote})`
                : call.model;
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
        const worst = (0, totals_1.worstCasePerRun)(call);
        md.push("", call.loop.iterations === null
            ? `**No cap on model calls per run** (${escapeMarkdown(call.loop.source)}): no upper bound.`
            : `**Up to ${call.loop.iterations} model calls per run** (${escapeMarkdown(call.loop.source)}): worst case ${formatUsd(worst ?? 0)} per run.`);
    }
    if (options.budgetUsd !== undefined && call.costUsd > options.budgetUsd) {
        md.push("", `Above the budget of ${formatUsd(options.budgetUsd)} per call (budget.perCallUsd).`);
    }
    md.push("", "| part | tokens | from |", "| --- | ---: | --- |");
    let estimatedParts = 0;
    for (const entry of call.breakdown) {
        if (entry.part === "output")
            continue;
        // A part the provider may count differently (a factor, an unpublished format) is marked ~.
        const estimated = entry.tokens > 0 && entry.exact === false;
        if (estimated)
            estimatedParts++;
        md.push(`| ${PART_LABEL[entry.part]} | ${estimated ? "~" : ""}${formatInteger(entry.tokens)} | ${escapeMarkdown(entry.detail)} |`);
    }
    md.push(`| **input** | **${formatInteger(call.inputTokens)}** | |`);
    const output = call.breakdown.find((b) => b.part === "output");
    md.push(`| **output** | **≤ ${formatInteger(call.outputTokens)}** | ${output ? escapeMarkdown(output.detail) : ""} |`);
    if (estimatedParts)
        md.push("", "~ estimated; the other input counts are exact (the provider's own tokenizer and format).");
    if (call.assumptions.length) {
        md.push("", "Assumptions:");
        for (const a of call.assumptions)
            md.push(`- ${escapeMarkdown(a)}`);
    }
    if (options.cheaper.length) {
        md.push("", "The same tokens on cheaper models:");
        for (const c of options.cheaper) {
            const saving = call.costUsd > 0 ? Math.round((1 - c.costUsd / call.costUsd) * 100) : 0;
            md.push(`- ${escapeMarkdown(c.id)}: ${formatUsd(c.costUsd)}/call (−${saving}%)`);
        }
    }
    if (options.pricesUpdated)
        md.push("", `Prices as of ${options.pricesUpdated}; set costlint.pricing or "pricing" in costlint.config.json to change them.`);
    return md.join("\n");
}
//# sourceMappingURL=format.js.map