import ts from "typescript";
import { unwrap } from "../syntax/ast";
import type { Origin, TraceKnowledge } from "../project/trace";
import { moduleMatches } from "./module-match";
import { CLIENT_WRAPPERS, PASSTHROUGH_METHODS } from "./profile-types";
import { profileMatches } from "./match";
import { httpFactoryResult } from "./http";
import { AGENT_FACTORIES, AI_SDK_PROVIDER_MODULES, PROFILES } from "./profiles";
import { AI_SDK_CONVERSATION_CLIENTS } from "./profiles/ai-sdk";

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
  const factory = FACTORY_PROFILES.find((p) => profileMatches(p, callee, false));
  if (factory?.produces) return { module: callee.module, exportName: factory.produces, instance: true, path: [], construction: call };
  // HTTP clients' factories: axios.create({ baseURL }) makes an instance that keeps the base URL.
  const http = httpFactoryResult(callee, call);
  if (http) return http;
  if (callee.exportName === "initChatModel" && callee.path.length === 0 && !callee.instance) {
    return { module: "@langchain/core", exportName: "ChatModel", instance: true, path: [], construction: call };
  }
  return undefined;
}

export const SDK_TRACE_KNOWLEDGE: TraceKnowledge = {
  clientWrappers: CLIENT_WRAPPERS,
  passthroughMethods: PASSTHROUGH_METHODS,
  callResult,
  conversationClients: AI_SDK_CONVERSATION_CLIENTS,
};
