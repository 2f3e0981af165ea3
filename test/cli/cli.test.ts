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

describe("costlint command line (built bundle)", () => {
  it("lint examples: prints findings in ESLint's stylish shape and exits 1 on errors", () => {
    const { status, stdout } = run(["lint", "examples"]);
    assert.equal(status, 1);
    assert.match(stdout, /examples\/src\/support-bot\.ts\n {2}7:33 +error +maxRetries: 10 allows 11 attempts per call/);
    assert.match(stdout, /✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
  });

  it("exits 0 with a clean message on clean code", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-cli-"));
    fs.writeFileSync(path.join(dir, "ok.ts"), `import OpenAI from "openai";\nexport const c = new OpenAI();\n`);
    const { status, stdout } = run(["lint", dir]);
    assert.equal(status, 0);
    assert.match(stdout, /No cost risks found\./);
  });

  it("exits 2 with a clear message on bad arguments and unreadable paths", () => {
    const bad = run(["lint", "--nope"]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^costlint lint: unknown option --nope \(see costlint lint --help\)\n$/);
    const missing = run(["lint", "no/such/dir"]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /costlint: cannot read no\/such\/dir: no such file or folder/);
    const unknown = run(["frobnicate"]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
  });

  it("skips node_modules and what .gitignore excludes, but lints files named explicitly", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-walk-"));
    const bad = `import OpenAI from "openai";\nconst c = new OpenAI({ maxRetries: 50 });\n`;
    fs.mkdirSync(path.join(dir, "node_modules/x"), { recursive: true });
    fs.mkdirSync(path.join(dir, "generated"));
    fs.writeFileSync(path.join(dir, ".gitignore"), "generated/\n*.gen.ts\n");
    fs.writeFileSync(path.join(dir, "node_modules/x/a.ts"), bad);
    fs.writeFileSync(path.join(dir, "generated/b.ts"), bad);
    fs.writeFileSync(path.join(dir, "c.gen.ts"), bad);
    fs.writeFileSync(path.join(dir, "d.ts"), bad);
    const walked = run(["lint", "."], dir);
    assert.deepEqual(walked.stdout.match(/^\S+\.ts$/gm), ["d.ts"]);
    const explicit = run(["lint", "c.gen.ts"], dir);
    assert.deepEqual(explicit.stdout.match(/^\S+\.ts$/gm), ["c.gen.ts"]);
  });
});
