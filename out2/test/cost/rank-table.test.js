"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const rank_table_1 = require("../../src/core/cost/rank-table");
// js-tiktoken's typings are ESM-only; this CommonJS test reads the data files and the class directly.
/* eslint-disable @typescript-eslint/no-require-imports */
const { Tiktoken } = require("js-tiktoken/lite");
const RANK_FILES = {
    o200k_base: require("js-tiktoken/ranks/o200k_base"),
    cl100k_base: require("js-tiktoken/ranks/cl100k_base"),
};
/* eslint-enable @typescript-eslint/no-require-imports */
for (const [encoding, file] of Object.entries(RANK_FILES)) {
    describe(`RankTable (${encoding})`, () => {
        const table = rank_table_1.RankTable.fromTiktokenRanks(file.bpe_ranks);
        const reference = new Tiktoken(file).rankMap;
        it("holds every token of js-tiktoken's rank map with the same rank, and no other", () => {
            assert.equal(table.size, reference.size);
            let checked = 0;
            for (const [key, rank] of reference) {
                const bytes = Uint8Array.from(key.split(",").map(Number));
                if (table.rank(bytes, 0, bytes.length) !== rank)
                    assert.fail(`token ${key}: ${table.rank(bytes, 0, bytes.length)} vs ${rank}`);
                checked++;
            }
            assert.equal(checked, reference.size);
        });
        it("looks up a byte range inside a larger buffer, and answers -1 for bytes that are no token", () => {
            const bytes = new TextEncoder().encode("xx hello yy");
            assert.equal(table.rank(bytes, 2, 8), reference.get(Array.from(bytes.subarray(2, 8)).join(",")));
            const noToken = new Uint8Array([0xff, 0xfe, 0xfd, 0xfc, 0xfb]);
            assert.equal(reference.has(Array.from(noToken).join(",")), false);
            assert.equal(table.rank(noToken, 0, noToken.length), -1);
            assert.equal(table.rank(bytes, 3, 3), -1);
        });
    });
}
describe("RankTable.fromTiktokenRanks", () => {
    it("reads several lines and first ranks, and keeps the last rank of a token listed twice", () => {
        // "YQ==" a, "Yg==" b, "YWI=" ab; "YQ==" listed again on the second line.
        const table = rank_table_1.RankTable.fromTiktokenRanks("! 0 YQ== Yg==\n! 7 YWI= YQ==\n");
        assert.equal(table.rank(Uint8Array.of(97), 0, 1), 8);
        assert.equal(table.rank(Uint8Array.of(98), 0, 1), 1);
        assert.equal(table.rank(Uint8Array.of(97, 98), 0, 2), 7);
        assert.equal(table.rank(Uint8Array.of(98, 97), 0, 2), -1);
    });
});
//# sourceMappingURL=rank-table.test.js.map