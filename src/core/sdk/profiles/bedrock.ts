import type { SdkProfile } from "../profile-types";

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
} as const;

export const BEDROCK_PROFILES: readonly SdkProfile[] = [
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
