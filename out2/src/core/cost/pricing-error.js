"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PricingError = void 0;
exports.describeIssues = describeIssues;
exports.entryLabel = entryLabel;
class PricingError extends Error {
    sourceName;
    problems;
    constructor(sourceName, problems) {
        super(problems.join("\n"));
        this.sourceName = sourceName;
        this.problems = problems;
        this.name = "PricingError";
    }
}
exports.PricingError = PricingError;
/**
 * Turns zod issues into problem lines. `listName` names the array entries live in:
 * "models" for a price file (paths start with "models", i), or the name of a bare
 * array of overrides (paths start with i).
 */
function describeIssues(issues, data, sourceName, listName) {
    return issues.map((issue) => {
        const { entry, field } = splitPath(issue.path, data, listName);
        const where = [sourceName, entry, field].filter((part) => part !== "").join(": ");
        return `${where}: ${describeProblem(issue, valueAt(data, issue.path))}`;
    });
}
/** Names an entry of the list, e.g. `models[3] ("gpt-4o")`. */
function entryLabel(listName, index, entry) {
    const id = isRecord(entry) && typeof entry.id === "string" ? ` (${JSON.stringify(entry.id)})` : "";
    return `${listName}[${index}]${id}`;
}
function splitPath(path, data, listName) {
    let entryPath = [];
    if (path[0] === "models" && typeof path[1] === "number")
        entryPath = path.slice(0, 2);
    else if (typeof path[0] === "number")
        entryPath = path.slice(0, 1);
    const index = entryPath[entryPath.length - 1];
    const entry = typeof index === "number" ? entryLabel(listName, index, valueAt(data, entryPath).value) : "";
    return { entry, field: formatField(path.slice(entryPath.length)) };
}
function formatField(path) {
    let text = "";
    for (const key of path) {
        if (typeof key === "number")
            text += `[${key}]`;
        else
            text += (text === "" ? "" : ".") + String(key);
    }
    return text;
}
function describeProblem(issue, actual) {
    switch (issue.code) {
        case "invalid_type":
            if (!actual.present)
                return `missing (expected ${withArticle(issue.expected)})`;
            return `expected ${withArticle(issue.expected)}, got ${describeValueType(actual.value)}`;
        case "too_small":
            if (issue.origin === "array")
                return `expected at least ${issue.minimum} entr${issue.minimum === 1 ? "y" : "ies"}`;
            if (issue.origin === "string")
                return "expected a non-empty string";
            return `expected a number ${issue.inclusive ? ">=" : ">"} ${issue.minimum}, got ${formatValue(actual.value)}`;
        case "too_big":
            return `expected at most ${issue.maximum}, got ${formatValue(actual.value)}`;
        case "invalid_value":
            return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, got ${formatValue(actual.value)}`;
        case "unrecognized_keys":
            return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
        case "invalid_format":
            return `${issue.message}, got ${formatValue(actual.value)}`;
        default:
            return issue.message;
    }
}
function withArticle(expected) {
    const noun = expected === "int" ? "integer" : expected;
    return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
function describeValueType(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "array";
    if (typeof value === "number" && !Number.isFinite(value))
        return String(value);
    if (typeof value === "number" && !Number.isInteger(value))
        return `number ${value}`;
    return typeof value;
}
function formatValue(value) {
    if (typeof value === "string")
        return JSON.stringify(value);
    if (typeof value === "number" || typeof value === "boolean" || value === null)
        return String(value);
    return describeValueType(value);
}
function valueAt(data, path) {
    let current = data;
    for (const key of path) {
        if (!isRecord(current) && !Array.isArray(current))
            return { present: false, value: undefined };
        const container = current;
        if (!(key in container))
            return { present: false, value: undefined };
        current = container[key];
    }
    return { present: true, value: current };
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=pricing-error.js.map