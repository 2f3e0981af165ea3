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
exports.EslintOverlap = exports.decideDiagnostics = void 0;
/**
 * costlint.diagnostics: "auto" hides costlint's own diagnostics where vscode-eslint already reports costlint's
 * rules, so a finding is not shown twice; the inline cost, the hover and the report stay.
 */
const vscode = __importStar(require("vscode"));
const eslint_overlap_rules_1 = require("./eslint-overlap-rules");
var eslint_overlap_rules_2 = require("./eslint-overlap-rules");
Object.defineProperty(exports, "decideDiagnostics", { enumerable: true, get: function () { return eslint_overlap_rules_2.decideDiagnostics; } });
class EslintOverlap {
    /** Per workspace folder: the first ESLint flat config in it that mentions costlint, or undefined. */
    byFolder = new Map();
    watcher = vscode.workspace.createFileSystemWatcher(eslint_overlap_rules_1.ESLINT_CONFIG_GLOB);
    changed = new vscode.EventEmitter();
    /** Fires when an ESLint config file is created, changed or deleted (the answer may change). */
    onDidChange = this.changed.event;
    subscriptions;
    constructor() {
        const reset = () => {
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
    async shows(uri, mode) {
        if (mode !== "auto")
            return (0, eslint_overlap_rules_1.decideDiagnostics)(mode, undefined);
        const eslint = vscode.extensions.getExtension(eslint_overlap_rules_1.ESLINT_EXTENSION_ID);
        const enabled = eslint !== undefined && vscode.workspace.getConfiguration("eslint", uri).get("enable", true) !== false;
        if (!enabled)
            return (0, eslint_overlap_rules_1.decideDiagnostics)(mode, undefined);
        const folder = vscode.workspace.getWorkspaceFolder(uri);
        if (!folder)
            return (0, eslint_overlap_rules_1.decideDiagnostics)(mode, undefined);
        const key = folder.uri.toString();
        let pending = this.byFolder.get(key);
        if (!pending) {
            pending = findCostlintConfig(folder).catch(() => undefined);
            this.byFolder.set(key, pending);
        }
        const config = await pending;
        return (0, eslint_overlap_rules_1.decideDiagnostics)(mode, config ? vscode.workspace.asRelativePath(config) : undefined);
    }
    dispose() {
        for (const s of this.subscriptions)
            s.dispose();
    }
}
exports.EslintOverlap = EslintOverlap;
async function findCostlintConfig(folder) {
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, eslint_overlap_rules_1.ESLINT_CONFIG_GLOB), "**/node_modules/**", 20);
    for (const file of files.sort((a, b) => a.path.length - b.path.length)) {
        const bytes = await vscode.workspace.fs.readFile(file);
        if (bytes.byteLength < 1_000_000 && /costlint/.test(new TextDecoder().decode(bytes)))
            return file;
    }
    return undefined;
}
//# sourceMappingURL=eslint-overlap.js.map