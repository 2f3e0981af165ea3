"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BpeTokenCounter = void 0;
const NO_MERGE = 0x7fffffff;
class BpeTokenCounter {
    table;
    /** Scratch arrays, grown as needed: part boundaries and pair ranks. */
    bounds = new Int32Array(257);
    pairRanks = new Int32Array(257);
    constructor(table) {
        this.table = table;
    }
    /** Number of tokens BPE produces for bytes[0, length) (one piece of the pre-tokenizer). */
    count(bytes, length = bytes.length) {
        if (length <= 1)
            return length;
        if (this.bounds.length <= length) {
            this.bounds = new Int32Array(length + 1);
            this.pairRanks = new Int32Array(length + 1);
        }
        const { bounds, pairRanks, table } = this;
        // Part i is bytes[bounds[i], bounds[i + 1]); pairRanks[i] is the rank of parts i and i + 1 merged.
        for (let i = 0; i <= length; i++)
            bounds[i] = i;
        for (let i = 0; i < length - 1; i++)
            pairRanks[i] = rankOrNone(table.rank(bytes, i, i + 2));
        let parts = length;
        while (parts > 1) {
            let best = NO_MERGE;
            let at = -1;
            for (let i = 0; i < parts - 1; i++) {
                if (pairRanks[i] < best) {
                    best = pairRanks[i];
                    at = i;
                }
            }
            if (at < 0)
                break;
            // Merge parts at and at + 1: drop boundary at + 1 and pair rank at + 1.
            bounds.copyWithin(at + 1, at + 2, parts + 1);
            pairRanks.copyWithin(at + 1, at + 2, parts - 1);
            parts--;
            pairRanks[at] = at + 1 < parts ? rankOrNone(table.rank(bytes, bounds[at], bounds[at + 2])) : NO_MERGE;
            if (at > 0)
                pairRanks[at - 1] = rankOrNone(table.rank(bytes, bounds[at - 1], bounds[at + 1]));
        }
        return parts;
    }
}
exports.BpeTokenCounter = BpeTokenCounter;
function rankOrNone(rank) {
    return rank < 0 ? NO_MERGE : rank;
}
//# sourceMappingURL=bpe-merge.js.map