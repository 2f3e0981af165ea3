"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EditSession = void 0;
/**
 * One open document in the editor, analysed edit after edit. Each new text is parsed incrementally from the last
 * (`ts.updateSourceFile` with the span the edit changed: the unchanged nodes are reused); the findings and the call
 * estimates of the last text are kept, and an edit that touched only a comment (the tokens are the same, no line
 * moved) keeps them, moved to their new offsets, without analysing again. Any other edit, another configuration, or
 * a change in a project file the analysis read analyses the file again, as `lintFile` does from scratch.
 */
const typescript_1 = __importDefault(require("typescript"));
const node_path_1 = __importDefault(require("node:path"));
const analysis_1 = require("./detectors/analysis");
const edit_slice_1 = require("./edit-slice");
const engine_1 = require("./engine");
const disable_comments_1 = require("./syntax/disable-comments");
const file_text_1 = require("./syntax/file-text");
const units_1 = require("./syntax/units");
const run_1 = require("./run");
const incremental_1 = require("./syntax/incremental");
const components_1 = require("./syntax/components");
class EditSession {
    fileName;
    text;
    sourceFile;
    kept;
    estimates;
    /** The run and estimates before a code edit inside a function body (reused per statement by the next lint). */
    beforeCodeEdit;
    sliced;
    /** The names the statements declare, mention and share (edit-slice.ts), kept from edit to edit. */
    graph;
    /**
     * How the last lint was answered (for the benchmark and tests): parsed from scratch or incrementally, findings
     * reused or not, and, for an edit inside a function body answered per statement, how many statements were
     * recomputed and read.
     */
    lastLint = { parse: "none", reused: false };
    /** A code edit analysed in full after all, and why (for the benchmark and tests). */
    whole(reason) {
        this.lastLint.whole = reason;
        return undefined;
    }
    constructor(fileName) {
        this.fileName = fileName;
    }
    /**
     * The findings of `text` with `settings`: what `lintFile(fileName, text, settings)` returns. `changes`: the editor's
     * content changes since the last call, in order (optional: the changed span is found from the texts otherwise).
     */
    lint(text, settings, changes) {
        if ((0, engine_1.sizeSkipReason)(this.fileName, text.length, settings.config.maxFileSize)) {
            this.reset();
            this.lastLint = { parse: "none", reused: false };
            return (0, run_1.lintFile)(this.fileName, text, settings);
        }
        let sourceFile;
        try {
            sourceFile = this.parse(text, changes);
        }
        catch {
            // TypeScript's parser can overflow its stack on pathological nesting: lintFile says why the file is skipped.
            this.reset();
            return (0, run_1.lintFile)(this.fileName, text, settings);
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
        const gate = (0, analysis_1.analysisGate)(sourceFile, settings.project);
        if (before && sameSettings(before.kept.settings, settings) && (!before.kept.dependencies || !settings.project || settings.project.unchanged(before.kept.dependencies))) {
            const sliced = this.lintSlice(sourceFile, settings, gate, before);
            if (sliced) {
                this.kept = sliced;
                this.lastLint.reused = false;
                return sliced.run;
            }
        }
        this.lastLint.sliced = undefined;
        const run = (0, run_1.lintFile)(this.fileName, text, { ...settings, sourceFile });
        let dependencies;
        if (settings.project) {
            try {
                dependencies = (0, analysis_1.analyzeFile)(sourceFile, settings.project).dependencies;
            }
            catch {
                dependencies = undefined;
            }
        }
        // Kept only when the run can be told apart from a changed project: with a project, its dependencies are known.
        this.kept = !settings.project || dependencies ? { run, settings, gate, ...(dependencies ? { dependencies } : {}) } : undefined;
        this.lastLint.reused = false;
        return run;
    }
    /**
     * An edit inside one function body, answered per statement: the findings of the statements it can reach
     * (edit-slice.ts) recomputed on a copy of the text that keeps only what their analysis reads, the others kept
     * and moved. Undefined when the edit must be analysed in full.
     */
    lintSlice(sourceFile, settings, gate, before) {
        const { edit, kept } = before;
        const old = kept.run;
        if (old.failures.length || old.skipped || !kept.gate || !sameGate(kept.gate, gate))
            return this.whole("the file's gate or last run");
        const text = sourceFile.text;
        // eslint-disable/enable over a range of lines: findings of one statement may be turned off from another.
        if (RANGE_DIRECTIVE.test(text))
            return this.whole("eslint-disable over a range");
        const statements = sourceFile.statements;
        if (statements.length !== edit.starts.length)
            return this.whole("statements changed");
        const delta = edit.span.newEnd - edit.span.oldEnd;
        const starts = [];
        const ends = [];
        for (let i = 0; i < statements.length; i++) {
            const s = statements[i];
            const start = s.getStart(sourceFile);
            // The same statements around the edit (moved), and the edited one still holds it inside the same function body.
            const shift = i < edit.unit ? 0 : delta;
            if ((i === edit.unit ? start !== edit.starts[i] : start !== edit.starts[i] + shift) || s.end !== edit.ends[i] + shift)
                return this.whole("statements changed");
            starts.push(start);
            ends.push(s.end);
        }
        const unit = statements[edit.unit];
        if (!(0, units_1.bodyAround)(unit, edit.span.start, edit.span.newEnd, sourceFile) || /eslint/i.test(text.slice(starts[edit.unit], ends[edit.unit])))
            return this.whole("not inside a function body");
        if (!sameNames((0, units_1.unitFacts)(unit, sourceFile).declares, edit.before.declares))
            return this.whole("declarations changed");
        this.graph = (0, edit_slice_1.unitGraph)(sourceFile, edit.unit, this.graph);
        const slice = (0, edit_slice_1.sliceFor)(this.graph, edit.unit, edit.before);
        // What a rule tests on the whole text (a system message anywhere): the copy keeps a statement that has it.
        for (const test of file_text_1.WHOLE_TEXT_TESTS) {
            const match = test.exec(text);
            const i = match ? unitAt(starts, ends, match.index) : undefined;
            if (i !== undefined)
                slice.read.add(i);
        }
        let readLength = 0;
        for (const i of slice.read)
            readLength += ends[i] - starts[i];
        // Most of a large file read anyway: no gain over the whole analysis (a small file costs little either way).
        if (text.length > 20_000 && readLength > (text.length * 3) / 4)
            return this.whole("most of the file read");
        const linesMoved = lineBreaks(text.slice(edit.span.start, edit.span.newEnd)) !== lineBreaks(edit.removed);
        // A finding kept may name a line of this file (`new Mastra() (agent.ts:12)`): lines moved, analysed again.
        if (linesMoved && quotableText(old.findings).includes(`${node_path_1.default.basename(this.fileName)}:`))
            return this.whole("a finding names a line");
        const copy = (0, engine_1.parseSource)(this.fileName, (0, edit_slice_1.blankedText)(sourceFile, slice.read));
        if (file_text_1.WHOLE_TEXT_TESTS.some((test) => test.test(text) !== test.test(copy.text)))
            return this.whole("a whole-text test");
        // The copy parses to the same statements (a file with syntax errors may recover differently around a blank).
        if (!sameStatements(sourceFile, copy, slice.read, starts, ends))
            return this.whole("the copy parses differently");
        let run;
        let copyDependencies;
        try {
            settings.project?.nextEpoch();
            copyDependencies = (0, analysis_1.analyzeFile)(copy, settings.project, gate).dependencies;
            run = (0, run_1.lintFile)(this.fileName, copy.text, { ...settings, sourceFile: copy });
        }
        catch {
            return this.whole("the copy failed");
        }
        if (run.failures.length || run.skipped)
            return this.whole("the copy failed");
        const recomputed = (offset) => {
            const i = unitAt(starts, ends, offset);
            return i !== undefined && slice.recompute.has(i);
        };
        const findings = [];
        for (const finding of old.findings) {
            const i = unitAt(edit.starts, edit.ends, finding.start);
            if (i === undefined)
                return this.whole("a finding outside the statements");
            if (slice.recompute.has(i))
                continue;
            const movedFinding = moveFinding(finding, edit.span, delta);
            if (!movedFinding)
                return this.whole("a finding's edit in the span");
            findings.push(movedFinding);
        }
        const fresh = (0, disable_comments_1.applyDisableComments)(sourceFile, run.findings.filter((f) => recomputed(f.start)));
        findings.push(...fresh);
        findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
        const dependencies = kept.dependencies || copyDependencies ? new Map([...(kept.dependencies ?? []), ...(copyDependencies ?? [])]) : undefined;
        if (settings.project && !dependencies)
            return this.whole("dependencies unknown");
        this.sliced = before.estimates ? { edit: { ...edit, starts, ends }, recompute: slice.recompute, copy, estimates: before.estimates } : undefined;
        this.lastLint.sliced = { recomputed: slice.recompute.size, read: slice.read.size, of: statements.length };
        const merged = { ...run, findings, ...(dependencies ? { dependencies: [...dependencies.keys()] } : {}) };
        return { run: merged, settings, gate, ...(dependencies ? { dependencies } : {}) };
    }
    /**
     * The call estimates of `text` (the text last linted), computed by `compute` from its parse and the project the
     * lint used, kept per settings object and moved with comment-only edits like the findings.
     */
    estimate(text, settings, compute) {
        if (this.text !== text || !this.sourceFile || !this.kept) {
            // Not the text last linted (or not linted): no parse of ours to share.
            this.estimates = undefined;
            return compute(this.text === text && this.sourceFile ? this.sourceFile : (0, engine_1.parseSource)(this.fileName, text), undefined);
        }
        if (this.estimates?.settings === settings)
            return this.estimates.calls;
        const sliced = this.sliced;
        this.sliced = undefined;
        if (sliced && sliced.estimates.settings === settings) {
            const calls = slicedEstimates(sliced, compute(sliced.copy, this.kept.settings.project));
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
    reset() {
        if (this.sourceFile)
            (0, engine_1.forgetParse)(this.sourceFile);
        this.text = undefined;
        this.sourceFile = undefined;
        this.kept = undefined;
        this.estimates = undefined;
        this.beforeCodeEdit = undefined;
        this.sliced = undefined;
        this.graph = undefined;
    }
    parse(text, changes) {
        const old = this.sourceFile;
        const oldText = this.text;
        if (old && oldText === text) {
            this.lastLint = { parse: "none", reused: false };
            return old;
        }
        let sourceFile;
        let shift;
        let codeEdit;
        this.beforeCodeEdit = undefined;
        this.sliced = undefined;
        // A component's parsed text blanks its markup: an edit there can change what is blanked far from it (a `<script>`
        // typed), so a component is parsed again in full.
        const span = old && oldText !== undefined && !(0, components_1.isComponentFile)(this.fileName) ? (0, incremental_1.changedSpan)(oldText, text, changes) : undefined;
        if (old && oldText !== undefined && span) {
            // Classified on the old tree before the re-parse consumes it, then on the new one.
            const before = commentEdit(old, span.start, span.oldEnd, oldText, text, span);
            codeEdit = before || !this.kept ? undefined : codeEditAt(old, span);
            (0, engine_1.forgetParse)(old);
            this.sourceFile = undefined;
            sourceFile = (0, incremental_1.reparse)(old, text, span);
            this.lastLint = { parse: "incremental", reused: false };
            // The same run of trivia between the same two tokens (a comment's opener deleted would turn its rest into code).
            const after = before && (0, incremental_1.triviaAt)(sourceFile, span.start, span.newEnd);
            shift = before && after && after.pos === before.runStart && after.end === before.runEnd + before.delta ? before : undefined;
        }
        else {
            if (old)
                (0, engine_1.forgetParse)(old);
            this.sourceFile = undefined;
            sourceFile = (0, engine_1.parseSource)(this.fileName, text);
            this.lastLint = { parse: "full", reused: false };
        }
        this.text = text;
        this.sourceFile = sourceFile;
        (0, engine_1.rememberParse)(this.fileName, sourceFile);
        if (!shift && codeEdit && this.kept)
            this.beforeCodeEdit = { edit: codeEdit, kept: this.kept, estimates: this.estimates };
        else if (!shift && span && this.kept)
            this.lastLint.whole = "not inside a function body";
        this.kept = shift && this.kept ? shiftRun(this.kept, shift) : undefined;
        this.estimates = shift && this.estimates && this.kept ? shiftEstimates(this.estimates, shift) : undefined;
        return sourceFile;
    }
}
exports.EditSession = EditSession;
/** The same configuration objects (the editor keeps one per folder and version of its settings). */
function sameSettings(a, b) {
    return a.config === b.config && a.pricing === b.pricing && a.severityOverrides === b.severityOverrides && a.all === b.all && a.project === b.project;
}
/**
 * The shift of an edit that changed only a comment on one line (old tree): the span lies in the whitespace and
 * comments between two tokens, no line break was added or removed, the line has code before the edit (its
 * indentation is unchanged), and the comment is no eslint directive. Undefined for any other edit.
 */
function commentEdit(old, start, end, oldText, newText, span) {
    const removed = oldText.slice(span.start, span.oldEnd);
    const inserted = newText.slice(span.start, span.newEnd);
    if (/[\n\r\u2028\u2029]/.test(removed + inserted))
        return undefined;
    const lineStart = Math.max(oldText.lastIndexOf("\n", start - 1), oldText.lastIndexOf("\r", start - 1)) + 1;
    if (!/\S/.test(oldText.slice(lineStart, start)))
        return undefined;
    const trivia = (0, incremental_1.triviaAt)(old, start, end);
    if (!trivia)
        return undefined;
    const oldRun = oldText.slice(trivia.pos, trivia.end);
    const newRun = oldRun.slice(0, start - trivia.pos) + inserted + oldRun.slice(end - trivia.pos);
    if (!/\/[/*]/.test(oldRun + newRun) || /eslint/i.test(oldRun + newRun))
        return undefined;
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
const stripSpace = (s) => s.replace(/\s+/g, "");
/** An offset after the edit, or undefined when it lies inside the edited span. */
function moved(offset, shift) {
    if (offset < shift.start)
        return offset;
    if (offset > shift.oldEnd)
        return offset + shift.delta;
    if (shift.start < shift.oldEnd)
        return offset === shift.start ? offset : offset === shift.oldEnd ? offset + shift.delta : undefined;
    return shift.atInsertion === "stay" ? offset : shift.atInsertion === "move" ? offset + shift.delta : undefined;
}
/** The range moved; undefined when an end lies inside the edited span. */
function movedRange(item, shift) {
    // A range that holds the edited comment keeps its start and moves its end (what it quotes is checked apart).
    const start = moved(item.start, shift);
    const end = moved(item.end, shift);
    return start === undefined || end === undefined ? undefined : { ...item, start, end };
}
function movedEdits(edits, shift) {
    const out = [];
    for (const edit of edits) {
        // An edit that inserts where the comment was typed may belong before or after it (`addPropertyEdit` goes after a
        // trailing comment): computed again.
        if (shift.start === shift.oldEnd && (edit.start === shift.start || edit.end === shift.start))
            return undefined;
        const m = movedRange(edit, shift);
        if (!m)
            return undefined;
        out.push(m);
    }
    return out;
}
/** The strings in a value (its texts, not its structure or numbers), without whitespace, each on its own line. */
function quotableText(value) {
    const out = [];
    const walk = (v) => {
        if (typeof v === "string")
            out.push(stripSpace(v));
        else if (Array.isArray(v))
            for (const x of v)
                walk(x);
        else if (v && typeof v === "object")
            for (const x of Object.values(v))
                walk(x);
    };
    walk(value);
    return out.join("\n");
}
function quotes(quotable, shift) {
    return quotable.includes(shift.quoted);
}
function shiftRun(kept, shift) {
    const quotable = kept.quotable ?? quotableText(kept.run.findings);
    if (quotes(quotable, shift))
        return undefined;
    const findings = [];
    for (const finding of kept.run.findings) {
        const range = movedRange(finding, shift);
        if (!range)
            return undefined;
        const fix = finding.fix && movedEdits(finding.fix, shift);
        if (finding.fix && !fix)
            return undefined;
        const suggestions = [];
        for (const s of finding.suggestions ?? []) {
            const edits = movedEdits(s.edits, shift);
            if (!edits)
                return undefined;
            suggestions.push({ ...s, edits });
        }
        findings.push({ ...range, ...(fix ? { fix } : {}), ...(finding.suggestions ? { suggestions } : {}) });
    }
    return { ...kept, run: { ...kept.run, findings }, quotable };
}
function shiftEstimates(kept, shift) {
    const quotable = kept.quotable ?? quotableText(kept.calls);
    if (quotes(quotable, shift))
        return undefined;
    const calls = [];
    for (const call of kept.calls) {
        const range = movedRange(call, shift);
        const calleeEnd = moved(call.calleeEnd, shift);
        if (!range || calleeEnd === undefined)
            return undefined;
        calls.push({ ...range, calleeEnd });
    }
    return { settings: kept.settings, calls, quotable };
}
/**
 * The copy has the file's statements where it kept them (same kind and range, the same syntax errors in them) and an
 * empty statement where it blanked one.
 */
function sameStatements(file, copy, kept, starts, ends) {
    const statements = copy.statements;
    if (statements.length !== starts.length)
        return false;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        if (!kept.has(i)) {
            if (s.kind !== typescript_1.default.SyntaxKind.EmptyStatement || s.getStart(copy) !== starts[i])
                return false;
            continue;
        }
        if (s.kind !== file.statements[i].kind || s.getStart(copy) !== starts[i] || s.end !== ends[i])
            return false;
    }
    const errors = (sf) => (sf.parseDiagnostics ?? [])
        .filter((d) => d.start !== undefined && kept.has(unitAt(starts, ends, d.start) ?? -1))
        .map((d) => `${d.start}:${d.length}:${d.code}`)
        .join(",");
    return errors(file) === errors(copy);
}
/** `eslint-disable` / `eslint-enable` over a range of lines (not `-line` or `-next-line`). */
const RANGE_DIRECTIVE = /eslint-(?:disable|enable)(?!-(?:next-)?line)/;
function sameNames(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
function sameGate(a, b) {
    return a.sites === b.sites && a.retries === b.retries && a.httpClients === b.httpClients;
}
function lineBreaks(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029)
            n++;
    }
    return n;
}
/**
 * An edit inside one function body (old tree, before the re-parse): the top-level statement around it, with every
 * statement's range. Undefined for an edit anywhere else (between statements, a signature, module scope).
 */
function codeEditAt(old, span) {
    const statements = old.statements;
    const starts = [];
    const ends = [];
    let unit;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        const start = s.getStart(old);
        starts.push(start);
        ends.push(s.end);
        if (start <= span.start && span.oldEnd <= s.end)
            unit = i;
    }
    if (unit === undefined)
        return undefined;
    const statement = statements[unit];
    if (!(0, units_1.bodyAround)(statement, span.start, span.oldEnd, old) || /eslint/i.test(old.text.slice(starts[unit], ends[unit])))
        return undefined;
    return { span, unit, starts, ends, before: (0, units_1.unitFacts)(statement, old), removed: old.text.slice(span.start, span.oldEnd) };
}
/** The statement holding an offset (by ranges in source order), if any. */
function unitAt(starts, ends, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (offset < starts[mid])
            hi = mid - 1;
        else if (offset >= ends[mid])
            lo = mid + 1;
        else
            return mid;
    }
    return undefined;
}
/** An offset of the old text in the new one, when it lies outside the edited span. */
function movedOffset(offset, span, delta) {
    if (offset < span.start)
        return offset;
    if (offset > span.oldEnd)
        return offset + delta;
    return undefined;
}
function moveEdits(edits, span, delta) {
    const out = [];
    for (const edit of edits) {
        const start = movedOffset(edit.start, span, delta);
        const end = movedOffset(edit.end, span, delta);
        if (start === undefined || end === undefined)
            return undefined;
        out.push({ ...edit, start, end });
    }
    return out;
}
/** Whether every offset of a finding lies before the edit (then it stays as it is). */
function before(finding, span) {
    if (finding.end >= span.start)
        return false;
    for (const edit of finding.fix ?? [])
        if (edit.end >= span.start)
            return false;
    for (const s of finding.suggestions ?? [])
        for (const edit of s.edits)
            if (edit.end >= span.start)
                return false;
    return true;
}
/** A finding of a statement the edit does not reach, moved to the new offsets (undefined when one lies in the span). */
function moveFinding(finding, span, delta) {
    if (before(finding, span))
        return finding;
    const start = movedOffset(finding.start, span, delta);
    const end = movedOffset(finding.end, span, delta);
    if (start === undefined || end === undefined)
        return undefined;
    const fix = finding.fix && moveEdits(finding.fix, span, delta);
    if (finding.fix && !fix)
        return undefined;
    const suggestions = [];
    for (const s of finding.suggestions ?? []) {
        const edits = moveEdits(s.edits, span, delta);
        if (!edits)
            return undefined;
        suggestions.push({ ...s, edits });
    }
    return { ...finding, start, end, ...(fix ? { fix } : {}), ...(finding.suggestions ? { suggestions } : {}) };
}
/**
 * The estimates after a code edit answered per statement: those of the statements not recomputed, moved, and those of
 * the recomputed ones from the analysed copy, in estimateCalls' order (the call sites in source order, then the
 * calls through another module's wrapper in source order).
 */
function slicedEstimates(sliced, fromCopy) {
    const { edit, recompute } = sliced;
    const delta = edit.span.newEnd - edit.span.oldEnd;
    const oldStarts = edit.starts.map((s, i) => (i <= edit.unit ? s : s - delta));
    const oldEnds = edit.ends.map((e, i) => (i < edit.unit ? e : e - delta));
    const placed = [];
    const group = (call) => (call.flags?.includes("via-wrapper") ? 1 : 0);
    let seq = 0;
    for (const call of sliced.estimates.calls) {
        const unit = unitAt(oldStarts, oldEnds, call.start);
        if (unit === undefined)
            return undefined;
        if (recompute.has(unit))
            continue;
        if (call.end < edit.span.start) {
            placed.push({ call, group: group(call), unit, seq: seq++ });
            continue;
        }
        const start = movedOffset(call.start, edit.span, delta);
        const end = movedOffset(call.end, edit.span, delta);
        const calleeEnd = movedOffset(call.calleeEnd, edit.span, delta);
        if (start === undefined || end === undefined || calleeEnd === undefined)
            return undefined;
        placed.push({ call: { ...call, start, end, calleeEnd }, group: group(call), unit, seq: seq++ });
    }
    for (const call of fromCopy) {
        const unit = unitAt(edit.starts, edit.ends, call.start);
        if (unit === undefined || !recompute.has(unit))
            continue;
        placed.push({ call, group: group(call), unit, seq: seq++ });
    }
    placed.sort((a, b) => a.group - b.group || a.unit - b.unit || a.seq - b.seq);
    return placed.map((p) => p.call);
}
//# sourceMappingURL=edit-session.js.map