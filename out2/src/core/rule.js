"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DOCS_BASE_URL = void 0;
exports.docsUrl = docsUrl;
exports.createRule = createRule;
exports.formatMessage = formatMessage;
exports.parseRuleOptions = parseRuleOptions;
exports.toFinding = toFinding;
exports.DOCS_BASE_URL = "https://github.com/costlint/costlint/blob/main/docs/rules/";
function docsUrl(ruleId) {
    return `${exports.DOCS_BASE_URL}${ruleId}.md`;
}
/** Defines a rule: injects the docs URL and validates that every message placeholder exists. */
function createRule(rule) {
    return { ...rule, docsUrl: docsUrl(rule.id) };
}
/** A template split once at its placeholders: even positions are text, odd positions placeholder names. */
const parsedTemplates = new Map();
function parseTemplate(template) {
    let parsed = parsedTemplates.get(template);
    if (parsed)
        return parsed;
    parsed = { parts: [], wholes: [] };
    const placeholder = /\{\{\s*(\w+)\s*\}\}/g;
    let last = 0;
    for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
        parsed.parts.push(template.slice(last, m.index), m[1]);
        parsed.wholes.push(m[0]);
        last = m.index + m[0].length;
    }
    parsed.parts.push(template.slice(last));
    // Messages come from the rules' metadata: a handful of templates, whatever the files hold.
    if (parsedTemplates.size < 1000)
        parsedTemplates.set(template, parsed);
    return parsed;
}
/** Fills `{{name}}` placeholders of a message (an unknown name stays as written). */
function formatMessage(template, data = {}) {
    const { parts, wholes } = parseTemplate(template);
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
        const key = parts[i];
        out += (key in data ? String(data[key]) : wholes[(i - 1) / 2]) + parts[i + 1];
    }
    return out;
}
const parsedOptions = new WeakMap();
/** Parses rule options (memoized per rule and options value: every file of a run has the same). */
function parseRuleOptions(rule, raw) {
    let byKey = parsedOptions.get(rule);
    if (!byKey) {
        byKey = new Map();
        parsedOptions.set(rule, byKey);
    }
    const key = JSON.stringify(raw ?? {});
    const hit = byKey.get(key);
    if (hit)
        return hit;
    const result = parseRuleOptionsUncached(rule, raw);
    if (byKey.size < 100)
        byKey.set(key, result);
    return result;
}
/** Parses rule options, falling back to defaults for invalid keys; returns the problems found. */
function parseRuleOptionsUncached(rule, raw) {
    const parsed = rule.options.safeParse(raw ?? {});
    if (parsed.success)
        return { options: parsed.data, problems: [] };
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(options)"}: ${issue.message}`);
    const defaults = rule.options.parse({});
    const partial = { ...defaults };
    if (raw && typeof raw === "object") {
        for (const [key, value] of Object.entries(raw)) {
            const field = Object.hasOwn(rule.options.shape, key) ? rule.options.shape[key] : undefined;
            if (field && field.safeParse(value).success)
                partial[key] = value;
        }
    }
    return { options: rule.options.parse(partial), problems };
}
function toFinding(ruleId, messages, report, sourceFile) {
    const start = report.start ?? report.node.getStart(sourceFile);
    const end = report.end ?? report.node.getEnd();
    const data = report.data ?? {};
    return {
        ruleId,
        messageId: report.messageId,
        message: formatMessage(messages[report.messageId] ?? report.messageId, data),
        data,
        start,
        end,
        ...(report.fix ? { fix: report.fix } : {}),
        ...(report.suggestions ? { suggestions: report.suggestions } : {}),
    };
}
//# sourceMappingURL=rule.js.map