"use strict";
/**
 * SDK profiles: how a call to each provider is recognised and where its settings sit.
 * Pure data; the matcher (match.ts) and the rules interpret it. Adding an SDK = adding profiles.
 *
 * Keys are dotted paths inside an options object: "config.maxOutputTokens".
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZOD_TOOL_HELPERS = exports.SCHEMA_WRAPPERS = exports.ZOD_MODULES = exports.CLIENT_WRAPPERS = exports.PASSTHROUGH_METHODS = void 0;
/** Instance methods that return (a configured copy of) the same model or client. */
exports.PASSTHROUGH_METHODS = new Set([
    "bindTools",
    "withStructuredOutput",
    "withRetry",
    "withConfig",
    "bind",
    "withFallbacks",
    "withListeners",
    "withOptions",
]);
/** Functions that wrap a client and return it (tracing and observability wrappers). */
exports.CLIENT_WRAPPERS = new Set(["wrapOpenAI", "observeOpenAI", "wrapAnthropic", "wrapAISDKModel", "wrapSDK", "traceable", "wrapGemini"]);
/** Modules of zod, whose schemas tools take as parameters, and SDKs that re-export its `z` (genkit). */
exports.ZOD_MODULES = ["zod", "zod/v4", "zod/v3", "zod/mini", "zod/v4-mini", "zod/v4/mini", "genkit", "genkit/beta", "@genkit-ai/core"];
/**
 * Functions that wrap a tool parameter schema, by name: what they wrap (a JSON schema or a zod schema) and, for
 * whole-tool helpers, the key of their options that holds it. AI SDK jsonSchema()/zodSchema(), zod-to-json-schema,
 * zod v4 z.toJSONSchema(), openai/helpers/zod zodFunction()/zodResponsesFunction().
 */
exports.SCHEMA_WRAPPERS = {
    jsonSchema: { inner: "json" },
    zodSchema: { inner: "zod" },
    zodToJsonSchema: { inner: "zod" },
    toJSONSchema: { inner: "zod" },
    zodFunction: { inner: "zod", key: "parameters" },
    zodResponsesFunction: { inner: "zod", key: "parameters" },
};
/** Helpers that build a whole provider tool from a zod schema: `zodFunction({ name, parameters })`. */
exports.ZOD_TOOL_HELPERS = { modules: ["openai/helpers/zod*"], exports: ["zodFunction", "zodResponsesFunction"], parametersKey: "parameters" };
//# sourceMappingURL=profile-types.js.map