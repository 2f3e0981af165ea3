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
exports.CostInlayHints = void 0;
exports.callMarkdown = callMarkdown;
/**
 * The estimated cost of each LLM call, inline at the end of the line where the call ends: an inlay hint
 * (not a decoration) so VS Code asks for the visible range only, cancels stale requests, lets the user hide
 * hints with editor.inlayHints.enabled, and shows the breakdown as the hint's tooltip.
 */
const vscode = __importStar(require("vscode"));
const analyzer_1 = require("./analyzer");
const engine_1 = require("./engine");
const format_1 = require("./format");
const log_1 = require("./log");
function callMarkdown(call, resolved) {
    const markdown = new vscode.MarkdownString((0, format_1.hoverMarkdown)(call, {
        cheaper: (0, engine_1.engine)().cheaperModels(resolved.pricing, call),
        budgetUsd: resolved.config.budget.perCallUsd,
        pricesUpdated: resolved.pricing.updated,
    }));
    markdown.supportHtml = false;
    markdown.isTrusted = false;
    return markdown;
}
class CostInlayHints {
    analyzer;
    resolver;
    estimates;
    log;
    changed = new vscode.EventEmitter();
    onDidChangeInlayHints = this.changed.event;
    /** The call behind each hint, for its tooltip (built on hover, in resolveInlayHint). */
    calls = new WeakMap();
    constructor(analyzer, resolver, estimates, log) {
        this.analyzer = analyzer;
        this.resolver = resolver;
        this.estimates = estimates;
        this.log = log;
    }
    /** Ask VS Code to request the hints again (configuration changed). */
    refresh() {
        this.changed.fire();
    }
    provideInlayHints(document, range, token) {
        return (0, log_1.guardAsync)(this.log, `inline cost for ${document.uri.toString()}`, [], async () => {
            if (!(0, analyzer_1.isServed)(document))
                return [];
            const resolved = await this.resolver.resolve(document.uri);
            if (token.isCancellationRequested || !resolved.enable || !resolved.inlineCost)
                return [];
            // Estimate after the (debounced) analysis of this version, not on every keystroke; VS Code keeps the
            // previous hints in place meanwhile.
            const analysis = await this.analyzer.whenCurrent(document, token);
            if (!analysis || analysis.skipped || token.isCancellationRequested)
                return [];
            const calls = this.estimates.get(document, (0, analyzer_1.engineFileNameOf)(document), analysis.resolved);
            const hints = [];
            for (const call of calls) {
                const end = document.lineAt(document.positionAt(call.end).line).range.end;
                if (!range.contains(end))
                    continue;
                const hint = new vscode.InlayHint(end, (0, format_1.inlineLabel)(call));
                hint.paddingLeft = true;
                this.calls.set(hint, { call, resolved: analysis.resolved });
                hints.push(hint);
            }
            return hints;
        });
    }
    resolveInlayHint(hint) {
        const entry = this.calls.get(hint);
        if (entry)
            hint.tooltip = (0, log_1.guard)(this.log, "the inline cost tooltip", undefined, () => callMarkdown(entry.call, entry.resolved));
        return hint;
    }
    dispose() {
        this.changed.dispose();
    }
}
exports.CostInlayHints = CostInlayHints;
//# sourceMappingURL=inlay-hints.js.map