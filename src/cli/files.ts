import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";

export const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const ALWAYS_SKIPPED = new Set(["node_modules", ".git", "dist", "out", "build", ".next", "coverage", ".vscode-test"]);

export class PathError extends Error {}

/** A .gitignore's rules, anchored at its folder. */
interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

function readGitignore(dir: string): IgnoreScope | undefined {
  const file = path.join(dir, ".gitignore");
  try {
    return { dir, rules: ignore().add(fs.readFileSync(file, "utf8")) };
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

/** The .gitignore files from the filesystem root's side down to `dir` (those of enclosing folders apply too). */
function enclosingScopes(dir: string): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const scope = readGitignore(current);
    if (scope) scopes.unshift(scope);
    if (fs.existsSync(path.join(current, ".git"))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return scopes;
}

/**
 * Source files under the given paths, sorted: folders are walked (skipping node_modules and what .gitignore
 * excludes); files named explicitly are always included. Unreadable paths throw PathError.
 */
export function collectFiles(paths: string[]): string[] {
  const found = new Set<string>();
  for (const input of paths) {
    const full = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new PathError(`cannot read ${input}: no such file or folder`);
    }
    if (stat.isFile()) {
      found.add(full);
      continue;
    }
    if (!stat.isDirectory()) throw new PathError(`cannot read ${input}: not a file or folder`);
    walk(full, enclosingScopes(full), found);
  }
  return [...found].sort();
}

function walk(dir: string, scopes: IgnoreScope[], found: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new PathError(`cannot read ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const own = readGitignore(dir);
  const here = own && !scopes.some((s) => s.dir === dir) ? [...scopes, own] : scopes;
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name) || ignoredBy(here, full, true)) continue;
      walk(full, here, found);
    } else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name) && !entry.name.endsWith(".d.ts") && !ignoredBy(here, full, false)) {
      found.add(full);
    }
  }
}
