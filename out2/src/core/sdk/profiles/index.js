"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AGENT_FACTORIES = exports.AI_SDK_PROVIDER_SERVER_URL = exports.AI_SDK_PROVIDER_MODULES = exports.PROFILES = void 0;
const openai_1 = require("./openai");
const openai_compatible_1 = require("./openai-compatible");
const azure_openai_1 = require("./azure-openai");
const anthropic_1 = require("./anthropic");
const ai_sdk_1 = require("./ai-sdk");
const langchain_1 = require("./langchain");
const openai_agents_1 = require("./openai-agents");
const mcp_1 = require("./mcp");
const google_genai_1 = require("./google-genai");
const google_generative_ai_1 = require("./google-generative-ai");
const bedrock_1 = require("./bedrock");
const sagemaker_1 = require("./sagemaker");
const workers_ai_1 = require("./workers-ai");
const chatgpt_1 = require("./chatgpt");
const mistral_1 = require("./mistral");
const ollama_1 = require("./ollama");
const lmstudio_1 = require("./lmstudio");
const cohere_1 = require("./cohere");
const llamaindex_1 = require("./llamaindex");
const openrouter_1 = require("./openrouter");
const agent_frameworks_1 = require("./agent-frameworks");
const harness_1 = require("./harness");
const retry_libraries_1 = require("./retry-libraries");
const http_1 = require("./http");
/**
 * Defaults checked in the SDKs' own sources (2026): openai and @anthropic-ai/sdk maxRetries 2 with exponential
 * backoff; openai runTools maxChatCompletions 10; Anthropic toolRunner max_iterations has no default; AI SDK v5+
 * generateText/streamText stop after 1 step, ToolLoopAgent after 20; LangChain AgentExecutor maxIterations 15,
 * chat models maxRetries 6; LangGraph recursionLimit 25 (about 2 graph steps per model call); @openai/agents
 * maxTurns 10 (null disables it); p-retry and async-retry 10 retries with factor 2.
 */
exports.PROFILES = [
    ...openai_1.OPENAI_PROFILES,
    ...openai_compatible_1.OPENAI_COMPATIBLE_PROFILES,
    ...azure_openai_1.AZURE_OPENAI_PROFILES,
    ...anthropic_1.ANTHROPIC_PROFILES,
    ...ai_sdk_1.AI_SDK_PROFILES,
    ...langchain_1.LANGCHAIN_PROFILES,
    ...openai_agents_1.OPENAI_AGENTS_PROFILES,
    ...mcp_1.MCP_PROFILES,
    ...google_genai_1.GOOGLE_GENAI_PROFILES,
    ...google_generative_ai_1.GOOGLE_GENERATIVE_AI_PROFILES,
    ...bedrock_1.BEDROCK_PROFILES,
    ...bedrock_1.BEDROCK_AGENT_RUNTIME_PROFILES,
    ...sagemaker_1.SAGEMAKER_PROFILES,
    ...workers_ai_1.WORKERS_AI_PROFILES,
    ...chatgpt_1.CHATGPT_PROFILES,
    ...mistral_1.MISTRAL_PROFILES,
    ...ollama_1.OLLAMA_PROFILES,
    ...lmstudio_1.LMSTUDIO_PROFILES,
    ...cohere_1.COHERE_PROFILES,
    ...openrouter_1.OPENROUTER_PROFILES,
    ...llamaindex_1.LLAMAINDEX_PROFILES,
    ...agent_frameworks_1.AGENT_FRAMEWORK_PROFILES,
    ...harness_1.HARNESS_PROFILES,
    ...retry_libraries_1.RETRY_LIBRARIES_PROFILES,
    ...http_1.HTTP_PROFILES,
];
/** Providers of the AI SDK: `openai("gpt-4o")`, `anthropic.messages("...")`, `createOpenAI({...})("...")`. */
exports.AI_SDK_PROVIDER_MODULES = ["@ai-sdk/*", "@openrouter/ai-sdk-provider", "ollama-ai-provider*", "@ai-sdk/gateway"];
/** The settings key of an AI SDK provider factory naming its server (`createOpenAICompatible({ baseURL })`, `createOllama`). */
exports.AI_SDK_PROVIDER_SERVER_URL = ["baseURL"];
/** LangChain constructors whose result runs an agent via .invoke (createReactAgent returns one). */
exports.AGENT_FACTORIES = exports.PROFILES.filter((p) => p.factory).map((p) => ({
    modules: p.modules,
    exports: p.exports,
    options: p.optionsArg ?? 0,
}));
//# sourceMappingURL=index.js.map