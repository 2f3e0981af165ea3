"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SDK_TRACE_KNOWLEDGE = void 0;
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const module_match_1 = require("./module-match");
const profile_types_1 = require("./profile-types");
const match_1 = require("./match");
const http_1 = require("./http");
const profiles_1 = require("./profiles");
const ai_sdk_1 = require("./profiles/ai-sdk");
const langchain_1 = require("./profiles/langchain");
const COMPOSING_METHODS = new Set(langchain_1.LANGCHAIN_COMPOSITION.methods);
/** A LangChain chat model instance (not a method of one): what a chain holding it runs. */
function composedModel(origin) {
    return (origin.instance &&
        origin.path.length === 0 &&
        (0, module_match_1.moduleMatches)(origin.module, langchain_1.LANGCHAIN_CHAT_MODELS.modules) &&
        (0, module_match_1.exportMatches)(origin.exportName, langchain_1.LANGCHAIN_CHAT_MODELS.exports));
}
/**
 * LangChain runnables composed into a chain: `prompt.pipe(model)`, `RunnableSequence.from([...])`,
 * `new RunnableSequence({ first, middle, last })`, `RunnablePassthrough.assign({...})`. The chain is the model it runs.
 */
function composition(callee, node) {
    if (!(0, module_match_1.moduleMatches)(callee.module, langchain_1.LANGCHAIN_COMPOSITION.modules))
        return undefined;
    const args = node.arguments ?? [];
    const otherwise = { module: callee.module, exportName: langchain_1.LANGCHAIN_COMPOSITION.runnable, instance: true, path: [] };
    const last = callee.path[callee.path.length - 1];
    if (typescript_1.default.isNewExpression(node)) {
        return !callee.instance && callee.path.length === 0 && langchain_1.LANGCHAIN_COMPOSITION.classes.includes(callee.exportName) ? { parts: args, otherwise } : undefined;
    }
    if (callee.instance && last && COMPOSING_METHODS.has(last)) {
        return { parts: args, receiver: { ...callee, path: callee.path.slice(0, -1) }, otherwise };
    }
    if (!callee.instance && callee.path.length === 1 && langchain_1.LANGCHAIN_COMPOSITION.classes.includes(callee.exportName) && langchain_1.LANGCHAIN_COMPOSITION.statics.includes(last)) {
        return { parts: args, otherwise };
    }
    return undefined;
}
/** Profiles of factory methods: what a call of each returns (see SdkProfile.produces). */
const FACTORY_PROFILES = profiles_1.PROFILES.filter((p) => p.produces !== undefined);
/** What SDK calls return: providers and models of the AI SDK, LangChain agent factories, initChatModel. */
function callResult(callee, call) {
    // AI SDK providers: createOpenAI({...}) is a provider; openai("gpt-4o"), openai.chat("gpt-4o") are models.
    if ((0, module_match_1.moduleMatches)(callee.module, profiles_1.AI_SDK_PROVIDER_MODULES)) {
        if (!callee.instance && callee.path.length === 0 && /^create[A-Z]/.test(callee.exportName)) {
            return { ...callee, exportName: "provider", path: [], providerCall: call };
        }
        if (callee.path.length <= 1) {
            const arg = call.arguments[0] ? (0, ast_1.unwrap)(call.arguments[0]) : undefined;
            const modelId = arg && typescript_1.default.isStringLiteralLike(arg) ? arg.text : undefined;
            const provider = callee.providerCall ? { providerCall: callee.providerCall } : {};
            return { module: callee.module, exportName: callee.exportName, instance: true, path: [], modelId, aiModel: true, construction: call, ...provider };
        }
    }
    // LangChain / LangGraph agent factories and initChatModel return runnable instances.
    for (const factory of profiles_1.AGENT_FACTORIES) {
        if ((0, module_match_1.moduleMatches)(callee.module, factory.modules) && factory.exports.includes(callee.exportName) && callee.path.length === 0 && !callee.instance) {
            return { ...callee, instance: true, construction: call };
        }
    }
    // Factory methods of SDK instances: genAI.getGenerativeModel({...}), model.startChat({...}), ai.chats.create({...}).
    const factory = FACTORY_PROFILES.find((p) => (0, match_1.profileMatches)(p, callee, false));
    if (factory?.produces)
        return { module: callee.module, exportName: factory.produces, instance: true, path: [], construction: call };
    // HTTP clients' factories: axios.create({ baseURL }) makes an instance that keeps the base URL.
    const http = (0, http_1.httpFactoryResult)(callee, call);
    if (http)
        return http;
    if (callee.exportName === "initChatModel" && callee.path.length === 0 && !callee.instance) {
        return { module: "@langchain/core", exportName: "ChatModel", instance: true, path: [], construction: call };
    }
    // LangChain's static factories (`ChatPromptTemplate.fromTemplate(...)`): an instance of the class, a runnable.
    if (!callee.instance && callee.path.length === 1 && langchain_1.LANGCHAIN_COMPOSITION.instanceFactory.test(callee.path[0]) && (0, module_match_1.moduleMatches)(callee.module, langchain_1.LANGCHAIN_COMPOSITION.modules)) {
        return { module: callee.module, exportName: callee.exportName, instance: true, path: [], construction: call };
    }
    return undefined;
}
exports.SDK_TRACE_KNOWLEDGE = {
    clientWrappers: profile_types_1.CLIENT_WRAPPERS,
    passthroughMethods: profile_types_1.PASSTHROUGH_METHODS,
    callResult,
    composition,
    composedModel,
    compositionMethods: new Set(langchain_1.LANGCHAIN_COMPOSITION.untracedReceiver),
    conversationClients: ai_sdk_1.AI_SDK_CONVERSATION_CLIENTS,
};
//# sourceMappingURL=trace-knowledge.js.map