/**
 * Incremental parsing for the editor: the span an edit changed, TypeScript's incremental re-parse of it
 * (`ts.updateSourceFile`: the nodes outside the span are reused, not parsed again), and whether an edit touched
 * only the whitespace and comments between two tokens (then no analysis can change, only offsets move).
 */
import ts from "typescript";
import { retireSourceFile } from "./ast";

/** One change as an editor reports it: `rangeLength` characters at `rangeOffset` replaced by `text`. */
export interface ContentChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** The one span an edit changed: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface ChangedSpan {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The span the edits changed, from the editor's changes (batches in the order they happened, each change's offsets
 * relative to the text before it) when they account exactly for the new text, else from the common prefix and suffix
 * of the two texts. Undefined when the texts are equal. Always exact: the changes are checked against the texts.
 */
export function changedSpan(oldText: string, newText: string, batches?: readonly (readonly ContentChange[])[]): ChangedSpan | undefined {
  if (oldText === newText) return undefined;
  const fromChanges = batches?.length ? spanOfChanges(oldText.length, batches) : undefined;
  if (
    fromChanges &&
    newText.length - oldText.length === fromChanges.newEnd - fromChanges.oldEnd &&
    oldText.startsWith(newText.slice(0, fromChanges.start)) &&
    oldText.endsWith(newText.slice(fromChanges.newEnd))
  ) {
    return tighten(oldText, newText, fromChanges);
  }
  return tighten(oldText, newText, { start: 0, oldEnd: oldText.length, newEnd: newText.length });
}

/** The union of the changes, in old-text offsets (start, oldEnd) and new-text offsets (newEnd); undefined if out of range. */
function spanOfChanges(oldLength: number, batches: readonly (readonly ContentChange[])[]): ChangedSpan | undefined {
  let span: ChangedSpan | undefined;
  let length = oldLength;
  for (const batch of batches) {
    for (const c of batch) {
      if (!(c.rangeOffset >= 0 && c.rangeLength >= 0 && c.rangeOffset + c.rangeLength <= length)) return undefined;
      const changeEnd = c.rangeOffset + c.rangeLength;
      const grown = c.text.length - c.rangeLength;
      if (!span) {
        span = { start: c.rangeOffset, oldEnd: changeEnd, newEnd: changeEnd + grown };
      } else {
        // Offsets past span.newEnd map to the old text by the growth so far.
        const hi = Math.max(span.newEnd, changeEnd);
        const shift = span.newEnd - span.oldEnd;
        span = { start: Math.min(span.start, c.rangeOffset), oldEnd: hi - shift, newEnd: hi + grown };
      }
      length += grown;
    }
  }
  return span;
}

/** Narrows a span to the characters that really differ (an editor may replace a range with partly the same text). */
function tighten(oldText: string, newText: string, span: ChangedSpan): ChangedSpan {
  let { start, oldEnd, newEnd } = span;
  while (start < oldEnd && start < newEnd && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/**
 * The new text parsed incrementally from the old tree. The old SourceFile must not be used afterwards: TypeScript
 * moves the nodes it reuses into the new tree (it is retired, so node-to-file memos do not answer with it).
 */
export function reparse(old: ts.SourceFile, newText: string, span: ChangedSpan): ts.SourceFile {
  const range = ts.createTextChangeRange(ts.createTextSpan(span.start, span.oldEnd - span.start), span.newEnd - span.start);
  retireSourceFile(old);
  return ts.updateSourceFile(old, newText, range);
}

/**
 * The run of whitespace and comments between two tokens that holds all of [start, end), with the tokens either
 * side; undefined when the span touches a token (or JSX text, a template's text). Found by descending the tree with
 * `ts.forEachChild` and scanning only the punctuation between a node's children, never with `getChildren`: that
 * caches the tokens of every node on the way in the tree, and each later incremental parse then has to drop the
 * cache entry of every node it moves.
 */
export function triviaAt(sourceFile: ts.SourceFile, start: number, end: number): { pos: number; end: number; before: string; after: string } | undefined {
  const text = sourceFile.text;
  const found = (pos: number, tokenStart: number): { pos: number; end: number; before: string; after: string } | undefined =>
    end <= tokenStart && start >= pos ? { pos, end: tokenStart, before: lastTokenText(text, pos), after: text.slice(tokenStart, tokenStart + 40) } : undefined;
  let node: ts.Node = sourceFile;
  for (let depth = 0; depth < 10_000; depth++) {
    // The child node holding `start`; else the stretch of `node`'s own tokens around it, between two children.
    let next: ts.Node | undefined;
    let gapStart = node === sourceFile ? 0 : node.getStart(sourceFile);
    let gapEnd = node.end;
    let done = false;
    const visit = (child: ts.Node): true | undefined => {
      if (done) return true;
      if (child.pos <= start && start < child.end) next = child;
      else if (child.pos > start) gapEnd = child.pos;
      else {
        gapStart = child.end;
        return undefined;
      }
      done = true;
      return true;
    };
    ts.forEachChild(node, visit, (children) => {
      for (const child of children) if (visit(child)) return true;
      return undefined;
    });
    if (!next) return inPunctuation(sourceFile, gapStart, gapEnd, start, found);
    if (end > next.end) return undefined;
    const tokenStart = next.getStart(sourceFile);
    if (start >= next.pos && end <= tokenStart) return found(next.pos, tokenStart);
    if (next.kind < ts.SyntaxKind.FirstNode) return undefined;
    node = next;
  }
  return undefined;
}

/**
 * Where `start` lies among a node's own tokens between two of its children (punctuation and keywords only: names,
 * strings, templates, regular expressions and JSX text are child nodes), scanned from `gapStart` to `gapEnd`: in the
 * trivia before one of them (then `found` decides), or in a token (undefined).
 */
function inPunctuation<T>(sourceFile: ts.SourceFile, gapStart: number, gapEnd: number, start: number, found: (pos: number, tokenStart: number) => T | undefined): T | undefined {
  const scanner = ts.createScanner(sourceFile.languageVersion, /*skipTrivia*/ true, sourceFile.languageVariant, sourceFile.text);
  scanner.resetTokenState(gapStart);
  for (;;) {
    const kind = scanner.scan();
    const pos = scanner.getTokenFullStart();
    if (kind === ts.SyntaxKind.EndOfFileToken || pos >= gapEnd) return undefined;
    if (start < scanner.getTokenEnd()) return found(pos, scanner.getTokenStart());
  }
}

/** Up to 40 characters before `pos` (the end of the token before a run of trivia). */
function lastTokenText(text: string, pos: number): string {
  return text.slice(Math.max(0, pos - 40), pos);
}
