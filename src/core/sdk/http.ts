import ts from "typescript";
import { enclosingFunction, isFunctionLike, propertyNameText, unwrap, walk } from "../syntax/ast";
import { indexFor, lookup, lookupValue, settingDefault, thisClass, type FileIndex } from "../syntax/file-index";
import { lookupKey } from "../syntax/options";
import { isJsonStringify, resolveObjectLiteral } from "../syntax/values";
import type { Origin } from "../project/trace";
import { exportMatches, moduleMatches } from "./module-match";
import type { HttpClient, SdkProfile } from "./profile-types";
import { HTTP_CLIENTS, HTTP_PROFILES } from "./profiles/http";
import { escapeRegExp } from "../syntax/patterns";

/**
 * Raw HTTP calls to providers' endpoints: a known HTTP client (profiles/http.ts) called with a URL that resolves
 * statically to an absolute URL one of the HTTP profiles names. Everything here is data-driven; no provider is
 * named. A URL that cannot be read, a relative URL (a route of the app itself) or any other URL is not an LLM call.
 */

/** Stands for a part of a URL the code does not show (a parameter, an env var without a default). */
const UNKNOWN = "\u0000";
/** In a wrapper's URL template, `PARAM_OPEN` + the parameter's position + `PARAM_CLOSE` stands for what a call passes there. */
const PARAM_OPEN = "\u0001";
const PARAM_CLOSE = "\u0002";
const PARAM = /\u0001(\d+)\u0002/g;
const MAX_DEPTH = 8;

interface CompiledEndpoint {
  profile: SdkProfile;
  urls: RegExp[];
  model?: RegExp;
  /** The endpoint reached through a base URL the code does not show: the path and the body's shape (or the path alone). */
  anyHost: { path: RegExp; body: readonly string[]; oneOf?: readonly string[]; pathAlone?: boolean }[];
  /** The endpoint reached through a URL the code does not show at all: the body's shape alone (see HttpEndpoint). */
  unknownUrl?: { body: readonly string[]; oneOf: readonly string[] };
  /** The profile as matched through a call whose JSON body is argument i (its `optionsArg`). */
  byBodyArg: SdkProfile[];
  /** The same, for a body whose cap a wrapper sets (no cap keys). */
  capHiddenByBodyArg: SdkProfile[];
}

const ENDPOINTS: readonly CompiledEndpoint[] = HTTP_PROFILES.filter((p) => p.http).map((profile) => ({
  profile,
  urls: profile.http!.urls.map((u) => new RegExp(u)),
  ...(profile.http!.modelInUrl ? { model: new RegExp(profile.http!.modelInUrl) } : {}),
  anyHost: (profile.http!.anyHost ?? []).map((a) => ({ path: new RegExp(a.path), body: a.body, oneOf: a.oneOf, pathAlone: a.pathAlone })),
  ...(profile.http!.unknownUrl ? { unknownUrl: profile.http!.unknownUrl } : {}),
  byBodyArg: [],
  capHiddenByBodyArg: [],
}));

/**
 * The profile as matched through a call whose JSON body is argument `arg` (its `optionsArg`), made once per argument.
 * `capHidden`: the wrapper the body goes through sets a cap key on it (`body.max_tokens = limit`): the cap is not
 * visible at the call (no cap keys to require), never absent.
 */
function profileWithBody(endpoint: CompiledEndpoint, arg: number, capHidden = false): SdkProfile {
  if (capHidden) return (endpoint.capHiddenByBodyArg[arg] ??= { ...endpoint.profile, optionsArg: arg, maxOutput: undefined });
  return (endpoint.byBodyArg[arg] ??= { ...endpoint.profile, optionsArg: arg });
}

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
    // `window.electron.request(...)`: a bridge the preload script exposes.
    if (ts.isPropertyAccessExpression(root)) {
      const top = unwrap(root.expression);
      if (!ts.isIdentifier(top) || top.text !== "window" || lookup(index, top.text, top)) return undefined;
      return CALLERS.find((c) => c.bridgeMethods?.includes(expr.name.text));
    }
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
export function staticUrl(index: FileIndex, node: ts.Expression | undefined, depth = 0, wrapper?: ts.SignatureDeclaration): string | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  const expr = unwrap(node);
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (ts.isTemplateExpression(expr)) {
    let text = expr.head.text;
    for (const span of expr.templateSpans) {
      text += (staticUrl(index, span.expression, depth + 1, wrapper) ?? UNKNOWN) + span.literal.text;
      if (text.length > MAX_URL_LENGTH) return undefined;
    }
    return text;
  }
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) {
      const left = staticUrl(index, expr.left, depth + 1, wrapper);
      const right = staticUrl(index, expr.right, depth + 1, wrapper);
      if ((left?.length ?? 0) + (right?.length ?? 0) > MAX_URL_LENGTH) return undefined;
      return left === undefined && right === undefined ? undefined : (left ?? UNKNOWN) + (right ?? UNKNOWN);
    }
    // `process.env.BASE_URL ?? "https://..."`, `config.baseURL || DEFAULT_URL`: the default the code shows.
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      const left = staticUrl(index, expr.left, depth + 1, wrapper);
      return left !== undefined && !left.includes(UNKNOWN) ? left : staticUrl(index, expr.right, depth + 1, wrapper);
    }
    return undefined;
  }
  if (ts.isIdentifier(expr)) {
    const decl = lookupValue(index, expr.text, expr);
    // Read as a wrapper's template: its own parameter stands for what each call passes.
    if (wrapper && decl?.kind === "parameter" && ts.isParameter(decl.node) && decl.node.parent === wrapper && !decl.node.dotDotDotToken) {
      return `${PARAM_OPEN}${wrapper.parameters.indexOf(decl.node)}${PARAM_CLOSE}`;
    }
    if (decl?.kind === "parameter" && !decl.init && ts.isParameter(decl.node)) return argumentUrl(indexFor(index, decl.node), decl.node, depth + 1);
    if (!decl?.init || decl.path?.length) return undefined;
    // A const, or a parameter's default (`baseUrl = "https://..."`).
    if (decl.kind === "variable" && !decl.mutable) {
      const init = decl.init;
      if (wrapper) return readOnce(templateUrls, indexFor(index, init), init, () => withPathname(index, decl.node, init, staticUrl(indexFor(index, init), init, depth + 1, wrapper), depth, wrapper));
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
        const text = staticUrl(index, init, depth + 1, wrapper);
        if (text !== undefined) return text;
      }
      return undefined;
    }
    // new URL(...).href
    if (name === "href" && ts.isNewExpression(unwrap(expr.expression))) return staticUrl(index, expr.expression, depth + 1, wrapper);
    // A setting of a value typed by the project's config class: the default the class gives it (`context.COHERE_API_BASE`).
    const fieldDefault = settingDefault(index, expr);
    if (fieldDefault) return staticUrl(indexFor(index, fieldDefault), fieldDefault, depth + 1);
    // A const object's property: ENDPOINTS.chat.
    const obj = resolveObjectLiteral(index, expr.expression, depth + 1);
    const prop = obj?.properties.find((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === name);
    return prop && ts.isPropertyAssignment(prop) ? staticUrl(index, prop.initializer, depth + 1, wrapper) : undefined;
  }
  // new URL(path, base)
  if (ts.isNewExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === "URL" && expr.arguments?.length) {
    const path = staticUrl(index, expr.arguments[0], depth + 1, wrapper);
    if (path === undefined || isAbsolute(path) || !expr.arguments[1]) return path;
    const base = staticUrl(index, expr.arguments[1], depth + 1, wrapper);
    return base === undefined ? undefined : joinUrl(base, path);
  }
  // url.toString(), String(url)
  if (ts.isCallExpression(expr)) {
    const callee = unwrap(expr.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "toString" && expr.arguments.length === 0) return staticUrl(index, callee.expression, depth + 1, wrapper);
    if (ts.isIdentifier(callee) && callee.text === "String" && expr.arguments.length === 1) return staticUrl(index, expr.arguments[0], depth + 1, wrapper);
    return joinedUrl(index, expr, depth, wrapper);
  }
  return undefined;
}

/**
 * A helper joining a base from configuration and a fixed path (`urlJoin("/chat/completions", provider.apiBase)`,
 * `path.join(base, "/v1/messages")`), where a URL is expected: the path after a base the code does not show. Only
 * when one argument is a fixed path and every other one is unreadable.
 */
function joinedUrl(index: FileIndex, call: ts.CallExpression, depth: number, wrapper?: ts.SignatureDeclaration): string | undefined {
  if (call.arguments.length < 2 || call.arguments.length > 3) return undefined;
  let path: string | undefined;
  for (const arg of call.arguments) {
    const text = staticUrl(index, arg, depth + 1, wrapper);
    if (text === undefined || text === UNKNOWN) continue;
    if (path !== undefined || !text.startsWith("/") || text.includes(UNKNOWN) || text.includes(PARAM_OPEN)) return undefined;
    path = text;
  }
  return path === undefined ? undefined : UNKNOWN + path;
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
/** Consts read within a wrapper's URL template (which may hold its parameters): kept apart from `constUrls`. */
const templateUrls: UrlMemo = new WeakMap();

/**
 * A URL object whose path the wrapper extends (`const url = new URL(base); url.pathname += path;`): the URL with each
 * `pathname +=` of the wrapper appended, in order. Any other text as is.
 */
function withPathname(index: FileIndex, declNode: ts.Node, init: ts.Expression, text: string | undefined, depth: number, wrapper: ts.SignatureDeclaration): string | undefined {
  const value = unwrap(init);
  if (!ts.isNewExpression(value) || !ts.isIdentifier(value.expression) || value.expression.text !== "URL") return text;
  if (!ts.isVariableDeclaration(declNode) || !ts.isIdentifier(declNode.name)) return text;
  const name = declNode.name.text;
  let url = text ?? UNKNOWN;
  for (const assignment of indexFor(index, declNode).assignments) {
    const left = unwrap(assignment.left);
    if (assignment.pos < wrapper.pos || assignment.end > wrapper.end || !ts.isPropertyAccessExpression(left) || left.name.text !== "pathname") continue;
    const target = unwrap(left.expression);
    if (!ts.isIdentifier(target) || target.text !== name || lookup(index, name, target)?.node !== declNode) continue;
    const part = staticUrl(index, assignment.right, depth + 1, wrapper) ?? UNKNOWN;
    if (assignment.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) url += part.startsWith("/") || url.endsWith("/") ? part : `/${part}`;
    else if (assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken) url = (/^https?:\/\/[^/]*/i.exec(url)?.[0] ?? UNKNOWN) + (part.startsWith("/") ? part : `/${part}`);
    else return undefined;
    if (url.length > MAX_URL_LENGTH) return undefined;
  }
  return url;
}

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
function requestUrl(index: FileIndex, client: HttpClient, call: ts.CallExpression, origin: Origin | undefined, wrapper?: ts.SignatureDeclaration): string | undefined {
  const where = client.url;
  const arg = where ? call.arguments[where.arg] : undefined;
  if (!where || !arg) return undefined;
  let url: string | undefined;
  if (where.key || where.hostKeys) {
    const obj = resolveObjectLiteral(index, arg);
    if (obj && where.key) {
      const found = lookupKey(index, obj, where.key);
      url = found.state === "present" ? staticUrl(index, found.value, 0, wrapper) : undefined;
    } else if (obj && where.hostKeys) {
      // node's https.request({ hostname, path }): the scheme is the module's.
      const host = where.hostKeys.map((k) => lookupKey(index, obj, k)).find((f) => f.state === "present");
      const path = where.pathKey ? lookupKey(index, obj, where.pathKey) : undefined;
      const hostText = host?.state === "present" ? staticUrl(index, host.value, 0, wrapper) : undefined;
      const pathText = path?.state === "present" ? staticUrl(index, path.value, 0, wrapper) : "";
      if (hostText === undefined || pathText === undefined) return undefined;
      const scheme = origin && /https/.test(origin.module) ? "https://" : "http://";
      url = scheme + hostText + pathText;
    } else if (!obj) url = staticUrl(index, arg, 0, wrapper);
  } else url = staticUrl(index, arg, 0, wrapper);
  if (url === undefined) return undefined;
  if (!isAbsolute(url) && client.baseUrlKey && origin?.construction) {
    const options = resolveObjectLiteral(index, origin.construction.arguments?.[0]);
    const found = lookupKey(index, options, client.baseUrlKey);
    const base = found.state === "present" ? staticUrl(index, found.value, 0, wrapper) : undefined;
    if (base !== undefined) url = joinUrl(base, url);
  }
  return url;
}

/** A JSON body as a call sends it: the expression, read in `index`. */
interface Body {
  index: FileIndex;
  expr: ts.Expression | undefined;
  /** Keys the wrapper the body goes through sets on it before sending (`body.model = body.model ?? config.chatModel`). */
  added?: readonly string[];
}

/** Whether a body has every key of `keys` (and one of `oneOf`): the shape of the endpoint's request. */
function hasShape(body: Body, keys: readonly string[], oneOf: readonly string[] | undefined): boolean {
  const obj = resolveObjectLiteral(body.index, body.expr);
  if (!obj) return false;
  const has = (key: string): boolean => body.added?.includes(key) || lookupKey(body.index, obj, key).state === "present";
  return keys.every(has) && (!oneOf || oneOf.some(has));
}

/** A body whose keys the code does not show here (a parameter, a value built elsewhere): neither the shape nor another. */
function unknownShape(body: Body | undefined): boolean {
  return !body?.expr || !resolveObjectLiteral(body.index, body.expr);
}

/**
 * The endpoint a URL reaches, with the model the URL names. An absolute URL with some of its host known is matched
 * against the endpoints' URLs; a URL whose base the code does not show (`${config.apiBase}/chat/completions`, a
 * host that is only a variable) only by an endpoint's `anyHost` path together with the body's shape.
 */
function endpointOf(url: string, body?: Body): { endpoint: CompiledEndpoint; modelId?: string } | undefined {
  const parts = urlParts(url);
  if (!parts) return undefined;
  const { known, path } = parts;
  if (path === UNKNOWN) {
    // Nothing of the URL is known (a setting, a parameter): the body's shape alone, where an endpoint allows it.
    // The most specific shape wins (Anthropic's body is also an OpenAI-shaped body with a cap).
    let best: CompiledEndpoint | undefined;
    for (const e of ENDPOINTS) {
      if (!body || !e.unknownUrl || !hasShape(body, e.unknownUrl.body, e.unknownUrl.oneOf)) continue;
      if (!best || e.unknownUrl.body.length > best.unknownUrl!.body.length) best = e;
    }
    return best ? { endpoint: best } : undefined;
  }
  for (const endpoint of ENDPOINTS) {
    // With a base the code does not show: the path and the body's shape, or a path no other API has with a body
    // whose shape the code does not show here (`${config.url}/v1/chat/completions` sending a parameter).
    if (known ? !endpoint.urls.some((re) => re.test(path)) : !endpoint.anyHost.some((a) => a.path.test(path) && (body && body.expr && !unknownShape(body) ? hasShape(body, a.body, a.oneOf) : !!a.pathAlone))) continue;
    const model = endpoint.model?.exec(path)?.[1];
    return { endpoint, ...(model && !model.includes(UNKNOWN) ? { modelId: decodeURIComponent(model) } : {}) };
  }
  return undefined;
}

/** A URL's path (`//` folded) and whether some of its host is known; undefined for a relative URL (the app's own route). */
function urlParts(url: string): { known: boolean; path: string } | undefined {
  const query = url.search(/[?#]/);
  const bare = trimTrailingSlashes(query === -1 ? url : url.slice(0, query));
  const host = /^https?:\/\/([^/]*)/i.exec(bare)?.[1];
  if (host === undefined && !bare.startsWith(UNKNOWN)) return undefined;
  // `//` inside the path (a base ending in `/` joined to a path starting with one) is one `/` to the server.
  return { known: host !== undefined && !!host.replace(/\u0000/g, ""), path: bare.replace(/(?<!:)\/{2,}/g, "/") };
}

/**
 * A URL whose base the code does not show and whose path is an endpoint's `anyHost` path: a wrapper sending to it
 * makes a request to that endpoint at each call whose body has the endpoint's shape.
 */
function anyHostPath(url: string): boolean {
  const parts = urlParts(url);
  return !!parts && !parts.known && ENDPOINTS.some((e) => e.anyHost.some((a) => a.path.test(parts.path)));
}

/** A raw HTTP request to a provider's endpoint, as an SDK call site would describe it. */
export interface HttpCallMatch {
  profile: SdkProfile;
  origin: Origin;
  options?: ts.ObjectLiteralExpression;
  /** The JSON body as written (`JSON.stringify({...})`, a const): what the detectors read as the request options. */
  optionsExpression: ts.Expression;
  /** The URL the request goes to, as far as the code shows it (parts it cannot read are U+0000). */
  url: string;
}

/** Where a client call's JSON body is: the expression as written (`JSON.stringify({...})`, a const), if any. */
function bodyExpression(index: FileIndex, client: HttpClient, call: ts.CallExpression): ts.Expression | undefined {
  const body = client.body;
  if (!body) return undefined;
  if ("written" in body) return writtenBody(index, call, body.written);
  const holder = call.arguments[body.arg];
  if (!body.key) return holder;
  const found = lookupKey(index, resolveObjectLiteral(index, holder), body.key);
  return found.state === "present" ? found.value : undefined;
}

/**
 * The body written to the request a call returns (`const req = https.request(...); req.write(postContent)`), in the
 * same function: the first argument of the first such write, through a const (`const postContent = JSON.stringify(json)`).
 */
function writtenBody(index: FileIndex, call: ts.CallExpression, methods: readonly string[]): ts.Expression | undefined {
  const declaration = unwrap(call).parent;
  const fn = enclosingFunction(call);
  if (!fn?.body || !ts.isVariableDeclaration(declaration) || declaration.initializer === undefined || unwrap(declaration.initializer) !== call || !ts.isIdentifier(declaration.name)) return undefined;
  const name = declaration.name.text;
  const written = firstCallIn(index, fn, (c) => {
    const callee = unwrap(c.expression);
    if (!ts.isPropertyAccessExpression(callee) || !methods.includes(callee.name.text) || !c.arguments[0]) return undefined;
    const receiver = unwrap(callee.expression);
    return ts.isIdentifier(receiver) && receiver.text === name && lookup(index, name, receiver)?.node === declaration ? c.arguments[0] : undefined;
  });
  if (!written) return undefined;
  const value = unwrap(written);
  if (!ts.isIdentifier(value)) return written;
  const decl = lookupValue(index, value.text, value);
  return decl?.kind === "variable" && !decl.mutable && !decl.path?.length && decl.init ? decl.init : written;
}

/** The client a call is made with: a known HTTP client's call, or the global `fetch`. */
function clientOf(index: FileIndex, call: ts.CallExpression, origin: Origin | undefined): HttpClient | undefined {
  return origin ? CALLERS.find((c) => clientMatches(c, origin)) : globalClient(index, call.expression);
}

/** The match of a request to `endpoint`, its body the expression `body` of `index`. */
function httpMatch(index: FileIndex, url: string, endpoint: CompiledEndpoint, modelId: string | undefined, client: HttpClient, origin: Origin | undefined, body: ts.Expression | undefined, bodyArg: number | undefined, fallback: ts.Expression, capHidden = false): HttpCallMatch {
  const options = body ? resolveObjectLiteral(index, body) : undefined;
  // The request's own origin: the client, not the instance's construction (which holds no model settings).
  const own: Origin = {
    module: origin?.module ?? client.id,
    exportName: origin?.exportName ?? client.id,
    instance: origin?.instance ?? false,
    path: origin?.path ?? [],
    ...(modelId ? { modelId } : {}),
  };
  const profile = bodyArg !== undefined ? profileWithBody(endpoint, bodyArg, capHidden) : endpoint.profile;
  // What the detectors read as the request: the body; when it cannot be found, the callee itself, which holds no
  // keys (so every setting is "not visible", never "absent").
  return { profile, origin: own, optionsExpression: body ?? fallback, url, ...(options ? { options } : {}) };
}

/**
 * Whether `call` is an HTTP request to a provider's endpoint. `origin` is the callee's traced origin (undefined for
 * a global `fetch`).
 */
export function matchHttpCall(index: FileIndex, call: ts.CallExpression, origin: Origin | undefined): HttpCallMatch | undefined {
  const client = clientOf(index, call, origin);
  if (!client) return undefined;
  // A URL argument the code does not show (a setting, a parameter) is UNKNOWN: only a body of the endpoint's
  // `unknownUrl` shape makes it a call.
  const url = requestUrl(index, client, call, origin) ?? (unreadableUrl(client, call) ? UNKNOWN : undefined);
  if (url === undefined) return undefined;
  const body = bodyExpression(index, client, call);
  const found = endpointOf(url, { index, expr: body });
  if (!found) return undefined;
  return httpMatch(index, url, found.endpoint, found.modelId, client, origin, body, client.body && "arg" in client.body ? client.body.arg : undefined, call.expression);
}

/**
 * Whether a call's URL argument is there but unreadable: a value (a parameter, a setting's property), not a string
 * the code builds (a template or `+` of which nothing could be read would say nothing of its host either).
 */
function unreadableUrl(client: HttpClient, call: ts.CallExpression): boolean {
  const where = client.url;
  const arg = where && call.arguments[where.arg];
  if (!arg || where.key || where.hostKeys) return false;
  const value = unwrap(arg);
  return ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value);
}

/**
 * The path a call of an HTTP client requests from the app's own server: a relative URL (`/api/chat`,
 * `` `/.netlify/functions/${name}` ``), a base the code does not show followed by a path (`${API}/api/chat`), or a
 * URL on localhost. Unknown parts are `*`. Undefined for any other call (another host, no URL, no client).
 */
export function ownRequestPath(index: FileIndex, call: ts.CallExpression, origin: Origin | undefined): string | undefined {
  const client = clientOf(index, call, origin);
  if (!client) return undefined;
  let url = requestUrl(index, client, call, origin);
  if (url === undefined) return undefined;
  if (isAbsolute(url)) {
    const local = /^https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d{1,5})?(?=\/)/i.exec(url);
    if (!local) return undefined;
    url = url.slice(local[0].length);
  }
  const path = url.split(UNKNOWN).join("*").split(/[?#]/)[0]!;
  return path.startsWith("/") || path.startsWith("*/") ? path : undefined;
}

/**
 * An app's own function that sends an HTTP request with the URL and the JSON body its callers pass
 * (`requestChatCompletions(url, header, body)` around `fetch(url, { body: JSON.stringify(body) })`): the client call,
 * the URL as a template of the parameters, and the position of the body's parameter.
 */
export interface HttpWrapper {
  client: HttpClient;
  origin: Origin | undefined;
  url: string;
  bodyParam: number;
  /** The body is this key of the parameter (`fetchWithTimeout(url, init)` around `fetch(url, init)`: `body`). */
  bodyKey?: string;
  /** Keys the wrapper sets on the body parameter before sending it (`body.model = body.model ?? config.chatModel`). */
  addedKeys?: readonly string[];
}

/** Per FileIndex (an incremental parse moves a function's node into the next tree, where its file may read otherwise). */
const wrapperMemos = new WeakMap<FileIndex, Map<ts.Node, (HttpWrapper | null | undefined)[]>>();
/** The wrappers being read, and how many times a read ran into one of them (a cycle of wrappers). */
const reading = new WeakSet<ts.Node>();
const cycles = { count: 0 };

/** A file that calls a global client (`fetch(`) or names a client's module in quotes: only there is a function read as a wrapper. */
const CLIENT_HINT = new RegExp(
  [
    ...new Set(HTTP_CLIENTS.flatMap((c) => c.globals ?? []).map((g) => `\\b${g}\\s*\\(`)),
    ...new Set(HTTP_CLIENTS.flatMap((c) => c.bridgeMethods ?? []).map((m) => `\\bwindow\\s*\\.\\s*[\\w$]+\\s*\\.\\s*${m}\\s*\\(`)),
    `["'\`](?:${[...new Set(HTTP_CLIENTS.flatMap((c) => c.modules))].map(escapeRegExp).join("|")})["'\`]`,
  ].join("|"),
);
const clientFiles = new WeakMap<FileIndex, boolean>();

export function mayCallClient(index: FileIndex): boolean {
  let known = clientFiles.get(index);
  if (known === undefined) clientFiles.set(index, (known = CLIENT_HINT.test(index.text)));
  return known;
}

/** Whether a text calls or names an HTTP client (mayCallClient's test). */
export function namesHttpClient(text: string): boolean {
  return CLIENT_HINT.test(text);
}

/** Answers mayCallClient for an index as for another text (the editor's copy of a file with statements blanked). */
export function presetCallsClient(index: FileIndex, value: boolean): void {
  clientFiles.set(index, value);
}

/** The parameter of `fn` an expression is (looked through `JSON.stringify`), by position. */
function parameterPosition(index: FileIndex, fn: ts.SignatureDeclaration, expr: ts.Expression | undefined): number | undefined {
  if (!expr) return undefined;
  let value = unwrap(expr);
  if (isJsonStringify(value)) value = unwrap(value.arguments[0]!);
  if (!ts.isIdentifier(value)) return undefined;
  const decl = lookupValue(index, value.text, value);
  if (decl?.kind !== "parameter" || !ts.isParameter(decl.node) || decl.node.parent !== fn || decl.node.dotDotDotToken) return undefined;
  return fn.parameters.indexOf(decl.node);
}

/** A parameter of `fn` given whole as a client's options (`init`), or spread into them without `key` (`{ ...init, signal }`). */
function optionsParameter(index: FileIndex, fn: ts.FunctionLikeDeclaration, holder: ts.Expression | undefined, key: string): number | undefined {
  const direct = parameterPosition(index, fn, holder);
  if (direct !== undefined || !holder) return direct;
  const obj = unwrap(holder);
  // `const { onMessage, ...fetchOptions } = options`: the rest of the parameter, when `key` is not taken out.
  if (ts.isIdentifier(obj)) {
    const body = fn.body;
    if (lookup(index, obj.text, obj) || !body) return undefined;
    let position: number | undefined;
    walk(body, (node) => {
      if (position !== undefined || (node !== body && isFunctionLike(node))) return false;
      if (!ts.isVariableDeclaration(node) || !ts.isObjectBindingPattern(node.name) || !node.initializer) return;
      const pattern = node.name;
      const rest = pattern.elements.find((e) => e.dotDotDotToken && ts.isIdentifier(e.name) && e.name.text === obj.text);
      const takesKey = pattern.elements.some((e) => !e.dotDotDotToken && propertyNameText(e.propertyName ?? (ts.isIdentifier(e.name) ? e.name : undefined)) === key);
      if (rest && !takesKey) position = parameterPosition(index, fn, node.initializer);
      return false;
    });
    return position;
  }
  if (!ts.isObjectLiteralExpression(obj) || obj.properties.some((p) => propertyNameText(p.name) === key)) return undefined;
  const spreads = obj.properties.filter(ts.isSpreadAssignment);
  return spreads.length === 1 ? parameterPosition(index, fn, spreads[0]!.expression) : undefined;
}

/** The HTTP wrapper a call calls, if it is one (a project function, resolved by the caller: `Tracer.resolveLocal`). */
export type WrapperResolver = (call: ts.CallExpression, depth: number) => HttpWrapper | undefined;

/** How many wrappers deep a request is followed (`createChatCompletion(json)` → `httpsPost(host, path, json)` → `https.request`). */
const MAX_WRAPPER_DEPTH = 3;

/** The first call in `fn`'s body that `test` accepts, in source order (a binary search to the body's first call). */
function firstCallIn<T>(index: FileIndex, fn: ts.FunctionLikeDeclaration, test: (call: ts.CallExpression) => T | undefined): T | undefined {
  const body = fn.body!;
  const calls = index.calls;
  // The index lists calls in walk order, by start: from the first call in the body to the last.
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (calls[mid]!.pos < body.pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < calls.length && calls[i]!.pos < body.end; i++) {
    const call = calls[i]!;
    if (call.end > body.end) continue;
    const found = test(call);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A wrapper's URL template with each of its parameters replaced by what `call` passes there (read in `wrapper` mode: `outer`'s parameters stay placeholders). */
function fillTemplate(index: FileIndex, template: string, call: ts.CallExpression, outer?: ts.SignatureDeclaration): string | undefined {
  let tooLong = false;
  const url = template.replace(PARAM, (_, position: string) => {
    const text = staticUrl(index, call.arguments[Number(position)], 0, outer) ?? UNKNOWN;
    if (text.length > MAX_URL_LENGTH) tooLong = true;
    return text;
  });
  return tooLong || url.length > MAX_URL_LENGTH ? undefined : url;
}

/**
 * The HTTP wrapper `fn` is, if it is one: a call in it whose body is a parameter of `fn` and whose URL is either
 * built from `fn`'s parameters or fixed (`httpsPost("api.openai.com", "/v1/chat/completions", headers, json)`): an
 * HTTP client's call, or the call of another HTTP wrapper (`resolve`), up to MAX_WRAPPER_DEPTH wrappers deep. Read
 * once per function.
 */
export function httpWrapperOf(index: FileIndex, fn: ts.FunctionLikeDeclaration, trace: (expr: ts.Expression) => Origin | undefined, resolve?: WrapperResolver, depth = 0): HttpWrapper | undefined {
  if (depth > MAX_WRAPPER_DEPTH) return undefined;
  // Per depth: how many wrapper levels are left decides what is found, so the order questions come in does not.
  let wrappers = wrapperMemos.get(index);
  if (!wrappers) wrapperMemos.set(index, (wrappers = new Map()));
  let byDepth = wrappers.get(fn);
  const known = byDepth?.[depth];
  if (known !== undefined) return known ?? undefined;
  if (reading.has(fn)) {
    cycles.count++;
    return undefined;
  }
  const cyclesBefore = cycles.count;
  reading.add(fn);
  let found: HttpWrapper | undefined;
  try {
    if (fn.parameters.length >= 1 && fn.body) {
      const direct = mayCallClient(index);
      found = firstCallIn(index, fn, (call) => {
        const origin = direct ? trace(call.expression) : undefined;
        const client = direct ? clientOf(index, call, origin) : undefined;
        if (client?.body) return clientWrapper(index, fn, call, client, origin);
        // A wrapper of a wrapper: the inner wrapper's body and URL parameters filled from this function's.
        // Only a call given one of this function's parameters can forward its body: others are not resolved.
        const forwards = resolve && call.arguments.length >= 1 && !call.arguments.some(ts.isSpreadElement) && call.arguments.some((a) => parameterPosition(index, fn, a) !== undefined);
        const inner = forwards ? resolve(call, depth + 1) : undefined;
        return inner ? wrapperOfWrapper(index, fn, call, inner) : undefined;
      });
    }
  } finally {
    reading.delete(fn);
  }
  // At most MAX_WRAPPER_DEPTH + 1 reads per function; one cut short by a cycle of wrappers (it depends on where the
  // question came from) is not kept.
  if (cycles.count === cyclesBefore) {
    if (!byDepth) wrappers.set(fn, (byDepth = []));
    byDepth[depth] = found ?? null;
  }
  return found;
}

/** `fn` as a wrapper around a client call in it, when the body is one of its parameters. */
function clientWrapper(index: FileIndex, fn: ts.FunctionLikeDeclaration, call: ts.CallExpression, client: HttpClient, origin: Origin | undefined): HttpWrapper | undefined {
  let bodyParam = parameterPosition(index, fn, bodyExpression(index, client, call));
  let bodyKey: string | undefined;
  // The options object passed through whole: the body is its key at each call.
  const options = client.body && "key" in client.body ? client.body : undefined;
  if (bodyParam === undefined && options?.key) {
    bodyParam = optionsParameter(index, fn, call.arguments[options.arg], options.key);
    bodyKey = options.key;
  }
  if (bodyParam === undefined) return undefined;
  const url = requestUrl(index, client, call, origin, fn);
  // A URL built from the parameters, or a fixed one that reaches an endpoint (the body is what each caller sends),
  // or one whose base is configuration and whose path is an endpoint's (`config.url + "/v1/chat/completions"`).
  if (url === undefined || (!url.includes(PARAM_OPEN) && !endpointOf(url) && !anyHostPath(url))) return undefined;
  const added = bodyKey ? [] : keysSetOn(index, fn, fn.parameters[bodyParam]!);
  return { client, origin, url, bodyParam, ...(bodyKey ? { bodyKey } : {}), ...(added.length ? { addedKeys: added } : {}) };
}

/** The keys a function sets on its parameter (`body.model = ...`, `body["stream"] = true`), in its own body. */
function keysSetOn(index: FileIndex, fn: ts.FunctionLikeDeclaration, param: ts.ParameterDeclaration): string[] {
  if (!ts.isIdentifier(param.name) || !fn.body) return [];
  const name = param.name.text;
  const keys: string[] = [];
  for (const assignment of index.assignments) {
    if (assignment.pos < fn.body.pos || assignment.end > fn.body.end) continue;
    const left = unwrap(assignment.left);
    const key = ts.isPropertyAccessExpression(left) ? left.name.text : ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression) ? left.argumentExpression.text : undefined;
    const target = key !== undefined ? unwrap((left as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression) : undefined;
    if (key === undefined || !target || !ts.isIdentifier(target) || target.text !== name || lookupValue(index, name, target)?.node !== param) continue;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** `fn` as a wrapper around the call of another wrapper, when the body it passes is one of `fn`'s parameters. */
function wrapperOfWrapper(index: FileIndex, fn: ts.FunctionLikeDeclaration, call: ts.CallExpression, inner: HttpWrapper): HttpWrapper | undefined {
  const bodyParam = parameterPosition(index, fn, call.arguments[inner.bodyParam]);
  if (bodyParam === undefined) return undefined;
  const url = fillTemplate(index, inner.url, call, fn);
  if (url === undefined || (!url.includes(PARAM_OPEN) && !endpointOf(url) && !anyHostPath(url))) return undefined;
  return { ...inner, url, bodyParam };
}

/**
 * Whether a request's body is a parameter of the wrapper it is made in, and that wrapper is called in this file with
 * a body that makes the request (`httpsPost(host, path, json)` called by `createChatCompletion(key, { model, ... })`):
 * then the calls of the wrapper are the call sites, not the request inside it, which sends whatever it is given.
 */
export function forwardsBody(index: FileIndex, call: ts.CallExpression, body: ts.Expression | undefined, trace: (expr: ts.Expression) => Origin | undefined, resolve: WrapperResolver): boolean {
  const value = body ? unwrap(body) : undefined;
  const decl = value && ts.isIdentifier(value) ? lookupValue(index, value.text, value) : undefined;
  // The function whose parameter the body is (the request may sit in a callback within it: `new Promise((resolve) => ...)`).
  const fn = decl?.kind === "parameter" && ts.isParameter(decl.node) && isFunctionLike(decl.node.parent) ? decl.node.parent : undefined;
  if (!fn?.body || call.pos < fn.body.pos || call.end > fn.body.end) return false;
  const binding = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name : undefined;
  if (!binding) return false;
  const wrapper = httpWrapperOf(index, fn, trace, resolve);
  if (!wrapper) return false;
  const declNode = ts.isFunctionDeclaration(fn) ? fn : fn.parent;
  return callsOf(index, binding.text).some((c) => lookup(index, binding.text, c.expression)?.node === declNode && matchHttpWrapperCall(index, c, wrapper) !== undefined);
}

/**
 * A call of an HTTP wrapper (`requestChatCompletions(\`${base}/chat/completions\`, header, body)`): an LLM call here when
 * the URL the call's arguments make reaches an endpoint and its body has the request's shape. The call is the site;
 * its body argument is the request.
 */
export function matchHttpWrapperCall(index: FileIndex, call: ts.CallExpression, wrapper: HttpWrapper): HttpCallMatch | undefined {
  if (call.arguments.some((a) => ts.isSpreadElement(a))) return undefined;
  const url = fillTemplate(index, wrapper.url, call);
  if (url === undefined || url.includes(PARAM_OPEN)) return undefined;
  const given = call.arguments[wrapper.bodyParam];
  let body: ts.Expression | undefined = given;
  if (wrapper.bodyKey) {
    const found = lookupKey(index, resolveObjectLiteral(index, given), wrapper.bodyKey);
    body = found.state === "present" ? found.value : undefined;
  }
  const found = endpointOf(url, { index, expr: body, ...(wrapper.addedKeys ? { added: wrapper.addedKeys } : {}) });
  if (!found) return undefined;
  // The wrapper sets a cap on the body itself: the call's own body shows no cap, but it is not absent.
  const capHidden = !!wrapper.addedKeys?.some((key) => capKeyRoots(found.endpoint.profile).has(key));
  return httpMatch(index, url, found.endpoint, found.modelId, wrapper.client, wrapper.origin, body, wrapper.bodyParam, call.expression, capHidden);
}

/** The top-level keys of a profile's cap keys (`options` of `options.num_predict`). */
function capKeyRoots(profile: SdkProfile): Set<string> {
  return new Set([...(profile.maxOutput ?? []), ...(profile.otherMaxOutput ?? [])].map((k) => k.split(".")[0]!));
}
