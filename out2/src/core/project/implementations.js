"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ImplementationIndex = void 0;
const node_path_1 = __importDefault(require("node:path"));
const test_files_1 = require("./test-files");
const endpoint_clients_1 = require("./endpoint-clients");
const patterns_1 = require("../syntax/patterns");
/** At most this many source files are scanned per root; a bigger project gets no answer (never a partial one). */
const MAX_FILES = 6000;
const MAX_DEPTH = 16;
const MAX_DIRS = 3000;
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIPPED_DIRS = new Set(["node_modules", "dist", "build", "out", "coverage", "vendor"]);
const IDENT = /[A-Za-z_$][\w$]*/y;
/** A route registered in code: `app.post("/api/chat", ...)`, `router.route("/chat")`. */
const REGISTERED_ROUTE = /\.(?:post|put|patch|all|get|route)\(\s?["'`](\/[\w./:*-]{0,200})["'`]/g;
class ImplementationIndex {
    files;
    /** name -> files naming it after implements/extends; null: the root was too big to scan. */
    byRoot = new Map();
    /** Per file version: a scan made again (files created or deleted) reads only the files that changed. */
    byFile = new Map();
    /** The project root of each folder asked about. */
    roots = new Map();
    clientPattern;
    constructor(files, clients) {
        this.files = files;
        const alternatives = (names) => names.map(patterns_1.escapeRegExp).join("|");
        this.clientPattern = clients && {
            imports: new RegExp(`\\b(?:from|import|require)\\s*(?:\\(\\s*)?["'\`](?:${alternatives(clients.modules)})["'\`]`),
            calls: new RegExp(`\\b(?:${alternatives(clients.calls)})\\s*(?:<[^>\n]{0,200}>)?\\(`),
            reshaped: new RegExp(`\\b(?:${alternatives(clients.reshapedBy)})\\b`),
        };
    }
    /** Forgets the scans (files may have been created, deleted or changed); unchanged files are not read again. */
    clear() {
        this.byRoot.clear();
        this.roots.clear();
    }
    /** The candidates for a name declared in `file` (undefined: the project could not be scanned whole). */
    candidates(file, name) {
        const scan = this.scanAround(file);
        if (!scan)
            return undefined;
        return { files: [...(scan.heirs.get(name) ?? [])], escapes: scan.escapes.has(name) };
    }
    /** The web chat clients of the project around `file` (undefined: the project could not be scanned whole). */
    chatClients(file) {
        return this.scanAround(file)?.clients;
    }
    scanAround(file) {
        const dir = node_path_1.default.dirname(file);
        let root = this.roots.get(dir);
        if (root === undefined) {
            root = this.rootOf(dir);
            this.roots.set(dir, root);
        }
        let scan = this.byRoot.get(root);
        if (scan === undefined) {
            scan = this.scan(root);
            this.byRoot.set(root, scan);
        }
        return scan;
    }
    /** The project around a file: its nearest package.json folder, or the monorepo root above it (stopping at .git). */
    rootOf(dir) {
        let nearest;
        let current = dir;
        for (let i = 0; i < 12; i++) {
            const names = new Set(this.files.entries(current).map((e) => e.name));
            if (names.has("pnpm-workspace.yaml") || (names.has("package.json") && /"workspaces"\s*:/.test(this.files.readText(node_path_1.default.join(current, "package.json")) ?? "")))
                return current;
            if (names.has("package.json") && !nearest)
                nearest = current;
            if (names.has(".git"))
                return nearest ?? current;
            const parent = node_path_1.default.dirname(current);
            if (parent === current)
                break;
            current = parent;
        }
        return nearest ?? dir;
    }
    scan(root) {
        const heirs = new Map();
        const escapes = new Set();
        const clients = { whole: [], reshaped: [], posts: [], netlifyClient: false, root, routes: [] };
        const stack = [{ dir: root, depth: 0 }];
        let count = 0;
        let dirs = 0;
        while (stack.length) {
            const { dir, depth } = stack.pop();
            // A folder tree that big (a home folder taken for a project) is not scanned: no answer rather than a slow one.
            if (++dirs > MAX_DIRS)
                return null;
            for (const entry of this.files.entries(dir)) {
                const full = node_path_1.default.join(dir, entry.name);
                if (entry.isDirectory) {
                    if (depth < MAX_DEPTH && !entry.name.startsWith(".") && !SKIPPED_DIRS.has(entry.name))
                        stack.push({ dir: full, depth: depth + 1 });
                    continue;
                }
                if (!SOURCE.test(entry.name) || /\.d\.[cm]?ts$/.test(entry.name))
                    continue;
                if ((0, test_files_1.isTestPath)(node_path_1.default.relative(root, full)))
                    continue;
                if (++count > MAX_FILES)
                    return null;
                const names = this.namesIn(full);
                if (!names)
                    continue;
                for (const name of names.heirs) {
                    let set = heirs.get(name);
                    if (!set)
                        heirs.set(name, (set = new Set()));
                    set.add(full);
                }
                for (const name of names.escapes)
                    escapes.add(name);
                if (names.client)
                    clients[names.client].push(full);
                for (const post of names.posts ?? [])
                    clients.posts.push({ ...post, file: full });
                if (names.netlify)
                    clients.netlifyClient = true;
                const keys = [...(0, endpoint_clients_1.routeKeysOfPath)(node_path_1.default.relative(root, full)), ...(names.registered ?? []).flatMap((r) => (0, endpoint_clients_1.registeredRouteKey)(r) ?? [])];
                if (keys.length)
                    clients.routes.push({ file: full, keys });
            }
        }
        // A chat client in a component nothing imports (left over, not rendered) posts nothing: only live ones count.
        if (clients.whole.length) {
            const imported = new Set();
            const tails = new Set();
            for (const [file, names] of this.byFile) {
                if (!file.startsWith(root))
                    continue;
                for (const spec of names.imports)
                    (node_path_1.default.isAbsolute(spec) ? imported : tails).add(spec);
            }
            clients.whole = clients.whole.filter((file) => isEntryPath(node_path_1.default.relative(root, file)) || isImported(file, imported, tails));
        }
        return { heirs, escapes, clients };
    }
    namesIn(file) {
        const version = this.files.version(file);
        if (!version)
            return undefined;
        const cached = this.byFile.get(file);
        if (cached && cached.mtimeMs === version.mtimeMs && cached.size === version.size)
            return cached;
        const text = this.files.readText(file);
        if (text === undefined)
            return undefined;
        if (this.byFile.size > MAX_FILES * 4)
            this.byFile.clear();
        const client = this.clientIn(text);
        const posts = (0, endpoint_clients_1.endpointPostsIn)(file, text);
        const names = {
            ...version,
            ...scanText(text),
            imports: importsIn(file, text),
            ...(client ? { client } : {}),
            ...(posts.length ? { posts } : {}),
            ...(text.includes(".netlify/functions/") ? { netlify: true } : {}),
        };
        const registered = [...text.matchAll(REGISTERED_ROUTE)].map((m) => m[1]);
        if (registered.length)
            names.registered = registered;
        this.byFile.set(file, names);
        return names;
    }
    /** Whether a file makes a web chat client (imports its module and calls it), and whether it reshapes the request. */
    clientIn(text) {
        const p = this.clientPattern;
        if (!p || !p.imports.test(text) || !p.calls.test(text))
            return undefined;
        return p.reshaped.test(text) ? "reshaped" : "whole";
    }
}
exports.ImplementationIndex = ImplementationIndex;
const IMPORT_SPECIFIER = /\b(?:from|import|require)\s*\(?\s*["'`]([^"'`\n]{1,300})["'`]/g;
const SOURCE_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx|vue|svelte|astro)$/;
/** The modules a file imports: relative specifiers resolved against its folder (no extension), others as written. */
function importsIn(file, text) {
    const out = [];
    for (const match of text.matchAll(IMPORT_SPECIFIER)) {
        const spec = match[1];
        out.push(spec.startsWith(".") ? node_path_1.default.resolve(node_path_1.default.dirname(file), spec).replace(SOURCE_EXTENSION, "") : spec.replace(SOURCE_EXTENSION, ""));
    }
    return out;
}
/** A file a framework loads by its place, which nothing imports: Next.js pages, layouts and routes, an app's entry. */
function isEntryPath(rel) {
    const p = rel.split(node_path_1.default.sep).join("/");
    return /(?:^|\/)(?:page|layout|route|template|default|main|index|App|app)\.[cm]?[jt]sx?$/.test(p) || /(?:^|\/)pages\//.test(p);
}
/**
 * Whether some scanned file imports `file`: a relative import resolved to it (or to its folder's index), or an
 * aliased one (`@/components/chat/Chat`) ending with its last two path segments.
 */
function isImported(file, imported, tails) {
    const bare = file.replace(SOURCE_EXTENSION, "");
    if (imported.has(bare) || (node_path_1.default.basename(bare) === "index" && imported.has(node_path_1.default.dirname(bare))))
        return true;
    const tail = bare.split(node_path_1.default.sep).slice(-2).join("/");
    for (const spec of tails)
        if (spec === tail || spec.endsWith(`/${tail}`))
            return true;
    return false;
}
/** Names after `implements` (the whole list) and `extends`; names an object may take without a class. */
function scanText(text) {
    const heirs = new Set();
    const escapes = new Set();
    const add = (name) => {
        heirs.add(name);
    };
    for (const match of text.matchAll(/\b(implements|extends|satisfies|as)\s/g)) {
        const keyword = match[1];
        let at = match.index + keyword.length;
        if (keyword === "implements") {
            // The list up to the class body: `implements A, B<T>, ns.C {`.
            const end = text.indexOf("{", at);
            const list = text.slice(at, end < 0 ? at + 300 : Math.min(end, at + 300));
            for (const name of list.match(/[A-Za-z_$][\w$]*/g) ?? [])
                add(name);
            continue;
        }
        while (at < text.length && /\s/.test(text[at]))
            at++;
        IDENT.lastIndex = at;
        const ident = IDENT.exec(text)?.[0];
        if (!ident)
            continue;
        if (keyword === "extends")
            add(ident);
        else
            escapes.add(ident);
    }
    // `<X>{ ... }` casts and `: X = {` typed object literals.
    for (const match of text.matchAll(/<([A-Za-z_$][\w$]*)>\s?\{|:\s?([A-Za-z_$][\w$]*)\s?=\s?\{/g))
        escapes.add((match[1] ?? match[2]));
    return { heirs: [...heirs], escapes: [...escapes] };
}
//# sourceMappingURL=implementations.js.map