"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONFIG_FILE_NAME = exports.configSchema = exports.diffPolicySchema = exports.budgetSchema = exports.assumptionsSchema = exports.ruleSettingSchema = void 0;
exports.defaultConfig = defaultConfig;
const zod_1 = require("zod");
const pricing_schema_1 = require("../cost/pricing-schema");
const severity = zod_1.z.union([zod_1.z.enum(["off", "warn", "error"]), zod_1.z.literal(0), zod_1.z.literal(1), zod_1.z.literal(2)]);
/** A rule setting as in ESLint: a severity, or [severity, options]. */
exports.ruleSettingSchema = zod_1.z.union([severity, zod_1.z.tuple([severity]).rest(zod_1.z.unknown())]);
exports.assumptionsSchema = zod_1.z.strictObject({
    turns: zod_1.z.number().int().min(1).max(10_000).default(20).describe("Assumed length of a conversation, in turns, for calls whose history grows."),
    unresolvedTokens: zod_1.z
        .number()
        .int()
        .min(0)
        .max(10_000_000)
        .default(250)
        .describe("Assumed size in tokens of each part of a request that cannot be read from the code (a user message, a document)."),
    replyTokens: zod_1.z
        .number()
        .int()
        .min(1)
        .max(10_000_000)
        .default(400)
        .describe("Assumed average size in tokens of a model reply that stays in a growing history (the output cap is the worst case of one call, not the typical reply)."),
});
exports.budgetSchema = zod_1.z.strictObject({
    perCallUsd: zod_1.z.number().min(0).max(1_000_000).default(0.1).describe("The most one LLM call may cost (worst case, USD) before max-call-cost reports it."),
});
exports.diffPolicySchema = zod_1.z.strictObject({
    failOnIncreasePercent: zod_1.z
        .number()
        .min(0)
        .optional()
        .describe("costlint diff fails (exit 1) when the worst case per run of all call sites grows by more than this percentage over the base, or a loop with no cap is added."),
    failAboveUsd: zod_1.z.number().min(0).optional().describe("costlint diff fails (exit 1) when the worst case per run of all call sites, after the change, is above this many USD."),
});
/** The one configuration schema, shared by the ESLint plugin, the command line tool and the editor. */
exports.configSchema = zod_1.z.strictObject({
    $schema: zod_1.z.string().optional().describe("The JSON schema of this file, for completion in editors."),
    defaultModel: zod_1.z.string().min(1).default("gpt-4o").describe("The model assumed for calls whose model cannot be read from the code, when their provider is not known (or has no default model)."),
    defaultModels: zod_1.z
        .record(zod_1.z.string().min(1), zod_1.z.string().min(1))
        .default({})
        .describe('The model assumed for calls whose model cannot be read from the code (or is not in the pricing table), per provider: { "anthropic": "claude-sonnet-4-5" }. Built-in defaults cover the providers of the pricing table.'),
    assumptions: exports.assumptionsSchema.default(() => exports.assumptionsSchema.parse({})).describe("Assumptions of the cost estimate."),
    budget: exports.budgetSchema.default(() => exports.budgetSchema.parse({})).describe("Cost budgets."),
    diff: exports.diffPolicySchema.default(() => exports.diffPolicySchema.parse({})).describe("The policy of costlint diff in CI (the command line flags win)."),
    pricing: zod_1.z.array(pricing_schema_1.priceOverrideSchema).default([]).describe("Price overrides of known models (by id) and additions of new ones."),
    rules: zod_1.z.record(zod_1.z.string(), exports.ruleSettingSchema).default({}).describe('Rule severities and options, as in ESLint: { "no-full-history": ["warn", { "keepTurns": 6 }] }.'),
    includeTests: zod_1.z
        .boolean()
        .default(false)
        .describe("Count the call sites of test and mock files (*.test.*, *.spec.*, __tests__/, __mocks__/, test/, tests/, mocks/, fixtures/ ...) in costlint report, costlint diff and the editor's workspace report. They are left out by default; ESLint and costlint lint lint them either way."),
    maxFileSize: zod_1.z.number().int().min(1).max(100_000_000).default(2_000_000).describe("Files larger than this many characters are skipped with a note."),
});
exports.CONFIG_FILE_NAME = "costlint.config.json";
function defaultConfig() {
    return exports.configSchema.parse({});
}
//# sourceMappingURL=schema.js.map