/**
 * The configuration that applies to a document: the nearest costlint.config.json at or above it (the file
 * CI reads) merged with the costlint.* settings. Cached per folder and directory; dropped when a config file
 * or a costlint setting changes. Bad configuration: one notification per new set of problems (naming the
 * file or setting and the key), every problem in the log, and the defaults for the bad keys.
 */
import path from "node:path";
import * as vscode from "vscode";
import type { LoadedConfig } from "../core/config/load";
import type { EditorSettings, ResolvedConfig } from "./config-merge";
import { engine } from "./engine";
import { CONFIG_FILE } from "./file-names";
import type { Log } from "./log";
import { readEditorSettings, SECTION } from "./settings";

export type { ResolvedConfig };

export class ConfigResolver implements vscode.Disposable {
  private readonly files = new Map<string, Promise<LoadedConfig>>();
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  private readonly settings = new Map<string, EditorSettings>();
  private readonly reported = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when a configuration file or a costlint setting changed: re-analyse. */
  readonly onDidChange = this.changed.event;
  /** Notifications shown (for the test API). */
  readonly notices: string[] = [];

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const onFile = (uri: vscode.Uri): void => {
      this.log.info(`${uri.scheme === "file" ? uri.fsPath : uri.toString()} changed: reloading the configuration`);
      this.invalidate();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onFile),
      watcher.onDidChange(onFile),
      watcher.onDidDelete(onFile),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      this.changed,
    );
  }

  /** Drops every cached configuration and tells the listeners. */
  invalidate(): void {
    this.files.clear();
    this.resolved.clear();
    this.settings.clear();
    this.changed.fire();
  }

  /** Settings of a document's folder (read once per change). */
  editorSettings(uri: vscode.Uri): EditorSettings {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? "";
    let settings = this.settings.get(key);
    if (!settings) {
      settings = readEditorSettings(folder?.uri ?? uri);
      this.settings.set(key, settings);
    }
    return settings;
  }

  /** The configuration for a document. Never rejects. */
  resolve(uri: vscode.Uri): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const dirKey = uri.scheme === "file" ? path.dirname(uri.fsPath) : (folder?.uri.toString() ?? "");
    const key = `${folder?.uri.toString() ?? ""}|${dirKey}`;
    let pending = this.resolved.get(key);
    if (!pending) {
      pending = this.loadFile(uri, dirKey, folder).then(
        (file) => {
          const resolved = engine().mergeEditorSettings(file, this.editorSettings(uri));
          this.report(resolved, folder);
          return resolved;
        },
        (error: unknown) => {
          this.log.error(`reading the configuration for ${uri.toString()} failed; using the defaults`, error);
          const e = engine();
          return e.mergeEditorSettings({ config: e.defaultConfig(), pricing: e.defaultPricingTable(), problems: [] }, this.editorSettings(uri));
        },
      );
      this.resolved.set(key, pending);
    }
    return pending;
  }

  private loadFile(uri: vscode.Uri, dirKey: string, folder: vscode.WorkspaceFolder | undefined): Promise<LoadedConfig> {
    let pending = this.files.get(dirKey);
    if (!pending) {
      // The search stops at the workspace folder (or the repository root): a file above the project is not its own.
      const root = folder?.uri.scheme === "file" ? folder.uri.fsPath : undefined;
      pending = uri.scheme === "file" ? Promise.resolve().then(() => engine().loadConfigFor(dirKey, root)) : readVirtualConfig(folder);
      this.files.set(dirKey, pending);
    }
    return pending;
  }

  /** Logs every problem, and shows one notification when a source's problems are new. */
  private report(resolved: ResolvedConfig, folder: vscode.WorkspaceFolder | undefined): void {
    const sources: [string, string[], vscode.Uri | undefined][] = [
      [`file:${resolved.file ?? ""}`, resolved.fileProblems, resolved.file ? fileUriOf(resolved.file) : undefined],
      [`settings:${folder?.uri.toString() ?? ""}`, resolved.settingProblems, undefined],
    ];
    for (const [source, problems, fileUri] of sources) {
      const joined = problems.join("\n");
      if ((this.reported.get(source) ?? "") === joined) continue;
      this.reported.set(source, joined);
      if (problems.length === 0) continue;
      for (const p of problems) this.log.warn(p);
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more: see the log)` : "";
      const text = `costlint: ${problems[0]}${more}`;
      this.notices.push(text);
      const open = fileUri ? "Open costlint.config.json" : "Open Settings";
      void vscode.window.showWarningMessage(text, open, "Show Log").then((choice) => {
        if (choice === "Show Log") this.log.show();
        else if (choice === open) {
          if (fileUri) void vscode.window.showTextDocument(fileUri);
          else void vscode.commands.executeCommand("workbench.action.openSettings", SECTION);
        }
      });
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Virtual workspaces (no local file system): the folder's costlint.config.json through vscode.workspace.fs. */
async function readVirtualConfig(folder: vscode.WorkspaceFolder | undefined): Promise<LoadedConfig> {
  const e = engine();
  const defaults: LoadedConfig = { config: e.defaultConfig(), pricing: e.defaultPricingTable(), problems: [] };
  if (!folder) return defaults;
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return defaults;
  }
  return e.parseConfigText(new TextDecoder().decode(bytes), uri.toString());
}

function fileUriOf(file: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}
