import fs from "node:fs";
import path from "node:path";
import { defaultPricingTable } from "../cost/pricing";
import { parseConfig, type ParsedConfig } from "./parse";
import { CONFIG_FILE_NAME, defaultConfig } from "./schema";

export interface LoadedConfig extends ParsedConfig {
  /** The file read, if one was found. */
  file?: string;
}

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

/** The nearest costlint.config.json at or above `dir`, if any. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads and validates a configuration file; cached by path, modification time and size. Never throws. */
export function loadConfigFile(file: string): LoadedConfig {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { config: defaultConfig(), pricing: defaultPricingTable(), problems: [`${file}: cannot be read; using the defaults`] };
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.loaded;
  const loaded = parseConfigText(safeRead(file), file);
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

function safeRead(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Parses the text of a configuration file (JSON). */
export function parseConfigText(text: string | undefined, file: string): LoadedConfig {
  const name = file;
  if (text === undefined) return { config: defaultConfig(), pricing: defaultPricingTable(), problems: [`${name}: cannot be read; using the defaults`], file };
  let data: unknown;
  try {
    data = text.trim() === "" ? {} : JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { config: defaultConfig(), pricing: defaultPricingTable(), problems: [`${name}: not valid JSON (${message}); using the defaults`], file };
  }
  return { ...parseConfig(data, name), file };
}

let defaults: LoadedConfig | undefined;

/** The configuration of a project without a configuration file (one shared object). */
export function defaultLoadedConfig(): LoadedConfig {
  return (defaults ??= { config: defaultConfig(), pricing: defaultPricingTable(), problems: [] });
}

/** The configuration that applies to files in `dir`: the nearest file's, or the defaults. */
export function loadConfigFor(dir: string): LoadedConfig {
  const file = findConfigFile(dir);
  return file ? loadConfigFile(file) : defaultLoadedConfig();
}

/**
 * loadConfigFor() answered once per folder: for one run over many files (the CLI), where the configuration files do
 * not change under it.
 */
export function configPerFolder(): (dir: string) => LoadedConfig {
  const byFolder = new Map<string, LoadedConfig>();
  return (dir) => {
    let loaded = byFolder.get(dir);
    if (!loaded) byFolder.set(dir, (loaded = loadConfigFor(dir)));
    return loaded;
  };
}
