"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffSummary = diffSummary;
exports.formatDiffTable = formatDiffTable;
exports.formatDiffMarkdown = formatDiffMarkdown;
exports.escapeData = escapeData;
exports.escapeProperty = escapeProperty;
exports.githubAnnotations = githubAnnotations;
const colors_1 = require("../colors");
const report_command_1 = require("../report-command");
/** "$0.12", "unbounded" (a loop with no cap), "—" (no call). */
function perRun(side) {
    if (!side)
        return "—";
    return side.perRunUsd === null ? "unbounded" : (0, report_command_1.usd)(side.perRunUsd);
}
function signedUsd(n) {
    if (n === null)
        return "unbounded";
    if (n === 0)
        return "$0";
    return `${n > 0 ? "+" : "−"}${(0, report_command_1.usd)(Math.abs(n))}`;
}
/** "$0.02, +12.5%" or "$0.02" when the base had no cost. */
function delta(usdDelta, p) {
    return `${signedUsd(usdDelta)}${p === null ? "" : `, ${p > 0 ? "+" : p < 0 ? "−" : ""}${Math.abs(p).toFixed(1)}%`}`;
}
function model(side) {
    return side ? `${side.approximate ? "~" : ""}${side.model}` : "—";
}
function both(change, f) {
    const b = f(change.before);
    const a = f(change.after);
    return change.change === "added" ? a : change.change === "removed" ? b : b === a ? a : `${b} → ${a}`;
}
function where(change) {
    const moved = change.before && change.after && (change.before.file !== change.after.file ? ` (was ${change.before.file}:${change.before.line})` : "");
    return `${change.file}:${change.line}${moved || ""}`;
}
/** The summary line: totals before and after, what changed, findings. */
function diffSummary(result) {
    const t = result.totals;
    const counts = ["added", "removed", "changed"].map((k) => `${result.changes.filter((c) => c.change === k).length} ${k}`).join(", ");
    const uncapped = t.uncappedAfter !== t.uncappedBefore ? `; loops with no cap: ${t.uncappedBefore} → ${t.uncappedAfter}` : "";
    return (`worst case per run ${(0, report_command_1.usd)(t.beforeUsd)} → ${(0, report_command_1.usd)(t.afterUsd)} (${delta(t.deltaUsd, t.deltaPercent)})` +
        ` · call sites: ${counts}${uncapped} · findings: ${result.findings.added.length} new, ${result.findings.fixed.length} fixed`);
}
function policyLines(result) {
    const p = result.policy;
    if (p.failOnIncreasePercent === undefined && p.failAboveUsd === undefined)
        return [];
    return p.passed ? ["Policy: passed."] : ["Policy: failed.", ...p.reasons.map((r) => `  - ${r}`)];
}
/** A table for a terminal or a CI log. */
function formatDiffTable(result, colors) {
    const out = [(0, colors_1.bold)(colors, `costlint diff against ${result.base.ref} (${result.base.commit.slice(0, 12)})`), ""];
    if (result.changes.length === 0)
        out.push("No call site's estimate changed.");
    else {
        const header = ["", "call site", "function", "model", "in", "out", "$/call", "per run", "delta"];
        const rows = result.changes.map((c) => [
            c.change === "added" ? "+" : c.change === "removed" ? "-" : "~",
            where(c),
            c.function,
            ...figureCells(c),
        ]);
        const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
        const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
        out.push((0, colors_1.bold)(colors, line(header)));
        for (const row of rows) {
            const text = line(row);
            out.push(row[0] === "+" || row[8].startsWith("+") ? (0, colors_1.red)(colors, text) : row[0] === "-" || row[8].startsWith("−") ? (0, colors_1.green)(colors, text) : text);
        }
    }
    if (result.findings.added.length || result.findings.fixed.length)
        out.push("");
    for (const f of result.findings.added)
        out.push(`new   ${f.file}:${f.line}:${f.column}  ${f.severity === "error" ? "error" : "warning"}  ${f.message}  ${(0, colors_1.dim)(colors, `costlint/${f.ruleId}`)}`);
    for (const f of result.findings.fixed)
        out.push((0, colors_1.dim)(colors, `fixed ${f.file}:${f.line}:${f.column}  ${f.message}  costlint/${f.ruleId}`));
    out.push("", (0, colors_1.bold)(colors, diffSummary(result)), ...policyLines(result));
    if (result.testFiles)
        out.push((0, colors_1.dim)(colors, (0, report_command_1.testFilesNote)(result.testFiles)));
    for (const s of result.skipped)
        out.push((0, colors_1.dim)(colors, s));
    return out.join("\n");
}
/** A change's figures, before → after: model, tokens in and out, $ per call, per run, and the delta. */
function figureCells(c) {
    return [
        both(c, model),
        both(c, (s) => (s ? (0, report_command_1.tokens)(s.inputTokens) : "—")),
        both(c, (s) => (s ? (0, report_command_1.tokens)(s.outputTokens) : "—")),
        both(c, (s) => (s ? (0, report_command_1.usd)(s.costUsd) : "—")),
        both(c, perRun),
        signedUsd(c.deltaUsd),
    ];
}
/** Markdown cells: no pipes or newlines. */
function cell(text) {
    return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function changeRow(c) {
    const cells = [
        c.change,
        `\`${where(c)}\``,
        `\`${c.function}\``,
        ...figureCells(c),
    ];
    return `| ${cells.map(cell).join(" | ")} |`;
}
const TABLE_HEAD = "| change | call site | function | model | in | out | $/call | per run | delta |\n| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |";
/** A pull-request comment: a summary line, the biggest changes, the rest collapsed. */
function formatDiffMarkdown(result, biggest = 10) {
    const t = result.totals;
    const verdict = result.policy.failOnIncreasePercent === undefined && result.policy.failAboveUsd === undefined ? "" : result.policy.passed ? "✅ " : "❌ ";
    const out = [
        `### ${verdict}costlint: worst case per run ${(0, report_command_1.usd)(t.beforeUsd)} → ${(0, report_command_1.usd)(t.afterUsd)} (${delta(t.deltaUsd, t.deltaPercent)})`,
        "",
        cell(diffSummary(result)).replace(/^worst case per run [^·]*· /, "") + ` · against \`${result.base.ref}\` (${result.base.commit.slice(0, 12)})`,
    ];
    if (!result.policy.passed)
        out.push("", ...result.policy.reasons.map((r) => `- ${cell(r)}`));
    if (result.changes.length)
        out.push("", TABLE_HEAD, ...result.changes.slice(0, biggest).map(changeRow));
    else
        out.push("", "No call site's estimate changed.");
    if (result.changes.length > biggest) {
        out.push("", `<details><summary>${result.changes.length - biggest} more changed call sites</summary>`, "", TABLE_HEAD, ...result.changes.slice(biggest).map(changeRow), "", "</details>");
    }
    const findingRow = (f) => `| \`${cell(`${f.file}:${f.line}`)}\` | ${f.severity} | ${cell(f.message)} | \`costlint/${f.ruleId}\` |`;
    for (const [title, list] of [
        ["new findings", result.findings.added],
        ["fixed findings", result.findings.fixed],
    ]) {
        if (!list.length)
            continue;
        out.push("", `<details><summary>${list.length} ${title}</summary>`, "", "| where | severity | finding | rule |", "| --- | --- | --- | --- |", ...list.map(findingRow), "", "</details>");
    }
    if (result.testFiles)
        out.push("", `${(0, report_command_1.testFilesNote)(result.testFiles)}.`);
    out.push("", `<sub>Estimates of \`costlint diff\`: tokens from the code, output at its cap (the model's maximum when there is none), loops and agent runs at their cap. ~: approximate token counts.</sub>`);
    return out.join("\n");
}
/** GitHub's workflow command escaping: the message, and property values (which also escape `:` and `,`). */
function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** A call added, or whose worst case per run grew (or lost its bound). */
function costUp(c) {
    if (c.change === "added")
        return true;
    if (c.deltaUsd !== null)
        return c.deltaUsd > 0;
    return c.after?.perRunUsd === null && c.before?.perRunUsd !== null;
}
/** `::warning` annotations for new findings and call sites whose cost per run went up. */
function githubAnnotations(result) {
    const out = [];
    const annotate = (file, line, title, message, col) => void out.push(`::warning file=${escapeProperty(file)},line=${line}${col ? `,col=${col}` : ""},title=${escapeProperty(title)}::${escapeData(message)}`);
    for (const f of result.findings.added)
        annotate(f.file, f.line, `costlint/${f.ruleId}`, f.message, f.column);
    for (const c of result.changes) {
        if (c.change === "removed" || !costUp(c))
            continue;
        const what = c.change === "added" ? "New LLM call" : "LLM call cost up";
        annotate(c.file, c.line, `costlint: ${c.change === "added" ? "new LLM call" : "cost up"}`, `${what} in ${c.function}: ${both(c, model)}, ${both(c, (s) => (s ? (0, report_command_1.usd)(s.costUsd) : "—"))} per call, worst case per run ${both(c, perRun)} (${signedUsd(c.deltaUsd)}).`);
    }
    return out;
}
//# sourceMappingURL=diff.js.map