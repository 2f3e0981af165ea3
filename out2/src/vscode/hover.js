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
exports.CostHover = void 0;
/** A hover on a call's callee (`client.chat.completions.create`): the estimate's breakdown, assumptions and cheaper models. */
const vscode = __importStar(require("vscode"));
const analyzer_1 = require("./analyzer");
const inlay_hints_1 = require("./inlay-hints");
const log_1 = require("./log");
class CostHover {
    analyzer;
    estimates;
    log;
    constructor(analyzer, estimates, log) {
        this.analyzer = analyzer;
        this.estimates = estimates;
        this.log = log;
    }
    provideHover(document, position, token) {
        return (0, log_1.guardAsync)(this.log, `hover for ${document.uri.toString()}`, undefined, async () => {
            if (!(0, analyzer_1.isServed)(document))
                return undefined;
            // Diagnostics first: the estimate waits for the analysis of this version (a pending one is not overtaken).
            const analysis = await this.analyzer.whenCurrent(document, token);
            if (token.isCancellationRequested || !analysis)
                return undefined;
            const resolved = analysis.resolved;
            const offset = document.offsetAt(position);
            // Only the callee answers: hovering the arguments (a prompt, a schema) keeps their own hovers.
            const calls = this.estimates.get(document, (0, analyzer_1.engineFileNameOf)(document), resolved).filter((c) => c.start <= offset && offset <= c.calleeEnd);
            if (calls.length === 0)
                return undefined;
            const call = calls.reduce((inner, c) => (c.start >= inner.start ? c : inner));
            return new vscode.Hover((0, inlay_hints_1.callMarkdown)(call, resolved), new vscode.Range(document.positionAt(call.start), document.positionAt(call.calleeEnd)));
        });
    }
}
exports.CostHover = CostHover;
//# sourceMappingURL=hover.js.map