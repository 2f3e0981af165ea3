// npm run demo:diff: costlint diff on a pull request made up from examples/, offline.
// Copies examples/ into a temporary git repository, commits it as main, makes a change in the work tree
// (a wrapper's model, a renamed file, a new call with no output cap) and runs `costlint diff --base main`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const format = process.argv[2] ?? "table";
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "demo",
  GIT_AUTHOR_EMAIL: "demo@example.com",
  GIT_COMMITTER_NAME: "demo",
  GIT_COMMITTER_EMAIL: "demo@example.com",
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-demo-diff-"));

function git(...args) {
  const run = spawnSync("git", args, { cwd: dir, env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
}

function edit(file, from, to) {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, "utf8");
  if (!text.includes(from)) throw new Error(`demo: ${file} no longer contains ${JSON.stringify(from)}`);
  fs.writeFileSync(full, text.replace(from, to));
}

let status = 0;
try {
  fs.cpSync(path.join(root, "examples"), dir, { recursive: true });
  // examples/ points its $schema at the repository's schema folder: keep the file valid where it now lives.
  edit("costlint.config.json", '"$schema": "../schema/costlint.config.schema.json",\n', "");
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "main");
  // The pull request: the shared wrapper moves to a bigger model, triage.ts is renamed, and a new call has no cap.
  edit("src/lib/llm.ts", 'model: "gpt-4o-mini"', 'model: "gpt-4o"');
  git("mv", "src/triage.ts", "src/ticket-triage.ts");
  fs.appendFileSync(
    path.join(dir, "src/ticket-triage.ts"),
    `\n// new in this change: a summary with no output cap\nexport async function summarise(ticket: string) {\n  return openai.responses.create({ model: "gpt-4.1", input: \`Summarise this ticket: \${ticket}\` });\n}\n`,
  );
  console.log(`$ costlint diff --base main --format ${format} --fail-on-increase 10   (in ${dir})\n`);
  const run = spawnSync(process.execPath, [path.join(root, "dist/cli.js"), "diff", "--base", "main", "--format", format, "--fail-on-increase", "10"], {
    cwd: dir,
    env,
    stdio: "inherit",
  });
  console.log(`\n(exit code ${run.status}: 1 means the policy failed, as it should here)`);
  status = run.status === 1 ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exitCode = status;
