import ts from "typescript";
import { unwrap } from "../syntax/ast";
import type { Composition, Origin, TraceKnowledge } from "../project/trace";
import { exportMatches, moduleMatches, withModule } from "./module-match";
import { CLIENT_WRAPPERS, PASSTHROUGH_METHODS } from "./profile-types";
import { profileMatches } from "./match";
import { httpFactoryResult } from "./http";
import { AGENT_FACTORIES, AI_SDK_PROVIDER_MODULES, PROFILES } from "./profiles";
import { AI_SDK_CONVERSATION_CLIENTS } from "./profiles/ai-sdk";
import { LANGCHAIN_CHAT_MODELS, LANGCHAIN_COMPOSITION } from "./profiles/langchain";

const COMPOSING_METHODS: ReadonlySet<string> = new Set(LANGCHAIN_COMPOSITION.methods);

/** A LangChain chat model instance (not a method of one): what a chain holding it runs. */
function composedModel(origin: Origin): boolean {
  return (
    origin.instance &&
    origin.path.length === 0 &&
    moduleMatches(origin.module, LANGCHAIN_CHAT_MODELS.modules) &&
    exportMatches(origin.exportName, LANGCHAIN_CHAT_MODELS.exports)
  );
}

/**
 * LangChain runnables composed into a chain: `prompt.pipe(model)`, `RunnableSequence.from([...])`,
 * `new RunnableSequence({ first, middle, last })`, `RunnablePassthrough.assign({...})`. The chain is the model it runs.
 */
function composition(callee: Origin, node: ts.CallExpression | ts.NewExpression): Composition | undefined {
  if (!moduleMatches(callee.module, LANGCHAIN_COMPOSITION.modules)) return undefined;
  const args = node.arguments ?? [];
  const otherwise: Origin = { module: callee.module, exportName: LANGCHAIN_COMPOSITION.runnable, instance: true, path: [] };
  const last = callee.path[callee.path.length - 1];
  if (ts.isNewExpression(node)) {
    return !callee.instance && callee.path.length === 0 && (LANGCHAIN_COMPOSITION.classes as readonly string[]).includes(callee.exportName) ? { parts: args, otherwise } : undefined;
  }
  if (callee.instance && last && COMPOSING_METHODS.has(last)) {
    return { parts: args, receiver: { ...callee, path: callee.path.slice(0, -1) }, otherwise };
  }
  if (!callee.instance && callee.path.length === 1 && (LANGCHAIN_COMPOSITION.classes as readonly string[]).includes(callee.exportName) && (LANGCHAIN_COMPOSITION.statics as readonly string[]).includes(last!)) {
    return { parts: args, otherwise };
  }
  return undefined;
}

/** Profiles of factory methods: what a call of each returns (see SdkProfile.produces). */
const FACTORY_PROFILES = PROFILES.filter((p) => p.produces !== undefined);

/** What SDK calls return: providers and models of the AI SDK, LangChain agent factories, initChatModel. */
function callResult(callee: Origin, call: ts.CallExpression): Origin | undefined {
  // AI SDK providers: createOpenAI({...}) is a provider; openai("gpt-4o"), openai.chat("gpt-4o") are models.
  if (moduleMatches(callee.module, AI_SDK_PROVIDER_MODULES)) {
    if (!callee.instance && callee.path.length === 0 && /^create[A-Z]/.test(callee.exportName)) {
      return { ...callee, exportName: "provider", path: [], providerCall: call };
    }
    if (callee.path.length <= 1) {
      const arg = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      const modelId = arg && ts.isStringLiteralLike(arg) ? arg.text : undefined;
      const provider = callee.providerCall ? { providerCall: callee.providerCall } : {};
      return { module: callee.module, exportName: callee.exportName, instance: true, path: [], modelId, aiModel: true, construction: call, ...provider };
    }
  }
  // LangChain / LangGraph agent factories and initChatModel return runnable instances.
  for (const factory of AGENT_FACTORIES) {
    if (moduleMatches(callee.module, factory.modules) && factory.exports.includes(callee.exportName) && callee.path.length === 0 && !callee.instance) {
      return { ...callee, instance: true, construction: call };
    }
  }
  // Factory methods of SDK instances: genAI.getGenerativeModel({...}), model.startChat({...}), ai.chats.create({...}).
  const factory = withModule(FACTORY_PROFILES, callee.module).find((p) => profileMatches(p, callee, false));
  if (factory?.produces) return { module: callee.module, exportName: factory.produces, instance: true, path: [], construction: call };
  // HTTP clients' factories: axios.create({ baseURL }) makes an instance that keeps the base URL.
  const http = httpFactoryResult(callee, call);
  if (http) return http;
  if (callee.exportName === "initChatModel" && callee.path.length === 0 && !callee.instance) {
    return { module: "@langchain/core", exportName: "ChatModel", instance: true, path: [], construction: call };
  }
  // LangChain's static factories (`ChatPromptTemplate.fromTemplate(...)`): an instance of the class, a runnable.
  if (!callee.instance && callee.path.length === 1 && LANGCHAIN_COMPOSITION.instanceFactory.test(callee.path[0]!) && moduleMatches(callee.module, LANGCHAIN_COMPOSITION.modules)) {
    return { module: callee.module, exportName: callee.exportName, instance: true, path: [], construction: call };
  }
  return undefined;
}

export const SDK_TRACE_KNOWLEDGE: TraceKnowledge = {
  clientWrappers: CLIENT_WRAPPERS,
  passthroughMethods: PASSTHROUGH_METHODS,
  callResult,
  composition,
  composedModel,
  compositionMethods: new Set(LANGCHAIN_COMPOSITION.untracedReceiver),
  conversationClients: AI_SDK_CONVERSATION_CLIENTS,
};
