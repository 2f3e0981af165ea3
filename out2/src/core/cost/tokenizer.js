"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENCODINGS = void 0;
exports.countTokens = countTokens;
exports.isTokenizerLoaded = isTokenizerLoaded;
exports.clearTokenCountCache = clearTokenCountCache;
/**
 * Token counting with OpenAI's BPE encodings (js-tiktoken rank files).
 *
 * - The rank files (1-2 MB each) are loaded lazily with require() on the first
 *   use of an encoding, never at module load, and read into a typed-array rank
 *   table (rank-table.ts: about 0.1 s and 10 MB for o200k_base, where
 *   js-tiktoken's own constructor takes over a second and 60 MB).
 * - Text is split into the tokenizer's own pre-tokenization pieces, and any piece
 *   longer than MAX_PIECE_BYTES is hard-split (see pre-tokenize.ts), so no input
 *   costs more than linear time. Counts equal the unchunked js-tiktoken count
 *   except inside such over-long runs.
 * - Special tokens: text such as "<|endoftext|>" is counted as ordinary text
 *   (like `encode(text, [], [])`, i.e. tiktoken's disallowed_special=()). Source
 *   code and prompts are user data; the chat APIs do not turn them into control
 *   tokens either, and counting them never throws.
 * - Counts are cached by content in a bounded LRU map.
 */
const node_crypto_1 = require("node:crypto");
const bpe_merge_1 = require("./bpe-merge");
const lru_cache_1 = require("./lru-cache");
const pre_tokenize_1 = require("./pre-tokenize");
const rank_table_1 = require("./rank-table");
exports.ENCODINGS = ["o200k_base", "cl100k_base"];
const MAX_CACHED_TEXTS = 4096;
const MAX_CACHED_PIECES = 65536;
/** Texts longer than this are cached under a hash of their content instead of the text itself. */
const MAX_LITERAL_KEY_LENGTH = 256;
const loadedEncodings = new Map();
const textCounts = new lru_cache_1.LruCache(MAX_CACHED_TEXTS);
/** UTF-8 bytes of the piece being counted (a piece is at most MAX_PIECE_BYTES). */
let pieceBytes = new Uint8Array(4 * pre_tokenize_1.MAX_PIECE_BYTES);
/** Number of tokens `text` encodes to with `encoding`. */
function countTokens(text, encoding) {
    assertEncoding(encoding);
    if (text.length === 0)
        return 0;
    const key = cacheKey(text, encoding);
    const cached = textCounts.get(key);
    if (cached !== undefined)
        return cached;
    const loaded = loadEncoding(encoding);
    const pattern = loaded.pattern;
    let total = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const piece = match[0];
        if (piece.length === 0) {
            pattern.lastIndex++; // never loops on an empty match (the patterns have none)
            continue;
        }
        const length = encodeUtf8(piece);
        if (length <= pre_tokenize_1.MAX_PIECE_BYTES)
            total += countPiece(loaded, piece, length);
        else
            for (const part of (0, pre_tokenize_1.hardSplit)(piece, pre_tokenize_1.MAX_PIECE_BYTES))
                total += countPiece(loaded, part, encodeUtf8(part));
    }
    textCounts.set(key, total);
    return total;
}
/** Whether the rank file of `encoding` (or of any encoding, if omitted) has been loaded. */
function isTokenizerLoaded(encoding) {
    return encoding === undefined ? loadedEncodings.size > 0 : loadedEncodings.has(encoding);
}
/** Empties the count caches (for benchmarks); loaded rank files stay loaded. */
function clearTokenCountCache() {
    textCounts.clear();
    for (const loaded of loadedEncodings.values())
        loaded.pieceCounts.clear();
}
/** Tokens of one piece whose UTF-8 bytes are pieceBytes[0, length). */
function countPiece(loaded, piece, length) {
    if (length <= 1)
        return length;
    if (loaded.table.rank(pieceBytes, 0, length) >= 0)
        return 1;
    let count = loaded.pieceCounts.get(piece);
    if (count === undefined) {
        count = loaded.bpe.count(pieceBytes, length);
        if (loaded.pieceCounts.size >= MAX_CACHED_PIECES)
            loaded.pieceCounts.clear();
        loaded.pieceCounts.set(piece, count);
    }
    return count;
}
/**
 * Writes the UTF-8 bytes of `text` to pieceBytes (as TextEncoder does: a lone surrogate becomes U+FFFD) and
 * returns their number.
 */
function encodeUtf8(text) {
    if (pieceBytes.length < text.length * 3)
        pieceBytes = new Uint8Array(text.length * 3);
    const bytes = pieceBytes;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        let unit = text.charCodeAt(i);
        if (unit < 0x80) {
            bytes[n++] = unit;
            continue;
        }
        if (unit < 0x800) {
            bytes[n++] = 0xc0 | (unit >> 6);
            bytes[n++] = 0x80 | (unit & 63);
            continue;
        }
        if (unit >= 0xd800 && unit <= 0xdfff) {
            const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
            if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                const point = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
                bytes[n++] = 0xf0 | (point >> 18);
                bytes[n++] = 0x80 | ((point >> 12) & 63);
                bytes[n++] = 0x80 | ((point >> 6) & 63);
                bytes[n++] = 0x80 | (point & 63);
                i++;
                continue;
            }
            unit = 0xfffd;
        }
        bytes[n++] = 0xe0 | (unit >> 12);
        bytes[n++] = 0x80 | ((unit >> 6) & 63);
        bytes[n++] = 0x80 | (unit & 63);
    }
    return n;
}
function cacheKey(text, encoding) {
    if (text.length <= MAX_LITERAL_KEY_LENGTH)
        return `${encoding}:${text}`;
    const digest = (0, node_crypto_1.createHash)("sha1").update(text).digest("base64");
    return `${encoding}#${text.length}#${digest}`;
}
function assertEncoding(encoding) {
    if (!exports.ENCODINGS.includes(encoding))
        throw new Error(`Unknown tokenizer encoding: ${String(encoding)}`);
}
function loadEncoding(encoding) {
    const existing = loadedEncodings.get(encoding);
    if (existing !== undefined)
        return existing;
    const rankFile = requireRankFile(encoding);
    const table = rank_table_1.RankTable.fromTiktokenRanks(rankFile.bpe_ranks);
    if (table.size < 256)
        throw new Error(`js-tiktoken rank file for ${encoding} has too few tokens (${table.size})`);
    const loaded = {
        pattern: new RegExp(rankFile.pat_str, "gu"),
        table,
        bpe: new bpe_merge_1.BpeTokenCounter(table),
        pieceCounts: new Map(),
    };
    loadedEncodings.set(encoding, loaded);
    return loaded;
}
/**
 * Literal require() calls, one per encoding, so that esbuild bundles both rank
 * files while they still run only on first use.
 */
function requireRankFile(encoding) {
    let loaded;
    switch (encoding) {
        case "o200k_base":
            // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: runs on first use only
            loaded = require("js-tiktoken/ranks/o200k_base");
            break;
        case "cl100k_base":
            // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: runs on first use only
            loaded = require("js-tiktoken/ranks/cl100k_base");
            break;
    }
    const file = (isRecord(loaded) && "default" in loaded ? loaded.default : loaded);
    if (typeof file?.pat_str !== "string" || typeof file.bpe_ranks !== "string") {
        throw new Error(`js-tiktoken rank file for ${encoding} has an unexpected shape`);
    }
    return file;
}
function isRecord(value) {
    return typeof value === "object" && value !== null;
}
//# sourceMappingURL=tokenizer.js.map