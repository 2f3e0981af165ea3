import ts from "typescript";
import { z } from "zod";
import { unwrap } from "../ast";
import { addPropertyEdit, nestedPropertyText } from "../edits";
import { lookupAnyKey } from "../options";
import { createRule } from "../rule";
import type { CallSite } from "../sdk/match";

const options = z.object({
  suggestedCap: z.number().int().positive().default(1024).describe("The output cap a suggestion adds, in tokens."),
});

/** Where to report a call: its method name (`create`), the function name (`generateText`) or `new X`. */
export function callNameRange(site: CallSite, sourceFile: ts.SourceFile): { start: number; end: number } {
  const node = site.node;
  const callee = unwrap(node.expression);
  if (ts.isNewExpression(node)) return { start: node.getStart(sourceFile), end: node.expression.getEnd() };
  if (ts.isPropertyAccessExpression(callee)) return { start: callee.name.getStart(sourceFile), end: callee.name.getEnd() };
  return { start: callee.getStart(sourceFile), end: callee.getEnd() };
}

export default createRule({
  id: "require-max-tokens",
  meta: {
    type: "problem",
    description: "Require an output cap (max_tokens and its equivalents) on every LLM generation call.",
    recommended: "warn",
    messages: {
      missingCap:
        "{{call}} has no output cap: the model may write up to its maximum output on every call, and output tokens cost several times input tokens. Set {{key}}.",
      missingCapCost:
        "{{call}} has no output cap: up to {{outputTokens}} output tokens, {{cost}} per call on {{model}}. Set {{key}}.",
      addCap: "Add {{key}}: {{value}}.",
    },
    hasSuggestions: true,
  },
  options,
  check(context) {
    const { analysis, sourceFile, text } = context;
    for (const site of analysis.sites) {
      const keys = site.profile.maxOutput;
      if (!keys || site.profile.kind === "tool" || site.profile.kind === "retry") continue;
      if (!site.options) continue;
      const found = lookupAnyKey(analysis.index, site.options, keys);
      if (found.state !== "absent") continue;
      const key = keys[0]!;
      const range = callNameRange(site, sourceFile);
      const call = callLabel(site, sourceFile);
      const value = String(context.options.suggestedCap);
      const note = context.env.describeCall?.(site.node);
      const data: Record<string, string> = note
        ? {
            call,
            key,
            model: note.model + (note.approximate ? " (approximate)" : ""),
            outputTokens: note.outputTokens.toLocaleString("en-US"),
            cost: formatUsd(note.costUsd),
          }
        : { call, key };
      context.report({
        ...range,
        messageId: note ? "missingCapCost" : "missingCap",
        data,
        suggestions: [
          {
            messageId: "addCap",
            data: { key, value },
            edits: [addPropertyEdit(text, found.owner, nestedPropertyText(found.missing, value), sourceFile)],
          },
        ],
      });
    }
  },
});

/** How a message names the call: `client.chat.completions.create()`, `generateText()`, `new ChatOpenAI()`. */
export function callLabel(site: CallSite, sourceFile: ts.SourceFile): string {
  let label = site.node.expression.getText(sourceFile).replace(/\s+/g, "");
  if (label.length > 60) label = `…${label.slice(-59)}`;
  return ts.isNewExpression(site.node) ? `new ${label}()` : `${label}()`;
}

export function formatUsd(value: number): string {
  if (value >= 1) return `$${value.toFixed(2)}`;
  if (value >= 0.01) return `$${value.toFixed(3)}`;
  return `$${value.toPrecision(2)}`;
}
