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
exports.sleep = exports.EXTENSION_ID = void 0;
exports.workspaceRoot = workspaceRoot;
exports.fixtureUri = fixtureUri;
exports.api = api;
exports.waitFor = waitFor;
exports.costlintDiagnostics = costlintDiagnostics;
exports.ruleOf = ruleOf;
exports.waitForDiagnostics = waitForDiagnostics;
exports.open = open;
exports.revert = revert;
exports.engineRun = engineRun;
exports.setSetting = setSetting;
exports.inlayHints = inlayHints;
exports.labelText = labelText;
exports.costHints = costHints;
exports.offsetOf = offsetOf;
exports.waitStatus = waitStatus;
exports.executeProvider = executeProvider;
// Shared by the integration tests: open fixtures, wait for diagnostics, change settings, call the engine.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const vscode = __importStar(require("vscode"));
const load_1 = require("../../../src/core/config/load");
const analysis_1 = require("../../../src/core/detectors/analysis");
const run_1 = require("../../../src/core/run");
exports.EXTENSION_ID = "costlint.costlint";
function workspaceRoot() {
    const folder = vscode.workspace.workspaceFolders?.[0];
    strict_1.default.ok(folder, "the tests need a workspace folder (test/vscode/fixtures/workspace)");
    return folder.uri.fsPath;
}
function fixtureUri(rel) {
    return vscode.Uri.file(node_path_1.default.join(workspaceRoot(), rel));
}
async function api() {
    const extension = vscode.extensions.getExtension(exports.EXTENSION_ID);
    strict_1.default.ok(extension, `${exports.EXTENSION_ID} is not installed in this window`);
    return extension.isActive ? extension.exports : await extension.activate();
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
exports.sleep = sleep;
/** Polls `read` until `ok(value)`; fails with the last value after `timeout` ms. */
async function waitFor(what, read, ok, timeout = 15_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = await read();
        if (ok(value))
            return value;
        if (Date.now() > deadline)
            strict_1.default.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(value, null, 1)?.slice(0, 2000)}`);
        await (0, exports.sleep)(50);
    }
}
function costlintDiagnostics(uri) {
    return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "costlint");
}
function ruleOf(d) {
    return typeof d.code === "object" ? String(d.code.value) : String(d.code);
}
function waitForDiagnostics(uri, ok, what = `diagnostics of ${node_path_1.default.basename(uri.fsPath)}`, timeout = 15_000) {
    return waitFor(what, () => costlintDiagnostics(uri), ok, timeout).catch((error) => {
        throw new Error(`${error.message}\nall: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => [ruleOf(d), d.message.slice(0, 60)]))}`);
    });
}
/** Opens a fixture in an editor and waits until costlint has analysed its current version. */
async function open(rel) {
    const document = await vscode.workspace.openTextDocument(fixtureUri(rel));
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const a = await api();
    await waitFor(`analysis of ${rel}`, () => a.analyzed(document.uri), Boolean);
    return editor;
}
/** Puts a fixture back as it is on disk (the edit is undoable text, then saved: no dirty editor left). */
async function revert(editorOrDocument) {
    const document = "document" in editorOrDocument ? editorOrDocument.document : editorOrDocument;
    const original = node_fs_1.default.readFileSync(document.uri.fsPath, "utf8");
    if (document.getText() !== original) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
        strict_1.default.ok(await vscode.workspace.applyEdit(edit), "restoring the fixture");
    }
    if (document.isDirty)
        await document.save();
    strict_1.default.equal(document.getText(), original);
}
/** What the engine reports for a document's text with the same configuration file (the CLI's view). */
function engineRun(document) {
    const { config, pricing } = (0, load_1.loadConfigFor)(node_path_1.default.dirname(document.uri.fsPath));
    // As the CLI runs it: with a cross-file context reading the other files from disk.
    return (0, run_1.lintFile)(document.uri.fsPath, document.getText(), { config, pricing, project: (0, analysis_1.createProject)() });
}
/** Sets a costlint.* user setting (undefined removes it) and waits for the change to reach the extension. */
async function setSetting(key, value) {
    await vscode.workspace.getConfiguration("costlint").update(key, value, vscode.ConfigurationTarget.Global);
    await (0, exports.sleep)(100);
}
async function inlayHints(uri) {
    const document = await vscode.workspace.openTextDocument(uri);
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    return (await executeProvider("vscode.executeInlayHintProvider", uri, range)) ?? [];
}
function labelText(hint) {
    return typeof hint.label === "string" ? hint.label : hint.label.map((p) => p.value).join("");
}
/** The costlint hints (other extensions' hints, e.g. TypeScript's, are off by default but filtered anyway). */
async function costHints(uri) {
    return (await inlayHints(uri)).filter((h) => /\/call/.test(labelText(h)));
}
function offsetOf(document, needle, occurrence = 1) {
    let at = -1;
    for (let i = 0; i < occurrence; i++) {
        at = document.getText().indexOf(needle, at + 1);
        strict_1.default.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not in ${document.uri.fsPath}`);
    }
    return at;
}
/** Waits until the status bar item's text matches. */
async function waitStatus(expected, timeout = 15_000) {
    const a = await api();
    return waitFor(`the status bar to match ${expected}`, () => a.statusBar(), (s) => expected.test(s.text), timeout);
}
/**
 * Runs a `vscode.execute…Provider` command. The workbench cancels in-flight provider requests when a file's
 * markers change (as they do right after it opens); VS Code simply asks again, and so does this, a few times.
 */
async function executeProvider(command, ...args) {
    for (let attempt = 1;; attempt++) {
        try {
            return await vscode.commands.executeCommand(command, ...args);
        }
        catch (error) {
            if (attempt >= 5 || !/Canceled/.test(String(error)))
                throw error;
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        }
    }
}
//# sourceMappingURL=helpers.js.map