"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPENAI_COMPATIBLE_PROFILES = void 0;
/**
 * SDKs shaped like openai's: a client class whose `chat.completions.create(body, options)` takes the OpenAI chat
 * body. Checked in their published typings and sources: groq-sdk 1.6.0, together-ai 0.52.0 and
 * @cerebras/cerebras_cloud_sdk 1.91.0 retry twice by default (`maxRetries ?? 2` / `maxRetries = 2`, per-request
 * `maxRetries` too); together-ai's chat body has `max_tokens` only. portkey-ai 3.1.0 hard-codes one retry
 * (`this.maxRetries = 1`, not an option) and takes `create(body, portkeyParams, requestOptions)`.
 */
const compatible = (sdk, modules, exports, extra) => {
    const base = { sdk, modules, exports, instance: true };
    const retries = extra.maxRetries ? { maxRetries: extra.maxRetries } : {};
    return [
        { id: `${sdk}.client`, ...base, paths: [[]], construct: true, kind: "client", optionsArg: 0, ...retries },
        {
            id: `${sdk}.chat.completions`,
            ...base,
            paths: extra.paths ?? [["chat", "completions", "create"]],
            kind: "generate",
            optionsArg: 0,
            ...(extra.maxRetries ? { requestOptionsArg: 1 } : {}),
            model: "model",
            messages: "messages",
            tools: "tools",
            toolFormat: "openai-chat",
            maxOutput: extra.maxOutput ?? ["max_completion_tokens", "max_tokens"],
            ...retries,
        },
    ];
};
const TWO_RETRIES = { key: "maxRetries", default: 2 };
/** groq-sdk, together-ai, @cerebras/cerebras_cloud_sdk, portkey-ai */
exports.OPENAI_COMPATIBLE_PROFILES = [
    ...compatible("groq-sdk", ["groq-sdk"], ["default", "Groq", "require"], { maxRetries: TWO_RETRIES }),
    ...compatible("together-ai", ["together-ai"], ["default", "Together", "require"], {
        maxRetries: TWO_RETRIES,
        paths: [
            ["chat", "completions", "create"],
            ["chat", "completions", "stream"],
        ],
        maxOutput: ["max_tokens"],
    }),
    ...compatible("@cerebras/cerebras_cloud_sdk", ["@cerebras/cerebras_cloud_sdk"], ["default", "Cerebras", "require"], { maxRetries: TWO_RETRIES }),
    ...compatible("portkey-ai", ["portkey-ai"], ["default", "Portkey", "require"], {}),
];
//# sourceMappingURL=openai-compatible.js.map