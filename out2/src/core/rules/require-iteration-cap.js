"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const typescript_1 = __importDefault(require("typescript"));
const zod_1 = require("zod");
const ast_1 = require("../syntax/ast");
const agent_loops_1 = require("../detectors/agent-loops");
const options_1 = require("../syntax/options");
const values_1 = require("../syntax/values");
const edits_1 = require("../syntax/edits");
const rule_1 = require("../rule");
const agent_cap_1 = require("../detectors/agent-cap");
const call_label_1 = require("../detectors/call-label");
const options = zod_1.z.object({
    maxIterations: zod_1.z.number().int().positive().default(25).describe("The most model calls one agent run may make."),
});
exports.default = (0, rule_1.createRule)({
    id: "require-iteration-cap",
    meta: {
        type: "problem",
        description: "Require a hard cap on the iterations of every agent loop, hand-written or framework-run.",
        recommended: "error",
        messages: {
            loopUncapped: "This agent loop feeds the model its own results with no iteration cap: one bad run can make thousands of calls. Cap it (5-15).",
            recursionUncapped: "{{name}}() calls the model and then itself with no depth limit: one bad run can make thousands of calls. Cap the steps (5-15).",
            frameworkUncapped: "{{call}} runs an agent with no step cap ({{why}}): thousands of calls per bad run. {{fix}}",
            runtimeUncapped: "{{name}}() runs an agent that stops only at its caller's cap ({{why}}): pass {{cap}} (5-15).",
            frameworkTooHigh: "{{call}} lets the agent make about {{calls}} model calls ({{why}}), above the limit of {{max}}. {{fix}}",
            addCap: "Add {{text}}.",
            setCap: "Set {{text}}.",
        },
        hasSuggestions: true,
    },
    options,
    check(context) {
        const { analysis, sourceFile } = context;
        for (const loop of (0, agent_loops_1.findUncappedAgentLoops)(analysis)) {
            if (loop.kind === "loop")
                context.report({ ...loop.range, messageId: "loopUncapped" });
            else
                context.report({ ...loop.range, messageId: "recursionUncapped", data: { name: loop.name ?? "This function" } });
        }
        for (const llm of analysis.llmCalls) {
            if (!llm.viaFunction)
                continue;
            const runtime = (0, agent_loops_1.findAgentRuntimes)(llm.viaHome ?? analysis).find((r) => r.fn === llm.viaFunction);
            const report = runtime ? checkRuntimeCall(analysis, llm.node, runtime, Math.min(context.options.maxIterations, 10)) : undefined;
            if (report)
                context.report(report);
        }
        for (const site of analysis.sites) {
            // Checked where the cap is set: the run (run(agent, input, { maxTurns })) or the agent (new ToolLoopAgent({ stopWhen })).
            if (!site.profile.agentCap)
                continue;
            const cap = (0, agent_cap_1.agentCapOf)(analysis, site);
            const report = cap && checkFramework(analysis, cap, context.options.maxIterations);
            if (report) {
                const range = report.node ? {} : (0, call_label_1.callNameRange)(site, sourceFile);
                context.report({ ...range, ...report, data: { call: (0, call_label_1.callLabel)(site, sourceFile), max: context.options.maxIterations, ...report.data } });
            }
        }
    },
});
/** A call of an agent runtime of the project: uncapped when it passes no cap (or an infinite one) where the runtime has none. */
function checkRuntimeCall(analysis, call, runtime, suggested) {
    const { index } = analysis;
    const sf = index.sourceFile;
    const callee = (0, ast_1.unwrap)(call.expression);
    const nameNode = typescript_1.default.isPropertyAccessExpression(callee) ? callee.name : callee;
    const range = { start: nameNode.getStart(sf), end: call.getEnd() };
    const name = nameNode.getText(sf);
    const cap = runtime.key ?? runtime.paramName;
    const report = (why, suggestions = []) => ({
        ...range,
        messageId: "runtimeUncapped",
        data: { name, why, cap },
        suggestions,
    });
    const args = call.arguments;
    if (args.slice(0, runtime.param + 1).some((a) => typescript_1.default.isSpreadElement(a)))
        return undefined;
    const arg = args[runtime.param];
    if (!arg) {
        if (!runtime.missingUncapped)
            return undefined;
        if (runtime.key || args.length !== runtime.param)
            return report(`${cap} is not passed and has no default`);
        const at = args.length ? args[args.length - 1].getEnd() : call.getEnd() - 1;
        const text = `${args.length ? ", " : ""}${suggested}`;
        return report(`${cap} is not passed and has no default`, [{ messageId: "addCap", data: { text: String(suggested) }, edits: [{ start: at, end: at, text }] }]);
    }
    if (!runtime.key) {
        const n = (0, values_1.staticNumber)(index, arg);
        return n !== undefined && !Number.isFinite(n) ? report(`${cap}: ${arg.getText(sf)}`, [{ messageId: "setCap", data: { text: String(suggested) }, edits: [(0, edits_1.replaceEdit)(arg, String(suggested), sf)] }]) : undefined;
    }
    const obj = (0, values_1.resolveObjectLiteral)(index, arg);
    const found = (0, options_1.lookupKey)(index, obj, runtime.key);
    if (found.state === "absent" && !runtime.missingUncapped)
        return undefined;
    if (found.state === "absent" && found.owner === obj && typescript_1.default.isObjectLiteralExpression((0, ast_1.unwrap)(arg))) {
        const text = `${runtime.key}: ${suggested}`;
        return report(`${cap} is not set and has no default`, [{ messageId: "addCap", data: { text }, edits: [(0, edits_1.addPropertyEdit)(index.text, found.owner, text, sf)] }]);
    }
    if (found.state === "absent")
        return report(`${cap} is not set and has no default`);
    if (found.state !== "present")
        return undefined;
    const n = (0, values_1.staticNumber)(index, found.value);
    if (n === undefined || Number.isFinite(n))
        return undefined;
    const text = `${runtime.key}: ${suggested}`;
    return report(`${cap}: ${found.value.getText(sf)}`, typescript_1.default.isPropertyAssignment(found.prop) ? [{ messageId: "setCap", data: { text }, edits: [(0, edits_1.replaceEdit)(found.prop.initializer, String(suggested), sf)] }] : []);
}
/** A report for a framework agent whose cap is missing, unbounded or above the limit, from the one agent-cap detector. */
function checkFramework(analysis, cap, max) {
    const { index } = analysis;
    const sf = index.sourceFile;
    const setting = cap.site.profile.agentCap;
    if (setting.kind === "uncapped")
        return { messageId: "frameworkUncapped", data: { why: setting.why, fix: setting.fix }, suggestions: [] };
    if (setting.kind === "option") {
        const perUnit = setting.callsPerUnit ?? 1;
        const suggested = Math.max(1, Math.floor(Math.min(max, 10) / perUnit));
        const fix = `Set ${cap.key}: ${suggested} or lower.`;
        const text = `${cap.key}: ${suggested}`;
        const prop = cap.node;
        const setSuggestion = prop && typescript_1.default.isPropertyAssignment(prop) ? [{ messageId: "setCap", data: { text }, edits: [(0, edits_1.replaceEdit)(prop.initializer, String(suggested), sf)] }] : [];
        const node = prop ? { node: prop } : {};
        if (cap.kind === "unbounded") {
            const added = cap.missing?.length ? (0, edits_1.nestedPropertyText)(cap.missing, String(suggested)) : text;
            const suggestions = prop ? setSuggestion : cap.owner ? [{ messageId: "addCap", data: { text }, edits: [(0, edits_1.addPropertyEdit)(index.text, cap.owner, added, sf)] }] : [];
            return { ...node, messageId: "frameworkUncapped", data: { why: cap.source, fix }, suggestions };
        }
        if (cap.calls !== undefined && cap.calls > max)
            return { ...node, messageId: "frameworkTooHigh", data: { calls: cap.calls, why: cap.source, fix }, suggestions: cap.default ? undefined : setSuggestion };
        return undefined;
    }
    // AI SDK steps.
    const target = Math.min(max, 10);
    const imported = (0, agent_cap_1.importedStepFunction)(analysis, cap.site);
    const stepFunction = imported ?? setting.stepCountFunctions[0];
    if (cap.kind === "none" || (cap.calls !== undefined && cap.calls <= max))
        return undefined;
    const finite = cap.kind !== "unbounded";
    if (cap.key === "maxSteps") {
        const suggestions = cap.node && typescript_1.default.isPropertyAssignment(cap.node) ? [{ messageId: "setCap", data: { text: `maxSteps: ${target}` }, edits: [(0, edits_1.replaceEdit)(cap.node.initializer, String(target), sf)] }] : [];
        return { node: cap.node, messageId: finite ? "frameworkTooHigh" : "frameworkUncapped", data: { calls: cap.calls ?? "unlimited", why: cap.source, fix: `Set maxSteps: ${target} or lower.` }, suggestions };
    }
    const fix = `Use stopWhen: ${stepFunction}(${target}).`;
    if (cap.default) {
        const text = `stopWhen: ${imported}(${target})`;
        const suggestions = imported && cap.owner ? [{ messageId: "addCap", data: { text }, edits: [(0, edits_1.addPropertyEdit)(index.text, cap.owner, text, sf)] }] : [];
        return { messageId: "frameworkTooHigh", data: { calls: cap.calls, why: cap.source, fix }, suggestions };
    }
    if (!cap.stepFunction) {
        // Stop conditions without a step count: add one.
        const added = `${stepFunction}(${target})`;
        const list = cap.conditions?.list;
        const single = cap.conditions?.single;
        let edit;
        if (imported && list) {
            const last = list.elements[list.elements.length - 1];
            edit = last ? { start: last.getEnd(), end: last.getEnd(), text: `, ${added}` } : { start: list.getStart(sf) + 1, end: list.getEnd() - 1, text: added };
        }
        else if (imported && single) {
            edit = (0, edits_1.replaceEdit)(single, `[${single.getText(sf)}, ${added}]`, sf);
        }
        return {
            node: cap.node,
            messageId: "frameworkUncapped",
            data: { why: cap.source, fix: `Add ${added} to stopWhen.` },
            suggestions: edit ? [{ messageId: "addCap", data: { text: added }, edits: [edit] }] : [],
        };
    }
    const arg = cap.valueNode;
    const suggestions = arg && cap.node && (0, ast_1.contains)(cap.node, arg) ? [{ messageId: "setCap", data: { text: `${cap.stepFunction}(${target})` }, edits: [(0, edits_1.replaceEdit)(arg, String(target), sf)] }] : [];
    return { node: cap.node, messageId: finite ? "frameworkTooHigh" : "frameworkUncapped", data: { calls: cap.calls ?? "unlimited", why: cap.source, fix }, suggestions };
}
//# sourceMappingURL=require-iteration-cap.js.map