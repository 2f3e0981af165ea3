"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const ajv_1 = __importDefault(require("ajv"));
const diff_1 = require("../../src/cli/formats/diff");
const rules_1 = require("../../src/core/rules");
const git_repo_1 = require("./git-repo");
const root = node_path_1.default.resolve(__dirname, "../../..");
function sarifValidator() {
    const ajv = new ajv_1.default({ schemaId: "id", meta: false, allErrors: true });
    ajv.addMetaSchema(JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(root, "node_modules/ajv/lib/refs/json-schema-draft-04.json"), "utf8")));
    return ajv.compile(JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(root, "test/fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8")));
}
describe("costlint lint and report formats", () => {
    const validate = sarifValidator();
    it("the SARIF schema check can fail", () => {
        strict_1.default.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [] }] }), false);
        strict_1.default.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "loud" }] }] }), false);
    });
    it("lint --format sarif: valid SARIF 2.1.0, every rule with its docs, results with rule, level and a relative location", () => {
        const r = (0, git_repo_1.run)(["lint", "--format", "sarif", "examples"], root);
        strict_1.default.equal(r.status, 1, r.stderr);
        const log = JSON.parse(r.stdout);
        strict_1.default.ok(validate(log), JSON.stringify(validate.errors, null, 1));
        const { rules } = log.runs[0].tool.driver;
        strict_1.default.deepEqual(rules.map((x) => x.id), rules_1.RULES.map((x) => x.id));
        for (const rule of rules)
            strict_1.default.equal(rule.helpUri, `https://github.com/costlint/costlint/blob/main/docs/rules/${rule.id}.md`);
        const stylish = (0, git_repo_1.run)(["lint", "examples"], root).stdout;
        const results = log.runs[0].results;
        strict_1.default.equal(results.length, Number(/✖ (\d+) problems/.exec(stylish)[1]));
        for (const result of results) {
            strict_1.default.equal(rules[result.ruleIndex].id, result.ruleId);
            strict_1.default.ok(["error", "warning"].includes(result.level));
            const loc = result.locations[0].physicalLocation;
            strict_1.default.match(loc.artifactLocation.uri, /^examples\/(src|app)\/[\w/.-]+\.ts$/);
            strict_1.default.equal(loc.artifactLocation.uriBaseId, "%SRCROOT%");
            strict_1.default.ok(stylish.includes(`${loc.region.startLine}:${loc.region.startColumn} `), `${loc.region.startLine}:${loc.region.startColumn}`);
            strict_1.default.ok(loc.region.endLine >= loc.region.startLine);
        }
    });
    it("lint --format json: ESLint's json formatter shape", () => {
        const r = (0, git_repo_1.run)(["lint", "--format", "json", "examples/src/support-bot.ts"], root);
        const files = JSON.parse(r.stdout);
        strict_1.default.equal(files.length, 1);
        strict_1.default.equal(files[0].filePath, node_path_1.default.join(root, "examples/src/support-bot.ts"));
        strict_1.default.ok(files[0].messages.some((m) => m.ruleId === "costlint/no-unbounded-retry" && m.severity === 2 && m.line === 7 && m.column === 33));
        strict_1.default.equal(files[0].errorCount, files[0].messages.filter((m) => m.severity === 2).length);
        strict_1.default.equal(r.status, 1);
    });
    it("report --format sarif: valid SARIF, a note per call site with its estimate", () => {
        const r = (0, git_repo_1.run)(["report", "--format", "sarif", "examples"], root);
        strict_1.default.equal(r.status, 0, r.stderr);
        const log = JSON.parse(r.stdout);
        strict_1.default.ok(validate(log), JSON.stringify(validate.errors, null, 1));
        const report = JSON.parse((0, git_repo_1.run)(["report", "--json", "examples"], root).stdout);
        const results = log.runs[0].results;
        strict_1.default.equal(results.length, report.calls.length);
        results.forEach((result, i) => {
            strict_1.default.equal(result.level, "note");
            strict_1.default.equal(result.locations[0].physicalLocation.artifactLocation.uri, report.calls[i].file);
            strict_1.default.equal(result.locations[0].physicalLocation.region.startLine, report.calls[i].line);
            strict_1.default.match(result.message.text, new RegExp(`^~?${report.calls[i].model.replace(/\./g, "\\.")}: [\\d.]+k? tokens in, [\\d.]+k? out, \\$[\\d.e-]+ per call`));
        });
    });
    it("report --format markdown: a heading with the totals and one row per call site", () => {
        const r = (0, git_repo_1.run)(["report", "--format", "markdown", "examples"], root);
        const report = JSON.parse((0, git_repo_1.run)(["report", "--json", "examples"], root).stdout);
        strict_1.default.match(r.stdout, new RegExp(`^### costlint: ${report.totals.calls} LLM call sites, \\$[\\d.]+ for one call of each, \\$[\\d.]+ worst case per run`));
        strict_1.default.equal(r.stdout.split("\n").filter((l) => l.startsWith("| `examples/")).length, report.calls.length);
    });
    it("--help on every command, --version, and one line for an unknown flag", () => {
        for (const command of ["lint", "report", "diff"]) {
            const help = (0, git_repo_1.run)([command, "--help"], root);
            strict_1.default.equal(help.status, 0);
            strict_1.default.match(help.stdout, new RegExp(`^Usage: costlint ${command} `));
            strict_1.default.deepEqual((0, git_repo_1.run)(["help", command], root).stdout, help.stdout);
            const bad = (0, git_repo_1.run)([command, "--frob"], root);
            strict_1.default.equal(bad.status, 2);
            strict_1.default.equal(bad.stderr, `costlint ${command}: unknown option --frob (see costlint ${command} --help)\n`);
        }
        const version = (0, git_repo_1.run)(["--version"], root);
        strict_1.default.equal(version.stdout.trim(), JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(root, "package.json"), "utf8")).version);
        strict_1.default.equal((0, git_repo_1.run)(["report", "--format", "xml"], root).status, 2);
        strict_1.default.equal((0, git_repo_1.run)(["lint", "--format", "table"], root).status, 2);
    });
});
describe("diff formatting details", () => {
    it("escapes GitHub workflow command data and properties", () => {
        strict_1.default.equal((0, diff_1.escapeData)("50% off\r\nnext: a, b"), "50%25 off%0D%0Anext: a, b");
        strict_1.default.equal((0, diff_1.escapeProperty)("src/a,b:c%.ts"), "src/a%2Cb%3Ac%25.ts");
    });
    it("markdown keeps the biggest changes in the table and collapses the rest", () => {
        const side = (costUsd) => ({ file: "a.ts", line: 1, model: "gpt-4o", approximate: false, inputTokens: 10, outputTokens: 10, costUsd, perRunUsd: costUsd, flags: [] });
        const result = {
            base: { ref: "main", commit: "0123456789abcdef" },
            changes: [3, 2, 1].map((n) => ({ change: "added", file: `f${n}.ts`, line: n, function: `fn|${n}`, callee: "x", before: null, after: side(n), deltaUsd: n })),
            unchanged: 0,
            findings: { added: [], fixed: [] },
            totals: { beforeUsd: 0, afterUsd: 6, deltaUsd: 6, deltaPercent: null, beforeCalls: 0, afterCalls: 3, uncappedBefore: 0, uncappedAfter: 0 },
            policy: { passed: true, reasons: [] },
            testFiles: 0,
            skipped: [],
            failures: [],
        };
        const md = (0, diff_1.formatDiffMarkdown)(result, 2);
        const [table, details] = md.split("<details>");
        strict_1.default.equal(table.match(/^\| added /gm)?.length, 2);
        strict_1.default.match(table, /`fn\\\|3`/);
        strict_1.default.match(details, /^<summary>1 more changed call sites<\/summary>[\s\S]*\| added \| `f1\.ts:1` \|[\s\S]*<\/details>/);
        strict_1.default.match(md, /^### costlint: worst case per run \$0 → \$6\.00 \(\+\$6\.00\)$/m);
    });
});
//# sourceMappingURL=formats.test.js.map