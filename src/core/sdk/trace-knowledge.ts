import ts from "typescript";
import { unwrap } from "../syntax/ast";
import type { Origin, TraceKnowledge } from "../project/trace";
import { moduleMatches } from "./module-match";
import { CLIENT_WRAPPERS, PASSTHROUGH_METHODS } from "./profile-types";
import { AGENT_FACTORIES, AI_SDK_PROVIDER_MODULES } from "./profiles";

/** What SDK calls return: providers and models of the AI SDK, LangChain agent factories, initChatModel. */
function callResult(callee: Origin, call: ts.CallExpression): Origin | undefined {
  // AI SDK providers: createOpenAI({...}) is a provider; openai("gpt-4o"), openai.chat("gpt-4o") are models.
  if (moduleMatches(callee.module, AI_SDK_PROVIDER_MODULES)) {
    if (!callee.instance && callee.path.length === 0 && /^create[A-Z]/.test(callee.exportName)) {
      return { ...callee, exportName: "provider", path: [] };
    }
    if (callee.path.length <= 1) {
      const arg = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      const modelId = arg && ts.isStringLiteralLike(arg) ? arg.text : undefined;
      return { module: callee.module, exportName: callee.exportName, instance: true, path: [], modelId, aiModel: true, construction: call };
    }
  }
  // LangChain / LangGraph agent factories and initChatModel return runnable instances.
  for (const factory of AGENT_FACTORIES) {
    if (moduleMatches(callee.module, factory.modules) && factory.exports.includes(callee.exportName) && callee.path.length === 0 && !callee.instance) {
      return { ...callee, instance: true, construction: call };
    }
  }
  if (callee.exportName === "initChatModel" && callee.path.length === 0 && !callee.instance) {
    return { module: "@langchain/core", exportName: "ChatModel", instance: true, path: [], construction: call };
  }
  return undefined;
}

export const SDK_TRACE_KNOWLEDGE: TraceKnowledge = {
  clientWrappers: CLIENT_WRAPPERS,
  passthroughMethods: PASSTHROUGH_METHODS,
  callResult,
};
