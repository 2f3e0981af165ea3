/**
 * "Disable RULE for this line": the `// eslint-disable-next-line costlint/RULE` comment ESLint reads in CI.
 * The engine's lintFile() honours the same comments (src/core/disable-comments.ts), so the finding goes in the
 * editor, the CLI and ESLint alike. Pure: no `vscode` import.
 */
import type { TextEdit } from "../core/types";

const NEXT_LINE = /(?:\/\/|\/\*)\s*eslint-disable-next-line\b([^\n]*)/;

/** Start offsets of every line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line of an offset. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineText(text: string, starts: readonly number[], line: number): string {
  if (line < 0 || line >= starts.length) return "";
  const end = line + 1 < starts.length ? starts[line + 1]! - 1 : text.length;
  return text.slice(starts[line]!, end).replace(/\r$/, "");
}

/** The rules a directive's tail names: `undefined` = every rule. */
function directiveRules(tail: string): string[] | undefined {
  const list = tail.split(/\s--\s|\s--$|\*\//)[0]!.trim();
  if (!list) return undefined;
  return list.split(",").map((r) => r.trim()).filter(Boolean);
}

/**
 * The edit that disables `ruleId` on the line holding `offset`: a `// eslint-disable-next-line costlint/RULE`
 * line above it with the line's indentation, or the rule appended to such a comment already there.
 */
export function disableLineEdit(text: string, offset: number, ruleId: string): TextEdit {
  const starts = lineStarts(text);
  const line = lineAt(starts, offset);
  const name = `costlint/${ruleId}`;
  const previous = lineText(text, starts, line - 1);
  const match = line > 0 ? NEXT_LINE.exec(previous) : null;
  if (match) {
    const rules = directiveRules(match[1] ?? "");
    if (rules !== undefined && rules.length > 0 && !rules.includes(name)) {
      // Append to the rule list, before any `-- reason` or `*/`.
      const tail = match[1] ?? "";
      const listEnd = tail.search(/\s--(\s|$)|\*\//);
      const listText = listEnd === -1 ? tail : tail.slice(0, listEnd);
      const at = starts[line - 1]! + match.index + match[0].length - tail.length + listText.trimEnd().length;
      return { start: at, end: at, text: `, ${name}` };
    }
  }
  const lineStart = starts[line]!;
  const indent = /^[ \t]*/.exec(lineText(text, starts, line))![0];
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return { start: lineStart, end: lineStart, text: `${indent}// eslint-disable-next-line ${name}${eol}` };
}

/** Applies edits to a text (for tests and previews). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
