/**
 * Line arithmetic and edit application for the editor. "Disable RULE for this line" (the comment ESLint reads in
 * CI) is the engine's disableLineEdit() (src/core/syntax/disable-comments.ts), reached through engine(): it needs
 * the parsed file to put the comment where a comment is valid. Pure: no `vscode` import.
 */
import type { TextEdit } from "../core/types";

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

/** Applies edits to a text (for tests and previews). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
