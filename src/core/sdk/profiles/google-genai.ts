import type { SdkProfile } from "../profile-types";

const GOOGLE = { modules: ["@google/genai"], exports: ["GoogleGenAI"], instance: true } as const;

/** @google/genai */
export const GOOGLE_GENAI_PROFILES: readonly SdkProfile[] = [
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
  }
];
