/**
 * The estimated cost of each LLM call, inline at the end of the line where the call ends: an inlay hint
 * (not a decoration) so VS Code asks for the visible range only, cancels stale requests, lets the user hide
 * hints with editor.inlayHints.enabled, and shows the breakdown as the hint's tooltip.
 */
import * as vscode from "vscode";
import { isServed, engineFileNameOf, type Analyzer } from "./analyzer";
import type { ConfigResolver } from "./config-resolver";
import { engine } from "./engine";
import type { Estimates } from "./estimates";
import { hoverMarkdown, inlineLabel, type CallView } from "./format";
import type { ResolvedConfig } from "./config-merge";
import { guard, guardAsync, type Log } from "./log";

export function callMarkdown(call: CallView, resolved: ResolvedConfig): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(
    hoverMarkdown(call, {
      cheaper: engine().cheaperModels(resolved.pricing, call),
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

  /** The call behind each hint, for its tooltip (built on hover, in resolveInlayHint). */
  private readonly calls = new WeakMap<vscode.InlayHint, { call: CallView; resolved: ResolvedConfig }>();

  constructor(
    private readonly analyzer: Analyzer,
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
      // Estimate after the (debounced) analysis of this version, not on every keystroke; VS Code keeps the
      // previous hints in place meanwhile.
      const analysis = await this.analyzer.whenCurrent(document, token);
      if (!analysis || analysis.skipped || token.isCancellationRequested) return [];
      const calls = this.estimates.get(document, engineFileNameOf(document), analysis.resolved);
      const hints: vscode.InlayHint[] = [];
      for (const call of calls) {
        const end = document.lineAt(document.positionAt(call.end).line).range.end;
        if (!range.contains(end)) continue;
        const hint = new vscode.InlayHint(end, inlineLabel(call));
        hint.paddingLeft = true;
        this.calls.set(hint, { call, resolved: analysis.resolved });
        hints.push(hint);
      }
      return hints;
    });
  }

  resolveInlayHint(hint: vscode.InlayHint): vscode.InlayHint {
    const entry = this.calls.get(hint);
    if (entry) hint.tooltip = guard(this.log, "the inline cost tooltip", undefined, () => callMarkdown(entry.call, entry.resolved));
    return hint;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
