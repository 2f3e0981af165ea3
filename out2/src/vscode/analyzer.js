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
exports.Analyzer = exports.DEBOUNCE_MS = void 0;
exports.isServed = isServed;
exports.engineFileNameOf = engineFileNameOf;
/**
 * Runs the engine on documents and publishes the diagnostics. At once on open and on editor switch,
 * debounced while typing (300 ms per document, longer for a file that is slow to analyse), a pending run
 * cancelled by the next change, and a result for an old document version dropped. Findings are cached by
 * uri + version for the code actions.
 */
const vscode = __importStar(require("vscode"));
const diagnostics_1 = require("./diagnostics");
const engine_1 = require("./engine");
const file_names_1 = require("./file-names");
exports.DEBOUNCE_MS = 300;
const MAX_DEBOUNCE_MS = 2000;
/** A run slower than this is logged once per file (and the file is re-analysed less often while typing). */
const SLOW_MS = 1000;
/** Content changes kept per document between two analyses; past this the session finds the changed span from the texts. */
const MAX_CHANGE_BATCHES = 200;
/**
 * Edit sessions kept (the documents analysed most recently): each holds its document's syntax tree and analysis, so
 * a window with many open tabs does not keep them all; a document whose session went is parsed in full next time.
 */
const MAX_SESSIONS = 8;
function isServed(document) {
    return (0, file_names_1.isServedLanguage)(document.languageId) && (0, file_names_1.isServedScheme)(document.uri.scheme);
}
function engineFileNameOf(document) {
    const p = document.uri.scheme === "file" ? document.uri.fsPath : document.uri.path || document.fileName;
    return (0, file_names_1.engineFileName)(p, document.languageId);
}
class Analyzer {
    resolver;
    log;
    overlap;
    diagnostics = vscode.languages.createDiagnosticCollection("costlint");
    results = new Map();
    pending = new Map();
    analyzed = new vscode.EventEmitter();
    /** Fires after a document's diagnostics were published (or cleared because costlint is disabled). */
    onDidAnalyze = this.analyzed.event;
    /** Engine run times in ms, newest last (for the test API and the benchmark). */
    durations = [];
    dependencyChanged = new vscode.EventEmitter();
    /** Fires when a file an open document's analysis read has changed (its estimates are stale too). */
    onDidChangeDependency = this.dependencyChanged.event;
    /** The cross-file context (imports of the workspace's own modules), for documents on disk. */
    project;
    /** Whether an analysis has run in this window (the first one loads and warms up the engine). */
    warm = false;
    /** Per open document: its edit session (incremental parse, results kept across comment-only edits). */
    sessions = new Map();
    /** Per open document: the content changes since its last analysis, in order (VS Code's, passed to the session). */
    changes = new Map();
    constructor(resolver, log, overlap) {
        this.resolver = resolver;
        this.log = log;
        this.overlap = overlap;
    }
    /** The analysis of the document's current version, if there is one. */
    current(document) {
        const result = this.results.get(document.uri.toString());
        return result && result.version === document.version ? result : undefined;
    }
    /** The current analysis, running it now if it is missing or stale (a debounced run is pulled forward). */
    async ensure(document) {
        return this.current(document) ?? (await this.analyzeNow(document));
    }
    /**
     * The analysis of the document's current version once the pending (debounced) run has finished; started
     * now if none is pending. Undefined when cancelled (a newer edit) or disabled.
     */
    whenCurrent(document, token) {
        const now = this.current(document);
        if (now)
            return Promise.resolve(now);
        if (!this.pending.has(document.uri.toString()))
            return this.analyzeNow(document);
        return new Promise((resolve) => {
            const done = (value) => {
                listener.dispose();
                cancelled.dispose();
                resolve(value);
            };
            const listener = this.onDidAnalyze((d) => {
                if (d !== document)
                    return;
                const result = this.current(document);
                if (result || !this.pending.has(d.uri.toString()))
                    done(result);
            });
            const cancelled = token.onCancellationRequested(() => done(undefined));
        });
    }
    /** The version of the document's latest analysis and when its diagnostics were published (test API, benchmark). */
    analyzedVersion(uri) {
        const result = this.results.get(uri.toString());
        return result && { version: result.version, publishedAt: result.publishedAt };
    }
    /** The document's edit session, once it has been analysed (the estimates share its parse). */
    sessionOf(document) {
        return this.sessions.get(document.uri.toString());
    }
    /** Records an edit's content changes for the document's next analysis (an incremental parse of the span they changed). */
    recordChanges(document, changes) {
        if (!isServed(document) || !this.sessions.has(document.uri.toString()))
            return;
        const key = document.uri.toString();
        const list = this.changes.get(key) ?? [];
        if (list.length >= MAX_CHANGE_BATCHES)
            return; // too many to be worth it: the session diffs the texts instead
        list.push(changes.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })));
        this.changes.set(key, list);
    }
    /** Debounced analysis (typing): 300 ms after the last change; longer for a file that is slow to analyse. */
    schedule(document) {
        if (!isServed(document))
            return;
        const key = document.uri.toString();
        this.cancel(key);
        const previous = this.results.get(key);
        const last = previous && !previous.coldStart ? previous.durationMs : 0;
        const delay = last > SLOW_MS ? Math.min(MAX_DEBOUNCE_MS, Math.round(2 * last)) : exports.DEBOUNCE_MS;
        const pending = { cts: new vscode.CancellationTokenSource() };
        pending.timer = setTimeout(() => {
            pending.timer = undefined;
            void this.run(document, pending);
        }, delay);
        this.pending.set(key, pending);
    }
    /** Analysis at once (open, editor switch, configuration change). Resolves to undefined when cancelled. */
    analyzeNow(document) {
        if (!isServed(document))
            return Promise.resolve(undefined);
        const key = document.uri.toString();
        this.cancel(key);
        const pending = { cts: new vscode.CancellationTokenSource() };
        this.pending.set(key, pending);
        return this.run(document, pending);
    }
    /** Re-analyses every open document (configuration changed). */
    reanalyzeOpen() {
        for (const document of vscode.workspace.textDocuments)
            if (isServed(document) && !document.isClosed)
                void this.analyzeNow(document);
    }
    /**
     * A file changed: in an editor (`document`, whose text the cross-file analysis then reads instead of the disk), or
     * on disk (created, changed, deleted). The open documents whose analysis read it are analysed again.
     */
    fileChanged(fsPath, document) {
        const project = this.project;
        if (!project)
            return;
        if (document && !document.isClosed)
            project.files.setOverlay(fsPath, document.getText(), document.version);
        project.invalidate(fsPath);
        if (/(^|[\\/])(tsconfig[^\\/]*|jsconfig|package)\.json$|pnpm-workspace\.yaml$/.test(fsPath)) {
            // How imports resolve changed: every open document may see other modules now.
            this.reanalyzeOpen();
            return;
        }
        for (const open of vscode.workspace.textDocuments) {
            if (open === document || open.isClosed || !isServed(open))
                continue;
            if (!this.results.get(open.uri.toString())?.dependencies.has(fsPath))
                continue;
            this.results.delete(open.uri.toString());
            this.dependencyChanged.fire(open);
            this.schedule(open);
        }
    }
    /** Files were created or deleted: what imports resolve to may change. */
    filesMoved() {
        this.project?.resolver.clear();
        this.project?.files.clearListings();
    }
    /** The document closed: its diagnostics and cache go. */
    forget(document) {
        const key = document.uri.toString();
        if (document.uri.scheme === "file")
            this.project?.files.deleteOverlay(document.uri.fsPath);
        this.cancel(key);
        this.results.delete(key);
        this.sessions.get(key)?.reset();
        this.sessions.delete(key);
        this.changes.delete(key);
        this.diagnostics.delete(document.uri);
        this.log.forget(`file:${key}:`);
    }
    cancel(key) {
        const pending = this.pending.get(key);
        if (!pending)
            return;
        if (pending.timer)
            clearTimeout(pending.timer);
        pending.cts.cancel();
        pending.cts.dispose();
        this.pending.delete(key);
    }
    async run(document, pending) {
        const key = document.uri.toString();
        const token = pending.cts.token;
        try {
            const resolved = await this.resolver.resolve(document.uri);
            if (token.isCancellationRequested || document.isClosed)
                return undefined;
            const version = document.version;
            if (!resolved.enable) {
                this.results.delete(key);
                this.diagnostics.delete(document.uri);
                this.analyzed.fire(document);
                return undefined;
            }
            const shown = this.overlap ? await this.overlap.shows(document.uri, resolved.diagnostics) : { show: resolved.diagnostics !== "off" };
            if (token.isCancellationRequested || document.isClosed || document.version !== version)
                return undefined;
            if (shown.reason)
                this.log.once(`diagnostics:${shown.reason}`, "info", `${vscode.workspace.asRelativePath(document.uri)}: no costlint diagnostics: ${shown.reason}`);
            const fileName = engineFileNameOf(document);
            const text = document.getText();
            const coldStart = !this.warm;
            this.warm = true;
            const started = performance.now();
            // Imports of the workspace's own modules are followed for documents on disk; the open documents' text wins over the disk.
            let project;
            if (document.uri.scheme === "file") {
                project = this.project ??= (0, engine_1.engine)().createProject({ maxFileSize: resolved.config.maxFileSize });
                project.files.setOverlay(document.uri.fsPath, text, version);
            }
            // The document's edit session: an incremental parse of what changed since its last analysis (the changes
            // VS Code reported, checked against the texts), and the last findings kept when only a comment changed.
            let session = this.sessions.get(key);
            if (session?.fileName !== fileName) {
                session?.reset();
                session = (0, engine_1.engine)().createEditSession(fileName);
            }
            this.sessions.delete(key); // re-inserted last: the map's order is the order of use
            this.sessions.set(key, session);
            for (const [oldKey, oldSession] of this.sessions) {
                if (this.sessions.size <= MAX_SESSIONS)
                    break;
                oldSession.reset();
                this.sessions.delete(oldKey);
                this.changes.delete(oldKey);
            }
            const changes = this.changes.get(key);
            this.changes.delete(key);
            const run = session.lint(text, {
                config: resolved.config,
                pricing: resolved.pricing,
                severityOverrides: resolved.severityOverrides,
                ...(project ? { project } : {}),
            }, changes);
            const durationMs = performance.now() - started;
            // The engine runs synchronously here, so the version cannot move under it; the check guards the
            // awaits above and any future off-thread run.
            if (token.isCancellationRequested || document.isClosed || document.version !== version)
                return undefined;
            this.durations.push(durationMs);
            if (this.durations.length > 1000)
                this.durations.splice(0, 500);
            for (const failure of run.failures) {
                this.log.once(`file:${key}:failure:${failure.ruleId}`, "error", `rule ${failure.ruleId} failed on ${fileName} and reported nothing for it: ${failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error)}`);
            }
            for (const problem of run.optionProblems)
                this.log.once(`options:${problem}`, "warn", `rule options: ${problem}; using the defaults for those keys`);
            if (run.skipped)
                this.log.once(`file:${key}:skipped`, "info", run.skipped);
            if (durationMs > SLOW_MS && !coldStart) {
                this.log.once(`file:${key}:slow`, "warn", `analysing ${fileName} took ${Math.round(durationMs)} ms: while you type, it is re-analysed at most every ${Math.min(MAX_DEBOUNCE_MS, Math.round(2 * durationMs))} ms`);
            }
            const findings = run.findings; // eslint-disable comments already honoured by lintFile(), as in ESLint
            const result = {
                version,
                fileName,
                findings,
                severities: run.severities,
                ...(run.skipped ? { skipped: run.skipped } : {}),
                dependencies: new Set(run.dependencies ?? []),
                resolved,
                durationMs,
                coldStart,
                publishedAt: 0,
            };
            this.results.set(key, result);
            if (shown.show) {
                this.diagnostics.set(document.uri, findings.map((f) => (0, diagnostics_1.toDiagnostic)(document, f, run.severities.get(f.ruleId) ?? "warn")));
            }
            else {
                this.diagnostics.delete(document.uri);
            }
            result.publishedAt = performance.now();
            this.analyzed.fire(document);
            return result;
        }
        catch (error) {
            this.log.error(`analysing ${document.uri.toString()} failed`, error);
            this.analyzed.fire(document); // waiters (whenCurrent) give up on this version
            return undefined;
        }
        finally {
            if (this.pending.get(key) === pending) {
                this.pending.delete(key);
                pending.cts.dispose();
            }
        }
    }
    dispose() {
        for (const key of [...this.pending.keys()])
            this.cancel(key);
        for (const session of this.sessions.values())
            session.reset();
        this.sessions.clear();
        this.changes.clear();
        this.diagnostics.dispose();
        this.analyzed.dispose();
        this.dependencyChanged.dispose();
    }
}
exports.Analyzer = Analyzer;
//# sourceMappingURL=analyzer.js.map