"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LLAMAINDEX_PROFILES = void 0;
/**
 * LlamaIndex.TS, checked in the published packages:
 * - @llamaindex/openai (0.4.23): `new OpenAI({ model, maxTokens, maxRetries, ... })` (dist/index.d.ts:65-101) or the
 *   factory `openai({...})` (dist/index.d.ts:267); `llm.chat({ messages })` and `llm.complete({ prompt })` take ONE
 *   params object (dist/index.d.ts:91-92, 241-242). `maxTokens` defaults to undefined: no cap (dist/index.js:978);
 *   `maxRetries` defaults to 10 (`init?.maxRetries ?? 10`, dist/index.js:979, 1320), handed to the openai client.
 * - @llamaindex/workflow (1.1.25): `agent({ llm, tools, systemPrompt, timeout })` returns an AgentWorkflow
 *   (dist/index.d.ts:181) run with `.run(input)`. There is no step or iteration option: only the workflow's timeout,
 *   60 seconds by default (`params.timeout ?? 60`, dist/index.js:633).
 * - `llamaindex` (0.12.1) re-exports @llamaindex/core only (dist/index.js imports @llamaindex/core and env), not
 *   these classes: they are matched on their own modules.
 */
const LLM = { sdk: "llamaindex", modules: ["@llamaindex/openai"] };
const LLM_SETTINGS = { optionsArg: 0, model: "model", maxOutput: ["maxTokens"], maxRetries: { key: "maxRetries", default: 10 } };
const WORKFLOW = { sdk: "llamaindex", modules: ["@llamaindex/workflow"] };
exports.LLAMAINDEX_PROFILES = [
    { id: "llamaindex.OpenAI", ...LLM, exports: ["OpenAI", "OpenAIResponses"], instance: false, paths: [[]], construct: true, kind: "client", ...LLM_SETTINGS },
    { id: "llamaindex.openai", ...LLM, exports: ["openai"], instance: false, paths: [[]], kind: "client", produces: "OpenAI", ...LLM_SETTINGS },
    {
        id: "llamaindex.llm.chat",
        ...LLM,
        exports: ["OpenAI", "OpenAIResponses"],
        instance: true,
        paths: [["chat"], ["complete"]],
        kind: "generate",
        optionsArg: 0,
        messages: ["messages", "prompt"],
    },
    {
        id: "llamaindex.agent",
        ...WORKFLOW,
        exports: ["agent"],
        instance: false,
        paths: [[]],
        kind: "agent",
        produces: "AgentWorkflow",
        optionsArg: 0,
        model: "llm",
        system: "systemPrompt",
        tools: "tools",
        toolFormat: "framework",
    },
    {
        id: "llamaindex.agent.run",
        ...WORKFLOW,
        exports: ["AgentWorkflow"],
        instance: true,
        paths: [["run"]],
        kind: "agent-run",
        messages: 0,
        agentCap: {
            kind: "uncapped",
            why: "LlamaIndex workflow agents have no step limit, only a timeout",
            fix: "Stop the run yourself after a few tool calls (count them in the tools or the event stream) and keep the timeout short.",
        },
    },
];
//# sourceMappingURL=llamaindex.js.map