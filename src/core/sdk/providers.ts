/**
 * The provider a call is billed by, from the SDK profile that matched it (profile.sdk). Multi-provider SDKs and
 * frameworks (AI SDK, LangChain, OpenRouter, Mastra, Genkit, an OpenAI-compatible server over HTTP) are absent:
 * their provider is read from the model name, if at all. Provider names are those of the pricing table.
 */
export const PROVIDER_OF_SDK: Readonly<Record<string, string>> = {
  openai: "openai",
  "OpenAI API (HTTP)": "openai",
  "@openai/agents": "openai",
  "@anthropic-ai/sdk": "anthropic",
  "@anthropic-ai/claude-agent-sdk": "anthropic",
  "Anthropic API (HTTP)": "anthropic",
  "@google/genai": "google",
  "@google/generative-ai": "google",
  "@google-cloud/vertexai": "google",
  "Gemini API (HTTP)": "google",
  "@mistralai/mistralai": "mistral",
  "groq-sdk": "groq",
  "together-ai": "together",
  "@cerebras/cerebras_cloud_sdk": "cerebras",
  "cohere-ai": "cohere",
  "@aws-sdk/client-bedrock-runtime": "bedrock",
  "@aws-sdk/client-bedrock-agent-runtime": "bedrock",
  "Cloudflare Workers AI": "cloudflare",
  chatgpt: "openai",
  "openai-edge": "openai",
  "@azure/openai": "openai",
  ollama: "ollama",
  "@lmstudio/sdk": "lmstudio",
  "Ollama API (HTTP)": "ollama",
  "Azure OpenAI API (HTTP)": "openai",
  "Groq API (HTTP)": "groq",
  "Mistral API (HTTP)": "mistral",
  "DeepSeek API (HTTP)": "deepseek",
  "Together API (HTTP)": "together",
  "xAI API (HTTP)": "xai",
  "Cohere API (HTTP)": "cohere",
  "Amazon Bedrock API (HTTP)": "bedrock",
};

/** The provider of a matched SDK, when the SDK talks to one provider only. */
export function providerOfSdk(sdk: string): string | undefined {
  return Object.hasOwn(PROVIDER_OF_SDK, sdk) ? PROVIDER_OF_SDK[sdk] : undefined;
}

/**
 * Provider packages of multi-provider frameworks (LangChain's `@langchain/anthropic`, the AI SDK's `@ai-sdk/google`):
 * the package names the provider that bills the call.
 */
const PROVIDER_OF_MODULE: readonly { pattern: RegExp; provider: string }[] = [
  { pattern: /^@(?:langchain|ai-sdk)\/openai$/, provider: "openai" },
  { pattern: /^@(?:langchain|ai-sdk)\/anthropic$/, provider: "anthropic" },
  { pattern: /^@(?:langchain\/google-(?:genai|vertexai(?:-web)?|gauth|webauth)|ai-sdk\/google(?:-vertex)?)$/, provider: "google" },
  { pattern: /^@(?:langchain\/mistralai|ai-sdk\/mistral)$/, provider: "mistral" },
  { pattern: /^@(?:langchain|ai-sdk)\/groq$/, provider: "groq" },
  { pattern: /^@(?:langchain|ai-sdk)\/deepseek$/, provider: "deepseek" },
  { pattern: /^@(?:langchain|ai-sdk)\/xai$/, provider: "xai" },
  { pattern: /^@(?:langchain|ai-sdk)\/cohere$/, provider: "cohere" },
  { pattern: /^@(?:langchain\/aws|ai-sdk\/amazon-bedrock)$/, provider: "bedrock" },
  { pattern: /^@langchain\/ollama$|^ollama-ai-provider/, provider: "ollama" },
];

/** The provider a framework's provider package bills (undefined for any other module). */
export function providerOfModule(module: string | undefined): string | undefined {
  return module === undefined ? undefined : PROVIDER_OF_MODULE.find((p) => p.pattern.test(module))?.provider;
}

/**
 * Providers whose models run on a server the user runs (Ollama's models are downloaded and served by the user's own
 * `ollama serve`): no per-token price. `paidHosts`: the provider's own cloud, billed by plan (ollama.com's hosted
 * models), where a client sent there is not local.
 */
export const SELF_HOSTED_PROVIDERS: Readonly<Record<string, { name: string; paidHosts: RegExp }>> = {
  ollama: { name: "Ollama", paidHosts: /(?:^|\.)ollama\.com$/i },
  // LM Studio's SDK talks to the LM Studio app the user runs (a ws:// URL): it has no cloud.
  lmstudio: { name: "LM Studio", paidHosts: /(?!)/ },
};

/**
 * Hosts of the user's own machine: a model server there (LM Studio on :1234, llama.cpp's server and MLX on :8080,
 * vLLM on :8000, Ollama's OpenAI-compatible /v1) has no per-token price. A host on another machine may be a paid
 * gateway, so only these count.
 */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|host\.docker\.internal)(?::\d+)?$/i;

/** The host of an absolute http(s) URL, when the code shows all of it (undefined for a host it cannot read). */
export function hostOfUrl(url: string): string | undefined {
  const host = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1];
  return host && !host.includes("\u0000") ? host.replace(/^[^@]*@/, "") : undefined;
}

/** Whether a host (with its port) is the user's own machine. */
export function isLocalHost(host: string): boolean {
  return LOCAL_HOST.test(host);
}
