"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPENAI_AGENTS_PROFILES = void 0;
const AGENTS = { modules: ["@openai/agents", "@openai/agents-core", "@openai/agents-openai", "@openai/agents/sandbox"] };
/** @openai/agents */
exports.OPENAI_AGENTS_PROFILES = [
    {
        id: "agents.Agent",
        sdk: "@openai/agents",
        ...AGENTS,
        // SandboxAgent (@openai/agents/sandbox) is an Agent that works in a sandbox: the same options.
        exports: ["Agent", "SandboxAgent"],
        instance: false,
        paths: [[]],
        construct: true,
        kind: "agent",
        optionsArg: 0,
        model: "model",
        system: "instructions",
        tools: "tools",
        toolFormat: "framework",
        maxOutput: ["modelSettings.maxTokens"],
    },
    {
        id: "agents.Agent.create",
        sdk: "@openai/agents",
        ...AGENTS,
        exports: ["Agent"],
        instance: false,
        paths: [["create"]],
        kind: "agent",
        optionsArg: 0,
        model: "model",
        system: "instructions",
        tools: "tools",
        toolFormat: "framework",
        maxOutput: ["modelSettings.maxTokens"],
    },
    {
        id: "agents.run",
        sdk: "@openai/agents",
        ...AGENTS,
        exports: ["run"],
        instance: false,
        paths: [[]],
        kind: "agent-run",
        agentArg: 0,
        messages: 1,
        agentCap: { kind: "option", key: "maxTurns", arg: 2, default: 10, nullUnbounded: true, unit: "turns" },
    },
    {
        // new Runner(config): a run configuration; its `model` overrides every agent's model, and its modelSettings
        // apply to every call (read, never required: the agents may carry their own caps).
        id: "agents.Runner",
        sdk: "@openai/agents",
        ...AGENTS,
        exports: ["Runner"],
        instance: false,
        paths: [[]],
        construct: true,
        kind: "client",
        optionsArg: 0,
        model: "model",
        otherMaxOutput: ["modelSettings.maxTokens"],
    },
    {
        id: "agents.Runner.run",
        sdk: "@openai/agents",
        ...AGENTS,
        exports: ["Runner"],
        instance: true,
        paths: [["run"]],
        kind: "agent-run",
        agentArg: 0,
        messages: 1,
        agentCap: { kind: "option", key: "maxTurns", arg: 2, default: 10, nullUnbounded: true, unit: "turns" },
    },
    {
        id: "agents.tool",
        sdk: "@openai/agents",
        ...AGENTS,
        exports: ["tool"],
        instance: false,
        paths: [[]],
        kind: "tool",
        toolSchema: { kind: "key", arg: 0, keys: ["parameters"], strictKey: "strict", defaultStrict: true },
    }
];
//# sourceMappingURL=openai-agents.js.map