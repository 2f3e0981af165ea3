"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GitTree = exports.GitError = void 0;
exports.repositoryRoot = repositoryRoot;
exports.resolveBase = resolveBase;
exports.missingRefMessage = missingRefMessage;
exports.changedPaths = changedPaths;
const node_child_process_1 = require("node:child_process");
const node_path_1 = __importDefault(require("node:path"));
/** A problem with the repository or the ref: `costlint diff` says it in one message and exits with 2. */
class GitError extends Error {
}
exports.GitError = GitError;
function git(cwd, args, input) {
    const run = (0, node_child_process_1.spawnSync)("git", args, { cwd, input, maxBuffer: 1 << 30, windowsHide: true });
    if (run.error)
        throw new GitError(`cannot run git: ${run.error.message}`);
    return { ok: run.status === 0, stdout: run.stdout, stderr: run.stderr.toString("utf8").trim() };
}
/** The top folder of the work tree that holds `cwd` (real path). */
function repositoryRoot(cwd) {
    const run = git(cwd, ["rev-parse", "--show-toplevel"]);
    if (!run.ok)
        throw new GitError(`${cwd} is not in a git work tree (${run.stderr || "git rev-parse failed"})`);
    return run.stdout.toString("utf8").trim();
}
/**
 * The commit a ref names. `A...` is the merge base of A and HEAD (as `git diff A...`): the commit a pull request
 * branched from. A ref missing from the clone gets a message with the `git fetch` command that brings it.
 */
function resolveBase(root, ref) {
    if (ref.endsWith("...")) {
        const target = ref.slice(0, -3);
        const mergeBase = git(root, ["merge-base", commitSpec(root, target, ref), "HEAD"]);
        if (!mergeBase.ok)
            throw new GitError(`no merge base of ${target} and HEAD${isShallow(root) ? ` in this shallow clone: fetch more history (git fetch --deepen=100 or --unshallow)` : ""}`);
        return mergeBase.stdout.toString("utf8").trim();
    }
    return commitSpec(root, ref, ref);
}
function commitSpec(root, ref, shown) {
    if (ref.startsWith("-"))
        throw new GitError(`"${shown}" is not a git ref`);
    const run = git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    if (run.ok)
        return run.stdout.toString("utf8").trim();
    throw new GitError(missingRefMessage(root, ref, shown));
}
function isShallow(root) {
    const run = git(root, ["rev-parse", "--is-shallow-repository"]);
    return run.ok && run.stdout.toString("utf8").trim() === "true";
}
/** What to say when a ref is not in the clone: CI checkouts are shallow and often hold one branch only. */
function missingRefMessage(root, ref, shown = ref) {
    const remotes = git(root, ["remote"]).stdout.toString("utf8").split("\n").filter(Boolean);
    const slash = ref.indexOf("/");
    const remote = slash > 0 && remotes.includes(ref.slice(0, slash)) ? ref.slice(0, slash) : undefined;
    const branch = remote ? ref.slice(slash + 1) : ref;
    const fetch = remote
        ? `git fetch --no-tags --depth=1 ${remote} +refs/heads/${branch}:refs/remotes/${remote}/${branch}`
        : `git fetch --no-tags --depth=1 ${remotes[0] ?? "origin"} ${branch}`;
    const shallow = isShallow(root) ? " (this is a shallow clone: it holds only the commits it was cloned with)" : "";
    return `base ref "${shown}" is not in this repository${shallow}. Fetch it first:\n  ${fetch}`;
}
/** The files the work tree changed since `commit`, renames followed (`git diff -M --name-status`). */
function changedPaths(root, commit) {
    const run = git(root, ["diff", "-M", "--name-status", "-z", "--no-ext-diff", "--no-textconv", commit, "--"]);
    if (!run.ok)
        throw new GitError(`git diff failed: ${run.stderr}`);
    const parts = run.stdout.toString("utf8").split("\0");
    const out = [];
    for (let i = 0; i < parts.length - 1;) {
        const code = parts[i++];
        const status = code[0];
        if (status === "R" || status === "C") {
            out.push({ status, from: parts[i], to: parts[i + 1] });
            i += 2;
        }
        else {
            out.push({ status, from: parts[i], to: parts[i] });
            i += 1;
        }
    }
    return out;
}
/** A commit's files, read with `git ls-tree` and `git cat-file --batch`: never the work tree, never the index. */
class GitTree {
    root;
    commit;
    files = new Map();
    dirs = new Map();
    texts = new Map();
    constructor(root, commit) {
        this.root = root;
        this.commit = commit;
        const run = git(root, ["ls-tree", "-r", "-z", "--long", "--full-tree", commit]);
        if (!run.ok)
            throw new GitError(`cannot list ${commit}: ${run.stderr}`);
        this.dirs.set(root, new Map());
        for (const line of run.stdout.toString("utf8").split("\0")) {
            const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t(.*)$/s.exec(line);
            if (!m || m[2] !== "blob" || m[1] === "120000")
                continue; // symlinks and submodules are not files to read
            const abs = node_path_1.default.join(root, m[5]);
            this.files.set(abs, { oid: m[3], size: Number(m[4]) });
            let child = abs;
            for (let dir = node_path_1.default.dirname(abs);; dir = node_path_1.default.dirname(dir)) {
                let entries = this.dirs.get(dir);
                const known = !!entries;
                if (!entries)
                    this.dirs.set(dir, (entries = new Map()));
                entries.set(node_path_1.default.basename(child), child !== abs);
                if (known || dir === root || dir === node_path_1.default.dirname(dir))
                    break;
                child = dir;
            }
        }
    }
    /** Every file of the tree, as absolute paths. */
    paths() {
        return [...this.files.keys()];
    }
    size(file) {
        return this.files.get(file)?.size;
    }
    entries(dir) {
        const entries = this.dirs.get(dir);
        return entries && [...entries].map(([name, isDirectory]) => ({ name, isDirectory }));
    }
    readText(file) {
        if (!this.texts.has(file))
            this.prefetch([file]);
        return this.texts.get(file);
    }
    /** Reads many files with one `git cat-file --batch`. */
    prefetch(files) {
        const wanted = files.filter((f) => !this.texts.has(f) && this.files.has(f));
        for (const f of files)
            if (!this.files.has(f))
                this.texts.set(f, undefined);
        if (wanted.length === 0)
            return;
        const run = git(this.root, ["cat-file", "--batch"], `${wanted.map((f) => this.files.get(f).oid).join("\n")}\n`);
        const out = run.stdout;
        let at = 0;
        for (const file of wanted) {
            const eol = out.indexOf(0x0a, at);
            if (eol < 0) {
                this.texts.set(file, undefined);
                continue;
            }
            const header = out.subarray(at, eol).toString("utf8").split(" ");
            at = eol + 1;
            if (header[1] !== "blob") {
                this.texts.set(file, undefined);
                continue;
            }
            const size = Number(header[2]);
            this.texts.set(file, out.subarray(at, at + size).toString("utf8"));
            at += size + 1;
        }
    }
}
exports.GitTree = GitTree;
//# sourceMappingURL=git.js.map