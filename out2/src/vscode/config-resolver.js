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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigResolver = void 0;
/**
 * The configuration that applies to a document: the nearest costlint.config.json at or above it (the file
 * CI reads) merged with the costlint.* settings. Cached per folder and directory; dropped when a config file
 * or a costlint setting changes. Bad configuration: one notification per new set of problems (naming the
 * file or setting and the key), every problem in the log, and the defaults for the bad keys.
 */
const node_path_1 = __importDefault(require("node:path"));
const vscode = __importStar(require("vscode"));
const engine_1 = require("./engine");
const file_names_1 = require("./file-names");
const settings_1 = require("./settings");
class ConfigResolver {
    log;
    files = new Map();
    resolved = new Map();
    settings = new Map();
    reported = new Map();
    changed = new vscode.EventEmitter();
    disposables = [];
    /** Fires when a configuration file or a costlint setting changed: re-analyse. */
    onDidChange = this.changed.event;
    /** Notifications shown (for the test API). */
    notices = [];
    constructor(log) {
        this.log = log;
        const watcher = vscode.workspace.createFileSystemWatcher(`**/${file_names_1.CONFIG_FILE}`);
        const onFile = (uri) => {
            this.log.info(`${uri.scheme === "file" ? uri.fsPath : uri.toString()} changed: reloading the configuration`);
            this.invalidate();
        };
        this.disposables.push(watcher, watcher.onDidCreate(onFile), watcher.onDidChange(onFile), watcher.onDidDelete(onFile), vscode.workspace.onDidChangeConfiguration((e) => {
            if (e.affectsConfiguration(settings_1.SECTION))
                this.invalidate();
        }), vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()), this.changed);
    }
    /** Drops every cached configuration and tells the listeners. */
    invalidate() {
        this.files.clear();
        this.resolved.clear();
        this.settings.clear();
        this.changed.fire();
    }
    /** Settings of a document's folder (read once per change). */
    editorSettings(uri) {
        const folder = vscode.workspace.getWorkspaceFolder(uri);
        const key = folder?.uri.toString() ?? "";
        let settings = this.settings.get(key);
        if (!settings) {
            settings = (0, settings_1.readEditorSettings)(folder?.uri ?? uri);
            this.settings.set(key, settings);
        }
        return settings;
    }
    /** The configuration for a document. Never rejects. */
    resolve(uri) {
        const folder = vscode.workspace.getWorkspaceFolder(uri);
        const dirKey = uri.scheme === "file" ? node_path_1.default.dirname(uri.fsPath) : (folder?.uri.toString() ?? "");
        const key = `${folder?.uri.toString() ?? ""}|${dirKey}`;
        let pending = this.resolved.get(key);
        if (!pending) {
            pending = this.loadFile(uri, dirKey, folder).then((file) => {
                const resolved = (0, engine_1.engine)().mergeEditorSettings(file, this.editorSettings(uri));
                this.report(resolved, folder);
                return resolved;
            }, (error) => {
                this.log.error(`reading the configuration for ${uri.toString()} failed; using the defaults`, error);
                const e = (0, engine_1.engine)();
                return e.mergeEditorSettings({ config: e.defaultConfig(), pricing: e.defaultPricingTable(), problems: [] }, this.editorSettings(uri));
            });
            this.resolved.set(key, pending);
        }
        return pending;
    }
    loadFile(uri, dirKey, folder) {
        let pending = this.files.get(dirKey);
        if (!pending) {
            // The search stops at the workspace folder (or the repository root): a file above the project is not its own.
            const root = folder?.uri.scheme === "file" ? folder.uri.fsPath : undefined;
            pending = uri.scheme === "file" ? Promise.resolve().then(() => (0, engine_1.engine)().loadConfigFor(dirKey, root)) : readVirtualConfig(folder);
            this.files.set(dirKey, pending);
        }
        return pending;
    }
    /** Logs every problem, and shows one notification when a source's problems are new. */
    report(resolved, folder) {
        const sources = [
            [`file:${resolved.file ?? ""}`, resolved.fileProblems, resolved.file ? fileUriOf(resolved.file) : undefined],
            [`settings:${folder?.uri.toString() ?? ""}`, resolved.settingProblems, undefined],
        ];
        for (const [source, problems, fileUri] of sources) {
            const joined = problems.join("\n");
            if ((this.reported.get(source) ?? "") === joined)
                continue;
            this.reported.set(source, joined);
            if (problems.length === 0)
                continue;
            for (const p of problems)
                this.log.warn(p);
            const more = problems.length > 1 ? ` (and ${problems.length - 1} more: see the log)` : "";
            const text = `costlint: ${problems[0]}${more}`;
            this.notices.push(text);
            const open = fileUri ? "Open costlint.config.json" : "Open Settings";
            void vscode.window.showWarningMessage(text, open, "Show Log").then((choice) => {
                if (choice === "Show Log")
                    this.log.show();
                else if (choice === open) {
                    if (fileUri)
                        void vscode.window.showTextDocument(fileUri);
                    else
                        void vscode.commands.executeCommand("workbench.action.openSettings", settings_1.SECTION);
                }
            });
        }
    }
    dispose() {
        for (const d of this.disposables)
            d.dispose();
    }
}
exports.ConfigResolver = ConfigResolver;
/** Virtual workspaces (no local file system): the folder's costlint.config.json through vscode.workspace.fs. */
async function readVirtualConfig(folder) {
    const e = (0, engine_1.engine)();
    const defaults = { config: e.defaultConfig(), pricing: e.defaultPricingTable(), problems: [] };
    if (!folder)
        return defaults;
    const uri = vscode.Uri.joinPath(folder.uri, file_names_1.CONFIG_FILE);
    let bytes;
    try {
        bytes = await vscode.workspace.fs.readFile(uri);
    }
    catch {
        return defaults;
    }
    return e.parseConfigText(new TextDecoder().decode(bytes), uri.toString());
}
function fileUriOf(file) {
    return /^[a-z][a-z0-9+.-]+:\/\//i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}
//# sourceMappingURL=config-resolver.js.map