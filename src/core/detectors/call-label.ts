import ts from "typescript";
import { unwrap } from "../syntax/ast";
import type { CallSite } from "../sdk/match";

/** Where to report a call: its method name (`create`), the function name (`generateText`) or `new X`. */
export function callNameRange(site: CallSite, sourceFile: ts.SourceFile): { start: number; end: number } {
  const node = site.node;
  const callee = unwrap(node.expression);
  if (ts.isNewExpression(node)) return { start: node.getStart(sourceFile), end: node.expression.getEnd() };
  if (ts.isPropertyAccessExpression(callee)) return { start: callee.name.getStart(sourceFile), end: callee.name.getEnd() };
  return { start: callee.getStart(sourceFile), end: callee.getEnd() };
}

/**
 * Line breaks of a chained call go with the blanks around them (`client\n  .chat` is `client.chat`); other runs of
 * blanks shrink to one (`new X().y`). A scan by lines: a regex of blanks around a line break backtracks quadratically on a long
 * run of blanks with no line break.
 */
export function squeezeBlanks(text: string): string {
  const lines = text.split("\n");
  const last = lines.length - 1;
  return lines
    .map((line, i) => (i === 0 ? (last === 0 ? line : line.trimEnd()) : i === last ? line.trimStart() : line.trim()))
    .join("")
    .replace(/\s+/g, " ");
}

/** How a message names the call: `client.chat.completions.create()`, `generateText()`, `new ChatOpenAI()`. */
export function callLabel(site: CallSite, sourceFile: ts.SourceFile): string {
  let label = squeezeBlanks(site.node.expression.getText(sourceFile));
  if (label.length > 60) label = `…${label.slice(-59)}`;
  return ts.isNewExpression(site.node) ? `new ${label}()` : `${label}()`;
}
