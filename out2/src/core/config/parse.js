"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseConfig = parseConfig;
exports.ruleOptionsFrom = ruleOptionsFrom;
exports.ruleSeverityFrom = ruleSeverityFrom;
const pricing_1 = require("../cost/pricing");
const pricing_error_1 = require("../cost/pricing-error");
const rules_1 = require("../rules");
const pricing_schema_1 = require("../cost/pricing-schema");
const schema_1 = require("./schema");
function describeValue(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    return typeof value === "object" ? "an object" : String(value);
}
function issueText(issue, value) {
    if (issue.code === "unrecognized_keys")
        return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    const got = value === undefined ? "" : `, got ${describeValue(value)}`;
    const message = issue.message
        .replace(/^Invalid input: /, "")
        .replace(/, received \w+$/, "")
        .replace(/^Too big: expected (\w+) to be <=?/, "expected a $1 of at most ")
        .replace(/^Too small: expected (\w+) to be >=?/, "expected a $1 of at least ");
    return `${message}${got}`;
}
function valueAt(data, path) {
    let current = data;
    for (const key of path) {
        if (current === null || typeof current !== "object")
            return undefined;
        if (!Object.hasOwn(current, key))
            return undefined;
        current = current[key];
    }
    return current;
}
/** Keys whose value is an object of settings: each setting is checked on its own. */
const NESTED = new Map([
    ["assumptions", schema_1.assumptionsSchema],
    ["budget", schema_1.budgetSchema],
    ["diff", schema_1.diffPolicySchema],
]);
/** A key of a schema's shape, looked up as an own property only (a key named `constructor` is just unknown). */
function shapeField(schema, key) {
    return Object.hasOwn(schema.shape, key) ? schema.shape[key] : undefined;
}
const SEVERITY_TEXT = `"off", "warn", "error", 0, 1 or 2`;
/**
 * Validates a configuration object key by key: a bad key gets a message naming the file, the key and what was
 * expected, and its default; the other keys keep their values. Settings inside `assumptions` and `budget`, rules
 * and price overrides are checked one by one: a bad one does not discard its neighbours.
 */
function parseConfig(data, sourceName, locate) {
    const problems = [];
    /** The file and, where the text has the key, its line:column. */
    const at = (path) => {
        const position = locate?.(path);
        return position ? `${sourceName}:${position}` : sourceName;
    };
    const defaults = (0, schema_1.defaultConfig)();
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
        return { config: defaults, pricing: (0, pricing_1.defaultPricingTable)(), problems: [`${sourceName}: expected an object at the top level, got ${describeValue(data)}; using the defaults`] };
    }
    const input = data;
    const kept = {};
    /** The position in the file of each kept price override. */
    let pricingIndexes = [];
    const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
    for (const [key, value] of Object.entries(input)) {
        const field = shapeField(schema_1.configSchema, key);
        if (!field) {
            problems.push(`${at([key])}: unknown key "${key}" (expected one of ${Object.keys(schema_1.configSchema.shape).filter((k) => k !== "$schema").join(", ")}); ignored`);
            continue;
        }
        const nested = NESTED.get(key);
        if (nested && isObject(value)) {
            const settings = {};
            for (const [name, setting] of Object.entries(value)) {
                const settingSchema = shapeField(nested, name);
                if (!settingSchema) {
                    problems.push(`${at([key, name])}: ${key}.${name}: unknown key (expected one of ${Object.keys(nested.shape).join(", ")}); ignored`);
                    continue;
                }
                const parsed = settingSchema.safeParse(setting);
                if (parsed.success)
                    settings[name] = setting;
                else
                    problems.push(...issueLines(sourceName, locate, [key, name], parsed.error.issues, setting, "using the default"));
            }
            kept[key] = settings;
            continue;
        }
        if (key === "rules" && isObject(value)) {
            const rules = {};
            for (const [id, setting] of Object.entries(value)) {
                // Only known rule ids go on (a key named `__proto__` or `constructor` is an unknown rule, nothing more).
                if (!rules_1.RULES.some((r) => r.id === id.replace(/^costlint\//, ""))) {
                    problems.push(`${at(["rules", id])}: rules.${id}: unknown rule (expected one of ${rules_1.RULES.map((r) => r.id).join(", ")}); ignored`);
                }
                else if (schema_1.ruleSettingSchema.safeParse(setting).success)
                    rules[id] = setting;
                else
                    problems.push(`${at(["rules", id])}: rules.${id}: expected a severity (${SEVERITY_TEXT}) or [severity, options], got ${describeValue(setting)}; ignored`);
            }
            kept[key] = rules;
            continue;
        }
        if (key === "pricing" && Array.isArray(value)) {
            // Each override on its own: a bad entry is named (index, id and field) and skipped.
            pricingIndexes = [];
            kept[key] = value.filter((entry, i) => {
                const parsed = pricing_schema_1.priceOverrideSchema.safeParse(entry);
                if (parsed.success) {
                    pricingIndexes.push(i);
                    return true;
                }
                const label = `pricing[${i}]${entry && typeof entry === "object" && typeof entry.id === "string" ? ` (${JSON.stringify(entry.id)})` : ""}`;
                for (const issue of parsed.error.issues) {
                    const where = issue.path.map(String).join(".") || "(entry)";
                    problems.push(`${at(["pricing", i, ...issue.path.map((k) => (typeof k === "number" ? k : String(k)))])}: ${label}: ${where}: ${issueText(issue, valueAt(entry, issue.path))}; entry ignored`);
                }
                return false;
            });
            continue;
        }
        const parsed = field.safeParse(value);
        if (parsed.success)
            kept[key] = value;
        else
            problems.push(...issueLines(sourceName, locate, [key], parsed.error.issues, value, "using the default"));
    }
    const config = schema_1.configSchema.parse(kept);
    // Rule options: unknown keys are rejected (as ESLint does) and dropped; a bad value drops the rule's options.
    for (const [id, setting] of Object.entries(config.rules)) {
        const rule = rules_1.RULES.find((r) => r.id === id.replace(/^costlint\//, ""));
        if (!Array.isArray(setting) || setting[1] === undefined)
            continue;
        const raw = setting[1];
        if (!isObject(raw)) {
            problems.push(`${at(["rules", id, 1])}: rules.${id}[1]: expected an object of options, got ${describeValue(raw)}; using the rule's defaults`);
            config.rules[id] = [setting[0]];
            continue;
        }
        const unknown = Object.keys(raw).filter((k) => !Object.hasOwn(rule.options.shape, k));
        for (const k of unknown) {
            problems.push(`${at(["rules", id, 1, k])}: rules.${id}[1].${k}: unknown option (expected one of ${Object.keys(rule.options.shape).join(", ")}); ignored`);
        }
        const known = Object.fromEntries(Object.entries(raw).filter(([k]) => Object.hasOwn(rule.options.shape, k)));
        const options = rule.options.safeParse(known);
        if (!options.success) {
            for (const issue of options.error.issues) {
                const path = issue.path.map((k) => (typeof k === "number" ? k : String(k)));
                problems.push(`${at(["rules", id, 1, ...path])}: rules.${id}[1].${path.join(".") || "(options)"}: ${issueText(issue, valueAt(known, issue.path))}; using the rule's defaults`);
            }
            config.rules[id] = [setting[0]];
        }
        else if (unknown.length) {
            config.rules[id] = [setting[0], known];
        }
    }
    // Price overrides in one pass: one that cannot be applied (a new model missing fields) is the only one lost.
    const overrides = (0, pricing_1.applyPricingOverrides)((0, pricing_1.defaultPricingTable)(), config.pricing, {
        sourceOf: (position) => `${sourceName}: pricing[${pricingIndexes[position] ?? position}]`,
        labelOf: (position, override) => `${at(["pricing", pricingIndexes[position] ?? position])}: ${(0, pricing_error_1.entryLabel)("pricing", pricingIndexes[position] ?? position, override)}`,
    });
    const pricing = overrides.table;
    for (const problem of overrides.problems)
        problems.push(`${problem}; entry ignored`);
    const applied = overrides.applied.map((position) => config.pricing[position]);
    config.pricing = applied;
    if (!(0, pricing_1.resolveModel)(pricing, config.defaultModel)) {
        problems.push(`${at(["defaultModel"])}: defaultModel: "${config.defaultModel}" is not a known model (expected a model of the pricing table, or one added under "pricing"); calls with no known model are priced at the built-in default of their provider`);
    }
    return { config, pricing, problems };
}
function issueLines(sourceName, locate, path, issues, value, consequence) {
    return issues.map((issue) => {
        const where = [...path, ...issue.path.map(String)].join(".");
        const position = locate?.([...path, ...issue.path.map((k) => (typeof k === "number" ? k : String(k)))]);
        return `${position ? `${sourceName}:${position}` : sourceName}: ${where}: ${issueText(issue, valueAt(value, issue.path))}; ${consequence}`;
    });
}
/** The rule options a configuration sets for a rule (without the `costlint/` prefix). */
function ruleOptionsFrom(config, ruleId) {
    const setting = ruleSetting(config, ruleId);
    return Array.isArray(setting) && setting[1] && typeof setting[1] === "object" ? setting[1] : undefined;
}
/** The severity a configuration sets for a rule, if any. */
function ruleSeverityFrom(config, ruleId) {
    const setting = ruleSetting(config, ruleId);
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (level === undefined)
        return undefined;
    return level === 0 || level === "off" ? "off" : level === 1 || level === "warn" ? "warn" : "error";
}
/** A rule's setting, looked up as an own property only. */
function ruleSetting(config, ruleId) {
    for (const key of [ruleId, `costlint/${ruleId}`])
        if (Object.hasOwn(config.rules, key))
            return config.rules[key];
    return undefined;
}
//# sourceMappingURL=parse.js.map