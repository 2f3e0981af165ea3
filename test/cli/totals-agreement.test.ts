import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { buildReport } from "../../src/cli/report-command";
import { collectFiles } from "../../src/cli/files";
import { loadConfigFor } from "../../src/core/config/load";
import { costTotals, withSites } from "../../src/core/cost/totals";
import { estimateText } from "../../src/vscode/estimate-text";
import { createProject } from "../../src/core/detectors/analysis";
import { lintFile } from "../../src/core/run";
import { runTotal, statusText } from "../../src/vscode/format";

const root = path.resolve(__dirname, "../../..");
const examples = path.join(root, "examples");

/**
 * The editor's path for an open file: lintFile with the editor's project (as the Analyzer runs it), then estimateText
 * on the same text (as Estimates.get does for the status bar). The report view's path for a file not open:
 * estimateText with the report's own project.
 */
function editorCalls(file: string, project = createProject()): ReturnType<typeof estimateText> {
  const loaded = loadConfigFor(path.dirname(file));
  const text = fs.readFileSync(file, "utf8");
  lintFile(path.resolve(file), text, { config: loaded.config, pricing: loaded.pricing, project });
  return estimateText(path.resolve(file), text, { config: loaded.config, pricing: loaded.pricing });
}
function reportViewCalls(file: string, project: ReturnType<typeof createProject>): ReturnType<typeof withSites<ReturnType<typeof estimateText>[number]>> {
  const loaded = loadConfigFor(path.dirname(file));
  const text = fs.readFileSync(file, "utf8");
  return withSites(estimateText(path.resolve(file), text, { config: loaded.config, pricing: loaded.pricing }, project), path.resolve(file), text);
}

const cents = (usd: number | null): number | null => (usd === null ? null : Math.round(usd * 100));

describe("totals agree across surfaces", () => {
  const files = collectFiles([examples]);

  it("the example project has calls with loops, uncapped runs and growing histories (so the comparison means something)", () => {
    const all = files.flatMap((file) => editorCalls(file));
    assert.ok(all.length >= 5, `${all.length} calls`);
    assert.ok(all.some((c) => c.history));
    assert.ok(all.some((c) => c.loop && c.loop.iterations !== null));
    assert.ok(all.some((c) => c.loop && c.loop.iterations === null));
  });

  it("per file: the status bar and `costlint report` give the same worst case per run, to the cent", () => {
    for (const file of files) {
      const calls = editorCalls(file);
      const status = runTotal(calls);
      const cli = buildReport([file], { cwd: root }).totals;
      assert.equal(cli.calls, status.calls, file);
      assert.equal(cli.uncappedLoops, status.unbounded, file);
      assert.equal(cents(cli.cappedWorstCaseUsd), cents(status.usd), file);
      // Unbounded is never shown as a number.
      if (status.unbounded > 0) {
        assert.equal(cli.worstCaseUsd, null, file);
        assert.match(statusText(status), /unbounded/);
      } else assert.equal(cents(cli.worstCaseUsd), cents(status.usd), file);
    }
  });

  it("workspace: the report view's totals (costTotals of every file's calls) equal `costlint report`'s, to the cent", () => {
    const project = createProject();
    const view = costTotals(files.flatMap((file) => reportViewCalls(file, project)));
    const cli = buildReport([examples], { cwd: root }).totals;
    assert.equal(view.calls, cli.calls);
    assert.equal(view.throughWrappers, cli.throughWrappers);
    assert.ok(cli.throughWrappers > 0, "the examples call a wrapper in another module: its model call is counted at those call sites");
    assert.equal(cents(view.costUsd), cents(cli.costUsd));
    assert.equal(cents(view.cappedWorstCaseUsd), cents(cli.cappedWorstCaseUsd));
    assert.equal(view.worstCaseUsd === null, cli.worstCaseUsd === null);
    assert.equal(view.uncappedLoops, cli.uncappedLoops);
    assert.equal(cents(view.largestConversationUsd), cents(cli.largestConversationUsd));
    assert.ok(view.uncappedLoops > 0 && cli.worstCaseUsd === null, "a call with no cap makes the worst case unbounded, not zero");
  });

  it("conversations of different call sites are not summed into one", () => {
    const calls = files.flatMap((file) => editorCalls(file)).filter((c) => c.history);
    const view = costTotals(calls);
    assert.equal(view.largestConversationUsd, Math.max(...calls.map((c) => c.history!.cumulativeUsd)));
  });
});
