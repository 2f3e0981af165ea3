import ts from "typescript";
import { unwrap } from "../syntax/ast";
import { lookupKey } from "../syntax/options";
import { staticUrl } from "../sdk/http";
import type { CallSite } from "../sdk/match";
import type { Origin } from "../project/trace";
import { AI_SDK_PROVIDER_SERVER_URL } from "../sdk/profiles";
import { hostOfUrl, isLocalHost, providerOfModule, providerOfSdk, SELF_HOSTED_PROVIDERS } from "../sdk/providers";
import type { FileAnalysis } from "./analysis";
import { constructionSites, modelKeys, optionsArgument } from "./constructions";
import { memoPerSite } from "./site-memo";

/**
 * The server a call's model runs on when the user runs it (an Ollama server, any model server on the user's own
 * machine): its name for messages ("Ollama", "a server on localhost:1234"), else undefined. Such a call has no
 * per-token price. Read, nearest first, from: the URL a raw HTTP request goes to; the server URL the call's client or
 * model is built with (`new OpenAI({ baseURL: "http://localhost:1234/v1" })`, `new Ollama({ host })`); the provider of
 * the SDK, of the framework's provider package (`@langchain/ollama`, `ollama-ai-provider`) or of the model object
 * the call is given (`generateText({ model: ollama("llama3.1") })`). A server URL on another host wins over the
 * provider: Ollama's own cloud is billed, an OpenAI client sent to a gateway is not local.
 */
export const localServerOf: (analysis: FileAnalysis, site: CallSite) => string | undefined = memoPerSite(findLocalServer);

function findLocalServer(analysis: FileAnalysis, site: CallSite): string | undefined {
  const provider = selfHostedProvider(analysis, site);
  const host = serverHost(analysis, site);
  if (host !== undefined) {
    if (isLocalHost(host)) return provider ? `${provider.name} on ${host}` : `a server on ${host}`;
    return provider && !provider.paidHosts.test(host.replace(/:\d+$/, "")) ? `${provider.name} on ${host}` : undefined;
  }
  return provider?.name;
}

/** The host of the server a call is sent to, when the code shows it: the HTTP request's URL, else its client's or model's. */
function serverHost(analysis: FileAnalysis, site: CallSite): string | undefined {
  if (site.url !== undefined) return hostOfUrl(site.url);
  const urlAt = (options: ts.Expression | undefined, keys: readonly string[]): string | undefined | null => {
    for (const key of keys) {
      const found = lookupKey(analysis.index, options, key);
      if (found.state !== "present" || !found.value) continue;
      const url = staticUrl(analysis.index, found.value);
      return url === undefined ? null : (hostOfUrl(url) ?? null);
    }
    return undefined;
  };
  for (const own of [site, ...constructionSites(analysis, site)]) {
    const host = urlAt(optionsArgument(own), own.profile.serverUrl ?? []);
    if (host !== undefined) return host ?? undefined;
  }
  // An AI SDK model made by a provider factory given a server (`createOpenAICompatible({ baseURL })("qwen")`).
  const provider = modelOrigin(analysis, site)?.providerCall;
  return provider ? (urlAt(provider.arguments[0], AI_SDK_PROVIDER_SERVER_URL) ?? undefined) : undefined;
}

type SelfHosted = (typeof SELF_HOSTED_PROVIDERS)[string];

function selfHosted(provider: string | undefined): SelfHosted | undefined {
  return provider !== undefined && Object.hasOwn(SELF_HOSTED_PROVIDERS, provider) ? SELF_HOSTED_PROVIDERS[provider] : undefined;
}

/** The origin of the model object a call or what it runs on is given (`model: ollama("llama3.1")`), traced in this file. */
function modelOrigin(analysis: FileAnalysis, site: CallSite): Origin | undefined {
  for (const own of [site, ...constructionSites(analysis, site)]) {
    if (own.node.getSourceFile() !== analysis.index.sourceFile) continue;
    for (const key of modelKeys(own.profile)) {
      const found = lookupKey(analysis.index, optionsArgument(own), key);
      if (found.state !== "present" || !found.value) continue;
      const value = unwrap(found.value);
      return ts.isStringLiteralLike(value) ? undefined : analysis.tracer.trace(value);
    }
  }
  return undefined;
}

/** The self-hosted provider a call runs on: its SDK's, its provider package's, or its model object's. */
function selfHostedProvider(analysis: FileAnalysis, site: CallSite): SelfHosted | undefined {
  const direct = selfHosted(providerOfSdk(site.profile.sdk) ?? providerOfModule(site.origin.module));
  if (direct) return direct;
  const model = modelOrigin(analysis, site);
  const ofModel = selfHosted(model ? providerOfModule(model.module) : undefined);
  if (ofModel) return ofModel;
  return constructionSites(analysis, site)
    .map((own) => selfHosted(providerOfModule(own.origin.module)))
    .find((p) => p !== undefined);
}
