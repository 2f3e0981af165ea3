/**
 * The estimated cost of each LLM call, inline at the end of the line where the call ends: an inlay hint
 * (not a decoration) so VS Code asks for the visible range only, cancels stale requests, lets the user hide
 * hints with editor.inlayHints.enabled, and shows the breakdown as the hint's tooltip.
 */
import * as vscode from "vscode";
import { isServed, engineFileNameOf } from "./analyzer";
import { cheaperModels } from "./cheaper-models";
import type { ConfigResolver } from "./config-resolver";
import type { Estimates } from "./estimates";
import { hoverMarkdown, inlineLabel, type CallView } from "./format";
import type { ResolvedConfig } from "./config-merge";
import { guardAsync, type Log } from "./log";

export function callMarkdown(call: CallView, resolved: ResolvedConfig): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(
    hoverMarkdown(call, {
      cheaper: cheaperModels(resolved.pricing, call),
      budgetUsd: resolved.config.budget.perCallUsd,
      pricesUpdated: resolved.pricing.updated,
    }),
  );
  markdown.supportHtml = false;
  markdown.isTrusted = false;
  return markdown;
}

export class CostInlayHints implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(
    private readonly resolver: ConfigResolver,
    private readonly estimates: Estimates,
    private readonly log: Log,
  ) {}

  /** Ask VS Code to request the hints again (configuration changed). */
  refresh(): void {
    this.changed.fire();
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    return guardAsync(this.log, `inline cost for ${document.uri.toString()}`, [], async () => {
      if (!isServed(document)) return [];
      const resolved = await this.resolver.resolve(document.uri);
      if (token.isCancellationRequested || !resolved.enable || !resolved.inlineCost) return [];
      const calls = this.estimates.get(document, engineFileNameOf(document), resolved);
      const hints: vscode.InlayHint[] = [];
      for (const call of calls) {
        const end = document.lineAt(document.positionAt(call.end).line).range.end;
        if (!range.contains(end)) continue;
        const hint = new vscode.InlayHint(end, inlineLabel(call));
        hint.paddingLeft = true;
        hint.tooltip = callMarkdown(call, resolved);
        hints.push(hint);
      }
      return hints;
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
