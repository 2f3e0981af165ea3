import assert from "node:assert/strict";
import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { lintFiles } from "../../src/cli/lint-command";
import { createPlugin } from "../../src/eslint/plugin";
import { expectedFindings } from "./expectations";

const root = path.resolve(__dirname, "../../..");
const fixture = path.join(root, "test/fixtures/projects/retries");

const expected = expectedFindings(fixture);

describe("retries across files (bounds and delays read from another module's consts, a wrapper of another module re-queued)", () => {
  it("the fixture marks a bound read from another module", () => {
    assert.ok(expected.includes("src/ask.ts:9 no-unbounded-retry"), expected.join("\n"));
    assert.ok(expected.includes("src/worker.ts:12 no-unbounded-retry"), expected.join("\n"));
  });

  it("CLI lint: exactly the marked findings", () => {
    const actual = lintFiles([fixture], { all: false, cwd: fixture })
      .flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`))
      .sort();
    assert.deepEqual(actual, expected);
  });

  it("ESLint: the same findings", async () => {
    const eslint = new ESLint({
      cwd: fixture,
      overrideConfigFile: true,
      overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, createPlugin().configs.recommended],
    } as ConstructorParameters<typeof ESLint>[0]);
    const results = await eslint.lintFiles(["**/*.ts"]);
    const actual = results.flatMap((r) => r.messages.map((m) => `${path.relative(fixture, r.filePath)}:${m.line} ${m.ruleId!.replace("costlint/", "")}`)).sort();
    assert.deepEqual(actual, expected);
  });
});
