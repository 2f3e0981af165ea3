"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GIT_ENV = exports.cli = void 0;
exports.git = git;
exports.repoWith = repoWith;
exports.write = write;
exports.run = run;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const root = node_path_1.default.resolve(__dirname, "../../..");
exports.cli = node_path_1.default.join(root, "dist/cli.js");
/** git with no user or system configuration, a fixed identity and date. */
exports.GIT_ENV = {
    ...process.env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "t",
    GIT_AUTHOR_EMAIL: "t@example.com",
    GIT_COMMITTER_NAME: "t",
    GIT_COMMITTER_EMAIL: "t@example.com",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
};
function git(cwd, ...args) {
    const run = (0, node_child_process_1.spawnSync)("git", args, { cwd, encoding: "utf8", env: exports.GIT_ENV });
    if (run.status !== 0)
        throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
    return run.stdout;
}
/** A new repository on branch main with these files committed. */
function repoWith(files) {
    const dir = node_fs_1.default.realpathSync(node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), "costlint-diff-")));
    git(dir, "init", "-q", "-b", "main");
    write(dir, files);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "base");
    return dir;
}
function write(dir, files) {
    for (const [name, text] of Object.entries(files)) {
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(node_path_1.default.join(dir, name)), { recursive: true });
        node_fs_1.default.writeFileSync(node_path_1.default.join(dir, name), text);
    }
}
function run(args, cwd, env = {}) {
    const result = (0, node_child_process_1.spawnSync)(process.execPath, [exports.cli, ...args], { cwd, encoding: "utf8", env: { ...exports.GIT_ENV, GITHUB_STEP_SUMMARY: "", ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
//# sourceMappingURL=git-repo.js.map