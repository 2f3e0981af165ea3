"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MISTRAL_PROFILES = void 0;
/**
 * @mistralai/mistralai (2.7.0): `new Mistral({ apiKey })`, `chat.complete(request, options)`, `chat.stream`,
 * `agents.complete({ agentId, messages, maxTokens })`. Requests take `maxTokens`; tools are OpenAI-shaped. No retries
 * unless configured (`retryConfig` defaults to `{ strategy: "none" }`; its backoff is bounded by time, not a count).
 */
const MISTRAL = { sdk: "@mistralai/mistralai", modules: ["@mistralai/mistralai"], exports: ["Mistral"], instance: true };
const REQUEST = { optionsArg: 0, messages: "messages", tools: "tools", toolFormat: "openai-chat", maxOutput: ["maxTokens"] };
exports.MISTRAL_PROFILES = [
    { id: "mistral.client", ...MISTRAL, paths: [[]], construct: true, kind: "client", optionsArg: 0 },
    {
        id: "mistral.chat",
        ...MISTRAL,
        paths: [
            ["chat", "complete"],
            ["chat", "stream"],
            ["chat", "parse"],
            ["chat", "parseStream"],
        ],
        kind: "generate",
        model: "model",
        ...REQUEST,
    },
    {
        id: "mistral.agents",
        ...MISTRAL,
        paths: [
            ["agents", "complete"],
            ["agents", "stream"],
        ],
        kind: "generate",
        ...REQUEST,
    },
];
//# sourceMappingURL=mistral.js.map