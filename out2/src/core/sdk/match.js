"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.profileMatches = profileMatches;
exports.matchCallSites = matchCallSites;
const typescript_1 = __importDefault(require("typescript"));
const values_1 = require("../syntax/values");
const options_1 = require("../syntax/options");
const ast_1 = require("../syntax/ast");
const file_index_1 = require("../syntax/file-index");
const module_match_1 = require("./module-match");
const http_1 = require("./http");
const profiles_1 = require("./profiles");
const text_request_1 = require("./text-request");
function pathEquals(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
function profileMatches(profile, origin, construct) {
    if (!!profile.construct !== construct)
        return false;
    // Constructors match the class itself; `instance` describes the calls made on what they build.
    if (!construct && profile.instance !== origin.instance)
        return false;
    if (!(0, module_match_1.moduleMatches)(origin.module, profile.modules))
        return false;
    if (!(0, module_match_1.exportMatches)(origin.exportName, profile.exports))
        return false;
    return profile.paths.some((p) => pathEquals(p, origin.path));
}
/** The property-name chain of a callee whose root could not be traced: `x.chat.completions.create` gives that path. */
function untracedPath(expr) {
    const names = [];
    let current = (0, ast_1.unwrap)(expr);
    while (typescript_1.default.isPropertyAccessExpression(current)) {
        names.push(current.name.text);
        current = (0, ast_1.unwrap)(current.expression);
    }
    return names.length > 0 ? names.reverse() : undefined;
}
/** The receiver's root is an object or class the file itself defines: a fake, a wrapper, not an SDK client. */
function isLocalObject(index, callee) {
    let root = (0, ast_1.unwrap)(callee);
    while (typescript_1.default.isPropertyAccessExpression(root) || typescript_1.default.isCallExpression(root) || typescript_1.default.isElementAccessExpression(root))
        root = (0, ast_1.unwrap)(root.expression);
    if (typescript_1.default.isNewExpression(root)) {
        const ctor = (0, ast_1.unwrap)(root.expression);
        return typescript_1.default.isIdentifier(ctor) && (0, file_index_1.lookup)(index, ctor.text, ctor)?.kind === "class";
    }
    if (!typescript_1.default.isIdentifier(root))
        return false;
    const decl = (0, file_index_1.lookup)(index, root.text, root);
    if (!decl)
        return false;
    if (decl.kind === "class" || decl.kind === "function")
        return true;
    if (decl.kind === "variable" && decl.init) {
        const init = (0, ast_1.unwrap)(decl.init);
        if (typescript_1.default.isObjectLiteralExpression(init))
            return true;
        if (typescript_1.default.isNewExpression(init)) {
            const ctor = (0, ast_1.unwrap)(init.expression);
            return typescript_1.default.isIdentifier(ctor) && (0, file_index_1.lookup)(index, ctor.text, ctor)?.kind === "class";
        }
    }
    return false;
}
/**
 * The receiver of a distinctive method path (`x` of `x.chat.completions.create`) is a value the project defines: an
 * object literal (a test double), a class, an instance of one of its classes. `this.client` of a class whose base
 * class (not read) holds the client is not: it is left to the path.
 */
function definedByProject(tracer, callee, pathLength) {
    let receiver = (0, ast_1.unwrap)(callee);
    for (let i = 0; i < pathLength && typescript_1.default.isPropertyAccessExpression(receiver); i++)
        receiver = (0, ast_1.unwrap)(receiver.expression);
    const local = tracer.resolveLocal(receiver);
    // A value typed by the project's own interface (`client: OpenAiLike`) is not defined by it: its value comes from elsewhere.
    return !!local && local.kind !== "namespace" && local.kind !== "shape" && local.kind !== "implementations";
}
/** A command-object request (`client.send(new ConverseCommand(input))`): the `new` expression, when it is one of the profile's. */
function commandOf(tracer, profile, call) {
    const command = profile.command;
    const arg = command ? call.arguments[command.arg] : undefined;
    const origin = arg ? tracer.trace(arg) : undefined;
    if (!command || !origin || !origin.instance || origin.path.length > 0)
        return undefined;
    if (!(0, module_match_1.moduleMatches)(origin.module, profile.modules) || !(0, module_match_1.exportMatches)(origin.exportName, command.exports))
        return undefined;
    return origin.construction && typescript_1.default.isNewExpression(origin.construction) ? origin.construction : undefined;
}
/** The argument an agent-run profile requires to be an agent (`createStep(agent)`), when it is one. */
function agentGiven(tracer, profile, call) {
    const only = profile.onlyForAgent;
    if (!only)
        return true;
    const arg = call.arguments[only.arg];
    const origin = arg ? tracer.trace(arg) : undefined;
    return !!origin && origin.instance && origin.path.length === 0 && (0, module_match_1.moduleMatches)(origin.module, only.modules) && (0, module_match_1.exportMatches)(origin.exportName, only.exports);
}
/** The request options under the first of `keys` the argument has (`{ chatRequest: {...} }`), if any. */
function optionsUnder(index, arg, keys) {
    for (const key of keys) {
        const found = (0, options_1.lookupKey)(index, arg, key);
        if (found.state === "present" && found.value)
            return found.value;
    }
    return undefined;
}
/** The first profile whose distinctive method path ends the callee's path, and that path's length. */
function distinctiveMatch(profiles, path) {
    for (const profile of profiles) {
        if (!profile.distinctivePath)
            continue;
        const matched = profile.paths.find((pp) => pp.length > 0 && path.length >= pp.length && pathEquals(pp, path.slice(-pp.length)));
        if (matched)
            return { profile, length: matched.length };
    }
    return undefined;
}
/** A profile recognised by the model id a call names (`env.AI.run("@cf/…", inputs)`), whatever its receiver. */
function modelIdMatch(index, profiles, call) {
    const callee = (0, ast_1.unwrap)(call.expression);
    if (!typescript_1.default.isPropertyAccessExpression(callee))
        return undefined;
    for (const profile of profiles) {
        const rule = profile.modelIdCall;
        if (callee.name.text !== rule.method)
            continue;
        const arg = call.arguments[rule.arg];
        const id = arg ? (0, values_1.staticString)(index, arg) : undefined;
        if (id !== undefined && rule.prefixes.some((prefix) => id.startsWith(prefix)))
            return profile;
        if (id === undefined && arg && rule.binding && bindingCall(index, callee, call, profile, rule.binding))
            return profile;
    }
    return undefined;
}
/** A platform binding called with a model the code does not show: by the binding's name and the request's shape. */
function bindingCall(index, callee, call, profile, binding) {
    const receiver = (0, ast_1.unwrap)(callee.expression);
    const name = typescript_1.default.isIdentifier(receiver) ? receiver.text : typescript_1.default.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
    if (name === undefined || !new RegExp(`^(?:${binding.names})$`).test(name))
        return false;
    const options = (0, values_1.resolveObjectLiteral)(index, profile.optionsArg !== undefined ? call.arguments[profile.optionsArg] : undefined);
    return !!options && binding.shapes.some((keys) => keys.every((key) => (0, options_1.lookupKey)(index, options, key).state === "present"));
}
function calleeText(call) {
    const callee = (0, ast_1.unwrap)(call.expression);
    return typescript_1.default.isIdentifier(callee) ? callee.text : undefined;
}
/** How far the receiver of a call is followed to its root name (an imported object of wrappers: `api.llm.post(...)`). */
const MAX_RECEIVER_STEPS = 8;
const PROJECT_IMPORT = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'`](?:\.|@\/|~\/|#)/;
const projectImports = new WeakMap();
/** Whether a file imports one of the project's own modules (relative paths, common aliases): a text scan, once per file. */
function importsProjectModule(index) {
    let known = projectImports.get(index);
    if (known === undefined)
        projectImports.set(index, (known = PROJECT_IMPORT.test(index.text)));
    return known;
}
/** A call of a project function that sends its URL and body arguments with an HTTP client, when they make an LLM request. */
function httpWrapperCall(index, tracer, call) {
    if (call.arguments.length < 1)
        return undefined;
    const wrapper = wrapperCalled(index, tracer, call, 0);
    return wrapper ? (0, http_1.matchHttpWrapperCall)(index, call, wrapper) : undefined;
}
/** The HTTP wrapper a call calls: a project function (here or in another module) around a client or another wrapper. */
function wrapperCalled(index, tracer, call, depth) {
    // A function of this file (or a method of an object or class it holds) can be a wrapper only if the file calls a
    // client; a function of this file called by name also when the file imports a project module (whose wrapper it may
    // wrap: `const review = (key, body) => createChatCompletion(key, body)`).
    if (!(0, http_1.mayCallClient)(index)) {
        // A few steps at most: the root of a long call chain (`b.with(1).with(1)...`) is read once per call of it.
        let root = (0, ast_1.unwrap)(call.expression);
        for (let steps = 0; steps < MAX_RECEIVER_STEPS && (typescript_1.default.isPropertyAccessExpression(root) || typescript_1.default.isElementAccessExpression(root) || typescript_1.default.isCallExpression(root)); steps++)
            root = (0, ast_1.unwrap)(root.expression);
        const decl = typescript_1.default.isIdentifier(root) ? (0, file_index_1.lookup)(index, root.text, root) : undefined;
        const required = decl?.kind === "variable" && !!decl.init && typescript_1.default.isCallExpression((0, ast_1.unwrap)(decl.init)) && calleeText((0, ast_1.unwrap)(decl.init)) === "require";
        const localByName = root === (0, ast_1.unwrap)(call.expression) && (decl?.kind === "function" || (decl?.kind === "variable" && !!decl.init && (0, ast_1.isFunctionLike)((0, ast_1.unwrap)(decl.init))));
        if (decl?.kind !== "import" && !required && !(localByName && importsProjectModule(index)))
            return undefined;
    }
    const local = tracer.resolveLocal(call.expression);
    if (local?.kind !== "function")
        return undefined;
    const home = local.home;
    return (0, http_1.httpWrapperOf)(home.index, local.fn, (expr) => home.trace(expr), wrapperResolver(home), depth);
}
/** Resolves the wrappers called in a file (for wrappers of wrappers). */
function wrapperResolver(tracer) {
    return (call, depth) => wrapperCalled(tracer.index, tracer, call, depth);
}
/** An HTTP request to an endpoint that also serves models that do not generate text: a text request only as its profile says. */
function isTextHttp(index, http, call) {
    return !http.profile.textRequest || (0, text_request_1.isTextRequest)(index, http.profile, http.optionsExpression, call, http.origin.modelId);
}
function matchCallSites(index, tracer, profiles = profiles_1.PROFILES) {
    const sites = [];
    const add = (node, profile, origin, byPathOnly = false) => {
        const command = profile.command && typescript_1.default.isCallExpression(node) ? commandOf(tracer, profile, node) : undefined;
        const given = command ? command.arguments?.[0] : profile.optionsArg !== undefined ? node.arguments?.[profile.optionsArg] : undefined;
        const wrapped = profile.optionsUnder ? optionsUnder(index, given, profile.optionsUnder) : undefined;
        const arg = wrapped ?? given;
        // An image, embedding or custom-model request to an endpoint that also serves text models: not an LLM call.
        if (profile.textRequest && !(0, text_request_1.isTextRequest)(index, profile, arg, node))
            return;
        sites.push({ node, profile, origin, options: (0, values_1.resolveObjectLiteral)(index, arg), byPathOnly, ...((command || wrapped) && arg ? { optionsExpression: arg } : {}) });
    };
    // A request inside a wrapper that sends the body its callers give, called here: the callers are the sites.
    const resolve = wrapperResolver(tracer);
    const forwarded = (call, http) => {
        let body = (0, ast_1.unwrap)(http.optionsExpression);
        if ((0, values_1.isJsonStringify)(body))
            body = body.arguments[0];
        return (0, http_1.forwardsBody)(index, call, body, (expr) => tracer.trace(expr), resolve);
    };
    const byModelId = profiles.filter((p) => p.modelIdCall);
    for (const call of index.calls) {
        const named = byModelId.length ? modelIdMatch(index, byModelId, call) : undefined;
        if (named && !isLocalObject(index, call.expression)) {
            add(call, named, { module: named.modules[0], exportName: "default", instance: true, path: [named.modelIdCall.method] });
            continue;
        }
        const origin = tracer.trace(call.expression);
        if (origin) {
            const profile = profiles.find((p) => profileMatches(p, origin, false) && (!p.command || commandOf(tracer, p, call) !== undefined) && agentGiven(tracer, p, call));
            if (profile) {
                add(call, profile, origin);
                continue;
            }
            // An HTTP client (axios, ky, got, node's https) sending to a provider's endpoint.
            const http = (0, http_1.matchHttpCall)(index, call, origin);
            if (http) {
                if (isTextHttp(index, http, call) && !forwarded(call, http))
                    sites.push({ node: call, ...http });
                continue;
            }
            // Traced to a package we know nothing of: not an LLM call, unless it is a local module (a shared client).
            if (!origin.module.startsWith(".") && !origin.module.startsWith("@/") && !origin.module.startsWith("~/"))
                continue;
        }
        if (!origin) {
            // The global fetch sending to a provider's endpoint.
            const http = (0, http_1.matchHttpCall)(index, call, undefined);
            if (http) {
                if (isTextHttp(index, http, call) && !forwarded(call, http))
                    sites.push({ node: call, ...http });
                continue;
            }
        }
        // The app's own function around an HTTP client, given a provider's URL and a request body here.
        const wrapped = httpWrapperCall(index, tracer, call);
        if (wrapped) {
            if (isTextHttp(index, wrapped, call) && !forwarded(call, wrapped))
                sites.push({ node: call, ...wrapped });
            continue;
        }
        const path = untracedPath(call.expression);
        // The path first (cheap, and most calls have none of the distinctive ones), then the receiver's root.
        const match = path ? distinctiveMatch(profiles, path) : undefined;
        if (!path || !match || isLocalObject(index, call.expression))
            continue;
        // The receiver is something the project defines (read across files): an object, a class, a function's result.
        if (definedByProject(tracer, call.expression, match.length))
            continue;
        add(call, match.profile, origin ?? { module: "(untraced)", exportName: "default", instance: true, path }, true);
    }
    for (const expr of index.news) {
        const origin = tracer.trace(expr.expression);
        if (!origin)
            continue;
        const profile = profiles.find((p) => profileMatches(p, origin, true));
        if (profile && !origin.instance)
            add(expr, profile, { ...origin, instance: true, construction: expr });
    }
    return sites;
}
//# sourceMappingURL=match.js.map