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
  ollama: "ollama",
  "Ollama API (HTTP)": "ollama",
};

/** The provider of a matched SDK, when the SDK talks to one provider only. */
export function providerOfSdk(sdk: string): string | undefined {
  return Object.hasOwn(PROVIDER_OF_SDK, sdk) ? PROVIDER_OF_SDK[sdk] : undefined;
}
