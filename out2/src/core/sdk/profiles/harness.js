"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HARNESS_PROFILES = void 0;
/**
 * @ai-sdk/harness (1.0.122, dist/agent/index.d.ts): `new HarnessAgent({ harness, model?, instructions?, tools?,
 * stopWhen? })` drives an agent runtime of its own (Pi through @ai-sdk/harness-pi, Claude Code, Codex) in a sandbox;
 * `agent.generate(options)` / `agent.stream(options)` take the AI SDK's AgentCallParameters (`prompt` or `messages`)
 * and run one turn of that runtime. The runtime makes the model calls, keeps the session's context and decides its
 * own turns: `stopWhen` only stops "after a completed harness tool step" and, when omitted, "the harness runs until
 * the turn naturally finishes or pauses", so the harness has no step cap of its own to require, and no output cap
 * option. A run is listed and priced as one model call, and the estimate says what it cannot see.
 */
const HARNESS = { sdk: "@ai-sdk/harness", modules: ["@ai-sdk/harness/agent"], exports: ["HarnessAgent"] };
exports.HARNESS_PROFILES = [
    {
        id: "harness.agent",
        ...HARNESS,
        instance: false,
        paths: [[]],
        construct: true,
        kind: "agent",
        optionsArg: 0,
        model: "model",
        system: "instructions",
        tools: "tools",
        toolFormat: "framework",
    },
    {
        id: "harness.agent.run",
        ...HARNESS,
        instance: true,
        paths: [["generate"], ["stream"]],
        kind: "agent-run",
        optionsArg: 0,
        messages: ["messages", "prompt"],
        contextKeptByRuntime: true,
        estimateNote: "the harness's agent runtime (Pi, Claude Code, Codex) makes its own model calls with its own context and turns: priced as one call",
    },
];
//# sourceMappingURL=harness.js.map