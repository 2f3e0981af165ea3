"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const report_command_1 = require("../../src/cli/report-command");
const files_1 = require("../../src/cli/files");
const load_1 = require("../../src/core/config/load");
const totals_1 = require("../../src/core/cost/totals");
const estimate_text_1 = require("../../src/vscode/estimate-text");
const analysis_1 = require("../../src/core/detectors/analysis");
const run_1 = require("../../src/core/run");
const format_1 = require("../../src/vscode/format");
const root = node_path_1.default.resolve(__dirname, "../../..");
const examples = node_path_1.default.join(root, "examples");
/**
 * The editor's path for an open file: lintFile with the editor's project (as the Analyzer runs it), then estimateText
 * on the same text (as Estimates.get does for the status bar). The report view's path for a file not open:
 * estimateText with the report's own project.
 */
function editorCalls(file, project = (0, analysis_1.createProject)()) {
    const loaded = (0, load_1.loadConfigFor)(node_path_1.default.dirname(file));
    const text = node_fs_1.default.readFileSync(file, "utf8");
    (0, run_1.lintFile)(node_path_1.default.resolve(file), text, { config: loaded.config, pricing: loaded.pricing, project });
    return (0, estimate_text_1.estimateText)(node_path_1.default.resolve(file), text, { config: loaded.config, pricing: loaded.pricing });
}
function reportViewCalls(file, project) {
    const loaded = (0, load_1.loadConfigFor)(node_path_1.default.dirname(file));
    const text = node_fs_1.default.readFileSync(file, "utf8");
    return (0, totals_1.withSites)((0, estimate_text_1.estimateText)(node_path_1.default.resolve(file), text, { config: loaded.config, pricing: loaded.pricing }, project), node_path_1.default.resolve(file), text);
}
const cents = (usd) => (usd === null ? null : Math.round(usd * 100));
describe("totals agree across surfaces", () => {
    const files = (0, files_1.collectFiles)([examples]);
    it("the example project has calls with loops, uncapped runs and growing histories (so the comparison means something)", () => {
        const all = files.flatMap((file) => editorCalls(file));
        strict_1.default.ok(all.length >= 5, `${all.length} calls`);
        strict_1.default.ok(all.some((c) => c.history));
        strict_1.default.ok(all.some((c) => c.loop && c.loop.iterations !== null));
        strict_1.default.ok(all.some((c) => c.loop && c.loop.iterations === null));
    });
    it("per file: the status bar and `costlint report` give the same worst case per run, to the cent", () => {
        for (const file of files) {
            const calls = editorCalls(file);
            const status = (0, format_1.runTotal)(calls);
            const cli = (0, report_command_1.buildReport)([file], { cwd: root }).totals;
            strict_1.default.equal(cli.calls, status.calls, file);
            strict_1.default.equal(cli.uncappedLoops, status.unbounded, file);
            strict_1.default.equal(cents(cli.cappedWorstCaseUsd), cents(status.usd), file);
            // Unbounded is never shown as a number.
            if (status.unbounded > 0) {
                strict_1.default.equal(cli.worstCaseUsd, null, file);
                strict_1.default.match((0, format_1.statusText)(status), /unbounded/);
            }
            else
                strict_1.default.equal(cents(cli.worstCaseUsd), cents(status.usd), file);
        }
    });
    it("workspace: the report view's totals (costTotals of every file's calls) equal `costlint report`'s, to the cent", () => {
        const project = (0, analysis_1.createProject)();
        const view = (0, totals_1.costTotals)(files.flatMap((file) => reportViewCalls(file, project)));
        const cli = (0, report_command_1.buildReport)([examples], { cwd: root }).totals;
        strict_1.default.equal(view.calls, cli.calls);
        strict_1.default.equal(view.throughWrappers, cli.throughWrappers);
        strict_1.default.ok(cli.throughWrappers > 0, "the examples call a wrapper in another module: its model call is counted at those call sites");
        strict_1.default.equal(cents(view.costUsd), cents(cli.costUsd));
        strict_1.default.equal(cents(view.cappedWorstCaseUsd), cents(cli.cappedWorstCaseUsd));
        strict_1.default.equal(view.worstCaseUsd === null, cli.worstCaseUsd === null);
        strict_1.default.equal(view.uncappedLoops, cli.uncappedLoops);
        strict_1.default.equal(cents(view.largestConversationUsd), cents(cli.largestConversationUsd));
        strict_1.default.ok(view.uncappedLoops > 0 && cli.worstCaseUsd === null, "a call with no cap makes the worst case unbounded, not zero");
    });
    it("conversations of different call sites are not summed into one", () => {
        const calls = files.flatMap((file) => editorCalls(file)).filter((c) => c.history);
        const view = (0, totals_1.costTotals)(calls);
        strict_1.default.equal(view.largestConversationUsd, Math.max(...calls.map((c) => c.history.cumulativeUsd)));
    });
});
//# sourceMappingURL=totals-agreement.test.js.map