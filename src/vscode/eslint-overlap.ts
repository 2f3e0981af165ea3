/**
 * costlint.diagnostics: "auto" hides costlint's own diagnostics where vscode-eslint already reports costlint's
 * rules, so a finding is not shown twice; the inline cost, the hover and the report stay.
 */
import * as vscode from "vscode";
import { decideDiagnostics, ESLINT_CONFIG_GLOB, ESLINT_EXTENSION_ID, type DiagnosticsMode } from "./eslint-overlap-rules";

export { decideDiagnostics, type DiagnosticsMode } from "./eslint-overlap-rules";

export class EslintOverlap implements vscode.Disposable {
  /** Per workspace folder: the first ESLint flat config in it that mentions costlint, or undefined. */
  private readonly byFolder = new Map<string, Promise<vscode.Uri | undefined>>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(ESLINT_CONFIG_GLOB);
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when an ESLint config file is created, changed or deleted (the answer may change). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    const reset = (): void => {
      this.byFolder.clear();
      this.changed.fire();
    };
    this.subscriptions = [
      this.watcher,
      this.changed,
      this.watcher.onDidCreate(reset),
      this.watcher.onDidChange(reset),
      this.watcher.onDidDelete(reset),
      vscode.extensions.onDidChange(reset),
    ];
  }

  /**
   * Whether costlint shows its diagnostics on this document, and why not when it does not. "auto": not when the
   * ESLint extension is installed and enabled (for this file) and the workspace folder's ESLint flat config mentions
   * costlint (a cheap heuristic: it loads the plugin).
   */
  async shows(uri: vscode.Uri, mode: DiagnosticsMode): Promise<{ show: boolean; reason?: string }> {
    if (mode !== "auto") return decideDiagnostics(mode, undefined);
    const eslint = vscode.extensions.getExtension(ESLINT_EXTENSION_ID);
    const enabled = eslint !== undefined && vscode.workspace.getConfiguration("eslint", uri).get<boolean>("enable", true) !== false;
    if (!enabled) return decideDiagnostics(mode, undefined);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return decideDiagnostics(mode, undefined);
    const key = folder.uri.toString();
    let pending = this.byFolder.get(key);
    if (!pending) {
      pending = findCostlintConfig(folder).catch(() => undefined);
      this.byFolder.set(key, pending);
    }
    const config = await pending;
    return decideDiagnostics(mode, config ? vscode.workspace.asRelativePath(config) : undefined);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

async function findCostlintConfig(folder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, ESLINT_CONFIG_GLOB), "**/node_modules/**", 20);
  for (const file of files.sort((a, b) => a.path.length - b.path.length)) {
    const bytes = await vscode.workspace.fs.readFile(file);
    if (bytes.byteLength < 1_000_000 && /costlint/.test(new TextDecoder().decode(bytes))) return file;
  }
  return undefined;
}
