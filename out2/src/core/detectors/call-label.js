"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.callNameRange = callNameRange;
exports.squeezeBlanks = squeezeBlanks;
exports.callLabel = callLabel;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
/** Where to report a call: its method name (`create`), the function name (`generateText`) or `new X`. */
function callNameRange(site, sourceFile) {
    const node = site.node;
    const callee = (0, ast_1.unwrap)(node.expression);
    if (typescript_1.default.isNewExpression(node))
        return { start: node.getStart(sourceFile), end: node.expression.getEnd() };
    if (typescript_1.default.isPropertyAccessExpression(callee))
        return { start: callee.name.getStart(sourceFile), end: callee.name.getEnd() };
    return { start: callee.getStart(sourceFile), end: callee.getEnd() };
}
/**
 * Line breaks of a chained call go with the blanks around them (`client\n  .chat` is `client.chat`); other runs of
 * blanks shrink to one (`new X().y`). A scan by lines: a regex of blanks around a line break backtracks quadratically on a long
 * run of blanks with no line break.
 */
function squeezeBlanks(text) {
    const lines = text.split("\n");
    const last = lines.length - 1;
    return lines
        .map((line, i) => (i === 0 ? (last === 0 ? line : line.trimEnd()) : i === last ? line.trimStart() : line.trim()))
        .join("")
        .replace(/\s+/g, " ");
}
/** How a message names the call: `client.chat.completions.create()`, `generateText()`, `new ChatOpenAI()`. */
function callLabel(site, sourceFile) {
    let label = squeezeBlanks(site.node.expression.getText(sourceFile));
    if (label.length > 60)
        label = `…${label.slice(-59)}`;
    return typescript_1.default.isNewExpression(site.node) ? `new ${label}()` : `${label}()`;
}
//# sourceMappingURL=call-label.js.map