"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPENAI_PROFILES = void 0;
const OPENAI = { modules: ["openai"], exports: ["default", "OpenAI", "AzureOpenAI", "require"], instance: true };
const ASSISTANT_RUN_KEYS = {
    model: "model",
    system: "instructions",
    tools: "tools",
    toolFormat: "openai-chat",
    maxOutput: ["max_completion_tokens"],
    maxRetries: { key: "maxRetries", default: 2 },
};
const OPENAI_CHAT_KEYS = {
    optionsArg: 0,
    requestOptionsArg: 1,
    model: "model",
    messages: "messages",
    tools: "tools",
    maxOutput: ["max_completion_tokens", "max_tokens"],
};
/**
 * openai 3.x: new OpenAIApi(new Configuration({ apiKey })), axios underneath and no built-in retries; the client takes
 * no request settings (no optionsArg). openai-edge (1.2.2, "OpenAI's API from an edge runtime") copies that API on
 * fetch: the same `Configuration` / `OpenAIApi` exports, `createChatCompletion(request, options?)` and
 * `createCompletion(request, options?)` with v3's request types (`max_tokens`, `functions`), no retries either.
 */
function v3Profiles(module, id) {
    const v3 = { sdk: module, modules: [module], exports: ["OpenAIApi"], instance: true };
    return [
        { id: `${id}.client`, ...v3, paths: [[]], construct: true, kind: "client" },
        {
            id: `${id}.createChatCompletion`,
            ...v3,
            paths: [["createChatCompletion"]],
            kind: "generate",
            optionsArg: 0,
            model: "model",
            messages: "messages",
            // v3 function calling: `functions: [{ name, description, parameters }]`, the flat shape of Responses tools.
            tools: "functions",
            toolFormat: "openai-responses",
            maxOutput: ["max_tokens"],
        },
        {
            id: `${id}.createCompletion`,
            ...v3,
            paths: [["createCompletion"]],
            kind: "generate",
            optionsArg: 0,
            model: "model",
            messages: "prompt",
            otherMaxOutput: ["max_tokens"],
            defaultMaxOutput: 16,
        },
    ];
}
/** openai */
exports.OPENAI_PROFILES = [
    {
        id: "openai.client",
        sdk: "openai",
        ...OPENAI,
        paths: [[]],
        construct: true,
        kind: "client",
        optionsArg: 0,
        maxRetries: { key: "maxRetries", default: 2 },
        // ClientOptions.baseURL: LM Studio, llama.cpp, vLLM and Ollama serve OpenAI's API on the user's machine.
        serverUrl: ["baseURL"],
    },
    {
        id: "openai.chat.completions",
        sdk: "openai",
        ...OPENAI,
        paths: [
            ["chat", "completions", "create"],
            ["chat", "completions", "parse"],
            ["chat", "completions", "stream"],
            ["beta", "chat", "completions", "parse"],
            ["beta", "chat", "completions", "stream"],
        ],
        distinctivePath: true,
        kind: "generate",
        ...OPENAI_CHAT_KEYS,
        toolFormat: "openai-chat",
        // Legacy function calling, still in much production code: `functions: [{ name, description, parameters }]`
        // (the flat shape of Responses tools) beside or instead of `tools`.
        moreTools: [{ key: "functions", format: "openai-responses" }],
        toolChoice: ["tool_choice", "function_call"],
        maxRetries: { key: "maxRetries", default: 2 },
    },
    {
        id: "openai.responses",
        sdk: "openai",
        ...OPENAI,
        paths: [
            ["responses", "create"],
            ["responses", "stream"],
            ["responses", "parse"],
        ],
        kind: "generate",
        optionsArg: 0,
        requestOptionsArg: 1,
        model: "model",
        messages: "input",
        system: "instructions",
        tools: "tools",
        toolFormat: "openai-responses",
        toolChoice: ["tool_choice"],
        requestFormat: "openai-responses",
        maxOutput: ["max_output_tokens"],
        maxRetries: { key: "maxRetries", default: 2 },
    },
    {
        id: "openai.runTools",
        sdk: "openai",
        ...OPENAI,
        paths: [
            ["beta", "chat", "completions", "runTools"],
            ["chat", "completions", "runTools"],
        ],
        distinctivePath: true,
        kind: "agent-run",
        ...OPENAI_CHAT_KEYS,
        toolFormat: "openai-runtools",
        agentCap: { kind: "option", key: "maxChatCompletions", arg: 1, default: 10, unit: "iterations" },
    },
    {
        // Legacy completions: the API caps the output at 16 tokens when max_tokens is absent (openai/openai-openapi
        // CreateCompletionRequest.max_tokens `default: 16`; the SDK typings do not say it), so a missing cap is no cost
        // risk and no maxOutput key is required here.
        id: "openai.completions",
        sdk: "openai",
        ...OPENAI,
        paths: [["completions", "create"]],
        kind: "generate",
        optionsArg: 0,
        requestOptionsArg: 1,
        model: "model",
        messages: "prompt",
        otherMaxOutput: ["max_tokens"],
        defaultMaxOutput: 16,
        maxRetries: { key: "maxRetries", default: 2 },
    },
    {
        // Assistants API: an assistant is an agent definition (model, instructions, tools); runs execute it.
        id: "openai.assistants.create",
        sdk: "openai",
        ...OPENAI,
        paths: [["beta", "assistants", "create"]],
        kind: "agent",
        optionsArg: 0,
        model: "model",
        system: "instructions",
        tools: "tools",
        toolFormat: "openai-chat",
    },
    {
        // runs.create(threadId, body, options) in every version (4.x to 7.x); the run's caps are
        // max_completion_tokens and max_prompt_tokens, over all its steps. A run sends its thread, which grows.
        id: "openai.threads.runs",
        sdk: "openai",
        ...OPENAI,
        paths: [
            ["beta", "threads", "runs", "create"],
            ["beta", "threads", "runs", "createAndPoll"],
            ["beta", "threads", "runs", "stream"],
            ["beta", "threads", "runs", "createAndStream"],
        ],
        kind: "agent-run",
        optionsArg: 1,
        requestOptionsArg: 2,
        ...ASSISTANT_RUN_KEYS,
        messages: "additional_messages",
        resendsHistory: true,
        // A thread id kept per user (`threads.get(user)`) is a server-side history that grows with every message;
        // `max_prompt_tokens` or a `truncation_strategy` ({ type: "last_messages", last_messages }) bounds what a run sends.
        sessionIdArg: 0,
        sessionWindowKeys: ["max_prompt_tokens", "truncation_strategy"],
        // `messages.create(threadId, { role, content })` (4.x to 7.x): adds the request's message to a client's thread.
        sessionAppend: ["beta", "threads", "messages", "create"],
    },
    {
        id: "openai.threads.createAndRun",
        sdk: "openai",
        ...OPENAI,
        paths: [
            ["beta", "threads", "createAndRun"],
            ["beta", "threads", "createAndRunPoll"],
            ["beta", "threads", "createAndRunStream"],
        ],
        kind: "agent-run",
        optionsArg: 0,
        requestOptionsArg: 1,
        ...ASSISTANT_RUN_KEYS,
        messages: "thread.messages",
    },
    {
        // Resumes a run: submitToolOutputs(threadId, runId, body) in 4.x, submitToolOutputs(runId, { thread_id, ... })
        // from 5.x. The body carries no cap (the run's caps apply), so no options are read and both shapes match.
        id: "openai.threads.runs.submitToolOutputs",
        sdk: "openai",
        ...OPENAI,
        paths: [
            ["beta", "threads", "runs", "submitToolOutputs"],
            ["beta", "threads", "runs", "submitToolOutputsAndPoll"],
            ["beta", "threads", "runs", "submitToolOutputsStream"],
        ],
        kind: "agent-run",
        capSetEarlier: true,
    },
    ...v3Profiles("openai", "openai.v3"),
    ...v3Profiles("openai-edge", "openai-edge"),
];
//# sourceMappingURL=openai.js.map