/**
 * The editor's configuration: the project file (costlint.config.json, the one CI reads) with the VS Code
 * settings a user set explicitly laid over it (file < settings). Settings use the file's schema, so a value
 * means the same in both places; a bad setting gets one message naming the setting, and the file's value.
 * Pure: no `vscode` import.
 */
import type { LoadedConfig } from "../core/config/load";
import { assumptionsSchema, budgetSchema, configSchema, type CostlintConfig } from "../core/config/schema";
import { mergePricing, PricingError, resolveModel, type PartialModelPrice, type PricingTable } from "../core/cost/pricing";
import type { RuleSeverity } from "../core/run";
import { RULES } from "../core/rules";
import type { DiagnosticsMode } from "./eslint-overlap-rules";

/** What the user set in VS Code settings (undefined: not set anywhere, so the file or the default applies). */
export interface EditorSettings {
  enable: boolean;
  inlineCost: boolean;
  /** costlint.diagnostics: "auto" hides them where the ESLint extension runs costlint's rules. */
  diagnostics?: DiagnosticsMode;
  /** costlint.rules: rule id → "off" | "warn" | "error". */
  rules?: unknown;
  defaultModel?: unknown;
  turns?: unknown;
  budgetPerCallUsd?: unknown;
  pricing?: unknown;
}

export interface ResolvedConfig {
  enable: boolean;
  inlineCost: boolean;
  diagnostics: DiagnosticsMode;
  config: CostlintConfig;
  pricing: PricingTable;
  severityOverrides: Record<string, RuleSeverity>;
  /** The project file read, if any. */
  file?: string;
  /** Problems of the file and of the settings, one line each, naming where and which key. */
  fileProblems: string[];
  settingProblems: string[];
}

const SETTING = (key: string): string => `VS Code setting "costlint.${key}"`;

function issueMessage(error: { issues: { message: string }[] }): string {
  return error.issues.map((i) => i.message.replace(/^Invalid input: /, "")).join("; ");
}

function describe(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

/** The file's configuration with the settings over it. */
export function mergeEditorSettings(file: LoadedConfig, settings: EditorSettings): ResolvedConfig {
  const problems: string[] = [];
  const config: CostlintConfig = {
    ...file.config,
    assumptions: { ...file.config.assumptions },
    budget: { ...file.config.budget },
  };

  if (settings.defaultModel !== undefined) {
    const parsed = configSchema.shape.defaultModel.safeParse(settings.defaultModel);
    if (parsed.success) config.defaultModel = parsed.data;
    else problems.push(`${SETTING("defaultModel")}: ${issueMessage(parsed.error)}, got ${describe(settings.defaultModel)}; using ${config.defaultModel}`);
  }
  if (settings.turns !== undefined) {
    const parsed = assumptionsSchema.shape.turns.safeParse(settings.turns);
    if (parsed.success) config.assumptions.turns = parsed.data;
    else problems.push(`${SETTING("assumptions.turns")}: ${issueMessage(parsed.error)}, got ${describe(settings.turns)}; using ${config.assumptions.turns}`);
  }
  if (settings.budgetPerCallUsd !== undefined) {
    const parsed = budgetSchema.shape.perCallUsd.safeParse(settings.budgetPerCallUsd);
    if (parsed.success) config.budget.perCallUsd = parsed.data;
    else problems.push(`${SETTING("budget.perCallUsd")}: ${issueMessage(parsed.error)}, got ${describe(settings.budgetPerCallUsd)}; using ${config.budget.perCallUsd}`);
  }

  let pricing = file.pricing;
  if (settings.pricing !== undefined) {
    if (!Array.isArray(settings.pricing)) {
      problems.push(`${SETTING("pricing")}: expected an array of price entries, got ${describe(settings.pricing)}; ignored`);
    } else if (settings.pricing.length > 0) {
      try {
        pricing = mergePricing(file.pricing, settings.pricing as PartialModelPrice[], SETTING("pricing"));
      } catch (error) {
        problems.push(error instanceof PricingError ? `${error.message}; ignored` : `${SETTING("pricing")}: ${String(error)}; ignored`);
      }
    }
  }

  const severityOverrides: Record<string, RuleSeverity> = {};
  if (settings.rules !== undefined) {
    if (settings.rules === null || typeof settings.rules !== "object" || Array.isArray(settings.rules)) {
      problems.push(`${SETTING("rules")}: expected an object of rule severities, got ${describe(settings.rules)}; ignored`);
    } else {
      for (const [key, level] of Object.entries(settings.rules as Record<string, unknown>)) {
        const id = key.replace(/^costlint\//, "");
        if (!RULES.some((r) => r.id === id)) {
          problems.push(`${SETTING(`rules`)}: unknown rule "${key}" (expected one of ${RULES.map((r) => r.id).join(", ")}); ignored`);
        } else if (level !== "off" && level !== "warn" && level !== "error") {
          problems.push(`${SETTING(`rules`)}: "${key}": expected "off", "warn" or "error", got ${describe(level)}; ignored`);
        } else {
          severityOverrides[id] = level;
        }
      }
    }
  }

  // The file's own unknown defaultModel is among the file's problems already: said again only when a setting is involved.
  const settingsInvolved = settings.defaultModel !== undefined || settings.pricing !== undefined;
  if (settingsInvolved && !resolveModel(pricing, config.defaultModel)) {
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
