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
  /**
   * AI SDK: `stopWhen` (stepCountIs(n), arrays of conditions: the first met stops) or `maxSteps` (v4). Step-count
   * conditions are `stepCountFunctions` imported from `module`; `toolCallFunctions` stop on a tool call, not a count.
   * Without tools there is one step whatever the condition.
   */
  | {
      kind: "ai-steps";
      defaultSteps: number;
      module: string;
      stepCountFunctions: readonly string[];
      toolCallFunctions: readonly string[];
    }
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
      /** What one unit of the option counts. */
      unit: "steps" | "turns" | "iterations";
      /**
       * The default is `default` per item of this key of the construction the run runs on (a Mastra 0.x AgentNetwork
       * routes `agents.length * 10` steps): read from a literal list, else not visible.
       */
      defaultPerItem?: string;
      /** Other options that bound a run when this one is not set (the Claude Agent SDK's maxBudgetUsd: a budget is a cap). */
      alternatives?: readonly { key: string; kind: "budget" | "time" }[];
    }
  /**
   * The framework has no step, turn or iteration option at all: every run is unbounded (a LlamaIndex workflow agent
   * stops only at its timeout). `why` says so in the message, `fix` what to do instead (no suggestion: no key to add).
   */
  | { kind: "uncapped"; why: string; fix: string };

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
  /**
   * Keys of the options argument that may wrap the request options, the first present one counts: SDK versions that
   * moved the body under a key (@openrouter/sdk 0.9-0.10 `{ chatGenerationParams: {...} }`, 0.11+ `{ chatRequest: {...} }`).
   * When the argument has none of them it is the body itself (0.5.x).
   */
  optionsUnder?: readonly string[];
  /**
   * The options are the call's last argument and hold everything the request may set (@azure/openai's
   * `getChatCompletions(deployment, messages, options?)`): a call that stops before it sends no cap. Without this, a
   * missing later argument is read as not visible (`initChatModel("gpt-4o")` may be configured at run time).
   */
  trailingOptions?: boolean;
  /**
   * Keys of a client's options naming the server it sends to (`baseURL`, ollama's `host`): a server on the user's
   * own machine (providers.ts `isLocalHost`) serves its models at no per-token price.
   */
  serverUrl?: readonly string[];
  /** Index of the per-request options argument (`{ maxRetries, timeout }`). */
  requestOptionsArg?: number;
  /** The key of the model id (or model object) in the options. */
  model?: string;
  /** More keys a construction may name its model by (`modelName`, LangGraph's `llm`). */
  modelAliases?: readonly string[];
  /** What the estimate of such a call cannot see, said among its assumptions (a server-side agent's own model calls). */
  estimateNote?: string;
  /** The model the SDK uses when the code names none (chatgpt's ChatGPTAPI: "gpt-3.5-turbo"). */
  defaultModelId?: string;
  /** The argument holding the model id as a string (`initChatModel("gpt-4o")`). */
  modelArg?: number;
  /** An agent run that takes its agent as an argument (`run(agent, input)`): the agent's settings apply. */
  agentArg?: number;
  /**
   * The call is an agent run only when the argument at `arg` is an instance of one of `exports` of `modules`
   * (Mastra's `createStep(agent)` runs the agent; `createStep({ id, execute })` is a plain step).
   */
  onlyForAgent?: { arg: number; modules: readonly string[]; exports: readonly string[] };
  /** Where the conversation is: keys of the options object (the first present one), or an argument index. */
  messages?: string | readonly string[] | number;
  /**
   * When the conversation argument is an object (a graph state, a chain's input), the keys that hold the history in it,
   * the first present one (default `messages`): LangChain's `chat_history` of a conversational chain's input.
   */
  historyKeys?: readonly string[];
  /** Keys of the system prompt; the first present one counts. */
  system?: string | readonly string[];
  tools?: string;
  /** Tools may be written as a record of plain objects (`{ name: { description, inputSchema } }`): their schema keys. */
  inlineToolSchemaKeys?: readonly string[];
  toolFormat?: ToolFormat;
  /** More keys a request may carry tools under, each in its own format (openai chat's legacy `functions`). */
  moreTools?: readonly { key: string; format: ToolFormat }[];
  /** Keys of the tool choice (`tool_choice`, legacy `function_call`), the first present one counts: it changes the prompt's size. */
  toolChoice?: readonly string[];
  /**
   * The API whose request format the prompt is counted in, when it is not the model provider's usual one (OpenAI's
   * Responses API: `instructions` and `input` items).
   */
  requestFormat?: "openai-responses";
  /** Output cap keys; the first is the one a fix adds, unless `capKeyByExport` names another for the export. */
  maxOutput?: readonly string[];
  /**
   * Cap keys a later major version of the SDK no longer reads (ai 5 renamed `maxTokens` to `maxOutputTokens`): when
   * the project's package.json declares `module` at major `since` or later, these keys are no cap. An unknown
   * version (no package.json, a tag, a workspace link) reads them as before.
   */
  retiredMaxOutput?: { module: string; since: number; keys: readonly string[] };
  /**
   * Below major `belowMajor` of `module` (the version the nearest package.json declares) the cap keys are `keys`
   * instead of `maxOutput` (read, and the first one added by a fix): Mastra 0.x agent runs took AI SDK 4's
   * `maxTokens`, 1.x takes `modelSettings.maxOutputTokens`. An unknown version reads `maxOutput`.
   */
  legacyMaxOutput?: { module: string; belowMajor: number; keys: readonly string[] };
  /**
   * Output cap keys read by the estimate but never required nor added by a fix: the body's schema depends on the
   * model (Bedrock InvokeModel: Anthropic `max_tokens`, Llama `max_gen_len`).
   */
  otherMaxOutput?: readonly string[];
  /**
   * A run called without its options argument takes the defaults of what it runs on (Mastra's `agent.generate(msgs)`
   * uses the Agent's `defaultOptions`): its cap is absent when that construction is visible, reads no cap from its
   * `otherMaxOutput` keys and has none of `unlessKeys` (default-option objects whose shape may hold a cap we do not know).
   */
  defaultsFromConstruction?: { unlessKeys: readonly string[] };
  /** The request continues one whose cap was set by an earlier call (a run resumed with tool outputs): a cap not seen here is unknown, not absent. */
  capSetEarlier?: boolean;
  /**
   * An options key listing the settings a caller may still pass at run time (LangChain's `configurableFields`): when
   * it lists a cap key or "any", the cap is not visible where the model is built.
   */
  runtimeConfigurableKey?: string;
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
  /**
   * A request key carrying the conversation as opaque state the previous reply returned (Ollama's generate
   * `context`, the tokens of the whole conversation): sent back every turn, it grows like a re-sent history.
   */
  carriedContext?: string;
  /**
   * The argument naming a conversation the provider keeps (an Assistants thread id): kept between calls when the file
   * stores it per key and reads it back (`threads.get(user)`), the whole thread is sent every time.
   */
  sessionIdArg?: number;
  /** Options that bound what a kept session sends (Assistants `max_prompt_tokens`, `truncation_strategy`): set, no report. */
  sessionWindowKeys?: readonly string[];
  /**
   * The method (its last names, on the same client) that appends a message to the session `sessionIdArg` names
   * (Assistants `beta.threads.messages.create(threadId, ...)`): a route handler that takes the id from its request
   * body, appends the request's message and runs the session serves a conversation its client keeps: the session
   * grows with every request.
   */
  sessionAppend?: readonly string[];
  /**
   * The run drives a runtime that keeps the session's context itself (an agent harness): what the code passes as
   * messages is not judged as a re-sent history (whether the runtime sends it again is not visible).
   */
  contextKeptByRuntime?: boolean;
  /** A chat-session factory's key that seeds the session with a conversation (`startChat({ history })`). */
  seedHistory?: string;
  /**
   * The cap key a fix adds for some exports (ChatOllama takes numPredict); export patterns as in `exports`. `only`: the
   * export reads no other cap key (ChatOllama ignores `maxTokens`).
   */
  capKeyByExport?: readonly { exports: readonly string[]; key: string; only?: boolean }[];
  /**
   * Exports that send an output cap of their own when the code gives none (LangChain's ChatAnthropic always sends
   * `max_tokens`): no finding, and the estimate counts that cap. `tokens` is the default; from major `since.major` of
   * `since.module` (as the project's package.json declares it) the default is the model's maximum output up to
   * `since.upTo` tokens.
   */
  defaultMaxOutputByExport?: readonly { exports: readonly string[]; tokens: number; since?: { module: string; major: number; upTo: number } }[];
  /** A factory whose result runs the agent (`createReactAgent(...).invoke()`). */
  factory?: boolean;
  /**
   * A model given by name (`createAgent({ model: "openai:gpt-4o" })`) is built by the framework with no options: no
   * output cap when the name matches one of `names` (regular expressions: providers whose chat model has no default
   * cap). `key` says where a cap goes instead (no fix: the name has to become a model instance).
   */
  namedModelUncapped?: { names: readonly string[]; key: string };
  /**
   * Retry libraries: retries before giving up, the delay factor, and the option that retries forever. `attemptsKey`:
   * the library counts attempts, first try included, under that key (exponential-backoff's `numOfAttempts`) instead of
   * `retries`; `factorKey`: the growth factor's key when it is not `factor` (`timeMultiple`).
   */
  retryDefaults?: {
    retries: number;
    factor: number;
    foreverKey?: string;
    attemptsKey?: string;
    factorKey?: string;
    /**
     * The library retries the requests of an HTTP client given at this argument (axios-retry's
     * `axiosRetry(instance, options)`), not a callback: an LLM retry when the file sends a model request through it.
     */
    clientArg?: number;
    /** The wait between attempts is this option's (a function of the retry count); none when it is absent. */
    delayKey?: string;
    /**
     * The option that makes a model request retryable at all: absent, the library's default condition leaves a POST
     * that got an HTTP error alone (axios-retry retries only idempotent methods then), so nothing is judged.
     */
    conditionKey?: string;
  };
  /** Tool definitions: where the parameter schema is. */
  toolSchema?: ToolSchemaLocation;
  /** An agent the framework's own server runs once registered, with the agent's default options (below). */
  servedBy?: ServedBy;
  /**
   * The call is recognised by the model id it names, not by its receiver (a platform binding no import declares):
   * a call of the method `method` whose argument `arg` is a string starting with one of `prefixes` (Cloudflare Workers
   * AI's `env.AI.run("@cf/meta/llama-3.1-8b-instruct", { messages })`). `modules` lists the quoted prefixes
   * ("@cf/*") for the text gate; `exports` and `paths` are empty.
   */
  modelIdCall?: {
    method: string;
    arg: number;
    prefixes: readonly string[];
    /**
     * A binding called with a model id the code does not show (`ENV.AI_BINDING.run(model, body)`): still the call when
     * the receiver's own name matches `names` (a regular expression matched whole, case-sensitive) and the options
     * argument has every key of one of `shapes` (a request only text models take: a chat's `messages`).
     */
    binding?: { names: string; shapes: readonly (readonly string[])[] };
  };
  /**
   * The endpoint also serves models that do not generate text (images, embeddings, a custom container): the call is
   * an LLM call only as this says, otherwise it is no call at all (neither flagged nor priced).
   */
  textRequest?: TextRequest;
  /**
   * A provider's HTTP endpoint called without an SDK (`fetch`, axios, ky, got, node's https): the request is an LLM
   * call when a known HTTP client (profiles/http.ts, HTTP_CLIENTS) is called with a URL that resolves statically to
   * an absolute URL matching one of `urls`; its JSON body is the options object. For such a profile `modules` lists
   * the base URLs as quoted prefixes ("https://api.anthropic.com*"): the text gate looks for them, as it looks for
   * an SDK's module specifier. `exports` and `paths` are empty: it never matches a traced SDK call.
   */
  http?: HttpEndpoint;
}

export interface TextRequest {
  /**
   * The options must have every key of one of these sets (a SageMaker endpoint: `Body.inputs` with
   * `Body.parameters.max_new_tokens`, or `Body.messages`); an options object the file does not show is not text.
   */
  shapes?: readonly (readonly string[])[];
  /** Model ids (regular expressions, case-insensitive) that name models which do not generate text. */
  otherModels?: readonly string[];
  /** Model ids (regular expressions, case-insensitive) of text models: such a request is text whatever its options show. */
  textModels?: readonly string[];
  /** Keys whose presence marks a request to a model that does not generate text (`body.textToImageParams`). */
  otherKeys?: readonly string[];
  /**
   * A regular expression (case-insensitive) on the name of the function that builds the body at `bodyKey`
   * (`body: createBodyImage(params)`): such a body is not a text request.
   */
  otherBuilders?: string;
  bodyKey?: string;
}

/**
 * Where a framework registers agents that its own server then runs with each agent's default options (Mastra:
 * `new Mastra({ agents: { support } })`, its server's generate and stream routes call `agent.generate(messages,
 * body)`): a registry class of the profile's modules, the key listing the agents, the files the framework loads the
 * registry from (relative to the agent's folder or one of its ancestors), and the agent's default cap key.
 */
export interface ServedBy {
  exports: readonly string[];
  key: string;
  entryFiles: readonly string[];
  /** The default output cap of every served run, the first the key a fix adds to the agent's options. */
  capKeys: readonly string[];
  /** Default-option keys whose shape may hold a cap this profile does not read: present, the cap is not judged. */
  unlessKeys: readonly string[];
  /**
   * Earlier majors, decided from the version the nearest package.json declares for `module`: below `belowMajor` the
   * default cap sits under `capKeys` (all of them together cap every served run: one default per route); before
   * `sinceMinor` (of major 0) the agent takes no default options at all, so there is no key to add.
   */
  legacy?: { module: string; belowMajor: number; sinceMinor: number; capKeys: readonly string[]; noDefaults: string };
  /** Model calls per served run: the framework's default step count, unless one of `keys` (default options) sets it. */
  steps: { keys: readonly string[]; default: number; unit: string };
}

export interface HttpEndpoint {
  /** Regular expressions matched against the absolute URL without its query (`^https://api\\.anthropic\\.com/v1/messages$`). */
  urls: readonly string[];
  /** A regular expression whose first group is the model named in the URL (Gemini's `models/{model}:generateContent`). */
  modelInUrl?: string;
  /**
   * The endpoint as reached through a base URL the code does not show (`${config.apiBase}/chat/completions`): a
   * regular expression matched against the end of the URL, and the JSON body keys that must all be present (and, if
   * given, one of `oneOf`) for the request to count. A path other REST APIs end the same way (Slack's, Discord's
   * `/messages`, an app's own `/api/chat`) never makes a call alone; `pathAlone`: a path no other API has
   * (`/chat/completions`) makes one when the body's keys are not visible at the request (a wrapper's parameter, a
   * value built elsewhere): a body the code shows must still have the shape.
   */
  anyHost?: readonly { path: string; body: readonly string[]; oneOf?: readonly string[]; pathAlone?: boolean }[];
  /**
   * The endpoint as reached through a URL the code does not show at all (`fetch(apiUrl, ...)` with `apiUrl` from the
   * user's settings): only a body with every key of `body` and one of `oneOf` counts — a request shape an app's own
   * route has no use for (the model's output cap: `max_tokens`).
   */
  unknownUrl?: { body: readonly string[]; oneOf: readonly string[] };
}

/**
 * A client that sends HTTP requests: the global `fetch`, a module's export (axios, ky, got, node's https) or an
 * instance one of its factories made (`axios.create({ baseURL })`). Data read by sdk/http.ts.
 */
export interface HttpClient {
  id: string;
  /** Global functions (`fetch`, also as `globalThis.fetch`), when not declared in the file. */
  globals?: readonly string[];
  /**
   * A bridge the page's global object exposes (Electron's preload `contextBridge.exposeInMainWorld`): these methods
   * of any object on `window` (`window.electron.request({ url, body })`), the main process making the request.
   */
  bridgeMethods?: readonly string[];
  modules: readonly string[];
  exports: readonly string[];
  instance: boolean;
  /** Method paths after the export or instance; [] is the export itself called. */
  paths: readonly (readonly string[])[];
  /** A factory: the call returns an instance of this name (`axios.create()` an "AxiosInstance"). */
  produces?: string;
  /** Where the URL is: an argument, or a key of the object at that argument (`axios({ url })`). */
  url?: { arg: number; key?: string; hostKeys?: readonly string[]; pathKey?: string };
  /**
   * Where the JSON body is: an argument, or a key of the object there (`{ body: JSON.stringify({...}) }`, `{ json }`);
   * or written to the request the call returns (`const req = https.request(...); req.write(body)`): `written` names
   * the request's methods that take it.
   */
  body?: { arg: number; key?: string } | { written: readonly string[] };
  /** An instance's base URL: this key of its factory call's first argument (`axios.create({ baseURL })`). */
  baseUrlKey?: string;
}

export type ToolSchemaLocation =
  /** A key of the options object at `arg` (e.g. AI SDK tool({ inputSchema })); `rawShape`: a zod shape (MCP registerTool). */
  | { kind: "key"; arg: number; keys: readonly string[]; strictKey?: string; defaultStrict?: boolean; rawShape?: boolean }
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

/** Modules of zod, whose schemas tools take as parameters, and SDKs that re-export its `z` (genkit). */
export const ZOD_MODULES: readonly string[] = ["zod", "zod/v4", "zod/v3", "zod/mini", "zod/v4-mini", "zod/v4/mini", "genkit", "genkit/beta", "@genkit-ai/core"];

/**
 * Functions that wrap a tool parameter schema, by name: what they wrap (a JSON schema or a zod schema) and, for
 * whole-tool helpers, the key of their options that holds it. AI SDK jsonSchema()/zodSchema(), zod-to-json-schema,
 * zod v4 z.toJSONSchema(), openai/helpers/zod zodFunction()/zodResponsesFunction().
 */
export const SCHEMA_WRAPPERS: Readonly<Record<string, { inner: "json" | "zod"; key?: string }>> = {
  jsonSchema: { inner: "json" },
  zodSchema: { inner: "zod" },
  zodToJsonSchema: { inner: "zod" },
  toJSONSchema: { inner: "zod" },
  zodFunction: { inner: "zod", key: "parameters" },
  zodResponsesFunction: { inner: "zod", key: "parameters" },
};

/** Helpers that build a whole provider tool from a zod schema: `zodFunction({ name, parameters })`. */
export const ZOD_TOOL_HELPERS = { modules: ["openai/helpers/zod*"], exports: ["zodFunction", "zodResponsesFunction"], parametersKey: "parameters" } as const;
