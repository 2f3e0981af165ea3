import { z } from "zod";
import { priceOverrideSchema } from "../cost/pricing-schema";

const severity = z.union([z.enum(["off", "warn", "error"]), z.literal(0), z.literal(1), z.literal(2)]);

/** A rule setting as in ESLint: a severity, or [severity, options]. */
export const ruleSettingSchema = z.union([severity, z.tuple([severity]).rest(z.unknown())]);

export const assumptionsSchema = z.strictObject({
  turns: z.number().int().min(1).max(10_000).default(20).describe("Assumed length of a conversation, in turns, for calls whose history grows."),
  unresolvedTokens: z
    .number()
    .int()
    .min(0)
    .max(10_000_000)
    .default(250)
    .describe("Assumed size in tokens of each part of a request that cannot be read from the code (a user message, a document)."),
  replyTokens: z
    .number()
    .int()
    .min(1)
    .max(10_000_000)
    .default(400)
    .describe("Assumed average size in tokens of a model reply that stays in a growing history (the output cap is the worst case of one call, not the typical reply)."),
});

export const budgetSchema = z.strictObject({
  perCallUsd: z.number().min(0).max(1_000_000).default(0.1).describe("The most one LLM call may cost (worst case, USD) before max-call-cost reports it."),
});

export const diffPolicySchema = z.strictObject({
  failOnIncreasePercent: z
    .number()
    .min(0)
    .optional()
    .describe("costlint diff fails (exit 1) when the worst case per run of all call sites grows by more than this percentage over the base, or a loop with no cap is added."),
  failAboveUsd: z.number().min(0).optional().describe("costlint diff fails (exit 1) when the worst case per run of all call sites, after the change, is above this many USD."),
});

/** The one configuration schema, shared by the ESLint plugin, the command line tool and the editor. */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe("The JSON schema of this file, for completion in editors."),
  defaultModel: z.string().min(1).default("gpt-4o").describe("The model assumed for calls whose model cannot be read from the code, when their provider is not known (or has no default model)."),
  defaultModels: z
    .record(z.string().min(1), z.string().min(1))
    .default({})
    .describe('The model assumed for calls whose model cannot be read from the code (or is not in the pricing table), per provider: { "anthropic": "claude-sonnet-4-5" }. Built-in defaults cover the providers of the pricing table.'),
  assumptions: assumptionsSchema.default(() => assumptionsSchema.parse({})).describe("Assumptions of the cost estimate."),
  budget: budgetSchema.default(() => budgetSchema.parse({})).describe("Cost budgets."),
  diff: diffPolicySchema.default(() => diffPolicySchema.parse({})).describe("The policy of costlint diff in CI (the command line flags win)."),
  pricing: z.array(priceOverrideSchema).default([]).describe("Price overrides of known models (by id) and additions of new ones."),
  rules: z.record(z.string(), ruleSettingSchema).default({}).describe('Rule severities and options, as in ESLint: { "no-full-history": ["warn", { "keepTurns": 6 }] }.'),
  includeTests: z
    .boolean()
    .default(false)
    .describe(
      "Count the call sites of test and mock files (*.test.*, *.spec.*, __tests__/, __mocks__/, test/, tests/, mocks/, fixtures/ ...) in costlint report, costlint diff and the editor's workspace report. They are left out by default; ESLint and costlint lint lint them either way.",
    ),
  maxFileSize: z.number().int().min(1).max(100_000_000).default(2_000_000).describe("Files larger than this many characters are skipped with a note."),
});

export type CostlintConfig = z.output<typeof configSchema>;
export type RuleSetting = z.output<typeof ruleSettingSchema>;

export const CONFIG_FILE_NAME = "costlint.config.json";

export function defaultConfig(): CostlintConfig {
  return configSchema.parse({});
}
