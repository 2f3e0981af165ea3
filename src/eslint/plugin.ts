import type { ESLint, Linter, Rule } from "eslint";
import { RULES } from "../core/rules";
import { toEslintRule, type AdapterSettings } from "./rule-adapter";

export const PLUGIN_NAME = "costlint";
export const VERSION = "0.1.0";

export interface CostlintPlugin extends ESLint.Plugin {
  rules: Record<string, Rule.RuleModule>;
  configs: { recommended: Linter.Config; all: Linter.Config };
}

export function createPlugin(settings: AdapterSettings = {}): CostlintPlugin {
  const rules: Record<string, Rule.RuleModule> = {};
  for (const rule of RULES) rules[rule.id] = toEslintRule(rule, settings);
  const plugin: CostlintPlugin = {
    meta: { name: PLUGIN_NAME, version: VERSION },
    rules,
    configs: { recommended: {}, all: {} },
  };
  const recommendedRules: Linter.RulesRecord = {};
  const allRules: Linter.RulesRecord = {};
  for (const rule of RULES) {
    if (rule.meta.recommended) recommendedRules[`${PLUGIN_NAME}/${rule.id}`] = rule.meta.recommended;
    allRules[`${PLUGIN_NAME}/${rule.id}`] = rule.meta.recommended || "warn";
  }
  plugin.configs.recommended = { name: "costlint/recommended", plugins: { [PLUGIN_NAME]: plugin }, rules: recommendedRules };
  plugin.configs.all = { name: "costlint/all", plugins: { [PLUGIN_NAME]: plugin }, rules: allRules };
  return plugin;
}
