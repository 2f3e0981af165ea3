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
exports.run = run;
// Benchmark index run inside the extension host by bench/vscode.mjs (not a test; mocha is not used).
// Prints one line `COSTLINT_BENCH {json}`: activation (bundle load + activate), edit-to-diagnostics on a
// large agent file (p50/p95, with the 300 ms debounce, and the engine's own time), the memory of the
// extension host before and after the tokenizer loads.
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const vscode = __importStar(require("vscode"));
const EXTENSION_ID = "costlint.costlint";
const EDITS = 30;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (n) => Math.round((n / 1024 / 1024) * 10) / 10;
function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}
function memory() {
    const m = process.memoryUsage();
    return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed) };
}
/**
 * Waits until costlint has published the diagnostics of the document's current version; returns when it
 * published them (its own timestamp: a poll would also count the work that follows on the same thread).
 */
async function analysed(api, document, timeout = 20_000) {
    const deadline = performance.now() + timeout;
    for (;;) {
        const latest = api.analyzedVersion(document.uri);
        if (latest?.version === document.version)
            return latest.publishedAt;
        if (performance.now() > deadline)
            throw new Error(`no analysis of version ${document.version} within ${timeout} ms`);
        await sleep(2);
    }
}
async function run() {
    const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
    const file = node_path_1.default.join(folder, "agent.ts");
    const lines = node_fs_1.default.readFileSync(file, "utf8").split("\n").length;
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension)
        throw new Error(`${EXTENSION_ID} is not installed`);
    const memoryBefore = memory();
    const wasActive = extension.isActive;
    const t0 = performance.now();
    const api = await extension.activate();
    const activationWallMs = Math.round((performance.now() - t0) * 10) / 10;
    const uri = vscode.Uri.file(file);
    const tOpen = performance.now();
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const openToDiagnosticsMs = Math.round((await analysed(api, document, 60_000)) - tOpen);
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === "costlint").length;
    const memoryDiagnostics = memory();
    // Edits: each one a keystroke-sized change at a different place, then the wait for the new diagnostics.
    const editToDiagnostics = [];
    const runsBefore = api.durations().length;
    for (let i = 0; i < EDITS; i++) {
        const line = Math.floor(((i + 1) * (document.lineCount - 2)) / (EDITS + 1));
        const t = performance.now();
        await editor.edit((b) => b.insert(new vscode.Position(line, 0), `// edit ${i}\n`));
        editToDiagnostics.push((await analysed(api, document)) - t);
        await sleep(100);
    }
    const engineMs = api.durations().slice(runsBefore);
    // Inline cost over the whole file: the first one loads the tokenizer.
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const tokenizerBefore = api.tokenizerLoaded();
    const tHints = performance.now();
    const hints = (await vscode.commands.executeCommand("vscode.executeInlayHintProvider", uri, range)) ?? [];
    const firstHintsMs = Math.round(performance.now() - tHints);
    // After an edit: the debounced analysis, then the estimates of the new version.
    const tHints2 = performance.now();
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), "// again\n"));
    await vscode.commands.executeCommand("vscode.executeInlayHintProvider", uri, range);
    const nextHintsMs = Math.round(performance.now() - tHints2);
    await sleep(3000); // let the garbage of the runs above be collected (no gc() in an extension host)
    const memoryTokenizer = memory();
    const result = {
        file: { lines, callSites: hints.filter((h) => (typeof h.label === "string" ? h.label : "").includes("/call")).length, diagnostics },
        activation: { wasActiveBefore: wasActive, activateMs: Math.round(api.activationMs * 10) / 10, loadAndActivateMs: activationWallMs },
        openToDiagnosticsMs,
        editToDiagnosticsMs: { p50: percentile(editToDiagnostics, 50), p95: percentile(editToDiagnostics, 95), max: Math.round(Math.max(...editToDiagnostics)), edits: EDITS, includesDebounceMs: 300 },
        engineMs: { p50: percentile(engineMs, 50), p95: percentile(engineMs, 95), runs: engineMs.length },
        inlineCostMs: { first: firstHintsMs, afterEditIncludingDebounce: nextHintsMs, tokenizerAlreadyLoaded: tokenizerBefore },
        engineLoadedByActivation: api.engineLoadedByActivation,
        extensionHostMemory: { beforeActivation: memoryBefore, withDiagnostics: memoryDiagnostics, withTokenizer: memoryTokenizer },
    };
    console.log(`COSTLINT_BENCH ${JSON.stringify(result)}`);
}
//# sourceMappingURL=index.js.map