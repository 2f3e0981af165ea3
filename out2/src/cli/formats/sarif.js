"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ESTIMATE_DOCS_URL = exports.SARIF_SCHEMA = void 0;
exports.lintSarif = lintSarif;
exports.reportSarif = reportSarif;
const node_path_1 = __importDefault(require("node:path"));
const node_url_1 = require("node:url");
const rules_1 = require("../../core/rules");
const report_command_1 = require("../report-command");
/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other viewers: the rules with their
 * documentation, results with a rule id, a level and a region in a file given relative to the folder costlint ran
 * in (`%SRCROOT%`). Run it from the repository root so the paths match the repository's.
 */
exports.SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/costlint/costlint";
/** The documentation of the estimate, for `costlint report`'s results. */
exports.ESTIMATE_DOCS_URL = `${INFORMATION_URI}#the-estimate`;
function relativeUri(file, cwd) {
    const rel = node_path_1.default.isAbsolute(file) ? node_path_1.default.relative(cwd, file) : file;
    return rel.split(node_path_1.default.sep).map(encodeURIComponent).join("/");
}
function run(version, rules, results, cwd) {
    const base = (0, node_url_1.pathToFileURL)(node_path_1.default.resolve(cwd)).href;
    return {
        $schema: exports.SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
            {
                tool: { driver: { name: "costlint", semanticVersion: version, informationUri: INFORMATION_URI, rules } },
                originalUriBaseIds: { "%SRCROOT%": { uri: base.endsWith("/") ? base : `${base}/` } },
                columnKind: "utf16CodeUnits",
                results,
            },
        ],
    };
}
/** Every rule of costlint, so a result's ruleIndex is stable whatever the configuration. */
function lintRules() {
    return rules_1.RULES.map((rule) => ({
        id: rule.id,
        name: rule.id.replace(/-(\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
        shortDescription: { text: rule.meta.description },
        helpUri: rule.docsUrl,
        help: { text: `${rule.meta.description} See ${rule.docsUrl}`, markdown: `${rule.meta.description} [Documentation](${rule.docsUrl})` },
        defaultConfiguration: { level: rule.meta.recommended === "error" ? "error" : rule.meta.recommended === "warn" ? "warning" : "none" },
        properties: { tags: ["cost", "llm", rule.meta.type] },
    }));
}
/** `costlint lint --format sarif`. */
function lintSarif(results, cwd, version) {
    const rules = lintRules();
    const out = [];
    for (const file of results) {
        for (const f of file.findings) {
            const ruleIndex = rules.findIndex((r) => r.id === f.ruleId);
            out.push({
                ruleId: f.ruleId,
                ruleIndex,
                level: f.severity === "error" ? "error" : "warning",
                message: { text: f.message },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: relativeUri(file.file, cwd), uriBaseId: "%SRCROOT%" },
                            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                        },
                    },
                ],
            });
        }
    }
    return run(version, rules, out, cwd);
}
/** `costlint report --format sarif`: each LLM call site as a note with its estimate. */
function reportSarif(report, cwd, version) {
    const rules = [
        {
            id: "llm-call-cost",
            name: "LlmCallCost",
            shortDescription: { text: "The estimated tokens and cost of an LLM call site." },
            helpUri: exports.ESTIMATE_DOCS_URL,
            help: { text: `How costlint estimates a call: ${exports.ESTIMATE_DOCS_URL}`, markdown: `[How costlint estimates a call](${exports.ESTIMATE_DOCS_URL})` },
            defaultConfiguration: { level: "note" },
            properties: { tags: ["cost", "llm"] },
        },
    ];
    const results = report.calls.map((c) => {
        const perRun = (0, report_command_1.perRunUsd)(c);
        const flags = (0, report_command_1.flagText)(c);
        return {
            ruleId: "llm-call-cost",
            ruleIndex: 0,
            level: "note",
            message: {
                text: `${c.approximate ? "~" : ""}${c.model}: ${(0, report_command_1.tokens)(c.inputTokens)} tokens in, ${(0, report_command_1.tokens)(c.outputTokens)} out, ${(0, report_command_1.usd)(c.costUsd)} per call` +
                    `${c.loop ? `, worst case per run ${perRun === null ? "unbounded" : (0, report_command_1.usd)(perRun)}` : ""}${flags ? ` (${flags})` : ""}.`,
            },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: relativeUri(c.file, cwd), uriBaseId: "%SRCROOT%" },
                        region: { startLine: c.line, startColumn: c.column },
                    },
                },
            ],
        };
    });
    return run(version, rules, results, cwd);
}
//# sourceMappingURL=sarif.js.map