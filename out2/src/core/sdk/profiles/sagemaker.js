"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SAGEMAKER_PROFILES = void 0;
/**
 * @aws-sdk/client-sagemaker-runtime (3.1178.0): `client.send(new InvokeEndpointCommand({ EndpointName, Body,
 * ContentType }))` and InvokeEndpointWithResponseStreamCommand. An endpoint runs whatever container was deployed
 * (a classifier, an embedding model, an LLM): the request is an LLM call only when its body has a text-generation
 * shape, Hugging Face TGI's `{ inputs, parameters: { max_new_tokens } }` or a chat body's `messages` (the
 * OpenAI-compatible Messages API of TGI, vLLM, LMI), and is otherwise ignored. The body's cap keys depend on the
 * container, so they are read for the estimate, never required. The endpoint name is not a model id. Retries:
 * `maxAttempts` (3 attempts), as every AWS SDK v3 client.
 */
const MODULES = ["@aws-sdk/client-sagemaker-runtime"];
const SDK = "@aws-sdk/client-sagemaker-runtime";
const CLIENTS = ["SageMakerRuntimeClient", "SageMakerRuntime"];
const BODY_KEYS = {
    messages: ["Body.messages", "Body.inputs"],
    otherMaxOutput: ["Body.parameters.max_new_tokens", "Body.max_tokens", "Body.max_completion_tokens", "Body.max_new_tokens"],
    textRequest: { shapes: [["Body.inputs", "Body.parameters.max_new_tokens"], ["Body.messages"]] },
};
exports.SAGEMAKER_PROFILES = [
    {
        id: "sagemaker.client",
        sdk: SDK,
        modules: MODULES,
        exports: CLIENTS,
        instance: true,
        paths: [[]],
        construct: true,
        kind: "client",
        maxRetries: { key: "maxAttempts", default: 3, counts: "attempts", arg: 0 },
    },
    {
        id: "sagemaker.invokeEndpoint",
        sdk: SDK,
        modules: MODULES,
        exports: CLIENTS,
        instance: true,
        paths: [["send"]],
        command: { arg: 0, exports: ["InvokeEndpointCommand", "InvokeEndpointWithResponseStreamCommand"] },
        optionsArg: 0,
        kind: "generate",
        ...BODY_KEYS,
    },
    {
        id: "sagemaker.invokeEndpoint.method",
        sdk: SDK,
        modules: MODULES,
        exports: ["SageMakerRuntime"],
        instance: true,
        paths: [["invokeEndpoint"], ["invokeEndpointWithResponseStream"]],
        optionsArg: 0,
        kind: "generate",
        ...BODY_KEYS,
    },
];
//# sourceMappingURL=sagemaker.js.map