"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mergeEditorSettings = mergeEditorSettings;
const schema_1 = require("../core/config/schema");
const pricing_1 = require("../core/cost/pricing");
const rules_1 = require("../core/rules");
const SETTING = (key) => `VS Code setting "costlint.${key}"`;
function issueMessage(error) {
    return error.issues.map((i) => i.message.replace(/^Invalid input: /, "")).join("; ");
}
function describe(value) {
    return typeof value === "string" ? `"${value}"` : JSON.stringify(value) ?? String(value);
}
/** The file's configuration with the settings over it. */
function mergeEditorSettings(file, settings) {
    const problems = [];
    const config = {
        ...file.config,
        assumptions: { ...file.config.assumptions },
        budget: { ...file.config.budget },
    };
    if (settings.defaultModel !== undefined) {
        const parsed = schema_1.configSchema.shape.defaultModel.safeParse(settings.defaultModel);
        if (parsed.success)
            config.defaultModel = parsed.data;
        else
            problems.push(`${SETTING("defaultModel")}: ${issueMessage(parsed.error)}, got ${describe(settings.defaultModel)}; using ${config.defaultModel}`);
    }
    if (settings.turns !== undefined) {
        const parsed = schema_1.assumptionsSchema.shape.turns.safeParse(settings.turns);
        if (parsed.success)
            config.assumptions.turns = parsed.data;
        else
            problems.push(`${SETTING("assumptions.turns")}: ${issueMessage(parsed.error)}, got ${describe(settings.turns)}; using ${config.assumptions.turns}`);
    }
    if (settings.budgetPerCallUsd !== undefined) {
        const parsed = schema_1.budgetSchema.shape.perCallUsd.safeParse(settings.budgetPerCallUsd);
        if (parsed.success)
            config.budget.perCallUsd = parsed.data;
        else
            problems.push(`${SETTING("budget.perCallUsd")}: ${issueMessage(parsed.error)}, got ${describe(settings.budgetPerCallUsd)}; using ${config.budget.perCallUsd}`);
    }
    let pricing = file.pricing;
    if (settings.pricing !== undefined) {
        if (!Array.isArray(settings.pricing)) {
            problems.push(`${SETTING("pricing")}: expected an array of price entries, got ${describe(settings.pricing)}; ignored`);
        }
        else if (settings.pricing.length > 0) {
            try {
                pricing = (0, pricing_1.mergePricing)(file.pricing, settings.pricing, SETTING("pricing"));
            }
            catch (error) {
                problems.push(error instanceof pricing_1.PricingError ? `${error.message}; ignored` : `${SETTING("pricing")}: ${String(error)}; ignored`);
            }
        }
    }
    const severityOverrides = {};
    if (settings.rules !== undefined) {
        if (settings.rules === null || typeof settings.rules !== "object" || Array.isArray(settings.rules)) {
            problems.push(`${SETTING("rules")}: expected an object of rule severities, got ${describe(settings.rules)}; ignored`);
        }
        else {
            for (const [key, level] of Object.entries(settings.rules)) {
                const id = key.replace(/^costlint\//, "");
                if (!rules_1.RULES.some((r) => r.id === id)) {
                    problems.push(`${SETTING(`rules`)}: unknown rule "${key}" (expected one of ${rules_1.RULES.map((r) => r.id).join(", ")}); ignored`);
                }
                else if (level !== "off" && level !== "warn" && level !== "error") {
                    problems.push(`${SETTING(`rules`)}: "${key}": expected "off", "warn" or "error", got ${describe(level)}; ignored`);
                }
                else {
                    severityOverrides[id] = level;
                }
            }
        }
    }
    // The file's own unknown defaultModel is among the file's problems already: said again only when a setting is involved.
    const settingsInvolved = settings.defaultModel !== undefined || settings.pricing !== undefined;
    if (settingsInvolved && !(0, pricing_1.resolveModel)(pricing, config.defaultModel)) {
        const where = settings.defaultModel !== undefined && !problems.some((p) => p.startsWith(SETTING("defaultModel"))) ? SETTING("defaultModel") : `${file.file ?? "the default configuration"}: defaultModel`;
        problems.push(`${where}: "${config.defaultModel}" is not in the pricing table (add it under "pricing"); calls with no known model are priced as gpt-4o`);
    }
    return {
        enable: settings.enable,
        inlineCost: settings.inlineCost,
        diagnostics: settings.diagnostics ?? "auto",
        config,
        pricing,
        severityOverrides,
        ...(file.file ? { file: file.file } : {}),
        fileProblems: [...file.problems],
        settingProblems: problems,
    };
}
//# sourceMappingURL=config-merge.js.map