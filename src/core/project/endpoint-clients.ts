import ts from "typescript";
import { walk } from "../syntax/ast";
import { parseSource } from "../syntax/parse";

/**
 * The app's own web client, on the other side of HTTP: which of the project's endpoints it posts a conversation to,
 * and whether whole. A route handler cannot show its client; the project's client files can (issue 9).
 *
 * A post is a call one of whose arguments names an endpoint (a relative path such as `"/api/chat"`, a template
 * `` `/api/chat/${id}` ``, a URL on the same host, or a bare Netlify function name given to the app's own helper) and
 * whose arguments hold a `messages` key (`fetch(url, { body: JSON.stringify({ messages }) })`, `axios.post(url, {
 * messages })`, `runFunc("ai-discovery", { messages: prep(messages) })`, through a const of the file), or a `history`
 * key (`{ question, history }`, a retrieval chain's chat history). The value
 * posted is **whole** when it names the conversation (`messages`, `history`, `chat…`, also mapped or spread) and
 * nothing on its way cuts it (a slice, a token budget, a window, the last message only): followed through consts of
 * the file, up to 3 hops. Only files that keep a conversation in state are clients (a `useState`/`useReducer` pair
 * named after it, a `set…Messages(` setter, a `….messages.push(`, a state update `history: [...state.history, turn]`);
 * others post nothing here.
 */
export interface EndpointPost {
  /** The path posted to, as written: `/api/chat`, `/.netlify/functions/*` (a placeholder), `ai-discovery`. */
  endpoint: string;
  /** The conversation is posted whole; false: cut (a window, the last message), or not a conversation we can name. */
  whole: boolean;
}

const CONVERSATION = /messages|history|conversation|chats?\b|chatlog|dialog/i;
/** A cut on the way: slices, windows, budgets, the last message. */
const CUT = /\.slice\s?\(|\.splice\s?\(|\.at\s?\(\s?-|\.length\s?-\s?\d|trim|truncat|budget|window|limit|last|recent|tail|latest|max/i;
/** The file keeps a conversation in state. */
const STATEFUL =
  /\[\s?\w{0,40}(?:messages|history|conversation|chats?)\w{0,40}\s?,\s?set\w{1,60}\s?\]\s?=\s?(?:React\.)?use(?:State|Reducer|Immer)\b|\bset\w{0,40}(?:Messages|History|Conversation|Chats?)\s?\(|\b\w{0,40}(?:messages|history|conversation)\w{0,40}\s?\.\s?push\s?\(|\b(?:messages|history)\s?:\s?\[\s?\.\.\.\s?\w{1,40}\s?\.\s?(?:messages|history)\b/i;
/** Keys a request body holds a conversation under: `{ messages }`, `{ question, history }` (a chain's chat history). */
const POSTED_KEYS = ["messages", "history", "chat_history", "chatHistory"];
/** A string that may name an endpoint: a path, a URL, or a bare function name. */
const ENDPOINT_TEXT = /^(?:https?:\/\/[^/\s]+)?\/?[\w.~@:-]+(?:\/[\w.~@:*-]*)*$/;

/** Cheap gate on the text before parsing: a `messages` (or `history`) key and a conversation kept in state. */
export function mayPostConversation(text: string): boolean {
  return /\b(?:messages|history|chat_history|chatHistory)\s?[:,}]/.test(text) && STATEFUL.test(text);
}

/** The conversations a client file posts to endpoints of its app (parsed only when `mayPostConversation`). */
export function endpointPostsIn(fileName: string, text: string): EndpointPost[] {
  if (!mayPostConversation(text)) return [];
  let sf: ts.SourceFile;
  try {
    sf = parseSource(fileName, text);
  } catch {
    return [];
  }
  const consts = new Map<string, ts.Expression | null>();
  const functions = new Map<string, ts.Node | null>();
  walk(sf, (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      // A name declared twice in the file is not followed (no scopes here).
      consts.set(n.name.text, consts.has(n.name.text) ? null : n.initializer);
      const init = unwrapExpr(n.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) functions.set(n.name.text, functions.has(n.name.text) ? null : init);
    } else if (ts.isFunctionDeclaration(n) && n.name && n.body) {
      functions.set(n.name.text, functions.has(n.name.text) ? null : n);
    }
  });
  const resolve = (e: ts.Expression): ts.Expression => {
    let current = e;
    for (let hops = 0; hops < 3; hops++) {
      const u = unwrapExpr(current);
      if (!ts.isIdentifier(u)) return u;
      const init = consts.get(u.text);
      if (!init) return u;
      current = init;
    }
    return unwrapExpr(current);
  };
  const posts: EndpointPost[] = [];
  walk(sf, (n) => {
    if (!ts.isCallExpression(n) || n.arguments.length === 0) return;
    const endpoints: string[] = [];
    let messages: ts.Expression | undefined;
    for (const arg of n.arguments) {
      const value = resolve(arg);
      const endpoint = endpointText(value);
      if (endpoint !== undefined) endpoints.push(endpoint);
      else if (ts.isObjectLiteralExpression(value)) {
        const url = propertyValue(value, "url");
        const urlText = url && endpointText(resolve(url));
        if (urlText !== undefined) endpoints.push(urlText);
        messages ??= messagesIn(value, resolve, 0);
      }
    }
    if (!endpoints.length || !messages) return;
    const whole = postedWhole(messages, resolve, sf, functions);
    for (const endpoint of endpoints) posts.push({ endpoint, whole });
  });
  return posts;
}

function unwrapExpr(e: ts.Expression): ts.Expression {
  let current = e;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isSatisfiesExpression(current) || ts.isAwaitExpression(current)) current = current.expression;
  return current;
}

/** A string or template that may name an endpoint, placeholders as `*`. */
function endpointText(e: ts.Expression): string | undefined {
  let text: string | undefined;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) text = e.text;
  else if (ts.isTemplateExpression(e)) text = e.head.text + e.templateSpans.map((s) => `*${s.literal.text}`).join("");
  if (text === undefined || text.length > 300) return undefined;
  const path = text.split(/[?#]/)[0]!;
  if (!path || !ENDPOINT_TEXT.test(path.replace(/\*/g, "x"))) return undefined;
  return path;
}

function propertyValue(obj: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

/** The `messages` value of a request's body: `{ messages }`, `{ body: JSON.stringify({ messages }) }`, `{ json: {...} }`, `{ data: body }`. */
function messagesIn(obj: ts.ObjectLiteralExpression, resolve: (e: ts.Expression) => ts.Expression, depth: number): ts.Expression | undefined {
  for (const key of POSTED_KEYS) {
    const direct = propertyValue(obj, key);
    if (direct) return direct;
  }
  if (depth > 2) return undefined;
  for (const key of ["body", "json", "data", "payload"]) {
    let value = propertyValue(obj, key);
    if (!value) continue;
    value = resolve(value);
    // `JSON.stringify(x)`
    if (ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === "stringify" && value.arguments[0]) value = resolve(value.arguments[0]);
    if (ts.isObjectLiteralExpression(value)) {
      const found = messagesIn(value, resolve, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Array methods that copy or reshape a conversation without cutting it. */
const KEEPS_WHOLE = new Set(["map", "filter", "concat", "flatMap", "flat", "toReversed", "reverse"]);

/**
 * Whether a posted value is the whole conversation: it names one, and nothing on its way (up to 3 consts) cuts it.
 * A function of the file it goes through must not cut either (its text is read); a function we cannot read (imported,
 * a method of another object) may cut it to a token budget: then the value is not known to be whole.
 */
function postedWhole(value: ts.Expression, resolve: (e: ts.Expression) => ts.Expression, sf: ts.SourceFile, functions: ReadonlyMap<string, ts.Node | null>): boolean {
  let named = false;
  let current: ts.Expression = value;
  for (let hops = 0; hops < 4; hops++) {
    if (!keepsWhole(current, sf, functions)) return false;
    if (identifiersIn(current).some((name) => CONVERSATION.test(name))) named = true;
    const next = resolve(current);
    if (next === current) break;
    current = next;
  }
  if (!keepsWhole(current, sf, functions)) return false;
  return named || identifiersIn(current).some((name) => CONVERSATION.test(name));
}

/** No cut in the expression's text, and every call in it is an array method that keeps all, or a function of the file that does not cut. */
function keepsWhole(e: ts.Expression, sf: ts.SourceFile, functions: ReadonlyMap<string, ts.Node | null>): boolean {
  if (CUT.test(e.getText(sf))) return false;
  let whole = true;
  walk(e, (n) => {
    if (!whole || !ts.isCallExpression(n)) return whole;
    const callee = unwrapExpr(n.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      if (!KEEPS_WHOLE.has(callee.name.text)) whole = false;
    } else if (ts.isIdentifier(callee)) {
      const fn = functions.get(callee.text);
      if (!fn || CUT.test(fn.getText(sf))) whole = false;
    } else whole = false;
    return whole;
  });
  return whole;
}

/** The identifiers of an expression that are values (not property names or callees' names). */
function identifiersIn(e: ts.Node): string[] {
  const out: string[] = [];
  walk(e, (n) => {
    if (!ts.isIdentifier(n)) return;
    const p = n.parent;
    if (p && ts.isPropertyAssignment(p) && p.name === n) return;
    if (p && ts.isCallExpression(p) && p.expression === n) return;
    out.push(n.text);
  });
  return out;
}

/** The endpoint paths of a route file, by where it sits in its project (`rel`: relative to the project root). */
export interface RouteKey {
  /** Segments; `*` for a dynamic segment (`[id]`, `:id`). */
  segments: string[];
  /** A Netlify function: a client may name it bare (`"ai-discovery"`) to the helper that fetches `/.netlify/functions/${name}`. */
  netlifyName?: string;
  /** A path registered in code (`app.post("/chat", ...)`): a router may be mounted under a prefix, so the client's path may end with it. */
  suffix?: boolean;
}

const ROUTE_EXT = "\\.[cm]?[jt]sx?$";
const NEXT_APP = new RegExp(`(?:^|/)app/((?:[^/]+/)*?)route${ROUTE_EXT}`);
const NEXT_PAGES = new RegExp(`(?:^|/)pages/(api/.+?)${ROUTE_EXT}`);
const NETLIFY = /(?:^|\/)netlify\/functions\/([^/]+?)(?:\/([^/]+?))?\.[cm]?[jt]s$/;
const VERCEL = new RegExp(`(?:^|/)(api/.+?)${ROUTE_EXT}`);

/** The routes a file serves by its place in the project: Next.js app and pages routes, Vercel and Netlify functions. */
export function routeKeysOfPath(rel: string): RouteKey[] {
  const p = rel.split("\\").join("/");
  const netlify = NETLIFY.exec(p);
  if (netlify) {
    const name = netlify[1]!;
    // `netlify/functions/x/index.js` or `x/x.js` is function x; another file in its folder is a module of it.
    if (netlify[2] !== undefined && netlify[2] !== "index" && netlify[2] !== name) return [];
    return [{ segments: [".netlify", "functions", name], netlifyName: name }];
  }
  const app = NEXT_APP.exec(p);
  if (app) return [{ segments: segmentsOf(app[1]!).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@")) }];
  const pages = NEXT_PAGES.exec(p);
  const vercel = pages ?? VERCEL.exec(p);
  if (vercel) {
    const segments = segmentsOf(vercel[1]!);
    if (segments[segments.length - 1] === "index") segments.pop();
    return [{ segments }];
  }
  return [];
}

/** A path registered in code: `app.post("/api/chat", handler)`. */
export function registeredRouteKey(path: string): RouteKey | undefined {
  const segments = segmentsOf(path.split(/[?#]/)[0]!);
  return segments.length ? { segments, suffix: true } : undefined;
}

function segmentsOf(path: string): string[] {
  return path
    .split("/")
    .filter((s) => s.length > 0)
    .map((s) => (/^\[.*\]$|^:/.test(s) ? "*" : s));
}

/**
 * Whether a client's endpoint names this route. `reach`: whether a request to it may reach this route — a client's
 * placeholder then takes any segment (`/.netlify/functions/${name}` reaches every function), as long as one fixed
 * segment of the client's path matches one of the route's.
 */
export function postMatches(endpoint: string, key: RouteKey, netlifyClient: boolean, reach = false): boolean {
  const withoutHost = endpoint.replace(/^https?:\/\/[^/]+/, "");
  if (!withoutHost.includes("/")) return !!key.netlifyName && netlifyClient && withoutHost === key.netlifyName;
  const client = segmentsOf(withoutHost);
  const route = key.segments;
  if (!route.length || client.length < route.length) return false;
  // A leading placeholder (`${API_BASE}/api/chat`) is a base URL: the path after it is compared.
  const offset = client.length - route.length;
  if (offset > 0 && !key.suffix && !(offset === 1 && client[0] === "*")) return false;
  for (let i = 0; i < route.length; i++) {
    const c = client[offset + i]!;
    const r = route[i]!;
    // The route's dynamic segment takes any value; the client's placeholder matches only a dynamic segment (a
    // helper posting to `/api/${name}` does not say which route it posts to).
    if (c !== r && r !== "*" && !(reach && c === "*")) return false;
  }
  // A route whose only segments are placeholders, or a path whose fixed segments meet none, matches anything: not a match.
  return route.some((s, i) => s !== "*" && client[offset + i] === s);
}
