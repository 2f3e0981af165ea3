/**
 * Per-function reuse for the editor: which top-level statements an edit inside one function body can change the
 * findings of, and which others their analysis reads. The model (docs/architecture.md, "In the editor"):
 *
 * - the edited statement's findings are recomputed, and so are those of every statement that names something it
 *   declares (callers and readers, then their callers: a function that now makes an LLM call makes its callers
 *   ones), of every statement that uses a name it shares (changes or hands on: a module-level array one function
 *   grows and another sends; an agent a server registers), and of a function it calls whose request is read from
 *   its callers (a URL every caller passes);
 * - their analysis reads the statements declaring what they name, the users of the names they share, and the
 *   callers of a function whose request is read from its callers;
 * - every other statement keeps its findings, moved to their new offsets.
 *
 * The statements read are analysed in a copy of the text with every other statement blanked (spaces, line breaks
 * kept: the same offsets and lines), with the whole file's gate; the findings of the recomputed statements are taken
 * from that analysis.
 */
import type ts from "typescript";
import { unitFacts, type UnitFacts } from "./syntax/units";

export interface Slice {
  /** Indexes of the top-level statements whose findings are recomputed. */
  recompute: Set<number>;
  /** Indexes of the statements kept in the analysed copy (recomputed ones included). */
  read: Set<number>;
}

/**
 * The statements an edit of statement `edited` (whose facts before the edit were `before`) reaches, in the new tree.
 */
export function sliceFor(sourceFile: ts.SourceFile, edited: number, before: UnitFacts): Slice {
  const statements = sourceFile.statements;
  const units = statements.map((s) => unitFacts(s, sourceFile));
  const declarers = new Map<string, number[]>();
  for (let i = 0; i < units.length; i++) {
    for (const name of units[i]!.declares) push(declarers, name, i);
    if (i === edited) for (const name of before.declares) push(declarers, name, i);
  }
  // Names that may change or be handed on somewhere (a primitive const never changes; an import is not changed here).
  const shared = new Set<string>();
  const fixed = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.primitive || u.import) for (const name of u.declares) fixed.add(name);
  }
  const addShared = (u: UnitFacts): void => {
    for (const name of u.shares) if (declarers.has(name) && !fixed.has(name)) shared.add(name);
  };
  for (const u of units) addShared(u);
  addShared(before);
  // Module-level names each statement mentions (the edited one: before and after the edit).
  const mentions: string[][] = units.map((u, i) => {
    const out: string[] = [];
    const add = (names: ReadonlySet<string>): void => {
      for (const name of names) if (declarers.has(name)) out.push(name);
    };
    add(u.names);
    if (i === edited) add(before.names);
    return out;
  });
  const users = new Map<string, number[]>();
  for (let i = 0; i < mentions.length; i++) for (const name of new Set(mentions[i])) push(users, name, i);
  const declaresOf = (i: number): readonly string[] => (i === edited ? [...new Set([...units[i]!.declares, ...before.declares])] : units[i]!.declares);
  const readsCallers = (i: number): boolean => units[i]!.readsCallers || (i === edited && before.readsCallers);

  const recompute = closure([edited], (i, add) => {
    for (const name of declaresOf(i)) for (const j of users.get(name) ?? []) add(j);
    for (const name of mentions[i]!) {
      if (shared.has(name)) for (const j of users.get(name) ?? []) add(j);
      for (const j of declarers.get(name) ?? []) if (readsCallers(j)) add(j);
    }
  });
  const read = closure([...recompute], (i, add) => {
    for (const name of mentions[i]!) {
      for (const j of declarers.get(name) ?? []) add(j);
      if (shared.has(name)) for (const j of users.get(name) ?? []) add(j);
    }
    if (readsCallers(i)) for (const name of declaresOf(i)) for (const j of users.get(name) ?? []) add(j);
  });
  return { recompute, read };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function closure(start: number[], next: (i: number, add: (j: number) => void) => void): Set<number> {
  const seen = new Set(start);
  const queue = [...start];
  const add = (j: number): void => {
    if (seen.has(j)) return;
    seen.add(j);
    queue.push(j);
  };
  while (queue.length) next(queue.pop()!, add);
  return seen;
}

/**
 * The text with every statement not in `keep` blanked: its characters become spaces (line breaks stay), with a `;`
 * where it began so the statements around it stay apart (no automatic semicolon insertion joins them).
 */
export function blankedText(sourceFile: ts.SourceFile, keep: ReadonlySet<number>): string {
  const text = sourceFile.text;
  const parts: string[] = [];
  let at = 0;
  const statements = sourceFile.statements;
  for (let i = 0; i < statements.length; i++) {
    if (keep.has(i)) continue;
    const s = statements[i]!;
    const start = s.getStart(sourceFile);
    if (start >= s.end) continue;
    parts.push(text.slice(at, start), blankOf(s, text, start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** A statement's blank (a statement's text is the same wherever an incremental parse moved it: memoised per node). */
const blanks = new WeakMap<ts.Node, string>();

function blankOf(statement: ts.Statement, text: string, start: number): string {
  let blank = blanks.get(statement);
  if (blank === undefined) {
    const out: string[] = [";"];
    let from = start + 1;
    const end = statement.end;
    while (from < end) {
      LINE_BREAK.lastIndex = from;
      const m = LINE_BREAK.exec(text);
      const stop = m && m.index < end ? m.index : end;
      out.push(" ".repeat(stop - from));
      if (stop < end) out.push(text[stop]!);
      from = stop + 1;
    }
    blank = out.join("");
    blanks.set(statement, blank);
  }
  return blank;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g;
