import type { SdkProfile } from "../profile-types";

/**
 * @mistralai/mistralai (2.7.0): `new Mistral({ apiKey })`, `chat.complete(request, options)`, `chat.stream`,
 * `agents.complete({ agentId, messages, maxTokens })`. Requests take `maxTokens`; tools are OpenAI-shaped. No retries
 * unless configured (`retryConfig` defaults to `{ strategy: "none" }`; its backoff is bounded by time, not a count).
 */
const MISTRAL = { sdk: "@mistralai/mistralai", modules: ["@mistralai/mistralai"], exports: ["Mistral"], instance: true } as const;
const REQUEST = { optionsArg: 0, messages: "messages", tools: "tools", toolFormat: "openai-chat", maxOutput: ["maxTokens"] } as const;

export const MISTRAL_PROFILES: readonly SdkProfile[] = [
  { id: "mistral.client", ...MISTRAL, paths: [[]], construct: true, kind: "client", optionsArg: 0 },
  {
    id: "mistral.chat",
    ...MISTRAL,
    paths: [
      ["chat", "complete"],
      ["chat", "stream"],
      ["chat", "parse"],
      ["chat", "parseStream"],
    ],
    kind: "generate",
    model: "model",
    ...REQUEST,
  },
  {
    id: "mistral.agents",
    ...MISTRAL,
    paths: [
      ["agents", "complete"],
      ["agents", "stream"],
    ],
    kind: "generate",
    ...REQUEST,
  },
];
