"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const git_repo_1 = require("./git-repo");
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
function changedRepo() {
    const dir = (0, git_repo_1.repoWith)({ "lib/llm.ts": LLM_BASE, "bot.ts": BOT, "agent.ts": AGENT_BASE });
    (0, git_repo_1.write)(dir, { "lib/llm.ts": LLM_BASE.replace('model: "gpt-4o-mini"', 'model: "gpt-4o"') });
    (0, git_repo_1.git)(dir, "mv", "agent.ts", "agent-v2.ts");
    (0, git_repo_1.write)(dir, { "agent-v2.ts": AGENT_HEAD });
    return dir;
}
function reportOf(dir) {
    const r = (0, git_repo_1.run)(["report", "--format", "json"], dir);
    strict_1.default.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
}
describe("costlint diff (real git repositories)", () => {
    let dir;
    let result;
    before(() => {
        dir = changedRepo();
        const index = node_fs_1.default.readFileSync(node_path_1.default.join(dir, ".git/index"));
        const status = (0, git_repo_1.git)(dir, "status", "--porcelain");
        const r = (0, git_repo_1.run)(["diff", "--base", "main", "--format", "json"], dir);
        strict_1.default.equal(r.status, 0, r.stderr);
        result = JSON.parse(r.stdout);
        strict_1.default.deepEqual(node_fs_1.default.readFileSync(node_path_1.default.join(dir, ".git/index")), index, "the index is untouched");
        strict_1.default.equal((0, git_repo_1.git)(dir, "status", "--porcelain"), status, "the work tree is untouched");
        strict_1.default.equal(node_fs_1.default.readFileSync(node_path_1.default.join(dir, "agent-v2.ts"), "utf8"), AGENT_HEAD);
    });
    const change = (fn) => {
        const found = result.changes.filter((c) => c.function === fn);
        strict_1.default.equal(found.length, 1, `one change in ${fn}: ${JSON.stringify(result.changes.map((c) => c.function))}`);
        return found[0];
    };
    it("matches calls across a renamed file by function and callee, not by line", () => {
        const plan = change("plan");
        strict_1.default.equal(plan.change, "changed");
        strict_1.default.equal(plan.file, "agent-v2.ts");
        strict_1.default.equal(plan.callee, "client.chat.completions.create");
        strict_1.default.equal(plan.before?.file, "agent.ts");
        strict_1.default.equal(plan.after?.file, "agent-v2.ts");
        strict_1.default.equal(plan.before?.outputTokens, 100);
        strict_1.default.equal(plan.after?.outputTokens, 1000);
        strict_1.default.notEqual(plan.before?.line, plan.after?.line);
        // draft moved (other lines and another function before it) but its estimate is the same: not a change
        strict_1.default.equal(result.changes.filter((c) => c.function === "draft").length, 0);
        strict_1.default.equal(result.unchanged, 1);
    });
    it("lists added and removed call sites with their one side", () => {
        const added = change("critique");
        strict_1.default.equal(added.change, "added");
        strict_1.default.equal(added.before, null);
        strict_1.default.equal(added.after?.model, "gpt-4.1");
        strict_1.default.equal(added.deltaUsd, added.after?.perRunUsd);
        const removed = change("old");
        strict_1.default.equal(removed.change, "removed");
        strict_1.default.equal(removed.file, "agent.ts");
        strict_1.default.equal(removed.after, null);
        strict_1.default.equal(removed.deltaUsd, -removed.before.perRunUsd);
    });
    it("follows a change in an imported module to the calls of its wrapper in unchanged files (cross-file, on the base too)", () => {
        const wrapper = change("complete");
        strict_1.default.deepEqual([wrapper.before?.model, wrapper.after?.model], ["gpt-4o-mini", "gpt-4o"]);
        const caller = change("answer");
        strict_1.default.equal(caller.file, "bot.ts");
        strict_1.default.deepEqual([caller.before?.model, caller.after?.model], ["gpt-4o-mini", "gpt-4o"]);
    });
    it("reports new and fixed findings", () => {
        strict_1.default.deepEqual(result.findings.added.map((f) => [f.ruleId, f.file, f.function]), [["require-max-tokens", "agent-v2.ts", "critique"]]);
        strict_1.default.deepEqual(result.findings.fixed.map((f) => [f.ruleId, f.file, f.function]), [["require-max-tokens", "agent.ts", "old"]]);
    });
    it("has the numbers of `costlint report` on each side: the work tree, and a checkout of the base", () => {
        const after = reportOf(dir);
        const baseClone = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-base-")));
        (0, git_repo_1.git)(baseClone, "clone", "-q", `file://${dir}`, ".");
        const before = reportOf(baseClone);
        strict_1.default.equal(result.totals.afterUsd, after.totals.cappedWorstCaseUsd);
        strict_1.default.equal(result.totals.beforeUsd, before.totals.cappedWorstCaseUsd);
        strict_1.default.equal(result.totals.afterCalls, after.totals.calls);
        strict_1.default.equal(result.totals.beforeCalls, before.totals.calls);
        strict_1.default.equal(result.totals.deltaUsd, Math.round((after.totals.cappedWorstCaseUsd - before.totals.cappedWorstCaseUsd) * 1e6) / 1e6);
        strict_1.default.ok(result.totals.deltaPercent !== null && Math.abs(result.totals.deltaPercent - (result.totals.deltaUsd / result.totals.beforeUsd) * 100) < 0.01);
        const plan = change("plan");
        const reported = after.calls.find((c) => c.file === "agent-v2.ts" && c.line === plan.after.line);
        strict_1.default.equal(plan.after?.costUsd, reported.costUsd);
        const reportedBefore = before.calls.find((c) => c.file === "agent.ts" && c.line === plan.before.line);
        strict_1.default.equal(plan.before?.costUsd, reportedBefore.costUsd);
    });
    it("compares with the merge base for `ref...`, and with committed history", () => {
        (0, git_repo_1.git)(dir, "checkout", "-q", "-b", "feature");
        (0, git_repo_1.git)(dir, "add", "-A");
        (0, git_repo_1.git)(dir, "commit", "-q", "-m", "v2");
        (0, git_repo_1.git)(dir, "checkout", "-q", "main");
        (0, git_repo_1.write)(dir, { "bot.ts": `${BOT}// main moved on\n` });
        (0, git_repo_1.git)(dir, "commit", "-q", "-am", "main moves on");
        (0, git_repo_1.git)(dir, "checkout", "-q", "feature");
        const r = (0, git_repo_1.run)(["diff", "--base", "main...", "--format", "json"], dir);
        strict_1.default.equal(r.status, 0, r.stderr);
        const viaMergeBase = JSON.parse(r.stdout);
        strict_1.default.equal(viaMergeBase.base.commit, (0, git_repo_1.git)(dir, "merge-base", "main", "HEAD").trim());
        strict_1.default.deepEqual(viaMergeBase.changes.map((c) => [c.change, c.function]).sort(), result.changes.map((c) => [c.change, c.function]).sort());
    });
});
describe("costlint diff policy and exit codes", () => {
    it("exits 1 when the policy fails, 0 when it holds; thresholds from flags or costlint.config.json", () => {
        const dir = changedRepo();
        const failing = (0, git_repo_1.run)(["diff", "--base", "main", "--fail-on-increase", "5"], dir);
        strict_1.default.equal(failing.status, 1, failing.stderr);
        strict_1.default.match(failing.stdout, /Policy: failed\.\n {2}- worst case per run grew by [\d.]+%, above the 5% allowed \(--fail-on-increase\)/);
        const holding = (0, git_repo_1.run)(["diff", "--base", "main", "--fail-on-increase", "100000%", "--fail-above", "$1000"], dir);
        strict_1.default.equal(holding.status, 0, holding.stdout);
        strict_1.default.match(holding.stdout, /Policy: passed\./);
        const above = (0, git_repo_1.run)(["diff", "--base", "main", "--fail-above", "0.001"], dir);
        strict_1.default.equal(above.status, 1);
        strict_1.default.match(above.stdout, /above the \$0\.001 allowed \(--fail-above\)/);
        (0, git_repo_1.write)(dir, { "costlint.config.json": JSON.stringify({ diff: { failAboveUsd: 0.001 } }) });
        strict_1.default.equal((0, git_repo_1.run)(["diff", "--base", "main"], dir).status, 1);
        strict_1.default.equal((0, git_repo_1.run)(["diff", "--base", "main", "--fail-above", "1000"], dir).status, 0, "the flag wins over the file");
    });
    it("a loop with no cap added: unbounded, counted apart, fails --fail-on-increase, annotated", () => {
        const loop = (head) => `import OpenAI from "openai";
const client = new OpenAI();
export async function run(goal: string) {
  ${head} {
    const r = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: goal }], max_tokens: 100 });
    if (r.choices[0]?.message.content === "done") break;
  }
}
`;
        const dir = (0, git_repo_1.repoWith)({ "agent.ts": loop("for (let i = 0; i < 5; i++)") });
        (0, git_repo_1.write)(dir, { "agent.ts": loop("while (true)") });
        const r = (0, git_repo_1.run)(["diff", "--base", "main", "--format", "json", "--fail-on-increase", "50"], dir);
        strict_1.default.equal(r.status, 1, r.stderr);
        const result = JSON.parse(r.stdout);
        strict_1.default.equal(result.changes.length, 1);
        const [c] = result.changes;
        strict_1.default.equal(c.change, "changed");
        strict_1.default.equal(c.after?.perRunUsd, null);
        strict_1.default.ok(Math.abs(c.before.perRunUsd - c.before.costUsd * 5) < 1e-5, "5 iterations of the capped loop");
        strict_1.default.equal(c.deltaUsd, null);
        strict_1.default.deepEqual([result.totals.uncappedBefore, result.totals.uncappedAfter], [0, 1]);
        strict_1.default.deepEqual(result.policy.reasons.filter((x) => x.includes("loop with no cap")).length, 1);
        const gh = (0, git_repo_1.run)(["diff", "--base", "main", "--format", "github"], dir);
        strict_1.default.match(gh.stdout, /^::warning file=agent\.ts,line=5,title=costlint%3A cost up::LLM call cost up in run: gpt-4o-mini, \$[\d.]+ per call, worst case per run \$[\d.]+ → unbounded \(unbounded\)\.$/m);
    });
    it("exits 2 on bad arguments, an unknown ref and a broken configuration, with one line", () => {
        const dir = changedRepo();
        const cases = [
            [["diff"], /^costlint diff: --base <ref> is required/],
            [["diff", "--base", "main", "--format", "xml"], /^costlint diff: --format must be one of table, json, markdown, github, got "xml"/],
            [["diff", "--base", "main", "--fail-above", "lots"], /^costlint diff: --fail-above expects a number of 0 or more, got "lots"/],
            [["diff", "--base", "main", "--fail-on-increase", "-3"], /^costlint diff: /],
            [["diff", "--base", "main", "--bogus"], /^costlint diff: unknown option --bogus \(see costlint diff --help\)$/m],
            [["diff", "--base", "no-such-branch"], /^costlint: base ref "no-such-branch" is not in this repository/],
        ];
        for (const [args, message] of cases) {
            const r = (0, git_repo_1.run)(args, dir);
            strict_1.default.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
            strict_1.default.match(r.stderr, message);
        }
        (0, git_repo_1.write)(dir, { "costlint.config.json": `{ "diff": { "failAboveUsd": "cheap" } }` });
        const broken = (0, git_repo_1.run)(["diff", "--base", "main"], dir);
        strict_1.default.equal(broken.status, 2);
        strict_1.default.match(broken.stderr, /costlint\.config\.json(:\d+:\d+)?: diff\.failAboveUsd: expected number, got "cheap"/);
        const outside = (0, git_repo_1.run)(["diff", "--base", "main"], node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-nogit-"))));
        strict_1.default.equal(outside.status, 2);
        strict_1.default.match(outside.stderr, /is not in a git work tree/);
    });
    it("in a shallow clone without the base, says which git fetch brings it; after that fetch it works", () => {
        const origin = (0, git_repo_1.repoWith)({ "lib/llm.ts": LLM_BASE, "bot.ts": BOT });
        (0, git_repo_1.git)(origin, "checkout", "-q", "-b", "feature");
        (0, git_repo_1.write)(origin, { "lib/llm.ts": LLM_BASE.replace("max_tokens: 400", "max_tokens: 4000") });
        (0, git_repo_1.git)(origin, "commit", "-q", "-am", "longer answers");
        const clone = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-shallow-")));
        (0, git_repo_1.git)(clone, "clone", "-q", "--depth", "1", "--branch", "feature", `file://${origin}`, ".");
        strict_1.default.equal((0, git_repo_1.git)(clone, "rev-parse", "--is-shallow-repository").trim(), "true");
        const missing = (0, git_repo_1.run)(["diff", "--base", "origin/main"], clone);
        strict_1.default.equal(missing.status, 2);
        strict_1.default.match(missing.stderr, /base ref "origin\/main" is not in this repository \(this is a shallow clone/);
        const command = /\n {2}(git fetch [^\n]+)\n/.exec(missing.stderr)?.[1];
        strict_1.default.equal(command, "git fetch --no-tags --depth=1 origin +refs/heads/main:refs/remotes/origin/main");
        const fetched = (0, node_child_process_1.spawnSync)("sh", ["-c", command], { cwd: clone, env: git_repo_1.GIT_ENV, encoding: "utf8" });
        strict_1.default.equal(fetched.status, 0, fetched.stderr);
        const r = (0, git_repo_1.run)(["diff", "--base", "origin/main", "--format", "json"], clone);
        strict_1.default.equal(r.status, 0, r.stderr);
        const result = JSON.parse(r.stdout);
        strict_1.default.deepEqual(result.changes.map((c) => [c.change, c.function, c.before?.outputTokens, c.after?.outputTokens]).sort(), [
            ["changed", "answer", 400, 4000],
            ["changed", "complete", 400, 4000],
        ]);
    });
});
describe("costlint diff formats", () => {
    let dir;
    let json;
    before(() => {
        dir = changedRepo();
        (0, git_repo_1.write)(dir, { "we,ird:name.ts": `import OpenAI from "openai";\nconst c = new OpenAI();\nexport const go = () => c.chat.completions.create({ model: "gpt-4o", messages: [] });\n` });
        json = JSON.parse((0, git_repo_1.run)(["diff", "--base", "main", "--format", "json"], dir).stdout);
    });
    it("markdown: a summary line, a table of the biggest changes, the rest and the findings collapsed", () => {
        const r = (0, git_repo_1.run)(["diff", "--base", "main", "--format", "markdown", "--fail-on-increase", "5"], dir);
        strict_1.default.equal(r.status, 1);
        const lines = r.stdout.split("\n");
        strict_1.default.match(lines[0], /^### ❌ costlint: worst case per run \$[\d.]+ → \$[\d.]+ \(\+\$[\d.]+, \+[\d.]+%\)$/);
        strict_1.default.match(r.stdout, /\n\| change \| call site \| function \| model \| in \| out \| \$\/call \| per run \| delta \|\n\| --- /);
        const rows = lines.filter((l) => /^\| (added|removed|changed) \|/.test(l));
        strict_1.default.equal(rows.length, json.changes.length);
        strict_1.default.ok(rows.some((l) => l.includes("| changed | `agent-v2.ts:") && l.includes("(was agent.ts:") && l.includes("| `plan` |") && l.includes("| 100 → 1.0k |")));
        strict_1.default.match(r.stdout, /<details><summary>2 new findings<\/summary>[\s\S]*`costlint\/require-max-tokens` \|[\s\S]*<\/details>/);
        strict_1.default.match(r.stdout, /<details><summary>1 fixed findings<\/summary>/);
    });
    it("github: ::warning annotations for new findings and cost increases (escaped), the markdown in $GITHUB_STEP_SUMMARY", () => {
        const summary = node_path_1.default.join(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-summary-")), "summary.md");
        node_fs_1.default.writeFileSync(summary, "earlier step\n");
        const r = (0, git_repo_1.run)(["diff", "--base", "main", "--format", "github"], dir, { GITHUB_STEP_SUMMARY: summary });
        strict_1.default.equal(r.status, 0, r.stderr);
        const annotations = r.stdout.split("\n").filter((l) => l.startsWith("::"));
        // 2 new findings (critique, we,ird:name.ts) + cost up: plan, complete, answer; added: critique, go
        strict_1.default.equal(annotations.length, json.findings.added.length + json.changes.filter((c) => c.change !== "removed" && (c.deltaUsd ?? 1) > 0).length);
        strict_1.default.ok(annotations.includes(annotations.find((a) => a.startsWith("::warning file=we%2Cird%3Aname.ts,line=3,col=")) ?? "missing"));
        strict_1.default.ok(annotations.some((a) => /^::warning file=agent-v2\.ts,line=\d+,title=costlint%3A cost up::LLM call cost up in plan: gpt-4o-mini, \$[\d.]+ → \$[\d.]+ per call/.test(a)));
        strict_1.default.ok(annotations.every((a) => /^::warning file=[^,:]+,line=\d+(,col=\d+)?,title=[^,:]+::[^\n\r]+$/.test(a)), annotations.join("\n"));
        strict_1.default.ok(!annotations.some((a) => a.includes("in old")), "a removed call is no warning");
        const written = node_fs_1.default.readFileSync(summary, "utf8");
        strict_1.default.ok(written.startsWith("earlier step\n### costlint: worst case per run"), written.slice(0, 80));
        strict_1.default.match(r.stdout, /worst case per run \$[\d.]+ → \$[\d.]+/);
    });
    it("table: one row per change with before → after", () => {
        const r = (0, git_repo_1.run)(["diff", "--base", "main"], dir);
        strict_1.default.equal(r.status, 0);
        strict_1.default.match(r.stdout, /^~ +agent-v2\.ts:\d+ \(was agent\.ts:\d+\) +plan +gpt-4o-mini +\d+ +100 → 1\.0k /m);
        strict_1.default.match(r.stdout, /^- +agent\.ts:\d+ +old +gpt-4o /m);
        strict_1.default.match(r.stdout, /^\+ +agent-v2\.ts:\d+ +critique +gpt-4\.1 /m);
        strict_1.default.match(r.stdout, /^new +agent-v2\.ts:\d+:\d+ +warning .*costlint\/require-max-tokens$/m);
        strict_1.default.match(r.stdout, /^fixed agent\.ts:\d+:\d+ /m);
        strict_1.default.match(r.stdout, /call sites: 2 added, 1 removed, 3 changed · findings: 2 new, 1 fixed/);
    });
});
describe("npm run demo:diff (the README's second example)", () => {
    it("builds a repository from examples/, changes it and shows the diff, offline", () => {
        const root = node_path_1.default.resolve(__dirname, "../../..");
        const demo = (0, node_child_process_1.spawnSync)(process.execPath, [node_path_1.default.join(root, "scripts/demo-diff.mjs"), "json"], { cwd: root, encoding: "utf8", env: git_repo_1.GIT_ENV });
        strict_1.default.equal(demo.status, 0, demo.stderr);
        const json = demo.stdout.slice(demo.stdout.indexOf("{"), demo.stdout.lastIndexOf("}") + 1);
        const result = JSON.parse(json);
        strict_1.default.deepEqual(result.changes.map((c) => [c.change, c.function, c.before?.file ?? null, c.after?.model]).sort(), [
            ["added", "summarise", null, "gpt-4.1"],
            ["changed", "complete", "src/lib/llm.ts", "gpt-4o"],
            ["changed", "onMessage", "src/triage.ts", "gpt-4o"],
            ["changed", "onMessageWindowed", "src/triage.ts", "gpt-4o"],
        ]);
        strict_1.default.equal(result.policy.passed, false);
        strict_1.default.deepEqual(result.findings.added.map((f) => f.ruleId).sort(), ["require-max-tokens"]);
    });
});
//# sourceMappingURL=diff.test.js.map