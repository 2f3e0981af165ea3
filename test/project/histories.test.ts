import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { lintFiles } from "../../src/cli/lint-command";
import { createPlugin } from "../../src/eslint/plugin";
import { expectedFindings } from "./expectations";

const root = path.resolve(__dirname, "../../..");

for (const [name, rules] of [
  ["histories", ["no-full-history"]],
  ["agent-runtime", ["require-iteration-cap"]],
] as const) {
  const fixture = path.join(root, "test/fixtures/projects", name);
  const expected = fs.existsSync(fixture) ? expectedFindings(fixture) : [];

  describe(`cross-file: ${name} (test/fixtures/projects/${name})`, () => {
    it("the fixture marks findings of the rules it is about", () => {
      assert.ok(fs.existsSync(fixture), `${fixture} is missing`);
      for (const rule of rules) assert.ok(expected.some((e) => e.endsWith(rule)), rule);
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
      const actual = results
        .flatMap((r) => r.messages.map((m) => `${path.relative(fixture, r.filePath)}:${m.line} ${m.ruleId!.replace("costlint/", "")}`))
        .sort();
      assert.deepEqual(actual, expected);
    });
  });
}
