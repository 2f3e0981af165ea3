import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");
const cli = path.join(root, "dist/cli.js");

function run(args: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-report-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const AGENT = `import OpenAI from "openai";
const client = new OpenAI();
export async function ask(question: string) {
  return client.chat.completions.create({
    model: "gpt-4o-mini",
    max_completion_tokens: 300,
    messages: [{ role: "system", content: "Be brief." }, { role: "user", content: question }],
  });
}
export const hello = () =>
  client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "Say hello." }] });
`;

describe("costlint report", () => {
  it("--json lists every call site with the documented fields, file relative, line 1-based at the call", () => {
    const dir = tempProject({ "src/agent.ts": AGENT, "node_modules/x/index.ts": AGENT });
    const { status, stdout, stderr } = run(["report", "--json", "."], dir);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, "");
    const report = JSON.parse(stdout);
    assert.equal(report.calls.length, 2);
    const [first, second] = report.calls;
    for (const key of ["file", "line", "sdk", "model", "inputTokens", "outputTokens", "costUsd", "approximate", "flags", "breakdown", "assumptions"]) {
      assert.ok(key in first, key);
    }
    assert.equal(first.file, path.join("src", "agent.ts"));
    assert.equal(first.line, 4);
    assert.equal(first.sdk, "openai");
    assert.equal(first.model, "gpt-4o-mini");
    assert.equal(first.outputTokens, 300);
    assert.ok(!first.flags.includes("no-output-cap"));
    assert.equal(second.line, 11);
    assert.equal(second.model, "gpt-4o");
    assert.equal(second.outputTokens, 16384);
    assert.ok(second.flags.includes("no-output-cap"));
    assert.deepEqual(first.breakdown.map((b: { part: string }) => b.part), ["system", "messages", "tools", "overhead", "assumed", "output"]);
    // gpt-4o-mini: $0.15 / M input, $0.60 / M output
    assert.ok(Math.abs(first.costUsd - (first.inputTokens * 0.15 + 300 * 0.6) / 1e6) < 1e-6);
    assert.equal(report.totals.calls, 2);
    assert.equal(report.totals.files, 1);
    assert.ok(Math.abs(report.totals.costUsd - (first.costUsd + second.costUsd)) < 1e-6);
  });

  it("counts a wrapper's model call once per call site of the wrapper, not again on its own", () => {
    const dir = tempProject({
      "lib/llm.ts": `import OpenAI from "openai";
const client = new OpenAI();
export async function complete(question: string) {
  return client.chat.completions.create({ model: "gpt-4o-mini", max_completion_tokens: 200, messages: [{ role: "user", content: question }] });
}
`,
      "routes/a.ts": `import { complete } from "../lib/llm";\nexport const a = (q: string) => complete(q);\n`,
      "routes/b.ts": `import { complete } from "../lib/llm";\nexport const b = (q: string) => complete(q);\n`,
    });
    const json = run(["report", "--json", "."], dir);
    assert.equal(json.status, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    const inner = report.calls.filter((c: { file: string }) => c.file === path.join("lib", "llm.ts"));
    const through = report.calls.filter((c: { via?: unknown }) => c.via);
    assert.equal(inner.length, 1);
    assert.equal(through.length, 2);
    assert.equal(report.totals.calls, 3);
    assert.equal(report.totals.throughWrappers, 1);
    const sum = through.reduce((n: number, c: { costUsd: number }) => n + c.costUsd, 0);
    assert.ok(Math.abs(report.totals.costUsd - sum) < 1e-6, `${report.totals.costUsd} vs ${sum}`);
    const text = run(["report", "."], dir);
    assert.match(text.stdout, /^1 call site is inside wrappers listed with their callers: counted at those call sites, not added again$/m);
  });

  it("prints a readable table with totals", () => {
    const { status, stdout } = run(["report", "examples"]);
    assert.equal(status, 0);
    assert.match(stdout, /^call site +sdk +model +in +out +\$\/call +flags$/m);
    assert.match(stdout, /examples\/src\/support-bot\.ts:16 +openai +gpt-4o +\d+ +16k +\$0\.16\d +history grows: \$[\d.]+ at turn 20/);
    assert.match(stdout, /\d+ LLM call sites in 9 files: \$[\d.]+ for one call of each/);
    assert.match(stdout, /~ approximate: \d+ estimates/);
    assert.match(stdout, /\d+ call sites send a growing history/);
  });

  it("says 'sends' when one call site sends a growing history", () => {
    const dir = tempProject({
      "bot.ts": `import OpenAI from "openai";
const client = new OpenAI();
const history: { role: "user" | "assistant"; content: string }[] = [];
export async function chat(text: string) {
  history.push({ role: "user", content: text });
  const r = await client.chat.completions.create({ model: "gpt-4o", max_tokens: 200, messages: history });
  history.push({ role: "assistant", content: r.choices[0].message.content ?? "" });
}
`,
    });
    const { status, stdout } = run(["report", "."], dir);
    assert.equal(status, 0);
    assert.match(stdout, /^1 call site sends a growing history/m);
  });

  it("exits 2 with a clear message on bad arguments and unreadable paths", () => {
    const bad = run(["report", "--csv"]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^costlint report: unknown option --csv \(see costlint report --help\)\n$/);
    const missing = run(["report", "nowhere"]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /costlint: cannot read nowhere: no such file or folder/);
  });

  it("honours costlint.config.json, and names the file and key of a bad one", () => {
    const dir = tempProject({
      "agent.ts": AGENT.replace(/model: "gpt-4o-mini",\n/, ""),
      "costlint.config.json": JSON.stringify({ defaultModel: "gpt-4.1-mini", assumptions: { turns: "many" } }),
    });
    const { status, stdout, stderr } = run(["report", "--json"], dir);
    assert.equal(status, 2, "a bad configuration is an error of the run (the report is still written)");
    assert.match(stderr, /costlint: .*costlint\.config\.json:1:\d+: assumptions\.turns: expected number, got "many"; using the default/);
    const report = JSON.parse(stdout);
    assert.equal(report.calls[0].model, "gpt-4.1-mini");
    assert.equal(report.calls[0].provider, "openai");
    assert.ok(report.calls[0].flags.includes("default-model"));
    assert.equal(report.calls[0].approximate, false);
  });

  it("prints no progress line when stderr is not a terminal", () => {
    const { stderr } = run(["report", "examples"]);
    assert.equal(stderr, "");
  });
});
