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
exports.SHOW_LOG_COMMAND = void 0;
exports.activate = activate;
exports.deactivate = deactivate;
/**
 * costlint for VS Code: a thin adapter from the engine (src/core) to diagnostics, quick fixes, inline cost
 * (inlay hints), hovers, a status bar item and a workspace cost report. Activated only on the languages it
 * serves; reads text it is given and never runs workspace code; no network. Every disposable goes into
 * context.subscriptions.
 */
const vscode = __importStar(require("vscode"));
const analyzer_1 = require("./analyzer");
const code_actions_1 = require("./code-actions");
const config_resolver_1 = require("./config-resolver");
const docs_1 = require("./docs");
const engine_1 = require("./engine");
const eslint_overlap_1 = require("./eslint-overlap");
const estimates_1 = require("./estimates");
const file_names_1 = require("./file-names");
const hover_1 = require("./hover");
const inlay_hints_1 = require("./inlay-hints");
const log_1 = require("./log");
const report_1 = require("./report");
const report_panel_1 = require("./report-panel");
const status_bar_1 = require("./status-bar");
exports.SHOW_LOG_COMMAND = "costlint.showLog";
/** What the cross-file analysis reads: source files and the files that say how imports resolve. */
const SOURCE_AND_PROJECT_FILES = "**/{*.ts,*.tsx,*.mts,*.cts,*.js,*.jsx,*.mjs,*.cjs,*.vue,*.svelte,*.astro,tsconfig*.json,jsconfig.json,package.json,pnpm-workspace.yaml}";
function activate(context) {
    const started = performance.now();
    const log = new log_1.Log();
    const resolver = new config_resolver_1.ConfigResolver(log);
    const overlap = new eslint_overlap_1.EslintOverlap();
    const analyzer = new analyzer_1.Analyzer(resolver, log, overlap);
    const estimates = new estimates_1.Estimates((document) => analyzer.sessionOf(document));
    const hints = new inlay_hints_1.CostInlayHints(analyzer, resolver, estimates, log);
    const statusBar = new status_bar_1.CostStatusBar(analyzer, estimates, log);
    const selector = file_names_1.SERVED_LANGUAGES.map((language) => ({ language }));
    const sourceWatcher = vscode.workspace.createFileSystemWatcher(SOURCE_AND_PROJECT_FILES);
    const runReport = () => (0, log_1.guardAsync)(log, "the cost report", undefined, () => Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "costlint: estimating the workspace's LLM calls", cancellable: true }, (progress, token) => (0, report_1.collectReport)(resolver, estimates, log, token, progress))));
    const panel = new report_panel_1.ReportPanel(context.extensionUri, runReport);
    context.subscriptions.push(log, resolver, overlap, overlap.onDidChange(() => analyzer.reanalyzeOpen()), analyzer, hints, statusBar, panel, vscode.languages.registerCodeActionsProvider(selector, new code_actions_1.CostCodeActions(analyzer, log), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }), vscode.languages.registerInlayHintsProvider(selector, hints), vscode.languages.registerHoverProvider(selector, new hover_1.CostHover(analyzer, estimates, log)), vscode.workspace.onDidOpenTextDocument((document) => void analyzer.analyzeNow(document)), vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0)
            return;
        analyzer.recordChanges(event.document, event.contentChanges);
        analyzer.schedule(event.document);
        if (event.document.uri.scheme === "file")
            analyzer.fileChanged(event.document.uri.fsPath, event.document);
    }), 
    // Modules other files import, changed on disk (saved elsewhere, a branch switch, a generator): their dependents.
    sourceWatcher, sourceWatcher.onDidChange((uri) => analyzer.fileChanged(uri.fsPath)), sourceWatcher.onDidCreate((uri) => {
        analyzer.filesMoved();
        analyzer.fileChanged(uri.fsPath);
    }), sourceWatcher.onDidDelete((uri) => {
        analyzer.filesMoved();
        analyzer.fileChanged(uri.fsPath);
    }), analyzer.onDidChangeDependency((document) => {
        estimates.forget(document);
        hints.refresh();
    }), vscode.workspace.onDidCloseTextDocument((document) => {
        analyzer.forget(document);
        estimates.forget(document);
    }), vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && (0, analyzer_1.isServed)(editor.document) && !analyzer.current(editor.document))
            void analyzer.analyzeNow(editor.document);
        statusBar.update();
    }), analyzer.onDidAnalyze((document) => {
        if (document === vscode.window.activeTextEditor?.document)
            statusBar.update();
    }), resolver.onDidChange(() => {
        analyzer.reanalyzeOpen();
        hints.refresh();
        statusBar.update();
    }), vscode.commands.registerCommand(status_bar_1.REPORT_COMMAND, async () => {
        const report = await runReport();
        if (report)
            panel.show(report);
        return report;
    }), vscode.commands.registerCommand(exports.SHOW_LOG_COMMAND, () => log.show()), vscode.commands.registerCommand(code_actions_1.OPEN_DOCS_COMMAND, (ruleId) => (0, docs_1.openRuleDocs)(context.extensionUri, ruleId, log)), vscode.commands.registerCommand(report_panel_1.OPEN_CALL_COMMAND, async (uri, line, character) => {
        const position = new vscode.Position(Number(line) || 0, Number(character) || 0);
        await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), preview: false });
    }));
    // Documents already open: analysed on the next tick, outside activation (diagnostics only: no tokenizer).
    setTimeout(() => {
        const active = vscode.window.activeTextEditor?.document;
        if (active)
            void analyzer.analyzeNow(active);
        for (const document of vscode.workspace.textDocuments)
            if (document !== active)
                void analyzer.analyzeNow(document);
    }, 0);
    const activationMs = performance.now() - started;
    const engineLoadedByActivation = (0, engine_1.isEngineLoaded)();
    log.info(`costlint ${context.extension.packageJSON?.version ?? ""} activated in ${activationMs.toFixed(1)} ms`);
    return {
        activationMs,
        engineLoadedByActivation,
        tokenizerLoaded: () => (0, engine_1.isEngineLoaded)() && (0, engine_1.engine)().isTokenizerLoaded(),
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
function deactivate() {
    // Everything is in context.subscriptions.
}
//# sourceMappingURL=extension.js.map