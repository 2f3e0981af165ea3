"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsageError = void 0;
exports.main = main;
exports.parseArgsOrThrow = parseArgsOrThrow;
const node_fs_1 = __importDefault(require("node:fs"));
const node_util_1 = require("node:util");
const colors_1 = require("./colors");
const diff_command_1 = require("./diff-command");
const files_1 = require("./files");
const diff_1 = require("./formats/diff");
const lint_json_1 = require("./formats/lint-json");
const report_markdown_1 = require("./formats/report-markdown");
const sarif_1 = require("./formats/sarif");
const git_1 = require("./git");
const lint_command_1 = require("./lint-command");
const report_command_1 = require("./report-command");
const process_io_1 = require("./process-io");
const safe_text_1 = require("./safe-text");
const USAGE = `Usage: costlint <command> [options] [paths...]

Commands:
  lint [paths...]           Report cost risks in agent code (the ESLint plugin's rules), default path "."
  report [paths...]         Every LLM call site with its estimated tokens and cost, default path "."
  diff --base <ref> [paths] What a change does to the cost: call sites added, removed and changed, new and
                            fixed findings, totals against the base ref; a policy for CI
  help [command]            This text, or a command's

Options: --help (on any command), --version.
Exit codes: 0 no errors, 1 errors found (lint) or the policy failed (diff), 2 bad arguments, a path that does
not exist, an unknown ref or a bad costlint.config.json.`;
const COMMAND_USAGE = {
    lint: `Usage: costlint lint [options] [paths...]

Runs costlint's rules (those of the ESLint plugin) on the paths, default ".". Walks folders, skipping
node_modules and what .gitignore excludes; reads the nearest costlint.config.json.

Options:
  --all                 also the rules not in the recommended set
  --format <format>     stylish (default), json (ESLint's json shape) or sarif (SARIF 2.1.0, for code scanning)
  -h, --help            this text

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 bad arguments, a missing path or a bad
costlint.config.json. Unreadable files are listed as skipped.`,
    report: `Usage: costlint report [options] [paths...]

Every LLM call site under the paths (default "."): model, tokens in and out, $ per call, worst case per run,
flags, and totals.

Options:
  --format <format>     table (default), json, markdown (a job summary or comment) or sarif (one note per call)
  --json                the same as --format json
  --include-tests       count the call sites of test and mock files too (*.test.*, *.spec.*, __tests__/,
                        __mocks__/, test/, tests/, mocks/, fixtures/ ...; left out by default)
  -h, --help            this text

Exit codes: 0, or 2 on bad arguments, a missing path or a bad costlint.config.json.`,
    diff: `Usage: costlint diff --base <ref> [options] [paths...]

Analyses the work tree and the base ref (read from git: the work tree and the index are not touched), matches
call sites by file (renames followed), enclosing function and callee, and prints the call sites added, removed
and changed (model, tokens in and out, $ per call, worst case per run), new and fixed findings, and the totals
with the delta. Paths default to ".".

Options:
  --base <ref>                  the revision to compare with: a branch (origin/main), a tag, a commit;
                                "origin/main..." compares with the merge base of origin/main and HEAD
  --format <format>             table (default), json, markdown (a pull-request comment) or github
                                (annotations on stdout, markdown appended to $GITHUB_STEP_SUMMARY)
  --fail-on-increase <percent>  exit 1 when the worst case per run grows by more than this percentage,
                                or a loop with no cap is added
  --fail-above <usd>            exit 1 when the worst case per run, after the change, is above this
  --include-tests               count the call sites and findings of test and mock files too (left out
                                by default, as in costlint report)
  -h, --help                    this text

The thresholds can also sit in costlint.config.json: { "diff": { "failOnIncreasePercent": 10, "failAboveUsd": 1 } }.
Exit codes: 0 the policy holds, 1 the policy failed, 2 bad arguments, an unknown ref or a broken configuration.`,
};
class UsageError extends Error {
}
exports.UsageError = UsageError;
const version = () => (typeof COSTLINT_VERSION === "string" ? COSTLINT_VERSION : "dev");
function main(argv, io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }) {
    const [command, ...rest] = argv;
    const env = io.env ?? process.env;
    try {
        if (!command || command === "help" || command === "--help" || command === "-h") {
            const topic = command === "help" ? rest[0] : undefined;
            if (topic && !COMMAND_USAGE[topic])
                throw new UsageError(`unknown command "${topic}"`);
            io.stdout.write(`${topic ? COMMAND_USAGE[topic] : USAGE}\n`);
            return command ? 0 : 2;
        }
        if (command === "--version" || command === "-v" || command === "version") {
            io.stdout.write(`${version()}\n`);
            return 0;
        }
        const usage = COMMAND_USAGE[command];
        if (!usage)
            throw new UsageError(command.startsWith("-") ? `unknown option ${command} (a command comes first: lint, report or diff)` : `unknown command "${command}" (expected lint, report or diff)`);
        if (rest.includes("--help") || rest.includes("-h")) {
            io.stdout.write(`${usage}\n`);
            return 0;
        }
        let configProblems = 0;
        const sayProblem = (problem) => {
            configProblems++;
            io.stderr.write(`costlint: ${(0, safe_text_1.safeLine)(problem)}\n`);
        };
        const colors = (0, colors_1.colorsFor)(io.stdout);
        if (command === "report") {
            const { values, positionals } = parseArgsOrThrow(rest, { json: { type: "boolean", default: false }, format: { type: "string" }, "include-tests": { type: "boolean", default: false } });
            const format = values.json ? "json" : oneOf("--format", values.format ?? "table", ["table", "json", "markdown", "sarif"]);
            if (values.json && values.format && values.format !== "json")
                throw new UsageError(`--json and --format ${values.format} disagree`);
            const progress = io.stderr.isTTY && format === "table";
            const report = (0, report_command_1.buildReport)(positionals.length ? positionals : ["."], {
                cwd: io.cwd,
                includeTests: !!values["include-tests"],
                onConfigProblem: sayProblem,
                ...(progress
                    ? { onProgress: (done, total) => void (total > 20 && io.stderr.write(done < total ? `\rcostlint: ${done}/${total} files` : "\r\u001b[K")) }
                    : {}),
            });
            for (const failure of report.failures)
                io.stderr.write(`${(0, safe_text_1.safeLine)(failure)}\n`);
            const text = format === "json"
                ? (0, safe_text_1.safeJson)(JSON.stringify(report, null, 2))
                : format === "markdown"
                    ? (0, report_markdown_1.formatReportMarkdown)(report)
                    : format === "sarif"
                        ? JSON.stringify((0, sarif_1.reportSarif)(report, io.cwd, version()), null, 2)
                        : (0, report_command_1.formatReport)(report, colors);
            io.stdout.write(`${text}\n`);
            return configProblems ? 2 : 0;
        }
        if (command === "lint") {
            const { values, positionals } = parseArgsOrThrow(rest, { all: { type: "boolean", default: false }, format: { type: "string" } });
            const format = oneOf("--format", values.format ?? "stylish", ["stylish", "json", "sarif"]);
            const results = (0, lint_command_1.lintFiles)(positionals.length ? positionals : ["."], { all: !!values.all, cwd: io.cwd, onConfigProblem: sayProblem });
            for (const failure of results.flatMap((r) => r.failures))
                io.stderr.write(`${(0, safe_text_1.safeLine)(failure)}\n`);
            const text = format === "json"
                ? (0, safe_text_1.safeJson)(JSON.stringify((0, lint_json_1.lintJson)(results, io.cwd)))
                : format === "sarif"
                    ? JSON.stringify((0, sarif_1.lintSarif)(results, io.cwd, version()), null, 2)
                    : (0, lint_command_1.formatLint)(results, colors);
            io.stdout.write(`${text}\n`);
            if (configProblems)
                return 2;
            return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
        }
        // diff
        const { values, positionals } = parseArgsOrThrow(rest, {
            base: { type: "string" },
            format: { type: "string" },
            "fail-on-increase": { type: "string" },
            "fail-above": { type: "string" },
            "include-tests": { type: "boolean", default: false },
        });
        if (!values.base)
            throw new UsageError("--base <ref> is required (e.g. --base origin/main)");
        const format = oneOf("--format", values.format ?? "table", ["table", "json", "markdown", "github"]);
        const policy = {};
        if (values["fail-on-increase"] !== undefined)
            policy.failOnIncreasePercent = amount("--fail-on-increase", values["fail-on-increase"], /%$/);
        if (values["fail-above"] !== undefined)
            policy.failAboveUsd = amount("--fail-above", values["fail-above"], /^\$/);
        let brokenConfig = false;
        const result = (0, diff_command_1.buildDiff)({
            base: values.base,
            paths: positionals.length ? positionals : ["."],
            cwd: io.cwd,
            policy,
            includeTests: !!values["include-tests"],
            onConfigProblem: (problem) => {
                brokenConfig = true;
                sayProblem(problem);
            },
        });
        for (const failure of result.failures)
            io.stderr.write(`${(0, safe_text_1.safeLine)(failure)}\n`);
        if (format === "json")
            io.stdout.write(`${(0, safe_text_1.safeJson)(JSON.stringify(result, null, 2))}\n`);
        else if (format === "markdown")
            io.stdout.write(`${(0, diff_1.formatDiffMarkdown)(result)}\n`);
        else if (format === "github") {
            for (const line of (0, diff_1.githubAnnotations)(result))
                io.stdout.write(`${line}\n`);
            io.stdout.write(`${(0, diff_1.formatDiffTable)(result, { enabled: false })}\n`);
            const summary = env.GITHUB_STEP_SUMMARY;
            if (summary)
                node_fs_1.default.appendFileSync(summary, `${(0, diff_1.formatDiffMarkdown)(result)}\n`);
            else
                io.stderr.write("costlint: GITHUB_STEP_SUMMARY is not set: no job summary written\n");
        }
        else
            io.stdout.write(`${(0, diff_1.formatDiffTable)(result, colors)}\n`);
        if (brokenConfig) {
            sayProblem("the configuration has problems (above): fix them for diff to apply its policy (exit 2)");
            return 2;
        }
        return result.policy.passed ? 0 : 1;
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof files_1.PathError || error instanceof git_1.GitError) {
            const known = error instanceof UsageError && command && COMMAND_USAGE[command] ? ` ${command}` : "";
            const hint = error instanceof UsageError ? ` (see costlint${known} --help)` : "";
            // Our own messages may span lines (a git command to run); each line is escaped.
            io.stderr.write(`costlint${known}: ${error.message.split("\n").map(safe_text_1.safeLine).join("\n")}${hint}\n`);
            return 2;
        }
        io.stderr.write(`${(0, process_io_1.internalErrorMessage)(error)}\n`);
        return 2;
    }
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}
/** A non-negative number ("10", "10%", "$0.50"). */
function amount(flag, text, decoration) {
    const n = Number(text.trim().replace(decoration, ""));
    if (text.trim() === "" || !Number.isFinite(n) || n < 0)
        throw new UsageError(`${flag} expects a number of 0 or more, got "${text}"`);
    return n;
}
function parseArgsOrThrow(args, options) {
    try {
        return (0, node_util_1.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = error.message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
        throw new UsageError(`${message.replace(/^Unknown option '(.*)'$/, "unknown option $1")}`);
    }
}
if (require.main === module) {
    (0, process_io_1.exitQuietlyOnClosedPipe)(process.stdout);
    (0, process_io_1.exitQuietlyOnClosedPipe)(process.stderr);
    process.exitCode = main(process.argv.slice(2));
}
//# sourceMappingURL=main.js.map