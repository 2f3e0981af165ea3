/**
 * "Show documentation for RULE": the rule's page bundled in the extension (docs/rules/RULE.md) in the
 * Markdown preview. It works offline and in remote and web windows, and describes the rules of the installed
 * version; the diagnostic's code link still goes to the page online. Fallback: the online page.
 */
import * as vscode from "vscode";
import { engine } from "./engine";
import type { Log } from "./log";

export async function openRuleDocs(extensionUri: vscode.Uri, ruleId: string, log: Log): Promise<void> {
  const rule = engine().ruleById(String(ruleId));
  if (!rule) {
    log.warn(`no documentation for unknown rule ${String(ruleId)}`);
    return;
  }
  const page = vscode.Uri.joinPath(extensionUri, "docs", "rules", `${rule.id}.md`);
  try {
    await vscode.workspace.fs.stat(page);
    await vscode.commands.executeCommand("markdown.showPreview", page);
    return;
  } catch (error) {
    log.warn(`could not show the bundled page ${page.toString()} (${error instanceof Error ? error.message : String(error)}); opening ${rule.docsUrl}`);
  }
  await vscode.env.openExternal(vscode.Uri.parse(rule.docsUrl));
}
