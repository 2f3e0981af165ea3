"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.scriptKindFor = scriptKindFor;
exports.parseSource = parseSource;
exports.parsedFrom = parsedFrom;
const typescript_1 = __importDefault(require("typescript"));
const components_1 = require("./components");
function scriptKindFor(fileName) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith(".tsx"))
        return typescript_1.default.ScriptKind.TSX;
    if (lower.endsWith(".jsx"))
        return typescript_1.default.ScriptKind.JSX;
    if (/\.(c|m)?js$/.test(lower))
        return typescript_1.default.ScriptKind.JS;
    return typescript_1.default.ScriptKind.TS;
}
/** The text each parse of a component was made from (its SourceFile's text is the script parts only). */
const componentTexts = new WeakMap();
/**
 * JSDoc comments are left as comments (not parsed into JSDoc nodes): the engine reads no JSDoc, and skipping it makes
 * the parse about a sixth cheaper. A user's TypeScript before 5.3 has no such mode (and parses JSDoc).
 */
const JSDOC_MODE = typescript_1.default.JSDocParsingMode; // TypeScript 5.3 and later
const OPTIONS = { languageVersion: typescript_1.default.ScriptTarget.Latest, ...(JSDOC_MODE ? { jsDocParsingMode: JSDOC_MODE.ParseNone } : {}) };
/**
 * Parses a file's text (parent pointers set: the engine walks up from nodes). A single-file component (`.vue`,
 * `.svelte`, `.astro`) is parsed as its script parts, with the same offsets (components.ts).
 */
function parseSource(fileName, text) {
    if (!(0, components_1.isComponentFile)(fileName))
        return typescript_1.default.createSourceFile(fileName, text, OPTIONS, true, scriptKindFor(fileName));
    const script = (0, components_1.componentScript)(fileName, text);
    const sourceFile = typescript_1.default.createSourceFile(fileName, script.text, OPTIONS, true, script.scriptKind);
    componentTexts.set(sourceFile, text);
    return sourceFile;
}
/**
 * The text a SourceFile was parsed from: its own text, or a component's whole text (whose script parts it holds).
 * Compare this, not `sourceFile.text`, with a document's text.
 */
function parsedFrom(sourceFile) {
    return componentTexts.get(sourceFile) ?? sourceFile.text;
}
//# sourceMappingURL=parse.js.map