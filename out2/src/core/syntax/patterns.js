"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeRegExp = escapeRegExp;
/** `text` as a regular expression that matches it literally (module names, method names in a pattern). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
//# sourceMappingURL=patterns.js.map