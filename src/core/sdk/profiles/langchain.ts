import type { SdkProfile } from "../profile-types";

const LANGCHAIN_CHAT = {
  modules: ["@langchain/*", "langchain/chat_models/*"],
  // Which exports are chat models: ChatOpenAI, AzureChatOpenAI; not ChatPromptTemplate, ChatMessage, ChatMessageHistory,
  // ChatGeneration, ChatPromptValue, chat agents, chains or output parsers (these take no output cap and make no call).
  // BaseChatModel: the base class of them all, the type a field or parameter holding any of them is declared with
  // (@langchain/core language_models/chat_models.d.ts: `abstract class BaseChatModel`, its invoke/stream/batch).
  exports: ["/^(?!.*(Prompt|Message|History|Template|Generation|Chunk|Value|Agent|Chain|Parser))(Chat[A-Z]|AzureChat|BaseChatModel$)/"],
  instance: true,
} as const;

/** The chat models a LangChain composition runs (the exports above, and `initChatModel`'s result). */
export const LANGCHAIN_CHAT_MODELS = LANGCHAIN_CHAT;

/**
 * LangChain Expression Language: runnables composed into chains. Invoking the chain (`chain.invoke/stream/batch`)
 * runs the chat model among its parts (@langchain/core 1.5 dist/runnables/base.d.ts, langchain 0.0.156
 * dist/schema/runnable/base.d.ts: `Runnable.pipe(coerceable)` returns a RunnableSequence; `RunnableSequence.from([first,
 * ...runnables])`, `RunnableMap.from(steps)`, `RunnablePassthrough.assign(mapping)`; an object literal in a sequence is
 * a RunnableMap, a function a RunnableLambda).
 */
export const LANGCHAIN_COMPOSITION = {
  modules: ["@langchain/*", "langchain", "langchain/*"],
  /** Instance methods of any runnable that compose it with their arguments. */
  methods: ["pipe", "assign"],
  /** Of those, the ones read as a composition even on a receiver that cannot be traced, when an argument is a chat model. */
  untracedReceiver: ["pipe"],
  /** Classes whose static `from` / `assign` compose their arguments, and whose constructor composes its options. */
  classes: ["RunnableSequence", "RunnableMap", "RunnableParallel", "RunnablePassthrough", "RunnableBranch", "RunnableWithMessageHistory"],
  statics: ["from", "assign"],
  /** Static factories of other classes whose result is an instance of the class (`ChatPromptTemplate.fromTemplate(...)`). */
  instanceFactory: /^from[A-Z]/,
  /** The export name of a composition holding no model (still a runnable: `.pipe` on it composes). */
  runnable: "Runnable",
} as const;

/** LangGraph agent factories: their result runs the agent (`createReactAgent({ llm, tools }).invoke(...)`). */
const LANGGRAPH_FACTORY = {
  modules: ["@langchain/langgraph/prebuilt", "@langchain/langgraph", "langchain"],
  exports: ["createReactAgent", "createAgent"],
} as const;

/** langchain's legacy agent-executor factories: their result runs the agent (`executor.call({ input })`). */
const AGENT_EXECUTOR_FACTORY = {
  modules: ["langchain/agents", "langchain"],
  exports: ["initializeAgentExecutor", "initializeAgentExecutorWithOptions"],
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
    // A chain's input (`chain.invoke({ question, chat_history })`): the history a conversational chain formats into its prompt.
    historyKeys: ["messages", "chat_history", "history"],
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
  // langchain 0.0.x-0.3 (dist/agents/initialize.js): `initializeAgentExecutor(tools, llm, agentType, verbose,
  // callbackManager)` builds an AgentExecutor through fromAgentAndTools with no way to set maxIterations (default 15,
  // dist/agents/executor.js); `initializeAgentExecutorWithOptions(tools, llm, options)` takes it in its options.
  {
    id: "langchain.initializeAgentExecutor",
    sdk: "@langchain",
    ...AGENT_EXECUTOR_FACTORY,
    exports: ["initializeAgentExecutor"],
    instance: false,
    paths: [[]],
    kind: "agent",
    factory: true,
    // No options argument: the default always applies (arg 5 is past the last parameter).
    agentCap: { kind: "option", key: "maxIterations", arg: 5, default: 15, unit: "iterations" },
  },
  {
    id: "langchain.initializeAgentExecutorWithOptions",
    sdk: "@langchain",
    ...AGENT_EXECUTOR_FACTORY,
    exports: ["initializeAgentExecutorWithOptions"],
    instance: false,
    paths: [[]],
    kind: "agent",
    factory: true,
    optionsArg: 2,
    agentCap: { kind: "option", key: "maxIterations", arg: 2, default: 15, unit: "iterations" },
  },
  {
    id: "langchain.agentExecutor.run",
    sdk: "@langchain",
    ...AGENT_EXECUTOR_FACTORY,
    instance: true,
    paths: [["call"], ["invoke"], ["run"], ["stream"]],
    kind: "agent-run",
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
