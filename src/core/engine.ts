import ts from "typescript";
import { analyzeFile } from "./detectors/analysis";
import type { Project } from "./project/project";
import { validEdits } from "./syntax/edits";
import { parsedFrom, parseSource } from "./syntax/parse";

export { parsedFrom, parseSource, scriptKindFor } from "./syntax/parse";
import { parseRuleOptions, toFinding, type AnyRule, type Report, type RuleEnvironment } from "./rule";
import type { Finding } from "./types";

/** Files larger than this are skipped with a note (bytes of text). */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export interface EnabledRule {
  rule: AnyRule;
  options?: unknown;
}

export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface LintResult {
  findings: Finding[];
  /** Rules that failed on this file: they reported nothing for it. */
  failures: RuleFailure[];
  /** Set when the file was not analysed, with the reason. */
  skipped?: string;
  /** Problems with rule options (defaults were used for those keys). */
  optionProblems: string[];
  /** The project files the analysis read (with a project): a change in one of them changes this file's findings. */
  dependencies?: string[];
}

const recentParses: { fileName: string; sourceFile: ts.SourceFile }[] = [];

/**
 * parseSource, remembering the last few files: the editor lints and then estimates the same text, and the
 * analysis is cached per SourceFile, so the second caller gets both for free.
 */
export function parseSourceCached(fileName: string, text: string): ts.SourceFile {
  const hit = recentParses.find((p) => p.fileName === fileName && parsedFrom(p.sourceFile) === text);
  if (hit) return hit.sourceFile;
  const sourceFile = parseSource(fileName, text);
  rememberParse(fileName, sourceFile);
  return sourceFile;
}

/** Makes parseSourceCached answer with this parse of the file's text (an incremental parse the editor made). */
export function rememberParse(fileName: string, sourceFile: ts.SourceFile): void {
  recentParses.unshift({ fileName, sourceFile });
  if (recentParses.length > 4) recentParses.pop();
}

/** Drops a parse from parseSourceCached's memory (it is about to be re-parsed incrementally, which consumes it). */
export function forgetParse(sourceFile: ts.SourceFile): void {
  const i = recentParses.findIndex((p) => p.sourceFile === sourceFile);
  if (i !== -1) recentParses.splice(i, 1);
}

export function sizeSkipReason(fileName: string, length: number, maxFileSize = DEFAULT_MAX_FILE_SIZE): string | undefined {
  if (length <= maxFileSize) return undefined;
  const mb = (n: number): string => `${(n / 1_000_000).toFixed(1)} MB`;
  return `costlint skipped ${fileName}: ${mb(length)} is above the ${mb(maxFileSize)} limit (maxFileSize).`;
}

/** A finding without the fix or suggestions whose edits cannot apply (inverted, outside the text, overlapping). */
function withValidEdits(finding: Finding, text: string): Finding {
  const fixOk = !finding.fix || validEdits(text, finding.fix);
  const suggestions = finding.suggestions?.filter((s) => validEdits(text, s.edits));
  if (fixOk && suggestions?.length === finding.suggestions?.length) return finding;
  const { fix, suggestions: _dropped, ...rest } = finding;
  return { ...rest, ...(fixOk && fix ? { fix } : {}), ...(suggestions?.length ? { suggestions } : {}) };
}

/** Runs one rule on an already parsed file; never throws. */
export function runRule(
  sourceFile: ts.SourceFile,
  enabled: EnabledRule,
  env: RuleEnvironment = {},
  project?: Project,
): { findings: Finding[]; failure?: RuleFailure; optionProblems: string[] } {
  const { rule } = enabled;
  const { options, problems } = parseRuleOptions(rule, enabled.options);
  const findings: Finding[] = [];
  try {
    const analysis = analyzeFile(sourceFile, project);
    rule.check({
      analysis,
      sourceFile,
      text: sourceFile.text,
      options,
      env,
      report: (report: Report) => {
        findings.push(withValidEdits(toFinding(rule.id, rule.meta.messages, report, sourceFile), sourceFile.text));
      },
    });
  } catch (error) {
    return { findings: [], failure: { ruleId: rule.id, error }, optionProblems: problems };
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, optionProblems: problems };
}

/** Lints a file's text with the given rules: parse once, analyse once, every rule on the shared analysis. */
export function lintText(
  fileName: string,
  text: string,
  rules: EnabledRule[],
  settings: {
    maxFileSize?: number;
    env?: RuleEnvironment;
    envFor?: (sourceFile: ts.SourceFile) => RuleEnvironment;
    project?: Project;
    /** The text already parsed (the editor's incremental parse); its text must be `text`. */
    sourceFile?: ts.SourceFile;
  } = {},
): LintResult {
  const skipped = sizeSkipReason(fileName, text.length, settings.maxFileSize);
  if (skipped) return { findings: [], failures: [], skipped, optionProblems: [] };
  let sourceFile: ts.SourceFile;
  try {
    sourceFile = settings.sourceFile && parsedFrom(settings.sourceFile) === text ? settings.sourceFile : parseSourceCached(fileName, text);
  } catch (error) {
    // TypeScript's own parser can overflow the stack on pathological nesting: skip the file, say why.
    const reason = error instanceof Error ? error.message : String(error);
    return { findings: [], failures: [], skipped: `costlint could not parse ${fileName}: ${reason}`, optionProblems: [] };
  }
  const result: LintResult = { findings: [], failures: [], optionProblems: [] };
  const env = settings.env ?? settings.envFor?.(sourceFile);
  for (const enabled of rules) {
    const one = runRule(sourceFile, enabled, env, settings.project);
    result.findings.push(...one.findings);
    if (one.failure) result.failures.push(one.failure);
    result.optionProblems.push(...one.optionProblems.map((p) => `${enabled.rule.id}: ${p}`));
  }
  result.findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  if (settings.project && rules.length) {
    try {
      const deps = analyzeFile(sourceFile, settings.project).dependencies;
      if (deps) result.dependencies = [...deps.keys()];
    } catch {
      // the rules already said what failed
    }
  }
  return result;
}
