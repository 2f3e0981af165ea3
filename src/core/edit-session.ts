/**
 * One open document in the editor, analysed edit after edit. Each new text is parsed incrementally from the last
 * (`ts.updateSourceFile` with the span the edit changed: the unchanged nodes are reused); the findings and the call
 * estimates of the last text are kept, and an edit that touched only a comment (the tokens are the same, no line
 * moved) keeps them, moved to their new offsets, without analysing again. Any other edit, another configuration, or
 * a change in a project file the analysis read analyses the file again, as `lintFile` does from scratch.
 */
import type ts from "typescript";
import { analyzeFile } from "./detectors/analysis";
import { forgetParse, parseSource, rememberParse, sizeSkipReason } from "./engine";
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

export class EditSession<E extends PositionedCall = PositionedCall> {
  private text: string | undefined;
  private sourceFile: ts.SourceFile | undefined;
  private kept: KeptRun | undefined;
  private estimates: KeptEstimates<E> | undefined;
  /** How the last lint was answered (for the benchmark and tests): parsed from scratch or incrementally, findings reused or not. */
  lastLint: { parse: "full" | "incremental" | "none"; reused: boolean } = { parse: "none", reused: false };

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
    const run = lintFile(this.fileName, text, { ...settings, sourceFile });
    let dependencies: ReadonlyMap<string, FileVersion | null> | undefined;
    if (settings.project) {
      try {
        dependencies = analyzeFile(sourceFile, settings.project).dependencies;
      } catch {
        dependencies = undefined;
      }
    }
    // Kept only when the run can be told apart from a changed project: with a project, its dependencies are known.
    this.kept = !settings.project || dependencies ? { run, settings, ...(dependencies ? { dependencies } : {}) } : undefined;
    this.lastLint.reused = false;
    return run;
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
    // A component's parsed text blanks its markup: an edit there can change what is blanked far from it (a `<script>`
    // typed), so a component is parsed again in full.
    const span = old && oldText !== undefined && !isComponentFile(this.fileName) ? changedSpan(oldText, text, changes) : undefined;
    if (old && oldText !== undefined && span) {
      // Classified on the old tree before the re-parse consumes it, then on the new one.
      const before = commentEdit(old, span.start, span.oldEnd, oldText, text, span);
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
