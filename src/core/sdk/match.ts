import ts from "typescript";
import { isJsonStringify, resolveObjectLiteral, staticString } from "../syntax/values";
import { lookupKey } from "../syntax/options";
import { isFunctionLike, unwrap } from "../syntax/ast";
import { lookup, type FileIndex } from "../syntax/file-index";
import { type LocalValue, type Origin, type Tracer } from "../project/trace";
import { exportMatches, moduleMatches, withModule } from "./module-match";
import { forwardsBody, httpWrapperOf, matchHttpCall, matchHttpWrapperCall, mayCallClient, type HttpCallMatch, type HttpWrapper, type WrapperResolver } from "./http";
import type { SdkProfile } from "./profile-types";
import { PROFILES } from "./profiles";
import { isTextRequest } from "./text-request";

/** A recognised SDK call or construction in a file. */
export interface CallSite {
  node: ts.CallExpression | ts.NewExpression;
  profile: SdkProfile;
  origin: Origin;
  /** The request options object, inline or through a const in the file. */
  options?: ts.ObjectLiteralExpression;
  /** The receiver was not traced to an import; the method path alone identified it. */
  byPathOnly?: boolean;
  /** The request options as written, when they are not an argument of the call (a command object's input). */
  optionsExpression?: ts.Expression;
  /** A raw HTTP request: the URL it goes to, as far as the code shows it (parts it cannot read are U+0000). */
  url?: string;
  /**
   * A call of a method several classes implement, one of them an HTTP wrapper this call makes an LLM request through:
   * the other implementations, each of which must make an LLM call for the site to count (the analysis checks).
   */
  otherImplementations?: readonly { fn: ts.FunctionLikeDeclaration; home: Tracer }[];
}

function pathEquals(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function profileMatches(profile: SdkProfile, origin: Origin, construct: boolean): boolean {
  if (!!profile.construct !== construct) return false;
  // Constructors match the class itself; `instance` describes the calls made on what they build.
  if (!construct && profile.instance !== origin.instance) return false;
  if (!moduleMatches(origin.module, profile.modules)) return false;
  if (!exportMatches(origin.exportName, profile.exports)) return false;
  return profile.paths.some((p) => pathEquals(p, origin.path));
}

/** The property-name chain of a callee whose root could not be traced: `x.chat.completions.create` gives that path. */
function untracedPath(expr: ts.Expression): string[] | undefined {
  const names: string[] = [];
  let current = unwrap(expr);
  while (ts.isPropertyAccessExpression(current)) {
    names.push(current.name.text);
    current = unwrap(current.expression);
  }
  return names.length > 0 ? names.reverse() : undefined;
}

/** The receiver's root is an object or class the file itself defines: a fake, a wrapper, not an SDK client. */
function isLocalObject(index: FileIndex, callee: ts.Expression): boolean {
  let root = unwrap(callee);
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root) || ts.isElementAccessExpression(root)) root = unwrap(root.expression);
  if (ts.isNewExpression(root)) {
    const ctor = unwrap(root.expression);
    return ts.isIdentifier(ctor) && lookup(index, ctor.text, ctor)?.kind === "class";
  }
  if (!ts.isIdentifier(root)) return false;
  const decl = lookup(index, root.text, root);
  if (!decl) return false;
  if (decl.kind === "class" || decl.kind === "function") return true;
  if (decl.kind === "variable" && decl.init) {
    const init = unwrap(decl.init);
    if (ts.isObjectLiteralExpression(init)) return true;
    if (ts.isNewExpression(init)) {
      const ctor = unwrap(init.expression);
      return ts.isIdentifier(ctor) && lookup(index, ctor.text, ctor)?.kind === "class";
    }
  }
  return false;
}

/**
 * The receiver of a distinctive method path (`x` of `x.chat.completions.create`) is a value the project defines: an
 * object literal (a test double), a class, an instance of one of its classes. `this.client` of a class whose base
 * class (not read) holds the client is not: it is left to the path.
 */
function definedByProject(tracer: Tracer, callee: ts.Expression, pathLength: number): boolean {
  let receiver = unwrap(callee);
  for (let i = 0; i < pathLength && ts.isPropertyAccessExpression(receiver); i++) receiver = unwrap(receiver.expression);
  const local = tracer.resolveLocal(receiver);
  // A value typed by the project's own interface (`client: OpenAiLike`) is not defined by it: its value comes from elsewhere.
  return !!local && local.kind !== "namespace" && local.kind !== "shape" && local.kind !== "implementations";
}

/** A command-object request (`client.send(new ConverseCommand(input))`): the `new` expression, when it is one of the profile's. */
function commandOf(tracer: Tracer, profile: SdkProfile, call: ts.CallExpression): ts.NewExpression | undefined {
  const command = profile.command;
  const arg = command ? call.arguments[command.arg] : undefined;
  const origin = arg ? tracer.trace(arg) : undefined;
  if (!command || !origin || !origin.instance || origin.path.length > 0) return undefined;
  if (!moduleMatches(origin.module, profile.modules) || !exportMatches(origin.exportName, command.exports)) return undefined;
  return origin.construction && ts.isNewExpression(origin.construction) ? origin.construction : undefined;
}

/** The argument an agent-run profile requires to be an agent (`createStep(agent)`), when it is one. */
function agentGiven(tracer: Tracer, profile: SdkProfile, call: ts.CallExpression): boolean {
  const only = profile.onlyForAgent;
  if (!only) return true;
  const arg = call.arguments[only.arg];
  const origin = arg ? tracer.trace(arg) : undefined;
  return !!origin && origin.instance && origin.path.length === 0 && moduleMatches(origin.module, only.modules) && exportMatches(origin.exportName, only.exports);
}

/** The request options under the first of `keys` the argument has (`{ chatRequest: {...} }`), if any. */
function optionsUnder(index: FileIndex, arg: ts.Expression | undefined, keys: readonly string[]): ts.Expression | undefined {
  for (const key of keys) {
    const found = lookupKey(index, arg, key);
    if (found.state === "present" && found.value) return found.value;
  }
  return undefined;
}

/** The first profile whose distinctive method path ends the callee's path, and that path's length. */
function distinctiveMatch(profiles: readonly SdkProfile[], path: readonly string[]): { profile: SdkProfile; length: number } | undefined {
  for (const profile of profiles) {
    if (!profile.distinctivePath) continue;
    const matched = profile.paths.find((pp) => pp.length > 0 && path.length >= pp.length && pathEquals(pp, path.slice(-pp.length)));
    if (matched) return { profile, length: matched.length };
  }
  return undefined;
}

/** A profile recognised by the model id a call names (`env.AI.run("@cf/…", inputs)`), whatever its receiver. */
function modelIdMatch(index: FileIndex, profiles: readonly SdkProfile[], call: ts.CallExpression): SdkProfile | undefined {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  for (const profile of profiles) {
    const rule = profile.modelIdCall!;
    if (callee.name.text !== rule.method) continue;
    const arg = call.arguments[rule.arg];
    const id = arg ? staticString(index, arg) : undefined;
    if (id !== undefined && rule.prefixes.some((prefix) => id.startsWith(prefix))) return profile;
    if (id === undefined && arg && rule.binding && bindingCall(index, callee, call, profile, rule.binding)) return profile;
  }
  return undefined;
}

/** A platform binding called with a model the code does not show: by the binding's name and the request's shape. */
function bindingCall(index: FileIndex, callee: ts.PropertyAccessExpression, call: ts.CallExpression, profile: SdkProfile, binding: { names: string; shapes: readonly (readonly string[])[] }): boolean {
  const receiver = unwrap(callee.expression);
  const name = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
  if (name === undefined || !new RegExp(`^(?:${binding.names})$`).test(name)) return false;
  const options = resolveObjectLiteral(index, profile.optionsArg !== undefined ? call.arguments[profile.optionsArg] : undefined);
  return !!options && binding.shapes.some((keys) => keys.every((key) => lookupKey(index, options, key).state === "present"));
}

function calleeText(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression);
  return ts.isIdentifier(callee) ? callee.text : undefined;
}

/** How far the receiver of a call is followed to its root name (an imported object of wrappers: `api.llm.post(...)`). */
const MAX_RECEIVER_STEPS = 8;

const PROJECT_IMPORT = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'`](?:\.|@\/|~\/|#)/;
const projectImports = new WeakMap<FileIndex, boolean>();

/** Whether a file imports one of the project's own modules (relative paths, common aliases): a text scan, once per file. */
function importsProjectModule(index: FileIndex): boolean {
  let known = projectImports.get(index);
  if (known === undefined) projectImports.set(index, (known = PROJECT_IMPORT.test(index.text)));
  return known;
}

/** A call of a project function that sends its URL and body arguments with an HTTP client, when they make an LLM request. */
function httpWrapperCall(index: FileIndex, tracer: Tracer, call: ts.CallExpression): HttpCallMatch | undefined {
  if (call.arguments.length < 1) return undefined;
  const local = calledLocal(index, tracer, call);
  const wrapper = local?.kind === "function" ? wrapperOf(local.fn, local.home, 0) : undefined;
  return wrapper ? matchHttpWrapperCall(index, call, wrapper) : undefined;
}

/**
 * A call of a method that several classes of the project implement (`strategy.chat(request)` with `strategy:
 * ChatStrategy`), when one of them is an HTTP wrapper that this call's arguments make an LLM request: that request,
 * and the implementations that are not (the analysis keeps the site only when each of those makes an LLM call).
 */
function implementationsCall(index: FileIndex, tracer: Tracer, call: ts.CallExpression): { http: HttpCallMatch; others: { fn: ts.FunctionLikeDeclaration; home: Tracer }[] } | undefined {
  if (call.arguments.length < 1) return undefined;
  const local = calledLocal(index, tracer, call);
  if (local?.kind !== "implementations") return undefined;
  let http: HttpCallMatch | undefined;
  const others: { fn: ts.FunctionLikeDeclaration; home: Tracer }[] = [];
  for (const impl of local.fns) {
    const wrapper = wrapperOf(impl.fn, impl.home, 0);
    const found = wrapper ? matchHttpWrapperCall(index, call, wrapper) : undefined;
    if (found) http ??= found;
    else others.push(impl);
  }
  return http ? { http, others } : undefined;
}

/** The HTTP wrapper a call calls: a project function (here or in another module) around a client or another wrapper. */
function wrapperCalled(index: FileIndex, tracer: Tracer, call: ts.CallExpression, depth: number): HttpWrapper | undefined {
  const local = calledLocal(index, tracer, call);
  return local?.kind === "function" ? wrapperOf(local.fn, local.home, depth) : undefined;
}

function wrapperOf(fn: ts.FunctionLikeDeclaration, home: Tracer, depth: number): HttpWrapper | undefined {
  return httpWrapperOf(home.index, fn, (expr) => home.trace(expr), wrapperResolver(home), depth);
}

/** What a call calls, when it may be an HTTP wrapper: a project function or the implementations of a method. */
function calledLocal(index: FileIndex, tracer: Tracer, call: ts.CallExpression): LocalValue | undefined {
  // A function of this file (or a method of an object or class it holds) can be a wrapper only if the file calls a
  // client; a function of this file called by name also when the file imports a project module (whose wrapper it may
  // wrap: `const review = (key, body) => createChatCompletion(key, body)`). A method of another module's class
  // (`strategy.chat(request)` on an instance or a value typed by a project interface) is read in its own module.
  if (!mayCallClient(index)) {
    // A few steps at most: the root of a long call chain (`b.with(1).with(1)...`) is read once per call of it.
    let root = unwrap(call.expression);
    for (let steps = 0; steps < MAX_RECEIVER_STEPS && (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)); steps++) root = unwrap(root.expression);
    const decl = ts.isIdentifier(root) ? lookup(index, root.text, root) : undefined;
    const required = decl?.kind === "variable" && !!decl.init && ts.isCallExpression(unwrap(decl.init)) && calleeText(unwrap(decl.init) as ts.CallExpression) === "require";
    const localByName = root === unwrap(call.expression) && (decl?.kind === "function" || (decl?.kind === "variable" && !!decl.init && isFunctionLike(unwrap(decl.init))));
    // `this.send(...)` of a class whose base class is another module's (an inherited wrapper) is a method too.
    const method = root !== unwrap(call.expression) && (!!decl || root.kind === ts.SyntaxKind.ThisKeyword) && importsProjectModule(index);
    if (decl?.kind !== "import" && !required && !(localByName && importsProjectModule(index)) && !method) return undefined;
    const local = tracer.resolveLocal(call.expression);
    // A method: only another module's (a class of this file cannot wrap a client the file does not call).
    if (method && decl?.kind !== "import" && !required && local?.kind === "function" && local.home === tracer) return undefined;
    return local;
  }
  return tracer.resolveLocal(call.expression);
}

/** Resolves the wrappers called in a file (for wrappers of wrappers). */
function wrapperResolver(tracer: Tracer): WrapperResolver {
  return (call, depth) => wrapperCalled(tracer.index, tracer, call, depth);
}

/** An HTTP request to an endpoint that also serves models that do not generate text: a text request only as its profile says. */
function isTextHttp(index: FileIndex, http: HttpCallMatch, call: ts.CallExpression): boolean {
  return !http.profile.textRequest || isTextRequest(index, http.profile, http.optionsExpression, call, http.origin.modelId);
}

export function matchCallSites(index: FileIndex, tracer: Tracer, profiles: readonly SdkProfile[] = PROFILES): CallSite[] {
  const sites: CallSite[] = [];
  const add = (node: ts.CallExpression | ts.NewExpression, profile: SdkProfile, origin: Origin, byPathOnly = false): void => {
    const command = profile.command && ts.isCallExpression(node) ? commandOf(tracer, profile, node) : undefined;
    const given = command ? command.arguments?.[0] : profile.optionsArg !== undefined ? node.arguments?.[profile.optionsArg] : undefined;
    const wrapped = profile.optionsUnder ? optionsUnder(index, given, profile.optionsUnder) : undefined;
    const arg = wrapped ?? given;
    // An image, embedding or custom-model request to an endpoint that also serves text models: not an LLM call.
    if (profile.textRequest && !isTextRequest(index, profile, arg, node)) return;
    sites.push({ node, profile, origin, options: resolveObjectLiteral(index, arg), byPathOnly, ...((command || wrapped) && arg ? { optionsExpression: arg } : {}) });
  };

  // A request inside a wrapper that sends the body its callers give, called here: the callers are the sites.
  const resolve = wrapperResolver(tracer);
  const forwarded = (call: ts.CallExpression, http: HttpCallMatch): boolean => {
    let body = unwrap(http.optionsExpression);
    if (isJsonStringify(body)) body = body.arguments[0]!;
    return forwardsBody(index, call, body, (expr) => tracer.trace(expr), resolve);
  };
  const byModelId = profiles.filter((p) => p.modelIdCall);
  for (const call of index.calls) {
    const named = byModelId.length ? modelIdMatch(index, byModelId, call) : undefined;
    if (named && !isLocalObject(index, call.expression)) {
      add(call, named, { module: named.modules[0]!, exportName: "default", instance: true, path: [named.modelIdCall!.method] });
      continue;
    }
    const origin = tracer.trace(call.expression);
    if (origin) {
      const profile = withModule(profiles, origin.module).find((p) => profileMatches(p, origin, false) && (!p.command || commandOf(tracer, p, call) !== undefined) && agentGiven(tracer, p, call));
      if (profile) {
        add(call, profile, origin);
        continue;
      }
      // An HTTP client (axios, ky, got, node's https) sending to a provider's endpoint.
      const http = matchHttpCall(index, call, origin);
      if (http) {
        if (isTextHttp(index, http, call) && !forwarded(call, http)) sites.push({ node: call, ...http });
        continue;
      }
      // Traced to a package we know nothing of: not an LLM call, unless it is a local module (a shared client).
      // (A framework alias, SvelteKit's `$lib/chat`, is one when the project resolves it.)
      if (!origin.module.startsWith(".") && !origin.module.startsWith("@/") && !origin.module.startsWith("~/") && !tracer.project?.resolve(tracer.fileName, origin.module)) continue;
    }
    if (!origin) {
      // The global fetch sending to a provider's endpoint.
      const http = matchHttpCall(index, call, undefined);
      if (http) {
        if (isTextHttp(index, http, call) && !forwarded(call, http)) sites.push({ node: call, ...http });
        continue;
      }
    }
    // The app's own function around an HTTP client, given a provider's URL and a request body here.
    const wrapped = httpWrapperCall(index, tracer, call);
    if (wrapped) {
      if (isTextHttp(index, wrapped, call) && !forwarded(call, wrapped)) sites.push({ node: call, ...wrapped });
      continue;
    }
    // A method several classes implement, one of them such a wrapper (`strategy.chat(request)`).
    const implemented = implementationsCall(index, tracer, call);
    if (implemented) {
      if (isTextHttp(index, implemented.http, call)) sites.push({ node: call, ...implemented.http, ...(implemented.others.length ? { otherImplementations: implemented.others } : {}) });
      continue;
    }
    const path = untracedPath(call.expression);
    // The path first (cheap, and most calls have none of the distinctive ones), then the receiver's root.
    const match = path ? distinctiveMatch(profiles, path) : undefined;
    if (!path || !match || isLocalObject(index, call.expression)) continue;
    // The receiver is something the project defines (read across files): an object, a class, a function's result.
    if (definedByProject(tracer, call.expression, match.length)) continue;
    add(call, match.profile, origin ?? { module: "(untraced)", exportName: "default", instance: true, path }, true);
  }
  for (const expr of index.news) {
    const origin = tracer.trace(expr.expression);
    if (!origin) continue;
    const profile = withModule(profiles, origin.module).find((p) => profileMatches(p, origin, true));
    if (profile && !origin.instance) add(expr, profile, { ...origin, instance: true, construction: expr });
  }
  return sites;
}
