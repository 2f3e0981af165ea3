/**
 * SDK profiles: how a call to each provider is recognised and where its settings sit.
 * Pure data; the matcher (match.ts) and the rules interpret it. Adding an SDK = adding profiles.
 *
 * Keys are dotted paths inside an options object: "config.maxOutputTokens".
 */

export type CallKind =
  /** One model request. */
  | "generate"
  /** A call that runs a model in a loop until done (framework agent run). */
  | "agent-run"
  /** Constructs an agent whose loop runs later (its cap is set here). */
  | "agent"
  /** Constructs an SDK client or chat model (client-level settings: retries, output cap). */
  | "client"
  /** Defines a tool the model can call. */
  | "tool"
  /** A retry library call. */
  | "retry";

export type ToolFormat =
  | "openai-chat"
  | "openai-responses"
  | "openai-runtools"
  | "anthropic"
  | "google"
  /** Bedrock Converse: `[{ toolSpec: { name, description, inputSchema: { json } } }]`. */
  | "bedrock"
  /** A record or array of AI SDK / LangChain / @openai/agents tool objects. */
  | "framework";

/** The framework's own cap on agent iterations. */
export type AgentCap =
  /** AI SDK: `stopWhen` (stepCountIs(n), arrays of conditions) or `maxSteps` (v4). */
  | { kind: "ai-steps"; defaultSteps: number }
  /**
   * A numeric option. `default` is the SDK's default when the key is absent (undefined = no default: unbounded);
   * `nullUnbounded`: null disables the cap; `callsPerUnit`: model calls per unit of the option
   * (LangGraph's recursionLimit counts graph steps, about two per model call).
   */
  | {
      kind: "option";
      key: string;
      arg: number;
      default?: number;
      nullUnbounded?: boolean;
      callsPerUnit?: number;
      /** The loop runs only when the request sets this key (genkit's maxTurns counts tool turns: "tools"). */
      onlyWith?: string;
    };

export interface SdkProfile {
  /** Stable id, e.g. "openai.chat.completions.create". */
  id: string;
  /** The SDK's display name. */
  sdk: string;
  /** Module specifiers; a trailing "*" matches a prefix ("@langchain/*"). */
  modules: readonly string[];
  /** Exported names; "*" matches any, a leading "/" is a regular expression ("/^Chat[A-Z]/"). */
  exports: readonly string[];
  /** Matched on the value of `new Export(...)` (an instance) rather than the export itself. */
  instance: boolean;
  /** Method paths after the export or instance; [] matches the export itself (a call or `new`). */
  paths: readonly (readonly string[])[];
  /** Matched on `new X(...)` rather than a call. */
  construct?: boolean;
  /**
   * A factory method: the call returns an instance of this export of the same module, built with this call's
   * options (`genAI.getGenerativeModel({ model, generationConfig })` makes a `GenerativeModel`). Calls on that
   * instance find their model, output cap, system prompt and tools on this call.
   */
  produces?: string;
  /** Also matched when the receiver is an import from an unknown (local) module: the path is distinctive. */
  distinctivePath?: boolean;
  kind: CallKind;
  /**
   * The request is a command object (AWS SDK v3: `client.send(new ConverseCommand(input))`): the profile matches only
   * when the argument at `arg` is built by `new` of one of `exports` (of the profile's modules), inline or through a
   * const, and the request options are that constructor's first argument (set `optionsArg` to `arg`).
   */
  command?: { arg: number; exports: readonly string[] };
  /** Index of the argument holding the request options object. */
  optionsArg?: number;
  /** Index of the per-request options argument (`{ maxRetries, timeout }`). */
  requestOptionsArg?: number;
  model?: string;
  /** Where the conversation is: a key of the options object, or an argument index. */
  messages?: string | number;
  system?: string;
  tools?: string;
  toolFormat?: ToolFormat;
  /** Output cap keys; the first is the one a fix adds. */
  maxOutput?: readonly string[];
  /**
   * Output cap keys read by the estimate but never required nor added by a fix: the body's schema depends on the
   * model (Bedrock InvokeModel: Anthropic `max_tokens`, Llama `max_gen_len`).
   */
  otherMaxOutput?: readonly string[];
  /** The request continues one whose cap was set by an earlier call (a run resumed with tool outputs): a cap not seen here is unknown, not absent. */
  capSetEarlier?: boolean;
  /** The API's own output cap when the call sets none (openai legacy completions: 16 tokens). */
  defaultMaxOutput?: number;
  /**
   * The SDK's own retry setting: its key, its default, and what it counts. "retries" (the default) counts retries
   * after the first try (`maxRetries: 2` = 3 attempts); "attempts" counts every try, the first included (AWS SDK v3's
   * `maxAttempts: 3` = 3 attempts). `arg`: the argument holding it when the profile reads no request options
   * (a client whose configuration holds nothing else a rule reads).
   */
  maxRetries?: { key: string; default: number; counts?: "attempts" | "retries"; arg?: number };
  agentCap?: AgentCap;
  /**
   * The SDK keeps the conversation and re-sends all of it with every call (chat sessions, Assistants threads): the
   * input grows each turn whatever the code passes.
   */
  resendsHistory?: boolean;
  /** Tool definitions: where the parameter schema is. */
  toolSchema?: ToolSchemaLocation;
}

export type ToolSchemaLocation =
  /** A key of the options object at `arg` (e.g. AI SDK tool({ inputSchema })). */
  | { kind: "key"; arg: number; keys: readonly string[]; strictKey?: string; defaultStrict?: boolean }
  /** MCP server.tool(name, [description], shape, [annotations], cb): the first object literal argument after the name. */
  | { kind: "mcp-tool" };

/** Instance methods that return (a configured copy of) the same model or client. */
export const PASSTHROUGH_METHODS = new Set([
  "bindTools",
  "withStructuredOutput",
  "withRetry",
  "withConfig",
  "bind",
  "withFallbacks",
  "withListeners",
  "withOptions",
]);

/** Functions that wrap a client and return it (tracing and observability wrappers). */
export const CLIENT_WRAPPERS = new Set(["wrapOpenAI", "observeOpenAI", "wrapAnthropic", "wrapAISDKModel", "wrapSDK", "traceable", "wrapGemini"]);
