"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHATGPT_PROFILES = void 0;
/**
 * chatgpt (transitive-bullshit/chatgpt-api 5.2.5, build/index.d.ts and build/index.js): `new ChatGPTAPI({ apiKey,
 * completionParams, systemMessage, maxModelTokens = 4096, maxResponseTokens = 1000 })` calls OpenAI's chat
 * completions; `api.sendMessage(text, { parentMessageId, systemMessage, completionParams })`. Every request carries
 * `max_tokens: min(maxModelTokens - promptTokens, maxResponseTokens)`, overridden by `completionParams.max_tokens`
 * (the body spreads completionParams after it): the output is always capped, 1,000 tokens by default. The model is
 * `completionParams.model`, "gpt-3.5-turbo" when unset. With `parentMessageId` the library rebuilds the conversation
 * from its message store, oldest turns dropped once the prompt would pass `maxModelTokens - maxResponseTokens`: a
 * window, not a growing history. No retries. ChatGPTUnofficialProxyAPI (a ChatGPT web-session proxy, not billed per
 * token) is not an API call.
 */
const MODULES = ["chatgpt"];
const SDK = "chatgpt";
const CAPS = ["completionParams.max_tokens", "maxResponseTokens"];
exports.CHATGPT_PROFILES = [
    {
        id: "chatgpt.client",
        sdk: SDK,
        modules: MODULES,
        exports: ["ChatGPTAPI"],
        instance: true,
        paths: [[]],
        construct: true,
        kind: "client",
        optionsArg: 0,
        model: "completionParams.model",
        defaultModelId: "gpt-3.5-turbo",
        system: "systemMessage",
        otherMaxOutput: CAPS,
    },
    {
        id: "chatgpt.sendMessage",
        sdk: SDK,
        modules: MODULES,
        exports: ["ChatGPTAPI"],
        instance: true,
        paths: [["sendMessage"]],
        kind: "generate",
        messages: 0,
        optionsArg: 1,
        model: "completionParams.model",
        system: "systemMessage",
        otherMaxOutput: ["completionParams.max_tokens"],
        defaultMaxOutput: 1000,
    },
];
//# sourceMappingURL=chatgpt.js.map