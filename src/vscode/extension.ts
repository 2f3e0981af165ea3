/**
 * costlint for VS Code: a thin adapter from the engine (src/core) to diagnostics, quick fixes, inline cost
 * (inlay hints), hovers, a status bar item and a workspace cost report. Activated only on the languages it
 * serves; reads text it is given and never runs workspace code; no network. Every disposable goes into
 * context.subscriptions.
 */
import * as vscode from "vscode";
import { Analyzer, isServed } from "./analyzer";
import { CostCodeActions, OPEN_DOCS_COMMAND } from "./code-actions";
import { ConfigResolver } from "./config-resolver";
import { openRuleDocs } from "./docs";
import { engine, isEngineLoaded } from "./engine";
import { EslintOverlap } from "./eslint-overlap";
import { Estimates } from "./estimates";
import { SERVED_LANGUAGES } from "./file-names";
import { CostHover } from "./hover";
import { CostInlayHints } from "./inlay-hints";
import { guardAsync, Log } from "./log";
import { collectReport, type Report } from "./report";
import { OPEN_CALL_COMMAND, ReportPanel } from "./report-panel";
import { CostStatusBar, REPORT_COMMAND } from "./status-bar";

export const SHOW_LOG_COMMAND = "costlint.showLog";

/** What activate() returns: read-only hooks for the integration tests and the benchmark. */
export interface CostlintApi {
  /** Milliseconds activate() took. */
  readonly activationMs: number;
  /** Whether activation loaded the engine (it should not: it is loaded by the first analysis). */
  readonly engineLoadedByActivation: boolean;
  /** Whether the tokenizer's ranks are loaded (by the first estimate, never by diagnostics). */
  tokenizerLoaded(): boolean;
  /** The status bar item's text and tooltip ("" when hidden). */
  statusBar(): { text: string; tooltip: string };
  /** The last lines of the log. */
  log(): readonly string[];
  /** Notifications shown about bad configuration. */
  notices(): readonly string[];
  /** Engine run times (ms) of the diagnostics, oldest first. */
  durations(): readonly number[];
  /** Resolves when the document's current version has been analysed. */
  analyzed(uri: vscode.Uri): Promise<boolean>;
  /** The document version of the latest analysis and when (performance.now()) its diagnostics were published. */
  analyzedVersion(uri: vscode.Uri): { version: number; publishedAt: number } | undefined;
  /** The document version last estimated (inline cost, hover, status bar) and when (performance.now()) that began. */
  estimatedVersion(uri: vscode.Uri): { version: number; startedAt: number } | undefined;
}

/** What the cross-file analysis reads: source files and the files that say how imports resolve. */
const SOURCE_AND_PROJECT_FILES = "**/{*.ts,*.tsx,*.mts,*.cts,*.js,*.jsx,*.mjs,*.cjs,*.vue,*.svelte,*.astro,tsconfig*.json,jsconfig.json,package.json,pnpm-workspace.yaml}";

export function activate(context: vscode.ExtensionContext): CostlintApi {
  const started = performance.now();
  const log = new Log();
  const resolver = new ConfigResolver(log);
  const overlap = new EslintOverlap();
  const analyzer = new Analyzer(resolver, log, overlap);
  const estimates = new Estimates((document) => analyzer.sessionOf(document));
  const hints = new CostInlayHints(analyzer, resolver, estimates, log);
  const statusBar = new CostStatusBar(analyzer, estimates, log);
  const selector: vscode.DocumentSelector = SERVED_LANGUAGES.map((language) => ({ language }));
  const sourceWatcher = vscode.workspace.createFileSystemWatcher(SOURCE_AND_PROJECT_FILES);

  const runReport = (): Promise<Report | undefined> =>
    guardAsync(log, "the cost report", undefined, () =>
      Promise.resolve(
        vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: "costlint: estimating the workspace's LLM calls", cancellable: true },
          (progress, token) => collectReport(resolver, estimates, log, token, progress),
        ),
      ),
    );
  const panel = new ReportPanel(context.extensionUri, runReport);

  context.subscriptions.push(
    log,
    resolver,
    overlap,
    overlap.onDidChange(() => analyzer.reanalyzeOpen()),
    analyzer,
    hints,
    statusBar,
    panel,
    vscode.languages.registerCodeActionsProvider(selector, new CostCodeActions(analyzer, log), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.languages.registerInlayHintsProvider(selector, hints),
    vscode.languages.registerHoverProvider(selector, new CostHover(analyzer, estimates, log)),

    vscode.workspace.onDidOpenTextDocument((document) => void analyzer.analyzeNow(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      analyzer.recordChanges(event.document, event.contentChanges);
      analyzer.schedule(event.document);
      if (event.document.uri.scheme === "file") analyzer.fileChanged(event.document.uri.fsPath, event.document);
    }),
    // Modules other files import, changed on disk (saved elsewhere, a branch switch, a generator): their dependents.
    sourceWatcher,
    sourceWatcher.onDidChange((uri) => analyzer.fileChanged(uri.fsPath)),
    sourceWatcher.onDidCreate((uri) => {
      analyzer.filesMoved();
      analyzer.fileChanged(uri.fsPath);
    }),
    sourceWatcher.onDidDelete((uri) => {
      analyzer.filesMoved();
      analyzer.fileChanged(uri.fsPath);
    }),
    analyzer.onDidChangeDependency((document) => {
      estimates.forget(document);
      hints.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      analyzer.forget(document);
      estimates.forget(document);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && isServed(editor.document) && !analyzer.current(editor.document)) void analyzer.analyzeNow(editor.document);
      statusBar.update();
    }),
    analyzer.onDidAnalyze((document) => {
      if (document === vscode.window.activeTextEditor?.document) statusBar.update();
    }),
    resolver.onDidChange(() => {
      analyzer.reanalyzeOpen();
      hints.refresh();
      statusBar.update();
    }),

    vscode.commands.registerCommand(REPORT_COMMAND, async () => {
      const report = await runReport();
      if (report) panel.show(report);
      return report;
    }),
    vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => log.show()),
    vscode.commands.registerCommand(OPEN_DOCS_COMMAND, (ruleId: string) => openRuleDocs(context.extensionUri, ruleId, log)),
    vscode.commands.registerCommand(OPEN_CALL_COMMAND, async (uri: string, line: number, character: number) => {
      const position = new vscode.Position(Number(line) || 0, Number(character) || 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), preview: false });
    }),
  );

  // Documents already open: analysed on the next tick, outside activation (diagnostics only: no tokenizer).
  setTimeout(() => {
    const active = vscode.window.activeTextEditor?.document;
    if (active) void analyzer.analyzeNow(active);
    for (const document of vscode.workspace.textDocuments) if (document !== active) void analyzer.analyzeNow(document);
  }, 0);

  const activationMs = performance.now() - started;
  const engineLoadedByActivation = isEngineLoaded();
  log.info(`costlint ${context.extension.packageJSON?.version ?? ""} activated in ${activationMs.toFixed(1)} ms`);

  return {
    activationMs,
    engineLoadedByActivation,
    tokenizerLoaded: () => isEngineLoaded() && engine().isTokenizerLoaded(),
    statusBar: () => statusBar.state,
    log: () => [...log.recent],
    notices: () => [...resolver.notices],
    durations: () => [...analyzer.durations],
    analyzedVersion: (uri) => analyzer.analyzedVersion(uri),
    estimatedVersion: (uri) => {
      const started = estimates.started.get(uri.toString());
      return started && { version: started.version, startedAt: started.at };
    },
    analyzed: async (uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return document ? (await analyzer.ensure(document)) !== undefined : false;
    },
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
