import ts from "typescript";
import { z } from "zod";
import { isFunctionLike, lineIndent } from "../syntax/ast";
import { ownRetrySettings } from "../detectors/retry-settings";
import { addPropertyEdit, replaceEdit } from "../syntax/edits";
import { isInfiniteLoop } from "../detectors/loops";
import { breaksLoop, type RetryConstruct } from "../detectors/retry";
import { judgedRetryConstructs } from "../detectors/retry-helpers";
import { createRule, type Report } from "../rule";
import type { Suggestion } from "../types";

const options = z.object({
  maxAttempts: z.number().int().positive().default(5).describe("The most attempts (first try included) a retry may make."),
});

function what(construct: RetryConstruct): string {
  if (construct.endpoint) return `a request to ${construct.endpoint}, the app's own endpoint that makes a model call`;
  return construct.llm ? "a full model call" : `a rerun of its callback (a full model call, as given at ${construct.usedAt ?? "a call of it"})`;
}

export default createRule({
  id: "no-unbounded-retry",
  meta: {
    type: "problem",
    description: "Disallow retrying LLM calls without an attempt limit, or with more attempts than the limit.",
    recommended: "error",
    messages: {
      loopUnbounded:
        "This retry loop has no attempt limit: each retry is {{what}}, forever. Cap it at 3 and back off exponentially.",
      loopTooMany:
        "This retry loop allows about {{attempts}} attempts, above the limit of {{max}}: each retry is {{what}}. Cap it at {{max}}.",
      regenerateUnbounded:
        "This loop re-asks the model until its reply passes a check, with no attempt limit: each attempt is a full model call. Cap it at 3.",
      regenerateTooMany:
        "This loop re-asks the model up to about {{attempts}} times, above the limit of {{max}}: each attempt is a full model call. Cap it at {{max}}.",
      requeueUnbounded:
        "This requeues the failed job on {{queue}} with no attempt count: each retry is {{what}}, forever. Drop the job after 3 attempts.",
      requeueTooMany:
        "This requeues the failed job on {{queue}} for about {{attempts}} attempts, above the limit of {{max}}. Stop at {{max}}.",
      recursionUnbounded:
        "{{name}}() calls itself on failure with no attempt limit: each retry is {{what}}, forever. Pass an attempt count and stop at 3.",
      recursionTooMany:
        "{{name}}() retries itself up to about {{attempts}} times, above the limit of {{max}}: each retry is {{what}}. Stop at {{max}}.",
      libraryUnbounded:
        "{{library}} retries forever here ({{why}}): each retry is {{what}}. Set retries to {{retries}} or fewer.",
      libraryTooMany:
        "{{library}} makes up to {{attempts}} attempts here ({{why}}), above the limit of {{max}}. Set retries: {{retries}}.",
      libraryAttemptsUnbounded:
        "{{library}} retries forever here ({{why}}): each retry is {{what}}. Set {{key}} to {{max}} or fewer.",
      libraryAttemptsTooMany:
        "{{library}} makes up to {{attempts}} attempts here ({{why}}), above the limit of {{max}}. Set {{key}}: {{max}}.",
      optionTooMany:
        "maxRetries: {{value}} allows {{attempts}} attempts per call, above the limit of {{max}}: each is a full model call. Use {{retries}} or fewer.",
      attemptsOptionTooMany:
        "{{key}}: {{value}} allows {{attempts}} attempts per call (first try included), above the limit of {{max}}. Use {{max}} or fewer.",
      capLoop: "Replace the loop header with a counted loop of {{max}} attempts.",
      setRetries: "Set {{key}}: {{retries}}.",
    },
    hasSuggestions: true,
  },
  options,
  check(context) {
    const { analysis, sourceFile, text } = context;
    const max = context.options.maxAttempts;
    const retries = Math.max(0, max - 1);
    for (const construct of judgedRetryConstructs(analysis)) {
      const tooMany = construct.bounded && construct.attempts !== undefined && construct.attempts > max;
      if (construct.bounded && !tooMany) continue;
      const base = { what: what(construct), max, attempts: construct.attempts ?? "?", retries };
      let report: Report;
      if (construct.kind === "loop") {
        report = {
          ...construct.range,
          messageId: construct.regenerate ? (construct.bounded ? "regenerateTooMany" : "regenerateUnbounded") : construct.bounded ? "loopTooMany" : "loopUnbounded",
          data: base,
          ...(!construct.bounded ? { suggestions: capLoopSuggestion(construct, max, text, sourceFile) } : {}),
        };
      } else if (construct.kind === "requeue") {
        report = { ...construct.range, messageId: construct.bounded ? "requeueTooMany" : "requeueUnbounded", data: { ...base, queue: construct.queue ?? "the queue" } };
      } else if (construct.kind === "recursion") {
        const callee = (construct.node as ts.CallExpression).expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText(sourceFile);
        report = { ...construct.range, messageId: construct.bounded ? "recursionTooMany" : "recursionUnbounded", data: { ...base, name } };
      } else {
        const library = construct.site!.profile.sdk;
        const at = construct.optionNode ?? construct.node;
        const range = construct.optionNode ? { start: at.getStart(sourceFile), end: at.getEnd() } : construct.range;
        const key = construct.countKey ?? "retries";
        const suggestions = setRetriesSuggestion(construct, key, construct.countsAttempts ? max : retries, text, sourceFile);
        report = {
          ...range,
          messageId: construct.countsAttempts
            ? construct.bounded
              ? "libraryAttemptsTooMany"
              : "libraryAttemptsUnbounded"
            : construct.bounded
              ? "libraryTooMany"
              : "libraryUnbounded",
          data: { ...base, library, why: construct.why ?? "", ...(construct.countsAttempts ? { key } : {}) },
          ...(suggestions.length ? { suggestions } : {}),
        };
      }
      context.report(report);
    }
    // SDK clients and calls with a retry setting above the limit.
    for (const site of analysis.sites) {
      for (const setting of ownRetrySettings(analysis, site)) {
        const value = setting.value;
        if (value === undefined) continue;
        // A setting that counts attempts (AWS `maxAttempts: 3`) includes the first try.
        const countsAttempts = setting.counts === "attempts";
        const attempts = countsAttempts ? value : value + 1;
        if (attempts <= max) continue;
        const allowed = countsAttempts ? max : retries;
        const data = { key: setting.key, retries: allowed };
        context.report({
          node: setting.prop,
          messageId: countsAttempts ? "attemptsOptionTooMany" : "optionTooMany",
          data: { value: Number.isFinite(value) ? value : "Infinity", attempts: Number.isFinite(value) ? attempts : "unlimited", max, retries, ...(countsAttempts ? { key: setting.key } : {}) },
          suggestions: ts.isPropertyAssignment(setting.prop)
            ? [{ messageId: "setRetries", data, edits: [replaceEdit(setting.prop.initializer, String(allowed), sourceFile)] }]
            : ts.isShorthandPropertyAssignment(setting.prop)
              ? [{ messageId: "setRetries", data, edits: [replaceEdit(setting.prop, `${setting.key}: ${allowed}`, sourceFile)] }]
              : [],
        });
      }
    }
  },
});

/**
 * `retries: N` (or the library's own key: `numOfAttempts: N`) for a retry library call: replacing the option at fault,
 * or adding it where the default applies.
 */
function setRetriesSuggestion(construct: RetryConstruct, key: string, retries: number, text: string, sourceFile: ts.SourceFile): Suggestion[] {
  const suggestion = (edits: Suggestion["edits"]): Suggestion[] => [{ messageId: "setRetries", data: { key, retries }, edits }];
  const option = construct.optionNode;
  const options = construct.optionsObject;
  if (option) {
    if (!ts.isPropertyAssignment(option) && !ts.isShorthandPropertyAssignment(option)) return [];
    // `forever: true` beside a `retries` key: replacing it would duplicate the key.
    if (options && lookupKeyName(option) !== key && options.properties.some((p) => p !== option && lookupKeyName(p) === key)) return [];
    return suggestion([replaceEdit(option, `${key}: ${retries}`, sourceFile)]);
  }
  // The default retries: add the option.
  const call = construct.node as ts.CallExpression;
  const optionsIndex = construct.site?.profile.optionsArg ?? 1;
  if (options) {
    if (options.properties.some((p) => ts.isSpreadAssignment(p))) return [];
    return suggestion([addPropertyEdit(text, options, `${key}: ${retries}`, sourceFile)]);
  }
  const before = call.arguments[optionsIndex - 1];
  if (call.arguments.length !== optionsIndex || !before) return [];
  return suggestion([{ start: before.getEnd(), end: before.getEnd(), text: `, { ${key}: ${retries} }` }]);
}

function lookupKeyName(prop: ts.ObjectLiteralElementLike): string | undefined {
  return prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : undefined;
}

/** A name for the loop counter that the function does not use yet. */
function freshCounterName(loop: ts.Node, sourceFile: ts.SourceFile): string | undefined {
  let scope: ts.Node = loop;
  while (scope.parent && !isFunctionLike(scope)) scope = scope.parent;
  const used = scope.getText(sourceFile);
  return ["attempt", "attemptNumber", "retryAttempt", "tryCount"].find((name) => !new RegExp(`(^|[^\\w$])${name.replace(/\$/g, "\\$")}($|[^\\w$])`).test(used));
}

/** `while (true)` / `for (;;)` becomes `for (let attempt = 1; attempt <= N; attempt++)`, with a throw after the loop. */
function capLoopSuggestion(construct: RetryConstruct, max: number, text: string, sourceFile: ts.SourceFile): Suggestion[] {
  const loop = construct.loop;
  if (!loop || !(ts.isWhileStatement(loop) || ts.isForStatement(loop)) || !isInfiniteLoop(loop)) return [];
  if (ts.isForStatement(loop) && (loop.initializer || loop.incrementor)) return [];
  const headerEnd = loop.statement.getStart(sourceFile);
  const header = text.slice(loop.getStart(sourceFile), headerEnd).trimEnd();
  if (ts.isWhileStatement(loop) && !/^while\s*\(\s*(true|1)\s*\)$/.test(header)) return [];
  // The throw after the loop must run only once every attempt failed: not after a `break` on success,
  // and not outside an `if` or a loop whose whole body is this loop.
  if (breaksLoop(loop.statement, loop)) return [];
  const statement = ts.isLabeledStatement(loop.parent) ? loop.parent : loop;
  const container = statement.parent;
  if (!(ts.isBlock(container) || ts.isSourceFile(container) || ts.isModuleBlock(container) || ts.isCaseClause(container) || ts.isDefaultClause(container))) return [];
  const counter = freshCounterName(loop, sourceFile);
  if (!counter) return [];
  const indent = lineIndent(text, statement.getStart(sourceFile));
  return [
    {
      messageId: "capLoop",
      data: { max },
      edits: [
        { start: loop.getStart(sourceFile), end: loop.getStart(sourceFile) + header.length, text: `for (let ${counter} = 1; ${counter} <= ${max}; ${counter}++)` },
        { start: loop.getEnd(), end: loop.getEnd(), text: `\n${indent}throw new Error("Gave up after ${max} attempts");` },
      ],
    },
  ];
}
