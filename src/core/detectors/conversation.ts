import ts from "typescript";
import { unwrap } from "../syntax/ast";
import { lookupKey } from "../syntax/options";
import type { CallSite } from "../sdk/match";
import type { FileAnalysis } from "./analysis";
import { optionsArgument } from "./constructions";
import { isText } from "./output-cap";

/**
 * The conversation a call sends: the profile's messages key (the first present of them: AI SDK `messages` or
 * `prompt`) or argument; a graph state given as an object (`agent.invoke({ messages })`, LangGraph) sends its `messages`,
 * a chain's input its history key (`chain.invoke({ question, chat_history })`: the profile's `historyKeys`).
 */
export function conversationOf(analysis: FileAnalysis, site: CallSite): ts.Expression | undefined {
  const where = site.profile.messages;
  if (where === undefined || !ts.isCallExpression(site.node)) return undefined;
  let conversation: ts.Expression | undefined;
  if (typeof where === "number") conversation = site.node.arguments[where];
  else {
    for (const key of typeof where === "string" ? [where] : where) {
      const found = lookupKey(analysis.index, optionsArgument(site), key);
      if (found.state === "present") {
        conversation = found.value;
        break;
      }
    }
  }
  // A prompt given as text where the options go (genkit's ai.generate("...")).
  const options = optionsArgument(site);
  if (!conversation && options && isText(unwrap(options))) conversation = options;
  if (!conversation || ts.isArrayLiteralExpression(unwrap(conversation))) return conversation;
  for (const key of site.profile.historyKeys ?? ["messages"]) {
    const state = lookupKey(analysis.index, conversation, key);
    if (state.state === "present" && state.value) return state.value;
  }
  return conversation;
}
