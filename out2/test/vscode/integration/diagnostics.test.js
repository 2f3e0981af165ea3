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
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const vscode = __importStar(require("vscode"));
const rules_1 = require("../../../src/core/rules");
const helpers_1 = require("./helpers");
describe("diagnostics", () => {
    before(async () => {
        await (0, helpers_1.api)();
    });
    it("activation does not load the engine (nor, so, the tokenizer): the first analysis does", async () => {
        const a = await (0, helpers_1.api)();
        strict_1.default.equal(a.engineLoadedByActivation, false);
        strict_1.default.ok(a.activationMs < 100, `activate() took ${a.activationMs} ms`);
    });
    // One fixture per rule: the rule, the text its squiggle covers, the severity (require-retry-backoff is
    // "error" in the fixture's costlint.config.json).
    const cases = [
        ["max-tokens.ts", "require-max-tokens", "create", vscode.DiagnosticSeverity.Warning],
        ["history.ts", "no-full-history", "this.messages", vscode.DiagnosticSeverity.Warning],
        ["retry.ts", "no-unbounded-retry", "maxRetries: 10", vscode.DiagnosticSeverity.Error],
        ["retry.ts", "require-retry-backoff", "while", vscode.DiagnosticSeverity.Error],
        ["agent-loop.ts", "require-iteration-cap", "while", vscode.DiagnosticSeverity.Error],
        ["tools.ts", "no-loose-tool-schema", "parameters", vscode.DiagnosticSeverity.Error],
    ];
    for (const [file, rule, covers, severity] of cases) {
        it(`${rule} in ${file}: range, message, severity, source and docs link`, async () => {
            const editor = await (0, helpers_1.open)(file);
            const diagnostics = await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === rule));
            const d = diagnostics.find((x) => (0, helpers_1.ruleOf)(x) === rule && editor.document.getText(x.range) === covers);
            strict_1.default.ok(d, `no ${rule} diagnostic covering "${covers}": ${JSON.stringify(diagnostics.map((x) => [(0, helpers_1.ruleOf)(x), editor.document.getText(x.range)]))}`);
            strict_1.default.equal(d.source, "costlint");
            strict_1.default.equal(d.severity, severity);
            strict_1.default.ok(typeof d.code === "object", "code is { value, target }");
            strict_1.default.equal(d.code.target.toString(), vscode.Uri.parse((0, rules_1.ruleById)(rule).docsUrl).toString());
            strict_1.default.match(d.code.target.toString(), new RegExp(`/docs/rules/${rule}\\.md$`));
            // The same finding, message and range as the engine gives the CLI for this file and configuration.
            const finding = (0, helpers_1.engineRun)(editor.document).findings.find((f) => f.ruleId === rule && f.start === editor.document.offsetAt(d.range.start));
            strict_1.default.ok(finding, "the engine reports the same finding");
            strict_1.default.equal(d.message, finding.message);
            strict_1.default.equal(editor.document.offsetAt(d.range.end), finding.end);
        });
    }
    it("editor and engine agree on every finding of every fixture", async () => {
        for (const file of ["max-tokens.ts", "history.ts", "retry.ts", "agent-loop.ts", "tools.ts", "chat.js", "route.tsx", "widget.jsx"]) {
            const editor = await (0, helpers_1.open)(file);
            const expected = (0, helpers_1.engineRun)(editor.document)
                .findings.map((f) => `${f.ruleId}@${f.start}-${f.end}: ${f.message}`)
                .sort();
            const actual = (0, helpers_1.costlintDiagnostics)(editor.document.uri)
                .map((d) => `${(0, helpers_1.ruleOf)(d)}@${editor.document.offsetAt(d.range.start)}-${editor.document.offsetAt(d.range.end)}: ${d.message}`)
                .sort();
            strict_1.default.deepEqual(actual, expected, file);
        }
    });
    it("serves JavaScript, JSX and TSX files", async () => {
        for (const [file, language] of [["chat.js", "javascript"], ["widget.jsx", "javascriptreact"], ["route.tsx", "typescriptreact"]]) {
            const editor = await (0, helpers_1.open)(file);
            strict_1.default.equal(editor.document.languageId, language);
            const ds = await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (x) => x.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"));
            strict_1.default.ok(ds.length >= 1, file);
        }
    });
    it("analyses an untitled document (no file on disk)", async () => {
        const document = await vscode.workspace.openTextDocument({
            language: "typescript",
            content: 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = (q: string) => client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n',
        });
        await vscode.window.showTextDocument(document);
        await (0, helpers_1.waitForDiagnostics)(document.uri, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"));
        await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    });
    it("re-analyses after a pause in typing, once per burst, and drops the old result", async () => {
        const editor = await (0, helpers_1.open)("max-tokens.ts");
        const a = await (0, helpers_1.api)();
        await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"));
        const runsBefore = a.durations().length;
        // Type `max_completion_tokens: 500,` a few characters at a time, faster than the 300 ms debounce.
        const at = editor.document.positionAt(editor.document.getText().indexOf('model: "gpt-4o",') + 'model: "gpt-4o",'.length);
        const typed = ["\n    max_", "completion_", "tokens: ", "500,"];
        let pos = at;
        try {
            // The debounce restarts on each change: a burst whose gaps stay under 300 ms is analysed once, after it.
            let slowGaps = 0;
            let last = Date.now();
            for (const chunk of typed) {
                await editor.edit((b) => b.insert(pos, chunk));
                pos = editor.document.positionAt(editor.document.offsetAt(pos) + chunk.length);
                await (0, helpers_1.sleep)(30);
                if (Date.now() - last > 250)
                    slowGaps++; // a busy machine: the debounce may fire inside the burst
                last = Date.now();
            }
            if (slowGaps === 0) {
                strict_1.default.ok((0, helpers_1.costlintDiagnostics)(editor.document.uri).some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"), "the old diagnostics stay until the pause");
            }
            await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => !ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"), "require-max-tokens to go after the edit");
            await (0, helpers_1.sleep)(400);
            const runs = a.durations().length - runsBefore;
            strict_1.default.ok(runs >= 1 && runs <= 1 + slowGaps, `one analysis per burst of typing (got ${runs}, ${slowGaps} slow gaps)`);
        }
        finally {
            await (0, helpers_1.revert)(editor);
        }
        await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"), "diagnostics back after revert");
    });
    it("clears a file's diagnostics when it closes", async () => {
        // A file only this test opens, through the workbench (vscode.open): a document opened with
        // workspace.openTextDocument stays alive in the extension host for minutes after its editor closes.
        const file = node_path_1.default.join((0, helpers_1.workspaceRoot)(), "closing.ts");
        node_fs_1.default.copyFileSync((0, helpers_1.fixtureUri)("max-tokens.ts").fsPath, file);
        const uri = vscode.Uri.file(file);
        await vscode.commands.executeCommand("vscode.open", uri);
        await (0, helpers_1.waitForDiagnostics)(uri, (ds) => ds.length > 0);
        await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
        await (0, helpers_1.waitForDiagnostics)(uri, (ds) => ds.length === 0, "diagnostics of the closed closing.ts to clear", 30_000);
        strict_1.default.ok(vscode.workspace.textDocuments.every((d) => d.uri.toString() !== uri.toString()), "the document is closed");
        node_fs_1.default.rmSync(file);
    });
});
//# sourceMappingURL=diagnostics.test.js.map