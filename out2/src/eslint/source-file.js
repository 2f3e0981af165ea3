"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.sourceFileFor = sourceFileFor;
const typescript_1 = __importDefault(require("typescript"));
const node_path_1 = __importDefault(require("node:path"));
const analysis_1 = require("../core/detectors/analysis");
const engine_1 = require("../core/engine");
const components_1 = require("../core/syntax/components");
/** The tree every costlint rule of the run uses for a SourceCode (decided by the first rule that runs on it). */
const parsed = new WeakMap();
const reusedParserAst = new WeakSet();
/**
 * The TypeScript AST of the file being linted. With @typescript-eslint/parser it is the one the parser already
 * built (its node maps lead from the ESTree Program to the ts.SourceFile); with any other parser the text is parsed
 * once and shared by every costlint rule of the run (keyed by the SourceCode object ESLint shares across rules).
 * With a project, a file whose module the cross-file layer already parsed and analysed keeps that tree instead.
 */
function sourceFileFor(sourceCode, filename, project) {
    const cached = parsed.get(sourceCode);
    if (cached)
        return { sourceFile: cached, reused: reusedParserAst.has(cached) };
    // A module another linted file's analysis already read and analysed (its analysis holds for the run), with this
    // very text: its tree serves every rule, and its analysis is not made again.
    const analysed = project && node_path_1.default.isAbsolute(filename) ? (0, analysis_1.analysedModuleSource)(project, filename, sourceCode.text) : undefined;
    if (analysed) {
        parsed.set(sourceCode, analysed);
        return { sourceFile: analysed, reused: false };
    }
    // A component (.vue, .svelte, .astro): the parsers for these (vue-eslint-parser, svelte-eslint-parser, ...) give
    // ESLint the whole component as its text; a TypeScript AST they may hold is of the script alone, so the script
    // parts are parsed here, at the component's offsets (parseSource).
    if (!(0, components_1.isComponentFile)(filename)) {
        const mapped = parserSourceFile(sourceCode);
        if (mapped && isUsableSourceFile(mapped, sourceCode.text)) {
            parsed.set(sourceCode, mapped);
            reusedParserAst.add(mapped);
            return { sourceFile: mapped, reused: true };
        }
    }
    const sourceFile = (0, engine_1.parseSource)(filename, sourceCode.text);
    parsed.set(sourceCode, sourceFile);
    return { sourceFile, reused: false };
}
/** The TypeScript AST a parser built (@typescript-eslint/parser's node maps), if any; another parser's services never throw here. */
function parserSourceFile(sourceCode) {
    try {
        const services = sourceCode.parserServices;
        const map = services?.esTreeNodeToTSNodeMap;
        return typeof map?.get === "function" ? map.get(sourceCode.ast) : undefined;
    }
    catch {
        return undefined;
    }
}
function isUsableSourceFile(node, text) {
    if (!node || typeof node !== "object")
        return false;
    const sf = node;
    // The parser's TypeScript may not be the one costlint parses with (typescript-runtime.ts chose the bundled copy, or
    // the parser resolved another version): syntax kinds are numbered per version, and SourceFile comes after every
    // syntax kind, so its number is a fingerprint of the numbering. Another numbering: parse again.
    if (sf.kind !== typescript_1.default.SyntaxKind.SourceFile || sf.text !== text)
        return false;
    // The engine needs parent pointers; a source file from a type-aware program may lack them.
    const first = sf.statements[0];
    return !first || first.parent === sf;
}
//# sourceMappingURL=source-file.js.map