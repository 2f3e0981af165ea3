import * as assert from "node:assert/strict";
import { MAX_PIECE_BYTES, splitIntoPieces, utf8Length } from "../../src/core/cost/pre-tokenize";

// The o200k_base pre-tokenizer pattern, as shipped in js-tiktoken's rank file.
// js-tiktoken's typings are ESM-only; this CommonJS test reads the data file directly.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const o200k = require("js-tiktoken/ranks/o200k_base") as { pat_str: string };
const pattern = new RegExp(o200k.pat_str, "gu");

const PATHOLOGICAL: Record<string, string> = {
  "one letter": "a".repeat(200_000),
  spaces: " ".repeat(50_000),
  newlines: "\n".repeat(50_000),
  punctuation: "=".repeat(50_000),
  "CJK run": "漢字".repeat(20_000),
  emoji: "🚀".repeat(20_000),
  "mixed long word": "x".repeat(300) + "é".repeat(300) + "😀".repeat(300),
  "lone surrogates": "\ud800".repeat(1000) + "a\udc00b",
};

describe("splitIntoPieces", () => {
  for (const [name, text] of Object.entries(PATHOLOGICAL)) {
    it(`never yields a piece over the bound and loses nothing: ${name}`, () => {
      const pieces = [...splitIntoPieces(text, pattern)];
      for (const piece of pieces) {
        assert.ok(utf8Length(piece) <= MAX_PIECE_BYTES, `piece of ${utf8Length(piece)} bytes`);
        assert.ok(piece.length > 0);
      }
      assert.equal(pieces.join(""), text);
    });
  }

  it("respects a custom bound", () => {
    const pieces = [...splitIntoPieces("b".repeat(1000), pattern, 16)];
    assert.deepEqual(
      pieces.map((p) => p.length),
      [...Array(62).fill(16), 8],
    );
  });

  it("yields exactly the pre-tokenizer's matches for normal text", () => {
    const text = "const answer = await client.chat.completions.create({ model: \"gpt-4o\" });\n  // done\n";
    assert.deepEqual([...splitIntoPieces(text, pattern)], [...text.matchAll(pattern)].map((m) => m[0]));
  });

  it("rejects a pattern without the global flag and a bound below one code point", () => {
    assert.throws(() => [...splitIntoPieces("x", new RegExp(o200k.pat_str, "u"))], /global/);
    assert.throws(() => [...splitIntoPieces("x", pattern, 3)], /maxBytes/);
  });
});

describe("utf8Length", () => {
  it("agrees with TextEncoder", () => {
    const encoder = new TextEncoder();
    for (const text of ["", "abc", "é", "漢", "🚀", "a\ud800b", "\udc00", "👨‍👩‍👧‍👦"]) {
      assert.equal(utf8Length(text), encoder.encode(text).length, JSON.stringify(text));
    }
  });
});
