"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.green = exports.yellow = exports.red = exports.dim = exports.bold = void 0;
exports.colorsFor = colorsFor;
const wrap = (code, reset) => (colors, text) => colors.enabled ? `\u001b[${code}m${text}\u001b[${reset}m` : text;
exports.bold = wrap(1, 22);
exports.dim = wrap(2, 22);
exports.red = wrap(31, 39);
exports.yellow = wrap(33, 39);
exports.green = wrap(32, 39);
/** Colour on a terminal unless NO_COLOR is set; FORCE_COLOR forces it. */
function colorsFor(stream) {
    if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0")
        return { enabled: true };
    return { enabled: !!stream.isTTY && !process.env.NO_COLOR };
}
//# sourceMappingURL=colors.js.map