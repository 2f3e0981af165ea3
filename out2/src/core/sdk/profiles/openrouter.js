"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPENROUTER_PROFILES = void 0;
/**
 * @openrouter/sdk (Speakeasy; 1.3.19, also read 0.5.1, 0.9.11, 0.10.2, 0.11.2, 1.0.0): `new OpenRouter({ apiKey })`
 * (esm/lib/config.d.ts), `client.chat.send(request, options)`. Where the body sits changed with the versions
 * (esm/sdk/chat.d.ts, esm/models/operations/sendchatcompletionrequest.d.ts of each): 0.5.x the request is the body;
 * 0.9-0.10 `{ chatGenerationParams: {...} }`; 0.11+ and 1.x `{ chatRequest: {...} }`. Body keys are camelCase: the
 * output cap is `maxTokens` or `maxCompletionTokens`, with no default (esm/models/chatrequest.d.ts:139-143). Retries
 * are on by default, bounded by time (1 hour), not by a count (esm/lib/retries.js:6-10, esm/funcs/chatSend.js:46-59):
 * no `maxRetries` key to read.
 * `client.callModel({ model, input, instructions, tools, stopWhen, maxOutputTokens })` (esm/sdk/sdk.d.ts:108,
 * esm/lib/async-params.d.ts:14-17) runs tools in a loop until `stopWhen`, by default `stepCountIs(5)`
 * (`DEFAULT_MAX_STEPS = 5`, esm/lib/model-result.js:17,330); the conditions (`stepCountIs`, `hasToolCall`,
 * `maxTokensUsed`, `maxCost`, `finishReasonIs`) are exported by `@openrouter/sdk/lib/stop-conditions.js`
 * (esm/lib/stop-conditions.d.ts, the package's `./*.js` export).
 */
const OPENROUTER = { sdk: "@openrouter/sdk", modules: ["@openrouter/sdk"], exports: ["OpenRouter"], instance: true };
exports.OPENROUTER_PROFILES = [
    { id: "openrouter.client", ...OPENROUTER, paths: [[]], construct: true, kind: "client", optionsArg: 0 },
    {
        id: "openrouter.chat.send",
        ...OPENROUTER,
        paths: [["chat", "send"]],
        kind: "generate",
        optionsArg: 0,
        optionsUnder: ["chatRequest", "chatGenerationParams"],
        model: "model",
        messages: "messages",
        tools: "tools",
        toolFormat: "openai-chat",
        maxOutput: ["maxTokens", "maxCompletionTokens"],
    },
    {
        id: "openrouter.callModel",
        ...OPENROUTER,
        paths: [["callModel"]],
        kind: "agent-run",
        optionsArg: 0,
        model: "model",
        messages: "input",
        system: "instructions",
        tools: "tools",
        toolFormat: "framework",
        maxOutput: ["maxOutputTokens"],
        agentCap: { kind: "ai-steps", defaultSteps: 5, module: "@openrouter/sdk/lib/stop-conditions.js", stepCountFunctions: ["stepCountIs"], toolCallFunctions: ["hasToolCall"] },
    },
];
//# sourceMappingURL=openrouter.js.map