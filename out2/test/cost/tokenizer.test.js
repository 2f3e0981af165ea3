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
const node_child_process_1 = require("node:child_process");
const path = __importStar(require("node:path"));
const tokenizer_1 = require("../../src/core/cost/tokenizer");
const token_fixtures_1 = require("./token-fixtures");
const reference_encoder_1 = require("./reference-encoder");
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
function relativeDifference(a, b) {
    return Math.abs(a - b) / Math.max(1, b);
}
for (const encoding of tokenizer_1.ENCODINGS) {
    describe(`countTokens (${encoding})`, () => {
        it("equals js-tiktoken's count exactly on short normal strings", () => {
            for (const text of SHORT_STRINGS) {
                assert.equal((0, tokenizer_1.countTokens)(text, encoding), (0, reference_encoder_1.referenceCount)(text, encoding), JSON.stringify(text));
            }
        });
        it("is within 1% of the unchunked count on multi-kB prose, code, JSON and mixed scripts", () => {
            const fixtures = { PROSE: token_fixtures_1.PROSE, TYPESCRIPT: token_fixtures_1.TYPESCRIPT, JSON_TEXT: token_fixtures_1.JSON_TEXT, MIXED_SCRIPTS: token_fixtures_1.MIXED_SCRIPTS };
            for (const [name, text] of Object.entries(fixtures)) {
                const expected = (0, reference_encoder_1.referenceCount)(text, encoding);
                const actual = (0, tokenizer_1.countTokens)(text, encoding);
                assert.ok(relativeDifference(actual, expected) <= 0.01, `${name}: ${actual} vs unchunked ${expected}`);
            }
            // Sanity: the fixtures really are multi-kB texts.
            assert.ok(token_fixtures_1.PROSE.length > 2000 && token_fixtures_1.TYPESCRIPT.length > 2000 && token_fixtures_1.JSON_TEXT.length > 2000);
        });
        it("counts special-token text like <|endoftext|> as ordinary text without throwing", () => {
            const text = "before <|endoftext|> middle <|endofprompt|> after";
            assert.throws(() => (0, reference_encoder_1.referenceEncoder)(encoding).encode(text), /special token/);
            const count = (0, tokenizer_1.countTokens)(text, encoding);
            assert.equal(count, (0, reference_encoder_1.referenceCount)(text, encoding));
            // As ordinary text "<|endoftext|>" is several tokens, not the single special token.
            assert.ok((0, tokenizer_1.countTokens)("<|endoftext|>", encoding) > 1);
        });
        it("returns 0 for the empty string and the same count when asked twice (cache)", () => {
            assert.equal((0, tokenizer_1.countTokens)("", encoding), 0);
            const text = token_fixtures_1.TYPESCRIPT + token_fixtures_1.PROSE;
            assert.equal((0, tokenizer_1.countTokens)(text, encoding), (0, tokenizer_1.countTokens)(text, encoding));
            assert.equal((0, tokenizer_1.countTokens)(text, encoding), (0, reference_encoder_1.referenceCount)(text, encoding));
        });
        it("counts over-long runs as consecutive 128-byte pieces", () => {
            const piece = "a".repeat(128);
            const expected = 1000 * (0, reference_encoder_1.referenceCount)(piece, encoding);
            assert.equal((0, tokenizer_1.countTokens)("a".repeat(128 * 1000), encoding), expected);
            const spaces = (0, tokenizer_1.countTokens)(" ".repeat(128 * 10), encoding);
            assert.equal(spaces, 10 * (0, reference_encoder_1.referenceCount)(" ".repeat(128), encoding));
        });
        it("finishes a pathological 200,000-character run with a plausible count", () => {
            const count = (0, tokenizer_1.countTokens)("z".repeat(200_000), encoding);
            assert.ok(count > 200_000 / 128 && count < 200_000, `count ${count}`);
        });
        it("matches js-tiktoken on random multi-token words (exercises the BPE merge)", () => {
            let seed = 7;
            const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
            for (let i = 0; i < 200; i++) {
                const length = 1 + Math.floor(random() * 40);
                let word = "";
                for (let j = 0; j < length; j++)
                    word += String.fromCharCode(97 + Math.floor(random() * 26));
                assert.equal((0, tokenizer_1.countTokens)(word, encoding), (0, reference_encoder_1.referenceCount)(word, encoding), word);
            }
        });
    });
}
describe("tokenizer loading", () => {
    it("rejects an unknown encoding", () => {
        assert.throws(() => (0, tokenizer_1.countTokens)("x", "p50k_base"), /Unknown tokenizer encoding/);
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
        const report = JSON.parse((0, node_child_process_1.execFileSync)(process.execPath, ["-e", script], { encoding: "utf8" }));
        assert.deepEqual(report, { atStart: [false, 0], afterEmpty: [false, 0], afterO200k: [true, false, 1] });
    });
    it("reports loaded encodings in this process", () => {
        (0, tokenizer_1.countTokens)("hello", "cl100k_base");
        assert.equal((0, tokenizer_1.isTokenizerLoaded)("cl100k_base"), true);
        assert.equal((0, tokenizer_1.isTokenizerLoaded)(), true);
    });
});
//# sourceMappingURL=tokenizer.test.js.map