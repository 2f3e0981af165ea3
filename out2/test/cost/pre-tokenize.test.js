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
const pre_tokenize_1 = require("../../src/core/cost/pre-tokenize");
// The o200k_base pre-tokenizer pattern, as shipped in js-tiktoken's rank file.
// js-tiktoken's typings are ESM-only; this CommonJS test reads the data file directly.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const o200k = require("js-tiktoken/ranks/o200k_base");
const pattern = new RegExp(o200k.pat_str, "gu");
const PATHOLOGICAL = {
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
            const pieces = [...(0, pre_tokenize_1.splitIntoPieces)(text, pattern)];
            for (const piece of pieces) {
                assert.ok((0, pre_tokenize_1.utf8Length)(piece) <= pre_tokenize_1.MAX_PIECE_BYTES, `piece of ${(0, pre_tokenize_1.utf8Length)(piece)} bytes`);
                assert.ok(piece.length > 0);
            }
            assert.equal(pieces.join(""), text);
        });
    }
    it("respects a custom bound", () => {
        const pieces = [...(0, pre_tokenize_1.splitIntoPieces)("b".repeat(1000), pattern, 16)];
        assert.deepEqual(pieces.map((p) => p.length), [...Array(62).fill(16), 8]);
    });
    it("yields exactly the pre-tokenizer's matches for normal text", () => {
        const text = "const answer = await client.chat.completions.create({ model: \"gpt-4o\" });\n  // done\n";
        assert.deepEqual([...(0, pre_tokenize_1.splitIntoPieces)(text, pattern)], [...text.matchAll(pattern)].map((m) => m[0]));
    });
    it("rejects a pattern without the global flag and a bound below one code point", () => {
        assert.throws(() => [...(0, pre_tokenize_1.splitIntoPieces)("x", new RegExp(o200k.pat_str, "u"))], /global/);
        assert.throws(() => [...(0, pre_tokenize_1.splitIntoPieces)("x", pattern, 3)], /maxBytes/);
    });
});
describe("utf8Length", () => {
    it("agrees with TextEncoder", () => {
        const encoder = new TextEncoder();
        for (const text of ["", "abc", "é", "漢", "🚀", "a\ud800b", "\udc00", "👨‍👩‍👧‍👦"]) {
            assert.equal((0, pre_tokenize_1.utf8Length)(text), encoder.encode(text).length, JSON.stringify(text));
        }
    });
});
//# sourceMappingURL=pre-tokenize.test.js.map