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
const root = node_path_1.default.resolve(__dirname, "../../..");
const cli = node_path_1.default.join(root, "dist/cli.js");
function run(args, cwd = root) {
    const result = (0, node_child_process_1.spawnSync)(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
describe("costlint command line (built bundle)", () => {
    it("lint examples: prints findings in ESLint's stylish shape and exits 1 on errors", () => {
        const { status, stdout } = run(["lint", "examples"]);
        strict_1.default.equal(status, 1);
        strict_1.default.match(stdout, /examples\/src\/support-bot\.ts\n {2}7:33 +error +maxRetries: 10 allows 11 attempts per call/);
        strict_1.default.match(stdout, /✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
    });
    it("exits 0 with a clean message on clean code", () => {
        const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-cli-"));
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "ok.ts"), `import OpenAI from "openai";\nexport const c = new OpenAI();\n`);
        const { status, stdout } = run(["lint", dir]);
        strict_1.default.equal(status, 0);
        strict_1.default.match(stdout, /No cost risks found\./);
    });
    it("exits 2 with a clear message on bad arguments and unreadable paths", () => {
        const bad = run(["lint", "--nope"]);
        strict_1.default.equal(bad.status, 2);
        strict_1.default.match(bad.stderr, /^costlint lint: unknown option --nope \(see costlint lint --help\)\n$/);
        const missing = run(["lint", "no/such/dir"]);
        strict_1.default.equal(missing.status, 2);
        strict_1.default.match(missing.stderr, /costlint: cannot read no\/such\/dir: no such file or folder/);
        const unknown = run(["frobnicate"]);
        strict_1.default.equal(unknown.status, 2);
        strict_1.default.match(unknown.stderr, /unknown command "frobnicate"/);
    });
    it("skips node_modules and what .gitignore excludes, but lints files named explicitly", () => {
        const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-walk-"));
        const bad = `import OpenAI from "openai";\nconst c = new OpenAI({ maxRetries: 50 });\n`;
        node_fs_1.default.mkdirSync(node_path_1.default.join(dir, "node_modules/x"), { recursive: true });
        node_fs_1.default.mkdirSync(node_path_1.default.join(dir, "generated"));
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, ".gitignore"), "generated/\n*.gen.ts\n");
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "node_modules/x/a.ts"), bad);
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "generated/b.ts"), bad);
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "c.gen.ts"), bad);
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, "d.ts"), bad);
        const walked = run(["lint", "."], dir);
        strict_1.default.deepEqual(walked.stdout.match(/^\S+\.ts$/gm), ["d.ts"]);
        const explicit = run(["lint", "c.gen.ts"], dir);
        strict_1.default.deepEqual(explicit.stdout.match(/^\S+\.ts$/gm), ["c.gen.ts"]);
    });
});
//# sourceMappingURL=cli.test.js.map