"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const zod_1 = require("zod");
const ast_1 = require("../syntax/ast");
const edits_1 = require("../syntax/edits");
const rule_1 = require("../rule");
const call_label_1 = require("../detectors/call-label");
const output_cap_1 = require("../detectors/output-cap");
const served_agents_1 = require("../detectors/served-agents");
const format_1 = require("../cost/format");
const options = zod_1.z.object({
    suggestedCap: zod_1.z.number().int().positive().default(1024).describe("The output cap a suggestion adds, in tokens."),
});
exports.default = (0, rule_1.createRule)({
    id: "require-max-tokens",
    meta: {
        type: "problem",
        description: "Require an output cap (max_tokens and its equivalents) on every LLM generation call.",
        recommended: "warn",
        messages: {
            missingCap: "{{call}} has no output cap: every call may write the model's maximum output, the priciest tokens. Set {{key}}.",
            missingCapCost: "{{call}} has no output cap: up to {{outputTokens}} output tokens, {{cost}} per call on {{model}}. Set {{key}}.",
            missingCapLocal: "{{call}} has no output cap: {{model}} may write until its context is full. It runs locally ({{server}}): no per-token price, but every long reply holds the server. Set {{key}}.",
            servedNoCap: "{{call}} runs on {{registry}} with no default output cap: each request may write the maximum output. The server runs it with the agent's default options unless a request sends its own: set {{key}}.",
            conditionalCap: "{{call}} caps its output only when {{when}}: otherwise the model may write its maximum output. Set {{key}} always.",
            addCap: "Add {{key}}: {{value}}.",
            addDefaultCap: "Add {{key}}: {{value}} for the other case.",
        },
        hasSuggestions: true,
    },
    options,
    check(context) {
        const { analysis, sourceFile, text } = context;
        const value = String(context.options.suggestedCap);
        for (const site of analysis.sites) {
            if (site.profile.kind === "tool" || site.profile.kind === "retry")
                continue;
            // The cap this site's own options take; a call that runs on a client or agent is checked where that is built.
            const cap = (0, output_cap_1.checkedOutputCap)(analysis, site);
            if (!cap && site.profile.servedBy) {
                // An agent the framework's server runs with its defaults (registered, e.g. `new Mastra({ agents })`).
                const served = (0, served_agents_1.servedAgentCap)(analysis, site);
                if (!served)
                    continue;
                // One default per route the server runs (Mastra 0.x: generate and stream): all added at once.
                const edit = served.missing.length ? (0, edits_1.addPropertyEdit)(text, served.owner, served.missing.map((m) => (0, edits_1.nestedPropertyText)(m, value)).join(", "), sourceFile) : undefined;
                context.report({
                    ...(0, call_label_1.callNameRange)(site, sourceFile),
                    messageId: "servedNoCap",
                    data: { call: (0, call_label_1.callLabel)(site, sourceFile), registry: served.registry, key: served.key },
                    suggestions: edit ? [{ messageId: "addCap", data: { key: served.key, value }, edits: [edit] }] : [],
                });
                continue;
            }
            if (cap?.state !== "absent" && cap?.state !== "conditional")
                continue;
            const range = (0, call_label_1.callNameRange)(site, sourceFile);
            const call = (0, call_label_1.callLabel)(site, sourceFile);
            if (cap.state === "conditional") {
                const edit = defaultCapEdit(text, sourceFile, cap, value);
                context.report({
                    ...range,
                    messageId: "conditionalCap",
                    data: { call, key: cap.key, when: `\`${cap.when}\`` },
                    suggestions: edit ? [{ messageId: "addDefaultCap", data: { key: cap.key, value }, edits: [edit] }] : [],
                });
                continue;
            }
            const note = context.env.describeCall?.(site.node);
            // `maxTokens` given to ai 5+: say why it does not count.
            const key = cap.retired ? `${cap.key} (${cap.retired})` : cap.key;
            const data = note?.local
                ? { call, key, model: note.model, server: note.local }
                : note
                    ? {
                        call,
                        key,
                        model: (0, format_1.modelLabel)(note.model, note.approximate, note.assumedModel === true),
                        outputTokens: note.outputTokens.toLocaleString("en-US"),
                        cost: (0, format_1.formatUsd)(note.costUsd),
                    }
                    : { call, key };
            const propText = (0, edits_1.nestedPropertyText)(cap.missing, value);
            const edit = cap.noFix
                ? undefined
                : cap.nullValue
                    ? cap.nullValue.getSourceFile() !== sourceFile
                        ? undefined
                        : { start: cap.nullValue.getStart(sourceFile), end: cap.nullValue.getEnd(), text: value }
                    : cap.owner
                        ? (0, edits_1.addPropertyEdit)(text, cap.owner, propText, sourceFile)
                        : newOptionsEdit(site.node, propText, site.profile.optionsArg);
            context.report({
                ...range,
                messageId: note?.local ? "missingCapLocal" : note ? "missingCapCost" : "missingCap",
                data,
                suggestions: edit ? [{ messageId: "addCap", data: { key: cap.key, value }, edits: [edit] }] : [],
            });
        }
    },
});
/** `new ChatOpenAI()` becomes `new ChatOpenAI({ maxTokens: 1024 })`. */
function newOptionsEdit(node, propText, optionsArg) {
    const args = node.arguments;
    const end = node.getEnd();
    const text = node.getSourceFile().text;
    if (!args?.length)
        return optionsArg === 0 && text.slice(end - 2, end) === "()" ? { start: end - 1, end: end - 1, text: `{ ${propText} }` } : undefined;
    // `agent.generate(messages)`: the options go after the last argument (no trailing comma there).
    if (optionsArg !== args.length || args.hasTrailingComma || text[end - 1] !== ")")
        return undefined;
    const last = args[args.length - 1];
    return { start: last.getEnd(), end: last.getEnd(), text: `, { ${propText} }` };
}
/**
 * The cap for the other branch, written before the conditional spread so that the spread still wins when its
 * condition holds: `{ max_tokens: 1024, ...(fast ? { max_tokens: 256 } : {}) }`.
 */
function defaultCapEdit(text, sourceFile, cap, value) {
    const spread = cap.via;
    if (!spread)
        return undefined;
    const start = spread.getStart(sourceFile);
    const before = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
    const separator = /^\s*$/.test(before) ? `\n${(0, ast_1.lineIndent)(text, start)}` : " ";
    return { start, end: start, text: `${cap.key.split(".").pop()}: ${value},${separator}` };
}
//# sourceMappingURL=require-max-tokens.js.map