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
exports.EXCLUDE = exports.INCLUDE = void 0;
exports.rowsOf = rowsOf;
exports.collectReport = collectReport;
/**
 * The workspace cost report: every LLM call site of the workspace with its estimate. Files are read through
 * vscode.workspace.fs (open documents: their current text), so it works in virtual workspaces; nothing is run.
 */
const node_path_1 = __importDefault(require("node:path"));
const vscode = __importStar(require("vscode"));
const file_names_1 = require("./file-names");
const disable_comments_1 = require("./disable-comments");
const engine_1 = require("./engine");
const format_1 = require("./format");
const totals_1 = require("../core/cost/totals");
const test_files_1 = require("../core/project/test-files");
exports.INCLUDE = "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,vue,svelte,astro}";
exports.EXCLUDE = "{**/node_modules/**,**/dist/**,**/out/**,**/build/**,**/coverage/**,**/.*/**,**/*.d.ts,**/*.min.js}";
const MAX_FILES = 5000;
const LANGUAGE_BY_EXTENSION = { ts: "typescript", mts: "typescript", cts: "typescript", tsx: "typescriptreact", js: "javascript", mjs: "javascript", cjs: "javascript", jsx: "javascriptreact", vue: "vue", svelte: "svelte", astro: "astro" };
function languageOf(uri) {
    return LANGUAGE_BY_EXTENSION[/\.([a-z]+)$/i.exec(uri.path)?.[1]?.toLowerCase() ?? "ts"] ?? "typescript";
}
function rowsOf(uri, text, calls) {
    const starts = (0, disable_comments_1.lineStarts)(text);
    return calls.map((c) => {
        const line = (0, disable_comments_1.lineAt)(starts, c.start);
        return {
            file: vscode.workspace.asRelativePath(uri),
            uri: uri.toString(),
            line,
            character: c.start - starts[line],
            callee: c.callee.length > 60 ? `${c.callee.slice(0, 59)}…` : c.callee,
            sdk: c.sdk,
            model: c.model,
            approximate: c.approximate,
            inputTokens: c.inputTokens,
            outputTokens: c.outputTokens,
            costUsd: c.costUsd,
            runUsd: (0, format_1.worstCasePerRun)(c),
            flags: c.flags,
        };
    });
}
async function collectReport(resolver, estimates, log, token, progress) {
    const started = performance.now();
    const uris = await vscode.workspace.findFiles(exports.INCLUDE, exports.EXCLUDE, MAX_FILES + 1, token);
    const truncated = uris.length > MAX_FILES;
    const files = uris.slice(0, MAX_FILES).sort((a, b) => a.toString().localeCompare(b.toString()));
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const rows = [];
    const all = [];
    // Files not open are analysed here, following their imports (wrappers in other modules) as `costlint report` does.
    let project;
    let filesWithCalls = 0;
    let testFiles = 0;
    for (let i = 0; i < files.length; i++) {
        if (token.isCancellationRequested)
            break;
        const uri = files[i];
        if (i % 20 === 0) {
            progress?.report({ message: `${i}/${files.length} files`, increment: (20 / Math.max(files.length, 1)) * 100 });
            await new Promise((resolve) => setImmediate(resolve)); // let the extension host breathe
        }
        try {
            const resolved = await resolver.resolve(uri);
            if (!resolved.enable)
                continue;
            const folder = vscode.workspace.getWorkspaceFolder(uri);
            // Below the workspace folder only (URI paths are POSIX on every platform).
            const below = folder ? node_path_1.default.posix.relative(folder.uri.path, uri.path) : "";
            if (!resolved.config.includeTests && below && !below.startsWith("..") && (0, test_files_1.isTestPath)(below)) {
                testFiles++;
                continue;
            }
            const document = open.get(uri.toString());
            const text = document ? document.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
            const languageId = document?.languageId ?? languageOf(uri);
            const fileName = (0, file_names_1.engineFileName)(uri.scheme === "file" ? uri.fsPath : uri.path, languageId);
            const calls = document ? estimates.get(document, fileName, resolved) : (0, engine_1.engine)().estimateText(fileName, text, estimates.settingsFor(resolved), uri.scheme === "file" ? (project ??= (0, engine_1.engine)().createProject({ maxFileSize: resolved.config.maxFileSize })) : undefined);
            if (calls.length)
                filesWithCalls++;
            rows.push(...rowsOf(uri, text, calls));
            // Where each call is, in the form a wrapper call names the model call it reaches (totals count that once).
            all.push(...(0, totals_1.withSites)(calls, node_path_1.default.resolve(fileName), text));
        }
        catch (error) {
            log.error(`cost report: ${uri.toString()} failed`, error);
        }
    }
    return { rows, totals: (0, totals_1.costTotals)(all), files: files.length - testFiles, filesWithCalls, testFiles, ms: Math.round(performance.now() - started), truncated };
}
//# sourceMappingURL=report.js.map