"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AGENT_FRAMEWORK_PROFILES = void 0;
/**
 * Agent frameworks, checked in their published typings and sources:
 * - @anthropic-ai/claude-agent-sdk (0.3.337): `query({ prompt, options: { model, systemPrompt, maxTurns, maxBudgetUsd } })`
 *   runs Claude Code's agent loop; maxTurns has no default, maxBudgetUsd stops the run at a spend.
 * - @mastra/core (1.71.0): `new Agent({ name, instructions, model, tools })`; `agent.generate(messages, { maxSteps,
 *   modelSettings: { maxOutputTokens } })` and `stream` stop after 5 steps unless told (`stopWhen ?? stepCountIs(5)`);
 *   `createTool({ id, description, inputSchema })`; `mastra.getAgent(name)` returns a registered Agent. The agents of
 *   `new Mastra({ agents })` (its CLI loads `src/mastra/index.ts`) are served over HTTP: @mastra/server (2.0.4)
 *   `generateHandler` / `streamGenerateHandler` call `agent.generate(messages, { ...body })`, so a request that sends no
 *   `modelSettings` runs with the Agent's `defaultOptions` (`defaultOptions?: DynamicArgument<AgentExecutionOptions>`).
 *   `agent.network(messages, { maxSteps })` runs `maxSteps || 1` routing iterations (agent.network: `maxIterations:
 *   mergedOptions?.maxSteps || 1`): capped by default.
 * - genkit (1.42.0): `const ai = genkit({ plugins, model })`; `ai.generate({ model, prompt, system, tools, maxTurns,
 *   config: { maxOutputTokens } })` resolves tool calls for up to 5 turns (`rawRequest.maxTurns ?? 5`);
 *   `ai.defineTool({ name, description, inputSchema }, fn)`.
 * - VS Code's language model API (@types/vscode 1.146.0): `vscode.lm.selectChatModels({ vendor, family })` resolves to
 *   LanguageModelChat objects whose `sendRequest(messages, options, token)` is one request (no output cap option).
 */
const MASTRA_AGENT = ["@mastra/core/agent", "@mastra/core", "@mastra/core/mastra"];
exports.AGENT_FRAMEWORK_PROFILES = [
    {
        // The cap is a turn count or a budget; require-iteration-cap does not read nested keys, so no agentCap here.
        id: "claude-agent-sdk.query",
        sdk: "@anthropic-ai/claude-agent-sdk",
        modules: ["@anthropic-ai/claude-agent-sdk"],
        exports: ["query"],
        instance: false,
        paths: [[]],
        kind: "agent-run",
        optionsArg: 0,
        model: "options.model",
        messages: "prompt",
        system: "options.systemPrompt",
        // maxTurns is passed to the CLI only when set (truthy): no default in the SDK. A budget in USD bounds a run too.
        agentCap: { kind: "option", key: "options.maxTurns", arg: 0, unit: "turns", alternatives: [{ key: "options.maxBudgetUsd", kind: "budget" }] },
    },
    {
        id: "mastra.Agent",
        sdk: "@mastra/core",
        modules: MASTRA_AGENT,
        exports: ["Agent"],
        instance: false,
        paths: [[]],
        construct: true,
        kind: "agent",
        optionsArg: 0,
        model: "model",
        system: "instructions",
        tools: "tools",
        toolFormat: "framework",
        otherMaxOutput: ["defaultOptions.modelSettings.maxOutputTokens", "defaultGenerateOptions.maxTokens"],
        servedBy: {
            exports: ["Mastra"],
            key: "agents",
            entryFiles: ["index.ts", "index.js", "index.mts", "index.mjs", "mastra/index.ts", "mastra/index.js"],
            // maxTokens: AI SDK 4's name, read as a cap too.
            capKeys: ["defaultOptions.modelSettings.maxOutputTokens", "defaultOptions.modelSettings.maxTokens"],
            unlessKeys: ["defaultGenerateOptions", "defaultStreamOptions", "defaultVNextStreamOptions", "defaultGenerateOptionsLegacy", "defaultStreamOptionsLegacy"],
            // 0.x (0.8.2 to 0.24.9): `defaultGenerateOptions` and `defaultStreamOptions`, merged into each generate / stream
            // call (`Object.assign({}, this.#defaultGenerateOptions, generateOptions)`, 0.9.4), take AI SDK 4's `maxTokens`;
            // 0.5.0 to 0.7.0 agents have no default options.
            legacy: {
                module: "@mastra/core",
                belowMajor: 1,
                sinceMinor: 8,
                capKeys: ["defaultGenerateOptions.maxTokens", "defaultStreamOptions.maxTokens"],
                noDefaults: "maxTokens in each request (this version's Agent takes no default options)",
            },
            // The server's routes pass the request body on: 5 steps unless the defaults or the request say otherwise.
            steps: { keys: ["defaultOptions.maxSteps", "defaultGenerateOptions.maxSteps"], default: 5, unit: "steps" },
        },
    },
    {
        id: "mastra.Agent.generate",
        sdk: "@mastra/core",
        modules: MASTRA_AGENT,
        exports: ["Agent"],
        instance: true,
        paths: [["generate"], ["stream"]],
        kind: "agent-run",
        optionsArg: 1,
        messages: 0,
        maxOutput: ["modelSettings.maxOutputTokens"],
        // 0.x (0.5.0 to 0.24.9): generate / stream options are AI SDK 4's text options, `maxTokens` among them.
        legacyMaxOutput: { module: "@mastra/core", belowMajor: 1, keys: ["maxTokens"] },
        agentCap: { kind: "option", key: "maxSteps", arg: 1, default: 5, unit: "steps" },
        // 0.x agents took defaultGenerateOptions / defaultStreamOptions: present, their cap is not read here.
        defaultsFromConstruction: { unlessKeys: ["defaultOptions", "defaultGenerateOptions", "defaultStreamOptions", "defaultVNextStreamOptions"] },
    },
    {
        // An agent network run: the routing agent delegates to its sub-agents (each runs with its own defaults) for
        // `maxSteps || 1` iterations (agent.network, @mastra/core 1.71.0). `modelSettings` applies to the routing agent:
        // read for the estimate, not required (its output is mostly routing decisions).
        id: "mastra.Agent.network",
        sdk: "@mastra/core",
        modules: MASTRA_AGENT,
        exports: ["Agent"],
        instance: true,
        paths: [["network"]],
        kind: "agent-run",
        optionsArg: 1,
        messages: 0,
        otherMaxOutput: ["modelSettings.maxOutputTokens"],
        agentCap: { kind: "option", key: "maxSteps", arg: 1, default: 1, unit: "iterations" },
    },
    {
        // @mastra/core 0.x (0.9.4, "@mastra/core/network"): `new AgentNetwork({ name, agents, model, instructions })` builds
        // a routing agent (`new Agent({ name, instructions, model, tools })`, no default options) that hands work to its
        // agents through a `transmit` tool.
        id: "mastra.AgentNetwork",
        sdk: "@mastra/core",
        modules: ["@mastra/core/network", "@mastra/core"],
        exports: ["AgentNetwork"],
        instance: false,
        paths: [[]],
        construct: true,
        kind: "agent",
        optionsArg: 0,
        model: "model",
        system: "instructions",
    },
    {
        // `network.generate(messages, args)` / `stream` run the routing agent with `{ maxSteps: agents.length * 10,
        // ...args }`; the rest of args (AI SDK 4's `maxTokens`) goes to its model call. The agents it calls run with
        // their own defaults.
        id: "mastra.AgentNetwork.generate",
        sdk: "@mastra/core",
        modules: ["@mastra/core/network", "@mastra/core"],
        exports: ["AgentNetwork"],
        instance: true,
        paths: [["generate"], ["stream"]],
        kind: "agent-run",
        optionsArg: 1,
        messages: 0,
        maxOutput: ["maxTokens"],
        agentCap: { kind: "option", key: "maxSteps", arg: 1, default: 10, defaultPerItem: "agents", unit: "steps" },
        // The routing agent has no default options: a run without them has no cap.
        defaultsFromConstruction: { unlessKeys: [] },
    },
    {
        // A workflow step made from an agent: its execute runs `agent.stream(inputData.prompt, { ...agentOptions })`
        // (createStepFromAgent, @mastra/core 1.71.0), so without options it takes the agent's defaults. A step made from a
        // params object ({ id, execute }) or a tool is not an agent run.
        id: "mastra.createStep",
        sdk: "@mastra/core",
        modules: ["@mastra/core/workflows"],
        exports: ["createStep"],
        instance: false,
        paths: [[]],
        kind: "agent-run",
        agentArg: 0,
        onlyForAgent: { arg: 0, modules: MASTRA_AGENT, exports: ["Agent"] },
        optionsArg: 1,
        maxOutput: ["modelSettings.maxOutputTokens"],
        agentCap: { kind: "option", key: "maxSteps", arg: 1, default: 5, unit: "steps" },
        defaultsFromConstruction: { unlessKeys: ["defaultOptions", "defaultGenerateOptions", "defaultStreamOptions", "defaultVNextStreamOptions"] },
    },
    {
        // mastra.getAgent("name") returns a registered Agent (defined elsewhere: its settings are not visible here).
        id: "mastra.getAgent",
        sdk: "@mastra/core",
        modules: MASTRA_AGENT,
        exports: ["Mastra"],
        instance: true,
        paths: [["getAgent"], ["getAgentById"]],
        kind: "client",
        produces: "Agent",
    },
    {
        id: "mastra.createTool",
        sdk: "@mastra/core",
        modules: ["@mastra/core/tools", "@mastra/core"],
        exports: ["createTool"],
        instance: false,
        paths: [[]],
        kind: "tool",
        toolSchema: { kind: "key", arg: 0, keys: ["inputSchema"] },
    },
    {
        id: "genkit.genkit",
        sdk: "genkit",
        modules: ["genkit", "genkit/beta"],
        exports: ["genkit"],
        instance: false,
        paths: [[]],
        kind: "client",
        produces: "Genkit",
        optionsArg: 0,
        model: "model",
    },
    {
        id: "genkit.generate",
        sdk: "genkit",
        modules: ["genkit", "genkit/beta"],
        exports: ["Genkit"],
        instance: true,
        paths: [["generate"], ["generateStream"]],
        kind: "agent-run",
        optionsArg: 0,
        model: "model",
        messages: "messages",
        system: "system",
        tools: "tools",
        toolFormat: "framework",
        maxOutput: ["config.maxOutputTokens"],
        agentCap: { kind: "option", key: "maxTurns", arg: 0, default: 5, onlyWith: "tools", unit: "turns" },
    },
    {
        id: "genkit.defineTool",
        sdk: "genkit",
        modules: ["genkit", "genkit/beta"],
        exports: ["Genkit"],
        instance: true,
        paths: [["defineTool"]],
        kind: "tool",
        toolSchema: { kind: "key", arg: 0, keys: ["inputSchema"] },
    },
    {
        id: "vscode.lm.selectChatModels",
        sdk: "vscode",
        modules: ["vscode"],
        exports: ["lm"],
        instance: false,
        paths: [["selectChatModels"]],
        kind: "client",
        produces: "LanguageModelChat",
        optionsArg: 0,
        model: "family",
    },
    {
        id: "vscode.lm.sendRequest",
        sdk: "vscode",
        modules: ["vscode"],
        exports: ["LanguageModelChat"],
        instance: true,
        paths: [["sendRequest"]],
        kind: "generate",
        messages: 0,
    },
];
//# sourceMappingURL=agent-frameworks.js.map