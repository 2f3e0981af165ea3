import ts from "typescript";
import { propertyNameText, unwrap } from "../syntax/ast";
import { indexFor, lookup, lookupValue, thisClass, type FileIndex } from "../syntax/file-index";
import { lookupKey } from "../syntax/options";
import { resolveObjectLiteral } from "../syntax/values";
import type { Origin } from "../project/trace";
import { exportMatches, moduleMatches } from "./module-match";
import type { HttpClient, SdkProfile } from "./profile-types";
import { HTTP_CLIENTS, HTTP_PROFILES } from "./profiles/http";

/**
 * Raw HTTP calls to providers' endpoints: a known HTTP client (profiles/http.ts) called with a URL that resolves
 * statically to an absolute URL one of the HTTP profiles names. Everything here is data-driven; no provider is
 * named. A URL that cannot be read, a relative URL (a route of the app itself) or any other URL is not an LLM call.
 */

/** Stands for a part of a URL the code does not show (a parameter, an env var without a default). */
const UNKNOWN = "\u0000";
const MAX_DEPTH = 8;

interface CompiledEndpoint {
  profile: SdkProfile;
  urls: RegExp[];
  model?: RegExp;
  /** The profile as matched through a client whose JSON body is argument 0 or 1 (its `optionsArg`). */
  byBodyArg: readonly SdkProfile[];
}

const ENDPOINTS: readonly CompiledEndpoint[] = HTTP_PROFILES.filter((p) => p.http).map((profile) => ({
  profile,
  urls: profile.http!.urls.map((u) => new RegExp(u)),
  ...(profile.http!.modelInUrl ? { model: new RegExp(profile.http!.modelInUrl) } : {}),
  byBodyArg: [0, 1].map((optionsArg) => ({ ...profile, optionsArg })),
}));

const CALLERS = HTTP_CLIENTS.filter((c) => !c.produces);
const FACTORIES = HTTP_CLIENTS.filter((c) => c.produces);

function pathEquals(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function clientMatches(client: HttpClient, origin: Origin): boolean {
  if (client.instance !== origin.instance || !moduleMatches(origin.module, client.modules)) return false;
  if (exportMatches(origin.exportName, client.exports) && client.paths.some((p) => pathEquals(p, origin.path))) return true;
  // A module whose CommonJS export is the client: the tracer names `require("axios").post` by its first member ("post").
  const member = [origin.exportName, ...origin.path];
  return !origin.instance && client.exports.includes("require") && client.paths.some((p) => pathEquals(p, member));
}

/** What an HTTP client's factory returns (`axios.create({...})`): an instance built by that call. */
export function httpFactoryResult(callee: Origin, call: ts.CallExpression): Origin | undefined {
  const factory = FACTORIES.find((c) => clientMatches(c, callee));
  return factory?.produces ? { module: callee.module, exportName: factory.produces, instance: true, path: [], construction: call } : undefined;
}

/** `fetch(...)`, `globalThis.fetch(...)`, `window.fetch(...)` when the file declares no such name. */
function globalClient(index: FileIndex, callee: ts.Expression): HttpClient | undefined {
  const expr = unwrap(callee);
  let name: string | undefined;
  if (ts.isIdentifier(expr)) {
    if (lookup(index, expr.text, expr)) return undefined;
    name = expr.text;
  } else if (ts.isPropertyAccessExpression(expr)) {
    const root = unwrap(expr.expression);
    if (!ts.isIdentifier(root) || !["globalThis", "window", "self", "global"].includes(root.text) || lookup(index, root.text, root)) return undefined;
    name = expr.name.text;
  }
  return name ? CALLERS.find((c) => c.globals?.includes(name)) : undefined;
}

/**
 * The text of a URL, as far as the code shows it: literals, templates and `+` of them, consts (across files),
 * class fields (`this.url` set in the constructor), a const object's property, the default of `a ?? "..."` /
 * `a || "..."` (an env var with a default), `new URL(path, base)`, a wrapper's parameter that every call of the
 * wrapper in the file gives the same text. Unknown parts are UNKNOWN; undefined when nothing
 * is known.
 */
export function staticUrl(index: FileIndex, node: ts.Expression | undefined, depth = 0): string | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  const expr = unwrap(node);
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isTemplateExpression(expr)) {
    let text = expr.head.text;
    for (const span of expr.templateSpans) {
      text += (staticUrl(index, span.expression, depth + 1) ?? UNKNOWN) + span.literal.text;
      if (text.length > MAX_URL_LENGTH) return undefined;
    }
    return text;
  }
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) {
      const left = staticUrl(index, expr.left, depth + 1);
      const right = staticUrl(index, expr.right, depth + 1);
      if ((left?.length ?? 0) + (right?.length ?? 0) > MAX_URL_LENGTH) return undefined;
      return left === undefined && right === undefined ? undefined : (left ?? UNKNOWN) + (right ?? UNKNOWN);
    }
    // `process.env.BASE_URL ?? "https://..."`, `config.baseURL || DEFAULT_URL`: the default the code shows.
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      const left = staticUrl(index, expr.left, depth + 1);
      return left !== undefined && !left.includes(UNKNOWN) ? left : staticUrl(index, expr.right, depth + 1);
    }
    return undefined;
  }
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(index, expr.text, expr);
    if (decl?.kind === "parameter" && !decl.init && ts.isParameter(decl.node)) return argumentUrl(indexFor(index, decl.node), decl.node, depth + 1);
    if (!decl?.init || decl.path?.length) return undefined;
    // A const, or a parameter's default (`baseUrl = "https://..."`).
    if (decl.kind === "variable" && !decl.mutable) {
      const init = decl.init;
      return readOnce(constUrls, indexFor(index, init), init, () => staticUrl(indexFor(index, init), init, depth + 1));
    }
    // A `let` whose every value reaches a provider's endpoint (`let url = openai; if (azure) url = deployment;`).
    if (decl.kind === "variable") return letUrl(indexFor(index, decl.node), decl.node, decl.init, depth + 1);
    if (decl.kind === "parameter") return staticUrl(indexFor(index, decl.init), decl.init, depth + 1);
    return undefined;
  }
  if (ts.isPropertyAccessExpression(expr)) {
    const name = expr.name.text;
    if (expr.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = thisClass(expr);
      const field = cls ? indexFor(index, expr).classFields.get(cls)?.get(name) : undefined;
      for (const init of field?.inits ?? []) {
        const text = staticUrl(index, init, depth + 1);
        if (text !== undefined) return text;
      }
      return undefined;
    }
    // new URL(...).href
    if (name === "href" && ts.isNewExpression(unwrap(expr.expression))) return staticUrl(index, expr.expression, depth + 1);
    // A const object's property: ENDPOINTS.chat.
    const obj = resolveObjectLiteral(index, expr.expression, depth + 1);
    const prop = obj?.properties.find((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === name);
    return prop && ts.isPropertyAssignment(prop) ? staticUrl(index, prop.initializer, depth + 1) : undefined;
  }
  // new URL(path, base)
  if (ts.isNewExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === "URL" && expr.arguments?.length) {
    const path = staticUrl(index, expr.arguments[0], depth + 1);
    if (path === undefined || isAbsolute(path) || !expr.arguments[1]) return path;
    const base = staticUrl(index, expr.arguments[1], depth + 1);
    return base === undefined ? undefined : joinUrl(base, path);
  }
  // url.toString(), String(url)
  if (ts.isCallExpression(expr)) {
    const callee = unwrap(expr.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "toString" && expr.arguments.length === 0) return staticUrl(index, callee.expression, depth + 1);
    if (ts.isIdentifier(callee) && callee.text === "String" && expr.arguments.length === 1) return staticUrl(index, expr.arguments[0], depth + 1);
  }
  return undefined;
}

/** Nodes of a file grouped by the plain name `nameOf` gives them, collected once per file and kind. */
function byName<T extends ts.Node>(cache: WeakMap<FileIndex, Map<string, T[]>>, index: FileIndex, items: readonly T[], nameOf: (item: T) => ts.Expression): Map<string, T[]> {
  let grouped = cache.get(index);
  if (grouped) return grouped;
  grouped = new Map();
  for (const item of items) {
    const name = unwrap(nameOf(item));
    if (!ts.isIdentifier(name)) continue;
    const list = grouped.get(name.text);
    if (list) list.push(item);
    else grouped.set(name.text, [item]);
  }
  cache.set(index, grouped);
  return grouped;
}

const callsByName = new WeakMap<FileIndex, Map<string, ts.CallExpression[]>>();
const assignmentsByName = new WeakMap<FileIndex, Map<string, ts.BinaryExpression[]>>();

/** Calls `name(...)` in a file. */
function callsOf(index: FileIndex, name: string): readonly ts.CallExpression[] {
  return byName(callsByName, index, index.calls, (call) => call.expression).get(name) ?? [];
}

/** Assignments `name = ...` (and `name += ...`) in a file. */
function assignmentsOf(index: FileIndex, name: string): readonly ts.BinaryExpression[] {
  return byName(assignmentsByName, index, index.assignments, (assignment) => assignment.left).get(name) ?? [];
}

/** A URL read once per node (null while it is being read: a cycle through wrappers or `url = url + "/x"` reads nothing). */
function readOnce(caches: UrlMemo, index: FileIndex, key: ts.Node, read: () => string | undefined): string | undefined {
  // Per file index, not per node alone: an incremental re-parse moves unchanged nodes into the next version's tree.
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  cache.set(key, null);
  const text = read();
  cache.set(key, text ?? null);
  return text;
}

type UrlMemo = WeakMap<FileIndex, Map<ts.Node, string | null>>;

const argumentUrls: UrlMemo = new WeakMap();
/** Each const's URL text, read once (consts of consts repeated in templates would be read exponentially often). */
const constUrls: UrlMemo = new WeakMap();
/** No endpoint's URL is longer: a longer text (built by repeating consts) is not one. */
const MAX_URL_LENGTH = 4_096;
const letUrls: UrlMemo = new WeakMap();

/**
 * A parameter of a wrapper of the file (`const post = (hostname, path, body) => https.request({ hostname, path })`):
 * the URL part every call of that wrapper in the file passes, when they all pass the same readable text.
 */
function argumentUrl(index: FileIndex, param: ts.ParameterDeclaration, depth: number): string | undefined {
  return readOnce(argumentUrls, index, param, () => readArgumentUrl(index, param, depth));
}

function readArgumentUrl(index: FileIndex, param: ts.ParameterDeclaration, depth: number): string | undefined {
  const fn = param.parent;
  const position = fn.parameters.indexOf(param);
  const binding = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name : undefined;
  if (!binding || position < 0 || param.dotDotDotToken) return undefined;
  const declNode = ts.isFunctionDeclaration(fn) ? fn : fn.parent;
  let text: string | undefined;
  for (const call of callsOf(index, binding.text)) {
    if (lookup(index, binding.text, call.expression)?.node !== declNode) continue;
    const value = staticUrl(index, call.arguments[position], depth + 1);
    if (value === undefined || (text !== undefined && value !== text)) return undefined;
    text = value;
  }
  return text;
}

/**
 * A reassignable variable's URL: its initial value, when it and every value assigned to it later are plain
 * assignments of URLs that reach a provider's endpoint (possibly different ones: an Azure deployment instead of
 * OpenAI). Anything else (`+=`, an unreadable value, another URL) and it is unknown.
 */
function letUrl(index: FileIndex, declNode: ts.Node, init: ts.Expression, depth: number): string | undefined {
  return readOnce(letUrls, index, declNode, () => readLetUrl(index, declNode, init, depth));
}

function readLetUrl(index: FileIndex, declNode: ts.Node, init: ts.Expression, depth: number): string | undefined {
  if (!ts.isVariableDeclaration(declNode) || !ts.isIdentifier(declNode.name)) return undefined;
  const name = declNode.name.text;
  const first = staticUrl(index, init, depth);
  if (first === undefined || !endpointOf(first)) return undefined;
  for (const assignment of assignmentsOf(index, name)) {
    if (lookup(index, name, assignment.left)?.node !== declNode) continue;
    if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
    const value = staticUrl(index, assignment.right, depth);
    if (value === undefined || !endpointOf(value)) return undefined;
  }
  return first;
}

function isAbsolute(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** A base URL and a path relative to it, the way HTTP clients' `baseURL` / `prefixUrl` join them. */
function joinUrl(base: string, path: string): string {
  if (!path) return base;
  return `${trimTrailingSlashes(base)}/${path.replace(/^\/+/, "")}`;
}

/** `url` without its trailing slashes: a scan (`/\/+$/` backtracks quadratically on a long run of slashes inside). */
function trimTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url.charCodeAt(end - 1) === 47 /* / */) end--;
  return url.slice(0, end);
}

/** The URL a call sends to, from the client's URL argument and the instance's base URL. */
function requestUrl(index: FileIndex, client: HttpClient, call: ts.CallExpression, origin: Origin | undefined): string | undefined {
  const where = client.url;
  const arg = where ? call.arguments[where.arg] : undefined;
  if (!where || !arg) return undefined;
  let url: string | undefined;
  if (where.key || where.hostKeys) {
    const obj = resolveObjectLiteral(index, arg);
    if (obj && where.key) {
      const found = lookupKey(index, obj, where.key);
      url = found.state === "present" ? staticUrl(index, found.value) : undefined;
    } else if (obj && where.hostKeys) {
      // node's https.request({ hostname, path }): the scheme is the module's.
      const host = where.hostKeys.map((k) => lookupKey(index, obj, k)).find((f) => f.state === "present");
      const path = where.pathKey ? lookupKey(index, obj, where.pathKey) : undefined;
      const hostText = host?.state === "present" ? staticUrl(index, host.value) : undefined;
      const pathText = path?.state === "present" ? staticUrl(index, path.value) : "";
      if (hostText === undefined || pathText === undefined) return undefined;
      const scheme = origin && /https/.test(origin.module) ? "https://" : "http://";
      url = scheme + hostText + pathText;
    } else if (!obj) url = staticUrl(index, arg);
  } else url = staticUrl(index, arg);
  if (url === undefined) return undefined;
  if (!isAbsolute(url) && client.baseUrlKey && origin?.construction) {
    const options = resolveObjectLiteral(index, origin.construction.arguments?.[0]);
    const found = lookupKey(index, options, client.baseUrlKey);
    const base = found.state === "present" ? staticUrl(index, found.value) : undefined;
    if (base !== undefined) url = joinUrl(base, url);
  }
  return url;
}

/** The endpoint an absolute URL reaches, with the model the URL names. */
function endpointOf(url: string): { endpoint: CompiledEndpoint; modelId?: string } | undefined {
  // The scheme and some of the host must be known: `${base}/chat/completions` with an unknown base is not a call we can
  // name; `https://${resource}.openai.azure.com/...` is.
  const host = /^https?:\/\/([^/]*)/i.exec(url)?.[1];
  if (!host || !host.replace(/\u0000/g, "")) return undefined;
  const query = url.search(/[?#]/);
  const bare = trimTrailingSlashes(query === -1 ? url : url.slice(0, query));
  for (const endpoint of ENDPOINTS) {
    if (!endpoint.urls.some((re) => re.test(bare))) continue;
    const model = endpoint.model?.exec(bare)?.[1];
    return { endpoint, ...(model && !model.includes(UNKNOWN) ? { modelId: decodeURIComponent(model) } : {}) };
  }
  return undefined;
}

/** A raw HTTP request to a provider's endpoint, as an SDK call site would describe it. */
export interface HttpCallMatch {
  profile: SdkProfile;
  origin: Origin;
  options?: ts.ObjectLiteralExpression;
  /** The JSON body as written (`JSON.stringify({...})`, a const): what the detectors read as the request options. */
  optionsExpression: ts.Expression;
}

/**
 * Whether `call` is an HTTP request to a provider's endpoint. `origin` is the callee's traced origin (undefined for
 * a global `fetch`).
 */
export function matchHttpCall(index: FileIndex, call: ts.CallExpression, origin: Origin | undefined): HttpCallMatch | undefined {
  const client = origin ? CALLERS.find((c) => clientMatches(c, origin)) : globalClient(index, call.expression);
  if (!client) return undefined;
  const url = requestUrl(index, client, call, origin);
  const found = url === undefined ? undefined : endpointOf(url);
  if (!found) return undefined;
  const { endpoint, modelId } = found;
  const body = client.body;
  let options: ts.ObjectLiteralExpression | undefined;
  // What the detectors read as the request: the body; when it cannot be found, the callee itself, which holds no
  // keys (so every setting is "not visible", never "absent").
  let optionsExpression: ts.Expression = call.expression;
  if (body) {
    const holder = call.arguments[body.arg];
    if (body.key) {
      const found = lookupKey(index, resolveObjectLiteral(index, holder), body.key);
      options = found.state === "present" ? resolveObjectLiteral(index, found.value) : undefined;
      if (found.state === "present" && found.value) optionsExpression = found.value;
    } else {
      options = resolveObjectLiteral(index, holder);
      if (holder) optionsExpression = holder;
    }
  }
  // The request's own origin: the client, not the instance's construction (which holds no model settings).
  const own: Origin = {
    module: origin?.module ?? client.id,
    exportName: origin?.exportName ?? client.id,
    instance: origin?.instance ?? false,
    path: origin?.path ?? [],
    ...(modelId ? { modelId } : {}),
  };
  const profile = body ? endpoint.byBodyArg[body.arg] ?? endpoint.profile : endpoint.profile;
  return { profile, origin: own, optionsExpression, ...(options ? { options } : {}) };
}
