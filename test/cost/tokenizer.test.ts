import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { countTokens, ENCODINGS, isTokenizerLoaded, type Encoding } from "../../src/core/cost/tokenizer";
import { JSON_TEXT, MIXED_SCRIPTS, PROSE, TYPESCRIPT } from "./token-fixtures";
import { referenceCount, referenceEncoder } from "./reference-encoder";

const SHORT_STRINGS = [
  "Hello, world!",
  "const x = 42;",
  "  indented\n\tand tabbed\r\n",
  "snake_case_identifier and camelCaseIdentifier",
  "1234567890 3.14159 -0.001 1e10",
  "naïve façade, crème brûlée",
  "日本語のテキストです。",
  "emoji 🚀🔥 and family 👨‍👩‍👧‍👦",
  "https://example.com/path?query=1&b=two#frag",
  "{\"a\": [1, 2, 3], \"b\": null}",
  "   ",
  "\n\n\n",
  "x",
  "it's they're we've I'd",
  "Ünïcödé ÜPPER and lower",
  "lone \ud83d high and \udc00 low surrogates, 𝔘𝔫𝔦 and \u0800\u07ff\uffff edges",
];

function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, b);
}

for (const encoding of ENCODINGS) {
  describe(`countTokens (${encoding})`, () => {
    it("equals js-tiktoken's count exactly on short normal strings", () => {
      for (const text of SHORT_STRINGS) {
        assert.equal(countTokens(text, encoding), referenceCount(text, encoding), JSON.stringify(text));
      }
    });

    it("is within 1% of the unchunked count on multi-kB prose, code, JSON and mixed scripts", () => {
      const fixtures = { PROSE, TYPESCRIPT, JSON_TEXT, MIXED_SCRIPTS };
      for (const [name, text] of Object.entries(fixtures)) {
        const expected = referenceCount(text, encoding);
        const actual = countTokens(text, encoding);
        assert.ok(relativeDifference(actual, expected) <= 0.01, `${name}: ${actual} vs unchunked ${expected}`);
      }
      // Sanity: the fixtures really are multi-kB texts.
      assert.ok(PROSE.length > 2000 && TYPESCRIPT.length > 2000 && JSON_TEXT.length > 2000);
    });

    it("counts special-token text like <|endoftext|> as ordinary text without throwing", () => {
      const text = "before <|endoftext|> middle <|endofprompt|> after";
      assert.throws(() => referenceEncoder(encoding).encode(text), /special token/);
      const count = countTokens(text, encoding);
      assert.equal(count, referenceCount(text, encoding));
      // As ordinary text "<|endoftext|>" is several tokens, not the single special token.
      assert.ok(countTokens("<|endoftext|>", encoding) > 1);
    });

    it("returns 0 for the empty string and the same count when asked twice (cache)", () => {
      assert.equal(countTokens("", encoding), 0);
      const text = TYPESCRIPT + PROSE;
      assert.equal(countTokens(text, encoding), countTokens(text, encoding));
      assert.equal(countTokens(text, encoding), referenceCount(text, encoding));
    });

    it("counts over-long runs as consecutive 128-byte pieces", () => {
      const piece = "a".repeat(128);
      const expected = 1000 * referenceCount(piece, encoding);
      assert.equal(countTokens("a".repeat(128 * 1000), encoding), expected);
      const spaces = countTokens(" ".repeat(128 * 10), encoding);
      assert.equal(spaces, 10 * referenceCount(" ".repeat(128), encoding));
    });

    it("finishes a pathological 200,000-character run with a plausible count", () => {
      const count = countTokens("z".repeat(200_000), encoding);
      assert.ok(count > 200_000 / 128 && count < 200_000, `count ${count}`);
    });

    it("matches js-tiktoken on random multi-token words (exercises the BPE merge)", () => {
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let i = 0; i < 200; i++) {
        const length = 1 + Math.floor(random() * 40);
        let word = "";
        for (let j = 0; j < length; j++) word += String.fromCharCode(97 + Math.floor(random() * 26));
        assert.equal(countTokens(word, encoding), referenceCount(word, encoding), word);
      }
    });
  });
}

describe("tokenizer loading", () => {
  it("rejects an unknown encoding", () => {
    assert.throws(() => countTokens("x", "p50k_base" as Encoding), /Unknown tokenizer encoding/);
  });

  it("loads a rank file only on the first use of its encoding (fresh process)", () => {
    const modulePath = path.join(__dirname, "../../src/core/cost/tokenizer.js");
    const script = `
      const t = require(${JSON.stringify(modulePath)});
      const ranksLoaded = () => Object.keys(require.cache).filter((k) => /ranks[\\\\/]/.test(k)).length;
      const report = { atStart: [t.isTokenizerLoaded(), ranksLoaded()] };
      t.countTokens("", "o200k_base");
      report.afterEmpty = [t.isTokenizerLoaded(), ranksLoaded()];
      t.countTokens("hello", "o200k_base");
      report.afterO200k = [t.isTokenizerLoaded("o200k_base"), t.isTokenizerLoaded("cl100k_base"), ranksLoaded()];
      process.stdout.write(JSON.stringify(report));
    `;
    const report = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
    assert.deepEqual(report, { atStart: [false, 0], afterEmpty: [false, 0], afterO200k: [true, false, 1] });
  });

  it("reports loaded encodings in this process", () => {
    countTokens("hello", "cl100k_base");
    assert.equal(isTokenizerLoaded("cl100k_base"), true);
    assert.equal(isTokenizerLoaded(), true);
  });
});
