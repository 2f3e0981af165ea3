import path from "node:path";
import ts from "typescript";
import { contains, isFunctionLike, unwrap } from "../syntax/ast";
import { lookup, thisClass, type FileIndex } from "../syntax/file-index";
import { escapeRegExp } from "../syntax/patterns";
import type { Tracer } from "../project/trace";
import { classChain } from "./history-stores";
import { shortens, wholeSources } from "./history-windows";

/**
 * Conversations a class keeps in a field and hands out through a method of the project (in this module or another):
 * `messageManager.getMessages()` returning `this.history.messages.filter(...).map(...)`, where `history` holds an
 * instance of another class of the project whose `addMessage` pushes to its `messages`. What the classes do to the
 * field decides: it grows (`push`, `unshift`, `splice(i, 0, m)`, `this.messages = [...this.messages, m]`) or it is
 * cut (`splice(0, n)`, `shift()`, `length = n`, reassigned to a window of itself; `pop()` only of a conversation
 * grown by `unshift`, newest first: of one grown by `push` it drops the newest message, not the oldest). A change
 * counts only in a method that something calls: a token-budget trim that nothing calls is no window.
 */

export type HeldVerdict = "field" | "window" | undefined;

interface ClassScope {
  index: FileIndex;
  cls: ts.ClassLikeDeclaration;
  /** The texts the field goes by in this class: `this.messages`, or `this.history.messages` from the class holding it. */
  texts: ReadonlySet<string>;
}

interface Changes {
  grows: boolean;
  unshifts: boolean;
  pops: boolean;
  cut: boolean;
}

/** The class member that holds `node` (through nested functions), with its class; undefined at the top level. */
function enclosingMember(node: ts.Node): { member: ts.ClassElement; cls: ts.ClassLikeDeclaration } | undefined {
  for (let current: ts.Node = node; current.parent; current = current.parent) {
    if (ts.isClassLike(current.parent)) return ts.isClassElement(current) ? { member: current, cls: current.parent } : undefined;
  }
  return undefined;
}

/** What a question about one kept field reads: the project (its text scan) and the modules parsed for it. */
interface Reading {
  tracer: Tracer;
  /** The modules of the classes and of the call: their calls are followed to the members that make them. */
  known: FileIndex[];
}

/** The name a class member is accessed by, when it is a method (undefined: the constructor, a field's value, a static block). */
function methodName(member: ts.ClassElement): string | undefined {
  if (ts.isConstructorDeclaration(member) || ts.isClassStaticBlockDeclaration(member)) return undefined;
  if (ts.isPropertyDeclaration(member) && !(member.initializer && isFunctionLike(member.initializer))) return undefined;
  return member.name && (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : undefined;
}

/** `.name`, `?.name`, `this.name`: an access of a member by its name. */
function accessPattern(name: string): RegExp {
  return new RegExp(`\\.\\s?${escapeRegExp(name)}(?![\\w$])`, "g");
}

/** Production files of the project, other than the modules parsed, that access a member of this name. */
function accessedElsewhere(reading: Reading, from: ts.SourceFile, name: string): boolean {
  const knownFiles = new Set(reading.known.map((k) => path.resolve(k.sourceFile.fileName)));
  const files = reading.tracer.project?.filesAccessing(from.fileName, name);
  return !!files?.some((f) => !knownFiles.has(path.resolve(f)));
}

/** Whether a member is accessed anywhere but within itself (the modules parsed, then the project's text scan). */
function accessed(member: ts.ClassElement, name: string, reading: Reading): boolean {
  const pattern = accessPattern(name);
  const own = member.getSourceFile();
  for (const known of reading.known) {
    let count = known.sourceFile.text.match(pattern)?.length ?? 0;
    if (known.sourceFile === own) count -= member.getText(own).match(pattern)?.length ?? 0;
    if (count > 0) return true;
  }
  return accessedElsewhere(reading, own, name);
}

/**
 * Whether the member holding `node` runs: the constructor or a field's initial value; a method called from the top
 * level of a module parsed, or from a member that something accesses (`cutMessages()` calling `removeOldestMessage()`
 * counts only if something calls `cutMessages`); or a method whose name another production file accesses (`.trim(`,
 * `this.trim.bind(this)`: the project's text scan).
 */
function runs(node: ts.Node, reading: Reading): boolean {
  const held = enclosingMember(node);
  const name = held && methodName(held.member);
  if (!held || !name) return true;
  const pattern = accessPattern(name);
  for (const known of reading.known) {
    let calls = 0;
    for (const call of known.calls) {
      const callee = unwrap(call.expression);
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== name) continue;
      calls++;
      const from = enclosingMember(call);
      const fromName = from && methodName(from.member);
      if (!from || !fromName) return true;
      if (from.member !== held.member && accessed(from.member, fromName, reading)) return true;
    }
    // Accessed other than by a call (`this.trim.bind(this)`, passed as a callback): taken to run.
    if ((known.sourceFile.text.match(pattern)?.length ?? 0) > calls) return true;
  }
  return accessedElsewhere(reading, held.cls.getSourceFile(), name);
}

/** A value that is the field plus more: `[...this.messages, m]`, `this.messages.concat(m)`. */
function extendsField(value: ts.Expression, texts: ReadonlySet<string>, sf: ts.SourceFile): boolean {
  const v = unwrap(value);
  if (ts.isArrayLiteralExpression(v)) return v.elements.some((el) => ts.isSpreadElement(el) && texts.has(unwrap(el.expression).getText(sf)));
  if (ts.isCallExpression(v) && ts.isPropertyAccessExpression(unwrap(v.expression))) {
    const callee = unwrap(v.expression) as ts.PropertyAccessExpression;
    return callee.name.text === "concat" && texts.has(unwrap(callee.expression).getText(sf));
  }
  return false;
}

/** `0` as a literal: `splice(i, 0, m)` inserts. */
function isZero(node: ts.Expression | undefined): boolean {
  const e = node && unwrap(node);
  return !!e && ts.isNumericLiteral(e) && Number(e.text) === 0;
}

/** What the classes' running methods do to the field. */
function changesOf(scopes: readonly ClassScope[], reading: Reading): Changes {
  const changes: Changes = { grows: false, unshifts: false, pops: false, cut: false };
  for (const scope of scopes) {
    const sf = scope.index.sourceFile;
    for (const call of scope.index.calls) {
      const callee = unwrap(call.expression);
      if (!ts.isPropertyAccessExpression(callee) || !contains(scope.cls, call)) continue;
      const method = callee.name.text;
      if (!["push", "unshift", "splice", "shift", "pop"].includes(method) || !scope.texts.has(unwrap(callee.expression).getText(sf))) continue;
      if (!runs(call, reading)) continue;
      if (method === "push") changes.grows = true;
      else if (method === "unshift") changes.grows = changes.unshifts = true;
      else if (method === "pop") changes.pops = true;
      else if (method === "shift") changes.cut = true;
      else if (call.arguments.length > 2 && isZero(call.arguments[1])) changes.grows = true;
      else if (call.arguments.length > 0) changes.cut = true;
    }
    for (const assignment of scope.index.assignments) {
      if (!contains(scope.cls, assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const left = unwrap(assignment.left).getText(sf);
      const length = left.endsWith(".length") && scope.texts.has(left.slice(0, -".length".length));
      if (!length && !scope.texts.has(left)) continue;
      if (!runs(assignment, reading)) continue;
      if (length || shortens(assignment.right)) changes.cut = true;
      else if (extendsField(assignment.right, scope.texts, sf)) changes.grows = true;
    }
  }
  return changes;
}

/** The fields of a class and of the classes it extends. */
function declares(chain: readonly { index: FileIndex; cls: ts.ClassLikeDeclaration }[], field: string): boolean {
  return chain.some((c) => c.index.classFields.get(c.cls)?.has(field));
}

/**
 * A field a method returns, judged: `this.messages` (a field of the method's class), or `this.history.messages` (a
 * field of the project class whose instance `this.history` holds; the outer class's changes to
 * `this.history.messages` count too).
 */
function fieldVerdict(home: Tracer, source: ts.Expression, caller: Tracer): "grows" | "window" | undefined {
  const e = unwrap(source);
  if (!ts.isPropertyAccessExpression(e)) return undefined;
  const base = unwrap(e.expression);
  const field = e.name.text;
  const scopes: ClassScope[] = [];
  if (base.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = thisClass(e);
    if (!cls) return undefined;
    const chain = classChain(home.index, home, cls);
    if (!declares(chain, field)) return undefined;
    const texts = new Set([`this.${field}`]);
    for (const c of chain) scopes.push({ ...c, texts });
  } else if (ts.isPropertyAccessExpression(base) && unwrap(base.expression).kind === ts.SyntaxKind.ThisKeyword) {
    const outer = thisClass(base);
    const held = home.resolveLocal(base);
    if (!outer || held?.kind !== "instance") return undefined;
    const chain = classChain(held.home.index, held.home, held.cls);
    const outerChain = classChain(home.index, home, outer);
    if (!declares(chain, field) || !declares(outerChain, base.name.text)) return undefined;
    const inner = new Set([`this.${field}`]);
    const fromOuter = new Set([`this.${base.name.text}.${field}`]);
    for (const c of chain) scopes.push({ ...c, texts: inner });
    for (const c of outerChain) scopes.push({ ...c, texts: fromOuter });
  } else {
    return undefined;
  }
  const known = [...new Set([...scopes.map((s) => s.index), caller.index])];
  const changes = changesOf(scopes, { tracer: caller, known });
  if (changes.cut || (changes.pops && changes.unshifts)) return "window";
  return changes.grows ? "grows" : undefined;
}

/** What a method returns whole, following its local consts (`const messages = this.history.messages.map(...)`). */
function returnedSources(home: Tracer, fn: ts.FunctionLikeDeclaration, value: ts.Expression, out: ts.Expression[], depth = 0): void {
  const sources: ts.Expression[] = [];
  wholeSources(value, sources);
  for (const source of sources) {
    if (ts.isIdentifier(source) && depth < 3) {
      const decl = lookup(home.index, source.text, source);
      if (decl?.kind === "variable" && !decl.mutable && !decl.path?.length && decl.init && contains(fn, decl.node)) {
        returnedSources(home, fn, decl.init, out, depth + 1);
        continue;
      }
    }
    out.push(source);
  }
}

/**
 * What a call of one of the project's methods returns: a conversation a class keeps in a field and grows ("field"),
 * a window of it, or the kept conversation cut by a running trim ("window"), or neither that can be told.
 */
export function classHeldHistory(tracer: Tracer, call: ts.CallExpression): HeldVerdict {
  const local = tracer.resolveLocal(call.expression);
  if (local?.kind !== "function") return undefined;
  const home = local.home;
  let window = false;
  for (const value of home.returnsOf(local.fn)) {
    if (shortens(value)) {
      window = true;
      continue;
    }
    const sources: ts.Expression[] = [];
    returnedSources(home, local.fn, value, sources);
    for (const source of sources) {
      const verdict = fieldVerdict(home, source, tracer);
      if (verdict === "grows") return "field";
      if (verdict === "window") window = true;
    }
  }
  return window ? "window" : undefined;
}

/** A cut of a kept array: `h.splice(0, n)`, `h.shift()`, `h.length = n`, `h.slice(-n)`. */
const TRIMS_KEPT = /\.(?:splice|shift)\(|\.length\s*=[^=]|\.slice\(\s*-/;

/** Whether a method of the class that something calls (or its constructor) cuts a kept array (TRIMS_KEPT). */
export function classTrimsKept(home: Tracer, cls: ts.ClassLikeDeclaration, caller: Tracer): boolean {
  const sf = home.index.sourceFile;
  const reading: Reading = { tracer: caller, known: [...new Set([home.index, caller.index])] };
  return cls.members.some((member) => TRIMS_KEPT.test(member.getText(sf)) && runs(member, reading));
}
