"use strict";
/**
 * Splitting text into bounded pieces before BPE.
 *
 * The pieces are the tokenizer's own pre-tokenization (the encoding's `pat_str`
 * regex, as js-tiktoken uses it), so for normal text the token count is exactly
 * the unchunked count. BPE cost grows quadratically with the length of one piece,
 * and a piece can be arbitrarily long (200,000 identical letters, spaces or
 * punctuation are one piece), so any piece longer than `maxBytes` UTF-8 bytes is
 * hard-split at code point boundaries. Only such runs are counted differently from
 * the real tokenizer, and only at the split points (a token cannot span them).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PIECE_BYTES = void 0;
exports.utf8Length = utf8Length;
exports.splitIntoPieces = splitIntoPieces;
exports.hardSplit = hardSplit;
/** Longest piece, in UTF-8 bytes, handed to BPE. Pieces in normal text are far shorter. */
exports.MAX_PIECE_BYTES = 128;
/** UTF-8 length of a string as TextEncoder encodes it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800)
            bytes += 2;
        else if (isHighSurrogate(unit) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/**
 * Yields the pre-tokenizer pieces of `text` (matches of the global, unicode
 * `pattern`), each at most `maxBytes` UTF-8 bytes long.
 */
function* splitIntoPieces(text, pattern, maxBytes = exports.MAX_PIECE_BYTES) {
    if (!pattern.global)
        throw new TypeError("splitIntoPieces: pattern must have the global flag");
    if (!Number.isInteger(maxBytes) || maxBytes < 4) {
        throw new RangeError(`splitIntoPieces: maxBytes must be an integer >= 4, got ${maxBytes}`);
    }
    for (const match of text.matchAll(pattern)) {
        const piece = match[0];
        if (piece.length * 3 <= maxBytes || utf8Length(piece) <= maxBytes)
            yield piece;
        else
            yield* hardSplit(piece, maxBytes);
    }
}
/** Cuts `piece` into consecutive slices of at most `maxBytes` UTF-8 bytes, never inside a surrogate pair. */
function* hardSplit(piece, maxBytes) {
    let start = 0;
    let bytes = 0;
    let i = 0;
    while (i < piece.length) {
        const unit = piece.charCodeAt(i);
        let width = 1;
        let size;
        if (unit < 0x80)
            size = 1;
        else if (unit < 0x800)
            size = 2;
        else if (isHighSurrogate(unit) && i + 1 < piece.length && isLowSurrogate(piece.charCodeAt(i + 1))) {
            size = 4;
            width = 2;
        }
        else
            size = 3;
        if (bytes + size > maxBytes) {
            yield piece.slice(start, i);
            start = i;
            bytes = 0;
        }
        bytes += size;
        i += width;
    }
    if (start < piece.length)
        yield piece.slice(start);
}
function isHighSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}
function isLowSurrogate(unit) {
    return unit >= 0xdc00 && unit <= 0xdfff;
}
//# sourceMappingURL=pre-tokenize.js.map