"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.agentCapOf = agentCapOf;
exports.importedStepFunction = importedStepFunction;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const options_1 = require("../syntax/options");
const values_1 = require("../syntax/values");
const constructions_1 = require("./constructions");
const output_cap_1 = require("./output-cap");
/** The agent cap of a run or agent: its own setting, or (an AI SDK agent's `generate()`) the agent it runs. Undefined: not an agent, or not visible. */
function agentCapOf(analysis, site) {
    if (site.profile.agentCap)
        return capOfSetting(analysis, site, site.profile.agentCap);
    if (site.profile.kind !== "agent-run")
        return undefined;
    for (const own of (0, constructions_1.constructionSites)(analysis, site)) {
        if (own.profile.agentCap)
            return capOfSetting(analysis, own, own.profile.agentCap);
    }
    return undefined;
}
function capOfSetting(analysis, site, cap) {
    if (cap.kind === "uncapped")
        return { kind: "unbounded", source: cap.why, key: "", site };
    return cap.kind === "ai-steps" ? aiStepsCap(analysis, site, cap) : optionCap(analysis, site, cap);
}
function optionCap(analysis, site, cap) {
    const { index } = analysis;
    const arg = site.node.arguments?.[cap.arg];
    // A loop that only runs with tools (genkit's maxTurns) does not apply to a request without them (or with text only).
    if (cap.onlyWith && (!arg || (0, output_cap_1.isText)((0, ast_1.unwrap)(arg)) || (0, options_1.lookupKey)(index, arg, cap.onlyWith).state === "absent")) {
        return { kind: "none", calls: 1, source: `no ${cap.onlyWith}: one call`, key: cap.key, site };
    }
    const perUnit = cap.callsPerUnit ?? 1;
    const calls = (n) => Math.max(1, Math.round(n * perUnit));
    const found = arg ? (0, options_1.lookupKey)(index, arg, cap.key) : undefined;
    if (found?.state === "unknown")
        return undefined; // options we cannot see
    const base = { key: cap.key, site };
    if (found?.state !== "present") {
        for (const alternative of cap.alternatives ?? []) {
            const other = arg ? (0, options_1.lookupKey)(index, arg, alternative.key) : undefined;
            if (other?.state === "present")
                return { ...base, kind: alternative.kind, source: `${alternative.key}: ${other.value?.getText(index.sourceFile) ?? "set"}`, node: other.prop };
        }
        const owner = found?.state === "absent" ? { owner: found.owner, missing: found.missing } : {};
        if (cap.default !== undefined && cap.defaultPerItem) {
            const items = perItemCount(analysis, site, cap.defaultPerItem);
            if (items === undefined)
                return undefined;
            return { ...base, ...owner, kind: cap.unit, calls: calls(cap.default * Math.max(1, items)), source: `default ${cap.key} ${cap.default} per item of ${cap.defaultPerItem} (${items})`, default: true };
        }
        if (cap.default !== undefined)
            return { ...base, ...owner, kind: cap.unit, calls: calls(cap.default), source: `default ${cap.key} ${cap.default}`, default: true };
        return { ...base, ...owner, kind: "unbounded", source: `${cap.key} is not set and has no default` };
    }
    const at = { ...base, node: found.prop, ...(found.value ? { valueNode: found.value } : {}) };
    const value = found.value ? (0, ast_1.unwrap)(found.value) : undefined;
    if (value?.kind === typescript_1.default.SyntaxKind.NullKeyword && cap.nullUnbounded)
        return { ...at, kind: "unbounded", source: `${cap.key}: null disables the cap` };
    const n = (0, values_1.staticNumber)(index, value);
    if (n === undefined)
        return undefined;
    if (!Number.isFinite(n))
        return { ...at, kind: "unbounded", source: `${cap.key}: ${value.getText(index.sourceFile)}` };
    return { ...at, kind: cap.unit, calls: calls(n), source: `${cap.key}: ${n}` };
}
/** The number of items of a list the run's construction is given (`new AgentNetwork({ agents: [a, b] })`), when literal. */
function perItemCount(analysis, site, key) {
    for (const own of (0, constructions_1.constructionSites)(analysis, site)) {
        if (own.profile.kind !== "agent")
            continue;
        const found = (0, options_1.lookupKey)(analysis.index, (0, constructions_1.optionsArgument)(own), key);
        const list = found.state === "present" ? (0, values_1.resolveArrayLiteral)(analysis.index, found.value) : undefined;
        return list && !list.elements.some(typescript_1.default.isSpreadElement) ? list.elements.length : undefined;
    }
    return undefined;
}
/** AI SDK: maxSteps (v4) or stopWhen (v5+: step counts, arrays of conditions stop at the first met); no tools, one step. */
function aiStepsCap(analysis, site, cap) {
    const { index } = analysis;
    const sf = index.sourceFile;
    const options = (0, constructions_1.optionsArgument)(site);
    if (!options)
        return undefined;
    const tools = (0, options_1.lookupKey)(index, options, "tools");
    if (tools.state === "absent")
        return { kind: "none", calls: 1, source: "no tools: one step", key: "stopWhen", site };
    const maxSteps = (0, options_1.lookupKey)(index, options, "maxSteps");
    if (maxSteps.state === "present") {
        const n = (0, values_1.staticNumber)(index, maxSteps.value);
        if (n === undefined)
            return undefined;
        const at = { key: "maxSteps", site, node: maxSteps.prop, ...(maxSteps.value ? { valueNode: maxSteps.value } : {}) };
        return Number.isFinite(n) ? { ...at, kind: "steps", calls: n, source: `maxSteps: ${n}` } : { ...at, kind: "unbounded", source: `maxSteps: ${maxSteps.value.getText(sf)}` };
    }
    const stopWhen = (0, options_1.lookupKey)(index, options, "stopWhen");
    if (stopWhen.state === "unknown")
        return undefined;
    if (stopWhen.state === "absent") {
        return { kind: "steps", calls: cap.defaultSteps, source: `default of ${cap.defaultSteps} steps`, default: true, key: "stopWhen", site, owner: stopWhen.owner };
    }
    const value = stopWhen.value ? (0, ast_1.unwrap)(stopWhen.value) : undefined;
    if (!value)
        return undefined;
    const literal = typescript_1.default.isArrayLiteralExpression(value) ? value : undefined;
    const conditions = literal ? [...literal.elements] : ((0, values_1.resolveArrayLiteral)(index, value)?.elements ?? [value]);
    let steps;
    let unknown = false;
    for (const condition of conditions) {
        const c = (0, ast_1.unwrap)(condition);
        const callee = typescript_1.default.isCallExpression(c) ? (0, ast_1.unwrap)(c.expression) : undefined;
        if (typescript_1.default.isCallExpression(c) && callee && typescript_1.default.isIdentifier(callee)) {
            if (cap.stepCountFunctions.includes(callee.text)) {
                const n = (0, values_1.staticNumber)(index, c.arguments[0]);
                if (n === undefined)
                    unknown = true;
                else if (!steps || n < steps.n)
                    steps = { n, call: c, name: callee.text };
                continue;
            }
            if (cap.toolCallFunctions.includes(callee.text))
                continue;
        }
        unknown = true; // a custom condition may count steps
    }
    const at = { key: "stopWhen", site, node: stopWhen.prop };
    if (!steps) {
        if (unknown)
            return undefined;
        const single = !literal && conditions.length === 1 && conditions[0] === value ? stopWhen.value : undefined;
        return { ...at, kind: "unbounded", source: "stopWhen has no step count", conditions: { ...(literal ? { list: literal } : {}), ...(single ? { single } : {}) } };
    }
    const arg = steps.call.arguments[0];
    const fix = { stepFunction: steps.name, ...(arg ? { valueNode: arg } : {}) };
    if (!Number.isFinite(steps.n))
        return { ...at, ...fix, kind: "unbounded", source: `${steps.name}(${arg.getText(sf)})` };
    return { ...at, ...fix, kind: "steps", calls: steps.n, source: `${steps.name}(${steps.n})` };
}
/** The name a profile's step-count condition is imported by in this file (`stepCountIs`, v7 `isStepCount`), if any. */
function importedStepFunction(analysis, site) {
    const cap = site.profile.agentCap;
    if (cap?.kind !== "ai-steps")
        return undefined;
    for (const name of cap.stepCountFunctions) {
        for (const decl of analysis.index.declarations.get(name) ?? []) {
            if (decl.kind === "import" && decl.module === cap.module && decl.importName === name)
                return name;
        }
    }
    return undefined;
}
//# sourceMappingURL=agent-cap.js.map