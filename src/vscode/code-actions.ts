/**
 * Quick fixes from the findings cached for the document's version: every fix and suggestion the engine
 * offers (the autofix, else the first suggestion, is preferred), "Disable RULE for this line" and
 * "Show documentation for RULE".
 */
import * as vscode from "vscode";
import type { Finding, TextEdit } from "../core/types";
import { engineFileNameOf, type Analyzer } from "./analyzer";
import { rangeOf, SOURCE } from "./diagnostics";
import { engine } from "./engine";
import { guardAsync, type Log } from "./log";

export const OPEN_DOCS_COMMAND = "costlint.openDocs";

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, rangeOf(document, e.start, e.end), e.text);
  return edit;
}

/** The diagnostic VS Code shows for a finding (same range, message and code), to attach to its actions. */
function diagnosticFor(context: vscode.CodeActionContext, range: vscode.Range, finding: Finding): vscode.Diagnostic[] {
  return context.diagnostics.filter(
    (d) =>
      d.source === SOURCE &&
      d.range.isEqual(range) &&
      d.message === finding.message &&
      (typeof d.code === "object" ? d.code.value : d.code) === finding.ruleId,
  );
}

export class CostCodeActions implements vscode.CodeActionProvider {
  constructor(
    private readonly analyzer: Analyzer,
    private readonly log: Log,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    return guardAsync(this.log, `code actions for ${document.uri.toString()}`, [], async () => {
      if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
      // The findings of this very version: a pending (debounced) run is pulled forward, never guessed.
      const analysis = await this.analyzer.ensure(document);
      if (!analysis || token.isCancellationRequested || analysis.version !== document.version) return [];
      const fixes: vscode.CodeAction[] = [];
      const disables: vscode.CodeAction[] = [];
      const docs: vscode.CodeAction[] = [];
      const seenDisable = new Set<string>();
      const seenDocs = new Set<string>();
      const text = document.getText();
      for (const finding of analysis.findings) {
        const findingRange = rangeOf(document, finding.start, finding.end);
        if (!findingRange.intersection(range)) continue;
        const diagnostics = diagnosticFor(context, findingRange, finding);
        const rule = engine().ruleById(finding.ruleId);
        if (finding.fix?.length) {
          const action = new vscode.CodeAction(`Fix this ${finding.ruleId} problem`, vscode.CodeActionKind.QuickFix);
          action.edit = workspaceEdit(document, finding.fix);
          action.diagnostics = diagnostics;
          action.isPreferred = true;
          fixes.push(action);
        }
        finding.suggestions?.forEach((suggestion, i) => {
          const template = rule?.meta.messages[suggestion.messageId] ?? suggestion.messageId;
          const action = new vscode.CodeAction(engine().formatMessage(template, suggestion.data), vscode.CodeActionKind.QuickFix);
          action.edit = workspaceEdit(document, suggestion.edits);
          action.diagnostics = diagnostics;
          if (i === 0 && !finding.fix?.length) action.isPreferred = true;
          fixes.push(action);
        });
        const line = findingRange.start.line;
        if (!seenDisable.has(`${finding.ruleId}:${line}`)) {
          seenDisable.add(`${finding.ruleId}:${line}`);
          const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
          action.edit = workspaceEdit(document, [engine().disableLineEditIn(engineFileNameOf(document), text, finding.start, finding.ruleId)]);
          action.diagnostics = diagnostics;
          disables.push(action);
        }
        if (!seenDocs.has(finding.ruleId)) {
          seenDocs.add(finding.ruleId);
          const action = new vscode.CodeAction(`Show documentation for ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
          action.command = { title: action.title, command: OPEN_DOCS_COMMAND, arguments: [finding.ruleId] };
          docs.push(action);
        }
      }
      return [...fixes, ...disables, ...docs];
    });
  }
}
