"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.lintJson = lintJson;
const node_path_1 = __importDefault(require("node:path"));
/** ESLint's `json` formatter shape, so tools that read ESLint's output read costlint's. */
function lintJson(results, cwd) {
    return results.map((r) => {
        const messages = r.findings.map((f) => ({
            ruleId: `costlint/${f.ruleId}`,
            severity: f.severity === "error" ? 2 : 1,
            message: f.message,
            messageId: f.messageId,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
        }));
        return {
            filePath: node_path_1.default.resolve(cwd, r.file),
            messages,
            errorCount: messages.filter((m) => m.severity === 2).length,
            warningCount: messages.filter((m) => m.severity === 1).length,
            fatalErrorCount: 0,
            fixableErrorCount: 0,
            fixableWarningCount: 0,
            ...(r.skipped ? { skipped: r.skipped } : {}),
        };
    });
}
//# sourceMappingURL=lint-json.js.map