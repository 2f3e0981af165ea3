/**
 * The cost report as a webview (media/report.js, media/report.css): a sortable table, each row opening its
 * call. Scripts run only from media/ with a nonce; the page gets its data by postMessage.
 */
import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import type { Report } from "./report";

export const OPEN_CALL_COMMAND = "costlint.openCallSite";

interface FromPage {
  type: "ready" | "open" | "refresh";
  uri?: string;
  line?: number;
  character?: number;
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private report: Report | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly refresh: () => Promise<Report | undefined>,
  ) {}

  show(report: Report): void {
    this.report = report;
    if (this.panel) {
      this.panel.reveal(undefined, false);
      this.post();
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, "media");
    const panel = vscode.window.createWebviewPanel("costlint.report", "costlint: cost report", vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(media, "icon.png");
    panel.webview.html = this.html(panel.webview, media);
    panel.webview.onDidReceiveMessage((message: FromPage) => {
      if (message.type === "ready") this.post();
      else if (message.type === "open" && typeof message.uri === "string") {
        void vscode.commands.executeCommand(OPEN_CALL_COMMAND, message.uri, message.line ?? 0, message.character ?? 0);
      } else if (message.type === "refresh") {
        void this.refresh().then((r) => {
          if (r) this.show(r);
        });
      }
    });
    panel.onDidDispose(() => (this.panel = undefined));
  }

  private post(): void {
    if (this.panel && this.report) void this.panel.webview.postMessage({ type: "report", report: this.report });
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = randomBytes(16).toString("base64");
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, "report.js"));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, "report.css"));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>costlint: cost report</title>
</head>
<body>
<header>
  <h1>LLM calls in this workspace</h1>
  <p id="summary">Estimating…</p>
  <button id="refresh" type="button">Refresh</button>
</header>
<table id="calls" aria-label="LLM call sites">
  <thead><tr>
    <th data-key="file" scope="col">Call site</th>
    <th data-key="callee" scope="col">Call</th>
    <th data-key="model" scope="col">Model</th>
    <th data-key="inputTokens" scope="col" class="num">Input</th>
    <th data-key="outputTokens" scope="col" class="num">Output ≤</th>
    <th data-key="costUsd" scope="col" class="num">$/call</th>
    <th data-key="runUsd" scope="col" class="num">Worst $/run</th>
    <th data-key="flags" scope="col">Notes</th>
  </tr></thead>
  <tbody></tbody>
</table>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
