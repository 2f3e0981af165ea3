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
 * The names each statement declares and mentions, and which are shared, for one version of the file. Kept by the
 * session: the next edit inside a function body changes one statement, whose entries alone are updated.
 */
export interface UnitGraph {
  facts: UnitFacts[];
  declarers: Map<string, number[]>;
  /** Module-level names each statement mentions. */
  mentions: string[][];
  users: Map<string, number[]>;
  /** How many statements share each name (change it or hand it on); a primitive const or an import is never shared. */
  sharing: Map<string, number>;
  fixed: Set<string>;
}

function buildGraph(facts: UnitFacts[]): UnitGraph {
  const declarers = new Map<string, number[]>();
  const fixed = new Set<string>();
  for (let i = 0; i < facts.length; i++) {
    const u = facts[i]!;
    for (const name of u.declares) {
      push(declarers, name, i);
      if (u.primitive || u.import) fixed.add(name);
    }
  }
  const graph: UnitGraph = { facts, declarers, mentions: [], users: new Map(), sharing: new Map(), fixed };
  for (let i = 0; i < facts.length; i++) {
    graph.mentions.push([]);
    addUnit(graph, i, facts[i]!);
  }
  return graph;
}

function addUnit(graph: UnitGraph, i: number, u: UnitFacts): void {
  const mentions: string[] = [];
  for (const name of u.names) {
    if (!graph.declarers.has(name)) continue;
    mentions.push(name);
    push(graph.users, name, i);
  }
  graph.mentions[i] = mentions;
  for (const name of u.shares) if (graph.declarers.has(name) && !graph.fixed.has(name)) graph.sharing.set(name, (graph.sharing.get(name) ?? 0) + 1);
}

function removeUnit(graph: UnitGraph, i: number, u: UnitFacts): void {
  for (const name of graph.mentions[i]!) {
    const list = graph.users.get(name)!;
    list.splice(list.indexOf(i), 1);
  }
  graph.mentions[i] = [];
  for (const name of u.shares) {
    const n = graph.sharing.get(name);
    if (n !== undefined) graph.sharing.set(name, n - 1);
  }
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The graph of a new version of the file: the last one with the edited statement's entries replaced, when every other
 * statement is the same node as then (an incremental parse reuses them) and the edited one declares the same names;
 * else built anew.
 */
export function unitGraph(sourceFile: ts.SourceFile, edited: number, last: UnitGraph | undefined): UnitGraph {
  const statements = sourceFile.statements;
  const facts = statements.map((s) => unitFacts(s, sourceFile));
  if (last && last.facts.length === facts.length && sameList(last.facts[edited]!.declares, facts[edited]!.declares)) {
    let same = true;
    for (let i = 0; same && i < facts.length; i++) if (i !== edited && facts[i] !== last.facts[i]) same = false;
    if (same) {
      removeUnit(last, edited, last.facts[edited]!);
      last.facts = facts;
      addUnit(last, edited, facts[edited]!);
      return last;
    }
  }
  return buildGraph(facts);
}

/**
 * The statements an edit of statement `edited` reaches (`before`: its facts before the edit, which must declare the
 * same names), in the graph of the new version.
 */
export function sliceFor(graph: UnitGraph, edited: number, before: UnitFacts): Slice {
  const { facts, declarers, users } = graph;
  const shared = (name: string): boolean => (graph.sharing.get(name) ?? 0) > 0 || (before.shares.has(name) && !graph.fixed.has(name));
  // The edited statement mentions what it mentioned before the edit too.
  const beforeMentions: string[] = [];
  for (const name of before.names) if (declarers.has(name)) beforeMentions.push(name);
  const mentionsOf = (i: number): readonly string[] => (i === edited ? [...graph.mentions[i]!, ...beforeMentions] : graph.mentions[i]!);
  const usersOf = (name: string): readonly number[] => users.get(name) ?? [];
  const readsCallers = (i: number): boolean => facts[i]!.readsCallers || (i === edited && before.readsCallers);

  const recompute = closure([edited], (i, add) => {
    for (const name of facts[i]!.declares) for (const j of usersOf(name)) add(j);
    for (const name of mentionsOf(i)) {
      if (shared(name)) {
        for (const j of usersOf(name)) add(j);
      }
      for (const j of declarers.get(name) ?? []) if (readsCallers(j)) add(j);
    }
    // Users of a name the edited statement no longer mentions are found through the names it mentioned before.
    if (i === edited) for (const name of beforeMentions) if (shared(name)) for (const j of usersOf(name)) add(j);
  });
  const read = closure([...recompute], (i, add) => {
    for (const name of mentionsOf(i)) {
      for (const j of declarers.get(name) ?? []) add(j);
      if (shared(name)) for (const j of usersOf(name)) add(j);
    }
    if (readsCallers(i)) for (const name of facts[i]!.declares) for (const j of usersOf(name)) add(j);
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
 * A copy of the text with every statement not in `keep` blanked, and where its offsets are in the text. A blank is an
 * empty block `{` + the statement's line breaks + `}` (`;` for a statement of one character): the lines stay where
 * they were (a line a finding or estimate names is the file's), and the copy is short — the parser scans the kept
 * statements and the trivia between statements, not the blanked code. A `{` at the start of a statement ends one
 * before it that has no semicolon, where a `;` would be taken as its end.
 */
export interface BlankedCopy {
  text: string;
  /** The text's offset of a copy's offset (undefined inside a blank: no offset of the text is there). */
  toText(offset: number): number | undefined;
}

export function blankedCopy(sourceFile: ts.SourceFile, keep: ReadonlySet<number>): BlankedCopy {
  const text = sourceFile.text;
  const parts: string[] = [];
  // The stretches of the text kept as they are: where each begins and ends in the copy, and text offset - copy offset.
  const copyStarts: number[] = [0];
  const copyEnds: number[] = [];
  const shifts: number[] = [0];
  let at = 0;
  let copyAt = 0;
  let shift = 0;
  const statements = sourceFile.statements;
  for (let i = 0; i < statements.length; i++) {
    if (keep.has(i)) continue;
    const s = statements[i]!;
    const start = s.getStart(sourceFile);
    if (start >= s.end) continue;
    const blank = blankOf(s, text, start);
    parts.push(text.slice(at, start), blank);
    copyAt += start - at;
    copyEnds.push(copyAt);
    copyAt += blank.length;
    shift += s.end - start - blank.length;
    at = s.end;
    copyStarts.push(copyAt);
    shifts.push(shift);
  }
  parts.push(text.slice(at));
  const copyText = parts.join("");
  copyEnds.push(copyText.length);
  return {
    text: copyText,
    toText(offset: number): number | undefined {
      let lo = 0;
      let hi = copyStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (copyStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return offset >= copyStarts[lo]! && offset <= copyEnds[lo]! ? offset + shifts[lo]! : undefined;
    },
  };
}

/** A statement's blank (a statement's text is the same wherever an incremental parse moved it: memoised per node). */
const blanks = new WeakMap<ts.Node, string>();

function blankOf(statement: ts.Statement, text: string, start: number): string {
  let blank = blanks.get(statement);
  if (blank === undefined) {
    let close = statement.end - 1;
    while (close > start && isLineBreak(text.charCodeAt(close))) close--;
    if (close === start) {
      blank = ";" + text.slice(start + 1, statement.end).replace(/[^\n\r\u2028\u2029]/g, "");
    } else {
      let breaks = "";
      for (let i = start; i < statement.end; i++) if (isLineBreak(text.charCodeAt(i))) breaks += text[i];
      blank = `{${breaks}}`;
    }
    blanks.set(statement, blank);
  }
  return blank;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

