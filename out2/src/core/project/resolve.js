"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ModuleResolver = void 0;
exports.pnpmListEntry = pnpmListEntry;
const node_path_1 = __importDefault(require("node:path"));
const jsonc_1 = require("./jsonc");
/**
 * Module resolution from syntax and the file system alone (no type checker, no node_modules): relative imports with
 * TypeScript's extension rules and index files, tsconfig/jsconfig `paths` and `baseUrl` (with relative `extends`),
 * and the packages of a monorepo's workspaces referenced by name. Everything else (node_modules packages) is left to
 * the SDK profiles: `undefined`.
 *
 * Every lookup is cached per folder; a repository's configuration files are untrusted input, read through
 * ProjectFiles (regular files only, size-limited), and a bad one is ignored.
 */
const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** Single-file components, resolved only when the import names the extension (`./Chat.svelte`), as bundlers do. */
const COMPONENT_EXTENSIONS = [".vue", ".svelte", ".astro"];
/** `./x.js` in TypeScript source means `./x.ts` (ESM-style imports). */
const JS_TO_TS = {
    ".js": [".ts", ".tsx"],
    ".jsx": [".tsx"],
    ".mjs": [".mts"],
    ".cjs": [".cts"],
};
const SVELTE_CONFIGS = ["svelte.config.js", "svelte.config.mjs", "svelte.config.ts", "svelte.config.cjs"];
const NUXT_CONFIGS = ["nuxt.config.ts", "nuxt.config.js", "nuxt.config.mjs"];
/** How far up the tree configuration files are looked for. */
const MAX_UP = 40;
/** At most this many `extends` links are followed. */
const MAX_EXTENDS = 5;
/** At most this many workspace packages are read. */
const MAX_WORKSPACE_PACKAGES = 2000;
class ModuleResolver {
    files;
    tsPathsByDir = new Map();
    workspaceByDir = new Map();
    resolved = new Map();
    dependenciesByDir = new Map();
    constructor(files) {
        this.files = files;
    }
    /** The source file an import of `specifier` from `fromFile` refers to, when it is one of the project's. */
    resolve(fromFile, specifier) {
        if (!specifier || specifier.length > 1000 || specifier.startsWith("node:"))
            return undefined;
        const fromDir = node_path_1.default.dirname(fromFile);
        const key = `${fromDir}\0${specifier}`;
        const hit = this.resolved.get(key);
        if (hit !== undefined)
            return hit ?? undefined;
        let result;
        try {
            result = this.compute(fromDir, specifier);
        }
        catch {
            result = undefined;
        }
        if (this.resolved.size > 100_000)
            this.resolved.clear();
        this.resolved.set(key, result ?? null);
        return result;
    }
    /**
     * The version range of package `name` as the nearest package.json above `fromFile` that declares it gives it
     * (`dependencies`, then `peerDependencies`, then `devDependencies`); undefined when none does.
     */
    dependencyRange(fromFile, name) {
        let current = node_path_1.default.dirname(fromFile);
        for (let i = 0; i < MAX_UP; i++) {
            let declared = this.dependenciesByDir.get(current);
            if (declared === undefined) {
                const file = node_path_1.default.join(current, "package.json");
                const manifest = this.files.isRegularFile(file) ? this.readJsonObject(file) : undefined;
                declared = manifest ? declaredDependencies(manifest) : null;
                if (this.dependenciesByDir.size > 10_000)
                    this.dependenciesByDir.clear();
                this.dependenciesByDir.set(current, declared);
            }
            if (declared && Object.hasOwn(declared, name))
                return declared[name];
            const parent = node_path_1.default.dirname(current);
            if (parent === current)
                break;
            current = parent;
        }
        return undefined;
    }
    /** Forgets cached answers (configuration files or the tree changed). */
    clear() {
        this.dependenciesByDir.clear();
        this.tsPathsByDir.clear();
        this.workspaceByDir.clear();
        this.resolved.clear();
    }
    compute(fromDir, specifier) {
        if (specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..") {
            return this.asFileOrDirectory(node_path_1.default.resolve(fromDir, specifier));
        }
        if (node_path_1.default.isAbsolute(specifier))
            return undefined;
        const ts = this.tsPathsFor(fromDir);
        if (ts) {
            for (const [pattern, targets] of ts.paths) {
                const star = pattern.indexOf("*");
                let captured;
                if (star === -1) {
                    if (pattern === specifier)
                        captured = "";
                }
                else {
                    const prefix = pattern.slice(0, star);
                    const suffix = pattern.slice(star + 1);
                    if (specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length) {
                        captured = specifier.slice(prefix.length, specifier.length - suffix.length);
                    }
                }
                if (captured === undefined)
                    continue;
                for (const target of targets) {
                    const found = this.asFileOrDirectory(node_path_1.default.resolve(ts.base, target.replace("*", captured)));
                    if (found)
                        return found;
                }
            }
            if (ts.baseUrl) {
                const found = this.asFileOrDirectory(node_path_1.default.resolve(ts.baseUrl, specifier));
                if (found)
                    return found;
            }
        }
        return this.frameworkAlias(fromDir, specifier) ?? this.workspacePackage(fromDir, specifier);
    }
    /**
     * The aliases a framework defines in a tsconfig it generates (`.svelte-kit/`, `.nuxt/`, absent from a checkout):
     * SvelteKit's `$lib` (`src/lib` beside `svelte.config.*`), Nuxt's `~`/`@` (the source folder: `app/` in Nuxt 4,
     * else the folder of `nuxt.config.*`) and `~~`/`@@` (that folder).
     */
    frameworkAlias(fromDir, specifier) {
        const slash = specifier.indexOf("/");
        const head = slash === -1 ? specifier : specifier.slice(0, slash);
        const rest = slash === -1 ? "" : specifier.slice(slash + 1);
        if (head === "$lib") {
            const root = this.nearestWith(fromDir, SVELTE_CONFIGS);
            return root ? this.asFileOrDirectory(node_path_1.default.join(root, "src", "lib", rest)) : undefined;
        }
        if (head === "~" || head === "@" || head === "~~" || head === "@@") {
            const root = this.nearestWith(fromDir, NUXT_CONFIGS);
            if (!root)
                return undefined;
            if (head.length === 2)
                return this.asFileOrDirectory(node_path_1.default.join(root, rest));
            const app = node_path_1.default.join(root, "app");
            return (this.files.isRegularFile(node_path_1.default.join(app, "app.vue")) ? this.asFileOrDirectory(node_path_1.default.join(app, rest)) : undefined) ?? this.asFileOrDirectory(node_path_1.default.join(root, rest));
        }
        return undefined;
    }
    /** The nearest folder at or above `dir` holding one of `names` (up to MAX_UP folders; listings are cached). */
    nearestWith(dir, names) {
        let current = dir;
        for (let i = 0; i < MAX_UP; i++) {
            if (names.some((n) => this.files.isRegularFile(node_path_1.default.join(current, n))))
                return current;
            const parent = node_path_1.default.dirname(current);
            if (parent === current)
                return undefined;
            current = parent;
        }
        return undefined;
    }
    /** `x.ts`, `x` + an extension, `x.js` meaning `x.ts`, or `x/index.*` / `x/package.json`'s entry. */
    asFileOrDirectory(target) {
        const ext = node_path_1.default.extname(target);
        if (SOURCE_EXTENSIONS.includes(ext)) {
            for (const tsExt of JS_TO_TS[ext] ?? []) {
                const candidate = target.slice(0, -ext.length) + tsExt;
                if (this.files.isSourceFile(candidate))
                    return candidate;
            }
            if (this.files.isSourceFile(target))
                return target;
        }
        if (COMPONENT_EXTENSIONS.includes(ext.toLowerCase()) && this.files.isSourceFile(target))
            return target;
        for (const e of SOURCE_EXTENSIONS)
            if (this.files.isSourceFile(target + e))
                return target + e;
        for (const e of SOURCE_EXTENSIONS) {
            const candidate = node_path_1.default.join(target, `index${e}`);
            if (this.files.isSourceFile(candidate))
                return candidate;
        }
        return undefined;
    }
    tsPathsFor(dir) {
        const chain = [];
        let result;
        let current = dir;
        for (let i = 0; i < MAX_UP; i++) {
            const cached = this.tsPathsByDir.get(current);
            if (cached !== undefined) {
                result = cached;
                break;
            }
            chain.push(current);
            const config = ["tsconfig.json", "jsconfig.json"].map((n) => node_path_1.default.join(current, n)).find((f) => this.files.isRegularFile(f));
            if (config) {
                result = this.readTsConfig(config) ?? null;
                break;
            }
            const parent = node_path_1.default.dirname(current);
            if (parent === current)
                break;
            current = parent;
        }
        for (const d of chain)
            this.tsPathsByDir.set(d, result ?? null);
        return result ?? undefined;
    }
    /** `compilerOptions.paths` and `baseUrl` of a tsconfig, following relative `extends`. */
    readTsConfig(file, viaReference = false) {
        let paths;
        let pathsBase;
        let baseUrl;
        let current = file;
        for (let i = 0; current && i <= MAX_EXTENDS; i++) {
            const json = (0, jsonc_1.parseJsonc)(this.files.readText(current) ?? "");
            if (!json || typeof json !== "object" || Array.isArray(json))
                break;
            const dir = node_path_1.default.dirname(current);
            const options = json.compilerOptions;
            if (options && typeof options === "object" && !Array.isArray(options)) {
                const o = options;
                if (baseUrl === undefined && typeof o.baseUrl === "string")
                    baseUrl = node_path_1.default.resolve(dir, o.baseUrl);
                if (paths === undefined && o.paths && typeof o.paths === "object" && !Array.isArray(o.paths)) {
                    paths = [];
                    for (const [pattern, targets] of Object.entries(o.paths)) {
                        if (!Array.isArray(targets))
                            continue;
                        const list = targets.filter((t) => typeof t === "string");
                        if (list.length)
                            paths.push([pattern, list]);
                    }
                    pathsBase = dir;
                }
            }
            const ext = json.extends;
            const next = typeof ext === "string" ? ext : Array.isArray(ext) && typeof ext[0] === "string" ? ext[0] : undefined;
            if (!next || !(next.startsWith("./") || next.startsWith("../")))
                break;
            const resolved = node_path_1.default.resolve(dir, next);
            current = this.files.isRegularFile(resolved) ? resolved : this.files.isRegularFile(`${resolved}.json`) ? `${resolved}.json` : undefined;
        }
        if (!paths && !baseUrl)
            return viaReference ? undefined : this.referencedPaths(file);
        // TypeScript: paths are relative to baseUrl when set, else to the tsconfig that declares them.
        return { base: baseUrl ?? pathsBase ?? node_path_1.default.dirname(file), paths: paths ?? [], ...(baseUrl ? { baseUrl } : {}) };
    }
    /**
     * A solution-style tsconfig (`"files": [], "references": [{ "path": "./tsconfig.app.json" }]`, as create-vue and
     * Vite templates write it): the `paths` of the first referenced config that has some (up to 4 references, one level).
     */
    referencedPaths(file) {
        const json = (0, jsonc_1.parseJsonc)(this.files.readText(file) ?? "");
        const references = json && typeof json === "object" && !Array.isArray(json) ? json.references : undefined;
        if (!Array.isArray(references))
            return undefined;
        for (const reference of references.slice(0, 4)) {
            const target = reference && typeof reference === "object" ? reference.path : undefined;
            if (typeof target !== "string")
                continue;
            const resolved = node_path_1.default.resolve(node_path_1.default.dirname(file), target);
            const config = [resolved, node_path_1.default.join(resolved, "tsconfig.json")].find((f) => f.endsWith(".json") && this.files.isRegularFile(f));
            const found = config ? this.readTsConfig(config, true) : undefined;
            if (found?.paths.length)
                return found;
        }
        return undefined;
    }
    workspacePackage(fromDir, specifier) {
        const workspace = this.workspaceFor(fromDir);
        if (!workspace)
            return undefined;
        const parts = specifier.split("/");
        const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
        const dir = workspace.packages.get(name);
        if (!dir)
            return undefined;
        const sub = specifier.slice(name.length + 1);
        if (sub)
            return this.asFileOrDirectory(node_path_1.default.join(dir, "src", sub)) ?? this.asFileOrDirectory(node_path_1.default.join(dir, sub));
        const manifest = this.readJsonObject(node_path_1.default.join(dir, "package.json"));
        const entries = [];
        for (const key of ["source", "types", "typings", "module", "main"]) {
            const value = manifest?.[key];
            if (typeof value === "string")
                entries.push(value);
        }
        const exported = manifest?.exports;
        const dot = exported && typeof exported === "object" && !Array.isArray(exported) ? exported["."] ?? exported : exported;
        collectExportTargets(dot, entries, 0);
        for (const entry of entries) {
            // Built output (dist/x.js, dist/x.d.ts) is usually absent in a checkout: try the source it came from.
            const clean = entry.replace(/\.d\.(m|c)?ts$/, "");
            const found = this.asFileOrDirectory(node_path_1.default.resolve(dir, clean)) ?? this.asFileOrDirectory(node_path_1.default.resolve(dir, clean.replace(/^(\.\/)?(dist|build|lib|out)\//, "$1src/")));
            if (found)
                return found;
        }
        return this.asFileOrDirectory(node_path_1.default.join(dir, "src", "index")) ?? this.asFileOrDirectory(node_path_1.default.join(dir, "index"));
    }
    readJsonObject(file) {
        const json = (0, jsonc_1.parseJsonc)(this.files.readText(file) ?? "");
        return json && typeof json === "object" && !Array.isArray(json) ? json : undefined;
    }
    /** The nearest monorepo root above `dir` (package.json `workspaces`, or pnpm-workspace.yaml) and its packages by name. */
    workspaceFor(dir) {
        const chain = [];
        let result;
        let current = dir;
        for (let i = 0; i < MAX_UP; i++) {
            const cached = this.workspaceByDir.get(current);
            if (cached !== undefined) {
                result = cached;
                break;
            }
            chain.push(current);
            const patterns = this.workspacePatterns(current);
            if (patterns) {
                result = this.readWorkspace(current, patterns);
                break;
            }
            const parent = node_path_1.default.dirname(current);
            if (parent === current)
                break;
            current = parent;
        }
        for (const d of chain)
            this.workspaceByDir.set(d, result ?? null);
        return result ?? undefined;
    }
    workspacePatterns(dir) {
        const manifest = this.files.isRegularFile(node_path_1.default.join(dir, "package.json")) ? this.readJsonObject(node_path_1.default.join(dir, "package.json")) : undefined;
        const ws = manifest?.workspaces;
        const list = Array.isArray(ws) ? ws : ws && typeof ws === "object" ? ws.packages : undefined;
        if (Array.isArray(list))
            return list.filter((p) => typeof p === "string");
        const pnpm = node_path_1.default.join(dir, "pnpm-workspace.yaml");
        if (this.files.isRegularFile(pnpm)) {
            const text = this.files.readText(pnpm) ?? "";
            const out = [];
            let inPackages = false;
            for (const line of text.split(/\r?\n/)) {
                if (/^packages\s*:/.test(line)) {
                    inPackages = true;
                    continue;
                }
                if (inPackages) {
                    const entry = pnpmListEntry(line);
                    if (entry)
                        out.push(entry);
                    else if (/^\S/.test(line))
                        inPackages = false;
                }
            }
            return out;
        }
        return undefined;
    }
    readWorkspace(root, patterns) {
        const packages = new Map();
        const add = (dir) => {
            if (packages.size >= MAX_WORKSPACE_PACKAGES)
                return;
            const manifest = this.files.isRegularFile(node_path_1.default.join(dir, "package.json")) ? this.readJsonObject(node_path_1.default.join(dir, "package.json")) : undefined;
            if (typeof manifest?.name === "string" && !packages.has(manifest.name))
                packages.set(manifest.name, dir);
        };
        for (const pattern of patterns) {
            if (pattern.startsWith("!"))
                continue;
            const clean = pattern.replace(/\/+$/, "");
            const star = clean.indexOf("*");
            if (star === -1) {
                add(node_path_1.default.resolve(root, clean));
                continue;
            }
            // `packages/*` and `packages/**`: the folders directly below (nested globs are rare in workspaces).
            const base = node_path_1.default.resolve(root, clean.slice(0, star).replace(/\/+$/, ""));
            if (!base.startsWith(root))
                continue;
            for (const name of this.files.listDirectories(base))
                add(node_path_1.default.join(base, name));
        }
        return { packages };
    }
}
exports.ModuleResolver = ModuleResolver;
/** A manifest's declared packages and their ranges: dependencies win over peer and dev dependencies. */
function declaredDependencies(manifest) {
    const out = Object.create(null);
    for (const key of ["devDependencies", "peerDependencies", "dependencies"]) {
        const deps = manifest[key];
        if (!deps || typeof deps !== "object" || Array.isArray(deps))
            continue;
        for (const [name, range] of Object.entries(deps))
            if (typeof range === "string")
                out[name] = range;
    }
    return out;
}
function collectExportTargets(value, into, depth) {
    if (depth > 4 || into.length > 20)
        return;
    if (typeof value === "string") {
        into.push(value);
        return;
    }
    if (!value || typeof value !== "object" || Array.isArray(value))
        return;
    const record = value;
    for (const key of ["source", "types", "import", "require", "default", "node"]) {
        if (Object.prototype.hasOwnProperty.call(record, key))
            collectExportTargets(record[key], into, depth + 1);
    }
}
/**
 * `  - "packages/*" # comment` -> `packages/*`: one entry of pnpm-workspace.yaml's `packages` list, read by slicing
 * (no regular expression that could backtrack on a long line of blanks).
 */
function pnpmListEntry(line) {
    const dash = /^\s+-/.exec(line);
    if (!dash)
        return undefined;
    let value = line.slice(dash[0].length);
    const hash = value.indexOf("#");
    if (hash !== -1)
        value = value.slice(0, hash);
    value = value.trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0])
        value = value.slice(1, -1);
    else
        value = value.replace(/^["']|["']$/g, "");
    return value && !/["']/.test(value) ? value : undefined;
}
//# sourceMappingURL=resolve.js.map