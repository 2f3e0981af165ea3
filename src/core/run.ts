import type ts from "typescript";
import { analyzeFile } from "./detectors/analysis";
import { ruleOptionsFrom, ruleSeverityFrom } from "./config/parse";
import type { CostlintConfig } from "./config/schema";
import type { Project } from "./project/project";
import { describeOutput, type EstimateSettings } from "./cost/estimate";
import { applyDisableComments } from "./syntax/disable-comments";
import { lintText, parsedFrom, parseSourceCached, type EnabledRule, type LintResult } from "./engine";
import type { AnyRule, RuleEnvironment } from "./rule";
import { RULES } from "./rules";

export type RuleSeverity = "off" | "warn" | "error";

export interface RunSettings extends EstimateSettings {
  /** Enable the rules that are not in `recommended` (at warn), as the `all` config does. */
  all?: boolean;
  /** Severities that win over the configuration file (editor settings). */
  severityOverrides?: Record<string, RuleSeverity>;
  /** The cross-file context: imports of the project's own modules are followed through it. */
  project?: Project;
}

export interface ConfiguredRule extends EnabledRule {
  rule: AnyRule;
  severity: "warn" | "error";
}

/** The rules a configuration turns on, with their severity and options: the same choice on every surface. */
export function configuredRules(settings: RunSettings): ConfiguredRule[] {
  const out: ConfiguredRule[] = [];
  for (const rule of RULES) {
    const base: RuleSeverity = rule.meta.recommended || (settings.all ? "warn" : "off");
    const severity = settings.severityOverrides?.[rule.id] ?? ruleSeverityFrom(settings.config, rule.id) ?? base;
    if (severity === "off") continue;
    out.push({ rule, severity, options: ruleOptionsFrom(settings.config, rule.id) ?? {} });
  }
  return out;
}

/** Rule messages quote real numbers: the output side of a call priced on its model (no tokenizer needed). */
export function costEnvironment(sourceFile: ts.SourceFile, settings: EstimateSettings): RuleEnvironment {
  return {
    describeCall: (node) => {
      const analysis = analyzeFile(sourceFile);
      const site = analysis.siteByNode.get(node);
      if (!site) return undefined;
      try {
        return describeOutput(analysis, site, settings);
      } catch {
        return undefined;
      }
    },
    estimate: settings,
  };
}

export interface FileRun extends LintResult {
  severities: Map<string, "warn" | "error">;
}

/** Lints one file's text with a configuration: what the CLI and the editor both call. Honours eslint-disable comments. */
export function lintFile(fileName: string, text: string, settings: RunSettings & { config: CostlintConfig; sourceFile?: ts.SourceFile }): FileRun {
  const rules = configuredRules(settings);
  settings.project?.nextEpoch();
  let env: RuleEnvironment | undefined;
  const result = lintText(fileName, text, rules, {
    maxFileSize: settings.config.maxFileSize,
    envFor: (sourceFile) => (env ??= costEnvironment(sourceFile, settings)),
    ...(settings.project ? { project: settings.project } : {}),
    ...(settings.sourceFile ? { sourceFile: settings.sourceFile } : {}),
  });
  // The same parsed file the rules saw (parseSourceCached keeps the last few): comments where the parser put them.
  const parsed = settings.sourceFile && parsedFrom(settings.sourceFile) === text ? settings.sourceFile : undefined;
  const findings = result.findings.length ? applyDisableComments(parsed ?? parseSourceCached(fileName, text), result.findings) : result.findings;
  return { ...result, findings, severities: new Map(rules.map((r) => [r.rule.id, r.severity])) };
}
