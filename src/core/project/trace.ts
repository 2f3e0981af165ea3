import ts from "typescript";
import { isFunctionLike, propertyNameText, sourceFileOf, unwrap } from "../syntax/ast";
import { indexFor, lookup, thisClass, type Declaration, type FileIndex } from "../syntax/file-index";
import { exportTable, type ExportTable } from "./exports";
import { GenerationalMap, Generations } from "./generation";
import type { Project } from "./project";
import { classFieldDefault, implementationsOf, localOfTypeNode, shapeMember, type TypeShape } from "./type-members";

/**
 * Where a value comes from: an export of a module, possibly instantiated, then a property path.
 * `new OpenAI().chat.completions` is { module: "openai", exportName: "default", instance: true, path: ["chat","completions"] }.
 */
export interface Origin {
  module: string;
  exportName: string;
  instance: boolean;
  path: string[];
  /** For AI SDK model objects: the model id given to the provider (`openai("gpt-4o")`). */
  modelId?: string;
  /** The node where the instance was created (`new OpenAI({...})`), to read client-level options. */
  construction?: ts.NewExpression | ts.CallExpression;
  /** An AI SDK provider model (`openai("gpt-4o")`). */
  aiModel?: boolean;
  /** An AI SDK provider or its model: the call that made the provider (`createOpenAI({ baseURL })`), to read its settings. */
  providerCall?: ts.CallExpression;
  /** The tracer of the file `construction` stands in (it may be another module of the project). */
  home?: Tracer;
}

/**
 * A value the project itself defines, followed across files: a function (a wrapper that calls a model, a factory
 * that returns a client), a class and its instances, an object literal of functions, a module namespace.
 */
export type LocalValue =
  | { kind: "function"; fn: ts.FunctionLikeDeclaration; home: Tracer }
  | { kind: "class"; cls: ts.ClassLikeDeclaration; home: Tracer }
  | { kind: "instance"; cls: ts.ClassLikeDeclaration; home: Tracer }
  | { kind: "object"; obj: ts.ObjectLiteralExpression; home: Tracer }
  | { kind: "namespace"; home: Tracer }
  /** A value typed by an interface or object type of the project (`client: LLMClient`, `params: { client: LLMClient }`). */
  | { kind: "shape"; shape: TypeShape; home: Tracer }
  /** A method the type only declares: the methods of every implementation the project has (see type-members.ts). */
  | { kind: "implementations"; fns: { fn: ts.FunctionLikeDeclaration; home: Tracer }[]; home: Tracer };

/** The tracer of each parsed file, so a node of another module is traced in its own file. */
const tracers = new WeakMap<ts.SourceFile, Tracer>();

/** The tracer that owns a node: its file's, when that file has one. */
export function tracerOf(node: ts.Node, fallback: Tracer): Tracer {
  const sf = sourceFileOf(node);
  return (sf && sf !== fallback.index.sourceFile && tracers.get(sf)) || fallback;
}

/** Array methods whose callbacks are not thunks whose result the call hands back. */
/**
 * `call().catch(handler)` / `call().finally(handler)`: the promise the call returns, whose value the handler passes on
 * (a `catch` handler that exits or rethrows, as init code writes it). Only on a call's result, so a method of that
 * name on anything else (a client's own `catch`) is not taken for a promise's.
 */
function promiseReceiver(callee: ts.Expression): ts.Expression | undefined {
  if (!ts.isPropertyAccessExpression(callee) || (callee.name.text !== "catch" && callee.name.text !== "finally")) return undefined;
  const receiver = unwrap(callee.expression);
  return ts.isCallExpression(receiver) ? receiver : undefined;
}

/**
 * The `return` values of the `case` a call selects in a factory that switches on one of its parameters
 * (`switch (provider) { case "anthropic": return new ChatAnthropic(...) }` called as `createModel("anthropic")`): the
 * clause whose label is the string literal the call passes there, and those it falls through to. Empty when the call
 * passes no literal there or no clause matches (then every return is a candidate, as for any function).
 */
function selectedReturns(fn: ts.FunctionLikeDeclaration, call: ts.CallExpression): ts.Expression[] {
  const body = fn.body;
  if (!body || !ts.isBlock(body)) return [];
  for (const statement of body.statements) {
    if (!ts.isSwitchStatement(statement)) continue;
    const subject = unwrap(statement.expression);
    if (!ts.isIdentifier(subject)) continue;
    const position = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === subject.text);
    const arg = position >= 0 ? call.arguments[position] : undefined;
    const literal = arg && unwrap(arg);
    if (!literal || !ts.isStringLiteralLike(literal)) continue;
    const clauses = statement.caseBlock.clauses;
    const start = clauses.findIndex((c) => ts.isCaseClause(c) && ts.isStringLiteralLike(unwrap(c.expression)) && (unwrap(c.expression) as ts.StringLiteralLike).text === literal.text);
    if (start < 0) continue;
    const out: ts.Expression[] = [];
    for (let i = start; i < clauses.length; i++) {
      collectReturns(clauses[i]!.statements, out);
      // A clause that ends in a return, a throw or a break does not fall through.
      const last = clauses[i]!.statements[clauses[i]!.statements.length - 1];
      if (last && (ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isBreakStatement(last) || ts.isBlock(last))) break;
    }
    return out;
  }
  return [];
}

/** The expressions of the `return` statements within `roots` (not nested functions' or classes'), at most 50 in `out`. */
function collectReturns(roots: readonly ts.Node[], out: ts.Expression[]): void {
  const stack: ts.Node[] = [...roots];
  while (stack.length && out.length < 50) {
    const n = stack.pop()!;
    if (ts.isReturnStatement(n)) {
      if (n.expression) out.push(n.expression);
      continue;
    }
    if (isFunctionLike(n) || ts.isClassLike(n)) continue;
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
}

const ARRAY_METHODS = new Set(["map", "flatMap", "filter", "forEach", "some", "every", "reduce", "reduceRight", "find", "findIndex", "findLast", "findLastIndex", "sort", "from", "fill"]);
const MAX_DEPTH = 12;
/** Names looked for through a module's `export *` re-exports one module at a time before their names are gathered. */
const STAR_LOOKUPS_BEFORE_INDEX = 8;
/** At most this many modules are read to gather the names a module's `export *` re-exports give. */
const MAX_STAR_MODULES = 5000;

/**
 * What the tracer needs to know of libraries, given by the layer that knows them (src/core/sdk): the tracer
 * itself knows no SDK.
 */
export interface TraceKnowledge {
  /** Functions that wrap a client and return it: `wrapOpenAI(new OpenAI())` is the client. */
  clientWrappers: ReadonlySet<string>;
  /** Instance methods that return (a configured copy of) the same instance: `model.bindTools(tools)`. */
  passthroughMethods: ReadonlySet<string>;
  /** What a call returns when the callee is a library export or method the SDK knowledge describes. */
  callResult?(callee: Origin, call: ts.CallExpression): Origin | undefined;
  /**
   * Compositions that run a model among their parts when they are invoked (LangChain's `prompt.pipe(model)`,
   * `RunnableSequence.from([prompt, model, parser])`): the parts to look through, and what the composition is when
   * none of them is a model (a runnable that further compositions can extend).
   */
  composition?(callee: Origin, node: ts.CallExpression | ts.NewExpression): Composition | undefined;
  /** Whether an origin is a model that a composition holding it runs (a chat model instance). */
  composedModel?(origin: Origin): boolean;
  /** Methods that compose whatever their receiver is, when an argument is a model (`x.pipe(model)`). */
  compositionMethods?: ReadonlySet<string>;
  /**
   * Chat clients of web front ends that post the whole conversation with every request (the AI SDK's `useChat`):
   * their modules, the calls that make one, and the options that reshape what is posted (then it may be a window).
   */
  conversationClients?: ConversationClients;
}

export interface Composition {
  /** The parts, as written: arrays and object literals among them are looked into (RunnableMap's `{ key: runnable }`). */
  parts: readonly ts.Expression[];
  /** The receiver of a composing method (`prompt` of `prompt.pipe(model)`), already traced. */
  receiver?: Origin;
  /** The composition's origin when no part is a model. */
  otherwise: Origin;
}

/** How many expressions of a composition's parts are looked at (arrays and objects within arrays included). */
const MAX_COMPOSITION_PARTS = 64;

export interface ConversationClients {
  modules: readonly string[];
  /** `useChat(` or `new Chat(`. */
  calls: readonly string[];
  reshapedBy: readonly string[];
}

/** Turns `{ exportName: "*", path: ["generateText"] }` into `{ exportName: "generateText", path: [] }`. */
function normalize(origin: Origin): Origin {
  if ((origin.exportName === "*" || origin.exportName === "require") && !origin.instance && origin.path.length > 0) {
    const [head, ...rest] = origin.path;
    if (head === "default") return normalize({ ...origin, exportName: "default", path: rest });
    return { ...origin, exportName: head!, path: rest };
  }
  return origin;
}

export class Tracer {
  /** Shared with every tracer of the project: results cut short by a limit hold for one top-level analysis. */
  private readonly generations: Generations;
  private readonly cache: GenerationalMap<ts.Node, Origin | null>;
  /** The nodes, export names and project values being computed, with the level of their frame (generation.ts). */
  private readonly active = new Map<ts.Node, number>();
  private readonly localCache: GenerationalMap<ts.Node, LocalValue | null>;
  private readonly localActive = new Map<ts.Node, number>();
  private readonly exportCache: GenerationalMap<string, Origin | null>;
  private readonly exportActive = new Map<string, number>();
  private readonly exportLocalCache: GenerationalMap<string, LocalValue | null>;
  private readonly exportLocalActive = new Map<string, number>();
  private readonly returnCache = new Map<ts.Node, ts.Expression[]>();
  /** How many names were looked for through this module's `export *` re-exports, and, past a few, the names they give. */
  private starLookups = 0;
  private starNames: Map<string, string[]> | null | undefined;

  constructor(
    readonly index: FileIndex,
    readonly knowledge: TraceKnowledge,
    /** The cross-file context; without it imports of the project's own modules are not followed. */
    readonly project?: Project,
    /** The file's absolute path, for resolving its imports. */
    readonly fileName: string = index.sourceFile.fileName,
  ) {
    this.generations = project?.generations ?? new Generations();
    this.cache = new GenerationalMap(this.generations);
    this.localCache = new GenerationalMap(this.generations);
    this.exportCache = new GenerationalMap(this.generations);
    this.exportLocalCache = new GenerationalMap(this.generations);
    tracers.set(index.sourceFile, this);
    if (project) index.resolveImport = (decl) => this.importedDeclaration(decl);
    index.fieldDefault = (type, name) => classFieldDefault(this, type, name);
  }

  /** The declaration an import of one of the project's modules refers to (see FileIndex.resolveImport). */
  private importedDeclaration(decl: Declaration): Declaration | undefined {
    if (decl.kind !== "import" || !decl.module || !decl.importName || decl.importName === "*" || decl.importName === "require") return undefined;
    const file = this.project?.resolve(this.fileName, decl.module);
    const other = file ? this.project?.tracerAt(file) : undefined;
    return other?.exportedDeclaration(decl.importName, 0);
  }

  /** The declaration behind one of this module's exports: a name of the module, an exported expression, or a re-export. */
  exportedDeclaration(name: string, depth: number): Declaration | undefined {
    if (depth > 8) return this.tooDeep();
    const sf = this.index.sourceFile;
    const table = exportTable(sf);
    const entry = table.names.get(name);
    if (entry?.kind === "local") return lookup(this.index, entry.name, entry.at);
    if (entry?.kind === "expression") return { name, kind: "variable", node: entry.expression, scope: sf, init: entry.expression };
    if (entry?.kind === "reexport" && entry.name !== "*") return { name, kind: "import", node: sf, scope: sf, module: entry.module, importName: entry.name };
    if (entry) return undefined;
    for (const module of this.starsFor(table, name)) {
      const file = this.project?.resolve(this.fileName, module);
      const found = file ? this.project?.tracerAt(file)?.exportedDeclaration(name, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The `export *` re-exports of this module through which a name it does not declare may come, in their order: those
   * whose modules (transitively) name it in their export tables; from any other one every lookup would find nothing.
   * A barrel of many modules imported by many files then costs one pass over its modules' tables, not one lookup per
   * module and name asked. The first few names are looked for through every star, as before (a barrel asked for
   * little is not read whole); past MAX_STAR_MODULES modules read, every star is.
   */
  private starsFor(table: ExportTable, name: string): readonly string[] {
    if (table.stars.length <= 1 || !this.project || ++this.starLookups <= STAR_LOOKUPS_BEFORE_INDEX) return table.stars;
    if (this.starNames === undefined) this.starNames = this.namesThroughStars(table.stars);
    return this.starNames === null ? table.stars : (this.starNames.get(name) ?? []);
  }

  /** For each name, the stars (specifiers, in order) whose modules name it; null past MAX_STAR_MODULES modules. */
  private namesThroughStars(stars: readonly string[]): Map<string, string[]> | null {
    const byName = new Map<string, string[]>();
    let read = 0;
    for (const star of stars) {
      // Each star on its own (another may reach the same modules): what traceExport through it would visit.
      const seen = new Set<string>([this.fileName]);
      const queue: { from: string; module: string }[] = [{ from: this.fileName, module: star }];
      for (let i = 0; i < queue.length; i++) {
        const file = this.project?.resolve(queue[i]!.from, queue[i]!.module);
        if (!file || seen.has(file)) continue;
        if (++read > MAX_STAR_MODULES) return null;
        seen.add(file);
        const other = this.project?.tracerAt(file);
        if (!other) continue;
        const table = exportTable(other.index.sourceFile);
        for (const name of table.names.keys()) {
          const list = byName.get(name);
          if (!list) byName.set(name, [star]);
          else if (list[list.length - 1] !== star) list.push(star);
        }
        for (const module of table.stars) queue.push({ from: file, module });
      }
    }
    return byName;
  }

  /** A cycle ran into the frame at `level`: that frame and those above it are cut short. */
  private cycle(level: number): undefined {
    this.generations.cutCycle(level);
    return undefined;
  }

  /** The depth limit stops the work here: what is being computed holds for this top-level analysis only. */
  private tooDeep(): undefined {
    this.generations.cutDepth();
    return undefined;
  }

  /** The origin of an expression's value, when it can be traced to an import (across the project's files). */
  trace(node: ts.Expression, depth = 0): Origin | undefined {
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    const owner = tracerOf(node, this);
    if (owner !== this) return owner.trace(node, depth);
    if (depth > MAX_DEPTH) return this.tooDeep();
    const activeAt = this.active.get(node);
    if (activeAt !== undefined) return this.cycle(activeAt);
    const frame = this.generations.begin();
    this.active.set(node, frame.level);
    let result: Origin | undefined;
    let cut: number | undefined = 0;
    try {
      result = this.compute(node, depth);
      if (result?.construction && !result.home) result = { ...result, home: this };
    } finally {
      this.active.delete(node);
      cut = this.generations.end(frame);
    }
    this.cache.set(node, result ?? null, cut);
    return result;
  }

  private compute(node: ts.Expression, depth: number): Origin | undefined {
    const expr = unwrap(node);
    if (ts.isIdentifier(expr)) {
      const decl = lookup(this.index, expr.text, expr);
      return decl ? this.traceDeclaration(decl, depth) : undefined;
    }
    if (ts.isPropertyAccessExpression(expr) || ts.isElementAccessExpression(expr)) {
      const name = ts.isPropertyAccessExpression(expr)
        ? expr.name.text
        : ts.isStringLiteralLike(expr.argumentExpression)
          ? expr.argumentExpression.text
          : undefined;
      if (name === undefined) return ts.isElementAccessExpression(expr) ? this.traceElement(expr.expression, depth + 1) : undefined;
      if (expr.expression.kind === ts.SyntaxKind.ThisKeyword) return this.traceThisField(expr, name, depth);
      const base = this.trace(expr.expression, depth + 1);
      if (base) return this.localize(normalize({ ...base, path: [...base.path, name] }), depth);
      // A member of something the project defines: `llm.client` (an instance of a local class), `ai.openai`
      // (a namespace import of a local module), `clients.openai` (an object literal).
      const local = this.resolveLocal(expr.expression, depth + 1);
      if (local) return this.traceMember(local, name, depth + 1);
      return undefined;
    }
    if (ts.isNewExpression(expr)) {
      const callee = this.trace(expr.expression, depth + 1);
      if (!callee || callee.instance) return undefined;
      if (callee.path.length > 0) return undefined;
      const composition = this.knowledge.composition?.(callee, expr);
      if (composition) return this.traceComposition(composition, depth);
      return { ...callee, instance: true, construction: expr };
    }
    if (ts.isCallExpression(expr)) return this.traceCallResult(expr, depth);
    if (ts.isConditionalExpression(expr)) {
      return this.trace(expr.whenTrue, depth + 1) ?? this.trace(expr.whenFalse, depth + 1);
    }
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        return this.trace(expr.left, depth + 1) ?? this.trace(expr.right, depth + 1);
      }
      if (op === ts.SyntaxKind.QuestionQuestionEqualsToken || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.EqualsToken) {
        return this.trace(expr.right, depth + 1);
      }
    }
    return undefined;
  }

  /**
   * An origin in one of the project's own modules (`import { openai } from "./lib/openai"`): what that module
   * exports, traced in its own file. Left as it is when the module cannot be read (the SDK matcher then treats
   * it as a local module it cannot see into).
   */
  private localize(origin: Origin, depth: number): Origin {
    if (!this.project || origin.instance || origin.exportName === "*" || origin.exportName === "require") return origin;
    const file = this.project.resolve(this.fileName, origin.module);
    if (!file) return origin;
    const other = this.project.tracerAt(file);
    const exported = other?.traceExport(origin.exportName, depth + 1);
    if (!exported) return origin;
    return origin.path.length ? normalize({ ...exported, path: [...exported.path, ...origin.path] }) : exported;
  }

  /** The origin of one of this module's exports. */
  traceExport(name: string, depth = 0): Origin | undefined {
    const cached = this.exportCache.get(name);
    if (cached !== undefined) return cached ?? undefined;
    if (depth > MAX_DEPTH) return this.tooDeep();
    const activeAt = this.exportActive.get(name); // a cycle of re-exports
    if (activeAt !== undefined) return this.cycle(activeAt);
    if (!this.project) return undefined;
    let cut: number | undefined = 0; // cut at every level when the nesting is refused
    const result = this.project.nested(this.fileName, () => {
      const frame = this.generations.begin();
      this.exportActive.set(name, frame.level);
      try {
        return this.computeExport(name, depth);
      } finally {
        this.exportActive.delete(name);
        cut = this.generations.end(frame);
      }
    });
    this.exportCache.set(name, result ?? null, cut);
    return result;
  }

  private computeExport(name: string, depth: number): Origin | undefined {
    const table = exportTable(this.index.sourceFile);
    const entry = table.names.get(name);
    if (entry) {
      if (entry.kind === "local") {
        const decl = lookup(this.index, entry.name, entry.at);
        return decl ? this.traceDeclaration(decl, depth + 1) : undefined;
      }
      if (entry.kind === "expression") return this.trace(entry.expression, depth + 1);
      if (entry.kind === "reexport" && entry.name !== "*") {
        return this.localize({ module: entry.module, exportName: entry.name, instance: false, path: [] }, depth);
      }
      return undefined;
    }
    for (const module of this.starsFor(table, name)) {
      const file = this.project?.resolve(this.fileName, module);
      const found = file ? this.project?.tracerAt(file)?.traceExport(name, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  private traceDeclaration(decl: Declaration, depth: number): Origin | undefined {
    let origin: Origin | undefined;
    if (decl.kind === "import") {
      origin = { module: decl.module!, exportName: decl.importName!, instance: false, path: [] };
    } else if (decl.kind === "variable" || decl.kind === "parameter") {
      if (decl.init) origin = this.trace(decl.init, depth + 1);
      if (decl.kind === "variable" && decl.mutable && !decl.path?.length && !origin?.construction) {
        // `let chat = sessions[id]` (typed, not built here) then `chat = model.startChat()`: the construction wins.
        const assigned = this.traceAssignments(decl, depth);
        if (assigned && (!origin || assigned.construction)) origin = assigned;
      }
      if (!origin && decl.type) origin = this.traceType(decl.type, depth);
      if (!origin && decl.kind === "parameter" && ts.isParameter(decl.node)) origin = this.traceCallbackParameter(decl.node, depth);
    }
    if (!origin) return undefined;
    if (decl.path && decl.path.length > 0) {
      const path = decl.path.filter((p) => p !== "[]");
      return this.localize(normalize({ ...origin, path: [...origin.path, ...path] }), depth);
    }
    return this.localize(normalize(origin), depth);
  }

  /** A `let` set later: `let client; ... client = new OpenAI()` (a lazily created, memoised client). */
  private traceAssignments(decl: Declaration, depth: number): Origin | undefined {
    for (const assignment of this.index.assignments) {
      const left = unwrap(assignment.left);
      if (!ts.isIdentifier(left) || left.text !== decl.name) continue;
      if (lookup(this.index, decl.name, left) !== decl) continue;
      const origin = this.trace(assignment.right, depth + 1);
      if (origin) return origin;
    }
    return undefined;
  }

  /** A name a file imports for its type only from a package (not one of the project's modules). */
  private packageTypeImport(index: FileIndex, name: string): { module: string; importName: string } | undefined {
    const imported = index.typeImports?.get(name);
    if (!imported || imported.module.startsWith(".") || imported.module.startsWith("@/") || imported.module.startsWith("~/") || imported.module.startsWith("#")) return undefined;
    return this.project?.resolve(this.fileName, imported.module) ? undefined : imported;
  }

  /** `client: OpenAI` or `model: ChatOpenAI`: a typed parameter or field holds an instance of the imported class. */
  traceType(type: ts.TypeNode, depth: number): Origin | undefined {
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const decl = lookup(this.index, type.typeName.text, type);
      // A name imported for its type only from a package (`import type { BaseChatModel }`): no value of the file
      // shadows it. A type of the project's own modules is followed as a type (type-members.ts), not traced.
      const typeOnly = decl ? undefined : this.packageTypeImport(indexFor(this.index, type), type.typeName.text);
      const imported = decl?.kind === "import" ? { module: decl.module!, importName: decl.importName! } : typeOnly;
      if (imported) {
        const origin = normalize({ module: imported.module, exportName: imported.importName, instance: false, path: [] });
        return origin.path.length === 0 ? { ...origin, instance: true } : undefined;
      }
    }
    if (ts.isTypeReferenceNode(type) && ts.isQualifiedName(type.typeName) && ts.isIdentifier(type.typeName.left)) {
      const decl = lookup(this.index, type.typeName.left.text, type);
      if (decl?.kind === "import" && (decl.importName === "*" || decl.importName === "default")) {
        return normalize({ module: decl.module!, exportName: "*", instance: false, path: [type.typeName.right.text] }).path.length === 0
          ? { module: decl.module!, exportName: type.typeName.right.text, instance: true, path: [] }
          : undefined;
      }
    }
    if (ts.isUnionTypeNode(type)) {
      for (const member of type.types) {
        const origin = this.traceType(member, depth);
        if (origin) return origin;
      }
    }
    return undefined;
  }

  /**
   * A collection the code names: a variable (`sessions`) or a field of the enclosing class (`this.chats`); `is` tells
   * another reference to the same one. Undefined for anything else.
   */
  private collectionRef(ref: ts.Expression): { is: (e: ts.Expression) => boolean; type?: ts.TypeNode; init?: ts.Expression } | undefined {
    const e = unwrap(ref);
    if (ts.isIdentifier(e)) {
      const decl = lookup(this.index, e.text, e);
      if (!decl || (decl.kind !== "variable" && decl.kind !== "parameter") || decl.path?.length) return undefined;
      return { is: (x) => ts.isIdentifier(x) && x.text === e.text && lookup(this.index, x.text, x) === decl, type: decl.type, init: decl.init };
    }
    if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = thisClass(e);
      const field = cls && this.index.classFields.get(cls)?.get(e.name.text);
      if (!field) return undefined;
      const name = e.name.text;
      const init = field.inits.map(unwrap).find((i) => ts.isNewExpression(i));
      return { is: (x) => ts.isPropertyAccessExpression(x) && x.expression.kind === ts.SyntaxKind.ThisKeyword && x.name.text === name && thisClass(x) === cls, type: field.type, init };
    }
    return undefined;
  }

  /** What the file stores in a collection: `sessions[id] = model.startChat()`, `this.chats.set(id, model.startChat())`. */
  private traceStored(ref: ts.Expression, kind: "record" | "map", depth: number): Origin | undefined {
    const same = this.collectionRef(ref)?.is;
    if (!same) return undefined;
    if (kind === "record") {
      for (const assignment of this.index.assignments) {
        const left = unwrap(assignment.left);
        if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isElementAccessExpression(left) || !same(unwrap(left.expression))) continue;
        const origin = this.trace(assignment.right, depth + 1);
        if (origin) return origin;
      }
      return undefined;
    }
    for (const call of this.index.calls) {
      const callee = unwrap(call.expression);
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "set" || call.arguments.length !== 2 || !same(unwrap(callee.expression))) continue;
      const origin = this.trace(call.arguments[1]!, depth + 1);
      if (origin) return origin;
    }
    return undefined;
  }

  /**
   * The value type of a variable or field declared as a collection: a record (`{ [id: string]: T }`,
   * `Record<string, T>`) or a map (`Map<string, T>`, also `new Map<string, T>()` with no annotation).
   */
  private typedCollection(ref: ts.Expression, kind: "record" | "map"): ts.TypeNode | undefined {
    const collection = this.collectionRef(ref);
    if (!collection) return undefined;
    let type = collection.type;
    const init = collection.init && unwrap(collection.init);
    if (!type && kind === "map" && init && ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "Map" && init.typeArguments?.length === 2) {
      return init.typeArguments[1];
    }
    if (!type) return undefined;
    if (ts.isTypeLiteralNode(type) && kind === "record") {
      const only = type.members.length === 1 ? type.members[0] : undefined;
      return only && ts.isIndexSignatureDeclaration(only) ? only.type : undefined;
    }
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeArguments?.length === 2) {
      const wanted = kind === "record" ? "Record" : "Map";
      if (type.typeName.text === wanted && lookup(this.index, wanted, type) === undefined) type = type.typeArguments[1];
      else return undefined;
      return type;
    }
    return undefined;
  }

  /** MCP's `server.tool(..., async (args, extra) => ...)` parameters are not origins; nothing is inferred here yet. */
  private traceCallbackParameter(_param: ts.ParameterDeclaration, _depth: number): Origin | undefined {
    return undefined;
  }

  private traceThisField(expr: ts.Expression, name: string, depth: number): Origin | undefined {
    const cls = thisClass(expr);
    return cls ? this.traceField(cls, name, depth) : undefined;
  }

  /**
   * A field of a class of this file: its initialisers, constructor assignments, getter, or declared type; else the
   * same field of its base class (`class DeepseekEngine extends OpenAiEngine`, here or in another module).
   */
  private traceField(cls: ts.ClassLikeDeclaration, name: string, depth: number): Origin | undefined {
    const field = this.index.classFields.get(cls)?.get(name);
    if (!field) {
      const base = this.baseClass(cls, depth);
      return base ? base.home.traceField(base.cls, name, depth + 1) : undefined;
    }
    for (const init of field.inits) {
      const origin = this.trace(init, depth + 1);
      if (origin) return origin;
    }
    return field.type ? this.traceType(field.type, depth) : undefined;
  }

  /** The class a class extends, when the project defines it. */
  private baseClass(cls: ts.ClassLikeDeclaration, depth: number): { cls: ts.ClassLikeDeclaration; home: Tracer } | undefined {
    if (depth > MAX_DEPTH) return this.tooDeep();
    const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!heritage) return undefined;
    const base = this.resolveLocal(heritage.expression, depth + 1);
    return base?.kind === "class" && base.cls !== cls ? { cls: base.cls, home: base.home } : undefined;
  }

  /** A member of a value the project defines, traced in the file that defines it. */
  private traceMember(local: LocalValue, name: string, depth: number): Origin | undefined {
    const home = local.home;
    switch (local.kind) {
      case "namespace":
        return home.traceExport(name, depth + 1);
      case "instance":
        return home.traceField(local.cls, name, depth + 1);
      case "class": {
        const member = staticMember(local.cls, name);
        return member && ts.isPropertyDeclaration(member) && member.initializer ? home.trace(member.initializer, depth + 1) : undefined;
      }
      case "object": {
        const value = objectMember(local.obj, name);
        return value && !isFunctionLike(value) ? home.trace(value as ts.Expression, depth + 1) : undefined;
      }
      default:
        return undefined;
    }
  }

  private traceCallResult(call: ts.CallExpression, depth: number): Origin | undefined {
    // Dynamic import and require: the module namespace.
    if (call.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(call.expression) && call.expression.text === "require")) {
      const arg = call.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) {
        return {
          module: arg.text,
          exportName: call.expression.kind === ts.SyntaxKind.ImportKeyword ? "*" : "require",
          instance: false,
          path: [],
        };
      }
      return undefined;
    }
    const calleeExpr = unwrap(call.expression);
    // `sessions.get(id)` of a `Map<string, ChatSession>`: an element, typed by the map's values.
    if (ts.isPropertyAccessExpression(calleeExpr) && calleeExpr.name.text === "get" && this.collectionRef(calleeExpr.expression)) {
      const map = calleeExpr.expression;
      const typed = this.typedCollection(map, "map");
      if (typed) return this.traceStored(map, "map", depth) ?? this.traceType(typed, depth + 1);
    }
    // A promise's handlers pass its value on: `await initClient(store).catch(onError)` is what `initClient` resolves to.
    const settled = promiseReceiver(calleeExpr);
    if (settled) return this.trace(settled, depth + 1);
    // Wrappers: wrapOpenAI(new OpenAI()) is the client.
    if (ts.isIdentifier(calleeExpr) && this.knowledge.clientWrappers.has(calleeExpr.text) && call.arguments[0]) {
      const inner = this.trace(call.arguments[0], depth + 1);
      if (inner) return inner;
    }
    const callee = this.trace(calleeExpr, depth + 1);
    if (callee) {
      // Configured copies of a model: model.bindTools(tools), model.withStructuredOutput(schema).
      const last = callee.path[callee.path.length - 1];
      if (callee.instance && last && this.knowledge.passthroughMethods.has(last)) {
        return { ...callee, path: callee.path.slice(0, -1) };
      }
      const composition = this.knowledge.composition?.(callee, call);
      if (composition) return this.traceComposition(composition, depth);
      const result = this.knowledge.callResult?.(callee, call);
      if (result) return result;
    } else if (ts.isPropertyAccessExpression(calleeExpr) && this.knowledge.compositionMethods?.has(calleeExpr.name.text)) {
      // `x.pipe(model)` with a receiver that cannot be traced: a composition only when an argument is a model.
      const model = this.composedModelIn(call.arguments, depth);
      if (model) return model;
    }
    // A function of the project that returns a client or model: `getOpenAI()`, `this.getClient()`, `createLLM(cfg)`.
    const local = this.resolveLocal(calleeExpr, depth + 1);
    if (local?.kind === "function") return local.home.traceReturns(local.fn, depth + 1, call);
    return this.traceScheduled(call, depth);
  }

  /** A composition: the first model among its parts (the receiver first), else what it is without one. */
  private traceComposition(composition: Composition, depth: number): Origin {
    if (composition.receiver && this.knowledge.composedModel?.(composition.receiver)) return composition.receiver;
    return this.composedModelIn(composition.parts, depth) ?? composition.otherwise;
  }

  /** The first model among expressions, looking into array and object literals (at most MAX_COMPOSITION_PARTS expressions). */
  private composedModelIn(parts: readonly ts.Expression[], depth: number): Origin | undefined {
    const queue: ts.Expression[] = [...parts].slice(0, MAX_COMPOSITION_PARTS);
    for (let i = 0; i < queue.length && i < MAX_COMPOSITION_PARTS; i++) {
      const part = unwrap(queue[i]!);
      if (ts.isArrayLiteralExpression(part)) {
        for (const element of part.elements) if (!ts.isSpreadElement(element) && !ts.isOmittedExpression(element)) queue.push(element);
        continue;
      }
      if (ts.isObjectLiteralExpression(part)) {
        for (const prop of part.properties) {
          if (ts.isPropertyAssignment(prop)) queue.push(prop.initializer);
          else if (ts.isShorthandPropertyAssignment(prop)) queue.push(prop.name);
        }
        continue;
      }
      if (isFunctionLike(part)) continue;
      const origin = this.trace(part, depth + 1);
      if (origin && this.knowledge.composedModel?.(origin)) return origin;
    }
    return undefined;
  }

  /**
   * What a scheduler or retry helper hands back from the thunk it runs: `limiter.schedule(() => genAI.getGenerativeModel(...))`,
   * `pRetry(() => makeClient())`. Only a thunk (no parameters) given to a callee that is not an array method.
   */
  private traceScheduled(call: ts.CallExpression, depth: number): Origin | undefined {
    const callee = unwrap(call.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (!name || ARRAY_METHODS.has(name)) return undefined;
    const thunks = call.arguments.filter((a) => {
      const fn = unwrap(a);
      return (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parameters.length === 0;
    });
    if (thunks.length !== 1) return undefined;
    return this.traceReturns(unwrap(thunks[0]!) as ts.ArrowFunction, depth + 1);
  }

  /** An element of an array the project builds: `genAIs[i]` of `keys.map((k) => new GoogleGenerativeAI(k))` or `[new A(), new B()]`. */
  private traceElement(array: ts.Expression, depth: number): Origin | undefined {
    let e = unwrap(array);
    // A field of the class used as a record: what the class stores in it (`this.chats[user] = model.startChat()`),
    // else the values its type names (`chats: { [from: string]: ChatSession }`).
    if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const stored = this.traceStored(e, "record", depth);
      if (stored) return stored;
      const typed = this.typedCollection(e, "record");
      return typed ? this.traceType(typed, depth + 1) : undefined;
    }
    if (ts.isIdentifier(e)) {
      // A record typed by its values: `const sessions: { [id: string]: ChatSession } = {}`, `Record<string, Chat>`.
      const typed = this.typedCollection(e, "record");
      if (typed) return this.traceStored(e, "record", depth) ?? this.traceType(typed, depth + 1);
      const decl = lookup(this.index, e.text, e);
      if (decl?.kind !== "variable" || decl.path?.length || !decl.init) return undefined;
      e = unwrap(decl.init);
    }
    if (ts.isArrayLiteralExpression(e)) {
      for (const element of e.elements) {
        if (ts.isSpreadElement(element)) continue;
        const origin = this.trace(element, depth + 1);
        if (origin) return origin;
      }
      return undefined;
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(unwrap(e.expression)) && (unwrap(e.expression) as ts.PropertyAccessExpression).name.text === "map") {
      const fn = e.arguments[0] && unwrap(e.arguments[0]);
      if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return this.traceReturns(fn, depth + 1);
    }
    return undefined;
  }

  /** What a function of this file returns, when one of its return values traces to an import. */
  traceReturns(fn: ts.FunctionLikeDeclaration, depth: number, call?: ts.CallExpression): Origin | undefined {
    // A factory that switches on a parameter (`createModel("anthropic")`): the case the call's literal selects first.
    for (const value of call ? selectedReturns(fn, call) : []) {
      const origin = this.trace(value, depth + 1);
      if (origin) return origin;
    }
    for (const value of this.returnsOf(fn)) {
      const origin = this.trace(value, depth + 1);
      if (origin) return origin;
    }
    return undefined;
  }

  /** The values a function returns: an arrow's expression body, or its `return` statements (not nested functions'). */
  returnsOf(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
    const cached = this.returnCache.get(fn);
    if (cached) return cached;
    const out: ts.Expression[] = [];
    const body = fn.body;
    if (body && !ts.isBlock(body)) out.push(body);
    else if (body) collectReturns([body], out);
    this.returnCache.set(fn, out);
    return out;
  }

  /**
   * The project-defined value an expression refers to (functions, classes, instances, object literals, module
   * namespaces), following bindings and imports of the project's own modules.
   */
  resolveLocal(node: ts.Expression, depth = 0): LocalValue | undefined {
    const cached = this.localCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    const owner = tracerOf(node, this);
    if (owner !== this) return owner.resolveLocal(node, depth);
    if (depth > MAX_DEPTH) return this.tooDeep();
    const activeAt = this.localActive.get(node);
    if (activeAt !== undefined) return this.cycle(activeAt);
    const frame = this.generations.begin();
    this.localActive.set(node, frame.level);
    let result: LocalValue | undefined;
    let cut: number | undefined = 0;
    try {
      result = this.computeLocal(node, depth);
    } finally {
      this.localActive.delete(node);
      cut = this.generations.end(frame);
    }
    this.localCache.set(node, result ?? null, cut);
    return result;
  }

  private computeLocal(node: ts.Expression, depth: number): LocalValue | undefined {
    const expr = unwrap(node);
    if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return { kind: "function", fn: expr, home: this };
    if (ts.isClassExpression(expr)) return { kind: "class", cls: expr, home: this };
    if (ts.isObjectLiteralExpression(expr)) return { kind: "object", obj: expr, home: this };
    if (ts.isIdentifier(expr)) {
      const decl = lookup(this.index, expr.text, expr);
      return decl ? this.localOfDeclaration(decl, depth) : undefined;
    }
    if (expr.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = thisClass(expr);
      return cls ? { kind: "instance", cls, home: this } : undefined;
    }
    if (ts.isNewExpression(expr)) {
      const cls = this.resolveLocal(expr.expression, depth + 1);
      return cls?.kind === "class" ? { kind: "instance", cls: cls.cls, home: cls.home } : undefined;
    }
    if (ts.isCallExpression(expr)) {
      const required = this.requiredModule(expr, depth);
      if (required) return required;
      const settled = promiseReceiver(unwrap(expr.expression));
      if (settled) return this.resolveLocal(settled, depth + 1);
      const callee = this.resolveLocal(expr.expression, depth + 1);
      if (callee?.kind !== "function") return undefined;
      for (const value of callee.home.returnsOf(callee.fn)) {
        const result = callee.home.resolveLocal(value, depth + 1);
        if (result) return result;
      }
      return undefined;
    }
    if (ts.isPropertyAccessExpression(expr)) {
      const base = this.resolveLocal(expr.expression, depth + 1);
      return base ? this.localMember(base, expr.name.text, depth + 1) : undefined;
    }
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        return this.resolveLocal(expr.left, depth + 1) ?? this.resolveLocal(expr.right, depth + 1);
      }
      if (op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) return this.resolveLocal(expr.right, depth + 1);
    }
    return undefined;
  }

  /** `require("./store")` of a project module (JavaScript's import): what its module.exports holds, else its namespace. */
  private requiredModule(call: ts.CallExpression, depth: number): LocalValue | undefined {
    const arg = call.arguments[0];
    if (!this.project || !ts.isIdentifier(call.expression) || call.expression.text !== "require" || call.arguments.length !== 1 || !arg || !ts.isStringLiteralLike(arg)) return undefined;
    if (lookup(this.index, "require", call.expression)) return undefined; // a local function named require
    const other = this.importedTracer(arg.text);
    return other ? requiredValue(other, depth) : undefined;
  }

  /** The tracer of a project module this file imports (undefined: not a project module, or unreadable). */
  importedTracer(specifier: string): Tracer | undefined {
    const file = this.project?.resolve(this.fileName, specifier);
    return file ? this.project?.tracerAt(file) : undefined;
  }

  private localOfDeclaration(decl: Declaration, depth: number): LocalValue | undefined {
    switch (decl.kind) {
      case "function":
        return isFunctionLike(decl.node) ? { kind: "function", fn: decl.node, home: this } : undefined;
      case "class":
        return ts.isClassLike(decl.node) ? { kind: "class", cls: decl.node, home: this } : undefined;
      case "import": {
        const other = this.importedTracer(decl.module!);
        if (!other) return undefined;
        // `import * as ai from "./ai"`: the namespace; `import x = require("./x")`: what module.exports holds.
        if (decl.importName === "*") return { kind: "namespace", home: other };
        if (decl.importName === "require") return requiredValue(other, depth);
        return other.resolveExportLocal(decl.importName!, depth + 1);
      }
      case "variable":
      case "parameter": {
        if (decl.path?.length) {
          // `const { client } = params`, or `({ client }: Params) => ...` (the type is the whole binding's).
          const base = decl.init ? this.resolveLocal(decl.init, depth + 1) : decl.type ? this.localOfType(decl.type, depth + 1) : undefined;
          let current = base;
          for (const key of decl.path) {
            if (!current || key === "[]") return undefined;
            current = this.localMember(current, key, depth + 1);
          }
          return current;
        }
        const fromInit = decl.init ? this.resolveLocal(decl.init, depth + 1) : undefined;
        if (fromInit) return fromInit;
        if (decl.type) return this.localOfType(decl.type, depth);
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * `svc: LlmService` (a class of the project, here or imported): an instance of it; `client: LLMClient` (an
   * interface or object type of the project): a shape whose members are followed (type-members.ts).
   */
  localOfType(type: ts.TypeNode, depth: number): LocalValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const decl = lookup(this.index, type.typeName.text, type);
      const cls = decl ? this.localOfDeclaration(decl, depth + 1) : undefined;
      if (cls?.kind === "class") return { kind: "instance", cls: cls.cls, home: cls.home };
      if (decl && decl.kind !== "import") return undefined; // a value of that name: not a type of the project
    }
    if (ts.isUnionTypeNode(type)) {
      for (const member of type.types) {
        const found = this.localOfType(member, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    return localOfTypeNode(this, type, depth + 1);
  }

  /** A member of a project value (a method, a field's value, what an interface method's implementations do). */
  memberOf(base: LocalValue, name: string, depth = 0): LocalValue | undefined {
    return this.localMember(base, name, depth);
  }

  /** A member of a project value: a method, a field holding a function or instance, an export of a namespace. */
  private localMember(base: LocalValue, name: string, depth: number): LocalValue | undefined {
    const home = base.home;
    switch (base.kind) {
      case "namespace":
        return home.resolveExportLocal(name, depth + 1);
      case "object": {
        const value = objectMember(base.obj, name);
        if (!value) return undefined;
        return isFunctionLike(value) ? { kind: "function", fn: value, home } : home.resolveLocal(value as ts.Expression, depth + 1);
      }
      case "shape":
        return shapeMember(base.shape, home, name, depth + 1);
      case "instance": {
        const member = instanceMember(base.cls, name);
        // An abstract method: what the subclasses of the project do.
        if (member && ts.isMethodDeclaration(member) && !member.body) return implementationsOf(base.cls, home, name, depth + 1);
        if (member && (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member))) {
          if (ts.isGetAccessorDeclaration(member)) {
            for (const value of home.returnsOf(member)) {
              const found = home.resolveLocal(value, depth + 1);
              if (found) return found;
            }
            return undefined;
          }
          return { kind: "function", fn: member, home };
        }
        for (const init of home.index.classFields.get(base.cls)?.get(name)?.inits ?? []) {
          const found = home.resolveLocal(init, depth + 1);
          if (found) return found;
        }
        const field = home.index.classFields.get(base.cls)?.get(name);
        if (field?.type) return home.localOfType(field.type, depth + 1);
        if (member || field) return undefined;
        // Inherited: a method or field of the class it extends.
        const parent = home.baseClass(base.cls, depth + 1);
        return parent ? this.localMember({ kind: "instance", cls: parent.cls, home: parent.home }, name, depth + 1) : undefined;
      }
      case "class": {
        const member = staticMember(base.cls, name);
        if (!member) return undefined;
        if (ts.isMethodDeclaration(member)) return { kind: "function", fn: member, home };
        return ts.isPropertyDeclaration(member) && member.initializer ? home.resolveLocal(member.initializer, depth + 1) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** One of this module's exports, as a project value. */
  resolveExportLocal(name: string, depth = 0): LocalValue | undefined {
    const cached = this.exportLocalCache.get(name);
    if (cached !== undefined) return cached ?? undefined;
    if (depth > MAX_DEPTH) return this.tooDeep();
    const activeAt = this.exportLocalActive.get(name);
    if (activeAt !== undefined) return this.cycle(activeAt);
    if (!this.project) return undefined;
    let cut: number | undefined = 0; // cut at every level when the nesting is refused
    const result = this.project.nested(this.fileName, () => {
      const frame = this.generations.begin();
      this.exportLocalActive.set(name, frame.level);
      try {
        return this.computeExportLocal(name, depth);
      } finally {
        this.exportLocalActive.delete(name);
        cut = this.generations.end(frame);
      }
    });
    this.exportLocalCache.set(name, result ?? null, cut);
    return result;
  }

  private computeExportLocal(name: string, depth: number): LocalValue | undefined {
    const table = exportTable(this.index.sourceFile);
    const entry = table.names.get(name);
    if (entry) {
      switch (entry.kind) {
        case "local": {
          const decl = lookup(this.index, entry.name, entry.at);
          return decl ? this.localOfDeclaration(decl, depth + 1) : undefined;
        }
        case "expression":
          return this.resolveLocal(entry.expression, depth + 1);
        case "declaration":
          return ts.isClassLike(entry.node) ? { kind: "class", cls: entry.node, home: this } : { kind: "function", fn: entry.node, home: this };
        case "reexport": {
          const file = this.project?.resolve(this.fileName, entry.module);
          const other = file ? this.project?.tracerAt(file) : undefined;
          if (!other) return undefined;
          return entry.name === "*" ? { kind: "namespace", home: other } : other.resolveExportLocal(entry.name, depth + 1);
        }
      }
    }
    for (const module of this.starsFor(table, name)) {
      const file = this.project?.resolve(this.fileName, module);
      const found = file ? this.project?.tracerAt(file)?.resolveExportLocal(name, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  }
}

function memberName(member: ts.ClassElement | ts.ObjectLiteralElementLike): string | undefined {
  return member.name ? propertyNameText(member.name as ts.PropertyName) : undefined;
}

function isStatic(member: ts.ClassElement): boolean {
  return !!ts.canHaveModifiers(member) && !!ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
}

/** An instance method, getter or property of a class (its own; base classes are not followed). */
function instanceMember(cls: ts.ClassLikeDeclaration, name: string): ts.ClassElement | undefined {
  const found = cls.members.find((m) => !isStatic(m) && memberName(m) === name);
  // Overload signatures, then the implementation: the implementation runs (an abstract method has none).
  if (found && ts.isMethodDeclaration(found) && !found.body) return cls.members.find((m) => ts.isMethodDeclaration(m) && !!m.body && !isStatic(m) && memberName(m) === name) ?? found;
  return found;
}

function staticMember(cls: ts.ClassLikeDeclaration, name: string): ts.ClassElement | undefined {
  return cls.members.find((m) => isStatic(m) && memberName(m) === name);
}

/** The value of a property of an object literal: a method, or the property's value expression. */
function objectMember(obj: ts.ObjectLiteralExpression, name: string): ts.Expression | ts.FunctionLikeDeclaration | undefined {
  let found: ts.Expression | ts.FunctionLikeDeclaration | undefined;
  for (const prop of obj.properties) {
    if (ts.isSpreadAssignment(prop) || memberName(prop) !== name) continue;
    if (ts.isPropertyAssignment(prop)) found = prop.initializer;
    else if (ts.isShorthandPropertyAssignment(prop)) found = prop.name;
    else if (ts.isMethodDeclaration(prop) || ts.isGetAccessorDeclaration(prop)) found = prop;
  }
  return found;
}

/** What `require()` of a project module gives: what its module.exports holds, else its namespace. */
function requiredValue(other: Tracer, depth: number): LocalValue {
  return other.resolveExportLocal("default", depth + 1) || { kind: "namespace", home: other };
}
