import type { SdkProfile } from "../profile-types";

const OPENAI = { modules: ["openai"], exports: ["default", "OpenAI", "AzureOpenAI", "require"], instance: true } as const;
const OPENAI_CHAT_KEYS = {
  optionsArg: 0,
  requestOptionsArg: 1,
  model: "model",
  messages: "messages",
  tools: "tools",
  maxOutput: ["max_completion_tokens", "max_tokens"],
} as const;

/** openai */
export const OPENAI_PROFILES: readonly SdkProfile[] = [
  { id: "openai.client", sdk: "openai", ...OPENAI, paths: [[]], construct: true, kind: "client", optionsArg: 0, maxRetries: { key: "maxRetries", default: 2 } },
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
  }
];
