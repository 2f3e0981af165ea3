"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MAX_FILE_SIZE = exports.scriptKindFor = exports.parseSource = exports.parsedFrom = void 0;
exports.parseSourceCached = parseSourceCached;
exports.rememberParse = rememberParse;
exports.forgetParse = forgetParse;
exports.sizeSkipReason = sizeSkipReason;
exports.runRule = runRule;
exports.lintText = lintText;
const analysis_1 = require("./detectors/analysis");
const edits_1 = require("./syntax/edits");
const parse_1 = require("./syntax/parse");
var parse_2 = require("./syntax/parse");
Object.defineProperty(exports, "parsedFrom", { enumerable: true, get: function () { return parse_2.parsedFrom; } });
Object.defineProperty(exports, "parseSource", { enumerable: true, get: function () { return parse_2.parseSource; } });
Object.defineProperty(exports, "scriptKindFor", { enumerable: true, get: function () { return parse_2.scriptKindFor; } });
const rule_1 = require("./rule");
/** Files larger than this are skipped with a note (bytes of text). */
exports.DEFAULT_MAX_FILE_SIZE = 2_000_000;
const recentParses = [];
/**
 * parseSource, remembering the last few files: the editor lints and then estimates the same text, and the
 * analysis is cached per SourceFile, so the second caller gets both for free.
 */
function parseSourceCached(fileName, text) {
    const hit = recentParses.find((p) => p.fileName === fileName && (0, parse_1.parsedFrom)(p.sourceFile) === text);
    if (hit)
        return hit.sourceFile;
    const sourceFile = (0, parse_1.parseSource)(fileName, text);
    rememberParse(fileName, sourceFile);
    return sourceFile;
}
/** Makes parseSourceCached answer with this parse of the file's text (an incremental parse the editor made). */
function rememberParse(fileName, sourceFile) {
    recentParses.unshift({ fileName, sourceFile });
    if (recentParses.length > 4)
        recentParses.pop();
}
/** Drops a parse from parseSourceCached's memory (it is about to be re-parsed incrementally, which consumes it). */
function forgetParse(sourceFile) {
    const i = recentParses.findIndex((p) => p.sourceFile === sourceFile);
    if (i !== -1)
        recentParses.splice(i, 1);
}
function sizeSkipReason(fileName, length, maxFileSize = exports.DEFAULT_MAX_FILE_SIZE) {
    if (length <= maxFileSize)
        return undefined;
    const mb = (n) => `${(n / 1_000_000).toFixed(1)} MB`;
    return `costlint skipped ${fileName}: ${mb(length)} is above the ${mb(maxFileSize)} limit (maxFileSize).`;
}
/** A finding without the fix or suggestions whose edits cannot apply (inverted, outside the text, overlapping). */
function withValidEdits(finding, text) {
    const fixOk = !finding.fix || (0, edits_1.validEdits)(text, finding.fix);
    const suggestions = finding.suggestions?.filter((s) => (0, edits_1.validEdits)(text, s.edits));
    if (fixOk && suggestions?.length === finding.suggestions?.length)
        return finding;
    const { fix, suggestions: _dropped, ...rest } = finding;
    return { ...rest, ...(fixOk && fix ? { fix } : {}), ...(suggestions?.length ? { suggestions } : {}) };
}
/** Runs one rule on an already parsed file; never throws. */
function runRule(sourceFile, enabled, env = {}, project) {
    const { rule } = enabled;
    const { options, problems } = (0, rule_1.parseRuleOptions)(rule, enabled.options);
    const findings = [];
    try {
        const analysis = (0, analysis_1.analyzeFile)(sourceFile, project);
        rule.check({
            analysis,
            sourceFile,
            text: sourceFile.text,
            options,
            env,
            report: (report) => {
                findings.push(withValidEdits((0, rule_1.toFinding)(rule.id, rule.meta.messages, report, sourceFile), sourceFile.text));
            },
        });
    }
    catch (error) {
        return { findings: [], failure: { ruleId: rule.id, error }, optionProblems: problems };
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    return { findings, optionProblems: problems };
}
/** Lints a file's text with the given rules: parse once, analyse once, every rule on the shared analysis. */
function lintText(fileName, text, rules, settings = {}) {
    const skipped = sizeSkipReason(fileName, text.length, settings.maxFileSize);
    if (skipped)
        return { findings: [], failures: [], skipped, optionProblems: [] };
    let sourceFile;
    try {
        sourceFile = settings.sourceFile && (0, parse_1.parsedFrom)(settings.sourceFile) === text ? settings.sourceFile : parseSourceCached(fileName, text);
    }
    catch (error) {
        // TypeScript's own parser can overflow the stack on pathological nesting: skip the file, say why.
        const reason = error instanceof Error ? error.message : String(error);
        return { findings: [], failures: [], skipped: `costlint could not parse ${fileName}: ${reason}`, optionProblems: [] };
    }
    const result = { findings: [], failures: [], optionProblems: [] };
    const env = settings.env ?? settings.envFor?.(sourceFile);
    for (const enabled of rules) {
        const one = runRule(sourceFile, enabled, env, settings.project);
        result.findings.push(...one.findings);
        if (one.failure)
            result.failures.push(one.failure);
        result.optionProblems.push(...one.optionProblems.map((p) => `${enabled.rule.id}: ${p}`));
    }
    result.findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
    if (settings.project && rules.length) {
        try {
            const deps = (0, analysis_1.analyzeFile)(sourceFile, settings.project).dependencies;
            if (deps)
                result.dependencies = [...deps.keys()];
        }
        catch {
            // the rules already said what failed
        }
    }
    return result;
}
//# sourceMappingURL=engine.js.map