import path from "node:path";
import ts from "typescript";
import { contains, enclosingFunction, isFunctionLike, sourceFileOf, unwrap } from "../syntax/ast";
import { buildFileIndex, emptyFileIndex, lookup, thisClass, type FileIndex } from "../syntax/file-index";
import { matchCallSites, type CallSite } from "../sdk/match";
import { exportMatches, moduleMatches } from "../sdk/module-match";
import { AI_SDK_PROVIDER_MODULES, PROFILES } from "../sdk/profiles";
import { HTTP_PATH_HINTS } from "../sdk/profiles/http";
import { namesHttpClient, presetCallsClient } from "../sdk/http";
import type { FileTree, FileVersion } from "../project/files";
import { reusable, type CutShort } from "../project/generation";
import { Project } from "../project/project";
import { Tracer } from "../project/trace";
import { SDK_TRACE_KNOWLEDGE } from "../sdk/trace-knowledge";
import { escapeRegExp } from "../syntax/patterns";
import { importsWithoutCalls } from "../syntax/tag-only-imports";

/** What every rule of a run shares for one file: built once, cached by source file. */
export interface FileAnalysis {
  index: FileIndex;
  tracer: Tracer;
  sites: CallSite[];
  siteByNode: Map<ts.Node, CallSite>;
  /** Functions of the file that make an LLM call when called (directly or through other local functions). */
  llmFunctions: Set<ts.FunctionLikeDeclaration>;
  /** Every call that reaches a model: SDK generate/agent calls and calls of llmFunctions. */
  llmCalls: LlmCall[];
  /** The cross-file context this analysis followed imports with, if any. */
  project?: Project;
  /** The project files this analysis read, with the version read (null: missing or unreadable then). */
  dependencies?: Map<string, FileVersion | null>;
  /** The project epoch in which the dependencies were last found unchanged. */
  checkedEpoch?: number;
  /**
   * The analysis read this file itself through another module (an import cycle back to it): what it says of one
   * statement may follow from another statement through that module (the editor's per-statement reuse does not hold).
   */
  readsItself?: boolean;
  /** Set when a limit cut the analysis short (a cycle of imports, the nesting limit): where it may be reused. */
  cutShort?: CutShort;
}

export interface LlmCall {
  node: ts.CallExpression;
  /** The SDK call site, or undefined for a call of a local function that makes one. */
  site?: CallSite;
  /** For a call of a function that makes one: the function called. */
  viaFunction?: ts.FunctionLikeDeclaration;
  /** When that function is in another module of the project: that module's analysis. */
  viaHome?: FileAnalysis;
}

const cache = new WeakMap<ts.SourceFile, FileAnalysis>();
/**
 * Analyses of a module of an import cycle asked for from the top (from a top-level file's own analysis, nothing else
 * under way: `Generations.atTopAnalysis`) and cut short only by the cycle back to that very module. Such an analysis
 * is the same whichever file asks from the top, so it is reused wherever the module is asked for from the top (in
 * the cache above, an analysis of the same module made inside another module of the cycle may replace it).
 */
const cycleEntries = new WeakMap<ts.SourceFile, FileAnalysis>();

/**
 * A cheap text test: could a profile match in this file? Every profile matches through an import or require of
 * its module (its quoted specifier after `from`, `import`, `import(` or `require(`: a string such as `"ai"` elsewhere in
 * the text is no import), an HTTP endpoint through its quoted base URL anywhere, a call named by its model id
 * (`"@cf/…"`) anywhere, or, for clients imported from the
 * project's own modules, through a distinctive method path (all contain "completions").
 */
const SITE_HINT = (() => {
  const modules = [...new Set(PROFILES.flatMap((p) => p.modules).concat(AI_SDK_PROVIDER_MODULES, "langchain*"))];
  // A module name, quoted (a trailing `*` matches any continuation: "@langchain/openai", "https://api.anthropic.com/v1").
  const name = (m: string): string => {
    const escaped = escapeRegExp(m.replace(/\*$/, ""));
    return m.endsWith("*") ? escaped : `${escaped}["'\`]`;
  };
  // Quoted anywhere: endpoint URLs, and the model ids that name a call (`env.AI.run("@cf/meta/…")`).
  const anywhere = new Set([...modules.filter((m) => m.includes("://")), ...PROFILES.filter((p) => p.modelIdCall).flatMap((p) => p.modules)]);
  const imported = modules.filter((m) => !anywhere.has(m)).map(name);
  const urls = [...anywhere].map(name);
  // Bindings called with a model the code does not show (`env.AI.run(model, body)`): the binding's name and the method.
  const bindings = PROFILES.flatMap((p) => (p.modelIdCall?.binding ? [`\\b(?:${p.modelIdCall.binding.names})\\s*\\.\\s*${p.modelIdCall.method}\\s*\\(`] : []));
  // One quantifier per run of blanks (`\s*(?:\(\s*)?`): no two adjacent ones to backtrack over a long run.
  return new RegExp(`(?:\\bfrom|\\bimport|\\brequire)\\s*(?:\\(\\s*)?["'\`](?:${imported.join("|")})|["'\`](?:${urls.join("|")})|completions|${[...HTTP_PATH_HINTS, ...bindings].join("|")}`);
})();

/** A retry construct needs a try/catch or a callback given to `.catch(...)`/`.then(_, ...)`. */
const RETRY_HINT = /\btry\s*\{|\.(?:catch|then)\(\s*(?:async\s+)?(?:function\b|\(|[\w$]+\s*=>|[\w$]+\s*,)/;

export function mayHaveRetries(text: string): boolean {
  return RETRY_HINT.test(text);
}

/**
 * Type-only imports and re-exports (`import type { UIMessage } from "ai"`, `import { type A, type B } from "ai"`,
 * `export type * from "ai"`): the index declares nothing for them, so no call can trace back to one. The clause is
 * matched exactly (a name, one `{...}` list or `* as name`), never across statements.
 */
const TYPE_ONLY_DECLARATION =
  /\b(?:import|export)\s+type\s+(?:[\w$]+|\{[^{}]*\}|\*(?:\s+as\s+[\w$]+)?)\s*from\s*["'`][^"'`\n]*["'`]|\bimport\s*\{(?:\s*type\s+[\w$]+(?:\s+as\s+[\w$]+)?\s*,)*\s*type\s+[\w$]+(?:\s+as\s+[\w$]+)?\s*,?\s*\}\s*from\s*["'`][^"'`\n]*["'`]/g;

export function mayHaveSites(text: string): boolean {
  if (!SITE_HINT.test(text)) return false;
  // A hint only in type-only imports (a component importing the AI SDK's message types) is no hint, unless one of
  // them is the type of a client or model (`import type { BaseChatModel }`: a field or parameter declared with it
  // holds one, and its calls are LLM calls).
  TYPE_ONLY_DECLARATION.lastIndex = 0;
  if (!TYPE_ONLY_DECLARATION.test(text)) return true;
  return SITE_HINT.test(text.replace(TYPE_ONLY_DECLARATION, " ")) || importsClientType(text);
}

const TYPE_ONLY_NAMES = /\b(?:import|export)\s+type\s+(?:([\w$]+)|\{([^{}]*)\})\s*from\s*["'`]([^"'`\n]*)["'`]|\bimport\s*\{([^{}]*)\}\s*from\s*["'`]([^"'`\n]*)["'`]/g;

/** A type-only import of a name some profile calls methods on as an instance (a client or model class). */
function importsClientType(text: string): boolean {
  for (const match of text.matchAll(TYPE_ONLY_NAMES)) {
    const module = match[3] ?? match[5]!;
    const list = match[1] ?? match[2] ?? match[4] ?? "";
    // In `import { a, type B }` only the names marked `type`; in `import type { ... }` all of them.
    const typeOnly = match[4] !== undefined;
    for (const part of list.split(",")) {
      const words = part.trim().split(/\s+/);
      if (typeOnly && words[0] !== "type") continue;
      const name = typeOnly ? words[1] : words[0];
      if (name && isClientType(module, name)) return true;
    }
  }
  return false;
}

const clientTypes = new Map<string, boolean>();

function isClientType(module: string, name: string): boolean {
  const key = `${module}\u0000${name}`;
  const known = clientTypes.get(key);
  if (known !== undefined) return known;
  const found = PROFILES.some((p) => p.instance && !p.construct && !p.exports.includes("*") && moduleMatches(module, p.modules) && exportMatches(name, p.exports));
  if (clientTypes.size < 10_000) clientTypes.set(key, found);
  return found;
}

/**
 * Whether a file can hold call sites and retry constructs (the text gate of the analysis). The editor analyses a copy
 * of a file with some statements blanked under the whole file's gate.
 */
export interface AnalysisGate {
  sites: boolean;
  retries: boolean;
  /** The file calls or names an HTTP client (only then is a function of it read as an HTTP wrapper). */
  httpClients: boolean;
}

/** The gate of a file's text (and, with a project, of the project modules it imports). */
export function analysisGate(sourceFile: ts.SourceFile, project: Project | undefined): AnalysisGate {
  const text = sourceFile.text;
  return { sites: mayHaveSites(text) || (!!project && importsModelCode(sourceFile, project)), retries: mayHaveRetries(text), httpClients: namesHttpClient(text) };
}

export function analyzeFile(sourceFile: ts.SourceFile, project?: Project, gate?: AnalysisGate): FileAnalysis {
  const cached = cache.get(sourceFile);
  // Asked without a project (a cost note, the editor's estimate after its lint): whatever this file was analysed with.
  if (!project) return cached ?? compute(sourceFile, undefined, gate);
  const generations = project.generations;
  if (project.nestingDepth === 0) generations.enter(sourceFile);
  if (cached && cached.project === project && holds(cached, project) && isCurrent(cached, project)) return cached;
  // Asked for from the top: the module is the entry of any import cycle it is part of.
  const fromTop = project.nestingDepth === 1 && generations.atTopAnalysis;
  if (fromTop) {
    const entry = cycleEntries.get(sourceFile);
    if (entry && entry.project === project && isCurrent(entry, project)) {
      generations.cut(entry.cutShort!.at);
      return entry;
    }
  }
  const frame = generations.begin(true);
  let cut: number | undefined = 0;
  let recorded: { result: FileAnalysis; files: Map<string, FileVersion | null> };
  try {
    recorded = project.recording(() => compute(sourceFile, project, gate));
  } finally {
    cut = generations.end(frame);
  }
  const { result, files } = recorded;
  if (files.delete(path.resolve(sourceFile.fileName))) result.readsItself = true;
  result.dependencies = files;
  result.checkedEpoch = project.currentEpoch;
  // The context is the analysis that asked for this one (its own frame has ended): reused only within it.
  if (cut !== undefined) {
    result.cutShort = { context: generations.context, at: cut };
    // Cut short by a cycle back to this module alone (no lower frame, not the nesting limit): an entry result.
    if (fromTop && cut === frame.level - 1) cycleEntries.set(sourceFile, result);
  }
  return result;
}

/**
 * A cached analysis was not cut short, or is asked for where it was made (then whatever reads it is cut short too):
 * an analysis made inside an import cycle or at the nesting limit is made again when asked from elsewhere.
 */
function holds(analysis: FileAnalysis, project: Project): boolean {
  return !analysis.cutShort || reusable(project.generations, analysis.cutShort);
}

/** A cached analysis still holds: the files it read across the project have not changed since (checked once per epoch). */
function isCurrent(analysis: FileAnalysis, project: Project): boolean {
  if (!analysis.dependencies || analysis.checkedEpoch === project.currentEpoch) return true;
  if (!project.unchanged(analysis.dependencies)) return false;
  analysis.checkedEpoch = project.currentEpoch;
  return true;
}

function compute(sourceFile: ts.SourceFile, project: Project | undefined, gate?: AnalysisGate): FileAnalysis {
  // No SDK hint (in the file or the project modules it imports), no `try {` and no `.catch(callback)`: no call site
  // and no retry construct, so no rule can report; skip the walk.
  const hasSites = gate ? gate.sites : mayHaveSites(sourceFile.text) || (!!project && importsModelCode(sourceFile, project));
  const index = hasSites || (gate ? gate.retries : mayHaveRetries(sourceFile.text)) ? (project?.indexOf(sourceFile) ?? buildFileIndex(sourceFile)) : emptyFileIndex(sourceFile);
  if (gate) presetCallsClient(index, gate.httpClients);
  // A module of the project, walked: the tracer its importers use, whose lasting answers hold here too.
  const shared = project && project.knowledge === SDK_TRACE_KNOWLEDGE && index === project.indexOf(sourceFile) ? project.tracerOf(sourceFile) : undefined;
  const tracer = shared ?? new Tracer(index, SDK_TRACE_KNOWLEDGE, project, project ? path.resolve(sourceFile.fileName) : sourceFile.fileName);
  // Tracing every call is the costly part; a file that names no SDK module and no distinctive method path
  // cannot have a call site, so it is skipped (its retry helpers are still analysed).
  const sites = hasSites ? implementedEverywhere(matchCallSites(index, tracer), tracer, project) : [];
  const siteByNode = new Map<ts.Node, CallSite>(sites.map((s) => [s.node, s]));
  const { llmFunctions, llmCalls } = findLlmCalls(index, tracer, sites, hasSites, project);
  const analysis: FileAnalysis = { index, tracer, sites, siteByNode, llmFunctions, llmCalls, ...(project ? { project } : {}) };
  cache.set(sourceFile, analysis);
  return analysis;
}

/**
 * The parse of a module of the project whose analysis is already made (another file's analysis needed it) and holds
 * for the run (no limit cut it short; the files it read unchanged), when `text` is that module's text: a linted file
 * that was analysed this way need not be analysed again. Undefined otherwise (nothing is read or parsed).
 */
export function analysedModuleSource(project: Project, fileName: string, text: string): ts.SourceFile | undefined {
  const sourceFile = project.parsedSourceAt(path.resolve(fileName));
  if (!sourceFile || sourceFile.text !== text) return undefined;
  const cached = cache.get(sourceFile);
  return cached && cached.project === project && !cached.cutShort && isCurrent(cached, project) ? sourceFile : undefined;
}

/**
 * The recognised call site at a node, in whichever file it stands: a client, model or agent built in another module
 * of the project is a site of that module's analysis.
 */
export function siteOf(analysis: FileAnalysis, node: ts.Node): CallSite | undefined {
  const own = analysis.siteByNode.get(node);
  if (own) return own;
  const sf = sourceFileOf(node);
  if (!sf || sf === analysis.index.sourceFile) return undefined;
  return analysisOf(sf, analysis.project)?.siteByNode.get(node);
}

/** The analysis of another module of the project (cached), unless that would nest too deep or cycle. */
export function analysisOf(sourceFile: ts.SourceFile, project: Project | undefined): FileAnalysis | undefined {
  const cached = cache.get(sourceFile);
  if (cached && (!project || cached.project !== project || holds(cached, project))) return cached;
  if (!project) return undefined;
  return project.nested(path.resolve(sourceFile.fileName), () => analyzeFile(sourceFile, project));
}

const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'`]([^"'`\n]{1,300})["'`]/gm;

/**
 * Whether a file imports, directly or through other project modules (up to 4 deep), a module that names an SDK:
 * such a file can hold a call through a client, model or wrapper made elsewhere. A text scan (imported modules are
 * read, not parsed), answered once per version of each module.
 */
export function importsModelCode(sourceFile: ts.SourceFile, project: Project): boolean {
  const file = path.resolve(sourceFile.fileName);
  return importsModelText(file, sourceFile.text, project, 0) || declaresModelType(file, sourceFile.text, project);
}

const EXPORTED_ABSTRACT_CLASS = /\bexport\s+(?:declare\s+)?abstract\s+class\s+[A-Za-z_$]/;

/**
 * Whether a file exports an abstract class that a module naming an SDK extends: its own methods may call an abstract
 * method the subclasses implement with a model call (`this.makeRequest(messages)` in the base class).
 */
function declaresModelType(file: string, text: string, project: Project): boolean {
  return EXPORTED_ABSTRACT_CLASS.test(text) && implementedByModelCode(file, project);
}

/**
 * Whether a file's text can hold an LLM call site at all (the gate of the analysis, before any parse): it names an
 * SDK or endpoint, or imports a project module that does through a binding that may reach one of its calls (an
 * import whose every binding is only a JSX tag, and a re-export, cannot: `importsWithoutCalls`). A file that cannot
 * has no estimate to report.
 */
export function mayHoldCalls(fileName: string, text: string, project?: Project): boolean {
  if (mayHaveSites(text)) return true;
  if (!project) return false;
  const resolved = path.resolve(fileName);
  return importsModelText(resolved, text, project, 0, importsWithoutCalls(resolved, text)) || declaresModelType(resolved, text, project);
}

/** `skipped`: the offsets of the opening quotes of specifiers whose imports cannot reach a call of the file. */
function importsModelText(from: string, text: string, project: Project, depth: number, skipped?: ReadonlySet<number>): boolean {
  for (const match of text.matchAll(IMPORT_SPECIFIER)) {
    if (skipped?.has(match.index + match[0].length - match[1]!.length - 2)) continue;
    const file = project.resolve(from, match[1]!);
    if (!file || file === from) continue;
    // The text test once per version of the file; the walk through its imports keyed by the depth left, so an
    // answer found near the limit is not taken for one found from the top.
    const found =
      project.memo(file, "site-hint", false, mayHaveSites) ||
      (depth < 3 && project.memo(file, `imports-model-code:${depth}`, false, (other) => importsModelText(file, other, project, depth + 1)));
    if (found) return true;
    // A module of types (directly or through a barrel): a value of one of its interfaces may be a client made elsewhere.
    if (depth < 2 && implementedByModelCode(file, project)) return true;
  }
  return false;
}

const EXPORTED_TYPE = /\bexport\s+(?:declare\s+)?(?:interface|abstract\s+class)\s+([A-Za-z_$][\w$]*)/g;

/**
 * Whether a module exports an interface or abstract class that a module naming an SDK implements or extends
 * (`class AISDKClient implements LLMClient`): a call through a value of that type may reach a model.
 */
function implementedByModelCode(file: string, project: Project): boolean {
  return (
    project.memo(file, "implemented-by-model-code", false, (text) => {
      for (const match of text.matchAll(EXPORTED_TYPE)) {
        for (const impl of project.implementationCandidates(file, match[1]!)?.files ?? []) {
          if (impl === file) continue;
          if (project.memo(impl, "imports-model-code", false, (other) => mayHaveSites(other) || importsModelText(impl, other, project, 2))) return true;
        }
      }
      return false;
    }) ?? false
  );
}

const localFunctions = new WeakMap<FileIndex, Map<ts.CallExpression, ts.FunctionLikeDeclaration | null>>();

/**
 * The local function a call invokes: `f()`, `this.f()`, `const f = () => ...`. Memoised per index: the LLM-call
 * search, the retry and agent-loop detectors and the delay finder each ask it of every call of the file.
 */
export function resolveLocalFunction(index: FileIndex, call: ts.CallExpression): ts.FunctionLikeDeclaration | undefined {
  let known = localFunctions.get(index);
  if (!known) localFunctions.set(index, (known = new Map()));
  let fn = known.get(call);
  if (fn === undefined) known.set(call, (fn = resolveLocalFunctionUncached(index, call) ?? null));
  return fn ?? undefined;
}

function resolveLocalFunctionUncached(index: FileIndex, call: ts.CallExpression): ts.FunctionLikeDeclaration | undefined {
  const callee = unwrap(call.expression);
  if (ts.isIdentifier(callee)) {
    const decl = lookup(index, callee.text, callee);
    // A named function expression calling itself by its own name (`module.exports = async function ask() { ... ask() }`):
    // that name is bound inside the function only, and shadows any outer binding.
    const self = namedFunctionExpressionAround(index, callee);
    if (self && (!decl || !contains(self, decl.node))) return self;
    if (!decl) return undefined;
    if (decl.kind === "function" && ts.isFunctionDeclaration(decl.node)) return decl.node;
    if (decl.kind === "variable" && decl.init && !decl.path?.length) {
      const init = unwrap(decl.init);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
    }
    return undefined;
  }
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = thisClass(callee);
    if (!cls) return undefined;
    const name = callee.name.text;
    for (const member of cls.members) {
      if (!member.name || !(ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name)) || member.name.text !== name) continue;
      // An overload signature: the implementation follows. An abstract method: what the subclasses do (the tracer's
      // implementations, below), not this declaration.
      if (ts.isMethodDeclaration(member) && !member.body) continue;
      if (ts.isMethodDeclaration(member)) return member;
      if (ts.isPropertyDeclaration(member) && member.initializer) {
        const init = unwrap(member.initializer);
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
      }
    }
  }
  return undefined;
}

const namedExpressions = new WeakMap<FileIndex, Map<string, ts.FunctionExpression[]>>();

/** The innermost function expression around `name` that is named by it. */
function namedFunctionExpressionAround(index: FileIndex, name: ts.Identifier): ts.FunctionExpression | undefined {
  let byName = namedExpressions.get(index);
  if (!byName) {
    byName = new Map();
    for (const fn of index.functions) {
      if (!ts.isFunctionExpression(fn) || !fn.name) continue;
      const list = byName.get(fn.name.text);
      if (list) list.push(fn);
      else byName.set(fn.name.text, [fn]);
    }
    namedExpressions.set(index, byName);
  }
  let innermost: ts.FunctionExpression | undefined;
  for (const fn of byName.get(name.text) ?? []) {
    if (contains(fn, name) && (!innermost || fn.pos > innermost.pos)) innermost = fn;
  }
  return innermost;
}

/** Marks the functions that make a model call: the innermost enclosing function, and outward through callbacks. */
function markEnclosing(node: ts.Node, into: Set<ts.FunctionLikeDeclaration>): boolean {
  let changed = false;
  let fn = enclosingFunction(node);
  while (fn) {
    if (!into.has(fn)) {
      into.add(fn);
      changed = true;
    }
    // A callback passed to a call (retry(() => llm()), items.map(...)) runs within its enclosing function.
    const parent = fn.parent;
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && parent && ts.isCallExpression(parent) && parent.arguments.includes(fn as ts.Expression)) {
      fn = enclosingFunction(fn);
    } else {
      break;
    }
  }
  return changed;
}

function findLlmCalls(
  index: FileIndex,
  tracer: Tracer,
  sites: CallSite[],
  hasSites: boolean,
  project: Project | undefined,
): { llmFunctions: Set<ts.FunctionLikeDeclaration>; llmCalls: LlmCall[] } {
  const llmFunctions = new Set<ts.FunctionLikeDeclaration>();
  const llmCalls: LlmCall[] = [];
  // No site and no cross-file wrapper to look for: no function of the file can reach a model.
  if (!hasSites) return { llmFunctions, llmCalls };
  for (const site of sites) {
    if ((site.profile.kind === "generate" || site.profile.kind === "agent-run") && ts.isCallExpression(site.node)) {
      llmCalls.push({ node: site.node, site });
      markEnclosing(site.node, llmFunctions);
    }
  }
  const siteNodes = new Set<ts.Node>(sites.map((s) => s.node));
  const candidates: { call: ts.CallExpression; fn: ts.FunctionLikeDeclaration }[] = [];
  for (const call of index.calls) {
    if (siteNodes.has(call)) continue;
    const fn = resolveLocalFunction(index, call);
    if (fn && isFunctionLike(fn)) {
      candidates.push({ call, fn });
      continue;
    }
    // A function the project defines elsewhere (an imported wrapper), or a method of an instance or object.
    const local = tracer.resolveLocal(call.expression);
    if (local?.kind === "implementations") {
      // A method of an interface or abstract class: an LLM call when every implementation the project has makes one.
      const via = implementationWrapper(local.fns, tracer, project);
      if (via) {
        llmCalls.push({ node: call, ...via });
        markEnclosing(call, llmFunctions);
      }
      continue;
    }
    if (local?.kind !== "function") continue;
    if (local.home === tracer) {
      candidates.push({ call, fn: local.fn });
      continue;
    }
    const home = analysisOf(local.home.index.sourceFile, project);
    if (home?.llmFunctions.has(local.fn)) {
      llmCalls.push({ node: call, viaFunction: local.fn, viaHome: home });
      markEnclosing(call, llmFunctions);
    }
  }
  // Fixpoint: a function that calls an LLM-calling function makes an LLM call too.
  const counted = new Set<ts.CallExpression>();
  let changed = true;
  for (let round = 0; changed && round < 50; round++) {
    changed = false;
    for (const { call, fn } of candidates) {
      if (counted.has(call) || !llmFunctions.has(fn)) continue;
      counted.add(call);
      llmCalls.push({ node: call, viaFunction: fn });
      if (markEnclosing(call, llmFunctions)) changed = true;
      changed = true;
    }
  }
  return { llmFunctions, llmCalls };
}

/**
 * The wrapper an interface method call goes through, when every implementation of it is an LLM wrapper of another
 * module (an implementation in the calling file is left out: its analysis is under way).
 */
function implementationWrapper(
  fns: readonly { fn: ts.FunctionLikeDeclaration; home: Tracer }[],
  tracer: Tracer,
  project: Project | undefined,
): { viaFunction: ts.FunctionLikeDeclaration; viaHome: FileAnalysis } | undefined {
  let first: { viaFunction: ts.FunctionLikeDeclaration; viaHome: FileAnalysis } | undefined;
  for (const { fn, home: fnHome } of fns) {
    if (fnHome === tracer) return undefined;
    const home = analysisOf(fnHome.index.sourceFile, project);
    if (!home?.llmFunctions.has(fn)) return undefined;
    first ??= { viaFunction: fn, viaHome: home };
  }
  return first;
}

/**
 * The sites made through one implementation of a method several classes implement (`strategy.chat(request)`), kept
 * only when every other implementation makes an LLM call too (in another module: an implementation in this file is
 * under analysis).
 */
function implementedEverywhere(sites: CallSite[], tracer: Tracer, project: Project | undefined): CallSite[] {
  if (!sites.some((s) => s.otherImplementations)) return sites;
  return sites.filter((site) => (site.otherImplementations ?? []).every(({ fn, home }) => home !== tracer && !!analysisOf(home.index.sourceFile, project)?.llmFunctions.has(fn)));
}

/** A cross-file context for a run (one per ESLint process, CLI run or editor window). */
export function createProject(options: { maxFileSize?: number; tree?: FileTree; unchanging?: boolean } = {}): Project {
  return new Project({ knowledge: SDK_TRACE_KNOWLEDGE, ...options });
}
