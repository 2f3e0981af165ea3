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
const strict_1 = __importDefault(require("node:assert/strict"));
const node_path_1 = __importDefault(require("node:path"));
const vscode = __importStar(require("vscode"));
const helpers_1 = require("./helpers");
describe("cost report", () => {
    it("lists every call site of the workspace with its estimate", async () => {
        await (0, helpers_1.api)();
        const report = await vscode.commands.executeCommand("costlint.showReport");
        strict_1.default.ok(report, "the command returns the report");
        const files = new Set(report.rows.map((r) => r.file.replace(/\\/g, "/")));
        for (const f of ["max-tokens.ts", "history.ts", "retry.ts", "agent-loop.ts", "tools.ts", "chat.js", "route.tsx", "widget.jsx", "default-model.ts", "bad-config/agent.ts"]) {
            strict_1.default.ok([...files].some((x) => x.endsWith(f)), `${f} in ${[...files].join(", ")}`);
        }
        const first = report.rows.find((r) => r.file.endsWith("max-tokens.ts") && r.model === "gpt-4o");
        strict_1.default.ok(first);
        strict_1.default.equal(first.line, 5);
        strict_1.default.equal(first.outputTokens, 16384);
        strict_1.default.ok(Math.abs(first.costUsd - 0.1645) < 0.001);
        // Test and mock files are left out and counted apart, as `costlint report` does.
        strict_1.default.ok(![...files].some((x) => x.includes("__tests__/")), "no call site of a test file");
        strict_1.default.equal(report.testFiles, 1);
        const loop = report.rows.find((r) => r.file.endsWith("agent-loop.ts"));
        strict_1.default.equal(loop?.runUsd, null, "an uncapped loop has no worst case");
        // The webview panel is open.
        await (0, helpers_1.waitFor)("the report tab", () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === "costlint: cost report"), Boolean);
    });
    it("a row opens its call (file and line)", async () => {
        const report = (await vscode.commands.executeCommand("costlint.showReport"));
        const row = report.rows.find((r) => r.file.endsWith("history.ts"));
        await vscode.commands.executeCommand("costlint.openCallSite", row.uri, row.line, row.character);
        const editor = await (0, helpers_1.waitFor)("the editor", () => vscode.window.activeTextEditor, (e) => e?.document.uri.toString() === row.uri);
        strict_1.default.equal(node_path_1.default.basename(editor.document.uri.fsPath), "history.ts");
        strict_1.default.equal(editor.selection.active.line, row.line);
        strict_1.default.match(editor.document.lineAt(row.line).text, /chat\.completions\.create/);
    });
});
//# sourceMappingURL=report.test.js.map