"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addPropertyEdit = addPropertyEdit;
exports.nestedPropertyText = nestedPropertyText;
exports.replaceEdit = replaceEdit;
exports.removePropertyEdit = removePropertyEdit;
exports.validEdits = validEdits;
const ast_1 = require("./ast");
/** Text after a property up to the end of its line that is only blanks and a comment: `  // why`. */
const TRAILING_COMMENT = /^[ \t]*(\/\/[^\r\n]*|\/\*[^\r\n]*?\*\/[ \t]*)?$/;
/**
 * An edit adding `propText` (e.g. `max_tokens: 1024`) as the last property of an object literal, in its style:
 * one line (`{ a: 1, max_tokens: 1024 }`) or one property a line (the new line indented like the last property,
 * keeping a trailing comma if the object has one). A comment after the last property stays on its line; the file's
 * line ending (LF or CRLF) is kept.
 */
function addPropertyEdit(text, obj, propText, sourceFile) {
    const open = obj.getStart(sourceFile);
    const close = obj.getEnd() - 1;
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const last = obj.properties[obj.properties.length - 1];
    const first = obj.properties[0];
    // Multi-line style: a line break between `{` and the first property (or `}` when empty).
    const multiline = text.slice(open + 1, first ? first.getStart(sourceFile) : close).includes("\n");
    if (!last) {
        const inner = text.slice(open + 1, close);
        if (multiline) {
            const indent = (0, ast_1.lineIndent)(text, open);
            const unit = indent.includes("\t") ? "\t" : "  ";
            // Before anything inside (a comment stays, below the new property).
            if (/^\s*$/.test(inner))
                return { start: open + 1, end: close, text: `${eol}${indent}${unit}${propText},${eol}${indent}` };
            return { start: open + 1, end: open + 1, text: `${eol}${indent}${unit}${propText},` };
        }
        if (/^\s*$/.test(inner))
            return { start: open + 1, end: close, text: ` ${propText} ` };
        return { start: open + 1, end: open + 1, text: ` ${propText},` };
    }
    const lastEnd = last.getEnd();
    const between = text.slice(lastEnd, close);
    const comma = between.indexOf(",");
    const hasTrailingComma = comma !== -1 && /^\s*$/.test(between.slice(0, comma));
    if (multiline) {
        const indent = (0, ast_1.lineIndent)(text, last.getStart(sourceFile));
        const afterComma = hasTrailingComma ? lastEnd + comma + 1 : lastEnd;
        // The end of the last property's line, when only a comment follows it there and `}` is on a later line.
        const lineEnd = endOfLine(text, afterComma, close);
        if (hasTrailingComma) {
            const at = lineEnd ?? afterComma;
            return { start: at, end: at, text: `${eol}${indent}${propText},` };
        }
        if (lineEnd !== undefined && lineEnd > lastEnd) {
            return { start: lastEnd, end: lineEnd, text: `,${text.slice(lastEnd, lineEnd)}${eol}${indent}${propText}` };
        }
        return { start: lastEnd, end: lastEnd, text: `,${eol}${indent}${propText}` };
    }
    if (hasTrailingComma) {
        const at = lastEnd + comma + 1;
        return { start: at, end: at, text: ` ${propText}` };
    }
    return { start: lastEnd, end: lastEnd, text: `, ${propText}` };
}
/** Where the line holding `from` ends (before `\r\n` or `\n`), if the rest of it is blank or a comment and ends before `limit`. */
function endOfLine(text, from, limit) {
    const newline = text.indexOf("\n", from);
    if (newline === -1 || newline >= limit)
        return undefined;
    const end = text[newline - 1] === "\r" ? newline - 1 : newline;
    const rest = text.slice(from, end);
    if (!TRAILING_COMMENT.test(rest))
        return undefined;
    // Keep the property's own spacing but drop trailing blanks after a comment-free tail.
    return /\S/.test(rest) ? end : from;
}
/** `a.b.c: v` as nested object text: `a: { b: { c: v } }`. */
function nestedPropertyText(path, valueText) {
    const [head, ...rest] = path;
    if (rest.length === 0)
        return `${head}: ${valueText}`;
    return `${head}: { ${nestedPropertyText(rest, valueText)} }`;
}
/** Replaces a node's text. */
function replaceEdit(node, text, sourceFile) {
    return { start: node.getStart(sourceFile), end: node.getEnd(), text };
}
/**
 * An edit deleting a property of an object literal with its comma: the comma after it (and the blanks up to the
 * next property), or, for the last property, the comma before it. A multi-line object loses the property's line.
 */
function removePropertyEdit(text, obj, prop, sourceFile) {
    const i = obj.properties.indexOf(prop);
    const next = obj.properties[i + 1];
    const previous = obj.properties[i - 1];
    const start = prop.getStart(sourceFile);
    if (next)
        return { start, end: next.getStart(sourceFile), text: "" };
    const close = obj.getEnd() - 1;
    const after = text.slice(prop.getEnd(), close);
    const trailingComma = /^\s*,/.test(after) ? prop.getEnd() + after.indexOf(",") + 1 : prop.getEnd();
    if (previous) {
        // Keep the object's own trailing-comma style: drop from the previous property's end.
        const keepComma = trailingComma > prop.getEnd();
        return { start: previous.getEnd(), end: keepComma ? prop.getEnd() + after.indexOf(",") : prop.getEnd(), text: "" };
    }
    return { start, end: trailingComma, text: "" };
}
/**
 * True when a set of edits can be applied to a text as one change: each inside the text with start <= end, none
 * overlapping another (two insertions at one offset are allowed). Code with syntax errors can give a detector
 * odd positions; an edit set that fails this is dropped, never applied.
 */
function validEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let previousEnd = -1;
    for (const e of sorted) {
        if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start || e.end > text.length)
            return false;
        if (e.start < previousEnd)
            return false;
        previousEnd = Math.max(previousEnd, e.end);
    }
    return true;
}
//# sourceMappingURL=edits.js.map