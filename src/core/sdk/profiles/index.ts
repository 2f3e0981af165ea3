import type { SdkProfile } from "../profile-types";
import { OPENAI_PROFILES } from "./openai";
import { OPENAI_COMPATIBLE_PROFILES } from "./openai-compatible";
import { AZURE_OPENAI_PROFILES } from "./azure-openai";
import { ANTHROPIC_PROFILES } from "./anthropic";
import { AI_SDK_PROFILES } from "./ai-sdk";
import { LANGCHAIN_PROFILES } from "./langchain";
import { OPENAI_AGENTS_PROFILES } from "./openai-agents";
import { MCP_PROFILES } from "./mcp";
import { GOOGLE_GENAI_PROFILES } from "./google-genai";
import { GOOGLE_GENERATIVE_AI_PROFILES } from "./google-generative-ai";
import { BEDROCK_AGENT_RUNTIME_PROFILES, BEDROCK_PROFILES } from "./bedrock";
import { SAGEMAKER_PROFILES } from "./sagemaker";
import { WORKERS_AI_PROFILES } from "./workers-ai";
import { CHATGPT_PROFILES } from "./chatgpt";
import { MISTRAL_PROFILES } from "./mistral";
import { OLLAMA_PROFILES } from "./ollama";
import { LMSTUDIO_PROFILES } from "./lmstudio";
import { COHERE_PROFILES } from "./cohere";
import { LLAMAINDEX_PROFILES } from "./llamaindex";
import { OPENROUTER_PROFILES } from "./openrouter";
import { AGENT_FRAMEWORK_PROFILES } from "./agent-frameworks";
import { HARNESS_PROFILES } from "./harness";
import { RETRY_LIBRARIES_PROFILES } from "./retry-libraries";
import { HTTP_PROFILES } from "./http";

/**
 * Defaults checked in the SDKs' own sources (2026): openai and @anthropic-ai/sdk maxRetries 2 with exponential
 * backoff; openai runTools maxChatCompletions 10; Anthropic toolRunner max_iterations has no default; AI SDK v5+
 * generateText/streamText stop after 1 step, ToolLoopAgent after 20; LangChain AgentExecutor maxIterations 15,
 * chat models maxRetries 6; LangGraph recursionLimit 25 (about 2 graph steps per model call); @openai/agents
 * maxTurns 10 (null disables it); p-retry and async-retry 10 retries with factor 2; exponential-backoff 10 attempts
 * (numOfAttempts, first try included) with timeMultiple 2; axios-retry 3 retries, no delay, and a POST retried only on
 * network errors unless a retryCondition says more.
 */
export const PROFILES: readonly SdkProfile[] = [
  ...OPENAI_PROFILES,
  ...OPENAI_COMPATIBLE_PROFILES,
  ...AZURE_OPENAI_PROFILES,
  ...ANTHROPIC_PROFILES,
  ...AI_SDK_PROFILES,
  ...LANGCHAIN_PROFILES,
  ...OPENAI_AGENTS_PROFILES,
  ...MCP_PROFILES,
  ...GOOGLE_GENAI_PROFILES,
  ...GOOGLE_GENERATIVE_AI_PROFILES,
  ...BEDROCK_PROFILES,
  ...BEDROCK_AGENT_RUNTIME_PROFILES,
  ...SAGEMAKER_PROFILES,
  ...WORKERS_AI_PROFILES,
  ...CHATGPT_PROFILES,
  ...MISTRAL_PROFILES,
  ...OLLAMA_PROFILES,
  ...LMSTUDIO_PROFILES,
  ...COHERE_PROFILES,
  ...OPENROUTER_PROFILES,
  ...LLAMAINDEX_PROFILES,
  ...AGENT_FRAMEWORK_PROFILES,
  ...HARNESS_PROFILES,
  ...RETRY_LIBRARIES_PROFILES,
  ...HTTP_PROFILES,
];

/** Providers of the AI SDK: `openai("gpt-4o")`, `anthropic.messages("...")`, `createOpenAI({...})("...")`. */
export const AI_SDK_PROVIDER_MODULES = ["@ai-sdk/*", "@openrouter/ai-sdk-provider", "ollama-ai-provider*", "@ai-sdk/gateway"];

/** The settings key of an AI SDK provider factory naming its server (`createOpenAICompatible({ baseURL })`, `createOllama`). */
export const AI_SDK_PROVIDER_SERVER_URL = ["baseURL"];

/** LangChain constructors whose result runs an agent via .invoke (createReactAgent returns one). */
export const AGENT_FACTORIES: readonly { modules: readonly string[]; exports: readonly string[]; options: number }[] = PROFILES.filter((p) => p.factory).map((p) => ({
  modules: p.modules,
  exports: p.exports,
  options: p.optionsArg ?? 0,
}));

