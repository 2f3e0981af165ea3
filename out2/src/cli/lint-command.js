"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.lineColumn = lineColumn;
exports.configProblemReporter = configProblemReporter;
exports.configForFiles = configForFiles;
exports.readSource = readSource;
exports.lintFiles = lintFiles;
exports.formatLint = formatLint;
const node_path_1 = __importDefault(require("node:path"));
const load_1 = require("../core/config/load");
const read_file_1 = require("../core/project/read-file");
const analysis_1 = require("../core/detectors/analysis");
const run_1 = require("../core/run");
const colors_1 = require("./colors");
const files_1 = require("./files");
const safe_text_1 = require("./safe-text");
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
function endOf(text, offset) {
    const { line, column } = lineColumn(text, offset);
    return { endLine: line, endColumn: column };
}
/** Reports each configuration file's problems once. */
function configProblemReporter(report) {
    const said = new Set();
    return (problems, file) => {
        if (!report || !file || said.has(file))
            return;
        said.add(file);
        for (const p of problems)
            report(p);
    };
}
/** The configuration for each file (the nearest costlint.config.json up to the project root), found once per folder. */
function configForFiles(cwd) {
    const perFolder = (0, load_1.configPerFolder)((dir) => (0, files_1.projectRootOf)(dir, cwd));
    return (file) => perFolder(node_path_1.default.dirname(file));
}
/**
 * A source file's text as the CLI reads it: a regular file, at most 3 bytes a character of the size limit (a FIFO,
 * a device or an unreadable file is skipped with its reason instead of hanging or crashing the run).
 */
function readSource(file, maxFileSize, shown) {
    const read = (0, read_file_1.readRegularFile)(file, maxFileSize * 3);
    return read.text !== undefined ? { text: read.text } : { skipped: `costlint skipped ${shown}: ${read.error}` };
}
/** Runs the rules over files with the nearest costlint.config.json: the same engine and rules as the ESLint plugin. */
function lintFiles(paths, options) {
    const sayProblems = configProblemReporter(options.onConfigProblem);
    // One run over files that do not change under it: each file is compared with the disk once.
    const project = (0, analysis_1.createProject)({ unchanging: true });
    const skippedPaths = [];
    const configFor = configForFiles(options.cwd);
    const results = (0, files_1.collectFiles)(paths, skippedPaths, options.cwd).map((file) => {
        const loaded = configFor(file);
        sayProblems(loaded.problems, loaded.file);
        const shown = node_path_1.default.relative(options.cwd, file) || file;
        const source = readSource(file, loaded.config.maxFileSize, shown);
        if (!("text" in source))
            return { file: shown, findings: [], skipped: source.skipped, failures: [] };
        const text = source.text;
        const result = (0, run_1.lintFile)(node_path_1.default.resolve(file), text, { config: loaded.config, pricing: loaded.pricing, all: options.all, project });
        return {
            file: shown,
            findings: result.findings.map((f) => ({ ...f, ...lineColumn(text, f.start), ...endOf(text, f.end), severity: result.severities.get(f.ruleId) ?? "warn" })),
            ...(result.skipped ? { skipped: result.skipped } : {}),
            failures: result.failures.map((f) => `costlint: rule ${f.ruleId} failed on ${file} and reported nothing for it: ${f.error instanceof Error ? f.error.message : String(f.error)}`),
        };
    });
    return [...skippedPaths.map((skipped) => ({ file: "", findings: [], skipped, failures: [] })), ...results];
}
/** ESLint's "stylish" shape: a block per file, then a total. */
function formatLint(results, colors) {
    const lines = [];
    let errors = 0;
    let warnings = 0;
    for (const result of results) {
        if (result.skipped)
            lines.push((0, colors_1.dim)(colors, (0, safe_text_1.safeLine)(result.skipped)));
        if (result.findings.length === 0)
            continue;
        lines.push("", (0, colors_1.bold)(colors, (0, safe_text_1.safeLine)(result.file)));
        for (const f of result.findings) {
            const sev = f.severity === "error" ? (0, colors_1.red)(colors, "error") : (0, colors_1.yellow)(colors, "warning");
            if (f.severity === "error")
                errors++;
            else
                warnings++;
            lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev.padEnd(colors.enabled ? 16 : 7)}  ${(0, safe_text_1.safeLine)(f.message)}  ${(0, colors_1.dim)(colors, `costlint/${f.ruleId}`)}`);
        }
    }
    const total = errors + warnings;
    lines.push("", total === 0 ? "No cost risks found." : (0, colors_1.bold)(colors, `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`));
    return lines.join("\n");
}
//# sourceMappingURL=lint-command.js.map