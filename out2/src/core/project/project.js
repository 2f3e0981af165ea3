"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Project = void 0;
const node_path_1 = __importDefault(require("node:path"));
const file_index_1 = require("../syntax/file-index");
const parse_1 = require("../syntax/parse");
const files_1 = require("./files");
const implementations_1 = require("./implementations");
const generation_1 = require("./generation");
const resolve_1 = require("./resolve");
const trace_1 = require("./trace");
/**
 * The cross-file context of a run: module resolution and, for each module another file imports, its parsed source
 * and tracer, cached by path and version (mtime and size, or the editor's document version) and shared by every
 * file of the run — the pattern of eslint-plugin-import's export map. The per-file engine stays stateless apart
 * from this read-only cache.
 *
 * Bounded: files above the size limit are not read, a chain of files analysed within one another is cut at
 * `maxNesting`, and a file is compared with the disk once per epoch (one top-level file's analysis).
 */
class Project {
    files;
    resolver;
    implementations;
    knowledge;
    /** Results cut short by a limit (depth, cycles, nesting) hold for one top-level analysis only (generation.ts). */
    generations = new generation_1.Generations();
    modules = new Map();
    maxModules;
    maxNesting;
    epoch = 0;
    /** The files whose analyses are under way, nested, with the level of the frame each one's work began (generation.ts). */
    nesting = [];
    /** Files read by the analyses under way (innermost last): what each one depends on. */
    recorders = [];
    resolverClearedAt = Date.now();
    unchanging;
    /** Called with every file a module's analysis read (the editor re-analyses dependents when one changes). */
    onRead;
    constructor(options) {
        this.files = new files_1.ProjectFiles(options.maxFileSize ?? 2_000_000, options.tree);
        this.resolver = new resolve_1.ModuleResolver(this.files);
        this.implementations = new implementations_1.ImplementationIndex(this.files, options.knowledge.conversationClients);
        this.knowledge = options.knowledge;
        this.maxModules = options.maxModules ?? 5000;
        this.maxNesting = options.maxNesting ?? 8;
        this.unchanging = options.unchanging ?? false;
    }
    /** A new top-level file is analysed: files read before are compared with the disk again when next needed. */
    nextEpoch() {
        // Files that cannot change need no second look: one epoch for the whole run.
        if (this.unchanging)
            return;
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
    get currentEpoch() {
        return this.epoch;
    }
    /** Runs an analysis and returns, with its result, every project file it read (with the version it read). */
    recording(work) {
        const files = new Map();
        this.recorders.push(files);
        try {
            return { result: work(), files };
        }
        finally {
            this.recorders.pop();
        }
    }
    /** Whether files read by an analysis are still as they were (same version, still missing or unreadable). */
    unchanged(files) {
        for (const [file, version] of files) {
            const now = this.files.version(file);
            if (!now !== !version || (now && version && (now.mtimeMs !== version.mtimeMs || now.size !== version.size)))
                return false;
        }
        return true;
    }
    /** Forgets a file (it changed), or everything (configuration files changed). */
    invalidate(file) {
        if (file === undefined) {
            this.modules.clear();
            this.resolver.clear();
            this.files.clearListings();
            this.implementations.clear();
            return;
        }
        const abs = node_path_1.default.resolve(file);
        this.modules.delete(abs);
        if (/(^|[\\/])(tsconfig[^\\/]*|jsconfig|package)\.json$|pnpm-workspace\.yaml$/.test(abs))
            this.resolver.clear();
    }
    /** The project file an import refers to. */
    resolve(fromFile, specifier) {
        if (!fromFile || !node_path_1.default.isAbsolute(fromFile))
            return undefined;
        return this.resolver.resolve(fromFile, specifier);
    }
    /** The version range the nearest package.json above a file declares for a package (undefined: none, or not known). */
    dependencyRange(fromFile, name) {
        if (!fromFile || !node_path_1.default.isAbsolute(fromFile))
            return undefined;
        return this.resolver.dependencyRange(fromFile, name);
    }
    /**
     * The files that may implement an interface or extend a class declared in `file` under this name (a text scan of
     * the project, once per root; undefined when the project is too big to scan whole).
     */
    implementationCandidates(file, name) {
        return this.implementations.candidates(file, name);
    }
    /**
     * The web chat clients of the project around `file` (the same text scan, once per root): the files that post a whole
     * conversation, and those that reshape what they post. Undefined when the project is too big to scan whole.
     */
    chatClients(file) {
        return this.implementations.chatClients(file);
    }
    /** The text of a project file (undefined: unreadable, not a regular file, too big). */
    textAt(file) {
        const module = this.moduleAt(file);
        if (!module)
            return undefined;
        module.text ??= this.files.readText(file);
        return module.text;
    }
    /**
     * An answer about a project file, computed once per version of it: `compute` runs with the file's text. While it
     * runs, the same question about the same file answers `pending` (cycles of imports).
     */
    memo(file, key, pending, compute) {
        const text = this.textAt(file);
        const module = this.modules.get(file);
        if (text === undefined || !module)
            return undefined;
        module.memo ??= new Map();
        const known = module.memo.get(key);
        const generations = this.generations;
        if (known?.pending !== undefined) {
            // Asked again while it is computed: a cycle, answered `pending`.
            generations.cutCycle(known.pending);
            return known.value;
        }
        if (known && (!known.cut || (0, generation_1.reusable)(generations, known.cut)))
            return known.value;
        const frame = generations.begin();
        module.memo.set(key, { value: pending, pending: frame.level });
        let value;
        let cut = 0;
        try {
            value = compute(text);
        }
        catch (error) {
            module.memo.delete(key);
            throw error;
        }
        finally {
            cut = generations.end(frame);
        }
        module.memo.set(key, cut === undefined ? { value } : { value, cut: { context: generations.context, at: cut } });
        return value;
    }
    /** The parsed source of a project file (undefined: unreadable, not a regular file, too big, or unparsable). */
    sourceFileAt(file) {
        const module = this.moduleAt(file);
        if (!module)
            return undefined;
        if (!module.sourceFile) {
            const text = this.textAt(file);
            if (text === undefined)
                return undefined;
            try {
                module.sourceFile = (0, parse_1.parseSource)(file, text);
            }
            catch {
                return undefined; // TypeScript's parser can overflow its stack on pathological nesting
            }
        }
        return module.sourceFile;
    }
    /** The parsed source of a project file if it is already parsed (nothing is read or parsed for it). */
    parsedSourceAt(file) {
        return this.modules.has(file) ? this.moduleAt(file)?.sourceFile : undefined;
    }
    /**
     * The project's parse of a file the caller has read itself, when the project reads the same text there (undefined
     * otherwise): a file analysed at the top level and imported by others is then parsed, indexed and analysed once.
     */
    sourceFileWithText(file, text) {
        if (!node_path_1.default.isAbsolute(file) || this.textAt(file) !== text)
            return undefined;
        return this.sourceFileAt(file);
    }
    /**
     * The index of a parse the project made (the one its tracer uses), built once; undefined for any other parse. An
     * index is a function of the parsed source alone, so every analysis of that parse may share it.
     */
    indexOf(sourceFile) {
        const module = this.modules.get(node_path_1.default.resolve(sourceFile.fileName));
        if (!module || module.sourceFile !== sourceFile)
            return undefined;
        module.index ??= (0, file_index_1.buildFileIndex)(sourceFile);
        return module.index;
    }
    /**
     * The tracer of a parse the project made, for that module's own analysis (undefined for any other parse, and in a
     * project whose files may change). Its caches keep what holds for good across analyses (a result cut short is
     * reused only where it was made), so an analysis made again (another top-level file met the module in an import
     * cycle) does not trace it all again. Only where files cannot change: a tracer's answers about other modules are
     * not checked against their versions (an analysis is, through its dependencies).
     */
    tracerOf(sourceFile) {
        if (!this.unchanging)
            return undefined;
        const file = node_path_1.default.resolve(sourceFile.fileName);
        const module = this.modules.get(file);
        if (!module || module.sourceFile !== sourceFile)
            return undefined;
        module.tracer ??= new trace_1.Tracer(this.indexOf(sourceFile) ?? (0, file_index_1.buildFileIndex)(sourceFile), this.knowledge, this, file);
        return module.tracer;
    }
    /** The tracer of a project file: traces its exports for the files that import them. */
    tracerAt(file) {
        const module = this.moduleAt(file);
        if (!module)
            return undefined;
        if (!module.tracer) {
            const sourceFile = this.sourceFileAt(file);
            if (!sourceFile)
                return undefined;
            module.tracer = new trace_1.Tracer(this.indexOf(sourceFile) ?? (0, file_index_1.buildFileIndex)(sourceFile), this.knowledge, this, file);
        }
        return module.tracer;
    }
    /**
     * Runs `work` as the analysis of `file` nested in the current one, unless that file is already being analysed (a
     * cycle of imports) or the nesting is too deep: then `undefined`, which callers take as "cannot tell". `work`
     * begins its frame (generation.ts) first: a cycle back to `file` cuts the frames above that one short.
     */
    nested(file, work) {
        const open = this.nesting.find((n) => n.file === file);
        if (open)
            this.generations.cutCycle(open.level);
        else if (this.nesting.length >= this.maxNesting)
            this.generations.cut();
        if (open || this.nesting.length >= this.maxNesting)
            return undefined;
        this.nesting.push({ file, level: this.generations.frameLevel + 1 });
        try {
            return work();
        }
        finally {
            this.nesting.pop();
        }
    }
    /** How many analyses are nested in the current one (0: a top-level analysis, or none under way). */
    get nestingDepth() {
        return this.nesting.length;
    }
    moduleAt(file) {
        const module = this.currentModule(file);
        for (const recorder of this.recorders)
            if (!recorder.has(file))
                recorder.set(file, module?.version ?? null);
        return module;
    }
    currentModule(file) {
        let module = this.modules.get(file);
        if (module && module.checked === this.epoch)
            return module;
        const version = this.files.version(file);
        if (!version) {
            this.modules.delete(file);
            return undefined;
        }
        if (module && module.version.mtimeMs === version.mtimeMs && module.version.size === version.size) {
            module.checked = this.epoch;
            return module;
        }
        if (this.modules.size >= this.maxModules)
            this.modules.clear();
        module = { version, checked: this.epoch };
        this.modules.set(file, module);
        this.onRead?.(file);
        return module;
    }
}
exports.Project = Project;
//# sourceMappingURL=project.js.map