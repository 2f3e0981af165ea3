import ts from "typescript";
import { z } from "zod";
import { findFullHistoryUses, type HistoryKind } from "../detectors/history";
import { createRule } from "../rule";
import { SYSTEM_MESSAGE } from "../syntax/file-text";
import type { TextEdit } from "../types";

const options = z.object({
  keepTurns: z.number().int().positive().default(8).describe("How many recent messages the suggested slice keeps."),
});

const WHERE: Record<HistoryKind, string> = {
  field: "a class field grown every turn",
  module: "a module-level array grown every call",
  outer: "an outer-scope array grown every call",
  repl: "an array grown every turn of the chat loop",
  loop: "an array grown every step of an agent loop with no step cap",
  store: "a stored conversation loaded whole",
  request: "the chat client's whole conversation, every request",
  keyed: "a per-user conversation kept in a map",
  session: "a session's conversation, kept across requests",
  "chat-session": "a provider chat session kept between messages, which re-sends its whole history",
  "carried-context": "the context the last reply returned, which holds the whole conversation",
  "kept-thread": "a server-side thread kept per user, which every run sends whole",
};

/** `histories.get(id)`: a map read may find nothing, so the suggested slice is optional (`?.slice`). */
function mayBeMissing(ref: ts.Expression): boolean {
  return ts.isCallExpression(ref) && ts.isPropertyAccessExpression(ref.expression) && ref.expression.name.text === "get" && ref.arguments.length === 1;
}

/** The file writes a system message into a conversation (`role: "system"`): a window must keep it when it leads. */

/**
 * The last N messages, and before them the leading system message when the window would drop it: no duplicate while
 * the conversation is short, nothing added when it does not start with a system message.
 */
function keepSystemWindow(name: string, keepTurns: number): string {
  return `[...(${name}.length > ${keepTurns} && ${name}[0]?.role === "system" ? [${name}[0]] : []), ...${name}.slice(-${keepTurns})]`;
}

export default createRule({
  id: "no-full-history",
  meta: {
    type: "problem",
    description: "Disallow sending a whole, growing conversation history with every LLM call.",
    recommended: "warn",
    messages: {
      fullHistory:
        "This call sends {{name}} whole ({{where}}): input grows every turn, total cost quadratically. Send the last turns.",
      keptSession:
        "{{name}} is a chat session kept between messages: it re-sends its whole history, so cost grows quadratically. Start new sessions.",
      carriedContext:
        "{{name}} is the last reply's context, sent back every turn: it holds the whole conversation, so cost grows quadratically. Send a window of recent messages instead.",
      keptThread:
        "The thread {{name}} is kept and reused: every run sends the whole thread, so cost grows quadratically. Bound it with truncation_strategy ({ type: \"last_messages\" }) or max_prompt_tokens, or start new threads.",
      sliceHistory: "Send only the last {{keepTurns}} messages: {{name}}.slice(-{{keepTurns}}).",
      sliceHistoryKeepSystem: "Send the leading system message and the last {{keepTurns}} messages.",
    },
    hasSuggestions: true,
  },
  options,
  check(context) {
    const { analysis, sourceFile } = context;
    const keepTurns = context.options.keepTurns;
    let systemMessage: boolean | undefined; // read from the file once, on the first finding that asks
    for (const { uses } of findFullHistoryUses(analysis)) {
      for (const use of uses) {
        if (use.kind === "chat-session" || use.kind === "kept-thread") {
          context.report({ node: use.ref, messageId: use.kind === "kept-thread" ? "keptThread" : "keptSession", data: { name: use.name } });
          continue;
        }
        // Tokens, not messages: no slice keeps a usable conversation, so no suggestion.
        if (use.kind === "carried-context") {
          context.report({ node: use.ref, messageId: "carriedContext", data: { name: use.name } });
          continue;
        }
        // Text the history was joined into: a slice of it cuts characters, not turns. The window belongs before the join.
        if (use.text) {
          context.report({ node: use.ref, messageId: "fullHistory", data: { name: use.name, where: WHERE[use.kind], keepTurns } });
          continue;
        }
        // The filter names the history twice: only for a plain name or property chain (no call to run twice).
        const keepSystem = /^[\w$]+(\.[\w$]+)*$/.test(use.name) && (systemMessage ??= SYSTEM_MESSAGE.test(context.text));
        const edit: TextEdit = ts.isShorthandPropertyAssignment(use.ref.parent)
          ? { start: use.ref.parent.getStart(sourceFile), end: use.ref.parent.getEnd(), text: `${use.name}: ${keepSystem ? keepSystemWindow(use.name, keepTurns) : `${use.name}.slice(-${keepTurns})`}` }
          : keepSystem
            ? { start: use.ref.getStart(sourceFile), end: use.ref.getEnd(), text: keepSystemWindow(use.name, keepTurns) }
            : { start: use.ref.getEnd(), end: use.ref.getEnd(), text: `${mayBeMissing(use.ref) ? "?." : "."}slice(-${keepTurns})` };
        context.report({
          node: use.ref,
          messageId: "fullHistory",
          data: { name: use.name, where: WHERE[use.kind], keepTurns },
          suggestions: [{ messageId: keepSystem ? "sliceHistoryKeepSystem" : "sliceHistory", data: { name: use.name, keepTurns }, edits: [edit] }],
        });
      }
    }
  },
});
