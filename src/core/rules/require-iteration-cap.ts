import ts from "typescript";
import { z } from "zod";
import { contains, unwrap } from "../syntax/ast";
import { findAgentRuntimes, findUncappedAgentLoops } from "../detectors/agent-loops";
import type { AgentRuntime } from "../detectors/agent-runtimes";
import { lookupKey } from "../syntax/options";
import { lookup } from "../syntax/file-index";
import { resolveObjectLiteral, staticNumber } from "../syntax/values";
import { addPropertyEdit, nestedPropertyText, replaceEdit } from "../syntax/edits";
import { createRule, type Report } from "../rule";
import { agentCapOf, importedStepFunction, type AgentCap } from "../detectors/agent-cap";
import type { FileAnalysis } from "../detectors/analysis";
import type { TextEdit } from "../types";
import { callLabel, callNameRange } from "../detectors/call-label";

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
        "This agent loop feeds the model its own results with no iteration cap: one bad run can make thousands of calls. Cap it (5-15).",
      recursionUncapped:
        "{{name}}() calls the model and then itself with no depth limit: one bad run can make thousands of calls. Cap the steps (5-15).",
      frameworkUncapped:
        "{{call}} runs an agent with no step cap ({{why}}): thousands of calls per bad run. {{fix}}",
      runtimeUncapped:
        "{{name}}() runs an agent that stops only at its caller's cap ({{why}}): pass {{cap}} (5-15).",
      frameworkTooHigh:
        "{{call}} lets the agent make about {{calls}} model calls ({{why}}), above the limit of {{max}}. {{fix}}",
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
      // Checked where the cap is set: the run (run(agent, input, { maxTurns })) or the agent (new ToolLoopAgent({ stopWhen })).
      if (!site.profile.agentCap) continue;
      const cap = agentCapOf(analysis, site);
      const report = cap && checkFramework(analysis, cap, context.options.maxIterations);
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
  // A runtime class takes its cap where it is made: `new Agent({ maxIterations })`, then `agent.run()`.
  const made = runtime.ctor ? constructionOf(analysis, call, runtime.ctor) : call;
  if (!made) return undefined;
  const args = made.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  if (args.slice(0, runtime.param + 1).some((a) => ts.isSpreadElement(a))) return undefined;
  const arg = args[runtime.param];
  if (!arg) {
    if (!runtime.missingUncapped) return undefined;
    if (runtime.key || args.length !== runtime.param) return report(`${cap} is not passed and has no default`);
    // `new Agent` with no parentheses has no argument list to add to.
    if (!made.arguments) return report(`${cap} is not passed and has no default`);
    const at = args.length ? args[args.length - 1]!.getEnd() : made.getEnd() - 1;
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

/**
 * The `new` expression that made the receiver of a runtime class's method call, in this file: `new Agent(...).run()`,
 * a const holding one (`const agent = new Agent(...)`), or a field set once to one (`this.agent = new Agent(...)`);
 * undefined when the instance comes from elsewhere (a parameter, a factory): its cap cannot be told here.
 */
function constructionOf(analysis: FileAnalysis, call: ts.CallExpression, cls: ts.ClassLikeDeclaration): ts.NewExpression | undefined {
  const { index } = analysis;
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  let receiver = unwrap(callee.expression);
  if (ts.isIdentifier(receiver)) {
    const decl = lookup(index, receiver.text, receiver);
    if (decl?.kind !== "variable" || decl.mutable || decl.path?.length || !decl.init) return undefined;
    receiver = unwrap(decl.init);
  } else if (ts.isPropertyAccessExpression(receiver) && unwrap(receiver.expression).kind === ts.SyntaxKind.ThisKeyword) {
    let owner: ts.Node | undefined = receiver.parent;
    while (owner && !ts.isClassLike(owner)) owner = owner.parent;
    const inits = owner ? index.classFields.get(owner)?.get(receiver.name.text)?.inits : undefined;
    if (inits?.length !== 1) return undefined;
    receiver = unwrap(inits[0]!);
  }
  if (!ts.isNewExpression(receiver)) return undefined;
  const made = analysis.tracer.resolveLocal(receiver.expression);
  return made?.kind === "class" && made.cls === cls ? receiver : undefined;
}

/** A report for a framework agent whose cap is missing, unbounded or above the limit, from the one agent-cap detector. */
function checkFramework(analysis: FileAnalysis, cap: AgentCap, max: number): Report | undefined {
  const { index } = analysis;
  const sf = index.sourceFile;
  const setting = cap.site.profile.agentCap!;
  if (setting.kind === "uncapped") return { messageId: "frameworkUncapped", data: { why: setting.why, fix: setting.fix }, suggestions: [] };
  if (setting.kind === "option") {
    const perUnit = setting.callsPerUnit ?? 1;
    const suggested = Math.max(1, Math.floor(Math.min(max, 10) / perUnit));
    const fix = `Set ${cap.key}: ${suggested} or lower.`;
    const text = `${cap.key}: ${suggested}`;
    const prop = cap.node;
    const setSuggestion = prop && ts.isPropertyAssignment(prop) ? [{ messageId: "setCap", data: { text }, edits: [replaceEdit(prop.initializer, String(suggested), sf)] }] : [];
    const node = prop ? { node: prop } : {};
    if (cap.kind === "unbounded") {
      const added = cap.missing?.length ? nestedPropertyText(cap.missing, String(suggested)) : text;
      const suggestions = prop ? setSuggestion : cap.owner ? [{ messageId: "addCap", data: { text }, edits: [addPropertyEdit(index.text, cap.owner, added, sf)] }] : [];
      return { ...node, messageId: "frameworkUncapped", data: { why: cap.source, fix }, suggestions };
    }
    if (cap.calls !== undefined && cap.calls > max) return { ...node, messageId: "frameworkTooHigh", data: { calls: cap.calls, why: cap.source, fix }, suggestions: cap.default ? undefined : setSuggestion };
    return undefined;
  }
  // AI SDK steps.
  const target = Math.min(max, 10);
  const imported = importedStepFunction(analysis, cap.site);
  const stepFunction = imported ?? setting.stepCountFunctions[0];
  if (cap.kind === "none" || (cap.calls !== undefined && cap.calls <= max)) return undefined;
  const finite = cap.kind !== "unbounded";
  if (cap.key === "maxSteps") {
    const suggestions = cap.node && ts.isPropertyAssignment(cap.node) ? [{ messageId: "setCap", data: { text: `maxSteps: ${target}` }, edits: [replaceEdit(cap.node.initializer, String(target), sf)] }] : [];
    return { node: cap.node, messageId: finite ? "frameworkTooHigh" : "frameworkUncapped", data: { calls: cap.calls ?? "unlimited", why: cap.source, fix: `Set maxSteps: ${target} or lower.` }, suggestions };
  }
  const fix = `Use stopWhen: ${stepFunction}(${target}).`;
  if (cap.default) {
    const text = `stopWhen: ${imported}(${target})`;
    const suggestions = imported && cap.owner ? [{ messageId: "addCap", data: { text }, edits: [addPropertyEdit(index.text, cap.owner, text, sf)] }] : [];
    return { messageId: "frameworkTooHigh", data: { calls: cap.calls!, why: cap.source, fix }, suggestions };
  }
  if (!cap.stepFunction) {
    // Stop conditions without a step count: add one.
    const added = `${stepFunction}(${target})`;
    const list = cap.conditions?.list;
    const single = cap.conditions?.single;
    let edit: TextEdit | undefined;
    if (imported && list) {
      const last = list.elements[list.elements.length - 1];
      edit = last ? { start: last.getEnd(), end: last.getEnd(), text: `, ${added}` } : { start: list.getStart(sf) + 1, end: list.getEnd() - 1, text: added };
    } else if (imported && single) {
      edit = replaceEdit(single, `[${single.getText(sf)}, ${added}]`, sf);
    }
    return {
      node: cap.node,
      messageId: "frameworkUncapped",
      data: { why: cap.source, fix: `Add ${added} to stopWhen.` },
      suggestions: edit ? [{ messageId: "addCap", data: { text: added }, edits: [edit] }] : [],
    };
  }
  const arg = cap.valueNode;
  const suggestions = arg && cap.node && contains(cap.node, arg) ? [{ messageId: "setCap", data: { text: `${cap.stepFunction}(${target})` }, edits: [replaceEdit(arg, String(target), sf)] }] : [];
  return { node: cap.node, messageId: finite ? "frameworkTooHigh" : "frameworkUncapped", data: { calls: cap.calls ?? "unlimited", why: cap.source, fix }, suggestions };
}
