import fs from "node:fs";
import path from "node:path";
import { defaultPricingTable } from "../cost/pricing";
import { readRegularFile, SMALL_FILE_LIMIT } from "../project/read-file";
import { parseJsonWithPositions } from "./json-positions";
import { parseConfig, type ParsedConfig } from "./parse";
import { CONFIG_FILE_NAME, defaultConfig } from "./schema";

export interface LoadedConfig extends ParsedConfig {
  /** The file read, if one was found. */
  file?: string;
}

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

/** A repository's root: a folder holding `.git` (a folder, or a file in worktrees and submodules). */
export function isRepositoryRoot(dir: string): boolean {
  try {
    fs.lstatSync(path.join(dir, ".git"));
    return true;
  } catch {
    return false;
  }
}

/**
 * The nearest costlint.config.json at or above `dir`, if any. The search stops at the repository root (a folder
 * with `.git`) or at `root` (a workspace folder), whichever comes first: a file above the project is not its own.
 */
export function findConfigFile(dir: string, root?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = root === undefined ? undefined : path.resolve(root);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate) || isSymlink(candidate)) return candidate;
    if (current === stop || isRepositoryRoot(current)) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function defaultsWith(problem: string, file?: string): LoadedConfig {
  return { config: defaultConfig(), pricing: defaultPricingTable(), problems: [problem], ...(file ? { file } : {}) };
}

/** Why a configuration file that is a symbolic link is not read: it leads out of its own folder. */
function linkProblem(file: string): string | undefined {
  if (!isSymlink(file)) return undefined;
  try {
    const target = fs.realpathSync(file);
    const home = fs.realpathSync(path.dirname(file));
    const inside = target.startsWith(home + path.sep);
    return inside ? undefined : `${file}: a symbolic link to a file outside its folder; not read, using the defaults`;
  } catch {
    return `${file}: a symbolic link that leads nowhere readable; using the defaults`;
  }
}

/**
 * Reads and validates a configuration file; cached by path, modification time and size. Never throws, never
 * blocks: only a regular file of at most 1 MB is read (a symlink to /dev/zero or a FIFO gets one message).
 */
export function loadConfigFile(file: string): LoadedConfig {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return defaultsWith(linkProblem(file) ?? `${file}: cannot be read; using the defaults`, file);
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.loaded;
  const refused = linkProblem(file);
  let loaded: LoadedConfig;
  if (refused) loaded = defaultsWith(refused, file);
  else {
    const read = readRegularFile(file, SMALL_FILE_LIMIT);
    loaded = read.error !== undefined ? defaultsWith(`${file}: ${read.error}; not read, using the defaults`, file) : parseConfigText(read.text, file);
  }
  if (cache.size > 1000) cache.clear();
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

/** Parses the text of a configuration file (JSON). Problems name the file, line:column and key. */
export function parseConfigText(text: string | undefined, file: string): LoadedConfig {
  if (text === undefined) return defaultsWith(`${file}: cannot be read; using the defaults`, file);
  const json = parseJsonWithPositions(file, text);
  if (json.syntaxError !== undefined) return defaultsWith(`${file}:${json.syntaxError}; using the defaults`.replace(`${file}:not`, `${file}: not`), file);
  return { ...parseConfig(json.value, file, json.locate), file };
}

let defaults: LoadedConfig | undefined;

/** The configuration of a project without a configuration file (one shared object). */
export function defaultLoadedConfig(): LoadedConfig {
  // The price table is built when a price is first asked for (a rule's message, an estimate), not with the configuration.
  return (defaults ??= {
    config: defaultConfig(),
    get pricing() {
      return defaultPricingTable();
    },
    problems: [],
  });
}

/** The configuration that applies to files in `dir`: the nearest file's (up to the repository or `root`), or the defaults. */
export function loadConfigFor(dir: string, root?: string): LoadedConfig {
  const file = findConfigFile(dir, root);
  return file ? loadConfigFile(file) : defaultLoadedConfig();
}

/**
 * loadConfigFor() answered once per folder: for one run over many files (the CLI), where the configuration files do
 * not change under it.
 */
export function configPerFolder(rootOf?: (dir: string) => string | undefined): (dir: string) => LoadedConfig {
  const byFolder = new Map<string, LoadedConfig>();
  return (dir) => {
    let loaded = byFolder.get(dir);
    if (!loaded) byFolder.set(dir, (loaded = loadConfigFor(dir, rootOf?.(dir))));
    return loaded;
  };
}
