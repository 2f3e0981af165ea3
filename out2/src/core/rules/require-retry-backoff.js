"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const typescript_1 = __importDefault(require("typescript"));
const zod_1 = require("zod");
const edits_1 = require("../syntax/edits");
const retry_1 = require("../detectors/retry");
const rule_1 = require("../rule");
const options = zod_1.z.object({});
function describeDelay(ms, argText) {
    if (ms === undefined)
        return argText ? `of ${argText}` : "";
    return ms >= 1000 ? `of ${ms / 1000} s` : `of ${ms} ms`;
}
exports.default = (0, rule_1.createRule)({
    id: "require-retry-backoff",
    meta: {
        type: "problem",
        description: "Require retries of LLM calls to wait longer after each failed attempt (exponential backoff).",
        recommended: "warn",
        messages: {
            noDelay: "This retry tries again at once: a rate-limited provider is hit again immediately, each time a full model call. Back off exponentially.",
            constantDelay: "This retry waits a constant {{delay}}: under rate limits clients retry in lockstep, each time a full model call. Double the delay.",
            libraryFactor: "factor: {{factor}} makes {{library}} wait the same time between attempts: clients retry in lockstep. Use factor 2 (the default).",
            growDelay: "Double the delay on each attempt: {{expr}}.",
        },
        hasSuggestions: true,
    },
    options,
    check(context) {
        const { analysis, sourceFile } = context;
        for (const construct of (0, retry_1.findRetryConstructs)(analysis)) {
            if (construct.kind === "library") {
                if (construct.factor) {
                    context.report({
                        node: construct.factor.node,
                        messageId: "libraryFactor",
                        data: { factor: construct.factor.value, library: construct.site.profile.sdk },
                    });
                }
                continue;
            }
            // Asking again for a reply that did not parse: the provider did not fail, nothing to back off from.
            if (construct.regenerate)
                continue;
            // A job put back on a queue waits for its turn: how long depends on the queue, not on this code.
            if (construct.kind === "requeue")
                continue;
            const delay = construct.delay;
            if (delay.kind === "growing")
                continue;
            if (delay.kind === "none") {
                context.report({ ...construct.range, messageId: "noDelay" });
                continue;
            }
            const suggestions = [];
            if (delay.arg && construct.counter) {
                const argText = delay.arg.getText(sourceFile);
                // Operands that bind tighter than `*` need no parentheses: 1000, DELAY, this.delayMs, opts.delay(), (a + b).
                const a = delay.arg;
                const needsParens = !(typescript_1.default.isNumericLiteral(a) ||
                    typescript_1.default.isIdentifier(a) ||
                    typescript_1.default.isPropertyAccessExpression(a) ||
                    typescript_1.default.isElementAccessExpression(a) ||
                    typescript_1.default.isCallExpression(a) ||
                    typescript_1.default.isParenthesizedExpression(a));
                const expr = `${needsParens ? `(${argText})` : argText} * 2 ** ${construct.counter}`;
                suggestions.push({ messageId: "growDelay", data: { expr }, edits: [(0, edits_1.replaceEdit)(delay.arg, expr, sourceFile)] });
            }
            context.report({
                ...construct.range,
                messageId: "constantDelay",
                data: { delay: describeDelay(delay.ms, delay.arg?.getText(sourceFile)) },
                ...(suggestions.length ? { suggestions } : {}),
            });
        }
    },
});
//# sourceMappingURL=require-retry-backoff.js.map