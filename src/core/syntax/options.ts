import ts from "typescript";
import { propertyNameText, propertyValue, unwrap } from "./ast";
import { indexFor, lookup, lookupValue, settingDefault, type FileIndex } from "./file-index";
import { isJsonStringify } from "./values";

export type KeyLookup =
  | {
      state: "present";
      /** The property, or the assignment that sets it (`opts.max_tokens = n`). */
      prop: ts.Node;
      value?: ts.Expression;
      owner: ts.ObjectLiteralExpression;
      /** Set only on one branch: the condition, as code (`fast`, `!(a > b)`). */
      when?: string;
      /** Every value the key may take (both branches of a conditional spread, later conditional overrides). */
      values: ts.Expression[];
      /** For a key set only conditionally: the spread of the options literal it comes from. */
      via?: ts.SpreadAssignment;
    }
  /** Not there; `owner` is the object a fix would add it to. */
  | { state: "absent"; owner: ts.ObjectLiteralExpression; missing: string[] }
  /** Cannot tell: a spread of something unknown, a non-literal object, or no object at all. */
  | { state: "unknown" };

/** One thing an options object holds: a key (its last value wins, as at runtime), or an unknown spread (any key). */
interface Entry {
  /** undefined: a spread or computed key the file does not show. */
  name?: string;
  prop: ts.Node;
  value?: ts.Expression;
  when?: string;
  /** Set by one branch of `cond ? {...} : {...}`: a key the other branch sets too is set whatever `cond` is. */
  branch?: { node: ts.ConditionalExpression; yes: boolean };
  owner: ts.ObjectLiteralExpression;
  /** The spread of the literal looked in that brought the entry. */
  via?: ts.SpreadAssignment;
}

/** An options object as the file builds it: literals, spreads of consts, conditional spreads, `Object.assign`, later assignments. */
interface View {
  owner: ts.ObjectLiteralExpression;
  entries: Entry[];
}

const MAX_DEPTH = 8;

function flat(node: ts.Node, sf: ts.SourceFile): string {
  return node.getText(sf).replace(/\s+/g, " ");
}

function negate(cond: ts.Expression, sf: ts.SourceFile): string {
  const e = unwrap(cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return flat(e.operand, sf);
  const simple = ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) || ts.isCallExpression(e);
  return simple ? `!${flat(e, sf)}` : `!(${flat(e, sf)})`;
}

function both(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? `${a} && ${b}` : (a ?? b);
}

/** The entries a spread adds: a const object, `cond ? {...} : {...}`, `cond && {...}`; else one unknown entry. */
function spreadEntries(index: FileIndex, expr: ts.Expression, owner: ts.ObjectLiteralExpression, depth: number): Entry[] {
  const e = unwrap(expr);
  const sf = index.sourceFile;
  if (ts.isConditionalExpression(e)) {
    const side = (branch: ts.Expression, yes: boolean): Entry[] =>
      spreadEntries(index, branch, owner, depth + 1).map((x) => ({
        ...x,
        when: both(yes ? flat(e.condition, sf) : negate(e.condition, sf), x.when),
        ...(x.when ? {} : { branch: { node: e, yes } }),
      }));
    return [...side(e.whenTrue, true), ...side(e.whenFalse, false)];
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return spreadEntries(index, e.right, owner, depth + 1).map((x) => ({ ...x, when: both(flat(e.left, sf), x.when) }));
  }
  // A setting at the default its config class gives it (`...(context.EXTRA_PARAMS || {})` with `EXTRA_PARAMS = {}`):
  // an object literal default is what is spread (a default object is truthy, so `|| {}` / `?? {}` keep it).
  const setting =
    ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) ? e.left : e;
  const defaulted = depth < 8 ? settingDefault(index, setting) : undefined;
  if (defaulted && ts.isObjectLiteralExpression(unwrap(defaulted))) return spreadEntries(indexFor(index, defaulted), defaulted, owner, depth + 1);
  const view = viewOf(index, e, depth + 1);
  return view ? view.entries : [{ prop: expr, owner }];
}

/** Where a literal sits under a variable: `const opts = { config: { ... } }` gives opts and ["config"] for the inner one. */
function variablePath(literal: ts.ObjectLiteralExpression): { decl: ts.VariableDeclaration; path: string[] } | undefined {
  const path: string[] = [];
  let node: ts.Node = literal;
  for (;;) {
    const parent = node.parent;
    if (!parent) return undefined;
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isTypeAssertionExpression(parent)) node = parent;
    else if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      const name = propertyNameText(parent.name);
      if (name === undefined) return undefined;
      path.unshift(name);
      node = parent.parent;
    } else break;
  }
  const decl = node.parent;
  return decl && ts.isVariableDeclaration(decl) && decl.initializer === node && ts.isIdentifier(decl.name) ? { decl, path } : undefined;
}

/** A change the file makes to a variable's object: `v.a.b = x` (chain ["a","b"]), `v[k] = x` (a null link), `Object.assign(v.a, s)`. */
interface Mutation {
  chain: (string | null)[];
  node: ts.Node;
  value?: ts.Expression;
  /** Object.assign sources. */
  sources?: readonly ts.Expression[];
}

const mutationCache = new WeakMap<FileIndex, Map<ts.Node, Mutation[]>>();

function accessChain(index: FileIndex, expr: ts.Expression): { decl: ts.Node; chain: (string | null)[] } | undefined {
  const chain: (string | null)[] = [];
  let e = unwrap(expr);
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
    if (ts.isPropertyAccessExpression(e)) chain.unshift(e.name.text);
    else {
      const arg = unwrap(e.argumentExpression);
      chain.unshift(ts.isStringLiteralLike(arg) ? arg.text : null);
    }
    e = unwrap(e.expression);
  }
  if (!ts.isIdentifier(e)) return undefined;
  const decl = lookup(index, e.text, e);
  return decl?.kind === "variable" ? { decl: decl.node, chain } : undefined;
}

function mutationsOf(index: FileIndex, decl: ts.Node): Mutation[] {
  let byDecl = mutationCache.get(index);
  if (!byDecl) {
    byDecl = new Map();
    const add = (d: ts.Node, m: Mutation): void => {
      const list = byDecl!.get(d) ?? [];
      list.push(m);
      byDecl!.set(d, list);
    };
    for (const assignment of index.assignments) {
      const target = accessChain(index, assignment.left);
      if (target) add(target.decl, { chain: target.chain, node: assignment, value: assignment.right });
    }
    for (const call of index.calls) {
      if (call.arguments.length < 2 || call.expression.getText(index.sourceFile) !== "Object.assign") continue;
      const target = accessChain(index, call.arguments[0]!);
      if (target) add(target.decl, { chain: target.chain, node: call, sources: call.arguments.slice(1) });
    }
    mutationCache.set(index, byDecl);
  }
  return byDecl.get(decl) ?? [];
}

/** What the file does to a literal after building it: keys it sets, objects it assigns into it, reassignments. */
function mutationEntries(index: FileIndex, literal: ts.ObjectLiteralExpression, depth: number): Entry[] {
  const at = variablePath(literal);
  if (!at) return [];
  const out: Entry[] = [];
  const { path } = at;
  const samePath = (chain: readonly (string | null)[]): boolean => path.every((p, i) => chain[i] === p);
  for (const m of mutationsOf(index, at.decl)) {
    if (m.chain.length < path.length || !samePath(m.chain)) continue;
    if (m.sources) {
      if (m.chain.length !== path.length) continue;
      for (const source of m.sources) out.push(...spreadEntries(index, source, literal, depth + 1));
      continue;
    }
    if (m.chain.length === 0) out.push({ prop: m.node, owner: literal }); // `v = ...`: its value is no longer the literal
    else if (m.chain.length === path.length + 1) {
      const name = m.chain[path.length];
      out.push(name === null ? { prop: m.node, owner: literal } : { name, prop: m.node, value: m.value, owner: literal });
    }
  }
  return out;
}

function viewOf(index: FileIndex, node: ts.Expression, depth: number): View | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const e = unwrap(node);
  if (ts.isObjectLiteralExpression(e)) {
    const entries: Entry[] = [];
    for (const prop of e.properties) {
      if (ts.isSpreadAssignment(prop)) {
        entries.push(...spreadEntries(index, prop.expression, e, depth).map((x) => ({ ...x, via: prop })));
        continue;
      }
      const name = propertyNameText(prop.name);
      entries.push(name === undefined ? { prop, owner: e } : { name, prop, value: propertyValue(prop), owner: e });
    }
    entries.push(...mutationEntries(index, e, depth));
    return { owner: e, entries };
  }
  if (ts.isIdentifier(e)) {
    const decl = lookupValue(index, e.text, e);
    if (decl && decl.kind === "variable" && decl.init && !decl.path?.length) return viewOf(index, decl.init, depth + 1);
    return undefined;
  }
  // A JSON request body: `JSON.stringify({ ... })` carries the object's keys.
  if (isJsonStringify(e)) return viewOf(index, e.arguments[0]!, depth + 1);
  // A body built by a helper of the file: `Body: createBody(model, messages)` with `const createBody = (...) => ({...})`.
  const built = ts.isCallExpression(e) ? helperResult(index, e) : undefined;
  if (built) return viewOf(index, built, depth + 1);
  // Object.assign({}, a, b) / Object.assign(target, ...): the target, then each source.
  if (ts.isCallExpression(e) && e.arguments.length > 0 && e.expression.getText(index.sourceFile) === "Object.assign") {
    const target = viewOf(index, e.arguments[0]!, depth + 1);
    if (!target) return undefined;
    const entries = [...target.entries];
    for (const source of e.arguments.slice(1)) entries.push(...spreadEntries(index, source, target.owner, depth));
    return { owner: target.owner, entries };
  }
  return undefined;
}

/**
 * What a call of a function the file declares returns, when that is one expression: an arrow's expression body, or
 * the only `return` of a body (`const body = (m) => JSON.stringify({ inputs, parameters })`). Its parameters stay
 * unknown where it reads them.
 */
function helperResult(index: FileIndex, call: ts.CallExpression): ts.Expression | undefined {
  const callee = unwrap(call.expression);
  if (!ts.isIdentifier(callee)) return undefined;
  const decl = lookup(index, callee.text, callee);
  const fn = decl?.kind === "function" ? decl.node : decl?.kind === "variable" && !decl.mutable && !decl.path?.length && decl.init ? unwrap(decl.init) : undefined;
  if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return fn.body;
  const returns: ts.ReturnStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node)) returns.push(node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  const only = returns.length === 1 ? returns[0] : undefined;
  return only?.expression && fn.body.statements[fn.body.statements.length - 1] === only ? only.expression : undefined;
}

/** Two entries set on the two branches of one `cond ? {...} : {...}`: together, whatever `cond` is. */
function complementary(entries: readonly Entry[]): boolean {
  return entries.some((a) => a.branch && entries.some((b) => b.branch && b.branch.node === a.branch!.node && b.branch.yes !== a.branch!.yes));
}

/** Looks up `parts` (each a set of equivalent names: the cap keys of an SDK) from `i` on. */
function lookupIn(index: FileIndex, view: View, parts: readonly ReadonlySet<string>[], i: number, outerWhen: string | undefined, depth: number): KeyLookup {
  const names = parts[i]!;
  const matches = view.entries.filter((x) => x.name !== undefined && names.has(x.name));
  const lastSet = [...matches].reverse().find((x) => !x.when) ?? (complementary(matches) ? matches[matches.length - 1] : undefined);
  let chosen: Entry | undefined = lastSet;
  let when = outerWhen;
  if (!chosen) {
    if (view.entries.some((x) => x.name === undefined)) return { state: "unknown" };
    chosen = matches[matches.length - 1];
    if (!chosen) return { state: "absent", owner: view.owner, missing: parts.slice(i).map((p) => [...p][0]!) };
    when = both(outerWhen, chosen.when);
  }
  const from = lastSet && !lastSet.when ? matches.indexOf(lastSet) : 0;
  const values = matches.slice(from).flatMap((x) => (x.value ? [x.value] : []));
  if (i === parts.length - 1) {
    const via = !outerWhen && chosen.when && chosen.via && when ? { via: chosen.via } : {};
    return { state: "present", prop: chosen.prop, value: chosen.value, owner: chosen.owner, values, ...(when ? { when } : {}), ...via };
  }
  const next = chosen.value && depth < MAX_DEPTH ? viewOf(index, chosen.value, depth + 1) : undefined;
  return next ? lookupIn(index, next, parts, i + 1, when, depth + 1) : { state: "unknown" };
}

/**
 * Looks up a dotted key ("config.maxOutputTokens") in an options object as the file builds it: an inline literal,
 * a const, spreads of consts, conditional spreads (`...(cond ? { k } : {})`, `...(cond && { k })`), casts,
 * `Object.assign`, and keys assigned afterwards (`opts.k = v`).
 */
export function lookupKey(index: FileIndex, obj: ts.Expression | undefined, dotted: string): KeyLookup {
  const view = obj ? viewOf(index, obj, 0) : undefined;
  return view ? lookupIn(index, view, dotted.split(".").map((p) => new Set([p])), 0, undefined, 0) : { state: "unknown" };
}

/**
 * Several keys that mean the same (an SDK's cap keys: `max_completion_tokens`, `max_tokens`) looked up as one:
 * set when any is, on whichever branches set them; absent on the first key's owner. Dotted keys one by one.
 */
export function lookupAnyKey(index: FileIndex, obj: ts.Expression | undefined, keys: readonly string[]): KeyLookup {
  if (keys.length === 0) return { state: "unknown" };
  if (keys.every((k) => !k.includes("."))) {
    const view = obj ? viewOf(index, obj, 0) : undefined;
    return view ? lookupIn(index, view, [new Set(keys)], 0, undefined, 0) : { state: "unknown" };
  }
  let absent: KeyLookup | undefined;
  const conditional: Extract<KeyLookup, { state: "present" }>[] = [];
  for (const key of keys) {
    const found = lookupKey(index, obj, key);
    if (found.state === "present" && !found.when) return found;
    if (found.state === "unknown") return found;
    if (found.state === "present") conditional.push(found);
    else absent ??= found;
  }
  // One key on each branch (`...(o1 ? { modelKwargs: { max_completion_tokens: n } } : { maxTokens: n })`): always set.
  for (const a of conditional) {
    const other = conditional.find((b) => b !== a && (b.when === `!${a.when}` || b.when === `!(${a.when})`));
    if (other) {
      const { when: _when, via: _via, ...always } = a;
      return { ...always, values: [...a.values, ...other.values] };
    }
  }
  return conditional[0] ?? absent ?? { state: "unknown" };
}

/** The object literal a fix adds keys to: the options literal itself, or the literal a const holds. */
export function optionsOwner(index: FileIndex, obj: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  return obj ? viewOf(index, obj, 0)?.owner : undefined;
}
