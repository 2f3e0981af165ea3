import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint as ESLint10 } from "eslint";
import { lintFiles } from "../../src/cli/lint-command";
import { buildReport } from "../../src/cli/report-command";
import { createPlugin } from "../../src/eslint/plugin";
import { expectedFindings } from "./expectations";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ESLint: ESLint9 } = require("eslint-v9") as typeof import("eslint");
const root = path.resolve(__dirname, "../../..");
const fixture = path.join(root, "test/fixtures/projects/cross-file");

const expected = expectedFindings(fixture);

describe("cross-file analysis (a multi-file project: clients, factories, wrappers, barrels, paths, workspaces, CommonJS)", () => {
  it("the fixture marks findings that only a cross-file analysis can see", () => {
    assert.ok(expected.length >= 7, `${expected.length} marked`);
    for (const rule of ["require-max-tokens", "require-iteration-cap", "no-full-history"]) assert.ok(expected.some((e) => e.endsWith(rule)), rule);
  });

  it("CLI lint: exactly the marked findings (none on look-alikes, capped calls or the wrappers' own correct code)", () => {
    const actual = lintFiles([fixture], { all: false, cwd: fixture })
      .flatMap((r) => r.findings.map((f) => `${r.file}:${f.line} ${f.ruleId}`))
      .sort();
    assert.deepEqual(actual, expected);
  });

  it("CLI report: sees the calls made through clients of other modules, with their models", () => {
    const report = buildReport([fixture], { cwd: fixture });
    const sites = report.calls.map((c) => `${c.file}:${c.line} ${c.sdk} ${c.model}`).sort();
    assert.ok(sites.includes("apps/api/src/handler.ts:4 @anthropic-ai/sdk claude-sonnet-4-5"), sites.join("\n"));
    assert.ok(sites.includes("src/routes/claude.ts:4 @anthropic-ai/sdk claude-sonnet-4-5"), sites.join("\n"));
    assert.ok(sites.includes("src/cjs/use.js:4 openai gpt-4o"), sites.join("\n"));
    assert.ok(!sites.some((s) => s.startsWith("src/routes/lookalikes.ts")), "look-alikes are not LLM calls");
    // The client's options live in another file: the capped call's cap is read from its own options.
    const capped = report.calls.filter((c) => c.file === "src/routes/capped.ts");
    assert.deepEqual(capped.map((c) => c.outputTokens).sort(), [300, 512]);
  });

  it("agents a Mastra server runs are call sites of the report, priced with their defaults; 0.x takes its own default keys", () => {
    const report = buildReport([fixture], { cwd: fixture });
    const served = (file: string) => report.calls.filter((c) => c.file === file).map((c) => ({ line: c.line, sdk: c.sdk, out: c.outputTokens, flags: c.flags, steps: c.loop?.iterations }));
    const support = served("src/mastra/agents/support.ts");
    assert.deepEqual(support.map((c) => [c.line, c.sdk, c.steps]), [[5, "@mastra/core", 5], [8, "@mastra/core", 5]], JSON.stringify(support));
    assert.ok(support[0]!.flags.includes("no-output-cap") && support[0]!.flags.includes("agent-run"));
    assert.equal(support[1]!.out, 400);
    // registered through a namespace spread; an agent no registry lists is not a call site
    assert.deepEqual(served("src/mastra/agents/more.ts").map((c) => c.line), [5]);
    assert.ok(!report.calls.some((c) => c.file === "src/mastra/agents/support.ts" && c.line === 16), "draftAgent is not served");
    const legacy = served("apps/mastra-legacy/src/mastra/agents/review.ts");
    assert.deepEqual(legacy.map((c) => [c.line, c.out === 500, c.steps]), [[5, false, 5], [8, true, 3]], JSON.stringify(legacy));
    const findings = lintFiles([path.join(fixture, "apps/mastra-legacy")], { all: false, cwd: fixture }).flatMap((r) => r.findings.map((f) => `${path.basename(r.file)}:${f.line} ${f.message}`));
    assert.equal(findings.length, 2, findings.join("\n"));
    assert.match(findings.find((f) => f.startsWith("review.ts:5"))!, /set defaultGenerateOptions\.maxTokens and defaultStreamOptions\.maxTokens\.$/);
    // a 0.x run takes maxTokens (the 1.x modelSettings key is not what a fix adds)
    assert.match(findings.find((f) => f.startsWith("summarise.ts:9"))!, /Set maxTokens\.$/);
  });

  for (const [name, ESLint] of [
    ["ESLint 10", ESLint10],
    ["ESLint 9", ESLint9],
  ] as const) {
    it(`${name}: the same findings, with @typescript-eslint/parser on .ts and espree on .js`, async () => {
      const eslint = new ESLint({
        cwd: fixture,
        overrideConfigFile: true,
        overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, createPlugin().configs.recommended],
      } as ConstructorParameters<typeof ESLint10>[0]);
      const results = await eslint.lintFiles(["**/*.ts", "**/*.js"]);
      const actual = results
        .flatMap((r) => r.messages.map((m) => `${path.relative(fixture, r.filePath)}:${m.line} ${m.ruleId!.replace("costlint/", "")}`))
        .sort();
      assert.deepEqual(actual, expected);
    });
  }

  it("a changed dependency is read again by a long-lived plugin: what the caller imports decides its findings", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-xfile-"));
    try {
      fs.writeFileSync(path.join(dir, "client.ts"), `import OpenAI from "openai";\nexport const llm = new OpenAI();\nexport function ask(q: string) {\n  return llm.responses.create({ model: "gpt-4o", input: q });\n}\n`);
      fs.writeFileSync(path.join(dir, "use.ts"), `import { llm } from "./client";\nexport const go = () => llm.responses.create({ model: "gpt-4o", input: "x" });\n`);
      // One plugin (one cross-file cache) for both runs, as in a long-lived ESLint server.
      const plugin = createPlugin();
      const eslint = new ESLint10({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.recommended] });
      const run = async (): Promise<string[]> =>
        (await eslint.lintFiles(["*.ts"])).flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}`)).sort();
      assert.deepEqual(await run(), ["client.ts:4", "use.ts:2"]);
      // The caller's file is unchanged; what it imports changes.
      fs.writeFileSync(path.join(dir, "client.ts"), `import twilio from "twilio";\nexport const llm = twilio();\n`);
      assert.deepEqual(await run(), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
