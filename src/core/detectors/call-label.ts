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

/** How a message names the call: `client.chat.completions.create()`, `generateText()`, `new ChatOpenAI()`. */
export function callLabel(site: CallSite, sourceFile: ts.SourceFile): string {
  // Line breaks of a chained call go (`client\n  .chat` is `client.chat`); other blanks shrink to one (`new X().y`).
  let label = site.node.expression.getText(sourceFile).replace(/\s*\n\s*/g, "").replace(/\s+/g, " ");
  if (label.length > 60) label = `…${label.slice(-59)}`;
  return ts.isNewExpression(site.node) ? `new ${label}()` : `${label}()`;
}
