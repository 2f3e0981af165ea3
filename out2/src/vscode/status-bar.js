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
exports.CostStatusBar = exports.REPORT_COMMAND = void 0;
/**
 * Status bar: the active file's LLM call sites and their worst case per run; a note when the file was
 * skipped (too large, unparsable). Click: the workspace cost report. Rendered after the analysis, on a
 * timer, never inside activation.
 */
const vscode = __importStar(require("vscode"));
const analyzer_1 = require("./analyzer");
const format_1 = require("./format");
const log_1 = require("./log");
exports.REPORT_COMMAND = "costlint.showReport";
class CostStatusBar {
    analyzer;
    estimates;
    log;
    item = vscode.window.createStatusBarItem("costlint.status", vscode.StatusBarAlignment.Right, 100);
    timer;
    constructor(analyzer, estimates, log) {
        this.analyzer = analyzer;
        this.estimates = estimates;
        this.log = log;
        this.item.name = "costlint";
        this.item.command = exports.REPORT_COMMAND;
    }
    /** Re-renders soon (coalesces bursts of events). */
    update() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            (0, log_1.guard)(this.log, "the status bar", undefined, () => this.render());
        }, 0);
    }
    /** What the item shows now (for the test API): "" when hidden. */
    get state() {
        return this.visible ? { text: this.item.text, tooltip: String(this.item.tooltip ?? "") } : { text: "", tooltip: "" };
    }
    visible = false;
    hide() {
        this.visible = false;
        this.item.hide();
    }
    show(text, tooltip) {
        this.item.text = text;
        this.item.tooltip = tooltip;
        this.visible = true;
        this.item.show();
    }
    render() {
        const editor = vscode.window.activeTextEditor;
        if (!editor || !(0, analyzer_1.isServed)(editor.document))
            return this.hide();
        const document = editor.document;
        const analysis = this.analyzer.current(document);
        // Disabled for this file, or its analysis is pending (onDidAnalyze renders again).
        if (!analysis)
            return this.hide();
        if (analysis.skipped)
            return this.show("$(info) costlint: skipped", analysis.skipped);
        const calls = this.estimates.get(document, (0, analyzer_1.engineFileNameOf)(document), analysis.resolved);
        const total = (0, format_1.runTotal)(calls);
        this.show(`$(pulse) ${(0, format_1.statusText)(total)}`, (0, format_1.statusTooltip)(total));
    }
    dispose() {
        if (this.timer)
            clearTimeout(this.timer);
        this.item.dispose();
    }
}
exports.CostStatusBar = CostStatusBar;
//# sourceMappingURL=status-bar.js.map