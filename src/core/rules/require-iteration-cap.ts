import ts from "typescript";
import { z } from "zod";
import { contains, unwrap } from "../syntax/ast";
import { findAgentRuntimes, findUncappedAgentLoops } from "../detectors/agent-loops";
import type { AgentRuntime } from "../detectors/agent-runtimes";
import { addPropertyEdit, replaceEdit } from "../syntax/edits";
import { lookupKey } from "../syntax/options";
import { createRule, type Report } from "../rule";
import type { CallSite } from "../sdk/match";
import type { AgentCap } from "../sdk/profile-types";
import type { FileAnalysis } from "../detectors/analysis";
import type { TextEdit } from "../types";
import { resolveArrayLiteral, resolveObjectLiteral, staticNumber } from "../syntax/values";
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
      runtimeUncapped:
        "{{name}}() runs an agent loop that stops only at the cap its caller passes ({{why}}): one bad run can make thousands of model calls. Pass {{cap}} (5-15 is typical).",
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
    for (const llm of analysis.llmCalls) {
      if (!llm.viaFunction) continue;
      const runtime = findAgentRuntimes(llm.viaHome ?? analysis).find((r) => r.fn === llm.viaFunction);
      const report = runtime ? checkRuntimeCall(analysis, llm.node, runtime, Math.min(context.options.maxIterations, 10)) : undefined;
      if (report) context.report(report);
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

/** A call of an agent runtime of the project: uncapped when it passes no cap (or an infinite one) where the runtime has none. */
function checkRuntimeCall(analysis: FileAnalysis, call: ts.CallExpression, runtime: AgentRuntime, suggested: number): Report | undefined {
  const { index } = analysis;
  const sf = index.sourceFile;
  const callee = unwrap(call.expression);
  const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  const range = { start: nameNode.getStart(sf), end: call.getEnd() };
  const name = nameNode.getText(sf);
  const cap = runtime.key ?? runtime.paramName;
  const report = (why: string, suggestions: Report["suggestions"] = []): Report => ({
    ...range,
    messageId: "runtimeUncapped",
    data: { name, why, cap },
    suggestions,
  });
  const args = call.arguments;
  if (args.slice(0, runtime.param + 1).some((a) => ts.isSpreadElement(a))) return undefined;
  const arg = args[runtime.param];
  if (!arg) {
    if (!runtime.missingUncapped) return undefined;
    if (runtime.key || args.length !== runtime.param) return report(`${cap} is not passed and has no default`);
    const at = args.length ? args[args.length - 1]!.getEnd() : call.getEnd() - 1;
    const text = `${args.length ? ", " : ""}${suggested}`;
    return report(`${cap} is not passed and has no default`, [{ messageId: "addCap", data: { text: String(suggested) }, edits: [{ start: at, end: at, text }] }]);
  }
  if (!runtime.key) {
    const n = staticNumber(index, arg);
    return n !== undefined && !Number.isFinite(n) ? report(`${cap}: ${arg.getText(sf)}`, [{ messageId: "setCap", data: { text: String(suggested) }, edits: [replaceEdit(arg, String(suggested), sf)] }]) : undefined;
  }
  const obj = resolveObjectLiteral(index, arg);
  const found = lookupKey(index, obj, runtime.key);
  if (found.state === "absent" && !runtime.missingUncapped) return undefined;
  if (found.state === "absent" && found.owner === obj && ts.isObjectLiteralExpression(unwrap(arg))) {
    const text = `${runtime.key}: ${suggested}`;
    return report(`${cap} is not set and has no default`, [{ messageId: "addCap", data: { text }, edits: [addPropertyEdit(index.text, found.owner, text, sf)] }]);
  }
  if (found.state === "absent") return report(`${cap} is not set and has no default`);
  if (found.state !== "present") return undefined;
  const n = staticNumber(index, found.value);
  if (n === undefined || Number.isFinite(n)) return undefined;
  const text = `${runtime.key}: ${suggested}`;
  return report(`${cap}: ${found.value!.getText(sf)}`, ts.isPropertyAssignment(found.prop) ? [{ messageId: "setCap", data: { text }, edits: [replaceEdit(found.prop.initializer, String(suggested), sf)] }] : []);
}

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

/** The name a step-count condition of the AI SDK is imported by in this file (`stepCountIs`, v7 `isStepCount`), if any. */
function stepCountImport(analysis: FileAnalysis): string | undefined {
  for (const name of ["stepCountIs", "isStepCount"]) {
    for (const decl of analysis.index.declarations.get(name) ?? []) {
      if (decl.kind === "import" && decl.module === "ai" && decl.importName === name) return name;
    }
  }
  return undefined;
}

/** AI SDK: maxSteps (v4) or stopWhen (v5+: stepCountIs(n), arrays of conditions stop at the first met). */
function checkAiSteps(analysis: FileAnalysis, site: CallSite, defaultSteps: number, max: number): Report | undefined {
  const { index } = analysis;
  const sf = index.sourceFile;
  if (!site.options) return undefined;
  const target = Math.min(max, 10);
  const imported = stepCountImport(analysis);
  const fix = `Use stopWhen: ${imported ?? "stepCountIs"}(${target}).`;
  const maxSteps = lookupKey(index, site.options, "maxSteps");
  if (maxSteps.state === "present") {
    const n = staticNumber(index, maxSteps.value);
    if (n !== undefined && n > max) {
      const finite = Number.isFinite(n);
      const suggestions = ts.isPropertyAssignment(maxSteps.prop)
        ? [{ messageId: "setCap", data: { text: `maxSteps: ${target}` }, edits: [replaceEdit(maxSteps.prop.initializer, String(target), sf)] }]
        : [];
      return {
        node: maxSteps.prop,
        messageId: finite ? "frameworkTooHigh" : "frameworkUncapped",
        data: { calls: finite ? n : "unlimited", why: `maxSteps: ${finite ? n : maxSteps.value!.getText(sf)}`, fix: `Set maxSteps: ${target} or lower.` },
        suggestions,
      };
    }
    return undefined;
  }
  const stopWhen = lookupKey(index, site.options, "stopWhen");
  if (stopWhen.state !== "present") {
    if (defaultSteps <= max || stopWhen.state !== "absent") return undefined;
    const suggestions = imported
      ? [{ messageId: "addCap", data: { text: `stopWhen: ${imported}(${target})` }, edits: [addPropertyEdit(index.text, stopWhen.owner, `stopWhen: ${imported}(${target})`, sf)] }]
      : [];
    return { messageId: "frameworkTooHigh", data: { calls: defaultSteps, why: `default of ${defaultSteps} steps`, fix }, suggestions };
  }
  const value = stopWhen.value ? unwrap(stopWhen.value) : undefined;
  if (!value) return undefined;
  const literal = ts.isArrayLiteralExpression(value) ? value : undefined;
  const conditions = literal ? [...literal.elements] : resolveArrayLiteral(index, value)?.elements ?? [value];
  let steps: { n: number; call: ts.CallExpression; name: string } | undefined;
  let unknown = false;
  for (const condition of conditions) {
    const c = unwrap(condition);
    if (ts.isCallExpression(c) && ts.isIdentifier(unwrap(c.expression))) {
      const name = (unwrap(c.expression) as ts.Identifier).text;
      if (name === "stepCountIs" || name === "isStepCount") {
        const n = staticNumber(index, c.arguments[0]);
        if (n === undefined) unknown = true;
        else if (!steps || n < steps.n) steps = { n, call: c, name };
        continue;
      }
      if (name === "hasToolCall") continue;
    }
    unknown = true; // a custom condition may count steps
  }
  if (steps === undefined) {
    if (unknown) return undefined;
    const added = `${imported ?? "stepCountIs"}(${target})`;
    let edit: TextEdit | undefined;
    if (imported && literal) {
      const last = literal.elements[literal.elements.length - 1];
      edit = last ? { start: last.getEnd(), end: last.getEnd(), text: `, ${added}` } : { start: literal.getStart(sf) + 1, end: literal.getEnd() - 1, text: added };
    } else if (imported && conditions.length === 1 && conditions[0] === value && stopWhen.value) {
      edit = replaceEdit(stopWhen.value, `[${stopWhen.value.getText(sf)}, ${added}]`, sf);
    }
    return {
      node: stopWhen.prop,
      messageId: "frameworkUncapped",
      data: { why: "stopWhen has no step count", fix: `Add ${added} to stopWhen.` },
      suggestions: edit ? [{ messageId: "addCap", data: { text: added }, edits: [edit] }] : [],
    };
  }
  if (steps.n > max) {
    const arg = steps.call.arguments[0];
    const finite = Number.isFinite(steps.n);
    const suggestions =
      arg && contains(stopWhen.prop, steps.call)
        ? [{ messageId: "setCap", data: { text: `${steps.name}(${target})` }, edits: [replaceEdit(arg, String(target), sf)] }]
        : [];
    return {
      node: stopWhen.prop,
      messageId: finite ? "frameworkTooHigh" : "frameworkUncapped",
      data: { calls: finite ? steps.n : "unlimited", why: `${steps.name}(${finite ? steps.n : arg!.getText(sf)})`, fix },
      suggestions,
    };
  }
  return undefined;
}
