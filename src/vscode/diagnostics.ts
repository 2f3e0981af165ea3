/** Findings → VS Code diagnostics: offsets become positions, nothing else changes. */
import * as vscode from "vscode";
import type { Finding } from "../core/types";
import { engine } from "./engine";

export const SOURCE = "costlint";

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding, severity: "warn" | "error"): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    rangeOf(document, finding.start, finding.end),
    finding.message,
    severity === "error" ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = SOURCE;
  const docsUrl = engine().ruleById(finding.ruleId)?.docsUrl;
  diagnostic.code = docsUrl ? { value: finding.ruleId, target: vscode.Uri.parse(docsUrl) } : finding.ruleId;
  return diagnostic;
}
