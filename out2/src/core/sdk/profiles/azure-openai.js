"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AZURE_OPENAI_PROFILES = void 0;
/**
 * @azure/openai 1.0.0-beta (types/openai.d.ts of 1.0.0-beta.12, the last release with a client of its own; 2.x only
 * adds types and helpers to openai's `AzureOpenAI`): `new OpenAIClient(endpoint, credential, options?)` (or
 * `new OpenAIClient(openAiKeyCredential, options?)`), then `getChatCompletions(deploymentName, messages, options?)`,
 * `streamChatCompletions(...)` with the same arguments, and legacy `getCompletions(deploymentName, prompt[], options?)`
 * / `streamCompletions`. The deployment name stands where openai's model is (it often is the model's name); the
 * options (`GetChatCompletionsOptions`) carry `maxTokens`, `tools` (openai's chat tool shape), legacy `functions`,
 * `toolChoice` and `functionCall`. Legacy completions are capped at 16 tokens by the API when `maxTokens` is absent,
 * as openai's. Retries are the Azure core pipeline's: `retryOptions.maxRetries` of the client options, default 3
 * (@azure/core-rest-pipeline `DEFAULT_RETRY_POLICY_COUNT = 3`, exponential).
 */
const AZURE = { sdk: "@azure/openai", modules: ["@azure/openai"], exports: ["OpenAIClient"], instance: true };
exports.AZURE_OPENAI_PROFILES = [
    {
        id: "azure-openai.client",
        ...AZURE,
        paths: [[]],
        construct: true,
        kind: "client",
        maxRetries: { key: "retryOptions.maxRetries", default: 3, arg: 2 },
    },
    {
        id: "azure-openai.getChatCompletions",
        ...AZURE,
        paths: [["getChatCompletions"], ["streamChatCompletions"]],
        kind: "generate",
        modelArg: 0,
        messages: 1,
        optionsArg: 2,
        trailingOptions: true,
        tools: "tools",
        toolFormat: "openai-chat",
        moreTools: [{ key: "functions", format: "openai-responses" }],
        toolChoice: ["toolChoice", "functionCall"],
        maxOutput: ["maxTokens"],
    },
    {
        id: "azure-openai.getCompletions",
        ...AZURE,
        paths: [["getCompletions"], ["streamCompletions"]],
        kind: "generate",
        modelArg: 0,
        messages: 1,
        optionsArg: 2,
        otherMaxOutput: ["maxTokens"],
        defaultMaxOutput: 16,
    },
];
//# sourceMappingURL=azure-openai.js.map