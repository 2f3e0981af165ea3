import path from "node:path";
import ts from "typescript";
import { isFunctionLike, unwrap } from "../syntax/ast";
import { lookup } from "../syntax/file-index";
import { analysisOf, resolveLocalFunction, type FileAnalysis } from "./analysis";
import { findRetryConstructs, type RetryConstruct, type RetryHelper } from "./retry";

/**
 * A generic retry helper (`withRetry(fn)`, a method retrying `operation`, `pRetry(fn)` of a parameter) re-attempts
 * whatever callback it is given: a model call only where it is given one. It is judged only when the project shows
 * such a call: a call of the helper whose argument at the parameter it re-attempts makes an LLM call (an inline
 * function that makes one, a function of the file or of another module that does, or a parameter of another helper
 * that is itself given one), in the helper's own file or in a production file of the project that imports it.
 */
export interface HelperUse {
  /** Where the helper is given an LLM callback: `line 12` in its own file, `chat.ts:14` in another. */
  at: string;
}

/** Importers read per helper, at most. */
const MAX_IMPORTERS = 40;
/** Helpers passing their callback on to another helper (`retryLlm(fn) { return withRetry(fn) }`), followed this deep. */
const MAX_CHAIN = 3;

const reported = new WeakMap<FileAnalysis, RetryConstruct[]>();

/**
 * The retry constructs the rules judge: those around an LLM call, and generic helpers the project shows used for one
 * (`usedAt` set). A helper with no such use, or none visible (no project, an importer the scan cannot see), is left
 * out: precision over recall.
 */
export function judgedRetryConstructs(analysis: FileAnalysis): RetryConstruct[] {
  let found = reported.get(analysis);
  if (found) return found;
  found = [];
  for (const construct of findRetryConstructs(analysis)) {
    if (construct.llm) {
      found.push(construct);
      continue;
    }
    const use = construct.helper && helperUse(analysis, construct.helper);
    if (use) found.push({ ...construct, usedAt: use.at });
  }
  reported.set(analysis, found);
  return found;
}

const uses = new WeakMap<FileAnalysis, Map<string, HelperUse | null>>();

/** Where the project gives this helper an LLM callback (the first use found), if it does. */
export function helperUse(analysis: FileAnalysis, helper: RetryHelper): HelperUse | undefined {
  return useOf(analysis, helper, 0, new Set());
}

function useOf(analysis: FileAnalysis, helper: RetryHelper, depth: number, seen: Set<ts.Node>): HelperUse | undefined {
  const key = `${helper.fn.pos}:${helper.param}`;
  let memo = uses.get(analysis);
  if (!memo) uses.set(analysis, (memo = new Map()));
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  if (depth > MAX_CHAIN || seen.has(helper.fn) || helper.param < 0) return undefined;
  seen.add(helper.fn);
  const name = helperName(helper.fn);
  let use: HelperUse | undefined;
  if (name) {
    use = useInFile(analysis, helper, name, depth, seen);
    const project = analysis.project;
    const file = analysis.index.sourceFile.fileName;
    if (!use && project && path.isAbsolute(file)) {
      // The importers read are dependencies of this analysis: a change there re-judges the helper.
      const recorded = project.recording(() => useInImporters(analysis, helper, name, path.resolve(file), depth, seen));
      use = recorded.result;
      if (analysis.dependencies) for (const [f, v] of recorded.files) if (!analysis.dependencies.has(f)) analysis.dependencies.set(f, v);
    }
  }
  seen.delete(helper.fn);
  // Only the answer for the whole question is kept (a chain's inner answers depend on what it was asked from).
  if (depth === 0) memo.set(key, use ?? null);
  return use;
}

/** Calls of the helper in its own file whose callback makes an LLM call. */
function useInFile(analysis: FileAnalysis, helper: RetryHelper, name: string, depth: number, seen: Set<ts.Node>): HelperUse | undefined {
  const { index } = analysis;
  for (const call of index.calls) {
    if (calleeName(call) !== name) continue;
    let fn = resolveLocalFunction(index, call);
    if (!fn) {
      const local = analysis.tracer.resolveLocal(call.expression);
      if (local?.kind === "function" && local.home === analysis.tracer) fn = local.fn;
    }
    if (fn !== helper.fn || !llmCallback(analysis, call, helper.param, depth, seen)) continue;
    return { at: `line ${lineOf(call, index.sourceFile)}` };
  }
  return undefined;
}

/** Calls of the helper in the production files that import its module, resolved to its very declaration. */
function useInImporters(analysis: FileAnalysis, helper: RetryHelper, name: string, file: string, depth: number, seen: Set<ts.Node>): HelperUse | undefined {
  const project = analysis.project!;
  const start = helper.fn.getStart(analysis.index.sourceFile);
  let read = 0;
  for (const other of project.importersOf(file) ?? []) {
    if (!project.textAt(other)?.includes(name)) continue;
    if (++read > MAX_IMPORTERS) break;
    const sourceFile = project.sourceFileAt(other);
    const importer = sourceFile && analysisOf(sourceFile, project);
    if (!importer) continue;
    for (const call of importer.index.calls) {
      if (calleeName(call) !== name) continue;
      const local = importer.tracer.resolveLocal(call.expression);
      if (local?.kind !== "function") continue;
      const home = local.home.index.sourceFile;
      // The helper as the importer's tracer reads it: the project's parse of this file, at the same place.
      if (path.resolve(home.fileName) !== file || local.fn.getStart(home) !== start) continue;
      if (llmCallback(importer, call, helper.param, depth, seen)) return { at: `${path.basename(other)}:${lineOf(call, importer.index.sourceFile)}` };
    }
  }
  return undefined;
}

/** Whether the argument a call gives at `param` makes an LLM call when called. */
function llmCallback(analysis: FileAnalysis, call: ts.CallExpression, param: number, depth: number, seen: Set<ts.Node>): boolean {
  const args = call.arguments;
  // A spread before it: which argument lands there is not known.
  for (let i = 0; i <= param && i < args.length; i++) if (ts.isSpreadElement(args[i]!)) return false;
  const arg = args[param];
  if (!arg) return false;
  let expr = unwrap(arg);
  // `this.ask.bind(this)`
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "bind") expr = unwrap(expr.expression.expression);
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return analysis.llmFunctions.has(expr);
  if (ts.isIdentifier(expr)) {
    const decl = lookup(analysis.index, expr.text, expr);
    // A callback this function was given, passed on: the outer helper is judged by its own uses.
    if (decl?.kind === "parameter") {
      const owner = decl.node.parent;
      if (decl.path?.length || !ts.isParameter(decl.node) || !owner || !isFunctionLike(owner)) return false;
      return !!useOf(analysis, { fn: owner, param: owner.parameters.indexOf(decl.node) }, depth + 1, seen);
    }
  }
  if (!ts.isIdentifier(expr) && !ts.isPropertyAccessExpression(expr)) return false;
  const local = analysis.tracer.resolveLocal(expr);
  if (local?.kind !== "function") return false;
  if (local.home === analysis.tracer) return analysis.llmFunctions.has(local.fn);
  return !!analysisOf(local.home.index.sourceFile, analysis.project)?.llmFunctions.has(local.fn);
}

/** The name a helper is called by: its own, its variable's, its property's or its method's. */
function helperName(fn: ts.FunctionLikeDeclaration): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name && (ts.isIdentifier(fn.name) || ts.isPrivateIdentifier(fn.name))) {
    return fn.name.text;
  }
  let node: ts.Node = fn;
  while (node.parent && (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isSatisfiesExpression(node.parent))) node = node.parent;
  const parent = node.parent;
  if (!parent) return undefined;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if ((ts.isPropertyDeclaration(parent) || ts.isPropertyAssignment(parent)) && (ts.isIdentifier(parent.name) || ts.isPrivateIdentifier(parent.name))) return parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.right === node && ts.isPropertyAccessExpression(parent.left)) return parent.left.name.text;
  return undefined;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression);
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function lineOf(node: ts.Node, sourceFile: ts.SourceFile): number {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}
