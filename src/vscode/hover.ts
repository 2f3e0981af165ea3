/** A hover on a call's callee (`client.chat.completions.create`): the estimate's breakdown, assumptions and cheaper models. */
import * as vscode from "vscode";
import { engineFileNameOf, isServed, type Analyzer } from "./analyzer";
import type { Estimates } from "./estimates";
import { callMarkdown } from "./inlay-hints";
import { guardAsync, type Log } from "./log";

export class CostHover implements vscode.HoverProvider {
  constructor(
    private readonly analyzer: Analyzer,
    private readonly estimates: Estimates,
    private readonly log: Log,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    return guardAsync(this.log, `hover for ${document.uri.toString()}`, undefined, async () => {
      if (!isServed(document)) return undefined;
      // Diagnostics first: the estimate waits for the analysis of this version (a pending one is not overtaken).
      const analysis = await this.analyzer.whenCurrent(document, token);
      if (token.isCancellationRequested || !analysis) return undefined;
      const resolved = analysis.resolved;
      const offset = document.offsetAt(position);
      // Only the callee answers: hovering the arguments (a prompt, a schema) keeps their own hovers.
      const calls = this.estimates.get(document, engineFileNameOf(document), resolved).filter((c) => c.start <= offset && offset <= c.calleeEnd);
      if (calls.length === 0) return undefined;
      const call = calls.reduce((inner, c) => (c.start >= inner.start ? c : inner));
      return new vscode.Hover(callMarkdown(call, resolved), new vscode.Range(document.positionAt(call.start), document.positionAt(call.calleeEnd)));
    });
  }
}
