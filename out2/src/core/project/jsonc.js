"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJsonc = parseJsonc;
/**
 * JSON with comments and trailing commas (tsconfig.json, jsconfig.json): comments and trailing commas removed
 * outside strings, then JSON.parse. Undefined for anything that still does not parse. Linear in the text.
 */
function parseJsonc(text) {
    if (!text)
        return undefined;
    let out = "";
    let i = 0;
    const n = text.length;
    let chunkStart = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            i++;
            while (i < n) {
                const d = text.charCodeAt(i);
                if (d === 92 /* \ */)
                    i += 2;
                else if (d === 34) {
                    i++;
                    break;
                }
                else
                    i++;
            }
            continue;
        }
        if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
            out += text.slice(chunkStart, i);
            const end = text.indexOf("\n", i);
            i = end === -1 ? n : end;
            chunkStart = i;
            continue;
        }
        if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
            out += text.slice(chunkStart, i);
            const end = text.indexOf("*/", i + 2);
            i = end === -1 ? n : end + 2;
            chunkStart = i;
            continue;
        }
        i++;
    }
    out += text.slice(chunkStart);
    // Trailing commas before } or ] (outside strings: a string cannot contain a raw newline-free `,}` that matters here
    // often enough to justify a second scanner; a false removal only makes JSON.parse fail, which returns undefined).
    const cleaned = out.replace(/,(\s*[}\]])/g, "$1");
    try {
        return JSON.parse(cleaned.charCodeAt(0) === 0xfeff ? cleaned.slice(1) : cleaned);
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=jsonc.js.map