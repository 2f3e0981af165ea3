import path from "node:path";
import type ts from "typescript";
import { buildFileIndex, type FileIndex } from "../syntax/file-index";
import { parseSource } from "../syntax/parse";
import { ProjectFiles, type FileTree, type FileVersion } from "./files";
import { ImplementationIndex, type ImplementationCandidates, type ProjectChatClients } from "./implementations";
import { Generations, reusable, type CutShort } from "./generation";
import { ModuleResolver } from "./resolve";
import { Tracer, type TraceKnowledge } from "./trace";

export interface ProjectOptions {
  /** What the tracer knows of libraries (src/core/sdk gives it). */
  knowledge: TraceKnowledge;
  /** Files larger than this are not read (bytes). */
  maxFileSize?: number;
  /** At most this many modules are kept; past it the cache starts over. */
  maxModules?: number;
  /** At most this many files are analysed within one another (A needs B needs C ...). */
  maxNesting?: number;
  /** Read the files from this tree instead of the disk (a git revision). */
  tree?: FileTree;
  /**
   * The files do not change while the project lives (one command-line run): each file is compared with the disk
   * once, not once per top-level file, and the folder listings and scans are kept for the whole run.
   */
  unchanging?: boolean;
}

interface Module {
  version: FileVersion;
  /** The epoch in which the version was last compared with the disk. */
  checked: number;
  text?: string;
  sourceFile?: ts.SourceFile;
  /** The index of `sourceFile`, shared by the module's tracer and its analyses (a parse is indexed once). */
  index?: FileIndex;
  tracer?: Tracer;
  /** Answers about this version of the module, computed once (see memo()); `generation`: cut short, holds for that one. */
  memo?: Map<string, { value: unknown; cut?: CutShort; pending?: number }>;
}

/**
 * The cross-file context of a run: module resolution and, for each module another file imports, its parsed source
 * and tracer, cached by path and version (mtime and size, or the editor's document version) and shared by every
 * file of the run — the pattern of eslint-plugin-import's export map. The per-file engine stays stateless apart
 * from this read-only cache.
 *
 * Bounded: files above the size limit are not read, a chain of files analysed within one another is cut at
 * `maxNesting`, and a file is compared with the disk once per epoch (one top-level file's analysis).
 */
export class Project {
  readonly files: ProjectFiles;
  readonly resolver: ModuleResolver;
  private readonly implementations: ImplementationIndex;
  readonly knowledge: TraceKnowledge;
  /** Results cut short by a limit (depth, cycles, nesting) hold for one top-level analysis only (generation.ts). */
  readonly generations = new Generations();
  private readonly modules = new Map<string, Module>();
  private readonly maxModules: number;
  private readonly maxNesting: number;
  private epoch = 0;
  /** The files whose analyses are under way, nested, with the level of the frame each one's work began (generation.ts). */
  private readonly nesting: { file: string; level: number }[] = [];
  /** Files read by the analyses under way (innermost last): what each one depends on. */
  private readonly recorders: Map<string, FileVersion | null>[] = [];
  private resolverClearedAt = Date.now();
  private readonly unchanging: boolean;
  /** Called with every file a module's analysis read (the editor re-analyses dependents when one changes). */
  onRead?: (file: string) => void;

  constructor(options: ProjectOptions) {
    this.files = new ProjectFiles(options.maxFileSize ?? 2_000_000, options.tree);
    this.resolver = new ModuleResolver(this.files);
    this.implementations = new ImplementationIndex(this.files, options.knowledge.conversationClients);
    this.knowledge = options.knowledge;
    this.maxModules = options.maxModules ?? 5000;
    this.maxNesting = options.maxNesting ?? 8;
    this.unchanging = options.unchanging ?? false;
  }

  /** A new top-level file is analysed: files read before are compared with the disk again when next needed. */
  nextEpoch(): void {
    // Files that cannot change need no second look: one epoch for the whole run.
    if (this.unchanging) return;
    this.epoch++;
    // Files created or deleted change what an import resolves to: a long-lived process looks again now and then.
    const now = Date.now();
    if (now - this.resolverClearedAt > 5000) {
      this.resolverClearedAt = now;
      this.resolver.clear();
      this.files.clearListings();
      this.implementations.clear();
    }
  }

  /** The current epoch: an analysis checked in this epoch needs no second look at its dependencies. */
  get currentEpoch(): number {
    return this.epoch;
  }

  /** Runs an analysis and returns, with its result, every project file it read (with the version it read). */
  recording<T>(work: () => T): { result: T; files: Map<string, FileVersion | null> } {
    const files = new Map<string, FileVersion | null>();
    this.recorders.push(files);
    try {
      return { result: work(), files };
    } finally {
      this.recorders.pop();
    }
  }

  /** Whether files read by an analysis are still as they were (same version, still missing or unreadable). */
  unchanged(files: ReadonlyMap<string, FileVersion | null>): boolean {
    for (const [file, version] of files) {
      const now = this.files.version(file);
      if (!now !== !version || (now && version && (now.mtimeMs !== version.mtimeMs || now.size !== version.size))) return false;
    }
    return true;
  }

  /** Forgets a file (it changed), or everything (configuration files changed). */
  invalidate(file?: string): void {
    if (file === undefined) {
      this.modules.clear();
      this.resolver.clear();
      this.files.clearListings();
      this.implementations.clear();
      return;
    }
    const abs = path.resolve(file);
    this.modules.delete(abs);
    if (/(^|[\\/])(tsconfig[^\\/]*|jsconfig|package)\.json$|pnpm-workspace\.yaml$/.test(abs)) this.resolver.clear();
  }

  /** The project file an import refers to. */
  resolve(fromFile: string, specifier: string): string | undefined {
    if (!fromFile || !path.isAbsolute(fromFile)) return undefined;
    return this.resolver.resolve(fromFile, specifier);
  }

  /** The version range the nearest package.json above a file declares for a package (undefined: none, or not known). */
  dependencyRange(fromFile: string, name: string): string | undefined {
    if (!fromFile || !path.isAbsolute(fromFile)) return undefined;
    return this.resolver.dependencyRange(fromFile, name);
  }

  /**
   * The files that may implement an interface or extend a class declared in `file` under this name (a text scan of
   * the project, once per root; undefined when the project is too big to scan whole).
   */
  implementationCandidates(file: string, name: string): ImplementationCandidates | undefined {
    return this.implementations.candidates(file, name);
  }

  /**
   * The web chat clients of the project around `file` (the same text scan, once per root): the files that post a whole
   * conversation, and those that reshape what they post. Undefined when the project is too big to scan whole.
   */
  chatClients(file: string): ProjectChatClients | undefined {
    return this.implementations.chatClients(file);
  }

  /**
   * The production files of the project around `file` that access a member of this name (`.name`): a text scan
   * (undefined when the project is too big to scan whole).
   */
  filesAccessing(file: string, name: string): readonly string[] | undefined {
    return this.implementations.filesAccessing(file, name);
  }

  /**
   * The production files of the project around `file` that may import it (the same text scan; each import is to be
   * resolved by the reader). Undefined when the project is too big to scan whole.
   */
  importersOf(file: string): readonly string[] | undefined {
    return this.implementations.importers(file);
  }

  /** The text of a project file (undefined: unreadable, not a regular file, too big). */
  textAt(file: string): string | undefined {
    const module = this.moduleAt(file);
    if (!module) return undefined;
    module.text ??= this.files.readText(file);
    return module.text;
  }

  /**
   * An answer about a project file, computed once per version of it: `compute` runs with the file's text. While it
   * runs, the same question about the same file answers `pending` (cycles of imports).
   */
  memo<T>(file: string, key: string, pending: T, compute: (text: string) => T): T | undefined {
    const module = this.moduleAt(file);
    if (!module) return undefined;
    module.memo ??= new Map();
    const known = module.memo.get(key);
    const generations = this.generations;
    if (known?.pending !== undefined) {
      // Asked again while it is computed: a cycle, answered `pending`.
      generations.cutCycle(known.pending);
      return known.value as T;
    }
    if (known && (!known.cut || reusable(generations, known.cut))) return known.value as T;
    // The text is read for the answer. A long-lived project (ESLint, the editor) keeps it only if something else
    // already does (a parse, textAt): a module that is only asked about (the text gate asks of every import) does not
    // keep its text. A one-run project keeps it: the command line reads each file it lints through it (sourceFileWithText).
    const text = module.text ?? (this.unchanging ? this.textAt(file) : this.files.readText(file));
    if (text === undefined) return undefined;
    const frame = generations.begin();
    module.memo.set(key, { value: pending, pending: frame.level });
    let value: T;
    let cut: number | undefined = 0;
    try {
      value = compute(text);
    } catch (error) {
      module.memo.delete(key);
      throw error;
    } finally {
      cut = generations.end(frame);
    }
    module.memo.set(key, cut === undefined ? { value } : { value, cut: { context: generations.context, at: cut } });
    return value;
  }

  /** The parsed source of a project file (undefined: unreadable, not a regular file, too big, or unparsable). */
  sourceFileAt(file: string): ts.SourceFile | undefined {
    const module = this.moduleAt(file);
    if (!module) return undefined;
    if (!module.sourceFile) {
      const text = this.textAt(file);
      if (text === undefined) return undefined;
      try {
        module.sourceFile = parseSource(file, text);
      } catch {
        return undefined; // TypeScript's parser can overflow its stack on pathological nesting
      }
    }
    return module.sourceFile;
  }

  /** The parsed source of a project file if it is already parsed (nothing is read or parsed for it). */
  parsedSourceAt(file: string): ts.SourceFile | undefined {
    return this.modules.has(file) ? this.moduleAt(file)?.sourceFile : undefined;
  }

  /**
   * The project's parse of a file the caller has read itself, when the project reads the same text there (undefined
   * otherwise): a file analysed at the top level and imported by others is then parsed, indexed and analysed once.
   */
  sourceFileWithText(file: string, text: string): ts.SourceFile | undefined {
    if (!path.isAbsolute(file) || this.textAt(file) !== text) return undefined;
    return this.sourceFileAt(file);
  }

  /**
   * The index of a parse the project made (the one its tracer uses), built once; undefined for any other parse. An
   * index is a function of the parsed source alone, so every analysis of that parse may share it.
   */
  indexOf(sourceFile: ts.SourceFile): FileIndex | undefined {
    const module = this.modules.get(path.resolve(sourceFile.fileName));
    if (!module || module.sourceFile !== sourceFile) return undefined;
    module.index ??= buildFileIndex(sourceFile);
    return module.index;
  }

  /**
   * The tracer of a parse the project made, for that module's own analysis (undefined for any other parse, and in a
   * project whose files may change). Its caches keep what holds for good across analyses (a result cut short is
   * reused only where it was made), so an analysis made again (another top-level file met the module in an import
   * cycle) does not trace it all again. Only where files cannot change: a tracer's answers about other modules are
   * not checked against their versions (an analysis is, through its dependencies).
   */
  tracerOf(sourceFile: ts.SourceFile): Tracer | undefined {
    if (!this.unchanging) return undefined;
    const file = path.resolve(sourceFile.fileName);
    const module = this.modules.get(file);
    if (!module || module.sourceFile !== sourceFile) return undefined;
    module.tracer ??= new Tracer(this.indexOf(sourceFile) ?? buildFileIndex(sourceFile), this.knowledge, this, file);
    return module.tracer;
  }

  /** The tracer of a project file: traces its exports for the files that import them. */
  tracerAt(file: string): Tracer | undefined {
    const module = this.moduleAt(file);
    if (!module) return undefined;
    if (!module.tracer) {
      const sourceFile = this.sourceFileAt(file);
      if (!sourceFile) return undefined;
      module.tracer = new Tracer(this.indexOf(sourceFile) ?? buildFileIndex(sourceFile), this.knowledge, this, file);
    }
    return module.tracer;
  }

  /**
   * Runs `work` as the analysis of `file` nested in the current one, unless that file is already being analysed (a
   * cycle of imports) or the nesting is too deep: then `undefined`, which callers take as "cannot tell". `work`
   * begins its frame (generation.ts) first: a cycle back to `file` cuts the frames above that one short.
   */
  nested<T>(file: string, work: () => T): T | undefined {
    const open = this.nesting.find((n) => n.file === file);
    if (open) this.generations.cutCycle(open.level);
    else if (this.nesting.length >= this.maxNesting) this.generations.cut();
    if (open || this.nesting.length >= this.maxNesting) return undefined;
    this.nesting.push({ file, level: this.generations.frameLevel + 1 });
    try {
      return work();
    } finally {
      this.nesting.pop();
    }
  }

  /** How many analyses are nested in the current one (0: a top-level analysis, or none under way). */
  get nestingDepth(): number {
    return this.nesting.length;
  }

  private moduleAt(file: string): Module | undefined {
    const module = this.currentModule(file);
    for (const recorder of this.recorders) if (!recorder.has(file)) recorder.set(file, module?.version ?? null);
    return module;
  }

  private currentModule(file: string): Module | undefined {
    let module = this.modules.get(file);
    if (module && module.checked === this.epoch) return module;
    const version = this.files.version(file);
    if (!version) {
      this.modules.delete(file);
      return undefined;
    }
    if (module && module.version.mtimeMs === version.mtimeMs && module.version.size === version.size) {
      module.checked = this.epoch;
      return module;
    }
    if (this.modules.size >= this.maxModules) this.modules.clear();
    module = { version, checked: this.epoch };
    this.modules.set(file, module);
    this.onRead?.(file);
    return module;
  }
}
