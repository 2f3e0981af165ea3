import ts from "typescript";
import { z } from "zod";
import { findFullHistoryUses, type HistoryKind } from "../detectors/history";
import { createRule } from "../rule";
import type { TextEdit } from "../types";

const options = z.object({
  keepTurns: z.number().int().positive().default(8).describe("How many recent messages the suggested slice keeps."),
});

const WHERE: Record<HistoryKind, string> = {
  field: "a class field that grows with the conversation",
  module: "a module-level array that grows with every call",
  outer: "an array from an outer scope that grows with every call",
  repl: "an array that grows with every turn of the chat loop",
  store: "a stored conversation loaded whole",
  request: "the whole conversation the chat client posts with every request",
  keyed: "a per-user conversation kept in a map and grown with every message",
  session: "a session's conversation, kept and grown across requests",
  "chat-session": "a provider chat session kept between messages, which re-sends its whole history",
};

/** `histories.get(id)`: a map read may find nothing, so the suggested slice is optional (`?.slice`). */
function mayBeMissing(ref: ts.Expression): boolean {
  return ts.isCallExpression(ref) && ts.isPropertyAccessExpression(ref.expression) && ref.expression.name.text === "get" && ref.arguments.length === 1;
}

export default createRule({
  id: "no-full-history",
  meta: {
    type: "problem",
    description: "Disallow sending a whole, growing conversation history with every LLM call.",
    recommended: "warn",
    messages: {
      fullHistory:
        "This call sends {{name}} whole ({{where}}): input tokens grow with every turn, and a conversation's total cost grows quadratically. Send the last turns plus a summary, e.g. {{name}}.slice(-{{keepTurns}}).",
      keptSession:
        "{{name}} is a chat session kept between messages: the provider re-sends its whole history with every message, so input tokens grow with every turn and a conversation's total cost grows quadratically. Start a new session per message with the last turns as its history (plus a summary).",
      sliceHistory: "Send only the last {{keepTurns}} messages: {{name}}.slice(-{{keepTurns}}).",
    },
    hasSuggestions: true,
  },
  options,
  check(context) {
    const { analysis, sourceFile } = context;
    const keepTurns = context.options.keepTurns;
    for (const { uses } of findFullHistoryUses(analysis)) {
      for (const use of uses) {
        if (use.kind === "chat-session") {
          context.report({ node: use.ref, messageId: "keptSession", data: { name: use.name } });
          continue;
        }
        const edit: TextEdit = ts.isShorthandPropertyAssignment(use.ref.parent)
          ? { start: use.ref.parent.getStart(sourceFile), end: use.ref.parent.getEnd(), text: `${use.name}: ${use.name}.slice(-${keepTurns})` }
          : { start: use.ref.getEnd(), end: use.ref.getEnd(), text: `${mayBeMissing(use.ref) ? "?." : "."}slice(-${keepTurns})` };
        context.report({
          node: use.ref,
          messageId: "fullHistory",
          data: { name: use.name, where: WHERE[use.kind], keepTurns },
          suggestions: [{ messageId: "sliceHistory", data: { name: use.name, keepTurns }, edits: [edit] }],
        });
      }
    }
  },
});
