import ts from "typescript";
import { z } from "zod";
import { unwrap } from "../ast";
import { findUncappedAgentLoops } from "../agent-loops";
import { addPropertyEdit, replaceEdit } from "../edits";
import { lookupKey } from "../options";
import { createRule, type Report } from "../rule";
import type { CallSite } from "../sdk/match";
import type { AgentCap } from "../sdk/profile-types";
import { resolveArrayLiteral, resolveObjectLiteral } from "../trace";
import type { FileAnalysis } from "../analysis";
import { staticNumber } from "../values";
import { callLabel, callNameRange } from "./require-max-tokens";

const options = z.object({
  maxIterations: z.number().int().positive().default(25).describe("The most model calls one agent run may make."),
});

export default createRule({
  id: "require-iteration-cap",
  meta: {
    type: "problem",
    description: "Require a hard cap on the iterations of every agent loop, hand-written or framework-run.",
    recommended: "error",
    messages: {
      loopUncapped:
        "This agent loop calls the model again with its previous results and has no iteration cap: one bad run can make thousands of model calls. Add a hard cap in code (5-15 steps is typical) and a time budget.",
      recursionUncapped:
        "{{name}}() calls the model and then itself with no depth limit: one bad run can recurse into thousands of model calls. Pass a step count and stop at a hard cap (5-15 is typical).",
      frameworkUncapped:
        "{{call}} runs an agent with no iteration cap ({{why}}): one bad run can make thousands of model calls. {{fix}}",
      frameworkTooHigh:
        "{{call}} lets the agent make up to about {{calls}} model calls ({{why}}), above the limit of {{max}}. {{fix}}",
      addCap: "Add {{text}}.",
      setCap: "Set {{text}}.",
    },
    hasSuggestions: true,
  },
  options,
  check(context) {
    const { analysis, sourceFile } = context;
    for (const loop of findUncappedAgentLoops(analysis)) {
      if (loop.kind === "loop") context.report({ ...loop.range, messageId: "loopUncapped" });
      else context.report({ ...loop.range, messageId: "recursionUncapped", data: { name: loop.name ?? "This function" } });
    }
    for (const site of analysis.sites) {
      const cap = site.profile.agentCap;
      if (!cap) continue;
      const report = cap.kind === "ai-steps" ? checkAiSteps(analysis, site, cap.defaultSteps, context.options.maxIterations) : checkOption(analysis, site, cap, context.options.maxIterations);
      if (report) {
        const range = report.node ? {} : callNameRange(site, sourceFile);
        context.report({ ...range, ...report, data: { call: callLabel(site, sourceFile), max: context.options.maxIterations, ...report.data } });
      }
    }
  },
});

function checkOption(analysis: FileAnalysis, site: CallSite, cap: Extract<AgentCap, { kind: "option" }>, max: number): Report | undefined {
  const { index } = analysis;
  const node = site.node;
  const arg = node.arguments?.[cap.arg];
  const obj = arg ? resolveObjectLiteral(index, arg) : undefined;
  if (arg && !obj) return undefined; // options we cannot see
  const perUnit = cap.callsPerUnit ?? 1;
  const suggested = Math.max(1, Math.floor(Math.min(max, 10) / perUnit));
  const fixText = `Set ${cap.key}: ${suggested} or lower.`;
  const found = lookupKey(index, obj, cap.key);
  if (found.state === "unknown" && obj) return undefined;
  if (found.state !== "present") {
    if (cap.default !== undefined) {
      return cap.default * perUnit > max ? { messageId: "frameworkTooHigh", data: { calls: Math.round(cap.default * perUnit), why: `default ${cap.key} ${cap.default}`, fix: fixText } } : undefined;
    }
    const suggestion =
      found.state === "absent"
        ? [{ messageId: "addCap", data: { text: `${cap.key}: ${suggested}` }, edits: [addPropertyEdit(index.text, found.owner, `${cap.key}: ${suggested}`, index.sourceFile)] }]
        : [];
    return { messageId: "frameworkUncapped", data: { why: `${cap.key} is not set and has no default`, fix: fixText }, suggestions: suggestion };
  }
  const value = found.value ? unwrap(found.value) : undefined;
  const setSuggestion = ts.isPropertyAssignment(found.prop)
    ? [{ messageId: "setCap", data: { text: `${cap.key}: ${suggested}` }, edits: [replaceEdit(found.prop.initializer, String(suggested), index.sourceFile)] }]
    : [];
  if (value && value.kind === ts.SyntaxKind.NullKeyword && cap.nullUnbounded) {
    return { node: found.prop, messageId: "frameworkUncapped", data: { why: `${cap.key}: null disables the cap`, fix: fixText }, suggestions: setSuggestion };
  }
  const n = staticNumber(index, value);
  if (n === undefined) return undefined;
  if (!Number.isFinite(n)) return { node: found.prop, messageId: "frameworkUncapped", data: { why: `${cap.key}: ${value!.getText(index.sourceFile)}`, fix: fixText }, suggestions: setSuggestion };
  const calls = Math.round(n * perUnit);
  if (calls > max) return { node: found.prop, messageId: "frameworkTooHigh", data: { calls, why: `${cap.key}: ${n}`, fix: fixText }, suggestions: setSuggestion };
  return undefined;
}

/** AI SDK: maxSteps (v4) or stopWhen (v5+: stepCountIs(n), arrays of conditions stop at the first met). */
function checkAiSteps(analysis: FileAnalysis, site: CallSite, defaultSteps: number, max: number): Report | undefined {
  const { index } = analysis;
  if (!site.options) return undefined;
  const fix = `Use stopWhen: stepCountIs(${Math.min(max, 10)}).`;
  const maxSteps = lookupKey(index, site.options, "maxSteps");
  if (maxSteps.state === "present") {
    const n = staticNumber(index, maxSteps.value);
    if (n !== undefined && n > max) {
      return { node: maxSteps.prop, messageId: Number.isFinite(n) ? "frameworkTooHigh" : "frameworkUncapped", data: { calls: n, why: `maxSteps: ${Number.isFinite(n) ? n : "Infinity"}`, fix: `Set maxSteps: ${Math.min(max, 10)} or lower.` } };
    }
    return undefined;
  }
  const stopWhen = lookupKey(index, site.options, "stopWhen");
  if (stopWhen.state !== "present") {
    return defaultSteps > max ? { messageId: "frameworkTooHigh", data: { calls: defaultSteps, why: `default of ${defaultSteps} steps`, fix } } : undefined;
  }
  const value = stopWhen.value ? unwrap(stopWhen.value) : undefined;
  if (!value) return undefined;
  const conditions = ts.isArrayLiteralExpression(value) ? [...value.elements] : resolveArrayLiteral(index, value)?.elements ?? [value];
  let steps: number | undefined;
  let unknown = false;
  for (const condition of conditions) {
    const c = unwrap(condition);
    if (ts.isCallExpression(c) && ts.isIdentifier(unwrap(c.expression))) {
      const name = (unwrap(c.expression) as ts.Identifier).text;
      if (name === "stepCountIs" || name === "isStepCount") {
        const n = staticNumber(index, c.arguments[0]);
        if (n === undefined) unknown = true;
        else steps = steps === undefined ? n : Math.min(steps, n);
        continue;
      }
      if (name === "hasToolCall") continue;
    }
    unknown = true; // a custom condition may count steps
  }
  if (steps === undefined) {
    if (unknown) return undefined;
    return { node: stopWhen.prop, messageId: "frameworkUncapped", data: { why: "stopWhen has no step count", fix: `Add stepCountIs(${Math.min(max, 10)}) to stopWhen.` } };
  }
  if (steps > max) return { node: stopWhen.prop, messageId: "frameworkTooHigh", data: { calls: steps, why: `stepCountIs(${steps})`, fix } };
  return undefined;
}
