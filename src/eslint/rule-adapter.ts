import type { Rule as ESLintRule, SourceCode } from "eslint";
import { z } from "zod";
import { runRule, sizeSkipReason } from "../core/engine";
import type { Project } from "../core/project/project";
import type { AnyRule, RuleEnvironment } from "../core/rule";
import type { Finding, TextEdit } from "../core/types";
import { sourceFileFor } from "./source-file";

/** What was already said about a file, so each note is printed once per file however many rules run. */
const notes = new WeakMap<SourceCode, Set<string>>();

/** The message of a configuration problem, which every costlint rule may report (the first one to run on a file does). */
export const CONFIG_PROBLEM_MESSAGE = "configProblem";

/** True the first time it is asked for a file and key. */
function firstTime(sourceCode: SourceCode, key: string): boolean {
  let said = notes.get(sourceCode);
  if (!said) {
    said = new Set();
    notes.set(sourceCode, said);
  }
  if (said.has(key)) return false;
  said.add(key);
  return true;
}

function sayOnce(sourceCode: SourceCode, key: string, message: string): void {
  if (firstTime(sourceCode, key)) console.warn(message);
}

export interface AdapterSettings {
  maxFileSize?: number | ((filename: string) => number | undefined);
  env?: (sourceFile: import("typescript").SourceFile, filename: string) => RuleEnvironment;
  /** Called with the AST each rule analyses and whether it is the parser's own (for tests and diagnostics). */
  onSourceFile?: (sourceFile: import("typescript").SourceFile, reusedParserAst: boolean) => void;
  /** Project configuration merged under the ESLint rule options. */
  baseOptions?: (ruleId: string, filename: string) => Record<string, unknown> | undefined;
  /** Problems of the costlint.config.json that applies to a file: reported at its line 1 by the first costlint rule that runs. */
  configProblems?: (filename: string) => readonly string[];
  /** The cross-file context for a linted file (imports of the project's own modules are followed through it). */
  project?: (sourceCode: SourceCode, filename: string) => Project | undefined;
}

/**
 * What every costlint rule of a run needs of one linted file, found by the first rule that runs on it: the
 * configuration's problems and size limit, the cross-file context, the tree and the cost environment. The other
 * rules reuse it (one configuration lookup, one project epoch, one environment per file instead of one per rule).
 */
interface FileState {
  configProblems: readonly string[];
  skipped?: string;
  project?: Project;
  sourceFile?: import("typescript").SourceFile;
  reused?: boolean;
  env?: RuleEnvironment;
  /** Getting the tree or the environment failed: each rule says so for itself, as when each rule asked. */
  error?: unknown;
}

/** Per settings object (a plugin instance), per linted file. */
const fileStates = new WeakMap<AdapterSettings, WeakMap<SourceCode, FileState>>();

function fileState(settings: AdapterSettings, sourceCode: SourceCode, filename: string): FileState {
  let states = fileStates.get(settings);
  if (!states) fileStates.set(settings, (states = new WeakMap()));
  let state = states.get(sourceCode);
  if (state) return state;
  state = { configProblems: settings.configProblems?.(filename) ?? [] };
  states.set(sourceCode, state);
  const maxFileSize = typeof settings.maxFileSize === "function" ? settings.maxFileSize(filename) : settings.maxFileSize;
  const skipped = sizeSkipReason(filename, sourceCode.text.length, maxFileSize);
  if (skipped) {
    state.skipped = skipped;
    return state;
  }
  try {
    const project = settings.project?.(sourceCode, filename);
    if (project) state.project = project;
    const { sourceFile, reused } = sourceFileFor(sourceCode, filename, project);
    state.sourceFile = sourceFile;
    state.reused = reused;
    state.env = settings.env?.(sourceFile, filename) ?? {};
  } catch (error) {
    state.error = error;
  }
  return state;
}

function jsonSchemaOf(rule: AnyRule): ESLintRule.RuleMetaData["schema"] {
  const schema = z.toJSONSchema(rule.options, { io: "input", target: "draft-4", unrepresentable: "any" }) as Record<string, unknown>;
  delete schema.$schema;
  // ESLint rejects unknown option keys, as its users expect.
  schema.additionalProperties = false;
  return [schema];
}

function toFix(edits: TextEdit[]): (fixer: ESLintRule.RuleFixer) => ESLintRule.Fix[] {
  return (fixer) => edits.map((e) => fixer.replaceTextRange([e.start, e.end], e.text));
}

/** An ESLint rule that runs a core rule and translates its findings. No rule logic lives here. */
export function toEslintRule(rule: AnyRule, settings: AdapterSettings = {}): ESLintRule.RuleModule {
  return {
    meta: {
      type: rule.meta.type,
      docs: { description: rule.meta.description, recommended: rule.meta.recommended !== false, url: rule.docsUrl },
      messages: { ...rule.meta.messages, [CONFIG_PROBLEM_MESSAGE]: "costlint configuration: {{problem}}" },
      schema: jsonSchemaOf(rule),
      ...(rule.meta.fixable ? { fixable: rule.meta.fixable } : {}),
      ...(rule.meta.hasSuggestions ? { hasSuggestions: true } : {}),
    },
    create(context) {
      const sourceCode = context.sourceCode;
      const filename = context.filename;
      return {
        Program() {
          const state = fileState(settings, sourceCode, filename);
          if (state.configProblems.length && firstTime(sourceCode, "config")) {
            for (const problem of state.configProblems) {
              context.report({ loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } }, messageId: CONFIG_PROBLEM_MESSAGE, data: { problem } });
            }
          }
          if (state.skipped) {
            sayOnce(sourceCode, "size", state.skipped);
            return;
          }
          let findings: Finding[];
          try {
            if (state.error !== undefined) throw state.error;
            const sourceFile = state.sourceFile!;
            settings.onSourceFile?.(sourceFile, state.reused!);
            const base = settings.baseOptions?.(rule.id, filename);
            const own = context.options[0] as Record<string, unknown> | undefined;
            const options = base && own ? { ...base, ...own } : (own ?? base ?? {});
            const result = runRule(sourceFile, { rule, options }, state.env, state.project);
            if (result.failure) {
              const error = result.failure.error;
              sayOnce(
                sourceCode,
                `failure:${rule.id}`,
                `costlint: rule ${rule.id} failed on ${filename} and reported nothing for it: ${error instanceof Error ? error.message : String(error)}`,
              );
              return;
            }
            findings = result.findings;
          } catch (error) {
            sayOnce(sourceCode, `failure:${rule.id}`, `costlint: rule ${rule.id} failed on ${filename}: ${error instanceof Error ? error.message : String(error)}`);
            return;
          }
          for (const finding of findings) {
            context.report({
              loc: { start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end) },
              messageId: finding.messageId,
              data: stringData(finding.data),
              ...(finding.fix ? { fix: toFix(finding.fix) } : {}),
              ...(finding.suggestions?.length
                ? { suggest: finding.suggestions.map((s) => ({ messageId: s.messageId, data: stringData(s.data ?? {}), fix: toFix(s.edits) })) }
                : {}),
            });
          }
        },
      };
    },
  };
}

function stringData(data: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));
}
