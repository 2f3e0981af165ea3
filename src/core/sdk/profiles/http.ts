import type { HttpClient, SdkProfile } from "../profile-types";
import { OTHER_MODELS as WORKERS_OTHER_MODELS, TEXT_MODELS as WORKERS_TEXT_MODELS } from "./workers-ai";

/**
 * Providers' HTTP APIs called without an SDK: the endpoint and the JSON body's keys, as their API references give
 * them (2026). OpenAI `POST /v1/chat/completions` (`model`, `messages`, `tools`, `max_completion_tokens`, the older
 * `max_tokens`), `/v1/responses` (`input`, `instructions`, `max_output_tokens`), legacy `/v1/completions` (`prompt`,
 * `max_tokens`, default 16); the OpenAI-compatible chat endpoints of Azure (`/openai/deployments/{d}/chat/completions`),
 * OpenRouter, Groq, Mistral, DeepSeek, Together, Fireworks and local servers (llama.cpp, vLLM, LM Studio, MLX):
 * same body, `max_tokens` accepted by all. Anthropic `POST /v1/messages` (`system`, `tools`, `max_tokens`). Gemini
 * `models/{model}:generateContent` and `:streamGenerateContent` (the model is in the URL; `contents`,
 * `systemInstruction`, `tools`, `generationConfig.maxOutputTokens`; proto JSON also takes snake_case). Ollama
 * `/api/chat` and `/api/generate` on port 11434 (`messages` or `prompt`, `system`, `tools`, `options.num_predict`).
 */
const CHAT = {
  kind: "generate",
  exports: [],
  instance: false,
  paths: [],
  model: "model",
  messages: "messages",
  tools: "tools",
  toolFormat: "openai-chat",
  toolChoice: ["tool_choice", "function_call"],
} as const;

const ANY_HOST = "^https?://[^/]+";

type AnyHost = NonNullable<NonNullable<SdkProfile["http"]>["anyHost"]>;

const chat = (id: string, sdk: string, modules: readonly string[], urls: readonly string[], maxOutput: readonly string[], anyHost?: AnyHost): SdkProfile => ({
  id: `http.${id}.chat`,
  sdk,
  modules,
  ...CHAT,
  maxOutput,
  http: { urls, ...(anyHost ? { anyHost } : {}) },
});

/**
 * Keys only Ollama's `/api/chat` and `/api/generate` bodies take (ollama's GenerateRequest / ChatRequest typings):
 * with a base URL the code does not show, `/api/chat` is as likely the app's own route, so one of them must be sent.
 */
const OLLAMA_KEYS = ["options", "keep_alive", "context", "raw", "template", "think", "format", "suffix"];

const OPENAI_CAP = ["max_completion_tokens", "max_tokens"];
const COMPATIBLE_CAP = ["max_tokens", "max_completion_tokens"];

export const HTTP_PROFILES: readonly SdkProfile[] = [
  chat("openai", "OpenAI API (HTTP)", ["https://api.openai.com*"], ["^https?://api\\.openai\\.com/v1/chat/completions$"], OPENAI_CAP),
  // A deployment's path is Azure's alone: with a resource URL the code does not show, the chat body (`messages`; the
  // model is the deployment) is enough.
  chat("azure", "Azure OpenAI API (HTTP)", [], [`${ANY_HOST}/openai/deployments/[^/]+/chat/completions$`], COMPATIBLE_CAP, [
    { path: "/openai/deployments/[^/]+/chat/completions$", body: ["messages"] },
  ]),
  chat("openrouter", "OpenRouter API (HTTP)", ["https://openrouter.ai*"], ["^https?://openrouter\\.ai/api/v1/chat/completions$"], COMPATIBLE_CAP),
  chat("groq", "Groq API (HTTP)", ["https://api.groq.com*"], ["^https?://api\\.groq\\.com/openai/v1/chat/completions$"], OPENAI_CAP),
  chat("mistral", "Mistral API (HTTP)", ["https://api.mistral.ai*"], ["^https?://api\\.mistral\\.ai/v1/chat/completions$"], ["max_tokens"]),
  chat("deepseek", "DeepSeek API (HTTP)", ["https://api.deepseek.com*"], ["^https?://api\\.deepseek\\.com(/v1)?/chat/completions$"], ["max_tokens"]),
  chat("together", "Together API (HTTP)", ["https://api.together.xyz*"], ["^https?://api\\.together\\.(xyz|ai)/v1/chat/completions$"], ["max_tokens"]),
  chat("fireworks", "Fireworks API (HTTP)", ["https://api.fireworks.ai*"], ["^https?://api\\.fireworks\\.ai/inference/v1/chat/completions$"], COMPATIBLE_CAP),
  chat("xai", "xAI API (HTTP)", ["https://api.x.ai*"], ["^https?://api\\.x\\.ai/v1/chat/completions$"], COMPATIBLE_CAP),
  chat("perplexity", "Perplexity API (HTTP)", ["https://api.perplexity.ai*"], ["^https?://api\\.perplexity\\.ai(/v1)?/chat/completions$"], ["max_tokens"]),
  chat("cerebras", "Cerebras API (HTTP)", ["https://api.cerebras.ai*"], ["^https?://api\\.cerebras\\.ai/v1/chat/completions$"], COMPATIBLE_CAP),
  // Any other server speaking OpenAI's chat API (llama.cpp, vLLM, LM Studio, MLX, gateways): the path is distinctive.
  // A URL the code does not show at all (the user's "custom API URL") counts only with the chat body and its cap.
  {
    ...chat("compatible", "OpenAI-compatible API (HTTP)", [], [`${ANY_HOST}(/[^?#]*)?/chat/completions$`], COMPATIBLE_CAP, [
      { path: "/chat/completions$", body: ["model", "messages"] },
    ]),
    http: {
      urls: [`${ANY_HOST}(/[^?#]*)?/chat/completions$`],
      // OpenAI's own path (`/v1/chat/completions`) names the API: the conversation is enough (a wrapper may add the
      // model: `body.model = body.model ?? config.chatModel`). A shorter `/chat/completions` needs the model too.
      // A body the code does not show at the request (a wrapper's parameter) with this path: no other API has it.
      anyHost: [
        { path: "/v1/chat/completions$", body: ["messages"], pathAlone: true },
        { path: "/chat/completions$", body: ["model", "messages"], pathAlone: true },
      ],
      unknownUrl: { body: ["model", "messages"], oneOf: COMPATIBLE_CAP },
    },
  },
  {
    // Cohere v2 `POST /v2/chat` (cohere-ai 8.1.0 serialization V2ChatRequest.Raw: `model`, `messages`, `tools`,
    // `max_tokens`, `tool_choice`; the client's base is https://api.cohere.com). Tools are OpenAI-shaped (ToolV2).
    id: "http.cohere.v2.chat",
    sdk: "Cohere API (HTTP)",
    modules: ["https://api.cohere.com*", "https://api.cohere.ai*"],
    ...CHAT,
    toolChoice: ["tool_choice"],
    maxOutput: ["max_tokens"],
    http: { urls: ["^https?://api\\.cohere\\.(com|ai)/v2/chat$"], anyHost: [{ path: "/v2/chat$", body: ["model", "messages"] }] },
  },
  {
    // Cohere v1 `POST /v1/chat` (ChatRequest.Raw: `message`, `chat_history`, `preamble`, `model`, `max_tokens`; its
    // tools are Cohere's own `parameter_definitions` shape, not read here).
    id: "http.cohere.v1.chat",
    sdk: "Cohere API (HTTP)",
    modules: [],
    exports: [],
    instance: false,
    paths: [],
    kind: "generate",
    model: "model",
    messages: ["chat_history", "message"],
    system: "preamble",
    maxOutput: ["max_tokens"],
    http: { urls: ["^https?://api\\.cohere\\.(com|ai)/v1/chat$"], anyHost: [{ path: "/v1/chat$", body: ["message", "chat_history"] }] },
  },
  {
    id: "http.openai.responses",
    sdk: "OpenAI API (HTTP)",
    modules: [],
    ...CHAT,
    messages: "input",
    system: "instructions",
    toolFormat: "openai-responses",
    toolChoice: ["tool_choice"],
    requestFormat: "openai-responses",
    maxOutput: ["max_output_tokens"],
    http: {
      urls: ["^https?://api\\.openai\\.com/v1/responses$", "^https?://openrouter\\.ai/api/v1/responses$"],
      anyHost: [{ path: "/responses$", body: ["model", "input"] }],
    },
  },
  {
    id: "http.openai.completions",
    sdk: "OpenAI-compatible API (HTTP)",
    modules: [],
    ...CHAT,
    messages: "prompt",
    maxOutput: ["max_tokens"],
    defaultMaxOutput: 16,
    http: { urls: [`${ANY_HOST}(/[^?#]*)?/v1/completions$`], anyHost: [{ path: "(?<!/chat)/completions$", body: ["model", "prompt"] }] },
  },
  {
    id: "http.anthropic.messages",
    sdk: "Anthropic API (HTTP)",
    modules: ["https://api.anthropic.com*"],
    ...CHAT,
    system: "system",
    toolFormat: "anthropic",
    toolChoice: ["tool_choice"],
    maxOutput: ["max_tokens"],
    http: {
      urls: ["^https?://api\\.anthropic\\.com/v1/messages$"],
      // A base URL that ends in /v1 is common (`${ANTHROPIC_API_BASE}/messages`): then the cap the API requires marks it.
      anyHost: [
        { path: "/v1/messages$", body: ["model", "messages"] },
        { path: "/messages$", body: ["model", "messages", "max_tokens"] },
      ],
      // A URL the code does not show with the body Anthropic requires and a key OpenAI's chat body has not
      // (`top_k`, a top-level `system`, `stop_sequences`): Anthropic's, not the OpenAI-compatible chat body.
      unknownUrl: { body: ["model", "messages", "max_tokens"], oneOf: ["system", "top_k", "stop_sequences"] },
    },
  },
  {
    id: "http.gemini.generateContent",
    sdk: "Gemini API (HTTP)",
    modules: ["https://generativelanguage.googleapis.com*"],
    ...CHAT,
    messages: "contents",
    system: "systemInstruction",
    toolFormat: "google",
    maxOutput: ["generationConfig.maxOutputTokens", "generation_config.max_output_tokens"],
    http: {
      urls: ["^https?://([a-z0-9-]+-)?(generativelanguage|aiplatform)\\.googleapis\\.com/.*/models/[^/:]+:(generateContent|streamGenerateContent)$"],
      modelInUrl: "/models/([^/:]+):",
      anyHost: [{ path: "/models/[^/:]+:(generateContent|streamGenerateContent)$", body: ["contents"], pathAlone: true }],
    },
  },
  {
    id: "http.ollama",
    sdk: "Ollama API (HTTP)",
    modules: ["http://localhost:11434*", "http://127.0.0.1:11434*"],
    ...CHAT,
    system: "system",
    maxOutput: ["options.num_predict"],
    carriedContext: "context",
    http: {
      urls: ["^https?://[^/]+:11434/api/(chat|generate)$"],
      anyHost: [
        { path: "/api/chat$", body: ["model", "messages"], oneOf: OLLAMA_KEYS },
        { path: "/api/generate$", body: ["model", "prompt"], oneOf: OLLAMA_KEYS },
      ],
    },
  },
  {
    // Bedrock Runtime's Converse over HTTP (@aws-sdk/client-bedrock-runtime's own routes: `POST /model/{modelId}/converse`
    // and `/converse-stream` on `bedrock-runtime.{region}.amazonaws.com`): the model is in the URL, the body is the
    // Converse input (`messages`, `system`, `toolConfig.tools`, `inferenceConfig.maxTokens`).
    id: "http.bedrock.converse",
    sdk: "Amazon Bedrock API (HTTP)",
    modules: ["https://bedrock-runtime*"],
    exports: [],
    instance: false,
    paths: [],
    kind: "generate",
    messages: "messages",
    system: "system",
    tools: "toolConfig.tools",
    toolFormat: "bedrock",
    maxOutput: ["inferenceConfig.maxTokens"],
    http: {
      urls: ["^https?://bedrock-runtime(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/model/[^/]+/converse(-stream)?$"],
      modelInUrl: "/model/([^/]+)/converse",
    },
  },
  {
    // The same models over Cloudflare's REST API: `POST https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/run/{model}`
    // with the binding's inputs as the JSON body. The model is in the URL; a request whose model the code does not
    // show counts only with a chat body (`messages`): `{ prompt }` is also what the image models take.
    id: "http.workers-ai.run",
    sdk: "Cloudflare Workers AI",
    modules: ["https://api.cloudflare.com*"],
    exports: [],
    instance: false,
    paths: [],
    kind: "generate",
    messages: ["messages", "prompt"],
    otherMaxOutput: ["max_tokens"],
    textRequest: { shapes: [["messages"]], textModels: WORKERS_TEXT_MODELS, otherModels: WORKERS_OTHER_MODELS },
    http: { urls: ["^https?://api\\.cloudflare\\.com/client/v4/accounts/[^/]+/ai/run/.+$"], modelInUrl: "/ai/run/(.+)$" },
  },
];

/**
 * For the text gate: the ends of the `anyHost` paths as a file writes them (a quote or backtick after the path), for
 * a file that names no provider's host (`/chat/completions` is found by "completions").
 */
export const HTTP_PATH_HINTS: readonly string[] = [
  "/messages[\"'`]",
  ":(?:stream)?[gG]enerateContent",
  "/api/(?:chat|generate)[\"'`]",
  "/responses[\"'`]",
  "/v[12]/chat[\"'`]",
  // A request to a URL the code does not show counts by its body (`unknownUrl`), which always names a cap key (the
  // compatible body one of these, Anthropic's `max_tokens`): a file that names one.
  ...COMPATIBLE_CAP.map((key) => `\\b${key}\\b`),
];

const JSON_BODY = { url: { arg: 0 }, body: { arg: 1, key: "json" } } as const;
const AXIOS_METHODS = { paths: [["post"], ["put"], ["patch"]], url: { arg: 0 }, body: { arg: 1 } } as const;
const AXIOS_CONFIG = { paths: [[], ["request"]], url: { arg: 0, key: "url" }, body: { arg: 0, key: "data" } } as const;

/** HTTP clients: how each is called, where its URL and JSON body go. */
export const HTTP_CLIENTS: readonly HttpClient[] = [
  // fetch(url, { method, headers, body: JSON.stringify({...}) }): global, node-fetch, cross-fetch, undici.
  {
    id: "fetch",
    globals: ["fetch"],
    modules: ["node-fetch", "cross-fetch", "isomorphic-fetch", "isomorphic-unfetch", "undici"],
    exports: ["default", "fetch", "require"],
    instance: false,
    paths: [[]],
    url: { arg: 0 },
    body: { arg: 1, key: "body" },
  },
  // @microsoft/fetch-event-source 2.0.1: fetchEventSource(input, { onmessage, ...rest: RequestInit }), fetch's shape.
  {
    id: "fetch-event-source",
    modules: ["@microsoft/fetch-event-source"],
    exports: ["fetchEventSource"],
    instance: false,
    paths: [[]],
    url: { arg: 0 },
    body: { arg: 1, key: "body" },
  },
  // An Electron app's IPC bridge to the main process, which makes the request: window.electron.request({ url, body }).
  // Only with a URL that reaches a provider's endpoint (the path is the evidence, as for fetch).
  { id: "ipc.bridge", bridgeMethods: ["request"], modules: [], exports: [], instance: false, paths: [], url: { arg: 0, key: "url" }, body: { arg: 0, key: "body" } },
  // axios.post(url, data), axios({ url, data }); axios.create({ baseURL }) makes an instance called the same way.
  { id: "axios", modules: ["axios"], exports: ["default", "require"], instance: false, ...AXIOS_METHODS },
  { id: "axios.config", modules: ["axios"], exports: ["default", "require"], instance: false, ...AXIOS_CONFIG },
  { id: "axios.create", modules: ["axios"], exports: ["default", "require"], instance: false, paths: [["create"]], produces: "AxiosInstance" },
  { id: "axios.instance", modules: ["axios"], exports: ["AxiosInstance"], instance: true, ...AXIOS_METHODS, baseUrlKey: "baseURL" },
  { id: "axios.instance.config", modules: ["axios"], exports: ["AxiosInstance"], instance: true, ...AXIOS_CONFIG, baseUrlKey: "baseURL" },
  // ky.post(url, { json }), ky(url, { method, json }); ky.create / ky.extend({ prefixUrl }).
  { id: "ky", modules: ["ky"], exports: ["default", "require"], instance: false, paths: [[], ["post"]], ...JSON_BODY },
  { id: "ky.create", modules: ["ky"], exports: ["default", "require"], instance: false, paths: [["create"], ["extend"]], produces: "KyInstance" },
  { id: "ky.instance", modules: ["ky"], exports: ["KyInstance"], instance: true, paths: [[], ["post"]], ...JSON_BODY, baseUrlKey: "prefixUrl" },
  // got(url, { json }), got.post(url, { json }); got.extend({ prefixUrl }).
  { id: "got", modules: ["got"], exports: ["default", "got", "require"], instance: false, paths: [[], ["post"]], ...JSON_BODY },
  { id: "got.extend", modules: ["got"], exports: ["default", "got", "require"], instance: false, paths: [["extend"]], produces: "Got" },
  { id: "got.instance", modules: ["got"], exports: ["Got"], instance: true, paths: [[], ["post"]], ...JSON_BODY, baseUrlKey: "prefixUrl" },
  // https.request(url | { hostname, path }, callback): the body is written to the request it returns (req.write, req.end).
  {
    id: "node.request",
    modules: ["https", "node:https", "http", "node:http"],
    exports: ["default", "*", "require"],
    instance: false,
    paths: [["request"]],
    url: { arg: 0, hostKeys: ["hostname", "host"], pathKey: "path" },
    body: { written: ["write", "end"] },
  },
  {
    id: "node.request.named",
    modules: ["https", "node:https", "http", "node:http"],
    exports: ["request"],
    instance: false,
    paths: [[]],
    url: { arg: 0, hostKeys: ["hostname", "host"], pathKey: "path" },
    body: { written: ["write", "end"] },
  },
];
