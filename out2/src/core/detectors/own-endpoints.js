"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ownEndpointCallIn = ownEndpointCallIn;
exports.registeredRouteKeys = registeredRouteKeys;
const node_path_1 = __importDefault(require("node:path"));
const typescript_1 = __importDefault(require("typescript"));
const ast_1 = require("../syntax/ast");
const http_1 = require("../sdk/http");
const endpoint_clients_1 = require("../project/endpoint-clients");
const analysis_1 = require("./analysis");
/**
 * Requests to the app's own LLM endpoints: a client (a browser helper, a CLI of the same repository) calling
 * `fetch("/api/chat")` or `` fetch(`/.netlify/functions/${name}`) `` reaches a route of the project whose handler makes
 * an LLM call, so re-sending it on failure is a paid model call each time (issue 9). The route is found by path among
 * the project's route files (`Project.chatClients(...).routes`: Next.js, Vercel and Netlify functions by their place,
 * paths registered in code) and is an LLM endpoint when its file makes an LLM call — for a path registered in code, a
 * call in the handler registered under it. A placeholder of the client's path reaches any route (a helper given the
 * function's name), as long as a fixed segment of the path meets the route's.
 */
/** Callees that may be an HTTP client (a cheap filter before tracing). */
const CLIENT_CALLEE = /^(?:(?:window|globalThis|self)\.)?fetch$|(?:^|\.)(?:axios|ky|got|ofetch|\$fetch)(?:$|\.)|^(?:axios|ky|got|api|http|client|instance)\.(?:post|put|patch|request|get)$/;
const perAnalysis = new WeakMap();
/** The first request within `scope` to an LLM endpoint of the project, with the path it requests. */
function ownEndpointCallIn(analysis, scope) {
    if (!analysis.project)
        return undefined;
    const sf = analysis.index.sourceFile;
    for (const call of (0, ast_1.nodesWithin)(analysis.index.calls, scope)) {
        const callee = (0, ast_1.unwrap)(call.expression);
        if (!CLIENT_CALLEE.test(callee.getText(sf)))
            continue;
        const origin = typescript_1.default.isIdentifier(callee) && callee.text === "fetch" ? undefined : analysis.tracer.trace(call.expression);
        const requested = (0, http_1.ownRequestPath)(analysis.index, call, origin);
        if (requested && isLlmEndpoint(analysis, requested))
            return { node: call, path: requested };
    }
    return undefined;
}
/** Whether a path of the app's own server reaches a route whose handler makes an LLM call. */
function isLlmEndpoint(analysis, requested) {
    let memo = perAnalysis.get(analysis);
    if (!memo)
        perAnalysis.set(analysis, (memo = new Map()));
    const known = memo.get(requested);
    if (known !== undefined)
        return known;
    memo.set(requested, false);
    const answer = computeLlmEndpoint(analysis, requested);
    memo.set(requested, answer);
    return answer;
}
function computeLlmEndpoint(analysis, requested) {
    const project = analysis.project;
    const self = node_path_1.default.resolve(analysis.index.sourceFile.fileName);
    const clients = project.chatClients(self);
    if (!clients)
        return false;
    for (const route of clients.routes) {
        const reached = route.keys.filter((k) => (0, endpoint_clients_1.postMatches)(requested, k, false, true));
        if (!reached.length || route.file === self)
            continue;
        const sourceFile = project.sourceFileAt(route.file);
        if (!sourceFile)
            continue;
        const served = project.nested(route.file, () => (0, analysis_1.analyzeFile)(sourceFile, project));
        if (!served?.llmCalls.length)
            continue;
        // A route placed by its file: any LLM call of the file. A path registered in code: a call in that handler.
        if (reached.some((k) => !k.suffix))
            return true;
        if (served.llmCalls.some((c) => registeredRouteKeys(c.node).some((k) => (0, endpoint_clients_1.postMatches)(requested, k, false, true))))
            return true;
    }
    return false;
}
/** Calls that register a route handler under a path. */
const REGISTERS_ROUTE = /^(?:post|put|patch|get|all|use|route|handle|handler|on)$/;
/** The paths the functions around a call are registered under: `app.post("/api/chat", async (req, res) => ...)`. */
function registeredRouteKeys(call) {
    const keys = [];
    for (let fn = (0, ast_1.enclosingFunction)(call); fn; fn = (0, ast_1.enclosingFunction)(fn)) {
        const parent = fn.parent;
        if (!typescript_1.default.isCallExpression(parent) || !parent.arguments.includes(fn))
            continue;
        const callee = (0, ast_1.unwrap)(parent.expression);
        const name = typescript_1.default.isPropertyAccessExpression(callee) ? callee.name.text : typescript_1.default.isIdentifier(callee) ? callee.text : undefined;
        if (!name || !REGISTERS_ROUTE.test(name))
            continue;
        const first = parent.arguments[0];
        if (first && (typescript_1.default.isStringLiteral(first) || typescript_1.default.isNoSubstitutionTemplateLiteral(first)) && first.text.startsWith("/")) {
            const key = (0, endpoint_clients_1.registeredRouteKey)(first.text);
            if (key)
                keys.push(key);
        }
    }
    return keys;
}
//# sourceMappingURL=own-endpoints.js.map