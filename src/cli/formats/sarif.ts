import path from "node:path";
import { pathToFileURL } from "node:url";
import { RULES } from "../../core/rules";
import type { LintedFile } from "../lint-command";
import { flagText, perRunUsd, tokens, usd, type Report } from "../report-command";

/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other viewers: the rules with their
 * documentation, results with a rule id, a level and a region in a file given relative to the folder costlint ran
 * in (`%SRCROOT%`). Run it from the repository root so the paths match the repository's.
 */

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/costlint/costlint";
/** The documentation of the estimate, for `costlint report`'s results. */
export const ESTIMATE_DOCS_URL = `${INFORMATION_URI}#the-estimate`;

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: SarifRun[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: "none" | "note" | "warning" | "error" };
  properties: { tags: string[] };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "note" | "warning" | "error";
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: "%SRCROOT%" };
      region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
    };
  }[];
}

interface SarifRun {
  tool: { driver: { name: "costlint"; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
  originalUriBaseIds: Record<string, { uri: string }>;
  columnKind: "utf16CodeUnits";
  results: SarifResult[];
}

function relativeUri(file: string, cwd: string): string {
  const rel = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return rel.split(path.sep).map(encodeURIComponent).join("/");
}

function run(version: string, rules: SarifRule[], results: SarifResult[], cwd: string): SarifLog {
  const base = pathToFileURL(path.resolve(cwd)).href;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "costlint", semanticVersion: version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: base.endsWith("/") ? base : `${base}/` } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/** Every rule of costlint, so a result's ruleIndex is stable whatever the configuration. */
function lintRules(): SarifRule[] {
  return RULES.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    helpUri: rule.docsUrl,
    help: { text: `${rule.meta.description} See ${rule.docsUrl}`, markdown: `${rule.meta.description} [Documentation](${rule.docsUrl})` },
    defaultConfiguration: { level: rule.meta.recommended === "error" ? "error" : rule.meta.recommended === "warn" ? "warning" : "none" },
    properties: { tags: ["cost", "llm", rule.meta.type] },
  }));
}

/** `costlint lint --format sarif`. */
export function lintSarif(results: LintedFile[], cwd: string, version: string): SarifLog {
  const rules = lintRules();
  const out: SarifResult[] = [];
  for (const file of results) {
    for (const f of file.findings) {
      const ruleIndex = rules.findIndex((r) => r.id === f.ruleId);
      out.push({
        ruleId: f.ruleId,
        ruleIndex,
        level: f.severity === "error" ? "error" : "warning",
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(file.file, cwd), uriBaseId: "%SRCROOT%" },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
      });
    }
  }
  return run(version, rules, out, cwd);
}

/** `costlint report --format sarif`: each LLM call site as a note with its estimate. */
export function reportSarif(report: Report, cwd: string, version: string): SarifLog {
  const rules: SarifRule[] = [
    {
      id: "llm-call-cost",
      name: "LlmCallCost",
      shortDescription: { text: "The estimated tokens and cost of an LLM call site." },
      helpUri: ESTIMATE_DOCS_URL,
      help: { text: `How costlint estimates a call: ${ESTIMATE_DOCS_URL}`, markdown: `[How costlint estimates a call](${ESTIMATE_DOCS_URL})` },
      defaultConfiguration: { level: "note" },
      properties: { tags: ["cost", "llm"] },
    },
  ];
  const results: SarifResult[] = report.calls.map((c) => {
    const perRun = perRunUsd(c);
    const flags = flagText(c);
    return {
      ruleId: "llm-call-cost",
      ruleIndex: 0,
      level: "note",
      message: {
        text:
          `${c.approximate ? "~" : ""}${c.model}: ${tokens(c.inputTokens)} tokens in, ${tokens(c.outputTokens)} out, ${usd(c.costUsd)} per call` +
          `${c.loop ? `, worst case per run ${perRun === null ? "unbounded" : usd(perRun)}` : ""}${flags ? ` (${flags})` : ""}.`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(c.file, cwd), uriBaseId: "%SRCROOT%" },
            region: { startLine: c.line, startColumn: c.column },
          },
        },
      ],
    };
  });
  return run(version, rules, results, cwd);
}
