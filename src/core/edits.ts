import ts from "typescript";
import { lineIndent } from "./ast";
import type { TextEdit } from "./types";

/** An edit adding `propText` (e.g. `max_tokens: 1024`) as the last property of an object literal, in its style. */
export function addPropertyEdit(text: string, obj: ts.ObjectLiteralExpression, propText: string, sourceFile: ts.SourceFile): TextEdit {
  const open = obj.getStart(sourceFile);
  const close = obj.getEnd() - 1;
  const multiline = text.slice(open, close).includes("\n");
  const last = obj.properties[obj.properties.length - 1];
  if (!last) {
    if (multiline) {
      const indent = lineIndent(text, open);
      return { start: open + 1, end: close, text: `\n${indent}  ${propText},\n${indent}` };
    }
    return { start: open + 1, end: close, text: ` ${propText} ` };
  }
  const between = text.slice(last.getEnd(), close);
  const comma = between.indexOf(",");
  const hasTrailingComma = comma !== -1 && /^\s*$/.test(between.slice(0, comma));
  if (multiline) {
    const indent = lineIndent(text, last.getStart(sourceFile));
    if (hasTrailingComma) {
      const at = last.getEnd() + comma + 1;
      return { start: at, end: at, text: `\n${indent}${propText},` };
    }
    return { start: last.getEnd(), end: last.getEnd(), text: `,\n${indent}${propText}` };
  }
  if (hasTrailingComma) {
    const at = last.getEnd() + comma + 1;
    return { start: at, end: at, text: ` ${propText}` };
  }
  return { start: last.getEnd(), end: last.getEnd(), text: `, ${propText}` };
}

/** `a.b.c: v` as nested object text: `a: { b: { c: v } }`. */
export function nestedPropertyText(path: string[], valueText: string): string {
  const [head, ...rest] = path;
  if (rest.length === 0) return `${head}: ${valueText}`;
  return `${head}: { ${nestedPropertyText(rest, valueText)} }`;
}

/** Replaces a node's text. */
export function replaceEdit(node: ts.Node, text: string, sourceFile: ts.SourceFile): TextEdit {
  return { start: node.getStart(sourceFile), end: node.getEnd(), text };
}
