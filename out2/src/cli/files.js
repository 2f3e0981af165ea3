"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PathError = exports.SOURCE_EXTENSIONS = void 0;
exports.projectRootOf = projectRootOf;
exports.collectFiles = collectFiles;
exports.testFilesAmong = testFilesAmong;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const ignore_1 = __importDefault(require("ignore"));
const load_1 = require("../core/config/load");
const read_file_1 = require("../core/project/read-file");
const test_files_1 = require("../core/project/test-files");
/** The files walked: TypeScript and JavaScript, and single-file components (`.vue`, `.svelte`, `.astro`: their script parts). */
exports.SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte|astro)$/;
const ALWAYS_SKIPPED = new Set(["node_modules", ".git", "dist", "out", "build", ".next", "coverage", ".vscode-test"]);
class PathError extends Error {
}
exports.PathError = PathError;
/** A folder's .gitignore: only a regular file of at most 1 MB is read (a symlink to /dev/zero or a FIFO is not). */
function readGitignore(dir) {
    const read = (0, read_file_1.readRegularFile)(node_path_1.default.join(dir, ".gitignore"), read_file_1.SMALL_FILE_LIMIT);
    if (read.text === undefined)
        return undefined;
    try {
        return { dir, rules: (0, ignore_1.default)().add(read.text) };
    }
    catch {
        return undefined;
    }
}
function ignoredBy(scopes, full, isDir) {
    for (const scope of scopes) {
        const rel = node_path_1.default.relative(scope.dir, full).split(node_path_1.default.sep).join("/");
        if (!rel || rel.startsWith(".."))
            continue;
        if (scope.rules.ignores(isDir ? `${rel}/` : rel))
            return true;
    }
    return false;
}
/**
 * The folder the project's own files stop at, above `dir`: the repository root (a folder with `.git`), else the
 * working directory when `dir` is inside it, else `dir` itself. Nothing above it (a .gitignore or a
 * costlint.config.json in a parent of the checkout) applies.
 */
function projectRootOf(dir, cwd = process.cwd()) {
    let current = node_path_1.default.resolve(dir);
    for (;;) {
        if ((0, load_1.isRepositoryRoot)(current))
            return current;
        const parent = node_path_1.default.dirname(current);
        if (parent === current)
            break;
        current = parent;
    }
    const resolved = node_path_1.default.resolve(dir);
    const base = node_path_1.default.resolve(cwd);
    return resolved === base || resolved.startsWith(base.endsWith(node_path_1.default.sep) ? base : base + node_path_1.default.sep) ? base : resolved;
}
/** The .gitignore files from the project root down to `dir` (those of enclosing folders apply too). */
function enclosingScopes(dir, root) {
    const scopes = [];
    let current = node_path_1.default.resolve(dir);
    for (;;) {
        const scope = readGitignore(current);
        if (scope)
            scopes.unshift(scope);
        if (current === root)
            break;
        const parent = node_path_1.default.dirname(current);
        if (parent === current)
            break;
        current = parent;
    }
    return scopes;
}
/**
 * Source files under the given paths, sorted: folders are walked (skipping node_modules and what .gitignore
 * excludes); files named explicitly are always included. A path given that does not exist throws PathError; a
 * folder that cannot be read inside the walk is added to `skipped` with its reason, and the walk goes on.
 */
function collectFiles(paths, skipped = [], cwd = process.cwd()) {
    const found = new Set();
    for (const input of paths) {
        const full = node_path_1.default.resolve(input);
        let stat;
        try {
            stat = node_fs_1.default.statSync(full);
        }
        catch (error) {
            if (error.code === "ENOENT")
                throw new PathError(`cannot read ${input}: no such file or folder`);
            skipped.push(`costlint skipped ${input}: ${(0, read_file_1.errorReason)(error)}`);
            continue;
        }
        if (stat.isFile()) {
            found.add(full);
            continue;
        }
        if (!stat.isDirectory())
            throw new PathError(`cannot read ${input}: not a file or folder`);
        walk(full, enclosingScopes(full, projectRootOf(full, cwd)), found, skipped, cwd);
    }
    return [...found].sort();
}
function walk(dir, scopes, found, skipped, cwd) {
    let entries;
    try {
        entries = node_fs_1.default.readdirSync(dir, { withFileTypes: true });
    }
    catch (error) {
        skipped.push(`costlint skipped ${node_path_1.default.relative(cwd, dir) || dir}: ${(0, read_file_1.errorReason)(error)}`);
        return;
    }
    const own = readGitignore(dir);
    const here = own && !scopes.some((s) => s.dir === dir) ? [...scopes, own] : scopes;
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = node_path_1.default.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (ALWAYS_SKIPPED.has(entry.name) || ignoredBy(here, full, true))
                continue;
            walk(full, here, found, skipped, cwd);
        }
        else if (entry.isFile() && exports.SOURCE_EXTENSIONS.test(entry.name) && !entry.name.endsWith(".d.ts") && !ignoredBy(here, full, false)) {
            found.add(full);
        }
    }
}
/**
 * The test and mock files among `files` (collectFiles' answer for `paths`): those a folder walk found whose path
 * below the folder named is a test path (`isTestFileUnder`). A file named explicitly is never one: it was asked for.
 */
function testFilesAmong(paths, files) {
    // Resolved as collectFiles resolves them, so the folders are the very prefixes of the files it found.
    const inputs = paths.map((p) => node_path_1.default.resolve(p));
    const explicit = new Set(inputs);
    const tests = new Set();
    for (const file of files) {
        if (explicit.has(file))
            continue;
        const root = inputs.find((dir) => file.startsWith(dir.endsWith(node_path_1.default.sep) ? dir : dir + node_path_1.default.sep));
        if (root !== undefined && (0, test_files_1.isTestFileUnder)(file, root))
            tests.add(file);
    }
    return tests;
}
//# sourceMappingURL=files.js.map