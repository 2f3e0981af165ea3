import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DiffResult } from "../../src/cli/diff-command";
import type { Report } from "../../src/cli/report-command";
import { git, GIT_ENV, repoWith, run, write } from "./git-repo";

const LLM_BASE = `import OpenAI from "openai";
export const client = new OpenAI();
export async function complete(prompt: string) {
  const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }], max_tokens: 400 });
  return res.choices[0]?.message.content ?? "";
}
`;

const BOT = `import { complete } from "./lib/llm";
export async function answer(q: string) {
  return complete(q);
}
`;

/** Lines that stay, so git sees agent.ts -> agent-v2.ts as a rename. */
const FILLER = Array.from({ length: 24 }, (_, i) => `export const note${i} = "the agent's plan, step ${i}: read, think, act";`).join("\n");

const AGENT_BASE = `import OpenAI from "openai";
const client = new OpenAI();
${FILLER}
export async function plan(goal: string) {
  return client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: goal }], max_tokens: 100 });
}
export async function draft(goal: string) {
  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: goal }], max_tokens: 200 });
}
export async function old(goal: string) {
  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: goal }] });
}
`;

const AGENT_HEAD = `// Version 2: the planner thinks longer.
import OpenAI from "openai";
const client = new OpenAI();
${FILLER}
export async function plan(goal: string) {
  return client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: goal }], max_tokens: 1000 });
}
export async function critique(text: string) {
  return client.chat.completions.create({ model: "gpt-4.1", messages: [{ role: "user", content: text }] });
}
export async function draft(goal: string) {
  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: goal }], max_tokens: 200 });
}
`;

/** The base commit, then the change in the work tree (uncommitted, the rename staged as \`git mv\` does). */
function changedRepo(): string {
  const dir = repoWith({ "lib/llm.ts": LLM_BASE, "bot.ts": BOT, "agent.ts": AGENT_BASE });
  write(dir, { "lib/llm.ts": LLM_BASE.replace('model: "gpt-4o-mini"', 'model: "gpt-4o"') });
  git(dir, "mv", "agent.ts", "agent-v2.ts");
  write(dir, { "agent-v2.ts": AGENT_HEAD });
  return dir;
}

function reportOf(dir: string): Report {
  const r = run(["report", "--format", "json"], dir);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Report;
}

describe("costlint diff (real git repositories)", () => {
  let dir: string;
  let result: DiffResult;
  before(() => {
    dir = changedRepo();
    const index = fs.readFileSync(path.join(dir, ".git/index"));
    const status = git(dir, "status", "--porcelain");
    const r = run(["diff", "--base", "main", "--format", "json"], dir);
    assert.equal(r.status, 0, r.stderr);
    result = JSON.parse(r.stdout) as DiffResult;
    assert.deepEqual(fs.readFileSync(path.join(dir, ".git/index")), index, "the index is untouched");
    assert.equal(git(dir, "status", "--porcelain"), status, "the work tree is untouched");
    assert.equal(fs.readFileSync(path.join(dir, "agent-v2.ts"), "utf8"), AGENT_HEAD);
  });

  const change = (fn: string) => {
    const found = result.changes.filter((c) => c.function === fn);
    assert.equal(found.length, 1, `one change in ${fn}: ${JSON.stringify(result.changes.map((c) => c.function))}`);
    return found[0]!;
  };

  it("matches calls across a renamed file by function and callee, not by line", () => {
    const plan = change("plan");
    assert.equal(plan.change, "changed");
    assert.equal(plan.file, "agent-v2.ts");
    assert.equal(plan.callee, "client.chat.completions.create");
    assert.equal(plan.before?.file, "agent.ts");
    assert.equal(plan.after?.file, "agent-v2.ts");
    assert.equal(plan.before?.outputTokens, 100);
    assert.equal(plan.after?.outputTokens, 1000);
    assert.notEqual(plan.before?.line, plan.after?.line);
    // draft moved (other lines and another function before it) but its estimate is the same: not a change
    assert.equal(result.changes.filter((c) => c.function === "draft").length, 0);
    assert.equal(result.unchanged, 1);
  });

  it("lists added and removed call sites with their one side", () => {
    const added = change("critique");
    assert.equal(added.change, "added");
    assert.equal(added.before, null);
    assert.equal(added.after?.model, "gpt-4.1");
    assert.equal(added.deltaUsd, added.after?.perRunUsd);
    const removed = change("old");
    assert.equal(removed.change, "removed");
    assert.equal(removed.file, "agent.ts");
    assert.equal(removed.after, null);
    assert.equal(removed.deltaUsd, -removed.before!.perRunUsd!);
  });

  it("follows a change in an imported module to the calls of its wrapper in unchanged files (cross-file, on the base too)", () => {
    const wrapper = change("complete");
    assert.deepEqual([wrapper.before?.model, wrapper.after?.model], ["gpt-4o-mini", "gpt-4o"]);
    const caller = change("answer");
    assert.equal(caller.file, "bot.ts");
    assert.deepEqual([caller.before?.model, caller.after?.model], ["gpt-4o-mini", "gpt-4o"]);
  });

  it("reports new and fixed findings", () => {
    assert.deepEqual(
      result.findings.added.map((f) => [f.ruleId, f.file, f.function]),
      [["require-max-tokens", "agent-v2.ts", "critique"]],
    );
    assert.deepEqual(
      result.findings.fixed.map((f) => [f.ruleId, f.file, f.function]),
      [["require-max-tokens", "agent.ts", "old"]],
    );
  });

  it("has the numbers of `costlint report` on each side: the work tree, and a checkout of the base", () => {
    const after = reportOf(dir);
    const baseClone = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-base-")));
    git(baseClone, "clone", "-q", `file://${dir}`, ".");
    const before = reportOf(baseClone);
    assert.equal(result.totals.afterUsd, after.totals.cappedWorstCaseUsd);
    assert.equal(result.totals.beforeUsd, before.totals.cappedWorstCaseUsd);
    assert.equal(result.totals.afterCalls, after.totals.calls);
    assert.equal(result.totals.beforeCalls, before.totals.calls);
    assert.equal(result.totals.deltaUsd, Math.round((after.totals.cappedWorstCaseUsd - before.totals.cappedWorstCaseUsd) * 1e6) / 1e6);
    assert.ok(result.totals.deltaPercent !== null && Math.abs(result.totals.deltaPercent - (result.totals.deltaUsd / result.totals.beforeUsd) * 100) < 0.01);
    const plan = change("plan");
    const reported = after.calls.find((c) => c.file === "agent-v2.ts" && c.line === plan.after!.line)!;
    assert.equal(plan.after?.costUsd, reported.costUsd);
    const reportedBefore = before.calls.find((c) => c.file === "agent.ts" && c.line === plan.before!.line)!;
    assert.equal(plan.before?.costUsd, reportedBefore.costUsd);
  });

  it("compares with the merge base for `ref...`, and with committed history", () => {
    git(dir, "checkout", "-q", "-b", "feature");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "v2");
    git(dir, "checkout", "-q", "main");
    write(dir, { "bot.ts": `${BOT}// main moved on\n` });
    git(dir, "commit", "-q", "-am", "main moves on");
    git(dir, "checkout", "-q", "feature");
    const r = run(["diff", "--base", "main...", "--format", "json"], dir);
    assert.equal(r.status, 0, r.stderr);
    const viaMergeBase = JSON.parse(r.stdout) as DiffResult;
    assert.equal(viaMergeBase.base.commit, git(dir, "merge-base", "main", "HEAD").trim());
    assert.deepEqual(
      viaMergeBase.changes.map((c) => [c.change, c.function]).sort(),
      result.changes.map((c) => [c.change, c.function]).sort(),
    );
  });
});

describe("costlint diff policy and exit codes", () => {
  it("exits 1 when the policy fails, 0 when it holds; thresholds from flags or costlint.config.json", () => {
    const dir = changedRepo();
    const failing = run(["diff", "--base", "main", "--fail-on-increase", "5"], dir);
    assert.equal(failing.status, 1, failing.stderr);
    assert.match(failing.stdout, /Policy: failed\.\n {2}- worst case per run grew by [\d.]+%, above the 5% allowed \(--fail-on-increase\)/);
    const holding = run(["diff", "--base", "main", "--fail-on-increase", "100000%", "--fail-above", "$1000"], dir);
    assert.equal(holding.status, 0, holding.stdout);
    assert.match(holding.stdout, /Policy: passed\./);
    const above = run(["diff", "--base", "main", "--fail-above", "0.001"], dir);
    assert.equal(above.status, 1);
    assert.match(above.stdout, /above the \$0\.001 allowed \(--fail-above\)/);
    write(dir, { "costlint.config.json": JSON.stringify({ diff: { failAboveUsd: 0.001 } }) });
    assert.equal(run(["diff", "--base", "main"], dir).status, 1);
    assert.equal(run(["diff", "--base", "main", "--fail-above", "1000"], dir).status, 0, "the flag wins over the file");
  });

  it("a loop with no cap added: unbounded, counted apart, fails --fail-on-increase, annotated", () => {
    const loop = (head: string) => `import OpenAI from "openai";
const client = new OpenAI();
export async function run(goal: string) {
  ${head} {
    const r = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: goal }], max_tokens: 100 });
    if (r.choices[0]?.message.content === "done") break;
  }
}
`;
    const dir = repoWith({ "agent.ts": loop("for (let i = 0; i < 5; i++)") });
    write(dir, { "agent.ts": loop("while (true)") });
    const r = run(["diff", "--base", "main", "--format", "json", "--fail-on-increase", "50"], dir);
    assert.equal(r.status, 1, r.stderr);
    const result = JSON.parse(r.stdout) as DiffResult;
    assert.equal(result.changes.length, 1);
    const [c] = result.changes;
    assert.equal(c!.change, "changed");
    assert.equal(c!.after?.perRunUsd, null);
    assert.ok(Math.abs(c!.before!.perRunUsd! - c!.before!.costUsd * 5) < 1e-5, "5 iterations of the capped loop");
    assert.equal(c!.deltaUsd, null);
    assert.deepEqual([result.totals.uncappedBefore, result.totals.uncappedAfter], [0, 1]);
    assert.deepEqual(result.policy.reasons.filter((x) => x.includes("loop with no cap")).length, 1);
    const gh = run(["diff", "--base", "main", "--format", "github"], dir);
    assert.match(gh.stdout, /^::warning file=agent\.ts,line=5,title=costlint%3A cost up::LLM call cost up in run: gpt-4o-mini, \$[\d.]+ per call, worst case per run \$[\d.]+ → unbounded \(unbounded\)\.$/m);
  });

  it("exits 2 on bad arguments, an unknown ref and a broken configuration, with one line", () => {
    const dir = changedRepo();
    const cases: [string[], RegExp][] = [
      [["diff"], /^costlint diff: --base <ref> is required/],
      [["diff", "--base", "main", "--format", "xml"], /^costlint diff: --format must be one of table, json, markdown, github, got "xml"/],
      [["diff", "--base", "main", "--fail-above", "lots"], /^costlint diff: --fail-above expects a number of 0 or more, got "lots"/],
      [["diff", "--base", "main", "--fail-on-increase", "-3"], /^costlint diff: /],
      [["diff", "--base", "main", "--bogus"], /^costlint diff: unknown option --bogus \(see costlint diff --help\)$/m],
      [["diff", "--base", "no-such-branch"], /^costlint: base ref "no-such-branch" is not in this repository/],
    ];
    for (const [args, message] of cases) {
      const r = run(args, dir);
      assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    write(dir, { "costlint.config.json": `{ "diff": { "failAboveUsd": "cheap" } }` });
    const broken = run(["diff", "--base", "main"], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /costlint\.config\.json(:\d+:\d+)?: diff\.failAboveUsd: expected number, got "cheap"/);
    const outside = run(["diff", "--base", "main"], fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-nogit-"))));
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /is not in a git work tree/);
  });

  it("in a shallow clone without the base, says which git fetch brings it; after that fetch it works", () => {
    const origin = repoWith({ "lib/llm.ts": LLM_BASE, "bot.ts": BOT });
    git(origin, "checkout", "-q", "-b", "feature");
    write(origin, { "lib/llm.ts": LLM_BASE.replace("max_tokens: 400", "max_tokens: 4000") });
    git(origin, "commit", "-q", "-am", "longer answers");
    const clone = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-shallow-")));
    git(clone, "clone", "-q", "--depth", "1", "--branch", "feature", `file://${origin}`, ".");
    assert.equal(git(clone, "rev-parse", "--is-shallow-repository").trim(), "true");
    const missing = run(["diff", "--base", "origin/main"], clone);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /base ref "origin\/main" is not in this repository \(this is a shallow clone/);
    const command = /\n {2}(git fetch [^\n]+)\n/.exec(missing.stderr)?.[1];
    assert.equal(command, "git fetch --no-tags --depth=1 origin +refs/heads/main:refs/remotes/origin/main");
    const fetched = spawnSync("sh", ["-c", command!], { cwd: clone, env: GIT_ENV, encoding: "utf8" });
    assert.equal(fetched.status, 0, fetched.stderr);
    const r = run(["diff", "--base", "origin/main", "--format", "json"], clone);
    assert.equal(r.status, 0, r.stderr);
    const result = JSON.parse(r.stdout) as DiffResult;
    assert.deepEqual(
      result.changes.map((c) => [c.change, c.function, c.before?.outputTokens, c.after?.outputTokens]).sort(),
      [
        ["changed", "answer", 400, 4000],
        ["changed", "complete", 400, 4000],
      ],
    );
  });
});

describe("costlint diff formats", () => {
  let dir: string;
  let json: DiffResult;
  before(() => {
    dir = changedRepo();
    write(dir, { "we,ird:name.ts": `import OpenAI from "openai";\nconst c = new OpenAI();\nexport const go = () => c.chat.completions.create({ model: "gpt-4o", messages: [] });\n` });
    json = JSON.parse(run(["diff", "--base", "main", "--format", "json"], dir).stdout) as DiffResult;
  });

  it("markdown: a summary line, a table of the biggest changes, the rest and the findings collapsed", () => {
    const r = run(["diff", "--base", "main", "--format", "markdown", "--fail-on-increase", "5"], dir);
    assert.equal(r.status, 1);
    const lines = r.stdout.split("\n");
    assert.match(lines[0]!, /^### ❌ costlint: worst case per run \$[\d.]+ → \$[\d.]+ \(\+\$[\d.]+, \+[\d.]+%\)$/);
    assert.match(r.stdout, /\n\| change \| call site \| function \| model \| in \| out \| \$\/call \| per run \| delta \|\n\| --- /);
    const rows = lines.filter((l) => /^\| (added|removed|changed) \|/.test(l));
    assert.equal(rows.length, json.changes.length);
    assert.ok(rows.some((l) => l.includes("| changed | `agent-v2.ts:") && l.includes("(was agent.ts:") && l.includes("| `plan` |") && l.includes("| 100 → 1.0k |")));
    assert.match(r.stdout, /<details><summary>2 new findings<\/summary>[\s\S]*`costlint\/require-max-tokens` \|[\s\S]*<\/details>/);
    assert.match(r.stdout, /<details><summary>1 fixed findings<\/summary>/);
  });

  it("github: ::warning annotations for new findings and cost increases (escaped), the markdown in $GITHUB_STEP_SUMMARY", () => {
    const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-summary-")), "summary.md");
    fs.writeFileSync(summary, "earlier step\n");
    const r = run(["diff", "--base", "main", "--format", "github"], dir, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(r.status, 0, r.stderr);
    const annotations = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    // 2 new findings (critique, we,ird:name.ts) + cost up: plan, complete, answer; added: critique, go
    assert.equal(annotations.length, json.findings.added.length + json.changes.filter((c) => c.change !== "removed" && (c.deltaUsd ?? 1) > 0).length);
    assert.ok(annotations.includes(annotations.find((a) => a.startsWith("::warning file=we%2Cird%3Aname.ts,line=3,col=")) ?? "missing"));
    assert.ok(annotations.some((a) => /^::warning file=agent-v2\.ts,line=\d+,title=costlint%3A cost up::LLM call cost up in plan: gpt-4o-mini, \$[\d.]+ → \$[\d.]+ per call/.test(a)));
    assert.ok(annotations.every((a) => /^::warning file=[^,:]+,line=\d+(,col=\d+)?,title=[^,:]+::[^\n\r]+$/.test(a)), annotations.join("\n"));
    assert.ok(!annotations.some((a) => a.includes("in old")), "a removed call is no warning");
    const written = fs.readFileSync(summary, "utf8");
    assert.ok(written.startsWith("earlier step\n### costlint: worst case per run"), written.slice(0, 80));
    assert.match(r.stdout, /worst case per run \$[\d.]+ → \$[\d.]+/);
  });

  it("table: one row per change with before → after", () => {
    const r = run(["diff", "--base", "main"], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^~ +agent-v2\.ts:\d+ \(was agent\.ts:\d+\) +plan +gpt-4o-mini +\d+ +100 → 1\.0k /m);
    assert.match(r.stdout, /^- +agent\.ts:\d+ +old +gpt-4o /m);
    assert.match(r.stdout, /^\+ +agent-v2\.ts:\d+ +critique +gpt-4\.1 /m);
    assert.match(r.stdout, /^new +agent-v2\.ts:\d+:\d+ +warning .*costlint\/require-max-tokens$/m);
    assert.match(r.stdout, /^fixed agent\.ts:\d+:\d+ /m);
    assert.match(r.stdout, /call sites: 2 added, 1 removed, 3 changed · findings: 2 new, 1 fixed/);
  });
});

describe("npm run demo:diff (the README's second example)", () => {
  it("builds a repository from examples/, changes it and shows the diff, offline", () => {
    const root = path.resolve(__dirname, "../../..");
    const demo = spawnSync(process.execPath, [path.join(root, "scripts/demo-diff.mjs"), "json"], { cwd: root, encoding: "utf8", env: GIT_ENV });
    assert.equal(demo.status, 0, demo.stderr);
    const json = demo.stdout.slice(demo.stdout.indexOf("{"), demo.stdout.lastIndexOf("}") + 1);
    const result = JSON.parse(json) as DiffResult;
    assert.deepEqual(
      result.changes.map((c) => [c.change, c.function, c.before?.file ?? null, c.after?.model]).sort(),
      [
        ["added", "summarise", null, "gpt-4.1"],
        ["changed", "complete", "src/lib/llm.ts", "gpt-4o"],
        ["changed", "onMessage", "src/triage.ts", "gpt-4o"],
        ["changed", "onMessageWindowed", "src/triage.ts", "gpt-4o"],
      ],
    );
    assert.equal(result.policy.passed, false);
    assert.deepEqual(result.findings.added.map((f) => f.ruleId).sort(), ["require-max-tokens"]);
  });
});
