import path from "node:path";
import type { ProjectFiles } from "./files";
import { isTestPath } from "./test-files";
import { endpointPostsIn, registeredRouteKey, routeKeysOfPath, type EndpointPost, type RouteKey } from "./endpoint-clients";
import type { ConversationClients } from "./trace";
import { escapeRegExp } from "../syntax/patterns";

/**
 * Which files of a project may implement an interface or extend a class, by name: a text scan of the project's
 * source files, made once per project root and run (a long-lived process scans again when the project's
 * listings are dropped). The answer only narrows the search: the files named are then parsed and their classes'
 * heritage clauses resolved.
 *
 * Besides `implements X` / `extends X`, the scan notes the names that an object may implement without a class
 * (`satisfies X`, `as X`, `<X>{`, `: X = {`): for those, the set of implementations cannot be known from classes.
 * Test and mock files (`isTestPath`, test-files.ts) are not production implementations and are skipped.
 *
 * The same scan notes the project's web chat clients (`conversationClients` of the SDK knowledge): whether what a
 * route handler receives as `messages` is a client's whole conversation is decided on the other side of HTTP.
 */
export interface ImplementationCandidates {
  /** Files whose text names this name after `implements` or `extends`. */
  files: readonly string[];
  /** Some production file may make an object of this type without a class. */
  escapes: boolean;
}

/** At most this many source files are scanned per root; a bigger project gets no answer (never a partial one). */
const MAX_FILES = 6000;
const MAX_DEPTH = 16;
const MAX_DIRS = 3000;
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIPPED_DIRS = new Set(["node_modules", "dist", "build", "out", "coverage", "vendor"]);
const IDENT = /[A-Za-z_$][\w$]*/y;
/** A route registered in code: `app.post("/api/chat", ...)`, `router.route("/chat")`. */
const REGISTERED_ROUTE = /\.(?:post|put|patch|all|get|route)\(\s?["'`](\/[\w./:*-]{0,200})["'`]/g;

/** What the scan found in one version of one file. */
interface FileNames {
  mtimeMs: number;
  size: number;
  heirs: string[];
  escapes: string[];
  /** The file makes a chat client that posts the whole conversation ("whole"), or one whose request is reshaped. */
  client?: "whole" | "reshaped";
  /** The conversations the file posts to the app's own endpoints (endpoint-clients.ts). */
  posts?: EndpointPost[];
  /** The file fetches the app's Netlify functions by name (`/.netlify/functions/${name}`). */
  netlify?: boolean;
  /** Paths the file registers routes under in code (`app.post("/api/chat", ...)`). */
  registered?: string[];
  /** What the file imports: relative specifiers resolved (absolute, no extension), others as written. */
  imports: string[];
  /** Member names asked about (`filesAccessing`): whether this version of the file accesses each. */
  accessed?: Map<string, boolean>;
}

/** The project's web chat clients, by what they post (files). */
export interface ProjectChatClients {
  whole: readonly string[];
  reshaped: readonly string[];
  /** The project's own client code posting conversations to its endpoints, by file. */
  posts: readonly (EndpointPost & { file: string })[];
  /** Some client fetches the app's Netlify functions by name: a bare function name given to it is an endpoint. */
  netlifyClient: boolean;
  /** The folder the project was scanned from: route files are placed relative to it. */
  root: string;
  /** The files that serve routes: by their place (Next.js, Vercel, Netlify) or paths registered in code. */
  routes: readonly { file: string; keys: readonly RouteKey[] }[];
}

interface RootScan {
  /** The production source files scanned. */
  files: string[];
  /** The files that import a file, asked for (importers()). */
  importers: Map<string, string[]>;
  heirs: Map<string, Set<string>>;
  /** The candidates answered so far, by name. */
  answers: Map<string, ImplementationCandidates>;
  escapes: Set<string>;
  /** Member names asked about: the scanned files that access one (`.name`). */
  accessed: Map<string, string[]>;
  clients: ProjectChatClients & { whole: string[]; reshaped: string[]; posts: (EndpointPost & { file: string })[]; routes: { file: string; keys: RouteKey[] }[] };
}

export class ImplementationIndex {
  /** name -> files naming it after implements/extends; null: the root was too big to scan. */
  private readonly byRoot = new Map<string, RootScan | null>();
  /** Per file version: a scan made again (files created or deleted) reads only the files that changed. */
  private readonly byFile = new Map<string, FileNames>();
  /** The project root of each folder asked about. */
  private readonly roots = new Map<string, string>();

  private readonly clientPattern: { imports: RegExp; calls: RegExp; reshaped: RegExp } | undefined;

  constructor(
    private readonly files: ProjectFiles,
    clients?: ConversationClients,
  ) {
    const alternatives = (names: readonly string[]): string => names.map(escapeRegExp).join("|");
    this.clientPattern = clients && {
      imports: new RegExp(`\\b(?:from|import|require)\\s*(?:\\(\\s*)?["'\`](?:${alternatives(clients.modules)})["'\`]`),
      calls: new RegExp(`\\b(?:${alternatives(clients.calls)})\\s*(?:<[^>\n]{0,200}>)?\\(`),
      reshaped: new RegExp(`\\b(?:${alternatives(clients.reshapedBy)})\\b`),
    };
  }

  /** Forgets the scans (files may have been created, deleted or changed); unchanged files are not read again. */
  clear(): void {
    this.byRoot.clear();
    this.roots.clear();
  }

  /** The candidates for a name declared in `file` (undefined: the project could not be scanned whole). */
  candidates(file: string, name: string): ImplementationCandidates | undefined {
    const scan = this.scanAround(file);
    if (!scan) return undefined;
    // The answer for a name is made once per scan (a name many modules export is asked of for each of them).
    let answer = scan.answers.get(name);
    if (!answer) scan.answers.set(name, (answer = { files: [...(scan.heirs.get(name) ?? [])], escapes: scan.escapes.has(name) }));
    return answer;
  }

  /**
   * The production files of the project around `file` that import it (a relative import resolved to it or to its
   * folder's index, or an aliased one ending with its last two path segments): candidates, each to be resolved by
   * its reader. Undefined when the project could not be scanned whole.
   */
  importers(file: string): readonly string[] | undefined {
    const scan = this.scanAround(file);
    if (!scan) return undefined;
    let found = scan.importers.get(file);
    if (!found) {
      found = [];
      for (const other of scan.files) {
        const names = other !== file ? this.byFile.get(other) : undefined;
        if (!names?.imports.length) continue;
        const imported = new Set<string>();
        const tails = new Set<string>();
        for (const spec of names.imports) (path.isAbsolute(spec) ? imported : tails).add(spec);
        if (isImported(file, imported, tails)) found.push(other);
      }
      scan.importers.set(file, found);
    }
    return found;
  }

  /** The web chat clients of the project around `file` (undefined: the project could not be scanned whole). */
  chatClients(file: string): ProjectChatClients | undefined {
    return this.scanAround(file)?.clients;
  }

  /**
   * The production source files of the project around `file` that access a member of this name (`.name`, `?.name`,
   * `this.name`): their text read again, once per name and file version (asked rarely: for the methods that change a
   * kept conversation). Undefined when the project could not be scanned whole.
   */
  filesAccessing(file: string, name: string): readonly string[] | undefined {
    const scan = this.scanAround(file);
    if (!scan) return undefined;
    let found = scan.accessed.get(name);
    if (found === undefined) {
      const pattern = new RegExp(`\\.\\s?${escapeRegExp(name)}(?![\\w$])`);
      found = scan.files.filter((f) => {
        // Kept with the file's version: a scan made again reads only the files that changed.
        const names = this.byFile.get(f);
        let hit = names?.accessed?.get(name);
        if (hit === undefined) {
          hit = pattern.test(this.files.readText(f) ?? "");
          if (names) (names.accessed ??= new Map()).set(name, hit);
        }
        return hit;
      });
      scan.accessed.set(name, found);
    }
    return found;
  }

  private scanAround(file: string): RootScan | null {
    const dir = path.dirname(file);
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
  private rootOf(dir: string): string {
    let nearest: string | undefined;
    let current = dir;
    for (let i = 0; i < 12; i++) {
      const names = new Set(this.files.entries(current).map((e) => e.name));
      if (names.has("pnpm-workspace.yaml") || (names.has("package.json") && /"workspaces"\s*:/.test(this.files.readText(path.join(current, "package.json")) ?? ""))) return current;
      if (names.has("package.json") && !nearest) nearest = current;
      if (names.has(".git")) return nearest ?? current;
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    return nearest ?? dir;
  }

  private scan(root: string): RootScan | null {
    const heirs = new Map<string, Set<string>>();
    const escapes = new Set<string>();
    const files: string[] = [];
    const clients = { whole: [] as string[], reshaped: [] as string[], posts: [] as (EndpointPost & { file: string })[], netlifyClient: false, root, routes: [] as { file: string; keys: RouteKey[] }[] };
    const stack: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
    let count = 0;
    let dirs = 0;
    while (stack.length) {
      const { dir, depth } = stack.pop()!;
      // A folder tree that big (a home folder taken for a project) is not scanned: no answer rather than a slow one.
      if (++dirs > MAX_DIRS) return null;
      for (const entry of this.files.entries(dir)) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory) {
          if (depth < MAX_DEPTH && !entry.name.startsWith(".") && !SKIPPED_DIRS.has(entry.name)) stack.push({ dir: full, depth: depth + 1 });
          continue;
        }
        if (!SOURCE.test(entry.name) || /\.d\.[cm]?ts$/.test(entry.name)) continue;
        if (isTestPath(path.relative(root, full))) continue;
        if (++count > MAX_FILES) return null;
        const names = this.namesIn(full);
        if (!names) continue;
        files.push(full);
        for (const name of names.heirs) {
          let set = heirs.get(name);
          if (!set) heirs.set(name, (set = new Set()));
          set.add(full);
        }
        for (const name of names.escapes) escapes.add(name);
        if (names.client) clients[names.client].push(full);
        for (const post of names.posts ?? []) clients.posts.push({ ...post, file: full });
        if (names.netlify) clients.netlifyClient = true;
        const keys = [...routeKeysOfPath(path.relative(root, full)), ...(names.registered ?? []).flatMap((r) => registeredRouteKey(r) ?? [])];
        if (keys.length) clients.routes.push({ file: full, keys });
      }
    }
    // A chat client in a component nothing imports (left over, not rendered) posts nothing: only live ones count.
    if (clients.whole.length) {
      const imported = new Set<string>();
      const tails = new Set<string>();
      for (const [file, names] of this.byFile) {
        if (!file.startsWith(root)) continue;
        for (const spec of names.imports) (path.isAbsolute(spec) ? imported : tails).add(spec);
      }
      clients.whole = clients.whole.filter((file) => isEntryPath(path.relative(root, file)) || isImported(file, imported, tails));
    }
    return { heirs, escapes, files, accessed: new Map(), importers: new Map(), clients, answers: new Map() };
  }

  private namesIn(file: string): FileNames | undefined {
    const version = this.files.version(file);
    if (!version) return undefined;
    const cached = this.byFile.get(file);
    if (cached && cached.mtimeMs === version.mtimeMs && cached.size === version.size) return cached;
    const text = this.files.readText(file);
    if (text === undefined) return undefined;
    if (this.byFile.size > MAX_FILES * 4) this.byFile.clear();
    const client = this.clientIn(text);
    const posts = endpointPostsIn(file, text);
    const { heirs, escapes } = scanText(text);
    // Kept for the run: copies, so that the names (slices of the text) do not keep every scanned file's text alive.
    const names: FileNames = {
      ...version,
      heirs: heirs.map(detached),
      escapes: escapes.map(detached),
      imports: importsIn(file, text).map(detached),
      ...(client ? { client } : {}),
      ...(posts.length ? { posts: posts.map((p) => ({ ...p, endpoint: detached(p.endpoint) })) } : {}),
      ...(text.includes(".netlify/functions/") ? { netlify: true } : {}),
    };
    const registered = [...text.matchAll(REGISTERED_ROUTE)].map((m) => detached(m[1]!));
    if (registered.length) names.registered = registered;
    this.byFile.set(file, names);
    return names;
  }

  /** Whether a file makes a web chat client (imports its module and calls it), and whether it reshapes the request. */
  private clientIn(text: string): FileNames["client"] {
    const p = this.clientPattern;
    if (!p || !p.imports.test(text) || !p.calls.test(text)) return undefined;
    return p.reshaped.test(text) ? "reshaped" : "whole";
  }
}

/**
 * A copy of a string that a regular expression cut out of a file's text: V8 keeps such a substring (13 characters
 * or more) as a slice that holds the whole text alive. The copy holds only its own characters.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

const IMPORT_SPECIFIER = /\b(?:from|import|require)\s*\(?\s*["'`]([^"'`\n]{1,300})["'`]/g;
const SOURCE_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx|vue|svelte|astro)$/;

/** The modules a file imports: relative specifiers resolved against its folder (no extension), others as written. */
function importsIn(file: string, text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(IMPORT_SPECIFIER)) {
    const spec = match[1]!;
    out.push(spec.startsWith(".") ? path.resolve(path.dirname(file), spec).replace(SOURCE_EXTENSION, "") : spec.replace(SOURCE_EXTENSION, ""));
  }
  return out;
}

/** A file a framework loads by its place, which nothing imports: Next.js pages, layouts and routes, an app's entry. */
function isEntryPath(rel: string): boolean {
  const p = rel.split(path.sep).join("/");
  return /(?:^|\/)(?:page|layout|route|template|default|main|index|App|app)\.[cm]?[jt]sx?$/.test(p) || /(?:^|\/)pages\//.test(p);
}

/**
 * Whether some scanned file imports `file`: a relative import resolved to it (or to its folder's index), or an
 * aliased one (`@/components/chat/Chat`) ending with its last two path segments.
 */
function isImported(file: string, imported: ReadonlySet<string>, tails: ReadonlySet<string>): boolean {
  const bare = file.replace(SOURCE_EXTENSION, "");
  if (imported.has(bare) || (path.basename(bare) === "index" && imported.has(path.dirname(bare)))) return true;
  const tail = bare.split(path.sep).slice(-2).join("/");
  for (const spec of tails) if (spec === tail || spec.endsWith(`/${tail}`)) return true;
  return false;
}

/** Names after `implements` (the whole list) and `extends`; names an object may take without a class. */
function scanText(text: string): { heirs: string[]; escapes: string[] } {
  const heirs = new Set<string>();
  const escapes = new Set<string>();
  const add = (name: string): void => {
    heirs.add(name);
  };
  for (const match of text.matchAll(/\b(implements|extends|satisfies|as)\s/g)) {
    const keyword = match[1]!;
    let at = match.index + keyword.length;
    if (keyword === "implements") {
      // The list up to the class body: `implements A, B<T>, ns.C {`.
      const end = text.indexOf("{", at);
      const list = text.slice(at, end < 0 ? at + 300 : Math.min(end, at + 300));
      for (const name of list.match(/[A-Za-z_$][\w$]*/g) ?? []) add(name);
      continue;
    }
    while (at < text.length && /\s/.test(text[at]!)) at++;
    IDENT.lastIndex = at;
    const ident = IDENT.exec(text)?.[0];
    if (!ident) continue;
    if (keyword === "extends") add(ident);
    else escapes.add(ident);
  }
  // `<X>{ ... }` casts and `: X = {` typed object literals.
  for (const match of text.matchAll(/<([A-Za-z_$][\w$]*)>\s?\{|:\s?([A-Za-z_$][\w$]*)\s?=\s?\{/g)) escapes.add((match[1] ?? match[2])!);
  return { heirs: [...heirs], escapes: [...escapes] };
}
