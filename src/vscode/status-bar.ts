/**
 * Status bar: the active file's LLM call sites and their worst case per run; a note when the file was
 * skipped (too large, unparsable). Click: the workspace cost report. Rendered after the analysis, on a
 * timer, never inside activation.
 */
import * as vscode from "vscode";
import { engineFileNameOf, isServed, type Analyzer } from "./analyzer";
import type { Estimates } from "./estimates";
import { runTotal, statusText, statusTooltip } from "./format";
import { guard, type Log } from "./log";

export const REPORT_COMMAND = "costlint.showReport";

export class CostStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("costlint.status", vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly estimates: Estimates,
    private readonly log: Log,
  ) {
    this.item.name = "costlint";
    this.item.command = REPORT_COMMAND;
  }

  /** Re-renders soon (coalesces bursts of events). */
  update(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      guard(this.log, "the status bar", undefined, () => this.render());
    }, 0);
  }

  /** What the item shows now (for the test API): "" when hidden. */
  get state(): { text: string; tooltip: string } {
    return this.visible ? { text: this.item.text, tooltip: String(this.item.tooltip ?? "") } : { text: "", tooltip: "" };
  }

  private visible = false;

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  private show(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.visible = true;
    this.item.show();
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isServed(editor.document)) return this.hide();
    const document = editor.document;
    const analysis = this.analyzer.current(document);
    // Disabled for this file, or its analysis is pending (onDidAnalyze renders again).
    if (!analysis) return this.hide();
    if (analysis.skipped) return this.show("$(info) costlint: skipped", analysis.skipped);
    const calls = this.estimates.get(document, engineFileNameOf(document), analysis.resolved);
    const total = runTotal(calls);
    this.show(`$(pulse) ${statusText(total)}`, statusTooltip(total));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
  }
}
