"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORKERS_AI_PROFILES = exports.OTHER_MODELS = exports.TEXT_MODELS = void 0;
/**
 * Cloudflare Workers AI (@cloudflare/workers-types 5.20261117.1, `abstract class Ai`): a Worker calls its AI binding
 * as `env.AI.run(model, inputs, options?)`. The binding is declared by the Worker's configuration, not imported, so
 * the call is recognised by its model id: a string starting with `@cf/` or `@hf/`. Text-generation inputs are
 * `{ messages }` or `{ prompt }`, with `max_tokens` (`Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Prompt` and the
 * other text models' input types). The typings give no default for `max_tokens` while the platform applies its own
 * per model, so the key is read for the estimate and never required. The same `run` serves image, speech,
 * translation, embedding and classification models: those are not LLM calls. A text model's id (a Llama, Mistral,
 * Gemma, Qwen, gpt-oss ...) makes the call an LLM call whatever its inputs; another id only with `messages` or `prompt`.
 */
/** What a Workers AI request names, whichever way it is sent: model ids of text models and of the others. */
exports.TEXT_MODELS = ["llama", "mistral", "gemma", "qwen", "qwq", "deepseek", "gpt-oss", "phi-", "hermes", "openchat", "zephyr", "neural-chat", "kimi", "glm-", "granite", "nemotron", "sea-lion", "starling", "tinyllama", "sqlcoder"];
exports.OTHER_MODELS = ["stable-diffusion", "flux", "dreamshaper", "lucid-origin", "phoenix", "whisper", "melotts", "aura-", "nova-3", "smart-turn", "bge-", "embedding", "reranker", "m2m100", "indictrans", "distilbert", "resnet", "detr-", "llava", "uform"];
exports.WORKERS_AI_PROFILES = [
    {
        id: "workers-ai.run",
        sdk: "Cloudflare Workers AI",
        modules: ["@cf/*", "@hf/*"],
        exports: [],
        instance: true,
        paths: [],
        // A binding given its model as a variable (telegram-workers' `ENV.AI_BINDING.run(model, body)`): by the binding's
        // name (`AI` as wrangler's docs name it, `AI_BINDING`, `WORKERS_AI`) and a chat body; `{ prompt }` alone is also
        // what the image models take, so it does not count.
        modelIdCall: { method: "run", arg: 0, prefixes: ["@cf/", "@hf/"], binding: { names: "AI|ai|(?:[A-Z0-9]+_)*AI(?:_[A-Z0-9]+)*", shapes: [["messages"]] } },
        kind: "generate",
        modelArg: 0,
        optionsArg: 1,
        messages: ["messages", "prompt"],
        otherMaxOutput: ["max_tokens"],
        textRequest: {
            shapes: [["messages"], ["prompt"]],
            textModels: exports.TEXT_MODELS,
            otherModels: exports.OTHER_MODELS,
        },
    },
];
//# sourceMappingURL=workers-ai.js.map