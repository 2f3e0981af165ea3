"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.changedSpan = changedSpan;
exports.reparse = reparse;
exports.triviaAt = triviaAt;
/**
 * Incremental parsing for the editor: the span an edit changed, TypeScript's incremental re-parse of it
 * (`ts.updateSourceFile`: the nodes outside the span are reused, not parsed again), and whether an edit touched
 * only the whitespace and comments between two tokens (then no analysis can change, only offsets move).
 */
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("./ast");
/**
 * The span the edits changed, from the editor's changes (batches in the order they happened, each change's offsets
 * relative to the text before it) when they account exactly for the new text, else from the common prefix and suffix
 * of the two texts. Undefined when the texts are equal. Always exact: the changes are checked against the texts.
 */
function changedSpan(oldText, newText, batches) {
    if (oldText === newText)
        return undefined;
    const fromChanges = batches?.length ? spanOfChanges(oldText.length, batches) : undefined;
    if (fromChanges &&
        newText.length - oldText.length === fromChanges.newEnd - fromChanges.oldEnd &&
        oldText.startsWith(newText.slice(0, fromChanges.start)) &&
        oldText.endsWith(newText.slice(fromChanges.newEnd))) {
        return tighten(oldText, newText, fromChanges);
    }
    return tighten(oldText, newText, { start: 0, oldEnd: oldText.length, newEnd: newText.length });
}
/** The union of the changes, in old-text offsets (start, oldEnd) and new-text offsets (newEnd); undefined if out of range. */
function spanOfChanges(oldLength, batches) {
    let span;
    let length = oldLength;
    for (const batch of batches) {
        for (const c of batch) {
            if (!(c.rangeOffset >= 0 && c.rangeLength >= 0 && c.rangeOffset + c.rangeLength <= length))
                return undefined;
            const changeEnd = c.rangeOffset + c.rangeLength;
            const grown = c.text.length - c.rangeLength;
            if (!span) {
                span = { start: c.rangeOffset, oldEnd: changeEnd, newEnd: changeEnd + grown };
            }
            else {
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
function tighten(oldText, newText, span) {
    let { start, oldEnd, newEnd } = span;
    while (start < oldEnd && start < newEnd && oldText.charCodeAt(start) === newText.charCodeAt(start))
        start++;
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
function reparse(old, newText, span) {
    const range = typescript_1.default.createTextChangeRange(typescript_1.default.createTextSpan(span.start, span.oldEnd - span.start), span.newEnd - span.start);
    (0, ast_1.retireSourceFile)(old);
    return typescript_1.default.updateSourceFile(old, newText, range);
}
/**
 * The run of whitespace and comments between two tokens that holds all of [start, end), with the tokens either
 * side; undefined when the span touches a token (or JSX text, a template's text, a JSDoc node).
 */
function triviaAt(sourceFile, start, end) {
    let node = sourceFile;
    for (let depth = 0; depth < 10_000; depth++) {
        let next;
        for (const child of node.getChildren(sourceFile)) {
            if (child.pos <= start && start < child.end) {
                next = child;
                break;
            }
        }
        if (!next || end > next.end)
            return undefined;
        const tokenStart = next.getStart(sourceFile);
        if (end <= tokenStart && start >= next.pos) {
            const text = sourceFile.text;
            return { pos: next.pos, end: tokenStart, before: lastTokenText(text, next.pos), after: text.slice(tokenStart, tokenStart + 40) };
        }
        if (next.kind < typescript_1.default.SyntaxKind.FirstNode || next.getChildCount(sourceFile) === 0)
            return undefined;
        node = next;
    }
    return undefined;
}
/** Up to 40 characters before `pos` (the end of the token before a run of trivia). */
function lastTokenText(text, pos) {
    return text.slice(Math.max(0, pos - 40), pos);
}
//# sourceMappingURL=incremental.js.map