"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GOOGLE_GENERATIVE_AI_PROFILES = void 0;
/**
 * @google/generative-ai (0.24.1, deprecated) and @google-cloud/vertexai (1.12.0): settings live on the model, made by
 * a factory method. `new GoogleGenerativeAI(apiKey)` takes a key, not options; `getGenerativeModel({ model,
 * generationConfig: { maxOutputTokens }, tools: [{ functionDeclarations }], systemInstruction })` returns a
 * GenerativeModel whose generateContent(request | string) and generateContentStream are the calls;
 * `model.startChat({ history, generationConfig })` returns a ChatSession whose sendMessage / sendMessageStream re-send
 * the whole history. Vertex: `new VertexAI({ project, location }).getGenerativeModel(...)`, and
 * `.preview.getGenerativeModel(...)` for GenerativeModelPreview / ChatSessionPreview. Neither SDK retries.
 */
// @fuyun/generative-ai (0.1.3): a published fork of @google/generative-ai with the same classes and methods
// (`new GoogleGenerativeAI(apiKey, baseURL?)`, getGenerativeModel, startChat({ history, generationConfig }),
// a ChatSession that sends `[...this._history, newContent]` and pushes both turns), used for a custom base URL.
const LEGACY = ["@google/generative-ai", "@fuyun/generative-ai"];
const VERTEX = ["@google-cloud/vertexai"];
const MODULES = [...LEGACY, ...VERTEX];
const MODEL_SETTINGS = {
    optionsArg: 0,
    model: "model",
    system: "systemInstruction",
    tools: "tools",
    toolFormat: "google",
    maxOutput: ["generationConfig.maxOutputTokens"],
};
const SDK = "@google/generative-ai";
exports.GOOGLE_GENERATIVE_AI_PROFILES = [
    // The client takes an API key (legacy) or project settings (Vertex): no request settings.
    { id: "google-generative-ai.client", sdk: SDK, modules: LEGACY, exports: ["GoogleGenerativeAI"], instance: true, paths: [[]], construct: true, kind: "client" },
    {
        id: "google-generative-ai.getGenerativeModel",
        sdk: SDK,
        modules: LEGACY,
        exports: ["GoogleGenerativeAI"],
        instance: true,
        paths: [["getGenerativeModel"]],
        kind: "client",
        produces: "GenerativeModel",
        ...MODEL_SETTINGS,
    },
    {
        id: "vertexai.getGenerativeModel",
        sdk: "@google-cloud/vertexai",
        modules: VERTEX,
        exports: ["VertexAI"],
        instance: true,
        paths: [["getGenerativeModel"]],
        kind: "client",
        produces: "GenerativeModel",
        ...MODEL_SETTINGS,
    },
    {
        id: "vertexai.preview.getGenerativeModel",
        sdk: "@google-cloud/vertexai",
        modules: VERTEX,
        exports: ["VertexAI"],
        instance: true,
        paths: [["preview", "getGenerativeModel"]],
        kind: "client",
        produces: "GenerativeModelPreview",
        ...MODEL_SETTINGS,
    },
    {
        // startChat's own settings (history, generationConfig) are read by the calls on the chat; the model carries the
        // cap. A generationConfig given here replaces the model's (`new ChatSession(..., { generationConfig:
        // this.generationConfig, ..., ...startChatParams })`, 0.24.1): a cap in it counts, its absence is not required.
        id: "google-generative-ai.startChat",
        sdk: SDK,
        modules: MODULES,
        exports: ["GenerativeModel"],
        instance: true,
        paths: [["startChat"]],
        kind: "client",
        produces: "ChatSession",
        optionsArg: 0,
        otherMaxOutput: ["generationConfig.maxOutputTokens"],
        seedHistory: "history",
    },
    {
        id: "vertexai.preview.startChat",
        sdk: "@google-cloud/vertexai",
        modules: VERTEX,
        exports: ["GenerativeModelPreview"],
        instance: true,
        paths: [["startChat"]],
        kind: "client",
        produces: "ChatSessionPreview",
        optionsArg: 0,
        seedHistory: "history",
    },
    {
        // The request is a string, parts, or { contents, generationConfig, ... }; the settings are the model's.
        id: "google-generative-ai.generateContent",
        sdk: SDK,
        modules: MODULES,
        exports: ["GenerativeModel", "GenerativeModelPreview"],
        instance: true,
        paths: [["generateContent"], ["generateContentStream"]],
        kind: "generate",
        messages: 0,
    },
    {
        id: "google-generative-ai.sendMessage",
        sdk: SDK,
        modules: MODULES,
        exports: ["ChatSession", "ChatSessionPreview"],
        instance: true,
        paths: [["sendMessage"], ["sendMessageStream"]],
        kind: "generate",
        messages: 0,
        resendsHistory: true,
    },
];
//# sourceMappingURL=google-generative-ai.js.map