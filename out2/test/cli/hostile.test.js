"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/** The command line on a hostile repository: bad configuration, odd files, escape sequences, a closed pipe. */
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const root = node_path_1.default.resolve(__dirname, "../../..");
const cli = node_path_1.default.join(root, "dist/cli.js");
function run(args, cwd) {
    const result = (0, node_child_process_1.spawnSync)(process.execPath, [cli, ...args], { cwd, encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const CALL_FILE = `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n`;
function project(files) {
    const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-hostile-cli-"));
    node_fs_1.default.mkdirSync(node_path_1.default.join(dir, ".git"));
    for (const [name, text] of Object.entries(files))
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, name), text);
    return dir;
}
describe("costlint command line on hostile input", function () {
    this.timeout(300_000);
    const dirs = [];
    const temp = (files) => {
        const dir = project(files);
        dirs.push(dir);
        return dir;
    };
    after(() => dirs.forEach((d) => node_fs_1.default.rmSync(d, { recursive: true, force: true })));
    it("keys named after Object.prototype members: exit 2, one message per key with file:line:column, no stack trace; the lint still runs", () => {
        const config = `{\n  "constructor": 1,\n  "assumptions": { "toString": 2 },\n  "rules": { "require-max-tokens": ["warn", { "hasOwnProperty": 1 }] },\n  "pricing": [{ "id": "gpt-4o", "__proto__": 1 }]\n}`;
        const dir = temp({ "a.ts": CALL_FILE, "costlint.config.json": config });
        for (const command of ["lint", "report"]) {
            const { status, stdout, stderr } = run([command], dir);
            strict_1.default.equal(status, 2, stderr);
            strict_1.default.doesNotMatch(stderr, /\n\s+at /, "no stack trace");
            const file = node_path_1.default.join(dir, "costlint.config.json");
            strict_1.default.ok(stderr.includes(`costlint: ${file}:2:3: unknown key "constructor"`), stderr);
            strict_1.default.ok(stderr.includes(`costlint: ${file}:3:20: assumptions.toString: unknown key`), stderr);
            strict_1.default.ok(stderr.includes(`costlint: ${file}:4:47: rules.require-max-tokens[1].hasOwnProperty: unknown option`), stderr);
            strict_1.default.match(stderr, /pricing\[0\] \("gpt-4o"\): \(entry\): unknown key "__proto__"/);
            strict_1.default.match(stdout, command === "lint" ? /a\.ts\n {2}3:\d+ +warning/ : /a\.ts:3 +openai/);
        }
    });
    it("invalid JSON: exit 2, one message with file and line:column", () => {
        const dir = temp({ "a.ts": CALL_FILE, "costlint.config.json": `{\n  "defaultModel": "gpt-4o",\n}` });
        const { status, stderr } = run(["lint"], dir);
        strict_1.default.equal(status, 2);
        strict_1.default.equal(stderr.trim().split("\n").length, 1, stderr);
        strict_1.default.ok(stderr.includes(`${node_path_1.default.join(dir, "costlint.config.json")}:3:1: not valid JSON`), stderr);
    });
    it("costlint.config.json and .gitignore as symlinks to /dev/zero or FIFOs: the run finishes, the config is named", () => {
        const dir = temp({ "a.ts": CALL_FILE });
        node_fs_1.default.symlinkSync("/dev/zero", node_path_1.default.join(dir, "costlint.config.json"));
        node_fs_1.default.symlinkSync("/dev/zero", node_path_1.default.join(dir, ".gitignore"));
        const zero = run(["lint"], dir);
        strict_1.default.equal(zero.status, 2, zero.stderr);
        strict_1.default.match(zero.stderr, /costlint\.config\.json: a symbolic link to a file outside its folder/);
        strict_1.default.match(zero.stdout, /a\.ts/);
        node_fs_1.default.rmSync(node_path_1.default.join(dir, "costlint.config.json"));
        node_fs_1.default.rmSync(node_path_1.default.join(dir, ".gitignore"));
        (0, node_child_process_1.execFileSync)("mkfifo", [node_path_1.default.join(dir, "costlint.config.json"), node_path_1.default.join(dir, ".gitignore"), node_path_1.default.join(dir, "pipe.ts")]);
        const fifo = run(["lint"], dir);
        strict_1.default.equal(fifo.status, 2, "ends (a FIFO read would wait for ever)");
        strict_1.default.match(fifo.stderr, /costlint\.config\.json: not a regular file/);
        strict_1.default.match(fifo.stdout, /a\.ts/);
    });
    it("an unreadable path is skipped with its reason and the run goes on", () => {
        const dir = temp({ "a.ts": CALL_FILE });
        node_fs_1.default.symlinkSync("loop.ts", node_path_1.default.join(dir, "loop.ts"));
        const { status, stdout, stderr } = run(["lint", "loop.ts", "a.ts"], dir);
        strict_1.default.equal(status, 0, stderr);
        strict_1.default.match(stdout, /costlint skipped loop\.ts: a symbolic link loop/);
        strict_1.default.match(stdout, /a\.ts\n {2}3:/);
        if (process.getuid?.() !== 0) {
            // Permissions mean nothing to root: checked where the tests do not run as root.
            node_fs_1.default.mkdirSync(node_path_1.default.join(dir, "locked"));
            node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "locked", "b.ts"), CALL_FILE);
            node_fs_1.default.chmodSync(node_path_1.default.join(dir, "locked"), 0);
            try {
                const locked = run(["lint"], dir);
                strict_1.default.equal(locked.status, 0, locked.stderr);
                strict_1.default.match(locked.stdout, /costlint skipped locked: permission denied/);
            }
            finally {
                node_fs_1.default.chmodSync(node_path_1.default.join(dir, "locked"), 0o755);
            }
        }
    });
    it("a file named with terminal escape sequences is printed escaped (text and JSON)", () => {
        const name = "evil\u001b[2J\u001b]0;owned\u0007\u009b31m.ts";
        const dir = temp({ [name]: CALL_FILE });
        const lint = run(["lint"], dir);
        strict_1.default.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(lint.stdout), JSON.stringify(lint.stdout));
        strict_1.default.ok(lint.stdout.includes("evil\\x1b[2J\\x1b]0;owned\\x07\\x9b31m.ts"), lint.stdout);
        const report = run(["report", "--json"], dir);
        strict_1.default.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(report.stdout.replace(/\n/g, "")), "no raw control character in JSON");
        strict_1.default.equal(JSON.parse(report.stdout).calls[0].file, name, "the JSON value is the file's real name");
    });
    it("output piped to a reader that stops early (| head): exits quietly", () => {
        const calls = Array.from({ length: 1500 }, (_, i) => `export const c${i} = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });`).join("\n");
        const dir = temp({ "many.ts": `import OpenAI from "openai";\nconst client = new OpenAI();\n${calls}\n` });
        const result = (0, node_child_process_1.spawnSync)("bash", ["-c", `"${process.execPath}" "${cli}" lint . | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], {
            cwd: dir,
            encoding: "utf8",
            timeout: 120_000,
            env: { ...process.env, NO_COLOR: "1" },
        });
        strict_1.default.match(result.stdout, /status=0\n/, result.stdout + result.stderr);
        strict_1.default.doesNotMatch(result.stderr, /EPIPE|Error|at /, result.stderr);
    });
});
//# sourceMappingURL=hostile.test.js.map