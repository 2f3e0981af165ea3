"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BEDROCK_PROFILES = exports.BEDROCK_AGENT_RUNTIME_PROFILES = void 0;
/**
 * @aws-sdk/client-bedrock-runtime (3.1178.0): `client.send(new ConverseCommand({ modelId, messages, system,
 * inferenceConfig: { maxTokens }, toolConfig: { tools: [{ toolSpec: { name, inputSchema: { json } } }] } }))`, the
 * same input for ConverseStreamCommand and the aggregated client's `converse` / `converseStream`. InvokeModelCommand
 * takes `{ modelId, body }` where the body is the model's own JSON (`JSON.stringify({ ... })`): its cap key depends
 * on the model (Anthropic `max_tokens`, Llama `max_gen_len`, Titan `textGenerationConfig.maxTokenCount`, Nova
 * `inferenceConfig.maxTokens`), so it is read for the estimate and not required. The client retries through
 * `maxAttempts` (default 3 attempts, @smithy's DEFAULT_MAX_ATTEMPTS, exponential backoff with jitter), which counts
 * the first try (`counts: "attempts"`).
 */
const MODULES = ["@aws-sdk/client-bedrock-runtime"];
const SDK = "@aws-sdk/client-bedrock-runtime";
const CONVERSE_KEYS = {
    model: "modelId",
    messages: "messages",
    system: "system",
    tools: "toolConfig.tools",
    toolFormat: "bedrock",
    maxOutput: ["inferenceConfig.maxTokens"],
};
/**
 * InvokeModel also serves image, video, embedding and rerank models (Titan Image, Nova Canvas and Reel, Stability,
 * Titan and Cohere embeddings): such a request is not a text generation. Read from the model id when the code shows
 * it, else from the body: an image body's own keys (Titan and Nova Canvas `taskType`, `textToImageParams`,
 * `imageGenerationConfig`; Stability `text_prompts`, `cfg_scale`, `aspect_ratio`; embeddings `texts`, `dimensions`,
 * `embeddingTypes`), or a body built by a function named for images, video or embeddings (`createBodyImage(params)`).
 */
const NOT_TEXT_MODELS = {
    otherModels: ["titan-image", "titan-embed", "nova-canvas", "nova-reel", "multimodal-embed", "(?:^|[./])stability\\.", "stable-diffusion", "[.-]embed", "rerank", "(?:^|[./])luma\\."],
    otherKeys: ["body.taskType", "body.textToImageParams", "body.imageGenerationConfig", "body.text_prompts", "body.cfg_scale", "body.aspect_ratio", "body.texts", "body.dimensions", "body.embeddingTypes"],
    otherBuilders: "image|video|embed(?!ded)",
    bodyKey: "body",
};
/**
 * @aws-sdk/client-bedrock-agent-runtime (3.1178.0). RetrieveAndGenerate(Stream): one generation over a knowledge
 * base's search results; the model is `retrieveAndGenerateConfiguration.knowledgeBaseConfiguration.modelArn` (or
 * `externalSourcesConfiguration.modelArn`), the question `input.text`, the cap
 * `…generationConfiguration.inferenceConfig.textInferenceConfig.maxTokens` (TextInferenceConfig; no default in the
 * typings: the model's own). InvokeAgent runs a Bedrock agent's orchestration loop on AWS: the request carries the
 * agent's id and `inputText`, while its model, output limits and iteration limits are set in the agent's definition,
 * not in the request. So it is a call site whose model and cap are not visible (priced at the Bedrock default, never
 * flagged); InvokeInlineAgent names its `foundationModel` and `instruction` in the request. Client retries as the
 * runtime client's (`maxAttempts`, 3 attempts).
 */
const AGENT_MODULES = ["@aws-sdk/client-bedrock-agent-runtime"];
const AGENT_SDK = "@aws-sdk/client-bedrock-agent-runtime";
const AGENT_CLIENTS = ["BedrockAgentRuntimeClient", "BedrockAgentRuntime"];
const RAG_CONFIG = "retrieveAndGenerateConfiguration";
const RAG_KEYS = {
    model: `${RAG_CONFIG}.knowledgeBaseConfiguration.modelArn`,
    modelAliases: [`${RAG_CONFIG}.externalSourcesConfiguration.modelArn`],
    messages: "input.text",
    maxOutput: [
        `${RAG_CONFIG}.knowledgeBaseConfiguration.generationConfiguration.inferenceConfig.textInferenceConfig.maxTokens`,
        `${RAG_CONFIG}.externalSourcesConfiguration.generationConfiguration.inferenceConfig.textInferenceConfig.maxTokens`,
    ],
};
/** What an estimate of a Bedrock agent's run cannot see. */
const AGENT_NOTE = "a Bedrock agent runs its own orchestration loop on AWS (model, output and iteration limits in the agent's definition): priced as one model call";
exports.BEDROCK_AGENT_RUNTIME_PROFILES = [
    {
        id: "bedrock-agent.client",
        sdk: AGENT_SDK,
        modules: AGENT_MODULES,
        exports: AGENT_CLIENTS,
        instance: true,
        paths: [[]],
        construct: true,
        kind: "client",
        maxRetries: { key: "maxAttempts", default: 3, counts: "attempts", arg: 0 },
    },
    {
        id: "bedrock-agent.retrieveAndGenerate",
        sdk: AGENT_SDK,
        modules: AGENT_MODULES,
        exports: AGENT_CLIENTS,
        instance: true,
        paths: [["send"]],
        command: { arg: 0, exports: ["RetrieveAndGenerateCommand", "RetrieveAndGenerateStreamCommand"] },
        optionsArg: 0,
        kind: "generate",
        ...RAG_KEYS,
    },
    {
        id: "bedrock-agent.retrieveAndGenerate.method",
        sdk: AGENT_SDK,
        modules: AGENT_MODULES,
        exports: ["BedrockAgentRuntime"],
        instance: true,
        paths: [["retrieveAndGenerate"], ["retrieveAndGenerateStream"]],
        optionsArg: 0,
        kind: "generate",
        ...RAG_KEYS,
    },
    {
        id: "bedrock-agent.invokeAgent",
        sdk: AGENT_SDK,
        modules: AGENT_MODULES,
        exports: AGENT_CLIENTS,
        instance: true,
        paths: [["send"]],
        command: { arg: 0, exports: ["InvokeAgentCommand"] },
        optionsArg: 0,
        kind: "generate",
        messages: "inputText",
        estimateNote: AGENT_NOTE,
    },
    {
        id: "bedrock-agent.invokeInlineAgent",
        sdk: AGENT_SDK,
        modules: AGENT_MODULES,
        exports: AGENT_CLIENTS,
        instance: true,
        paths: [["send"]],
        command: { arg: 0, exports: ["InvokeInlineAgentCommand"] },
        optionsArg: 0,
        kind: "generate",
        model: "foundationModel",
        system: "instruction",
        messages: "inputText",
        estimateNote: AGENT_NOTE,
    },
    {
        id: "bedrock-agent.invokeAgent.method",
        sdk: AGENT_SDK,
        modules: AGENT_MODULES,
        exports: ["BedrockAgentRuntime"],
        instance: true,
        paths: [["invokeAgent"], ["invokeInlineAgent"]],
        optionsArg: 0,
        kind: "generate",
        model: "foundationModel",
        system: "instruction",
        messages: "inputText",
        estimateNote: AGENT_NOTE,
    },
];
exports.BEDROCK_PROFILES = [
    // The client's configuration (region, credentials, maxAttempts) holds no request settings but the retries.
    {
        id: "bedrock.client",
        sdk: SDK,
        modules: MODULES,
        exports: ["BedrockRuntimeClient", "BedrockRuntime"],
        instance: true,
        paths: [[]],
        construct: true,
        kind: "client",
        maxRetries: { key: "maxAttempts", default: 3, counts: "attempts", arg: 0 },
    },
    {
        id: "bedrock.converse",
        sdk: SDK,
        modules: MODULES,
        exports: ["BedrockRuntimeClient", "BedrockRuntime"],
        instance: true,
        paths: [["send"]],
        command: { arg: 0, exports: ["ConverseCommand", "ConverseStreamCommand"] },
        optionsArg: 0,
        kind: "generate",
        ...CONVERSE_KEYS,
    },
    {
        id: "bedrock.invokeModel",
        sdk: SDK,
        modules: MODULES,
        exports: ["BedrockRuntimeClient", "BedrockRuntime"],
        instance: true,
        paths: [["send"]],
        command: { arg: 0, exports: ["InvokeModelCommand", "InvokeModelWithResponseStreamCommand"] },
        optionsArg: 0,
        kind: "generate",
        model: "modelId",
        messages: "body.messages",
        system: "body.system",
        otherMaxOutput: ["body.max_tokens", "body.max_gen_len", "body.max_new_tokens", "body.inferenceConfig.maxTokens", "body.inferenceConfig.max_new_tokens", "body.textGenerationConfig.maxTokenCount"],
        textRequest: NOT_TEXT_MODELS,
    },
    // Nova Sonic's speech-to-speech session: `{ modelId, body }` where the body is an async iterable of JSON events (its
    // `sessionStart.inferenceConfiguration.maxTokens` travels inside the stream): the model is read, the cap is not visible.
    {
        id: "bedrock.invokeModelWithBidirectionalStream",
        sdk: SDK,
        modules: MODULES,
        exports: ["BedrockRuntimeClient", "BedrockRuntime"],
        instance: true,
        paths: [["send"]],
        command: { arg: 0, exports: ["InvokeModelWithBidirectionalStreamCommand"] },
        optionsArg: 0,
        kind: "generate",
        model: "modelId",
    },
    {
        id: "bedrock.converse.method",
        sdk: SDK,
        modules: MODULES,
        exports: ["BedrockRuntime"],
        instance: true,
        paths: [["converse"], ["converseStream"]],
        kind: "generate",
        optionsArg: 0,
        ...CONVERSE_KEYS,
    },
];
//# sourceMappingURL=bedrock.js.map