"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceEncoder = referenceEncoder;
exports.referenceCount = referenceCount;
const encoders = new Map();
function referenceEncoder(encoding) {
    let encoder = encoders.get(encoding);
    if (encoder === undefined) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- js-tiktoken's typings are ESM-only
        const { Tiktoken } = require("js-tiktoken/lite");
        const ranks = encoding === "o200k_base"
            ? require("js-tiktoken/ranks/o200k_base") // eslint-disable-line @typescript-eslint/no-require-imports
            : require("js-tiktoken/ranks/cl100k_base"); // eslint-disable-line @typescript-eslint/no-require-imports
        encoder = new Tiktoken(ranks);
        encoders.set(encoding, encoder);
    }
    return encoder;
}
/** Unchunked token count with js-tiktoken. */
function referenceCount(text, encoding) {
    return referenceEncoder(encoding).encode(text, [], []).length;
}
//# sourceMappingURL=reference-encoder.js.map