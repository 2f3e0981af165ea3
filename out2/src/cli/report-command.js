"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildReport = buildReport;
exports.toReportedCall = toReportedCall;
exports.perRunUsd = perRunUsd;
exports.reportTotals = reportTotals;
exports.testFilesNote = testFilesNote;
exports.round = round;
exports.usd = usd;
exports.tokens = tokens;
exports.flagText = flagText;
exports.formatReport = formatReport;
const node_path_1 = __importDefault(require("node:path"));
const analysis_1 = require("../core/detectors/analysis");
const estimate_1 = require("../core/cost/estimate");
const totals_1 = require("../core/cost/totals");
const engine_1 = require("../core/engine");
const colors_1 = require("./colors");
const files_1 = require("./files");
const lint_command_1 = require("./lint-command");
const safe_text_1 = require("./safe-text");
/** Every LLM call site under the paths, with its estimate. */
function buildReport(paths, options) {
    const skipped = [];
    const files = (0, files_1.collectFiles)(paths, skipped, options.cwd);
    const tests = (0, files_1.testFilesAmong)(paths, files);
    let testFiles = 0;
    const sayProblems = (0, lint_command_1.configProblemReporter)(options.onConfigProblem);
    const configFor = (0, lint_command_1.configForFiles)(options.cwd);
    const calls = [];
    // One run over files that do not change under it: each file is compared with the disk once.
    const project = (0, analysis_1.createProject)({ unchanging: true });
    const failures = [];
    files.forEach((file, i) => {
        options.onProgress?.(i, files.length);
        const loaded = configFor(file);
        sayProblems(loaded.problems, loaded.file);
        if (tests.has(file) && !options.includeTests && !loaded.config.includeTests) {
            testFiles++;
            return;
        }
        const rel = node_path_1.default.relative(options.cwd, file) || file;
        const source = (0, lint_command_1.readSource)(file, loaded.config.maxFileSize, rel);
        if (!("text" in source)) {
            skipped.push(source.skipped);
            return;
        }
        const text = source.text;
        const tooBig = (0, engine_1.sizeSkipReason)(file, text.length, loaded.config.maxFileSize);
        if (tooBig) {
            skipped.push(tooBig);
            return;
        }
        try {
            project.nextEpoch();
            // A file that names no SDK or endpoint and imports no module that does has no call site: not even parsed.
            if (!(0, analysis_1.mayHoldCalls)(file, text, project))
                return;
            // The project's parse when it has read the same text (the file is imported by others): parsed and analysed once.
            const abs = node_path_1.default.resolve(file);
            const sourceFile = project.sourceFileWithText(abs, text) ?? (0, engine_1.parseSource)(abs, text);
            const estimates = (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)(sourceFile, project), loaded);
            for (const e of estimates)
                calls.push(toReportedCall(e, text, rel, options.cwd));
        }
        catch (error) {
            failures.push(`costlint: could not estimate ${rel}: ${error instanceof Error ? error.message : String(error)}`);
        }
    });
    options.onProgress?.(files.length, files.length);
    return { calls, totals: reportTotals(calls, files.length - testFiles), skipped, failures, testFiles };
}
/** A call's estimate as the report shows it (file relative to cwd, line and column from 1, USD rounded). */
function toReportedCall(e, text, rel, cwd) {
    return {
        file: rel,
        ...(0, lint_command_1.lineColumn)(text, e.start),
        sdk: e.sdk,
        model: e.model,
        provider: e.provider,
        ...(e.requestedModel ? { requestedModel: e.requestedModel } : {}),
        modelNote: e.modelNote,
        inputTokens: e.inputTokens,
        outputTokens: e.outputTokens,
        costUsd: round(e.costUsd),
        approximate: e.approximate,
        flags: e.flags,
        breakdown: e.breakdown,
        assumptions: e.assumptions,
        ...(e.history ? { history: roundHistory(e.history) } : {}),
        ...(e.caching ? { caching: { ...e.caching, perCallUsd: round(e.caching.perCallUsd) } } : {}),
        ...(e.loop ? { loop: { ...e.loop, worstCaseUsd: e.loop.worstCaseUsd === null ? null : round(e.loop.worstCaseUsd) } } : {}),
        ...(e.via ? { via: { ...e.via, file: node_path_1.default.relative(cwd, e.via.file) || e.via.file } } : {}),
    };
}
/** The worst case of one run of a call site (loops and agent runs at their cap); null: a loop with no cap. */
function perRunUsd(c) {
    return (0, totals_1.worstCasePerRun)(c);
}
/** The report's totals over some call sites: costTotals() (src/core/cost/totals.ts), rounded after summing. */
function reportTotals(calls, files) {
    const totals = (0, totals_1.costTotals)(calls.map((c) => ({ ...c, site: `${c.file}:${c.line}` })));
    return {
        files,
        ...totals,
        costUsd: round(totals.costUsd),
        worstCaseUsd: totals.worstCaseUsd === null ? null : round(totals.worstCaseUsd),
        cappedWorstCaseUsd: round(totals.cappedWorstCaseUsd),
        largestConversationUsd: round(totals.largestConversationUsd),
    };
}
function roundHistory(h) {
    return {
        ...h,
        turn1Usd: round(h.turn1Usd),
        turnNUsd: round(h.turnNUsd),
        cumulativeUsd: round(h.cumulativeUsd),
        ...(h.cached ? { cached: { turnNUsd: round(h.cached.turnNUsd), cumulativeUsd: round(h.cached.cumulativeUsd) } } : {}),
    };
}
/** The line that says test and mock files were left out. */
function testFilesNote(count) {
    return `${count} test and mock file${count === 1 ? "" : "s"} not counted (--include-tests, or "includeTests": true in costlint.config.json, counts them)`;
}
function round(n) {
    return Math.round(n * 1e6) / 1e6;
}
function usd(n) {
    if (n === 0)
        return "$0";
    if (n >= 100)
        return `$${n.toFixed(0)}`;
    if (n >= 1)
        return `$${n.toFixed(2)}`;
    if (n >= 0.01)
        return `$${n.toFixed(3)}`;
    return `$${n.toPrecision(2)}`;
}
function tokens(n) {
    return n >= 10_000 ? `${(n / 1000).toFixed(0)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
}
function flagText(c) {
    const out = [];
    if (c.via)
        out.push(`via ${c.via.name}() → ${c.via.file}:${c.via.line}`);
    if (c.history) {
        const h = c.history;
        const cached = h.cached ? ` (${usd(h.cached.cumulativeUsd)} with prompt caching)` : "";
        out.push(`history grows: ${usd(h.turnNUsd)} at turn ${h.pricedTurns}, ${usd(h.cumulativeUsd)} per conversation${cached}`);
        if (h.overflowTurn !== undefined)
            out.push(`context full at turn ${h.overflowTurn}`);
    }
    if (c.loop)
        out.push(c.loop.iterations === null ? `loop with no cap (${c.loop.source})` : `x${c.loop.iterations} per run: ${usd(c.loop.worstCaseUsd ?? 0)} (${c.loop.source})`);
    if (c.flags.includes("no-output-cap"))
        out.push("no output cap");
    if (c.flags.includes("conditional-cap"))
        out.push("output cap on one branch only");
    if (c.flags.includes("cap-unknown"))
        out.push("cap not visible");
    if (c.flags.includes("default-model") || c.flags.includes("unknown-model"))
        out.push("model assumed");
    if (c.flags.includes("local-model"))
        out.push("local model: no per-token price");
    return out.join("; ");
}
/** A readable table for a terminal or a CI log. */
function formatReport(report, colors) {
    const rows = report.calls.map((c) => [
        (0, safe_text_1.safeLine)(`${c.file}:${c.line}`),
        (0, safe_text_1.safeLine)(c.sdk),
        (0, safe_text_1.safeLine)(`${c.approximate ? "~" : ""}${c.model}`),
        tokens(c.inputTokens),
        tokens(c.outputTokens),
        usd(c.costUsd),
        (0, safe_text_1.safeLine)(flagText(c)),
    ]);
    const header = ["call site", "sdk", "model", "in", "out", "$/call", "flags"];
    const widths = header.map((h, i) => Math.min(i === 6 ? 0 : 60, Math.max(h.length, ...rows.map((r) => r[i].length))));
    const line = (cells) => cells
        .map((cell, i) => (i === 6 ? cell : i >= 3 && i <= 5 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd();
    const out = [];
    if (rows.length === 0)
        out.push("No LLM call sites found.");
    else
        out.push((0, colors_1.bold)(colors, line(header)), ...rows.map(line));
    const t = report.totals;
    out.push("", (0, colors_1.bold)(colors, `${t.calls} LLM call site${t.calls === 1 ? "" : "s"} in ${t.files} file${t.files === 1 ? "" : "s"}: ${usd(t.costUsd)} for one call of each, `) +
        (0, colors_1.bold)(colors, t.worstCaseUsd === null ? `worst case per run unbounded: ${t.uncappedLoops} in loops with no cap (${usd(t.cappedWorstCaseUsd)} for the others)` : `${usd(t.worstCaseUsd)} worst case per run of each`));
    if (t.growingHistories)
        out.push(`${t.growingHistories} call site${t.growingHistories === 1 ? " sends" : "s send"} a growing history: up to ${usd(t.largestConversationUsd)} per conversation of the assumed length (each call site's own conversation)`);
    if (t.throughWrappers)
        out.push(`${t.throughWrappers} call site${t.throughWrappers === 1 ? " is" : "s are"} inside wrappers listed with their callers: counted at those call sites, not added again`);
    if (t.noOutputCap)
        out.push(`${t.noOutputCap} call site${t.noOutputCap === 1 ? " has" : "s have"} no output cap: counted at the model's maximum output`);
    if (report.testFiles)
        out.push((0, colors_1.dim)(colors, testFilesNote(report.testFiles)));
    if (t.approximate)
        out.push((0, colors_1.dim)(colors, `~ approximate: ${t.approximate} estimate${t.approximate === 1 ? "" : "s"} for models whose tokenizer is not public (o200k count x a factor)`));
    for (const s of report.skipped)
        out.push((0, colors_1.dim)(colors, (0, safe_text_1.safeLine)(s)));
    return out.join("\n");
}
//# sourceMappingURL=report-command.js.map