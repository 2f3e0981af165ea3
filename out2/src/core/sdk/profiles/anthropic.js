"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ANTHROPIC_PROFILES = void 0;
const ANTHROPIC = {
    modules: ["@anthropic-ai/sdk", "@anthropic-ai/bedrock-sdk", "@anthropic-ai/vertex-sdk"],
    exports: ["default", "Anthropic", "AnthropicBedrock", "AnthropicVertex", "require"],
    instance: true,
};
/** @anthropic-ai/sdk */
exports.ANTHROPIC_PROFILES = [
    { id: "anthropic.client", sdk: "@anthropic-ai/sdk", ...ANTHROPIC, paths: [[]], construct: true, kind: "client", optionsArg: 0, maxRetries: { key: "maxRetries", default: 2 } },
    {
        id: "anthropic.messages",
        sdk: "@anthropic-ai/sdk",
        ...ANTHROPIC,
        paths: [
            ["messages", "create"],
            ["messages", "stream"],
            ["beta", "messages", "create"],
            ["beta", "messages", "stream"],
        ],
        kind: "generate",
        optionsArg: 0,
        requestOptionsArg: 1,
        model: "model",
        messages: "messages",
        system: "system",
        tools: "tools",
        toolFormat: "anthropic",
        toolChoice: ["tool_choice"],
        maxOutput: ["max_tokens"],
        maxRetries: { key: "maxRetries", default: 2 },
    },
    {
        id: "anthropic.toolRunner",
        sdk: "@anthropic-ai/sdk",
        ...ANTHROPIC,
        paths: [["beta", "messages", "toolRunner"]],
        kind: "agent-run",
        optionsArg: 0,
        model: "model",
        messages: "messages",
        system: "system",
        tools: "tools",
        toolFormat: "framework",
        maxOutput: ["max_tokens"],
        agentCap: { kind: "option", key: "max_iterations", arg: 0, unit: "iterations" },
    }
];
//# sourceMappingURL=anthropic.js.map