"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatReportMarkdown = formatReportMarkdown;
const report_command_1 = require("../report-command");
function cell(text) {
    return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
/** `costlint report --format markdown`: a job summary or a comment. */
function formatReportMarkdown(report) {
    const t = report.totals;
    const out = [
        `### costlint: ${t.calls} LLM call site${t.calls === 1 ? "" : "s"}, ${(0, report_command_1.usd)(t.costUsd)} for one call of each, ${(0, report_command_1.usd)(t.cappedWorstCaseUsd)} worst case per run` +
            (t.uncappedLoops ? ` (+${t.uncappedLoops} in loops with no cap)` : ""),
        "",
    ];
    if (report.calls.length === 0)
        out.push("No LLM call sites found.");
    else {
        out.push("| call site | sdk | model | in | out | $/call | per run | notes |", "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |");
        for (const c of report.calls) {
            const perRun = (0, report_command_1.perRunUsd)(c);
            out.push(`| ${[`\`${c.file}:${c.line}\``, c.sdk, `${c.approximate ? "~" : ""}${c.model}`, (0, report_command_1.tokens)(c.inputTokens), (0, report_command_1.tokens)(c.outputTokens), (0, report_command_1.usd)(c.costUsd), perRun === null ? "unbounded" : (0, report_command_1.usd)(perRun), (0, report_command_1.flagText)(c)].map(cell).join(" | ")} |`);
        }
    }
    if (t.throughWrappers)
        out.push("", `${t.throughWrappers} call site${t.throughWrappers === 1 ? " is" : "s are"} inside wrappers listed with their callers: counted at those call sites, not added again.`);
    if (t.noOutputCap)
        out.push("", `${t.noOutputCap} call site${t.noOutputCap === 1 ? " has" : "s have"} no output cap: counted at the model's maximum output.`);
    if (report.testFiles)
        out.push("", `${(0, report_command_1.testFilesNote)(report.testFiles)}.`);
    if (t.approximate)
        out.push("", `~ approximate: token counts of models whose tokenizer is not public (o200k count × a factor).`);
    return out.join("\n");
}
//# sourceMappingURL=report-markdown.js.map