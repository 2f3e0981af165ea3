"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.safeLine = safeLine;
exports.safeText = safeText;
exports.safeJson = safeJson;
/**
 * Text from a repository (file names, model strings, keys of a configuration file) printed to a terminal or a CI
 * log: control characters (C0, DEL, C1 such as CSI) and bidirectional overrides are shown escaped, so a file named
 * with terminal escape sequences cannot rewrite the terminal or hide text.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_WITH_NEWLINES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escape(c) {
    const code = c.charCodeAt(0);
    if (c === "\n")
        return "\\n";
    if (c === "\r")
        return "\\r";
    if (c === "\t")
        return "\\t";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
/** One line of untrusted text (a file name, a message quoting code): every control character escaped, newlines too. */
function safeLine(text) {
    return text.replace(UNSAFE_WITH_NEWLINES, escape);
}
/** Text whose own newlines and tabs are layout (a table, a block of lines): the other control characters escaped. */
function safeText(text) {
    return text.replace(UNSAFE, escape);
}
/** JSON text: JSON.stringify leaves C1 controls and bidi overrides raw; they become \u escapes (still the same JSON value). */
function safeJson(json) {
    return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
//# sourceMappingURL=safe-text.js.map