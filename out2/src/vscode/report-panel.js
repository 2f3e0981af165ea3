"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReportPanel = exports.OPEN_CALL_COMMAND = void 0;
/**
 * The cost report as a webview (media/report.js, media/report.css): a sortable table, each row opening its
 * call. Scripts run only from media/ with a nonce; the page gets its data by postMessage.
 */
const node_crypto_1 = require("node:crypto");
const vscode = __importStar(require("vscode"));
exports.OPEN_CALL_COMMAND = "costlint.openCallSite";
class ReportPanel {
    extensionUri;
    refresh;
    panel;
    report;
    constructor(extensionUri, refresh) {
        this.extensionUri = extensionUri;
        this.refresh = refresh;
    }
    show(report) {
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
        panel.webview.onDidReceiveMessage((message) => {
            if (message.type === "ready")
                this.post();
            else if (message.type === "open" && typeof message.uri === "string") {
                void vscode.commands.executeCommand(exports.OPEN_CALL_COMMAND, message.uri, message.line ?? 0, message.character ?? 0);
            }
            else if (message.type === "refresh") {
                void this.refresh().then((r) => {
                    if (r)
                        this.show(r);
                });
            }
        });
        panel.onDidDispose(() => (this.panel = undefined));
    }
    post() {
        if (this.panel && this.report)
            void this.panel.webview.postMessage({ type: "report", report: this.report });
    }
    html(webview, media) {
        const nonce = (0, node_crypto_1.randomBytes)(16).toString("base64");
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
    dispose() {
        this.panel?.dispose();
    }
}
exports.ReportPanel = ReportPanel;
//# sourceMappingURL=report-panel.js.map