import path from "node:path";
import type { LintedFile } from "../lint-command";

/** ESLint's `json` formatter shape, so tools that read ESLint's output read costlint's. */
export function lintJson(results: LintedFile[], cwd: string): unknown[] {
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
      filePath: path.resolve(cwd, r.file),
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
