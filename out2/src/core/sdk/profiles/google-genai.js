"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GOOGLE_GENAI_PROFILES = void 0;
const GOOGLE = { modules: ["@google/genai"], exports: ["GoogleGenAI"], instance: true };
/** @google/genai */
exports.GOOGLE_GENAI_PROFILES = [
    { id: "google.client", sdk: "@google/genai", ...GOOGLE, paths: [[]], construct: true, kind: "client", optionsArg: 0 },
    {
        id: "google.generateContent",
        sdk: "@google/genai",
        ...GOOGLE,
        paths: [
            ["models", "generateContent"],
            ["models", "generateContentStream"],
        ],
        kind: "generate",
        optionsArg: 0,
        model: "model",
        messages: "contents",
        system: "config.systemInstruction",
        tools: "config.tools",
        toolFormat: "google",
        maxOutput: ["config.maxOutputTokens"],
    },
    {
        // ai.chats.create({ model, history, config }) returns a Chat (3.6.1) whose sendMessage({ message, config }) sends the
        // whole history with the chat's config (a per-message config replaces it, it does not merge).
        id: "google.chats.create",
        sdk: "@google/genai",
        ...GOOGLE,
        paths: [["chats", "create"]],
        kind: "client",
        produces: "Chat",
        optionsArg: 0,
        seedHistory: "history",
        model: "model",
        system: "config.systemInstruction",
        tools: "config.tools",
        toolFormat: "google",
        maxOutput: ["config.maxOutputTokens"],
    },
    {
        id: "google.chat.sendMessage",
        sdk: "@google/genai",
        modules: GOOGLE.modules,
        exports: ["Chat"],
        instance: true,
        paths: [["sendMessage"], ["sendMessageStream"]],
        kind: "generate",
        optionsArg: 0,
        messages: "message",
        resendsHistory: true,
    },
];
//# sourceMappingURL=google-genai.js.map