import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { isRepositoryRoot } from "../core/config/load";
import { errorReason, readRegularFile, SMALL_FILE_LIMIT } from "../core/project/read-file";
import { isTestFileUnder } from "../core/project/test-files";

/** The files walked: TypeScript and JavaScript, and single-file components (`.vue`, `.svelte`, `.astro`: their script parts). */
export const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte|astro)$/;
const ALWAYS_SKIPPED = new Set(["node_modules", ".git", "dist", "out", "build", ".next", "coverage", ".vscode-test"]);

export class PathError extends Error {}

/** A .gitignore's rules, anchored at its folder. */
interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

/** A folder's .gitignore: only a regular file of at most 1 MB is read (a symlink to /dev/zero or a FIFO is not). */
function readGitignore(dir: string): IgnoreScope | undefined {
  const read = readRegularFile(path.join(dir, ".gitignore"), SMALL_FILE_LIMIT);
  if (read.text === undefined) return undefined;
  try {
    return { dir, rules: ignore().add(read.text) };
  } catch {
    return undefined;
  }
}

function ignoredBy(scopes: IgnoreScope[], full: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const rel = path.relative(scope.dir, full).split(path.sep).join("/");
    if (!rel || rel.startsWith("..")) continue;
    if (scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/**
 * The folder the project's own files stop at, above `dir`: the repository root (a folder with `.git`), else the
 * working directory when `dir` is inside it, else `dir` itself. Nothing above it (a .gitignore or a
 * costlint.config.json in a parent of the checkout) applies.
 */
export function projectRootOf(dir: string, cwd: string = process.cwd()): string {
  let current = path.resolve(dir);
  for (;;) {
    if (isRepositoryRoot(current)) return current;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  const resolved = path.resolve(dir);
  const base = path.resolve(cwd);
  return resolved === base || resolved.startsWith(base.endsWith(path.sep) ? base : base + path.sep) ? base : resolved;
}

/** The .gitignore files from the project root down to `dir` (those of enclosing folders apply too). */
function enclosingScopes(dir: string, root: string): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const scope = readGitignore(current);
    if (scope) scopes.unshift(scope);
    if (current === root) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return scopes;
}

/**
 * Source files under the given paths, sorted: folders are walked (skipping node_modules and what .gitignore
 * excludes); files named explicitly are always included. A path given that does not exist throws PathError; a
 * folder that cannot be read inside the walk is added to `skipped` with its reason, and the walk goes on.
 */
export function collectFiles(paths: string[], skipped: string[] = [], cwd: string = process.cwd()): string[] {
  const found = new Set<string>();
  for (const input of paths) {
    const full = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new PathError(`cannot read ${input}: no such file or folder`);
      skipped.push(`costlint skipped ${input}: ${errorReason(error)}`);
      continue;
    }
    if (stat.isFile()) {
      found.add(full);
      continue;
    }
    if (!stat.isDirectory()) throw new PathError(`cannot read ${input}: not a file or folder`);
    walk(full, enclosingScopes(full, projectRootOf(full, cwd)), found, skipped, cwd);
  }
  return [...found].sort();
}

function walk(dir: string, scopes: IgnoreScope[], found: Set<string>, skipped: string[], cwd: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    skipped.push(`costlint skipped ${path.relative(cwd, dir) || dir}: ${errorReason(error)}`);
    return;
  }
  const own = readGitignore(dir);
  const here = own && !scopes.some((s) => s.dir === dir) ? [...scopes, own] : scopes;
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name) || ignoredBy(here, full, true)) continue;
      walk(full, here, found, skipped, cwd);
    } else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name) && !entry.name.endsWith(".d.ts") && !ignoredBy(here, full, false)) {
      found.add(full);
    }
  }
}

/**
 * The test and mock files among `files` (collectFiles' answer for `paths`): those a folder walk found whose path
 * below the folder named is a test path (`isTestFileUnder`). A file named explicitly is never one: it was asked for.
 */
export function testFilesAmong(paths: readonly string[], files: readonly string[]): Set<string> {
  // Resolved as collectFiles resolves them, so the folders are the very prefixes of the files it found.
  const inputs = paths.map((p) => path.resolve(p));
  const explicit = new Set(inputs);
  const tests = new Set<string>();
  for (const file of files) {
    if (explicit.has(file)) continue;
    const root = inputs.find((dir) => file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep));
    if (root !== undefined && isTestFileUnder(file, root)) tests.add(file);
  }
  return tests;
}
