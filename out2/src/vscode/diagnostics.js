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
exports.SOURCE = void 0;
exports.rangeOf = rangeOf;
exports.toDiagnostic = toDiagnostic;
/** Findings → VS Code diagnostics: offsets become positions, nothing else changes. */
const vscode = __importStar(require("vscode"));
const engine_1 = require("./engine");
exports.SOURCE = "costlint";
function rangeOf(document, start, end) {
    return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
function toDiagnostic(document, finding, severity) {
    const diagnostic = new vscode.Diagnostic(rangeOf(document, finding.start, finding.end), finding.message, severity === "error" ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
    diagnostic.source = exports.SOURCE;
    const docsUrl = (0, engine_1.engine)().ruleById(finding.ruleId)?.docsUrl;
    diagnostic.code = docsUrl ? { value: finding.ruleId, target: vscode.Uri.parse(docsUrl) } : finding.ruleId;
    return diagnostic;
}
//# sourceMappingURL=diagnostics.js.map