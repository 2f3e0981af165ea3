import path from "node:path";
import ts from "typescript";
import { propertyNameText, propertyValue, unwrap } from "../syntax/ast";
import { lookup, lookupValue, type Declaration, type FileIndex } from "../syntax/file-index";
import { lookupAnyKey, lookupKey } from "../syntax/options";
import { resolveObjectLiteral } from "../syntax/values";
import { exportTable } from "../project/exports";
import type { CallSite } from "../sdk/match";
import { exportMatches, moduleMatches } from "../sdk/module-match";
import type { ServedBy } from "../sdk/profile-types";
import type { FileAnalysis } from "./analysis";
import { optionsArgument } from "./constructions";
import { declaredVersion } from "./declared-version";
import { memoPerSite } from "./site-memo";

/** An agent construction that a registry of its framework lists: its server runs it with the agent's default options. */
export interface ServedAgent {
  /** Where it is registered: `new Mastra() (index.ts:7)`. */
  registry: string;
}

/** An agent the framework's server runs with its default options, which set no output cap. */
export interface ServedAgentCap {
  registry: string;
  /** The key (or keys, joined) a fix adds, dotted; empty `missing` when the framework version has no such option. */
  key: string;
  owner: ts.ObjectLiteralExpression;
  /** Each key path still missing on `owner` (one per default the framework reads). */
  missing: string[][];
}

/** How many folders above the agent's own the registry file is looked for. */
const MAX_UP = 4;

/**
 * An agent construction (`new Agent({...})`) that a registry of its framework lists (`new Mastra({ agents: { a } })`,
 * in the same file or in the framework's entry file above it: `src/mastra/index.ts`; the list written out, or
 * spreading or being the namespace of the agent's module). Undefined when not registered or not readable.
 */
export const servedAgent: (analysis: FileAnalysis, site: CallSite) => ServedAgent | undefined = memoPerSite(findServedAgent);

function findServedAgent(analysis: FileAnalysis, site: CallSite): ServedAgent | undefined {
  const served = site.profile.servedBy;
  if (!served || !ts.isNewExpression(site.node) || !optionsArgument(site)) return undefined;
  const binding = bindingOf(site.node);
  if (!binding) return undefined;
  const registry = registryIn(analysis.index, site, served, (value, index) => refersLocally(index, value, binding)) ?? registryElsewhere(analysis, site, served, binding);
  return registry ? { registry } : undefined;
}

/**
 * The default cap keys of the framework version the project declares (`legacy` below its major), or the words for
 * a version whose agents take no default options (then no key to add).
 */
function servedCapKeys(analysis: FileAnalysis, site: CallSite, served: ServedBy): { keys: readonly string[]; all: boolean } | { none: string } {
  const legacy = served.legacy;
  // A range that writes no minor (`^0`) says too little to pick the legacy keys.
  const version = legacy && declaredVersion(analysis, site, legacy.module);
  if (!legacy || version?.minor === undefined || version.major >= legacy.belowMajor) return { keys: served.capKeys, all: false };
  if (version.major === 0 && version.minor < legacy.sinceMinor) return { none: legacy.noDefaults };
  return { keys: legacy.capKeys, all: true };
}

/**
 * A served agent (`servedAgent`) whose default options set no output cap: every request the server runs without a
 * cap of its own may then write the model's maximum output. Undefined when not served, when the cap is set, or when
 * the options are not all visible.
 */
export function servedAgentCap(analysis: FileAnalysis, site: CallSite): ServedAgentCap | undefined {
  const served = site.profile.servedBy;
  if (!served || !ts.isNewExpression(site.node)) return undefined;
  const options = optionsArgument(site);
  if (!options) return undefined;
  if (lookupAnyKey(analysis.index, options, served.unlessKeys).state !== "absent") return undefined;
  const cap = lookupAnyKey(analysis.index, options, served.capKeys);
  if (cap.state !== "absent" || !cap.owner) return undefined;
  const owner = cap.owner;
  const registry = servedAgent(analysis, site)?.registry;
  if (!registry) return undefined;
  const keys = servedCapKeys(analysis, site, served);
  if ("none" in keys) return { registry, key: keys.none, owner, missing: [] };
  const missing: string[][] = [];
  for (const key of keys.all ? keys.keys : keys.keys.slice(0, 1)) {
    const found = lookupKey(analysis.index, options, key);
    if (found.state === "present" || found.state === "unknown") return undefined;
    if (found.owner !== owner) return undefined;
    missing.push(found.missing);
  }
  return { registry, key: (keys.all ? keys.keys : keys.keys.slice(0, 1)).join(" and "), owner, missing };
}

/** The variable a construction is assigned to: `const support = new Agent(...)`. */
function bindingOf(node: ts.NewExpression): ts.Identifier | undefined {
  let current: ts.Node = node;
  while (current.parent && (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent) || ts.isSatisfiesExpression(current.parent))) current = current.parent;
  const parent = current.parent;
  return parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name : undefined;
}

function refersLocally(index: FileIndex, value: ts.Expression, binding: ts.Identifier): boolean {
  const v = unwrap(value);
  if (!ts.isIdentifier(v)) return false;
  const decl = lookupValue(index, v.text, v);
  return decl?.kind === "variable" && decl.node === binding.parent;
}

/**
 * The registry constructions of a file (`new Mastra({...})` of the profile's modules) whose agent list names the
 * agent (`is` decides an entry); `agentsWhole` decides a whole list given as one identifier (a namespace import).
 */
function registryIn(
  index: FileIndex,
  site: CallSite,
  served: ServedBy,
  is: (value: ts.Expression, index: FileIndex) => boolean,
  agentsWhole?: (value: ts.Expression, index: FileIndex) => boolean,
): string | undefined {
  for (const construction of index.news) {
    const callee = unwrap(construction.expression);
    if (!ts.isIdentifier(callee)) continue;
    const decl = lookup(index, callee.text, callee);
    if (decl?.kind !== "import" || !decl.module || !moduleMatches(decl.module, site.profile.modules)) continue;
    if (!exportMatches(decl.importName ?? "", served.exports)) continue;
    const config = resolveObjectLiteral(index, construction.arguments?.[0]);
    const agentsProp = config?.properties.find((p) => propertyNameText(p.name) === served.key);
    const agentsValue = agentsProp && (ts.isShorthandPropertyAssignment(agentsProp) ? agentsProp.name : propertyValue(agentsProp));
    if (!agentsValue) continue;
    const list = resolveObjectLiteral(index, agentsValue);
    const named = list
      ? list.properties.some((p) => {
          // `{ ...more }`: every export of the module `more` names, as `agents: more` would.
          if (ts.isSpreadAssignment(p)) return !!agentsWhole?.(p.expression, index);
          const value = ts.isShorthandPropertyAssignment(p) ? p.name : propertyValue(p);
          return !!value && is(value, index);
        })
      : !!agentsWhole?.(agentsValue, index);
    if (!named) continue;
    const file = construction.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(construction.getStart(file)).line + 1;
    return `new ${callee.text}() (${path.basename(file.fileName)}:${line})`;
  }
  return undefined;
}

/** The framework's entry files above the agent's folder that register it by importing it from the agent's module. */
function registryElsewhere(analysis: FileAnalysis, site: CallSite, served: ServedBy, binding: ts.Identifier): string | undefined {
  const project = analysis.project;
  const home = path.resolve(analysis.index.sourceFile.fileName);
  if (!project || !path.isAbsolute(analysis.index.sourceFile.fileName)) return undefined;
  const names = exportedNames(analysis.index.sourceFile, binding);
  if (names.length === 0) return undefined;
  const imported = (decl: Declaration | undefined, entry: string, whole: boolean): boolean =>
    decl?.kind === "import" &&
    !!decl.module &&
    (whole ? decl.importName === "*" : names.includes(decl.importName ?? "")) &&
    project.resolve(entry, decl.module) === home;
  let dir = path.dirname(home);
  for (let up = 0; up <= MAX_UP; up++) {
    for (const name of served.entryFiles) {
      const entry = path.join(dir, name);
      if (entry === home) continue;
      const text = project.textAt(entry);
      if (text === undefined || !served.exports.some((e) => text.includes(e))) continue;
      const tracer = project.tracerAt(entry);
      if (!tracer) continue;
      const found = registryIn(
        tracer.index,
        site,
        served,
        (value, index) => {
          const v = unwrap(value);
          return ts.isIdentifier(v) && imported(lookup(index, v.text, v), entry, false);
        },
        (value, index) => {
          const v = unwrap(value);
          return ts.isIdentifier(v) && imported(lookup(index, v.text, v), entry, true);
        },
      );
      if (found) return found;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** The names a module exports a top-level variable under (`export const a`, `export { a as b }`). */
function exportedNames(sourceFile: ts.SourceFile, binding: ts.Identifier): string[] {
  const names: string[] = [];
  for (const [name, entry] of exportTable(sourceFile).names) {
    if (entry.kind === "local" && entry.name === binding.text) names.push(name);
  }
  return names;
}
