import ts from "typescript";
import { z } from "zod";
import { unwrap } from "../syntax/ast";
import { addPropertyEdit, nestedPropertyText } from "../syntax/edits";
import { lookup, type FileIndex } from "../syntax/file-index";
import { lookupAnyKey } from "../syntax/options";
import { createRule } from "../rule";
import type { CallSite } from "../sdk/match";
import { callLabel, callNameRange } from "../detectors/call-label";
import { formatUsd } from "../cost/format";

const options = z.object({
  suggestedCap: z.number().int().positive().default(1024).describe("The output cap a suggestion adds, in tokens."),
});

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
      if (!isModelConstruction(site)) continue;
      const found = lookupAnyKey(analysis.index, site.options, keys);
      if (found.state !== "absent") continue;
      if (capMayBeSetElsewhere(analysis.index, found.owner, keys)) continue;
      const key = capKeyFor(site, keys);
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
            edits: [addPropertyEdit(text, found.owner, nestedPropertyText(key === keys[0] ? found.missing : [key], value), sourceFile)],
          },
        ],
      });
    }
  },
});

/**
 * LangChain classes named `Chat…` that are not chat models (prompts, messages, histories, outputs) match the chat
 * model profile by name; they take no output cap.
 */
function isModelConstruction(site: CallSite): boolean {
  if (site.profile.id !== "langchain.chatModel") return true;
  const { module, exportName } = site.origin;
  if (module === "@langchain/core" || module.startsWith("@langchain/core/")) return false;
  return !/(Prompt|Message|History|Generation|Template|Value|Agent|Chain|Parser)/.test(exportName);
}

/** The key a fix adds: LangChain's Gemini models take maxOutputTokens, ChatOllama numPredict. */
function capKeyFor(site: CallSite, keys: readonly string[]): string {
  if (site.profile.id === "langchain.chatModel") {
    if (site.origin.exportName === "ChatOllama" && keys.includes("numPredict")) return "numPredict";
    if (/^Chat(GoogleGenerativeAI|VertexAI|Google)/.test(site.origin.exportName) && keys.includes("maxOutputTokens")) return "maxOutputTokens";
  }
  return keys[0]!;
}

/**
 * The options object is a variable's value that the file changes afterwards in a way that may set the cap:
 * `opts.max_tokens = n`, `opts[key] = n`, `Object.assign(opts, ...)`, or `opts = {...}`.
 */
function capMayBeSetElsewhere(index: FileIndex, owner: ts.ObjectLiteralExpression, keys: readonly string[]): boolean {
  let node: ts.Node = owner;
  for (;;) {
    const parent = node.parent;
    if (!parent) return false;
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isTypeAssertionExpression(parent)) node = parent;
    else if (ts.isPropertyAssignment(parent) && parent.initializer === node) node = parent.parent;
    else break;
  }
  const decl = node.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.initializer !== node || !ts.isIdentifier(decl.name)) return false;
  const name = decl.name.text;
  const sameVariable = (expr: ts.Expression): boolean => {
    let root = unwrap(expr);
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = unwrap(root.expression);
    return ts.isIdentifier(root) && root.text === name && lookup(index, name, root)?.node === decl;
  };
  const capNames = new Set(keys.flatMap((k) => k.split(".")));
  for (const assignment of index.assignments) {
    const left = unwrap(assignment.left);
    if (!sameVariable(left)) continue;
    if (ts.isIdentifier(left)) return true;
    if (ts.isPropertyAccessExpression(left) && capNames.has(left.name.text)) return true;
    if (ts.isElementAccessExpression(left)) {
      const arg = unwrap(left.argumentExpression);
      if (!ts.isStringLiteralLike(arg) || capNames.has(arg.text)) return true;
    }
  }
  for (const call of index.calls) {
    const callee = unwrap(call.expression);
    if (
      ts.isPropertyAccessExpression(callee) &&
      callee.name.text === "assign" &&
      ts.isIdentifier(callee.expression) &&
      callee.expression.text === "Object" &&
      call.arguments[0] &&
      sameVariable(call.arguments[0])
    ) {
      return true;
    }
  }
  return false;
}
