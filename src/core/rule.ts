import type ts from "typescript";
import { z } from "zod";
import type { FileAnalysis } from "./detectors/analysis";
import type { EstimateSettings } from "./cost/estimate";
import type { Finding, MessageData, Suggestion, TextEdit } from "./types";

export const DOCS_BASE_URL = "https://github.com/costlint/costlint/blob/main/docs/rules/";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export interface Report {
  node?: ts.Node;
  start?: number;
  end?: number;
  messageId: string;
  data?: MessageData;
  fix?: TextEdit[];
  suggestions?: Suggestion[];
}

/** Engine-wide facts a rule may need besides its own options (filled by the estimate in later stages). */
export interface RuleEnvironment {
  /** Describes the estimated cost of a call for messages; absent when no estimate is available. */
  describeCall?: (node: ts.Node) => CallCostNote | undefined;
  /** Configuration and prices for rules that estimate whole calls (max-call-cost). */
  estimate?: EstimateSettings;
}

export interface CallCostNote {
  model: string;
  outputTokens: number;
  costUsd: number;
  approximate: boolean;
  /** The call's model is not read from the code (or not in the pricing table): priced as the default model. */
  assumedModel?: boolean;
  /** The server the model runs on when the user runs it ("Ollama", "a server on localhost:1234"): no per-token price, no $ figure. */
  local?: string;
}

export interface RuleContext<O> {
  analysis: FileAnalysis;
  sourceFile: ts.SourceFile;
  text: string;
  options: O;
  env: RuleEnvironment;
  report(report: Report): void;
}

export interface RuleMeta {
  type: "problem" | "suggestion";
  description: string;
  /** In the `recommended` config, at this severity. */
  recommended: false | "warn" | "error";
  messages: Record<string, string>;
  fixable?: "code";
  hasSuggestions?: boolean;
}

export interface Rule<S extends z.ZodObject = z.ZodObject> {
  id: string;
  meta: RuleMeta;
  docsUrl: string;
  /** Options schema: every key with a default and a description. */
  options: S;
  check(context: RuleContext<z.output<S>>): void;
}

export type AnyRule = Rule<z.ZodObject>;

/** Defines a rule: injects the docs URL and validates that every message placeholder exists. */
export function createRule<S extends z.ZodObject>(rule: Omit<Rule<S>, "docsUrl">): Rule<S> {
  return { ...rule, docsUrl: docsUrl(rule.id) };
}

/** A template split once at its placeholders: even positions are text, odd positions placeholder names. */
const parsedTemplates = new Map<string, { parts: string[]; wholes: string[] }>();

function parseTemplate(template: string): { parts: string[]; wholes: string[] } {
  let parsed = parsedTemplates.get(template);
  if (parsed) return parsed;
  parsed = { parts: [], wholes: [] };
  const placeholder = /\{\{\s*(\w+)\s*\}\}/g;
  let last = 0;
  for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
    parsed.parts.push(template.slice(last, m.index), m[1]!);
    parsed.wholes.push(m[0]);
    last = m.index + m[0].length;
  }
  parsed.parts.push(template.slice(last));
  // Messages come from the rules' metadata: a handful of templates, whatever the files hold.
  if (parsedTemplates.size < 1000) parsedTemplates.set(template, parsed);
  return parsed;
}

/** Fills `{{name}}` placeholders of a message (an unknown name stays as written). */
export function formatMessage(template: string, data: MessageData = {}): string {
  const { parts, wholes } = parseTemplate(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (key in data ? String(data[key]) : wholes[(i - 1) / 2]!) + parts[i + 1]!;
  }
  return out;
}

const parsedOptions = new WeakMap<object, Map<string, { options: unknown; problems: string[] }>>();

/** Parses rule options (memoized per rule and options value: every file of a run has the same). */
export function parseRuleOptions<S extends z.ZodObject>(rule: Rule<S>, raw: unknown): { options: z.output<S>; problems: string[] } {
  let byKey = parsedOptions.get(rule);
  if (!byKey) {
    byKey = new Map();
    parsedOptions.set(rule, byKey);
  }
  const key = JSON.stringify(raw ?? {});
  const hit = byKey.get(key);
  if (hit) return hit as { options: z.output<S>; problems: string[] };
  const result = parseRuleOptionsUncached(rule, raw);
  if (byKey.size < 100) byKey.set(key, result);
  return result;
}

/** Parses rule options, falling back to defaults for invalid keys; returns the problems found. */
function parseRuleOptionsUncached<S extends z.ZodObject>(rule: Rule<S>, raw: unknown): { options: z.output<S>; problems: string[] } {
  const parsed = rule.options.safeParse(raw ?? {});
  if (parsed.success) return { options: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(options)"}: ${issue.message}`);
  const defaults = rule.options.parse({});
  const partial: Record<string, unknown> = { ...defaults };
  if (raw && typeof raw === "object") {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      const field = Object.hasOwn(rule.options.shape, key) ? (rule.options.shape[key] as z.ZodType) : undefined;
      if (field && field.safeParse(value).success) partial[key] = value;
    }
  }
  return { options: rule.options.parse(partial), problems };
}

export function toFinding(ruleId: string, messages: Record<string, string>, report: Report, sourceFile: ts.SourceFile): Finding {
  const start = report.start ?? report.node!.getStart(sourceFile);
  const end = report.end ?? report.node!.getEnd();
  const data = report.data ?? {};
  return {
    ruleId,
    messageId: report.messageId,
    message: formatMessage(messages[report.messageId] ?? report.messageId, data),
    data,
    start,
    end,
    ...(report.fix ? { fix: report.fix } : {}),
    ...(report.suggestions ? { suggestions: report.suggestions } : {}),
  };
}
