"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COHERE_PROFILES = void 0;
/**
 * cohere-ai (8.1.0): `new CohereClientV2({ token })`, `chat(request, requestOptions)` and `chatStream`, also as
 * `new CohereClient().v2.chat(...)`. Requests take `maxTokens`; tools are OpenAI-shaped; the client and each request
 * take `maxRetries` ("Defaults to 2", core/fetcher/requestWithRetries.js DEFAULT_MAX_RETRIES = 2).
 */
const MODULES = ["cohere-ai"];
const RETRIES = { key: "maxRetries", default: 2 };
const REQUEST = {
    kind: "generate",
    optionsArg: 0,
    requestOptionsArg: 1,
    model: "model",
    messages: "messages",
    tools: "tools",
    toolFormat: "openai-chat",
    maxOutput: ["maxTokens"],
    maxRetries: RETRIES,
};
exports.COHERE_PROFILES = [
    { id: "cohere.client", sdk: "cohere-ai", modules: MODULES, exports: ["CohereClientV2", "CohereClient"], instance: true, paths: [[]], construct: true, kind: "client", optionsArg: 0, maxRetries: RETRIES },
    { id: "cohere.v2.chat", sdk: "cohere-ai", modules: MODULES, exports: ["CohereClientV2"], instance: true, paths: [["chat"], ["chatStream"]], ...REQUEST },
    {
        id: "cohere.client.v2.chat",
        sdk: "cohere-ai",
        modules: MODULES,
        exports: ["CohereClient"],
        instance: true,
        paths: [
            ["v2", "chat"],
            ["v2", "chatStream"],
        ],
        ...REQUEST,
    },
];
//# sourceMappingURL=cohere.js.map