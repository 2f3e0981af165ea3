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
const vscode = __importStar(require("vscode"));
const rule_1 = require("../../../src/core/rule");
const rules_1 = require("../../../src/core/rules");
const disable_comments_1 = require("../../../src/vscode/disable-comments");
const helpers_1 = require("./helpers");
/** costlint's actions at a range (TypeScript's own fixes left out): the engine's suggestion titles and ours. */
async function actionsAt(editor, range) {
    const all = (await (0, helpers_1.executeProvider)("vscode.executeCodeActionProvider", editor.document.uri, range)) ?? [];
    const suggestionTitles = new Set((0, helpers_1.engineRun)(editor.document).findings.flatMap((f) => (f.suggestions ?? []).map((s) => (0, rule_1.formatMessage)((0, rules_1.ruleById)(f.ruleId).meta.messages[s.messageId], s.data))));
    return all.filter((a) => "kind" in a && (suggestionTitles.has(a.title) || /^(Disable \S+ for this line|Show documentation for \S+|Fix this \S+ problem)$/.test(a.title)));
}
function diagnosticOf(editor, rule) {
    const d = (0, helpers_1.costlintDiagnostics)(editor.document.uri).find((x) => (0, helpers_1.ruleOf)(x) === rule);
    strict_1.default.ok(d, `no ${rule} diagnostic`);
    return d;
}
describe("quick fixes", () => {
    before(async () => {
        await (0, helpers_1.api)();
    });
    afterEach(async () => {
        // Whatever a test changed goes back, so a failure does not spill into the next test.
        for (const document of vscode.workspace.textDocuments)
            if (document.isDirty && document.uri.scheme === "file")
                await (0, helpers_1.revert)(document);
    });
    it("offers the engine's suggestions (first preferred), disable-for-line and documentation", async () => {
        const editor = await (0, helpers_1.open)("max-tokens.ts");
        const d = diagnosticOf(editor, "require-max-tokens");
        const actions = await actionsAt(editor, d.range);
        const finding = (0, helpers_1.engineRun)(editor.document).findings.find((f) => f.ruleId === "require-max-tokens");
        const rule = (0, rules_1.ruleById)("require-max-tokens");
        const suggestionTitles = finding.suggestions.map((s) => (0, rule_1.formatMessage)(rule.meta.messages[s.messageId], s.data));
        const titles = actions.map((a) => a.title);
        strict_1.default.deepEqual(titles, [...suggestionTitles, "Disable require-max-tokens for this line", "Show documentation for require-max-tokens"]);
        strict_1.default.equal(actions[0].isPreferred, true);
        strict_1.default.ok(actions.slice(1).every((a) => !a.isPreferred));
        strict_1.default.ok(actions.every((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value));
    });
    it("applies a suggestion: the document becomes the engine's output and the finding goes", async () => {
        const editor = await (0, helpers_1.open)("max-tokens.ts");
        const before = editor.document.getText();
        const finding = (0, helpers_1.engineRun)(editor.document).findings.find((f) => f.ruleId === "require-max-tokens");
        const expected = (0, disable_comments_1.applyEdits)(before, finding.suggestions[0].edits);
        const [action] = await actionsAt(editor, diagnosticOf(editor, "require-max-tokens").range);
        strict_1.default.ok(action?.edit);
        strict_1.default.ok(await vscode.workspace.applyEdit(action.edit));
        strict_1.default.equal(editor.document.getText(), expected);
        strict_1.default.match(editor.document.getText(), /\],\n {4}max_completion_tokens: \d+,\n {2}\}\);/);
        await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => !ds.some((d) => (0, helpers_1.ruleOf)(d) === "require-max-tokens"), "the fixed finding to go");
    });
    it("suggestions of other rules apply too (no-full-history: slice the history)", async () => {
        const editor = await (0, helpers_1.open)("history.ts");
        const [action] = await actionsAt(editor, diagnosticOf(editor, "no-full-history").range);
        strict_1.default.match(action.title, /slice|last/i);
        strict_1.default.ok(await vscode.workspace.applyEdit(action.edit));
        // history.ts starts its conversation with a system message: the window keeps it
        strict_1.default.match(editor.document.getText(), /messages: \[\.\.\.\(this\.messages\.length > \d+ && this\.messages\[0\]\?\.role === "system" \? \[this\.messages\[0\]\] : \[\]\), \.\.\.this\.messages\.slice\(-\d+\)\]/);
        await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => !ds.some((d) => (0, helpers_1.ruleOf)(d) === "no-full-history"));
    });
    it("'Disable RULE for this line' inserts an ESLint comment with the line's indentation, and the finding goes", async () => {
        const editor = await (0, helpers_1.open)("history.ts");
        const d = diagnosticOf(editor, "no-full-history");
        const line = editor.document.lineAt(d.range.start.line);
        const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
        const disable = (await actionsAt(editor, d.range)).find((a) => a.title === "Disable no-full-history for this line");
        strict_1.default.ok(disable?.edit);
        strict_1.default.ok(await vscode.workspace.applyEdit(disable.edit));
        strict_1.default.equal(editor.document.lineAt(d.range.start.line).text, `${indent}// eslint-disable-next-line costlint/no-full-history`);
        strict_1.default.equal(editor.document.lineAt(d.range.start.line + 1).text, line.text);
        await (0, helpers_1.waitForDiagnostics)(editor.document.uri, (ds) => !ds.some((x) => (0, helpers_1.ruleOf)(x) === "no-full-history"), "the disabled finding to go");
    });
    it("'Show documentation' opens the bundled rule page in the Markdown preview", async () => {
        const editor = await (0, helpers_1.open)("agent-loop.ts");
        const docs = (await actionsAt(editor, diagnosticOf(editor, "require-iteration-cap").range)).find((a) => a.title === "Show documentation for require-iteration-cap");
        strict_1.default.ok(docs?.command);
        strict_1.default.equal(docs.command.command, "costlint.openDocs");
        await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments ?? []));
        const tab = await (0, helpers_1.waitFor)("the preview tab", () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes("require-iteration-cap")), (t) => t !== undefined);
        strict_1.default.match(tab.label, /Preview require-iteration-cap\.md/);
        await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    });
});
//# sourceMappingURL=code-actions.test.js.map