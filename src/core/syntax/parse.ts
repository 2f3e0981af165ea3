import ts from "typescript";
import { componentScript, isComponentFile } from "./components";

export function scriptKindFor(fileName: string): ts.ScriptKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (lower.endsWith(".jsx")) return ts.ScriptKind.JSX;
  if (/\.(c|m)?js$/.test(lower)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** The text each parse of a component was made from (its SourceFile's text is the script parts only). */
const componentTexts = new WeakMap<ts.SourceFile, string>();

/**
 * JSDoc comments are left as comments (not parsed into JSDoc nodes): the engine reads no JSDoc, and skipping it makes
 * the parse about a sixth cheaper. A user's TypeScript before 5.3 has no such mode (and parses JSDoc).
 */
const JSDOC_MODE = (ts as { JSDocParsingMode?: typeof ts.JSDocParsingMode }).JSDocParsingMode; // TypeScript 5.3 and later
const OPTIONS: ts.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.Latest, ...(JSDOC_MODE ? { jsDocParsingMode: JSDOC_MODE.ParseNone } : {}) };

/**
 * Parses a file's text (parent pointers set: the engine walks up from nodes). A single-file component (`.vue`,
 * `.svelte`, `.astro`) is parsed as its script parts, with the same offsets (components.ts).
 */
export function parseSource(fileName: string, text: string): ts.SourceFile {
  if (!isComponentFile(fileName)) return ts.createSourceFile(fileName, text, OPTIONS, true, scriptKindFor(fileName));
  const script = componentScript(fileName, text);
  const sourceFile = ts.createSourceFile(fileName, script.text, OPTIONS, true, script.scriptKind);
  componentTexts.set(sourceFile, text);
  return sourceFile;
}

/**
 * The text a SourceFile was parsed from: its own text, or a component's whole text (whose script parts it holds).
 * Compare this, not `sourceFile.text`, with a document's text.
 */
export function parsedFrom(sourceFile: ts.SourceFile): string {
  return componentTexts.get(sourceFile) ?? sourceFile.text;
}
