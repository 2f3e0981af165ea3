import ts from "typescript";
import { unwrap } from "../syntax/ast";
import { lookupKey } from "../syntax/options";
import { staticString } from "../syntax/values";
import type { CallSite } from "../sdk/match";
import { siteOf, type FileAnalysis } from "./analysis";
import { constructionsOf, modelKeys, optionsArgument } from "./constructions";
import { memoPerSite } from "./site-memo";

export interface CallModel {
  /** The model id as the code writes it (`gpt-4o`, `openai:gpt-4o-mini`). */
  id: string;
  /** Where it is written: the call's own options, or what the call runs on (client, chat model, agent). */
  from: "call" | "construction";
  node: ts.Node;
}

const MAX_DEPTH = 4;

/** The model id a call or construction names itself: a key of its options, a model argument, a model object's id. */
function ownModel(analysis: FileAnalysis, site: CallSite, depth: number): { id: string; node: ts.Node } | undefined {
  const { index, tracer } = analysis;
  const arg = site.profile.modelArg !== undefined ? site.node.arguments?.[site.profile.modelArg] : undefined;
  const fromArg = arg ? staticString(index, arg) : undefined;
  if (fromArg && arg) return { id: fromArg, node: arg };
  const options = optionsArgument(site);
  for (const key of modelKeys(site.profile)) {
    const found = lookupKey(index, options, key);
    if (found.state !== "present" || !found.value) continue;
    const id = staticString(index, found.value) ?? tracer.trace(found.value)?.modelId;
    if (id) return { id, node: found.value };
    // createReactAgent({ llm: model }), new Agent({ model: new ChatX({ model: "..." }) })
    const value = unwrap(found.value);
    const nested = ts.isNewExpression(value) || ts.isIdentifier(value) || ts.isCallExpression(value) || ts.isPropertyAccessExpression(value) ? tracer.trace(value)?.construction : undefined;
    const inner = nested && nested !== site.node ? constructionModel(analysis, nested, depth + 1) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function constructionModel(analysis: FileAnalysis, construction: ts.NewExpression | ts.CallExpression, depth: number): { id: string; node: ts.Node } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  // Made here or in another module of the project (`export const model = new ChatOpenAI({...})` in lib/llm.ts).
  const site = siteOf(analysis, construction);
  if (site) return ownModel(analysis, site, depth);
  // An AI SDK provider model: openai("gpt-4o").
  const id = ts.isCallExpression(construction) ? analysis.tracer.trace(construction)?.modelId : undefined;
  return id ? { id, node: construction } : undefined;
}

/** The model a call asks for: its own options, else the client, chat model or agent it runs on (once per site). */
export const modelOf: (analysis: FileAnalysis, site: CallSite) => CallModel | undefined = memoPerSite(findModel);

function findModel(analysis: FileAnalysis, site: CallSite): CallModel | undefined {
  const own = ownModel(analysis, site, 0);
  if (own) return { ...own, from: "call" };
  if (site.origin.modelId) return { id: site.origin.modelId, node: site.node.expression, from: "construction" };
  const constructions = constructionsOf(analysis, site);
  for (const construction of constructions) {
    const found = constructionModel(analysis, construction, 0);
    if (found) return { ...found, from: "construction" };
  }
  // The SDK's own default model (chatgpt's ChatGPTAPI: gpt-3.5-turbo) when the call and what it runs on visibly name
  // none (a model key set to a value the code does not show is not the default).
  const unnamed = (s: CallSite): boolean => !s.profile.model || lookupKey(analysis.index, optionsArgument(s), s.profile.model).state === "absent" || (s === site && !optionsArgument(s));
  if (!unnamed(site)) return undefined;
  for (const s of [site, ...constructions.map((c) => analysis.siteByNode.get(c))]) {
    if (s?.profile.defaultModelId && unnamed(s)) return { id: s.profile.defaultModelId, node: s.node, from: s === site ? "call" : "construction" };
  }
  return undefined;
}
