import ts from "typescript";
import { unwrap } from "../syntax/ast";
import type { FileAnalysis } from "../detectors/analysis";
import type { CostlintConfig } from "../config/schema";
import { findFullHistoryUses } from "../detectors/history";
import { enclosingLoop, isCollectionLoop, loopCap } from "../detectors/loops";
import { lookupAnyKey, lookupKey } from "../syntax/options";
import type { CallSite } from "../sdk/match";
import { moduleMatches } from "../sdk/module-match";
import type { ToolFormat } from "../sdk/profile-types";
import { AGENT_FACTORIES } from "../sdk/profiles";
import { resolveArrayLiteral, resolveObjectLiteral, staticNumber, staticString } from "../syntax/values";
import { countChatMessages, countToolDefinitions, type ChatMessageText, type ToolDefinitionText } from "./chat-tokens";
import { costUsd, describeResolution, resolveModel, type ModelPrice, type PricingTable } from "./pricing";
import { scaleTokenCount } from "./model-tokens";
import { literalJson, resolveMessages, resolveText, type ResolvedText } from "./static-text";
import { zodToJsonStatic } from "./static-zod";
import { estimateWrapperCalls } from "./wrapper-calls";
import { countTokens } from "./tokenizer";

export interface EstimateSettings {
  config: CostlintConfig;
  pricing: PricingTable;
}

export type BreakdownPart = "system" | "messages" | "tools" | "overhead" | "assumed" | "output";

export interface BreakdownEntry {
  part: BreakdownPart;
  tokens: number;
  detail: string;
}

export type CallFlag =
  | "growing-history"
  | "in-loop"
  | "uncapped-loop"
  | "agent-run"
  | "no-output-cap"
  | "cap-unknown"
  | "default-model"
  | "unknown-model"
  /** A call of a function of another module that makes the model call (the app's own wrapper). */
  | "via-wrapper";

export interface CallEstimate {
  node: ts.CallExpression | ts.NewExpression;
  /** Range of the call expression. */
  start: number;
  end: number;
  sdk: string;
  profileId: string;
  /** The model priced (a pricing table id), the id the code asked for, and how one became the other. */
  model: string;
  requestedModel?: string;
  modelNote: string;
  /** Token counts of this model family are estimated from o200k with a factor. */
  approximate: boolean;
  inputTokens: number;
  outputTokens: number;
  /** USD, one model call, output at its cap (or the model's maximum). */
  costUsd: number;
  breakdown: BreakdownEntry[];
  assumptions: string[];
  flags: CallFlag[];
  /** For calls whose history grows: turn 1, turn N and the cumulative cost of N turns. */
  history?: { turns: number; tokensPerTurn: number; turn1Usd: number; turnNUsd: number; cumulativeUsd: number };
  /** For calls in a loop or agent runs: model calls per run and the worst case (null: no cap). */
  loop?: { iterations: number | null; source: string; worstCaseUsd: number | null };
  /** For a call through a wrapper of another module: the wrapper and the model call it makes (absolute file, 1-based line). */
  via?: { name: string; file: string; line: number };
}

const cache = new WeakMap<FileAnalysis, WeakMap<EstimateSettings, CallEstimate[]>>();

/** Estimates every LLM call site of a file (generation calls and framework agent runs). */
export function estimateCalls(analysis: FileAnalysis, settings: EstimateSettings): CallEstimate[] {
  let bySettings = cache.get(analysis);
  if (!bySettings) {
    bySettings = new WeakMap();
    cache.set(analysis, bySettings);
  }
  const cached = bySettings.get(settings);
  if (cached) return cached;
  const histories = new Set(findFullHistoryUses(analysis).map((h) => h.site));
  const estimates = analysis.sites
    .filter((s) => (s.profile.kind === "generate" || s.profile.kind === "agent-run") && ts.isCallExpression(s.node))
    .map((site) => estimateSite(analysis, site, settings, histories.has(site) || !!site.profile.resendsHistory));
  estimates.push(...estimateWrapperCalls(analysis, settings, estimateCalls, loopAround));
  bySettings.set(settings, estimates);
  return estimates;
}

/** The model id a call names, when it can be read: a string, a const, `openai("gpt-4o")`, the client's or agent's model. */
export function requestedModelOf(analysis: FileAnalysis, site: CallSite): string | undefined {
  const { index, tracer } = analysis;
  const read = (obj: ts.ObjectLiteralExpression | undefined, keys: string[]): string | undefined => {
    for (const key of keys) {
      const found = lookupKey(index, obj, key);
      if (found.state !== "present" || !found.value) continue;
      const id = staticString(index, found.value) ?? tracer.trace(found.value)?.modelId;
      if (id) return id;
      const value = unwrap(found.value);
      if (ts.isNewExpression(value) || ts.isIdentifier(value)) {
        const nested = tracer.trace(value)?.construction;
        if (nested) return constructionModel(analysis, nested);
      }
    }
    return undefined;
  };
  const own = site.profile.model ? read(site.options, [site.profile.model]) : undefined;
  if (own) return own;
  if (site.origin.modelId) return site.origin.modelId;
  for (const construction of constructionsOf(analysis, site)) {
    const fromClient = constructionModel(analysis, construction);
    if (fromClient) return fromClient;
  }
  return undefined;
}

function constructionModel(analysis: FileAnalysis, construction: ts.NewExpression | ts.CallExpression, depth = 0): string | undefined {
  const { index } = analysis;
  if (depth > 4) return undefined;
  const args = construction.arguments ?? [];
  const first = args[0] ? unwrap(args[0]) : undefined;
  if (first && ts.isStringLiteralLike(first)) return first.text; // initChatModel("gpt-4o"), openai("gpt-4o")
  // The construction's own profile names its model key (vscode.lm.selectChatModels({ family })).
  const ownKey = analysis.siteByNode.get(construction)?.profile.model;
  for (const arg of args) {
    const obj = resolveObjectLiteral(index, arg);
    for (const key of [...(ownKey ? [ownKey] : []), "model", "modelName", "modelId", "llm"]) {
      const found = lookupKey(index, obj, key);
      if (found.state !== "present" || !found.value) continue;
      const id = staticString(index, found.value);
      if (id) return id;
      const origin = analysis.tracer.trace(found.value);
      if (origin?.modelId) return origin.modelId;
      // createReactAgent({ llm: model }), new Agent({ model: new OpenAIChatCompletionsModel(...) })
      if (origin?.construction && origin.construction !== construction) {
        const nested = constructionModel(analysis, origin.construction, depth + 1);
        if (nested) return nested;
      }
    }
  }
  return undefined;
}

/** The constructions a call's settings may live on: its client or model, an agent factory's model, a run's agent. */
function constructionsOf(analysis: FileAnalysis, site: CallSite): (ts.NewExpression | ts.CallExpression)[] {
  const out: (ts.NewExpression | ts.CallExpression)[] = [];
  const add = (c: ts.NewExpression | ts.CallExpression | undefined, depth: number): void => {
    if (!c || out.includes(c) || depth > 3) return;
    out.push(c);
    // Made by a method of another instance (model.startChat(), genAI.getGenerativeModel()): that instance's too.
    const callee = ts.isCallExpression(c) ? unwrap(c.expression) : undefined;
    if (callee && ts.isPropertyAccessExpression(callee)) add(analysis.tracer.trace(callee.expression)?.construction, depth + 1);
    for (const arg of c.arguments ?? []) {
      const obj = resolveObjectLiteral(analysis.index, arg);
      for (const key of ["llm", "model"]) {
        const found = lookupKey(analysis.index, obj, key);
        if (found.state === "present" && found.value) add(analysis.tracer.trace(found.value)?.construction, depth + 1);
      }
    }
  };
  add(site.origin.construction, 0);
  if (site.profile.id.startsWith("agents.") && ts.isCallExpression(site.node) && site.node.arguments[0]) {
    add(analysis.tracer.trace(site.node.arguments[0])?.construction, 0);
  }
  return out;
}

/** The priced model for a call: its own, or the configured default (and say so). */
export function priceModel(requested: string | undefined, settings: EstimateSettings): { price: ModelPrice; note: string; flags: CallFlag[] } {
  const fallback = (): ModelPrice => {
    const resolved = resolveModel(settings.pricing, settings.config.defaultModel) ?? resolveModel(settings.pricing, "gpt-4o");
    if (!resolved) throw new Error("the pricing table has neither the default model nor gpt-4o");
    return resolved.model;
  };
  if (!requested) {
    const price = fallback();
    return { price, note: `model not known from the code: priced as the default model ${price.id} (defaultModel)`, flags: ["default-model"] };
  }
  const resolved = resolveModel(settings.pricing, requested);
  if (!resolved) {
    const price = fallback();
    return { price, note: `${requested} is not in the pricing table: priced as the default model ${price.id} (add it under "pricing")`, flags: ["unknown-model"] };
  }
  return { price: resolved.model, note: resolved.resolution === "exact" ? resolved.model.id : describeResolution(resolved), flags: [] };
}

/** The output cap a call sets (on the call, or on the client/model it was built with). */
export function outputCapOf(analysis: FileAnalysis, site: CallSite): number | undefined {
  return outputCapState(analysis, site).cap;
}

/**
 * The output cap and whether the code shows it: `known` is false when the options (or the client or agent
 * that carries them) cannot be read — then a missing cap is unknown, not absent.
 */
export function outputCapState(analysis: FileAnalysis, site: CallSite): { cap?: number; known: boolean } {
  const { index } = analysis;
  const keys = site.profile.maxOutput;
  const constructions = constructionsOf(analysis, site);
  const capKeys = [...(keys ?? []), ...(site.profile.otherMaxOutput ?? []), "maxTokens", "maxOutputTokens", "max_tokens", "maxCompletionTokens", "modelSettings.maxTokens"];
  const objects: { obj: ts.ObjectLiteralExpression | undefined; keys: readonly string[] }[] = [];
  if (site.profile.optionsArg !== undefined) {
    // Text where the options go (ai.generate("...")) sets no options at all.
    const arg = ts.isCallExpression(site.node) ? site.node.arguments[site.profile.optionsArg] : undefined;
    objects.push({ obj: arg && isText(unwrap(arg)) ? ts.factory.createObjectLiteralExpression() : site.options, keys: capKeys });
  }
  for (const construction of constructions) {
    // A construction whose profile reads no options (new OpenAIApi(configuration)) carries no cap.
    const own = analysis.siteByNode.get(construction);
    if (own && own.profile.kind === "client" && own.profile.optionsArg === undefined) continue;
    // Its own profile's cap keys first (a factory's generationConfig.maxOutputTokens).
    const ownKeys = [...(own?.profile.maxOutput ?? []), ...(own?.profile.otherMaxOutput ?? []), ...capKeys];
    const args = construction.arguments ?? [];
    if (args.length === 0) objects.push({ obj: ts.factory.createObjectLiteralExpression(), keys: ownKeys });
    for (const arg of args) if (!ts.isStringLiteralLike(unwrap(arg))) objects.push({ obj: resolveObjectLiteral(index, arg), keys: ownKeys });
  }
  let known = objects.length > 0;
  for (const { obj, keys: objectKeys } of objects) {
    if (!obj) {
      known = false;
      continue;
    }
    const found = lookupAnyKey(index, obj, objectKeys);
    if (found.state === "present") {
      const n = staticNumber(index, found.value);
      if (n !== undefined && Number.isFinite(n) && n > 0) return { cap: n, known: true };
      known = false;
    } else if (found.state === "unknown") known = false;
  }
  // Calls on an instance (LangChain model.invoke, runner.run) or an agent's run carry the cap on what built them.
  const needsConstruction = site.profile.optionsArg === undefined || site.profile.kind === "agent-run";
  if ((needsConstruction && constructions.length === 0) || site.profile.capSetEarlier) known = false;
  // The API's own cap when the request sets none (openai legacy completions: 16).
  if (known && site.profile.defaultMaxOutput !== undefined) return { cap: site.profile.defaultMaxOutput, known };
  return { known };
}

/** Cheap: the output side of a call (no tokenizer), for rule messages. */
export function describeOutput(analysis: FileAnalysis, site: CallSite, settings: EstimateSettings): { model: string; outputTokens: number; costUsd: number; approximate: boolean } {
  const { price } = priceModel(requestedModelOf(analysis, site), settings);
  const outputTokens = outputCapOf(analysis, site) ?? price.maxOutputTokens;
  return { model: price.id, outputTokens, costUsd: costUsd(price, 0, outputTokens), approximate: price.approximateTokens };
}

/** Where a request's system prompt and tools are written: the call's options, and an agent run's agent. */
interface RequestSetup {
  options: ts.ObjectLiteralExpression | undefined;
  /** Keys of the system prompt, the first present one counts. */
  system: readonly string[];
  tools?: string;
  toolFormat?: ToolFormat;
}

/** System prompt keys of LangChain agent factories: createReactAgent({ prompt }), createAgent({ systemPrompt }). */
const FACTORY_SYSTEM_KEYS = ["prompt", "systemPrompt", "stateModifier", "messageModifier"];

function requestSetups(analysis: FileAnalysis, site: CallSite): RequestSetup[] {
  const { index } = analysis;
  const setups: RequestSetup[] = [
    { options: site.options, system: site.profile.system ? [site.profile.system] : [], tools: site.profile.tools, toolFormat: site.profile.toolFormat },
  ];
  for (const construction of constructionsOf(analysis, site)) {
    const own = analysis.siteByNode.get(construction);
    if (own) {
      // An agent's, or a model's built by a factory method with its system prompt and tools (getGenerativeModel).
      const builds = own.profile.kind === "agent" ? site.profile.kind === "agent-run" : own.profile.kind === "client" && (own.profile.system || own.profile.tools);
      if (builds) {
        setups.push({ options: own.options, system: own.profile.system ? [own.profile.system] : [], tools: own.profile.tools, toolFormat: own.profile.toolFormat });
      }
      continue;
    }
    if (site.profile.kind !== "agent-run" || !ts.isCallExpression(construction)) continue;
    const origin = analysis.tracer.trace(construction.expression);
    const factory = origin && AGENT_FACTORIES.find((f) => moduleMatches(origin.module, f.modules) && f.exports.includes(origin.exportName));
    if (factory) {
      setups.push({ options: resolveObjectLiteral(index, construction.arguments[factory.options]), system: FACTORY_SYSTEM_KEYS, tools: "tools", toolFormat: "framework" });
    }
  }
  return setups;
}

function estimateSite(analysis: FileAnalysis, site: CallSite, settings: EstimateSettings, growing: boolean): CallEstimate {
  const { index } = analysis;
  const node = site.node as ts.CallExpression;
  const assumptions: string[] = [];
  const flags: CallFlag[] = [];
  const requested = requestedModelOf(analysis, site);
  const model = priceModel(requested, settings);
  const price = model.price;
  flags.push(...model.flags);
  if (model.flags.length) assumptions.push(model.note);
  if (price.approximateTokens) assumptions.push(`${price.id} uses its own tokenizer: counts are o200k counts x ${price.tokenFactor} (approximate)`);
  const unresolvedTokens = settings.config.assumptions.unresolvedTokens;

  // --- conversation: system + messages ---
  const chat: ChatMessageText[] = [];
  let unresolvedParts = 0;
  // Each message's content is counted on its own (as the API does), never concatenated with its neighbours.
  let systemRaw = 0;
  let messageRaw = 0;
  const addText = (role: string, text: ResolvedText, name?: string): void => {
    chat.push({ role, content: text.text, ...(name ? { name } : {}) });
    unresolvedParts += text.unresolved;
    const tokens = text.text ? countTokens(text.text, price.encoding) : 0;
    if (role === "system" || role === "developer") systemRaw += tokens;
    else messageRaw += tokens;
  };
  // The request's own settings, then (for agent runs) the agent's: its instructions and tools go with every call.
  const setups = requestSetups(analysis, site);
  for (const setup of setups) {
    for (const key of setup.system) {
      const found = lookupKey(index, setup.options, key);
      if (found.state === "present") {
        addText("system", resolveText(index, found.value));
        break;
      }
    }
  }
  const where = site.profile.messages;
  let conversation: ts.Expression | undefined;
  if (typeof where === "number") conversation = node.arguments[where];
  else if (where) {
    for (const key of [where, "prompt", "input"]) {
      const found = lookupKey(index, site.options, key);
      if (found.state === "present") {
        conversation = found.value;
        break;
      }
    }
    // A prompt given as text where the options go (genkit's ai.generate("...")).
    const text = site.profile.optionsArg !== undefined ? node.arguments[site.profile.optionsArg] : undefined;
    if (!conversation && text && isText(unwrap(text))) conversation = text;
  }
  // A graph state ({ messages: [...] }, LangGraph) carries the conversation in its `messages`.
  const state = conversation && !ts.isArrayLiteralExpression(unwrap(conversation)) ? resolveObjectLiteral(index, conversation) : undefined;
  const stateMessages = lookupKey(index, state, "messages");
  if (stateMessages.state === "present" && stateMessages.value) conversation = stateMessages.value;
  if (conversation) {
    const value = unwrap(conversation);
    const messages = ts.isStringLiteralLike(value) || ts.isTemplateExpression(value) ? undefined : resolveMessages(index, value);
    if (messages) {
      for (const m of messages.messages) addText(m.role, m.content, m.name);
      const opaque = messages.unresolvedElements + messages.spreads.length;
      for (let i = 0; i < opaque; i++) addText("user", { text: "", unresolved: 1 });
      if (messages.spreads.length) assumptions.push(`${messages.spreads.length} spread list${messages.spreads.length > 1 ? "s" : ""} of messages counted as one message of ${unresolvedTokens} tokens each`);
    } else if (ts.isStringLiteralLike(value) || ts.isTemplateExpression(value) || ts.isBinaryExpression(value)) {
      addText("user", resolveText(index, value));
    } else {
      addText("user", { text: "", unresolved: 1 });
      assumptions.push(`the conversation (${truncate(conversation.getText(index.sourceFile))}) is not literal: counted as one message of ${unresolvedTokens} tokens`);
    }
  } else {
    addText("user", { text: "", unresolved: 1 });
    assumptions.push(`no input visible in the call: counted as one message of ${unresolvedTokens} tokens`);
  }
  const chatTokensRaw = countChatMessages(chat, price.encoding);
  const systemTokens = scaleTokenCount(systemRaw, price);
  const messageTokens = scaleTokenCount(messageRaw, price);
  const overheadTokens = Math.max(0, scaleTokenCount(chatTokensRaw, price) - systemTokens - messageTokens);
  const assumedTokens = unresolvedParts * unresolvedTokens;
  if (unresolvedParts > 0) assumptions.push(`${unresolvedParts} part${unresolvedParts > 1 ? "s" : ""} of the input cannot be read from the code: ${unresolvedTokens} tokens each (assumptions.unresolvedTokens)`);

  // --- tools ---
  const tools = { defs: [] as ToolDefinitionText[], unresolved: 0 };
  for (const setup of setups) {
    const found = toolDefinitions(analysis, setup);
    tools.defs.push(...found.defs);
    tools.unresolved += found.unresolved;
  }
  const toolTokens = tools.defs.length ? scaleTokenCount(countToolDefinitions(tools.defs, price.encoding), price) : 0;
  if (tools.unresolved) assumptions.push(`${tools.unresolved} part${tools.unresolved > 1 ? "s" : ""} of the tool definitions cannot be read: not counted`);

  // --- output ---
  const capState = outputCapState(analysis, site);
  const cap = capState.cap;
  const outputTokens = cap ?? price.maxOutputTokens;
  if (cap === undefined && capState.known) {
    flags.push("no-output-cap");
    assumptions.push(`no output cap: output counted at ${price.id}'s maximum of ${outputTokens.toLocaleString("en-US")} tokens`);
  } else if (cap === undefined) {
    flags.push("cap-unknown");
    assumptions.push(`the output cap is not visible in the code (options built elsewhere): output counted at ${price.id}'s maximum of ${outputTokens.toLocaleString("en-US")} tokens`);
  }

  const inputTokens = systemTokens + messageTokens + overheadTokens + assumedTokens + toolTokens;
  const perCall = costUsd(price, inputTokens, outputTokens);
  const breakdown: BreakdownEntry[] = [
    { part: "system", tokens: systemTokens, detail: systemTokens ? "system prompt read from the code" : "none visible" },
    { part: "messages", tokens: messageTokens, detail: `${chat.filter((m) => m.role !== "system").length} message(s), literal parts` },
    { part: "tools", tokens: toolTokens, detail: tools.defs.length ? `${tools.defs.length} tool definition(s) sent with the call` : "none" },
    { part: "overhead", tokens: overheadTokens, detail: "chat format: 3 tokens per message, 1 per name, 3 to prime the reply (OpenAI's method)" },
    { part: "assumed", tokens: assumedTokens, detail: `${unresolvedParts} unresolved part(s) x ${unresolvedTokens}` },
    { part: "output", tokens: outputTokens, detail: cap !== undefined ? "the call's output cap" : capState.known ? `no cap: ${price.id}'s maximum output` : `cap not visible: ${price.id}'s maximum output` },
  ];

  const estimate: CallEstimate = {
    node,
    start: node.getStart(index.sourceFile),
    end: node.getEnd(),
    sdk: site.profile.sdk,
    profileId: site.profile.id,
    model: price.id,
    ...(requested ? { requestedModel: requested } : {}),
    modelNote: model.note,
    approximate: price.approximateTokens,
    inputTokens,
    outputTokens,
    costUsd: perCall,
    breakdown,
    assumptions,
    flags,
  };

  if (growing) {
    const turns = settings.config.assumptions.turns;
    const tokensPerTurn = unresolvedTokens + outputTokens;
    let cumulative = 0;
    let last = perCall;
    for (let k = 1; k <= turns; k++) {
      last = costUsd(price, inputTokens + (k - 1) * tokensPerTurn, outputTokens);
      cumulative += last;
    }
    estimate.history = { turns, tokensPerTurn, turn1Usd: perCall, turnNUsd: last, cumulativeUsd: cumulative };
    flags.push("growing-history");
    assumptions.push(`the history grows by one user message (${unresolvedTokens} tokens) and one reply (${outputTokens} tokens) per turn, over ${turns} turns (assumptions.turns)`);
  }
  const loop = loopOf(analysis, site);
  if (loop) {
    estimate.loop = { ...loop, worstCaseUsd: loop.iterations === null ? null : perCall * loop.iterations };
    flags.push(site.profile.kind === "agent-run" ? "agent-run" : "in-loop");
    if (loop.iterations === null) flags.push("uncapped-loop");
  }
  return estimate;
}

function isText(expr: ts.Expression): boolean {
  return ts.isStringLiteralLike(expr) || ts.isTemplateExpression(expr);
}

function truncate(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** Model calls per run: a framework agent's step cap, or the loop around the call. */
function loopOf(analysis: FileAnalysis, site: CallSite): { iterations: number | null; source: string } | undefined {
  const { index } = analysis;
  // The run's own cap, or (agent.generate() of an AI SDK ToolLoopAgent) the cap its agent was built with.
  let capSite = site;
  if (!site.profile.agentCap && site.profile.kind === "agent-run") {
    for (const construction of constructionsOf(analysis, site)) {
      const own = analysis.siteByNode.get(construction);
      if (own?.profile.agentCap) {
        capSite = own;
        break;
      }
    }
  }
  const cap = capSite.profile.agentCap;
  const node = capSite.node;
  const capArg = cap?.kind === "option" ? node.arguments?.[cap.arg] : undefined;
  const capObj = resolveObjectLiteral(index, capArg);
  // A loop that only runs with tools (genkit's maxTurns) does not apply to a request without them (or with text only).
  const loops = cap?.kind !== "option" || !cap.onlyWith || (!(capArg && isText(unwrap(capArg))) && lookupKey(index, capObj, cap.onlyWith).state !== "absent");
  if (cap?.kind === "option" && loops) {
    const obj = capObj;
    const found = lookupKey(index, obj, cap.key);
    const perUnit = cap.callsPerUnit ?? 1;
    if (found.state === "present") {
      const value = found.value ? unwrap(found.value) : undefined;
      if (value?.kind === ts.SyntaxKind.NullKeyword) return { iterations: null, source: `${cap.key}: null` };
      const n = staticNumber(index, value);
      if (n !== undefined) return Number.isFinite(n) ? { iterations: Math.max(1, Math.round(n * perUnit)), source: `${cap.key}: ${n}` } : { iterations: null, source: `${cap.key}: Infinity` };
    }
    if (cap.default !== undefined) return { iterations: Math.max(1, Math.round(cap.default * perUnit)), source: `default ${cap.key} ${cap.default}` };
    return { iterations: null, source: `no ${cap.key}` };
  }
  if (cap?.kind === "ai-steps") {
    const options = capSite.options;
    const tools = lookupKey(index, options, "tools");
    if (tools.state === "present") {
      const maxSteps = lookupKey(index, options, "maxSteps");
      if (maxSteps.state === "present") {
        const n = staticNumber(index, maxSteps.value);
        if (n !== undefined && n > 1) return { iterations: Number.isFinite(n) ? n : null, source: `maxSteps: ${n}` };
      }
      const stopWhen = lookupKey(index, options, "stopWhen");
      if (stopWhen.state === "present" && stopWhen.value) {
        const text = stopWhen.value.getText(index.sourceFile);
        const counts = [...text.matchAll(/(?:stepCountIs|isStepCount)\(\s*([\d_]+)\s*\)/g)].map((m) => Number(m[1]!.replace(/_/g, "")));
        if (counts.length) return { iterations: Math.min(...counts), source: `stopWhen ${text.replace(/\s+/g, " ")}` };
        if (/hasToolCall/.test(text) && !/\(\s*\{/.test(text)) return { iterations: null, source: "stopWhen without a step count" };
      } else if (cap.defaultSteps > 1) {
        // ToolLoopAgent: stepCountIs(20) unless told otherwise.
        return { iterations: cap.defaultSteps, source: `default stopWhen stepCountIs(${cap.defaultSteps})` };
      }
    }
  }
  return loopAround(analysis, site.node);
}


/** The loop a call runs in, within its function: its iterations when a cap or a literal list bounds it, null when nothing does. */
export function loopAround(analysis: FileAnalysis, node: ts.Node): { iterations: number | null; source: string } | undefined {
  const { index } = analysis;
  const loop = enclosingLoop(node);
  if (!loop) return undefined;
  if (isCollectionLoop(loop)) {
    const list = ts.isForOfStatement(loop) ? resolveArrayLiteral(index, loop.expression) : undefined;
    return list ? { iterations: list.elements.length, source: `a loop over ${list.elements.length} items` } : undefined;
  }
  const bound = loopCap(index, loop);
  if (bound.capped) return bound.bound !== undefined && Number.isFinite(bound.bound) ? { iterations: Math.max(1, Math.round(bound.bound)), source: `a loop capped at ${bound.bound}` } : undefined;
  return { iterations: null, source: "a loop with no cap" };
}

/** The tool definitions sent with a call, as the provider receives them (zod converted to JSON schema). */
function toolDefinitions(analysis: FileAnalysis, setup: RequestSetup): { defs: ToolDefinitionText[]; unresolved: number } {
  const { index } = analysis;
  const defs: ToolDefinitionText[] = [];
  let unresolved = 0;
  if (!setup.tools) return { defs, unresolved };
  const found = lookupKey(index, setup.options, setup.tools);
  if (found.state !== "present" || !found.value) return { defs, unresolved };
  const format = setup.toolFormat;
  if (format === "framework") {
    // A record { name: tool({...}) } (AI SDK) or an array of tool() objects.
    const record = resolveObjectLiteral(index, found.value);
    const entries: [string, ts.Expression | undefined][] = record
      ? record.properties.map((p) => [p.name ? p.name.getText(index.sourceFile).replace(/^["']|["']$/g, "") : "tool", ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : undefined])
      : (resolveArrayLiteral(index, found.value)?.elements ?? []).map((e) => ["tool", e]);
    if (!record && !resolveArrayLiteral(index, found.value)) return { defs, unresolved: 1 };
    for (const [name, value] of entries) {
      const def = frameworkTool(analysis, name, value);
      if (def) {
        defs.push(def.def);
        unresolved += def.unresolved;
      } else unresolved++;
    }
    return { defs, unresolved };
  }
  const json = literalJson(index, found.value);
  unresolved += json.unresolved;
  const list = Array.isArray(json.value) ? json.value : [];
  for (const item of list) {
    if (!item || typeof item !== "object") continue;
    const t = item as Record<string, unknown>;
    if (format === "openai-chat" || format === "openai-runtools") {
      const fn = (t.function ?? {}) as Record<string, unknown>;
      if (typeof fn.name === "string") defs.push({ name: fn.name, ...(typeof fn.description === "string" ? { description: fn.description } : {}), parameters: fn.parameters });
    } else if (format === "openai-responses" || format === "anthropic") {
      if (typeof t.name === "string") defs.push({ name: t.name, ...(typeof t.description === "string" ? { description: t.description } : {}), parameters: t.parameters ?? t.input_schema });
    } else if (format === "bedrock") {
      const spec = (t.toolSpec ?? {}) as Record<string, unknown>;
      const schema = (spec.inputSchema ?? {}) as Record<string, unknown>;
      if (typeof spec.name === "string") defs.push({ name: spec.name, ...(typeof spec.description === "string" ? { description: spec.description } : {}), parameters: schema.json });
    } else if (format === "google") {
      for (const d of (t.functionDeclarations as Record<string, unknown>[] | undefined) ?? []) {
        if (d && typeof d.name === "string") defs.push({ name: d.name, ...(typeof d.description === "string" ? { description: d.description } : {}), parameters: d.parameters ?? d.parametersJsonSchema });
      }
    }
  }
  return { defs, unresolved };
}

function frameworkTool(analysis: FileAnalysis, name: string, value: ts.Expression | undefined): { def: ToolDefinitionText; unresolved: number } | undefined {
  const { index } = analysis;
  if (!value) return undefined;
  let expr = unwrap(value);
  if (ts.isIdentifier(expr)) {
    const init = index.declarations.get(expr.text)?.find((d) => d.kind === "variable" && d.init)?.init;
    if (init) expr = unwrap(init);
  }
  if (!ts.isCallExpression(expr)) return undefined;
  const options = expr.arguments.map((a) => resolveObjectLiteral(index, a)).find((o) => o !== undefined);
  if (!options) return undefined;
  const description = lookupKey(index, options, "description");
  const toolName = lookupKey(index, options, "name");
  const schemaKey = ["inputSchema", "parameters", "schema"].map((k) => lookupKey(index, options, k)).find((l) => l.state === "present");
  let parameters: unknown = { type: "object", properties: {} };
  let unresolved = 0;
  if (schemaKey?.state === "present" && schemaKey.value) {
    const schemaValue = unwrap(schemaKey.value);
    if (ts.isCallExpression(schemaValue) && /jsonSchema$/.test(schemaValue.expression.getText(index.sourceFile))) {
      const json = literalJson(index, schemaValue.arguments[0]);
      parameters = json.value;
      unresolved += json.unresolved;
    } else {
      const zod = zodToJsonStatic(index, schemaValue);
      parameters = zod.schema;
      unresolved += zod.unresolved;
    }
  }
  const desc = description.state === "present" ? resolveText(index, description.value) : undefined;
  const resolvedName = toolName.state === "present" ? staticString(index, toolName.value) ?? name : name;
  return { def: { name: resolvedName, ...(desc ? { description: desc.text } : {}), parameters }, unresolved: unresolved + (desc?.unresolved ?? 0) };
}
