"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AI_SDK_PROFILES = exports.AI_SDK_CONVERSATION_CLIENTS = void 0;
/** Stop conditions of `stopWhen`: step counts (v5+ stepCountIs, v7 isStepCount) and tool-call stops. */
const AI_STEP_CONDITIONS = { module: "ai", stepCountFunctions: ["stepCountIs", "isStepCount"], toolCallFunctions: ["hasToolCall"] };
/**
 * `maxTokens` is ai 4's cap key (CallSettings in ai 4.3.19's typings); ai 5 and 6 read `maxOutputTokens` only (no
 * `maxTokens` anywhere in 5.0.285's or 6.0.333's typings). A project whose package.json declares ai 5 or later and
 * passes `maxTokens` has no cap.
 */
const RETIRED_V4_CAP = { module: "ai", since: 5, keys: ["maxTokens"] };
/**
 * The AI SDK's UI chat clients post every message of the chat with each request (checked in @ai-sdk/react 1.2.12
 * `useChat`: `messages: chatMessages`, and ai 5.0 `DefaultChatTransport.sendMessages`: `messages: options.messages`),
 * unless `experimental_prepareRequestBody` (v4) or `prepareSendMessagesRequest` (v5) reshapes the body.
 */
exports.AI_SDK_CONVERSATION_CLIENTS = {
    modules: ["ai/react", "ai/vue", "ai/svelte", "ai/solid", "@ai-sdk/react", "@ai-sdk/vue", "@ai-sdk/svelte", "@ai-sdk/solid", "@ai-sdk/angular"],
    calls: ["useChat", "Chat"],
    reshapedBy: ["experimental_prepareRequestBody", "prepareSendMessagesRequest"],
};
/** ai (Vercel AI SDK) */
exports.AI_SDK_PROFILES = [
    {
        id: "ai.generateText",
        sdk: "ai",
        modules: ["ai"],
        exports: ["generateText", "streamText"],
        instance: false,
        paths: [[]],
        kind: "generate",
        optionsArg: 0,
        model: "model",
        messages: ["messages", "prompt"],
        system: "system",
        tools: "tools",
        toolFormat: "framework",
        inlineToolSchemaKeys: ["inputSchema", "parameters"],
        maxOutput: ["maxOutputTokens", "maxTokens"],
        retiredMaxOutput: RETIRED_V4_CAP,
        maxRetries: { key: "maxRetries", default: 2 },
        agentCap: { kind: "ai-steps", defaultSteps: 1, ...AI_STEP_CONDITIONS },
    },
    {
        id: "ai.generateObject",
        sdk: "ai",
        modules: ["ai"],
        exports: ["generateObject", "streamObject"],
        instance: false,
        paths: [[]],
        kind: "generate",
        optionsArg: 0,
        model: "model",
        messages: ["messages", "prompt"],
        system: "system",
        maxOutput: ["maxOutputTokens", "maxTokens"],
        retiredMaxOutput: RETIRED_V4_CAP,
        maxRetries: { key: "maxRetries", default: 2 },
    },
    {
        id: "ai.agent",
        sdk: "ai",
        modules: ["ai"],
        exports: ["ToolLoopAgent", "Experimental_Agent", "Agent"],
        instance: false,
        paths: [[]],
        construct: true,
        kind: "agent",
        optionsArg: 0,
        model: "model",
        system: "instructions",
        tools: "tools",
        toolFormat: "framework",
        inlineToolSchemaKeys: ["inputSchema", "parameters"],
        maxOutput: ["maxOutputTokens"],
        agentCap: { kind: "ai-steps", defaultSteps: 20, ...AI_STEP_CONDITIONS },
    },
    {
        id: "ai.agent.run",
        sdk: "ai",
        modules: ["ai"],
        exports: ["ToolLoopAgent", "Experimental_Agent", "Agent"],
        instance: true,
        paths: [["generate"], ["stream"]],
        kind: "agent-run",
        optionsArg: 0,
        messages: ["messages", "prompt"],
    },
    {
        id: "ai.tool",
        sdk: "ai",
        modules: ["ai"],
        exports: ["tool", "dynamicTool"],
        instance: false,
        paths: [[]],
        kind: "tool",
        toolSchema: { kind: "key", arg: 0, keys: ["inputSchema", "parameters"] },
    }
];
//# sourceMappingURL=ai-sdk.js.map