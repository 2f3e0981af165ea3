import ts from "typescript";
import type { SourceCode } from "eslint";
import path from "node:path";
import { analysedModuleSource } from "../core/detectors/analysis";
import { parseSource } from "../core/engine";
import type { Project } from "../core/project/project";
import { isComponentFile } from "../core/syntax/components";

/** The tree every costlint rule of the run uses for a SourceCode (decided by the first rule that runs on it). */
const parsed = new WeakMap<object, ts.SourceFile>();
const reusedParserAst = new WeakSet<ts.SourceFile>();

/**
 * The TypeScript AST of the file being linted. With @typescript-eslint/parser it is the one the parser already
 * built (its node maps lead from the ESTree Program to the ts.SourceFile); with any other parser the text is parsed
 * once and shared by every costlint rule of the run (keyed by the SourceCode object ESLint shares across rules).
 * With a project, a file whose module the cross-file layer already parsed and analysed keeps that tree instead.
 */
export function sourceFileFor(sourceCode: SourceCode, filename: string, project?: Project): { sourceFile: ts.SourceFile; reused: boolean } {
  const cached = parsed.get(sourceCode);
  if (cached) return { sourceFile: cached, reused: reusedParserAst.has(cached) };
  // A module another linted file's analysis already read and analysed (its analysis holds for the run), with this
  // very text: its tree serves every rule, and its analysis is not made again.
  const analysed = project && path.isAbsolute(filename) ? analysedModuleSource(project, filename, sourceCode.text) : undefined;
  if (analysed) {
    parsed.set(sourceCode, analysed);
    return { sourceFile: analysed, reused: false };
  }
  // A component (.vue, .svelte, .astro): the parsers for these (vue-eslint-parser, svelte-eslint-parser, ...) give
  // ESLint the whole component as its text; a TypeScript AST they may hold is of the script alone, so the script
  // parts are parsed here, at the component's offsets (parseSource).
  if (!isComponentFile(filename)) {
    const mapped = parserSourceFile(sourceCode);
    if (mapped && isUsableSourceFile(mapped, sourceCode.text)) {
      parsed.set(sourceCode, mapped);
      reusedParserAst.add(mapped);
      return { sourceFile: mapped, reused: true };
    }
  }
  const sourceFile = parseSource(filename, sourceCode.text);
  parsed.set(sourceCode, sourceFile);
  return { sourceFile, reused: false };
}

/** The TypeScript AST a parser built (@typescript-eslint/parser's node maps), if any; another parser's services never throw here. */
function parserSourceFile(sourceCode: SourceCode): unknown {
  try {
    const services = (sourceCode as { parserServices?: { esTreeNodeToTSNodeMap?: { get(node: unknown): unknown } } }).parserServices;
    const map = services?.esTreeNodeToTSNodeMap;
    return typeof map?.get === "function" ? map.get(sourceCode.ast) : undefined;
  } catch {
    return undefined;
  }
}

function isUsableSourceFile(node: unknown, text: string): node is ts.SourceFile {
  if (!node || typeof node !== "object") return false;
  const sf = node as ts.SourceFile;
  // The parser's TypeScript may not be the one costlint parses with (typescript-runtime.ts chose the bundled copy, or
  // the parser resolved another version): syntax kinds are numbered per version, and SourceFile comes after every
  // syntax kind, so its number is a fingerprint of the numbering. Another numbering: parse again.
  if (sf.kind !== ts.SyntaxKind.SourceFile || sf.text !== text) return false;
  // The engine needs parent pointers; a source file from a type-aware program may lack them.
  const first = sf.statements[0];
  return !first || first.parent === sf;
}
