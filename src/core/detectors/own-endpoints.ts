import path from "node:path";
import ts from "typescript";
import { enclosingFunction, nodesWithin, unwrap } from "../syntax/ast";
import { ownRequestPath } from "../sdk/http";
import { postMatches, registeredRouteKey, type RouteKey } from "../project/endpoint-clients";
import { analyzeFile, type FileAnalysis } from "./analysis";

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

const perAnalysis = new WeakMap<FileAnalysis, Map<string, boolean>>();

/** The first request within `scope` to an LLM endpoint of the project, with the path it requests. */
export function ownEndpointCallIn(analysis: FileAnalysis, scope: ts.Node): { node: ts.CallExpression; path: string } | undefined {
  if (!analysis.project) return undefined;
  const sf = analysis.index.sourceFile;
  for (const call of nodesWithin(analysis.index.calls, scope)) {
    const callee = unwrap(call.expression);
    if (!CLIENT_CALLEE.test(callee.getText(sf))) continue;
    const origin = ts.isIdentifier(callee) && callee.text === "fetch" ? undefined : analysis.tracer.trace(call.expression);
    const requested = ownRequestPath(analysis.index, call, origin);
    if (requested && isLlmEndpoint(analysis, requested)) return { node: call, path: requested };
  }
  return undefined;
}

/** Whether a path of the app's own server reaches a route whose handler makes an LLM call. */
function isLlmEndpoint(analysis: FileAnalysis, requested: string): boolean {
  let memo = perAnalysis.get(analysis);
  if (!memo) perAnalysis.set(analysis, (memo = new Map()));
  const known = memo.get(requested);
  if (known !== undefined) return known;
  memo.set(requested, false);
  const answer = computeLlmEndpoint(analysis, requested);
  memo.set(requested, answer);
  return answer;
}

function computeLlmEndpoint(analysis: FileAnalysis, requested: string): boolean {
  const project = analysis.project!;
  const self = path.resolve(analysis.index.sourceFile.fileName);
  const clients = project.chatClients(self);
  if (!clients) return false;
  for (const route of clients.routes) {
    const reached = route.keys.filter((k) => postMatches(requested, k, false, true));
    if (!reached.length || route.file === self) continue;
    const sourceFile = project.sourceFileAt(route.file);
    if (!sourceFile) continue;
    const served = project.nested(route.file, () => analyzeFile(sourceFile, project));
    if (!served?.llmCalls.length) continue;
    // A route placed by its file: any LLM call of the file. A path registered in code: a call in that handler.
    if (reached.some((k) => !k.suffix)) return true;
    if (served.llmCalls.some((c) => registeredRouteKeys(c.node).some((k) => postMatches(requested, k, false, true)))) return true;
  }
  return false;
}

/** Calls that register a route handler under a path. */
const REGISTERS_ROUTE = /^(?:post|put|patch|get|all|use|route|handle|handler|on)$/;

/** The paths the functions around a call are registered under: `app.post("/api/chat", async (req, res) => ...)`. */
export function registeredRouteKeys(call: ts.Node): RouteKey[] {
  const keys: RouteKey[] = [];
  for (let fn = enclosingFunction(call); fn; fn = enclosingFunction(fn)) {
    const parent = fn.parent;
    if (!ts.isCallExpression(parent) || !parent.arguments.includes(fn as ts.Expression)) continue;
    const callee = unwrap(parent.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (!name || !REGISTERS_ROUTE.test(name)) continue;
    const first = parent.arguments[0];
    if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) && first.text.startsWith("/")) {
      const key = registeredRouteKey(first.text);
      if (key) keys.push(key);
    }
  }
  return keys;
}
