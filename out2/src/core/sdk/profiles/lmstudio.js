"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LMSTUDIO_PROFILES = void 0;
/**
 * @lmstudio/sdk (2.0.0, dist/index.d.ts): `new LMStudioClient({ baseUrl? })` talks to the LM Studio app on the user's
 * machine (a local model: no per-token price, providers.ts). `await client.llm.model("qwen2.5-7b-instruct")` returns
 * an `LLM`; `model.respond(chat, opts?)` and `model.complete(prompt, opts?)` generate once, `model.act(chat, tools,
 * opts?)` runs tool rounds until the model stops calling tools: `maxPredictionRounds` bounds it, with no default
 * (`baseOpts.maxPredictionRounds !== undefined && ...` in dist/index.cjs). `opts.maxTokens?: number | false` is the
 * output cap; without it the model's load configuration applies, which LM Studio leaves unlimited.
 */
const LMS = { sdk: "@lmstudio/sdk", modules: ["@lmstudio/sdk"] };
const LLM = { ...LMS, exports: ["LLM"], instance: true };
exports.LMSTUDIO_PROFILES = [
    { id: "lmstudio.client", ...LMS, exports: ["LMStudioClient"], instance: true, paths: [[]], construct: true, kind: "client" },
    {
        id: "lmstudio.llm.model",
        ...LMS,
        exports: ["LMStudioClient"],
        instance: true,
        paths: [["llm", "model"]],
        kind: "client",
        produces: "LLM",
        modelArg: 0,
    },
    {
        id: "lmstudio.respond",
        ...LLM,
        paths: [["respond"], ["complete"]],
        kind: "generate",
        messages: 0,
        optionsArg: 1,
        trailingOptions: true,
        maxOutput: ["maxTokens"],
    },
    {
        id: "lmstudio.act",
        ...LLM,
        paths: [["act"]],
        kind: "agent-run",
        messages: 0,
        optionsArg: 2,
        trailingOptions: true,
        maxOutput: ["maxTokens"],
        agentCap: { kind: "option", key: "maxPredictionRounds", arg: 2, unit: "iterations" },
    },
];
//# sourceMappingURL=lmstudio.js.map