"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.moduleMatches = moduleMatches;
exports.exportMatches = exportMatches;
exports.isLocalModule = isLocalModule;
/** Whether a module specifier matches one of the patterns ("openai", "@langchain/*"). */
function moduleMatches(specifier, patterns) {
    for (const pattern of patterns) {
        if (pattern.endsWith("*")) {
            if (specifier.startsWith(pattern.slice(0, -1)))
                return true;
        }
        else if (specifier === pattern) {
            return true;
        }
    }
    return false;
}
/** Whether an export name matches one of the patterns ("default", "*", "/^Chat[A-Z]/"). */
function exportMatches(name, patterns) {
    for (const pattern of patterns) {
        if (pattern === "*" || pattern === name)
            return true;
        if (pattern.startsWith("/") && pattern.endsWith("/") && new RegExp(pattern.slice(1, -1)).test(name))
            return true;
    }
    return false;
}
/** A module a project wrote itself: relative paths and common path aliases. */
function isLocalModule(specifier) {
    return specifier.startsWith(".") || specifier.startsWith("@/") || specifier.startsWith("~/") || specifier.startsWith("#");
}
//# sourceMappingURL=module-match.js.map