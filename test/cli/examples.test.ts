import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { collectFiles } from "../../src/cli/files";
import { lintFiles } from "../../src/cli/lint-command";

const root = path.resolve(__dirname, "../../..");
const examples = path.join(root, "examples");

/** `// expect: rule-a, rule-b` at the end of a line: the findings that line must have. */
function expectations(file: string): string[] {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const out: string[] = [];
  lines.forEach((line, i) => {
    const match = /\/\/ expect: ([a-z-]+(?:, [a-z-]+)*)\s*$/.exec(line);
    if (match) for (const rule of match[1]!.split(", ")) out.push(`${path.relative(root, file)}:${i + 1} ${rule}`);
  });
  return out;
}

describe("examples/ (the README's main job)", () => {
  it("reports exactly the marked mistakes and nothing in their correct versions", () => {
    const files = collectFiles([examples]);
    assert.ok(files.length >= 6);
    const expected = files.flatMap(expectations).sort();
    const actual = lintFiles([examples], { all: true, cwd: root })
      .flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`))
      .sort();
    assert.ok(expected.length >= 20, `${expected.length} marked mistakes`);
    assert.deepEqual(actual, expected);
  });

  it("covers every rule at least once", () => {
    const rules = new Set(collectFiles([examples]).flatMap(expectations).map((e) => e.split(" ")[1]));
    for (const id of ["no-unbounded-retry", "require-retry-backoff", "require-iteration-cap", "no-full-history", "no-loose-tool-schema", "require-max-tokens"]) {
      assert.ok(rules.has(id), id);
    }
  });
});
