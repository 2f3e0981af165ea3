import type { ESLint, Linter, Rule, SourceCode } from "eslint";
import path from "node:path";
import { defaultLoadedConfig, findConfigFile, loadConfigFile, type LoadedConfig } from "../core/config/load";
import { ruleOptionsFrom } from "../core/config/parse";
import { createProject } from "../core/detectors/analysis";
import type { Project } from "../core/project/project";
import { RULES } from "../core/rules";
import { costEnvironment } from "../core/run";
import { toEslintRule, type AdapterSettings } from "./rule-adapter";

export const PLUGIN_NAME = "costlint";
export const VERSION = "0.1.0";

export interface CostlintPlugin extends ESLint.Plugin {
  rules: Record<string, Rule.RuleModule>;
  configs: { recommended: Linter.Config; all: Linter.Config };
}

/**
 * Settings that read the project's costlint.config.json (the nearest one above each linted file): its rule
 * options under ESLint's own, its prices and budget for the messages and max-call-cost, its file size limit.
 * A bad file's problems are reported as findings at line 1 of each file it applies to (so JSON and SARIF output in
 * CI carry them), naming the file, line:column and key; defaults are used for the bad keys.
 */
export function projectConfigSettings(): AdapterSettings {
  // Seven rules ask for the same file's configuration: find the file once per folder (again after a second,
  // so a long-lived ESLint server sees a new one); reading it checks its mtime each time (one stat).
  const found = new Map<string, { at: number; file: string | undefined }>();
  const configFor = (filename: string): LoadedConfig => {
    const dir = filename && path.isAbsolute(filename) ? path.dirname(filename) : process.cwd();
    const now = Date.now();
    let hit = found.get(dir);
    if (!hit || now - hit.at >= 1000) {
      if (found.size > 1000) found.clear();
      hit = { at: now, file: findConfigFile(dir) };
      found.set(dir, hit);
    }
    return hit.file ? loadConfigFile(hit.file) : defaultLoadedConfig();
  };
  // One cross-file context per ESLint process (or --concurrency worker): a module read for one linted file serves
  // every other that imports it. A file is compared with the disk again for each new linted file (one stat).
  let project: Project | undefined;
  let current: SourceCode | undefined;
  const projectFor = (sourceCode: SourceCode, filename: string): Project | undefined => {
    if (!filename || !path.isAbsolute(filename)) return undefined;
    project ??= createProject({ maxFileSize: configFor(filename).config.maxFileSize });
    if (current !== sourceCode) {
      current = sourceCode;
      project.nextEpoch();
    }
    return project;
  };
  return {
    project: projectFor,
    maxFileSize: (filename) => configFor(filename).config.maxFileSize,
    configProblems: (filename) => configFor(filename).problems,
    baseOptions: (ruleId, filename) => ruleOptionsFrom(configFor(filename).config, ruleId),
    // The loaded configuration object itself is the estimate settings: cached per file, so estimates are too.
    env: (sourceFile, filename) => costEnvironment(sourceFile, configFor(filename)),
  };
}

export function createPlugin(settings: AdapterSettings = projectConfigSettings()): CostlintPlugin {
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
