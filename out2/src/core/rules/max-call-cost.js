"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const zod_1 = require("zod");
const schema_1 = require("../config/schema");
const pricing_1 = require("../cost/pricing");
const estimate_1 = require("../cost/estimate");
const output_cap_1 = require("../detectors/output-cap");
const rule_1 = require("../rule");
const format_1 = require("../cost/format");
const options = zod_1.z.object({
    budget: zod_1.z
        .number()
        .min(0)
        .optional()
        .describe("The most one call may cost, worst case, in USD. Defaults to budget.perCallUsd of costlint.config.json (0.10)."),
});
let defaults;
exports.default = (0, rule_1.createRule)({
    id: "max-call-cost",
    meta: {
        type: "suggestion",
        description: "Report LLM calls whose estimated worst-case cost per call is above a budget.",
        recommended: false,
        messages: {
            overBudget: "This call may cost up to {{cost}} per call on {{model}}, above the budget of {{budget}}. {{advice}}",
        },
    },
    options,
    check(context) {
        const settings = context.env.estimate ?? (defaults ??= { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)() });
        const budget = context.options.budget ?? settings.config.budget.perCallUsd;
        // The calls estimateCalls lists, less the ones never reported here, which are skipped before any token is
        // counted: calls of another module's wrapper (the wrapper's own call is reported where it is made), and calls
        // with no output cap the code shows (flags no-output-cap, conditional-cap, cap-unknown below).
        for (const site of context.analysis.sites) {
            if (!(0, estimate_1.isEstimated)(site))
                continue;
            const cap = (0, output_cap_1.outputCapOf)(context.analysis, site);
            if (cap.state !== "set" || cap.tokens === undefined)
                continue;
            const estimate = (0, estimate_1.estimateCall)(context.analysis, site, settings);
            if (estimate.costUsd <= budget)
                continue;
            // Only what the code shows: a cap that may be set where we cannot see is not reported as missing.
            if (estimate.flags.includes("cap-unknown"))
                continue;
            // A call of a wrapper of another module: the cost is the wrapper's call, reported where that call is made.
            if (estimate.flags.includes("via-wrapper"))
                continue;
            // A call with no output cap (or one on a single branch) is require-max-tokens' finding, whose message gives
            // this worst-case cost: one finding per call, whichever of the two rules is on.
            if (estimate.flags.includes("no-output-cap") || estimate.flags.includes("conditional-cap"))
                continue;
            const outputShare = estimate.breakdown.find((b) => b.part === "output").tokens / Math.max(1, estimate.inputTokens + estimate.outputTokens);
            const advice = outputShare > 0.5 ? "Lower the output cap or use a cheaper model." : "Send less input or use a cheaper model.";
            context.report({
                start: estimate.start,
                end: estimate.node.expression.getEnd(),
                messageId: "overBudget",
                data: {
                    cost: (0, format_1.formatUsd)(estimate.costUsd),
                    model: (0, format_1.modelLabel)(estimate.model, estimate.approximate, estimate.flags.includes("default-model") || estimate.flags.includes("unknown-model")),
                    budget: (0, format_1.formatUsd)(budget),
                    advice,
                },
            });
        }
    },
});
//# sourceMappingURL=max-call-cost.js.map