/** Whether a module specifier matches one of the patterns ("openai", "@langchain/*"). */
export function moduleMatches(specifier: string, patterns: readonly string[]): boolean {
  for (const pattern of patterns) {
    if (pattern.endsWith("*")) {
      if (specifier.startsWith(pattern.slice(0, -1))) return true;
    } else if (specifier === pattern) {
      return true;
    }
  }
  return false;
}

/** The regular expressions of export patterns, compiled once (the patterns are profile data: a fixed set). */
const exportPatterns = new Map<string, RegExp>();

/** Whether an export name matches one of the patterns ("default", "*", "/^Chat[A-Z]/"). */
export function exportMatches(name: string, patterns: readonly string[]): boolean {
  for (const pattern of patterns) {
    if (pattern === "*" || pattern === name) return true;
    if (pattern.startsWith("/") && pattern.endsWith("/")) {
      let regex = exportPatterns.get(pattern);
      if (!regex) exportPatterns.set(pattern, (regex = new RegExp(pattern.slice(1, -1))));
      if (regex.test(name)) return true;
    }
  }
  return false;
}

const byModule = new WeakMap<readonly { modules: readonly string[] }[], Map<string, readonly { modules: readonly string[] }[]>>();

/**
 * The entries of a list (SDK profiles) whose modules match a specifier, in the list's order: the first test of
 * matching a traced call, answered once per list and module instead of once per call and entry.
 */
export function withModule<T extends { modules: readonly string[] }>(list: readonly T[], specifier: string): readonly T[] {
  let known = byModule.get(list);
  if (!known) byModule.set(list, (known = new Map()));
  let found = known.get(specifier);
  if (!found) {
    found = list.filter((entry) => moduleMatches(specifier, entry.modules));
    if (known.size > 10_000) known.clear();
    known.set(specifier, found);
  }
  return found as readonly T[];
}

/** A module a project wrote itself: relative paths and common path aliases. */
export function isLocalModule(specifier: string): boolean {
  return specifier.startsWith(".") || specifier.startsWith("@/") || specifier.startsWith("~/") || specifier.startsWith("#");
}
