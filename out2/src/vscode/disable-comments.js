"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lineStarts = lineStarts;
exports.lineAt = lineAt;
exports.applyEdits = applyEdits;
/** Start offsets of every line. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** 0-based line of an offset. */
function lineAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** Applies edits to a text (for tests and previews). */
function applyEdits(text, edits) {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
}
//# sourceMappingURL=disable-comments.js.map