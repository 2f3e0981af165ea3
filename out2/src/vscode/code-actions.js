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
exports.CostCodeActions = exports.OPEN_DOCS_COMMAND = void 0;
/**
 * Quick fixes from the findings cached for the document's version: every fix and suggestion the engine
 * offers (the autofix, else the first suggestion, is preferred), "Disable RULE for this line" and
 * "Show documentation for RULE".
 */
const vscode = __importStar(require("vscode"));
const analyzer_1 = require("./analyzer");
const diagnostics_1 = require("./diagnostics");
const engine_1 = require("./engine");
const log_1 = require("./log");
exports.OPEN_DOCS_COMMAND = "costlint.openDocs";
function workspaceEdit(document, edits) {
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits)
        edit.replace(document.uri, (0, diagnostics_1.rangeOf)(document, e.start, e.end), e.text);
    return edit;
}
/** The diagnostic VS Code shows for a finding (same range, message and code), to attach to its actions. */
function diagnosticFor(context, range, finding) {
    return context.diagnostics.filter((d) => d.source === diagnostics_1.SOURCE &&
        d.range.isEqual(range) &&
        d.message === finding.message &&
        (typeof d.code === "object" ? d.code.value : d.code) === finding.ruleId);
}
class CostCodeActions {
    analyzer;
    log;
    constructor(analyzer, log) {
        this.analyzer = analyzer;
        this.log = log;
    }
    provideCodeActions(document, range, context, token) {
        return (0, log_1.guardAsync)(this.log, `code actions for ${document.uri.toString()}`, [], async () => {
            if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only))
                return [];
            // The findings of this very version: a pending (debounced) run is pulled forward, never guessed.
            const analysis = await this.analyzer.ensure(document);
            if (!analysis || token.isCancellationRequested || analysis.version !== document.version)
                return [];
            const fixes = [];
            const disables = [];
            const docs = [];
            const seenDisable = new Set();
            const seenDocs = new Set();
            const text = document.getText();
            for (const finding of analysis.findings) {
                const findingRange = (0, diagnostics_1.rangeOf)(document, finding.start, finding.end);
                if (!findingRange.intersection(range))
                    continue;
                const diagnostics = diagnosticFor(context, findingRange, finding);
                const rule = (0, engine_1.engine)().ruleById(finding.ruleId);
                if (finding.fix?.length) {
                    const action = new vscode.CodeAction(`Fix this ${finding.ruleId} problem`, vscode.CodeActionKind.QuickFix);
                    action.edit = workspaceEdit(document, finding.fix);
                    action.diagnostics = diagnostics;
                    action.isPreferred = true;
                    fixes.push(action);
                }
                finding.suggestions?.forEach((suggestion, i) => {
                    const template = rule?.meta.messages[suggestion.messageId] ?? suggestion.messageId;
                    const action = new vscode.CodeAction((0, engine_1.engine)().formatMessage(template, suggestion.data), vscode.CodeActionKind.QuickFix);
                    action.edit = workspaceEdit(document, suggestion.edits);
                    action.diagnostics = diagnostics;
                    if (i === 0 && !finding.fix?.length)
                        action.isPreferred = true;
                    fixes.push(action);
                });
                const line = findingRange.start.line;
                if (!seenDisable.has(`${finding.ruleId}:${line}`)) {
                    seenDisable.add(`${finding.ruleId}:${line}`);
                    const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
                    action.edit = workspaceEdit(document, [(0, engine_1.engine)().disableLineEditIn((0, analyzer_1.engineFileNameOf)(document), text, finding.start, finding.ruleId)]);
                    action.diagnostics = diagnostics;
                    disables.push(action);
                }
                if (!seenDocs.has(finding.ruleId)) {
                    seenDocs.add(finding.ruleId);
                    const action = new vscode.CodeAction(`Show documentation for ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
                    action.command = { title: action.title, command: exports.OPEN_DOCS_COMMAND, arguments: [finding.ruleId] };
                    docs.push(action);
                }
            }
            return [...fixes, ...disables, ...docs];
        });
    }
}
exports.CostCodeActions = CostCodeActions;
//# sourceMappingURL=code-actions.js.map