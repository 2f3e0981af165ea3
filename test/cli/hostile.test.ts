/** The command line on a hostile repository: bad configuration, odd files, escape sequences, a closed pipe. */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");
const cli = path.join(root, "dist/cli.js");

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CALL_FILE = `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n`;

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-hostile-cli-"));
  fs.mkdirSync(path.join(dir, ".git"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("costlint command line on hostile input", function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  const temp = (files: Record<string, string>): string => {
    const dir = project(files);
    dirs.push(dir);
    return dir;
  };
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("keys named after Object.prototype members: exit 2, one message per key with file:line:column, no stack trace; the lint still runs", () => {
    const config = `{\n  "constructor": 1,\n  "assumptions": { "toString": 2 },\n  "rules": { "require-max-tokens": ["warn", { "hasOwnProperty": 1 }] },\n  "pricing": [{ "id": "gpt-4o", "__proto__": 1 }]\n}`;
    const dir = temp({ "a.ts": CALL_FILE, "costlint.config.json": config });
    for (const command of ["lint", "report"]) {
      const { status, stdout, stderr } = run([command], dir);
      assert.equal(status, 2, stderr);
      assert.doesNotMatch(stderr, /\n\s+at /, "no stack trace");
      const file = path.join(dir, "costlint.config.json");
      assert.ok(stderr.includes(`costlint: ${file}:2:3: unknown key "constructor"`), stderr);
      assert.ok(stderr.includes(`costlint: ${file}:3:20: assumptions.toString: unknown key`), stderr);
      assert.ok(stderr.includes(`costlint: ${file}:4:47: rules.require-max-tokens[1].hasOwnProperty: unknown option`), stderr);
      assert.match(stderr, /pricing\[0\] \("gpt-4o"\): \(entry\): unknown key "__proto__"/);
      assert.match(stdout, command === "lint" ? /a\.ts\n {2}3:\d+ +warning/ : /a\.ts:3 +openai/);
    }
  });

  it("invalid JSON: exit 2, one message with file and line:column", () => {
    const dir = temp({ "a.ts": CALL_FILE, "costlint.config.json": `{\n  "defaultModel": "gpt-4o",\n}` });
    const { status, stderr } = run(["lint"], dir);
    assert.equal(status, 2);
    assert.equal(stderr.trim().split("\n").length, 1, stderr);
    assert.ok(stderr.includes(`${path.join(dir, "costlint.config.json")}:3:1: not valid JSON`), stderr);
  });

  it("costlint.config.json and .gitignore as symlinks to /dev/zero or FIFOs: the run finishes, the config is named", () => {
    const dir = temp({ "a.ts": CALL_FILE });
    fs.symlinkSync("/dev/zero", path.join(dir, "costlint.config.json"));
    fs.symlinkSync("/dev/zero", path.join(dir, ".gitignore"));
    const zero = run(["lint"], dir);
    assert.equal(zero.status, 2, zero.stderr);
    assert.match(zero.stderr, /costlint\.config\.json: a symbolic link to a file outside its folder/);
    assert.match(zero.stdout, /a\.ts/);
    fs.rmSync(path.join(dir, "costlint.config.json"));
    fs.rmSync(path.join(dir, ".gitignore"));
    execFileSync("mkfifo", [path.join(dir, "costlint.config.json"), path.join(dir, ".gitignore"), path.join(dir, "pipe.ts")]);
    const fifo = run(["lint"], dir);
    assert.equal(fifo.status, 2, "ends (a FIFO read would wait for ever)");
    assert.match(fifo.stderr, /costlint\.config\.json: not a regular file/);
    assert.match(fifo.stdout, /a\.ts/);
  });

  it("an unreadable path is skipped with its reason and the run goes on", () => {
    const dir = temp({ "a.ts": CALL_FILE });
    fs.symlinkSync("loop.ts", path.join(dir, "loop.ts"));
    const { status, stdout, stderr } = run(["lint", "loop.ts", "a.ts"], dir);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /costlint skipped loop\.ts: a symbolic link loop/);
    assert.match(stdout, /a\.ts\n {2}3:/);
    if (process.getuid?.() !== 0) {
      // Permissions mean nothing to root: checked where the tests do not run as root.
      fs.mkdirSync(path.join(dir, "locked"));
      fs.writeFileSync(path.join(dir, "locked", "b.ts"), CALL_FILE);
      fs.chmodSync(path.join(dir, "locked"), 0);
      try {
        const locked = run(["lint"], dir);
        assert.equal(locked.status, 0, locked.stderr);
        assert.match(locked.stdout, /costlint skipped locked: permission denied/);
      } finally {
        fs.chmodSync(path.join(dir, "locked"), 0o755);
      }
    }
  });

  it("a file named with terminal escape sequences is printed escaped (text and JSON)", () => {
    const name = "evil\u001b[2J\u001b]0;owned\u0007\u009b31m.ts";
    const dir = temp({ [name]: CALL_FILE });
    const lint = run(["lint"], dir);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(lint.stdout), JSON.stringify(lint.stdout));
    assert.ok(lint.stdout.includes("evil\\x1b[2J\\x1b]0;owned\\x07\\x9b31m.ts"), lint.stdout);
    const report = run(["report", "--json"], dir);
    assert.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(report.stdout.replace(/\n/g, "")), "no raw control character in JSON");
    assert.equal(JSON.parse(report.stdout).calls[0].file, name, "the JSON value is the file's real name");
  });

  it("output piped to a reader that stops early (| head): exits quietly", () => {
    const calls = Array.from({ length: 1500 }, (_, i) => `export const c${i} = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });`).join("\n");
    const dir = temp({ "many.ts": `import OpenAI from "openai";\nconst client = new OpenAI();\n${calls}\n` });
    const result = spawnSync("bash", ["-c", `"${process.execPath}" "${cli}" lint . | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: "1" },
    });
    assert.match(result.stdout, /status=0\n/, result.stdout + result.stderr);
    assert.doesNotMatch(result.stderr, /EPIPE|Error|at /, result.stderr);
  });
});
