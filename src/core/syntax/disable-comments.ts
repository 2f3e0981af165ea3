import ts from "typescript";
import type { Finding } from "../types";

interface Directive {
  kind: "disable" | "enable" | "disable-line" | "disable-next-line";
  /** Rule ids (without the `costlint/` prefix); undefined = every rule. */
  rules?: Set<string>;
  line: number;
}

/** `costlint/a, costlint/b -- reason` → {a, b}; other plugins' rules are ignored; empty = all rules. */
function parseRules(list: string | undefined): Set<string> | undefined | null {
  const text = (list ?? "").split(/\s--\s/)[0]!.trim();
  if (!text) return undefined;
  const ours = text
    .split(",")
    .map((r) => r.trim())
    .filter((r) => r.startsWith("costlint/"))
    .map((r) => r.slice("costlint/".length));
  return ours.length ? new Set(ours) : null; // null: only other plugins' rules
}

const DIRECTIVE = /^\s*eslint-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*?))?\s*$/;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line of an offset. */
function lineAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function directives(text: string, starts: readonly number[]): Directive[] {
  const found: Directive[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token !== ts.SyntaxKind.SingleLineCommentTrivia && token !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const raw = scanner.getTokenText();
    const body = token === ts.SyntaxKind.SingleLineCommentTrivia ? raw.slice(2) : raw.slice(2, -2);
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const kind = match[1] as Directive["kind"];
    // ESLint: line directives in block comments must fit one line; file-level ones only in block comments.
    if ((kind === "disable" || kind === "enable") && token !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const rules = parseRules(match[2]);
    if (rules === null) continue;
    found.push({ kind, ...(rules ? { rules } : {}), line: lineAt(starts, scanner.getTokenStart()) });
  }
  return found;
}

/**
 * Drops findings that ESLint would suppress with `eslint-disable` comments naming costlint rules (or all rules),
 * so the CLI and the editor agree with the ESLint run in CI.
 */
export function applyDisableComments(text: string, findings: Finding[]): Finding[] {
  if (!text.includes("eslint-disable") || findings.length === 0) return findings;
  const starts = lineStartsOf(text);
  const list = directives(text, starts);
  if (list.length === 0) return findings;
  const lineOf = (pos: number): number => lineAt(starts, pos);
  return findings.filter((finding) => {
    const line = lineOf(finding.start);
    const applies = (d: Directive): boolean => !d.rules || d.rules.has(finding.ruleId);
    if (list.some((d) => applies(d) && ((d.kind === "disable-line" && d.line === line) || (d.kind === "disable-next-line" && d.line + 1 === line)))) return false;
    let disabled = false;
    for (const d of list) {
      if (d.line > line) break;
      if (!applies(d)) continue;
      if (d.kind === "disable") disabled = true;
      else if (d.kind === "enable") disabled = false;
    }
    return !disabled;
  });
}
