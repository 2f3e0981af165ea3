import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { escapeData, escapeProperty, formatDiffMarkdown } from "../../src/cli/formats/diff";
import type { DiffResult } from "../../src/cli/diff-command";
import { RULES } from "../../src/core/rules";
import { run } from "./git-repo";

const root = path.resolve(__dirname, "../../..");

function sarifValidator() {
  const ajv = new Ajv({ schemaId: "id", meta: false, allErrors: true });
  ajv.addMetaSchema(JSON.parse(fs.readFileSync(path.join(root, "node_modules/ajv/lib/refs/json-schema-draft-04.json"), "utf8")));
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(root, "test/fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8")));
}

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine?: number } } }[] }[];
  }[];
}

describe("costlint lint and report formats", () => {
  const validate = sarifValidator();

  it("the SARIF schema check can fail", () => {
    assert.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [] }] }), false);
    assert.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "loud" }] }] }), false);
  });

  it("lint --format sarif: valid SARIF 2.1.0, every rule with its docs, results with rule, level and a relative location", () => {
    const r = run(["lint", "--format", "sarif", "examples"], root);
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const { rules } = log.runs[0]!.tool.driver;
    assert.deepEqual(rules.map((x) => x.id), RULES.map((x) => x.id));
    for (const rule of rules) assert.equal(rule.helpUri, `https://github.com/costlint/costlint/blob/main/docs/rules/${rule.id}.md`);
    const stylish = run(["lint", "examples"], root).stdout;
    const results = log.runs[0]!.results;
    assert.equal(results.length, Number(/✖ (\d+) problems/.exec(stylish)![1]));
    for (const result of results) {
      assert.equal(rules[result.ruleIndex]!.id, result.ruleId);
      assert.ok(["error", "warning"].includes(result.level));
      const loc = result.locations[0]!.physicalLocation;
      assert.match(loc.artifactLocation.uri, /^examples\/(src|app)\/[\w/.-]+\.ts$/);
      assert.equal(loc.artifactLocation.uriBaseId, "%SRCROOT%");
      assert.ok(stylish.includes(`${loc.region.startLine}:${loc.region.startColumn} `), `${loc.region.startLine}:${loc.region.startColumn}`);
      assert.ok(loc.region.endLine! >= loc.region.startLine);
    }
  });

  it("lint --format json: ESLint's json formatter shape", () => {
    const r = run(["lint", "--format", "json", "examples/src/support-bot.ts"], root);
    const files = JSON.parse(r.stdout) as { filePath: string; errorCount: number; warningCount: number; messages: { ruleId: string; severity: number; line: number; column: number }[] }[];
    assert.equal(files.length, 1);
    assert.equal(files[0]!.filePath, path.join(root, "examples/src/support-bot.ts"));
    assert.ok(files[0]!.messages.some((m) => m.ruleId === "costlint/no-unbounded-retry" && m.severity === 2 && m.line === 7 && m.column === 33));
    assert.equal(files[0]!.errorCount, files[0]!.messages.filter((m) => m.severity === 2).length);
    assert.equal(r.status, 1);
  });

  it("report --format sarif: valid SARIF, a note per call site with its estimate", () => {
    const r = run(["report", "--format", "sarif", "examples"], root);
    assert.equal(r.status, 0, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const report = JSON.parse(run(["report", "--json", "examples"], root).stdout) as { calls: { file: string; line: number; model: string }[] };
    const results = log.runs[0]!.results;
    assert.equal(results.length, report.calls.length);
    results.forEach((result, i) => {
      assert.equal(result.level, "note");
      assert.equal(result.locations[0]!.physicalLocation.artifactLocation.uri, report.calls[i]!.file);
      assert.equal(result.locations[0]!.physicalLocation.region.startLine, report.calls[i]!.line);
      assert.match(result.message.text, new RegExp(`^~?${report.calls[i]!.model.replace(/\./g, "\\.")}: [\\d.]+k? tokens in, [\\d.]+k? out, \\$[\\d.e-]+ per call`));
    });
  });

  it("report --format markdown: a heading with the totals and one row per call site", () => {
    const r = run(["report", "--format", "markdown", "examples"], root);
    const report = JSON.parse(run(["report", "--json", "examples"], root).stdout) as { calls: unknown[]; totals: { calls: number } };
    assert.match(r.stdout, new RegExp(`^### costlint: ${report.totals.calls} LLM call sites, \\$[\\d.]+ for one call of each, \\$[\\d.]+ worst case per run`));
    assert.equal(r.stdout.split("\n").filter((l) => l.startsWith("| `examples/")).length, report.calls.length);
  });

  it("--help on every command, --version, and one line for an unknown flag", () => {
    for (const command of ["lint", "report", "diff"]) {
      const help = run([command, "--help"], root);
      assert.equal(help.status, 0);
      assert.match(help.stdout, new RegExp(`^Usage: costlint ${command} `));
      assert.deepEqual(run(["help", command], root).stdout, help.stdout);
      const bad = run([command, "--frob"], root);
      assert.equal(bad.status, 2);
      assert.equal(bad.stderr, `costlint ${command}: unknown option --frob (see costlint ${command} --help)\n`);
    }
    const version = run(["--version"], root);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version);
    assert.equal(run(["report", "--format", "xml"], root).status, 2);
    assert.equal(run(["lint", "--format", "table"], root).status, 2);
  });
});

describe("diff formatting details", () => {
  it("escapes GitHub workflow command data and properties", () => {
    assert.equal(escapeData("50% off\r\nnext: a, b"), "50%25 off%0D%0Anext: a, b");
    assert.equal(escapeProperty("src/a,b:c%.ts"), "src/a%2Cb%3Ac%25.ts");
  });

  it("markdown keeps the biggest changes in the table and collapses the rest", () => {
    const side = (costUsd: number) => ({ file: "a.ts", line: 1, model: "gpt-4o", approximate: false, inputTokens: 10, outputTokens: 10, costUsd, perRunUsd: costUsd, flags: [] });
    const result: DiffResult = {
      base: { ref: "main", commit: "0123456789abcdef" },
      changes: [3, 2, 1].map((n) => ({ change: "added" as const, file: `f${n}.ts`, line: n, function: `fn|${n}`, callee: "x", before: null, after: side(n), deltaUsd: n })),
      unchanged: 0,
      findings: { added: [], fixed: [] },
      totals: { beforeUsd: 0, afterUsd: 6, deltaUsd: 6, deltaPercent: null, beforeCalls: 0, afterCalls: 3, uncappedBefore: 0, uncappedAfter: 0 },
      policy: { passed: true, reasons: [] },
      testFiles: 0,
      skipped: [],
      failures: [],
    };
    const md = formatDiffMarkdown(result, 2);
    const [table, details] = md.split("<details>");
    assert.equal(table!.match(/^\| added /gm)?.length, 2);
    assert.match(table!, /`fn\\\|3`/);
    assert.match(details!, /^<summary>1 more changed call sites<\/summary>[\s\S]*\| added \| `f1\.ts:1` \|[\s\S]*<\/details>/);
    assert.match(md, /^### costlint: worst case per run \$0 → \$6\.00 \(\+\$6\.00\)$/m);
  });
});
