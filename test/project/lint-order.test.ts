import assert from "node:assert/strict";
import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import type ts from "typescript";
import { createPlugin, projectConfigSettings } from "../../src/eslint/plugin";

const fixture = path.resolve(__dirname, "../../../test/fixtures/projects/import-cycle");

/**
 * Lints the files one by one, in the order given, through one ESLint instance and so one plugin instance (one
 * cross-file context, as in an ESLint process): the findings of each file, as `file:line rule message`.
 */
async function lintInOrder(files: string[], plugin = createPlugin(), root = fixture): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.all],
  } as ConstructorParameters<typeof ESLint>[0]);
  const out: string[] = [];
  for (const file of files) {
    for (const result of await eslint.lintFiles([path.join(root, file)])) {
      for (const m of result.messages) out.push(`${path.relative(root, result.filePath)}:${m.line} ${m.ruleId} ${m.message}`);
    }
  }
  return out.sort();
}

describe("the order files are linted in never changes a finding", () => {
  // model.ts and ask.ts import each other: an analysis that starts in one of them meets the other inside a cycle,
  // where what it learns is cut short. Such a result must not be reused when the other file's wrapper is asked
  // about from the top (asker.ts's retry loop around ask()).
  const orders = [
    ["src/runner.ts", "src/asker.ts"],
    ["src/asker.ts", "src/runner.ts"],
    ["src/model.ts", "src/ask.ts", "src/runner.ts", "src/asker.ts"],
    ["src/asker.ts", "src/runner.ts", "src/ask.ts", "src/model.ts"],
  ];

  it("each file's findings are the same whichever file was linted first (one plugin instance)", async () => {
    const alone = await lintInOrder(["src/asker.ts"]);
    assert.ok(alone.some((f) => f.startsWith("src/asker.ts:5 costlint/no-unbounded-retry")), alone.join("\n"));
    for (const order of orders) {
      const findings = await lintInOrder(order);
      const ofAsker = findings.filter((f) => f.startsWith("src/asker.ts:"));
      assert.deepEqual(ofAsker, alone, `order ${order.join(", ")}`);
    }
    const [first, ...rest] = await Promise.all(orders.slice(2).map((order) => lintInOrder(order)));
    for (const other of rest) assert.deepEqual(other, first);
  });

  it("a module another file's analysis already analysed is linted on that tree, with the findings it has alone", async () => {
    const alone = await lintInOrder(["src/llm.ts"]);
    assert.ok(alone.some((f) => f.startsWith("src/llm.ts:7 costlint/require-max-tokens")), alone.join("\n"));
    const trees: { file: string; sourceFile: ts.SourceFile; reused: boolean }[] = [];
    const plugin = createPlugin({ ...projectConfigSettings(), onSourceFile: (sourceFile, reused) => trees.push({ file: path.basename(sourceFile.fileName), sourceFile, reused }) });
    const findings = await lintInOrder(["src/uses-llm.ts", "src/llm.ts"], plugin);
    assert.ok(findings.some((f) => f.startsWith("src/uses-llm.ts:5 costlint/no-unbounded-retry")), findings.join("\n"));
    assert.deepEqual(
      findings.filter((f) => f.startsWith("src/llm.ts:")),
      alone,
    );
    // uses-llm.ts on the parser's tree; llm.ts, which its analysis read and analysed, on the cross-file layer's tree.
    assert.ok(trees.filter((t) => t.file === "uses-llm.ts").every((t) => t.reused));
    const ofLlm = trees.filter((t) => t.file === "llm.ts");
    assert.ok(ofLlm.length > 0 && ofLlm.every((t) => !t.reused), "llm.ts is not linted on the parser's tree");
    assert.equal(new Set(ofLlm.map((t) => t.sourceFile)).size, 1, "one tree for every rule");
  });

  it("a file that meets the cycle from both sides: the same findings after either module was linted", async () => {
    const alone = await lintInOrder(["src/chat.ts"]);
    for (const before of ["src/runner.ts", "src/asker.ts", "src/model.ts", "src/ask.ts"]) {
      const findings = await lintInOrder([before, "src/chat.ts"]);
      assert.deepEqual(
        findings.filter((f) => f.startsWith("src/chat.ts:")),
        alone,
        `after ${before}`,
      );
    }
  });

  it("a generic retry helper is judged the same whichever file was linted first (its importers, an import cycle)", async () => {
    const helpers = path.resolve(__dirname, "../../../test/fixtures/projects/retry-helpers");
    const files = ["src/cycle/helper.ts", "src/cycle/caller.ts", "src/lib/retry.ts", "src/summarize.ts", "src/lib/git-retry.ts", "src/sandbox.ts"];
    const alone = await Promise.all(files.map((file) => lintInOrder([file], createPlugin(), helpers)));
    assert.ok(alone[0]!.some((f) => f.startsWith("src/cycle/helper.ts:5 costlint/no-unbounded-retry") && f.includes("caller.ts:7")), alone[0]!.join("\n"));
    assert.ok(alone[2]!.some((f) => f.startsWith("src/lib/retry.ts:9 costlint/no-unbounded-retry")), alone[2]!.join("\n"));
    assert.deepEqual(alone[4], [], "git-retry.ts: given only git commands");
    const expected = alone.flat().sort();
    for (const order of [files, [...files].reverse(), ["src/cycle/caller.ts", "src/summarize.ts", "src/sandbox.ts", "src/cycle/helper.ts", "src/lib/retry.ts", "src/lib/git-retry.ts"]]) {
      assert.deepEqual(await lintInOrder(order, createPlugin(), helpers), expected, `order ${order.join(", ")}`);
    }
  });
});
