import * as assert from "node:assert/strict";
import { RankTable } from "../../src/core/cost/rank-table";

// js-tiktoken's typings are ESM-only; this CommonJS test reads the data files and the class directly.
/* eslint-disable @typescript-eslint/no-require-imports */
const { Tiktoken } = require("js-tiktoken/lite") as { Tiktoken: new (ranks: unknown) => { rankMap: Map<string, number> } };
const RANK_FILES: Record<string, { bpe_ranks: string }> = {
  o200k_base: require("js-tiktoken/ranks/o200k_base"),
  cl100k_base: require("js-tiktoken/ranks/cl100k_base"),
};
/* eslint-enable @typescript-eslint/no-require-imports */

for (const [encoding, file] of Object.entries(RANK_FILES)) {
  describe(`RankTable (${encoding})`, () => {
    const table = RankTable.fromTiktokenRanks(file.bpe_ranks);
    const reference = new Tiktoken(file).rankMap;

    it("holds every token of js-tiktoken's rank map with the same rank, and no other", () => {
      assert.equal(table.size, reference.size);
      let checked = 0;
      for (const [key, rank] of reference) {
        const bytes = Uint8Array.from(key.split(",").map(Number));
        if (table.rank(bytes, 0, bytes.length) !== rank) assert.fail(`token ${key}: ${table.rank(bytes, 0, bytes.length)} vs ${rank}`);
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
    const table = RankTable.fromTiktokenRanks("! 0 YQ== Yg==\n! 7 YWI= YQ==\n");
    assert.equal(table.rank(Uint8Array.of(97), 0, 1), 8);
    assert.equal(table.rank(Uint8Array.of(98), 0, 1), 1);
    assert.equal(table.rank(Uint8Array.of(97, 98), 0, 2), 7);
    assert.equal(table.rank(Uint8Array.of(98, 97), 0, 2), -1);
  });
});
