/**
 * One open document in the editor, analysed edit after edit. Each new text is parsed incrementally from the last
 * (`ts.updateSourceFile` with the span the edit changed: the unchanged nodes are reused); the findings and the call
 * estimates of the last text are kept, and an edit that touched only a comment (the tokens are the same, no line
 * moved) keeps them, moved to their new offsets, without analysing again. Any other edit, another configuration, or
 * a change in a project file the analysis read analyses the file again, as `lintFile` does from scratch.
 */
import ts from "typescript";
import path from "node:path";
import { analysisGate, analyzeFile, type AnalysisGate } from "./detectors/analysis";
import { blankedCopy, sliceFor, unitGraph, type UnitGraph } from "./edit-slice";
import { forgetParse, parseSource, rememberParse, sizeSkipReason } from "./engine";
import { applyDisableComments } from "./syntax/disable-comments";
import { WHOLE_TEXT_TESTS } from "./syntax/file-text";
import { bodyAround, unitFacts, type UnitFacts } from "./syntax/units";
import type { FileVersion } from "./project/files";
import type { Project } from "./project/project";
import { lintFile, type FileRun, type RunSettings } from "./run";
import type { CostlintConfig } from "./config/schema";
import { changedSpan, reparse, triviaAt, type ChangedSpan, type ContentChange } from "./syntax/incremental";
import { isComponentFile } from "./syntax/components";
import type { Finding, TextEdit } from "./types";

export type { ContentChange } from "./syntax/incremental";

/** What an estimate kept by the session holds of positions: the call's range and where its callee ends. */
export interface PositionedCall {
  start: number;
  end: number;
  calleeEnd: number;
}

type LintSettings = RunSettings & { config: CostlintConfig };

interface KeptRun {
  run: FileRun;
  settings: LintSettings;
  /** The project files the analysis read, with their versions then. */
  dependencies?: ReadonlyMap<string, FileVersion | null>;
  /** The findings' text (messages, data, edits' text) without whitespace: what a finding may quote of the code. */
  quotable?: string;
  /** The text gate the analysis ran under (an edit that changes it is analysed in full). */
  gate?: AnalysisGate;
  /** The analysis read this file through another module (an import cycle): an edit is analysed in full. */
  readsItself?: boolean;
}

interface KeptEstimates<E> {
  settings: object;
  calls: E[];
  quotable?: string;
}

/** How an edit moved offsets, when it touched only a comment: offsets up to `start` stay, from `oldEnd` on move by `delta`. */
interface Shift {
  start: number;
  oldEnd: number;
  delta: number;
  /** The text around the edited trivia (its tokens either side, no whitespace): a finding quoting it must be recomputed. */
  quoted: string;
  /** The run of whitespace and comments the edit fell in (old offsets). */
  runStart: number;
  runEnd: number;
  /** For an insertion (start = oldEnd): whether an offset there stays (the end of the token before) or moves (the start of the next). */
  atInsertion?: "stay" | "move";
}

/**
 * An edit inside one function body, read on the old tree before the re-parse: the top-level statement it lies in,
 * every statement's range then (to place the findings kept), and the edited statement's facts before the edit.
 */
interface CodeEdit {
  span: ChangedSpan;
  unit: number;
  starts: number[];
  ends: number[];
  before: UnitFacts;
  /** The text the edit replaced. */
  removed: string;
}

/** What the last code edit kept of the run before it and recomputed (for the estimates, asked after the lint). */
interface SlicedEdit<E> {
  edit: CodeEdit;
  /** Statements recomputed, and the analysed copy of the text. */
  recompute: Set<number>;
  copy: ts.SourceFile;
  /** The text's offset of an offset of the copy. */
  toText: (offset: number) => number | undefined;
  /** The edit added or removed a line break (an estimate kept that names a line of this file is stale). */
  linesMoved: boolean;
  /** The estimates of the text before the edit. */
  estimates: KeptEstimates<E>;
}

export class EditSession<E extends PositionedCall = PositionedCall> {
  private text: string | undefined;
  private sourceFile: ts.SourceFile | undefined;
  private kept: KeptRun | undefined;
  private estimates: KeptEstimates<E> | undefined;
  /** The run and estimates before a code edit inside a function body (reused per statement by the next lint). */
  private beforeCodeEdit: { edit: CodeEdit; kept: KeptRun; estimates: KeptEstimates<E> | undefined } | undefined;
  private sliced: SlicedEdit<E> | undefined;
  /** The names the statements declare, mention and share (edit-slice.ts), kept from edit to edit. */
  private graph: UnitGraph | undefined;
  /**
   * How the last lint was answered (for the benchmark and tests): parsed from scratch or incrementally, findings
   * reused or not, and, for an edit inside a function body answered per statement, how many statements were
   * recomputed and read.
   */
  lastLint: { parse: "full" | "incremental" | "none"; reused: boolean; sliced?: { recomputed: number; read: number; of: number }; whole?: string } = { parse: "none", reused: false };

  /** A code edit analysed in full after all, and why (for the benchmark and tests). */
  private whole(reason: string): undefined {
    this.lastLint.whole = reason;
    return undefined;
  }

  constructor(readonly fileName: string) {}

  /**
   * The findings of `text` with `settings`: what `lintFile(fileName, text, settings)` returns. `changes`: the editor's
   * content changes since the last call, in order (optional: the changed span is found from the texts otherwise).
   */
  lint(text: string, settings: LintSettings, changes?: readonly (readonly ContentChange[])[]): FileRun {
    if (sizeSkipReason(this.fileName, text.length, settings.config.maxFileSize)) {
      this.reset();
      this.lastLint = { parse: "none", reused: false };
      return lintFile(this.fileName, text, settings);
    }
    let sourceFile: ts.SourceFile;
    try {
      sourceFile = this.parse(text, changes);
    } catch {
      // TypeScript's parser can overflow its stack on pathological nesting: lintFile says why the file is skipped.
      this.reset();
      return lintFile(this.fileName, text, settings);
    }
    const kept = this.kept;
    settings.project?.nextEpoch();
    if (kept && sameSettings(kept.settings, settings) && (!kept.dependencies || !settings.project || settings.project.unchanged(kept.dependencies))) {
      this.lastLint.reused = true;
      return kept.run;
    }
    this.estimates = undefined;
    const before = this.beforeCodeEdit;
    this.beforeCodeEdit = undefined;
    const gate = analysisGate(sourceFile, settings.project);
    if (before && sameSettings(before.kept.settings, settings) && (!before.kept.dependencies || !settings.project || settings.project.unchanged(before.kept.dependencies))) {
      const sliced = this.lintSlice(sourceFile, settings, gate, before);
      if (sliced) {
        this.kept = sliced;
        this.lastLint.reused = false;
        return sliced.run;
      }
    }
    this.lastLint.sliced = undefined;
    const run = lintFile(this.fileName, text, { ...settings, sourceFile });
    let dependencies: ReadonlyMap<string, FileVersion | null> | undefined;
    let readsItself = false;
    if (settings.project) {
      try {
        const analysis = analyzeFile(sourceFile, settings.project);
        dependencies = analysis.dependencies;
        readsItself = !!analysis.readsItself;
      } catch {
        dependencies = undefined;
      }
    }
    // Kept only when the run can be told apart from a changed project: with a project, its dependencies are known.
    this.kept = !settings.project || dependencies ? { run, settings, gate, ...(dependencies ? { dependencies } : {}), ...(readsItself ? { readsItself } : {}) } : undefined;
    this.lastLint.reused = false;
    return run;
  }

  /**
   * An edit inside one function body, answered per statement: the findings of the statements it can reach
   * (edit-slice.ts) recomputed on a copy of the text that keeps only what their analysis reads, the others kept
   * and moved. Undefined when the edit must be analysed in full.
   */
  private lintSlice(
    sourceFile: ts.SourceFile,
    settings: LintSettings,
    gate: AnalysisGate,
    before: { edit: CodeEdit; kept: KeptRun; estimates: KeptEstimates<E> | undefined },
  ): KeptRun | undefined {
    const { edit, kept } = before;
    const old = kept.run;
    if (old.failures.length || old.skipped || !kept.gate || !sameGate(kept.gate, gate)) return this.whole("the file's gate or last run");
    // In an import cycle, a statement's findings and estimates can follow from the edited one through another module
    // (a call of an imported function that calls back into this file): not seen by the names of this file alone.
    if (kept.readsItself) return this.whole("an import cycle back to the file");
    const text = sourceFile.text;
    // eslint-disable/enable over a range of lines: findings of one statement may be turned off from another.
    if (RANGE_DIRECTIVE.test(text)) return this.whole("eslint-disable over a range");
    const statements = sourceFile.statements;
    if (statements.length !== edit.starts.length) return this.whole("statements changed");
    const delta = edit.span.newEnd - edit.span.oldEnd;
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i]!;
      const start = s.getStart(sourceFile);
      // The same statements around the edit (moved), and the edited one still holds it inside the same function body.
      const shift = i < edit.unit ? 0 : delta;
      if ((i === edit.unit ? start !== edit.starts[i] : start !== edit.starts[i]! + shift) || s.end !== edit.ends[i]! + shift) return this.whole("statements changed");
      starts.push(start);
      ends.push(s.end);
    }
    const unit = statements[edit.unit]!;
    if (!bodyAround(unit, edit.span.start, edit.span.newEnd, sourceFile) || /eslint/i.test(text.slice(starts[edit.unit], ends[edit.unit]))) return this.whole("not inside a function body");
    if (!sameNames(unitFacts(unit, sourceFile).declares, edit.before.declares)) return this.whole("declarations changed");
    this.graph = unitGraph(sourceFile, edit.unit, this.graph);
    const slice = sliceFor(this.graph, edit.unit, edit.before);
    // What a rule tests on the whole text (a system message anywhere): the copy keeps a statement that has it.
    for (const test of WHOLE_TEXT_TESTS) {
      const match = test.exec(text);
      const i = match ? unitAt(starts, ends, match.index) : undefined;
      if (i !== undefined) slice.read.add(i);
    }
    let readLength = 0;
    for (const i of slice.read) readLength += ends[i]! - starts[i]!;
    // Most of a large file read anyway: no gain over the whole analysis (a small file costs little either way).
    if (text.length > 20_000 && readLength > (text.length * 3) / 4) return this.whole("most of the file read");
    const linesMoved = lineBreaks(text.slice(edit.span.start, edit.span.newEnd)) !== lineBreaks(edit.removed);
    // A finding kept may name a line of this file (`new Mastra() (agent.ts:12)`): lines moved, analysed again.
    if (linesMoved && quotesText(old.findings, `${path.basename(this.fileName)}:`)) return this.whole("a finding names a line");
    const blanked = blankedCopy(sourceFile, slice.read);
    const copy = parseSource(this.fileName, blanked.text);
    const toText = blanked.toText;
    if (WHOLE_TEXT_TESTS.some((test) => test.test(text) !== test.test(copy.text))) return this.whole("a whole-text test");
    // The copy parses to the same statements (a file with syntax errors may recover differently around a blank).
    if (!sameStatements(sourceFile, copy, slice.read, starts, ends, toText)) return this.whole("the copy parses differently");
    let run: FileRun;
    let copyDependencies: ReadonlyMap<string, FileVersion | null> | undefined;
    try {
      settings.project?.nextEpoch();
      const analysis = analyzeFile(copy, settings.project, gate);
      if (analysis.readsItself) return this.whole("an import cycle back to the file");
      copyDependencies = analysis.dependencies;
      run = lintFile(this.fileName, copy.text, { ...settings, sourceFile: copy });
    } catch {
      return this.whole("the copy failed");
    }
    if (run.failures.length || run.skipped) return this.whole("the copy failed");
    const recomputed = (offset: number): boolean => {
      const i = unitAt(starts, ends, offset);
      return i !== undefined && slice.recompute.has(i);
    };
    const findings: Finding[] = [];
    for (const finding of old.findings) {
      const i = unitAt(edit.starts, edit.ends, finding.start);
      if (i === undefined) return this.whole("a finding outside the statements");
      if (slice.recompute.has(i)) continue;
      const movedFinding = moveFinding(finding, edit.span, delta);
      if (!movedFinding) return this.whole("a finding's edit in the span");
      findings.push(movedFinding);
    }
    const copied = findingsInText(run.findings, toText);
    if (!copied) return this.whole("a finding inside a blank");
    const fresh = applyDisableComments(
      sourceFile,
      copied.filter((f) => recomputed(f.start)),
    );
    findings.push(...fresh);
    findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
    const dependencies = kept.dependencies || copyDependencies ? new Map([...(kept.dependencies ?? []), ...(copyDependencies ?? [])]) : undefined;
    if (settings.project && !dependencies) return this.whole("dependencies unknown");
    this.sliced = before.estimates ? { edit: { ...edit, starts, ends }, recompute: slice.recompute, copy, toText, linesMoved, estimates: before.estimates } : undefined;
    this.lastLint.sliced = { recomputed: slice.recompute.size, read: slice.read.size, of: statements.length };
    const merged: FileRun = { ...run, findings, ...(dependencies ? { dependencies: [...dependencies.keys()] } : {}) };
    return { run: merged, settings, gate, ...(dependencies ? { dependencies } : {}) };
  }

  /**
   * The call estimates of `text` (the text last linted), computed by `compute` from its parse and the project the
   * lint used, kept per settings object and moved with comment-only edits like the findings.
   */
  estimate(text: string, settings: object, compute: (sourceFile: ts.SourceFile, project: Project | undefined) => E[]): E[] {
    if (this.text !== text || !this.sourceFile || !this.kept) {
      // Not the text last linted (or not linted): no parse of ours to share.
      this.estimates = undefined;
      return compute(this.text === text && this.sourceFile ? this.sourceFile : parseSource(this.fileName, text), undefined);
    }
    if (this.estimates?.settings === settings) return this.estimates.calls;
    const sliced = this.sliced;
    this.sliced = undefined;
    if (sliced && sliced.estimates.settings === settings) {
      const calls = slicedEstimates(sliced, compute(sliced.copy, this.kept.settings.project), path.resolve(this.fileName));
      if (calls) {
        this.estimates = { settings, calls };
        return calls;
      }
    }
    const calls = compute(this.sourceFile, this.kept.settings.project);
    this.estimates = { settings, calls };
    return calls;
  }

  /** Forget everything (the document closed, or its results cannot be trusted). */
  reset(): void {
    if (this.sourceFile) forgetParse(this.sourceFile);
    this.text = undefined;
    this.sourceFile = undefined;
    this.kept = undefined;
    this.estimates = undefined;
    this.beforeCodeEdit = undefined;
    this.sliced = undefined;
    this.graph = undefined;
  }


  private parse(text: string, changes?: readonly (readonly ContentChange[])[]): ts.SourceFile {
    const old = this.sourceFile;
    const oldText = this.text;
    if (old && oldText === text) {
      this.lastLint = { parse: "none", reused: false };
      return old;
    }
    let sourceFile: ts.SourceFile;
    let shift: Shift | undefined;
    let codeEdit: CodeEdit | undefined;
    this.beforeCodeEdit = undefined;
    this.sliced = undefined;
    // A component's parsed text blanks its markup: an edit there can change what is blanked far from it (a `<script>`
    // typed), so a component is parsed again in full.
    const span = old && oldText !== undefined && !isComponentFile(this.fileName) ? changedSpan(oldText, text, changes) : undefined;
    if (old && oldText !== undefined && span) {
      // Classified on the old tree before the re-parse consumes it, then on the new one.
      const before = commentEdit(old, span.start, span.oldEnd, oldText, text, span);
      codeEdit = before || !this.kept ? undefined : codeEditAt(old, span);
      forgetParse(old);
      this.sourceFile = undefined;
      sourceFile = reparse(old, text, span);
      this.lastLint = { parse: "incremental", reused: false };
      // The same run of trivia between the same two tokens (a comment's opener deleted would turn its rest into code).
      const after = before && triviaAt(sourceFile, span.start, span.newEnd);
      shift = before && after && after.pos === before.runStart && after.end === before.runEnd + before.delta ? before : undefined;
    } else {
      if (old) forgetParse(old);
      this.sourceFile = undefined;
      sourceFile = parseSource(this.fileName, text);
      this.lastLint = { parse: "full", reused: false };
    }
    this.text = text;
    this.sourceFile = sourceFile;
    rememberParse(this.fileName, sourceFile);
    if (!shift && codeEdit && this.kept) this.beforeCodeEdit = { edit: codeEdit, kept: this.kept, estimates: this.estimates };
    else if (!shift && span && this.kept) this.lastLint.whole = "not inside a function body";
    this.kept = shift && this.kept ? shiftRun(this.kept, shift) : undefined;
    this.estimates = shift && this.estimates && this.kept ? shiftEstimates(this.estimates, shift) : undefined;
    return sourceFile;
  }
}

/** The same configuration objects (the editor keeps one per folder and version of its settings). */
function sameSettings(a: LintSettings, b: LintSettings): boolean {
  return a.config === b.config && a.pricing === b.pricing && a.severityOverrides === b.severityOverrides && a.all === b.all && a.project === b.project;
}

/**
 * The shift of an edit that changed only a comment on one line (old tree): the span lies in the whitespace and
 * comments between two tokens, no line break was added or removed, the line has code before the edit (its
 * indentation is unchanged), and the comment is no eslint directive. Undefined for any other edit.
 */
function commentEdit(old: ts.SourceFile, start: number, end: number, oldText: string, newText: string, span: ChangedSpan): Shift | undefined {
  const removed = oldText.slice(span.start, span.oldEnd);
  const inserted = newText.slice(span.start, span.newEnd);
  if (/[\n\r\u2028\u2029]/.test(removed + inserted)) return undefined;
  const lineStart = Math.max(oldText.lastIndexOf("\n", start - 1), oldText.lastIndexOf("\r", start - 1)) + 1;
  if (!/\S/.test(oldText.slice(lineStart, start))) return undefined;
  const trivia = triviaAt(old, start, end);
  if (!trivia) return undefined;
  const oldRun = oldText.slice(trivia.pos, trivia.end);
  const newRun = oldRun.slice(0, start - trivia.pos) + inserted + oldRun.slice(end - trivia.pos);
  if (!/\/[/*]/.test(oldRun + newRun) || /eslint/i.test(oldRun + newRun)) return undefined;
  const before = /([\w$]+|\S)\s*$/.exec(trivia.before)?.[1] ?? "";
  const after = /^([\w$]+|\S)/.exec(trivia.after)?.[1] ?? "";
  const atInsertion = span.start !== span.oldEnd ? undefined : start === trivia.pos ? "stay" : start === trivia.end ? "move" : undefined;
  return {
    start: span.start,
    oldEnd: span.oldEnd,
    delta: span.newEnd - span.oldEnd,
    quoted: stripSpace(before + oldRun + after),
    runStart: trivia.pos,
    runEnd: trivia.end,
    ...(atInsertion ? { atInsertion } : {}),
  };
}

const stripSpace = (s: string): string => s.replace(/\s+/g, "");

/** An offset after the edit, or undefined when it lies inside the edited span. */
function moved(offset: number, shift: Shift): number | undefined {
  if (offset < shift.start) return offset;
  if (offset > shift.oldEnd) return offset + shift.delta;
  if (shift.start < shift.oldEnd) return offset === shift.start ? offset : offset === shift.oldEnd ? offset + shift.delta : undefined;
  return shift.atInsertion === "stay" ? offset : shift.atInsertion === "move" ? offset + shift.delta : undefined;
}

/** The range moved; undefined when an end lies inside the edited span. */
function movedRange<T extends { start: number; end: number }>(item: T, shift: Shift): T | undefined {
  // A range that holds the edited comment keeps its start and moves its end (what it quotes is checked apart).
  const start = moved(item.start, shift);
  const end = moved(item.end, shift);
  return start === undefined || end === undefined ? undefined : { ...item, start, end };
}

function movedEdits(edits: TextEdit[], shift: Shift): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    // An edit that inserts where the comment was typed may belong before or after it (`addPropertyEdit` goes after a
    // trailing comment): computed again.
    if (shift.start === shift.oldEnd && (edit.start === shift.start || edit.end === shift.start)) return undefined;
    const m = movedRange(edit, shift);
    if (!m) return undefined;
    out.push(m);
  }
  return out;
}

/** The strings in a value (its texts, not its structure or numbers), without whitespace, each on its own line. */
function quotableText(value: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(stripSpace(v));
    else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  walk(value);
  return out.join("\n");
}

/** Whether one of the strings in a value, without whitespace, holds `needle` (quotableText's, without building it). */
function quotesText(value: unknown, needle: string): boolean {
  if (typeof value === "string") return includesWithoutSpace(value, needle);
  if (Array.isArray(value)) return value.some((v) => quotesText(v, needle));
  if (value && typeof value === "object") {
    for (const key in value) if (quotesText((value as Record<string, unknown>)[key], needle)) return true;
  }
  return false;
}

const SPACE = /\s/;

/** `stripSpace(text).includes(needle)` for a needle without whitespace, without a copy of the text. */
function includesWithoutSpace(text: string, needle: string): boolean {
  if (!needle) return true;
  const first = needle.charCodeAt(0);
  for (let i = text.indexOf(needle[0]!); i !== -1; i = text.indexOf(needle[0]!, i + 1)) {
    let j = 1;
    for (let k = i + 1; j < needle.length && k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === needle.charCodeAt(j)) j++;
      else if (!SPACE.test(text[k]!)) break;
    }
    if (j === needle.length && text.charCodeAt(i) === first) return true;
  }
  return false;
}

function quotes(quotable: string, shift: Shift): boolean {
  return quotable.includes(shift.quoted);
}

function shiftRun(kept: KeptRun, shift: Shift): KeptRun | undefined {
  const quotable = kept.quotable ?? quotableText(kept.run.findings);
  if (quotes(quotable, shift)) return undefined;
  const findings: Finding[] = [];
  for (const finding of kept.run.findings) {
    const range = movedRange(finding, shift);
    if (!range) return undefined;
    const fix = finding.fix && movedEdits(finding.fix, shift);
    if (finding.fix && !fix) return undefined;
    const suggestions = [];
    for (const s of finding.suggestions ?? []) {
      const edits = movedEdits(s.edits, shift);
      if (!edits) return undefined;
      suggestions.push({ ...s, edits });
    }
    findings.push({ ...range, ...(fix ? { fix } : {}), ...(finding.suggestions ? { suggestions } : {}) });
  }
  return { ...kept, run: { ...kept.run, findings }, quotable };
}

function shiftEstimates<E extends PositionedCall>(kept: KeptEstimates<E>, shift: Shift): KeptEstimates<E> | undefined {
  const quotable = kept.quotable ?? quotableText(kept.calls);
  if (quotes(quotable, shift)) return undefined;
  const calls: E[] = [];
  for (const call of kept.calls) {
    const range = movedRange(call, shift);
    const calleeEnd = moved(call.calleeEnd, shift);
    if (!range || calleeEnd === undefined) return undefined;
    calls.push({ ...range, calleeEnd });
  }
  return { settings: kept.settings, calls, quotable };
}

/**
 * The copy has the file's statements where it kept them (same kind and range, the same syntax errors in them) and an
 * empty block where it blanked one.
 */
function sameStatements(
  file: ts.SourceFile,
  copy: ts.SourceFile,
  kept: ReadonlySet<number>,
  starts: readonly number[],
  ends: readonly number[],
  toText: (offset: number) => number | undefined,
): boolean {
  const statements = copy.statements;
  if (statements.length !== starts.length) return false;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (!kept.has(i)) {
      // The blank: an empty block (or `;`) over the statement it hides.
      if ((s.kind !== ts.SyntaxKind.Block && s.kind !== ts.SyntaxKind.EmptyStatement) || toText(s.getStart(copy)) !== starts[i] || toText(s.end) !== ends[i]) return false;
      continue;
    }
    if (s.kind !== file.statements[i]!.kind || toText(s.getStart(copy)) !== starts[i] || toText(s.end) !== ends[i]) return false;
  }
  const errors = (sf: ts.SourceFile, at: (offset: number) => number | undefined): string =>
    ((sf as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [])
      .map((d) => ({ d, start: d.start === undefined ? undefined : at(d.start) }))
      .filter(({ start }) => start !== undefined && kept.has(unitAt(starts, ends, start) ?? -1))
      .map(({ d, start }) => `${start}:${d.length}:${d.code}`)
      .join(",");
  return errors(file, (offset) => offset) === errors(copy, toText);
}

/** `eslint-disable` / `eslint-enable` over a range of lines (not `-line` or `-next-line`). */
const RANGE_DIRECTIVE = /eslint-(?:disable|enable)(?!-(?:next-)?line)/;

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameGate(a: AnalysisGate, b: AnalysisGate): boolean {
  return a.sites === b.sites && a.retries === b.retries && a.httpClients === b.httpClients;
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) n++;
  }
  return n;
}

/**
 * An edit inside one function body (old tree, before the re-parse): the top-level statement around it, with every
 * statement's range. Undefined for an edit anywhere else (between statements, a signature, module scope).
 */
function codeEditAt(old: ts.SourceFile, span: ChangedSpan): CodeEdit | undefined {
  const statements = old.statements;
  const starts: number[] = [];
  const ends: number[] = [];
  let unit: number | undefined;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const start = s.getStart(old);
    starts.push(start);
    ends.push(s.end);
    if (start <= span.start && span.oldEnd <= s.end) unit = i;
  }
  if (unit === undefined) return undefined;
  const statement = statements[unit]!;
  if (!bodyAround(statement, span.start, span.oldEnd, old) || /eslint/i.test(old.text.slice(starts[unit], ends[unit]))) return undefined;
  return { span, unit, starts, ends, before: unitFacts(statement, old), removed: old.text.slice(span.start, span.oldEnd) };
}

/** The statement holding an offset (by ranges in source order), if any. */
function unitAt(starts: readonly number[], ends: readonly number[], offset: number): number | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < starts[mid]!) hi = mid - 1;
    else if (offset >= ends[mid]!) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/** An offset of the old text in the new one, when it lies outside the edited span. */
function movedOffset(offset: number, span: ChangedSpan, delta: number): number | undefined {
  if (offset < span.start) return offset;
  if (offset > span.oldEnd) return offset + delta;
  return undefined;
}

function moveEdits(edits: readonly TextEdit[], span: ChangedSpan, delta: number): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const start = movedOffset(edit.start, span, delta);
    const end = movedOffset(edit.end, span, delta);
    if (start === undefined || end === undefined) return undefined;
    out.push({ ...edit, start, end });
  }
  return out;
}

/** Whether every offset of a finding lies before the edit (then it stays as it is). */
function before(finding: Finding, span: ChangedSpan): boolean {
  if (finding.end >= span.start) return false;
  for (const edit of finding.fix ?? []) if (edit.end >= span.start) return false;
  for (const s of finding.suggestions ?? []) for (const edit of s.edits) if (edit.end >= span.start) return false;
  return true;
}

/** Findings of the copy at the text's offsets (undefined when an offset lies inside a blank). */
function findingsInText(findings: readonly Finding[], toText: (offset: number) => number | undefined): Finding[] | undefined {
  const edits = (list: readonly TextEdit[]): TextEdit[] | undefined => {
    const out: TextEdit[] = [];
    for (const e of list) {
      const start = toText(e.start);
      const end = toText(e.end);
      if (start === undefined || end === undefined) return undefined;
      out.push(start === e.start && end === e.end ? e : { ...e, start, end });
    }
    return out;
  };
  const out: Finding[] = [];
  for (const f of findings) {
    const start = toText(f.start);
    const end = toText(f.end);
    if (start === undefined || end === undefined) return undefined;
    const fix = f.fix && edits(f.fix);
    if (f.fix && !fix) return undefined;
    const suggestions = [];
    for (const s of f.suggestions ?? []) {
      const moved = edits(s.edits);
      if (!moved) return undefined;
      suggestions.push(moved === s.edits ? s : { ...s, edits: moved });
    }
    out.push({ ...f, start, end, ...(fix ? { fix } : {}), ...(f.suggestions ? { suggestions } : {}) });
  }
  return out;
}

/** A finding of a statement the edit does not reach, moved to the new offsets (undefined when one lies in the span). */
function moveFinding(finding: Finding, span: ChangedSpan, delta: number): Finding | undefined {
  if (before(finding, span)) return finding;
  const start = movedOffset(finding.start, span, delta);
  const end = movedOffset(finding.end, span, delta);
  if (start === undefined || end === undefined) return undefined;
  const fix = finding.fix && moveEdits(finding.fix, span, delta);
  if (finding.fix && !fix) return undefined;
  const suggestions = [];
  for (const s of finding.suggestions ?? []) {
    const edits = moveEdits(s.edits, span, delta);
    if (!edits) return undefined;
    suggestions.push({ ...s, edits });
  }
  return { ...finding, start, end, ...(fix ? { fix } : {}), ...(finding.suggestions ? { suggestions } : {}) };
}

/**
 * The estimates after a code edit answered per statement: those of the statements not recomputed, moved, and those of
 * the recomputed ones from the analysed copy, in estimateCalls' order (the call sites in source order, then the
 * calls through another module's wrapper in source order).
 */
function slicedEstimates<E extends PositionedCall>(sliced: SlicedEdit<E>, fromCopy: E[], file: string): E[] | undefined {
  const { edit, recompute } = sliced;
  const delta = edit.span.newEnd - edit.span.oldEnd;
  const oldStarts = edit.starts.map((s, i) => (i <= edit.unit ? s : s - delta));
  const oldEnds = edit.ends.map((e, i) => (i < edit.unit ? e : e - delta));
  const placed: { call: E; group: number; unit: number; seq: number }[] = [];
  const group = (call: E): number => ((call as { flags?: readonly string[] }).flags?.includes("via-wrapper") ? 1 : 0);
  let seq = 0;
  for (const call of sliced.estimates.calls) {
    const unit = unitAt(oldStarts, oldEnds, call.start);
    if (unit === undefined) return undefined;
    if (recompute.has(unit)) continue;
    // A call through a wrapper of this file names the line of the wrapper's model call: moved when lines moved.
    if (sliced.linesMoved && (call as { via?: { file?: string } }).via?.file === file) return undefined;
    if (call.end < edit.span.start) {
      placed.push({ call, group: group(call), unit, seq: seq++ });
      continue;
    }
    const start = movedOffset(call.start, edit.span, delta);
    const end = movedOffset(call.end, edit.span, delta);
    const calleeEnd = movedOffset(call.calleeEnd, edit.span, delta);
    if (start === undefined || end === undefined || calleeEnd === undefined) return undefined;
    placed.push({ call: { ...call, start, end, calleeEnd }, group: group(call), unit, seq: seq++ });
  }
  for (const copied of fromCopy) {
    const start = sliced.toText(copied.start);
    const end = sliced.toText(copied.end);
    const calleeEnd = sliced.toText(copied.calleeEnd);
    if (start === undefined || end === undefined || calleeEnd === undefined) return undefined;
    const unit = unitAt(edit.starts, edit.ends, start);
    if (unit === undefined || !recompute.has(unit)) continue;
    const call = start === copied.start && end === copied.end && calleeEnd === copied.calleeEnd ? copied : { ...copied, start, end, calleeEnd };
    placed.push({ call, group: group(call), unit, seq: seq++ });
  }
  placed.sort((a, b) => a.group - b.group || a.unit - b.unit || a.seq - b.seq);
  return placed.map((p) => p.call);
}
