import ts from "typescript";
import { z } from "zod";
import { replaceEdit } from "../syntax/edits";
import { judgedRetryConstructs } from "../detectors/retry-helpers";
import { createRule } from "../rule";
import type { Suggestion } from "../types";

const options = z.object({});

function describeDelay(ms: number | undefined, argText: string | undefined): string {
  if (ms === undefined) return argText ? `of ${argText}` : "";
  return ms >= 1000 ? `of ${ms / 1000} s` : `of ${ms} ms`;
}

export default createRule({
  id: "require-retry-backoff",
  meta: {
    type: "problem",
    description: "Require retries of LLM calls to wait longer after each failed attempt (exponential backoff).",
    recommended: "warn",
    messages: {
      noDelay:
        "This retry tries again at once: a rate-limited provider is hit again immediately, each time a full model call. Back off exponentially.",
      constantDelay:
        "This retry waits a constant {{delay}}: under rate limits clients retry in lockstep, each time a full model call. Double the delay.",
      libraryFactor:
        "factor: {{factor}} makes {{library}} wait the same time between attempts: clients retry in lockstep. Use factor 2 (the default).",
      libraryMultiplier:
        "{{key}}: {{factor}} makes {{library}} wait the same time between attempts: clients retry in lockstep. Use {{key}} 2 (the default).",
      growDelay: "Double the delay on each attempt: {{expr}}.",
    },
    hasSuggestions: true,
  },
  options,
  check(context) {
    const { analysis, sourceFile } = context;
    for (const construct of judgedRetryConstructs(analysis)) {
      if (construct.kind === "library") {
        if (construct.factor) {
          const { key } = construct.factor;
          context.report({
            node: construct.factor.node,
            messageId: key === "factor" ? "libraryFactor" : "libraryMultiplier",
            data: { factor: construct.factor.value, library: construct.site!.profile.sdk, ...(key === "factor" ? {} : { key }) },
          });
        }
        // A library whose wait is its delay option (axios-retry's retryDelay): none, or a constant.
        if (construct.delayFromOption && construct.delay.kind === "none") context.report({ ...construct.range, messageId: "noDelay" });
        if (construct.delayFromOption && construct.delay.kind === "constant") {
          context.report({ ...construct.range, messageId: "constantDelay", data: { delay: describeDelay(construct.delay.ms, construct.delay.arg?.getText(sourceFile)) } });
        }
        continue;
      }
      // Asking again for a reply that did not parse: the provider did not fail, nothing to back off from.
      if (construct.regenerate) continue;
      // A job put back on a queue waits for its turn: how long depends on the queue, not on this code.
      if (construct.kind === "requeue") continue;
      const delay = construct.delay;
      if (delay.kind === "growing") continue;
      if (delay.kind === "none") {
        context.report({ ...construct.range, messageId: "noDelay" });
        continue;
      }
      const suggestions: Suggestion[] = [];
      if (delay.arg && construct.counter) {
        const argText = delay.arg.getText(sourceFile);
        // Operands that bind tighter than `*` need no parentheses: 1000, DELAY, this.delayMs, opts.delay(), (a + b).
        const a = delay.arg;
        const needsParens = !(
          ts.isNumericLiteral(a) ||
          ts.isIdentifier(a) ||
          ts.isPropertyAccessExpression(a) ||
          ts.isElementAccessExpression(a) ||
          ts.isCallExpression(a) ||
          ts.isParenthesizedExpression(a)
        );
        const expr = `${needsParens ? `(${argText})` : argText} * 2 ** ${construct.counter}`;
        suggestions.push({ messageId: "growDelay", data: { expr }, edits: [replaceEdit(delay.arg, expr, sourceFile)] });
      }
      context.report({
        ...construct.range,
        messageId: "constantDelay",
        data: { delay: describeDelay(delay.ms, delay.arg?.getText(sourceFile)) },
        ...(suggestions.length ? { suggestions } : {}),
      });
    }
  },
});
