"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OLLAMA_PROFILES = void 0;
/**
 * ollama (0.6.4): the default export is an instance (`export default new Ollama()`), `new Ollama({ host })` makes
 * another; `chat({ model, messages, tools, options })` and `generate({ model, prompt, system, options })`. The output
 * cap is `options.num_predict`. No retries.
 */
const MODULES = ["ollama", "ollama/browser"];
const REQUEST = {
    kind: "generate",
    paths: [["chat"], ["generate"]],
    optionsArg: 0,
    model: "model",
    messages: "messages",
    system: "system",
    tools: "tools",
    toolFormat: "openai-chat",
    maxOutput: ["options.num_predict"],
    // generate's `context`: the conversation's tokens the last reply returned (GenerateRequest.context?: number[]).
    carriedContext: "context",
};
exports.OLLAMA_PROFILES = [
    { id: "ollama.default", sdk: "ollama", modules: MODULES, exports: ["default"], instance: false, ...REQUEST },
    { id: "ollama.client", sdk: "ollama", modules: MODULES, exports: ["Ollama"], instance: true, ...REQUEST },
    // `new Ollama({ host })` (Config.host): the server its calls go to; ollama.com is Ollama's paid cloud.
    { id: "ollama.construct", sdk: "ollama", modules: MODULES, exports: ["Ollama"], instance: true, paths: [[]], construct: true, kind: "client", optionsArg: 0, serverUrl: ["host"] },
];
//# sourceMappingURL=ollama.js.map