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

/** Whether an export name matches one of the patterns ("default", "*", "/^Chat[A-Z]/"). */
export function exportMatches(name: string, patterns: readonly string[]): boolean {
  for (const pattern of patterns) {
    if (pattern === "*" || pattern === name) return true;
    if (pattern.startsWith("/") && pattern.endsWith("/") && new RegExp(pattern.slice(1, -1)).test(name)) return true;
  }
  return false;
}

/** A module a project wrote itself: relative paths and common path aliases. */
export function isLocalModule(specifier: string): boolean {
  return specifier.startsWith(".") || specifier.startsWith("@/") || specifier.startsWith("~/") || specifier.startsWith("#");
}
