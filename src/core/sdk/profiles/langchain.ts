import type { SdkProfile } from "../profile-types";

const LANGCHAIN_CHAT = {
  modules: ["@langchain/*", "langchain/chat_models/*"],
  // Which exports are chat models: ChatOpenAI, AzureChatOpenAI; not ChatPromptTemplate, ChatMessage, ChatMessageHistory,
  // ChatGeneration, ChatPromptValue, chat agents, chains or output parsers (these take no output cap and make no call).
  exports: ["/^(?!.*(Prompt|Message|History|Template|Generation|Chunk|Value|Agent|Chain|Parser))(Chat[A-Z]|AzureChat)/"],
  instance: true,
} as const;

/** LangGraph agent factories: their result runs the agent (`createReactAgent({ llm, tools }).invoke(...)`). */
const LANGGRAPH_FACTORY = {
  modules: ["@langchain/langgraph/prebuilt", "@langchain/langgraph", "langchain"],
  exports: ["createReactAgent", "createAgent"],
} as const;

/** LangChain */
export const LANGCHAIN_PROFILES: readonly SdkProfile[] = [
  {
    id: "langchain.chatModel",
    sdk: "@langchain",
    ...LANGCHAIN_CHAT,
    paths: [[]],
    construct: true,
    kind: "client",
    optionsArg: 0,
    model: "model",
    modelAliases: ["modelName", "modelId"],
    // modelKwargs are spread into the request body (@langchain/openai 1.x chat_models/completions.js).
    maxOutput: ["maxTokens", "maxOutputTokens", "maxCompletionTokens", "max_tokens", "numPredict", "modelKwargs.max_tokens", "modelKwargs.max_completion_tokens"],
    capKeyByExport: [
      // @langchain/ollama chat_models.js sends `num_predict: this.numPredict` and reads no maxTokens.
      { exports: ["ChatOllama"], key: "numPredict", only: true },
      { exports: ["/^Chat(GoogleGenerativeAI|VertexAI|Google)/"], key: "maxOutputTokens" },
    ],
    // @langchain/anthropic always sends max_tokens: 0.x `maxTokens = 2048`; 1.x defaultMaxOutputTokensForModel (the
    // model's output limit up to 16,384; 4,096 for an unknown model).
    defaultMaxOutputByExport: [{ exports: ["ChatAnthropic"], tokens: 2048, since: { module: "@langchain/anthropic", major: 1, upTo: 16384 } }],
    maxRetries: { key: "maxRetries", default: 6 },
    // ChatOpenAI's `configuration.baseURL` (ClientOptions), ChatOllama's `baseUrl`.
    serverUrl: ["configuration.baseURL", "baseUrl", "baseURL"],
  },
  {
    id: "langchain.chatModel.invoke",
    sdk: "@langchain",
    ...LANGCHAIN_CHAT,
    paths: [["invoke"], ["stream"], ["batch"], ["streamEvents"], ["call"], ["predict"], ["generate"]],
    kind: "generate",
    messages: 0,
  },
  {
    id: "langchain.initChatModel",
    sdk: "@langchain",
    modules: ["langchain/chat_models/universal", "langchain", "@langchain/classic/chat_models/universal", "@langchain/classic"],
    exports: ["initChatModel"],
    instance: false,
    paths: [[]],
    kind: "client",
    optionsArg: 1,
    modelArg: 0,
    maxOutput: ["maxTokens", "maxOutputTokens", "maxCompletionTokens", "max_tokens"],
    runtimeConfigurableKey: "configurableFields",
  },
  {
    id: "langchain.AgentExecutor",
    sdk: "@langchain",
    modules: ["langchain/agents", "langchain"],
    exports: ["AgentExecutor"],
    instance: false,
    paths: [[]],
    construct: true,
    kind: "agent",
    optionsArg: 0,
    tools: "tools",
    toolFormat: "framework",
    agentCap: { kind: "option", key: "maxIterations", arg: 0, default: 15, unit: "iterations" },
  },
  {
    id: "langchain.AgentExecutor.fromAgentAndTools",
    sdk: "@langchain",
    modules: ["langchain/agents", "langchain"],
    exports: ["AgentExecutor"],
    instance: false,
    paths: [["fromAgentAndTools"]],
    kind: "agent",
    optionsArg: 0,
    tools: "tools",
    toolFormat: "framework",
    agentCap: { kind: "option", key: "maxIterations", arg: 0, default: 15, unit: "iterations" },
  },
  {
    id: "langgraph.createReactAgent",
    sdk: "@langchain/langgraph",
    ...LANGGRAPH_FACTORY,
    instance: false,
    paths: [[]],
    kind: "agent",
    factory: true,
    optionsArg: 0,
    model: "llm",
    modelAliases: ["model"],
    // langchain 1.5 dist/agents/nodes/AgentNode.js:117: a model name becomes initChatModel(name), no maxTokens.
    // ChatOpenAI and ChatGoogleGenerativeAI have no default cap (ChatAnthropic has one: not listed).
    namedModelUncapped: {
      names: ["^(?:openai|azure_openai|google-genai|google-vertexai):", "^(?:gpt-|o\\d|chatgpt-|gemini)"],
      key: "maxTokens on a model instance (model: new ChatOpenAI({ model, maxTokens }))",
    },
    system: ["prompt", "systemPrompt", "stateModifier", "messageModifier"],
    tools: "tools",
    toolFormat: "framework",
  },
  {
    id: "langgraph.agent.invoke",
    sdk: "@langchain/langgraph",
    ...LANGGRAPH_FACTORY,
    instance: true,
    paths: [["invoke"], ["stream"], ["streamEvents"]],
    kind: "agent-run",
    messages: 0,
    agentCap: { kind: "option", key: "recursionLimit", arg: 1, default: 25, callsPerUnit: 0.5, unit: "steps" },
  },
  {
    id: "langchain.tool",
    sdk: "@langchain",
    modules: ["@langchain/core/tools", "langchain/tools", "langchain"],
    exports: ["tool"],
    instance: false,
    paths: [[]],
    kind: "tool",
    toolSchema: { kind: "key", arg: 1, keys: ["schema"] },
  },
  {
    id: "langchain.DynamicStructuredTool",
    sdk: "@langchain",
    modules: ["@langchain/core/tools", "langchain/tools"],
    exports: ["DynamicStructuredTool"],
    instance: false,
    paths: [[]],
    construct: true,
    kind: "tool",
    toolSchema: { kind: "key", arg: 0, keys: ["schema"] },
  }
];
