"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildDiff = buildDiff;
exports.checkPolicy = checkPolicy;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const ignore_1 = __importDefault(require("ignore"));
const analysis_1 = require("../core/detectors/analysis");
const load_1 = require("../core/config/load");
const schema_1 = require("../core/config/schema");
const estimate_1 = require("../core/cost/estimate");
const engine_1 = require("../core/engine");
const run_1 = require("../core/run");
const call_context_1 = require("./call-context");
const files_1 = require("./files");
const git_1 = require("./git");
const lint_command_1 = require("./lint-command");
const report_command_1 = require("./report-command");
/** Analyses the work tree and the base revision and matches their call sites and findings. */
function buildDiff(options) {
    const root = (0, git_1.repositoryRoot)(options.cwd);
    const commit = (0, git_1.resolveBase)(root, options.base);
    const tree = new git_1.GitTree(root, commit);
    const renamed = new Map();
    for (const change of (0, git_1.changedPaths)(root, commit))
        if (change.status === "R")
            renamed.set(change.from, change.to);
    const realCwd = node_fs_1.default.realpathSync(options.cwd);
    const scopes = options.paths.map((p) => node_path_1.default.resolve(realCwd, p));
    const headInputs = options.paths.map((p) => node_path_1.default.resolve(options.cwd, p));
    const headCollected = (0, files_1.collectFiles)(headInputs);
    const headTests = (0, files_1.testFilesAmong)(headInputs, headCollected);
    const headFiles = headCollected.map((f) => realPath(f));
    const baseFiles = baseSourceFiles(tree, root, scopes);
    tree.prefetch(baseFiles);
    const headConfigs = new Map();
    const head = {
        files: headFiles,
        tests: new Set(headCollected.filter((f) => headTests.has(f)).map((f) => realPath(f))),
        read: (file) => {
            try {
                return node_fs_1.default.readFileSync(file, "utf8");
            }
            catch {
                return undefined;
            }
        },
        configFor: (dir) => {
            const loaded = (0, load_1.loadConfigFor)(dir);
            if (loaded.file && !headConfigs.has(loaded.file)) {
                headConfigs.set(loaded.file, loaded);
                for (const p of loaded.problems)
                    options.onConfigProblem?.(p);
            }
            return loaded;
        },
        project: (0, analysis_1.createProject)(),
        identity: (rel) => rel,
    };
    const baseConfigs = new Map();
    const base = {
        files: baseFiles,
        tests: (0, files_1.testFilesAmong)(scopes, baseFiles),
        read: (file) => tree.readText(file),
        configFor: (dir) => {
            for (let current = dir;; current = node_path_1.default.dirname(current)) {
                const candidate = node_path_1.default.join(current, schema_1.CONFIG_FILE_NAME);
                if (tree.size(candidate) !== undefined) {
                    let loaded = baseConfigs.get(candidate);
                    if (!loaded)
                        baseConfigs.set(candidate, (loaded = (0, load_1.parseConfigText)(tree.readText(candidate), `${options.base}:${posix(node_path_1.default.relative(root, candidate))}`)));
                    return loaded;
                }
                if (current === root || current === node_path_1.default.dirname(current))
                    break;
            }
            return root === node_path_1.default.dirname(root) ? (0, load_1.defaultLoadedConfig)() : (0, load_1.loadConfigFor)(node_path_1.default.dirname(root));
        },
        project: (0, analysis_1.createProject)({ tree }),
        identity: (rel) => renamed.get(rel) ?? rel,
    };
    const after = analyseSide(head, root, !!options.includeTests);
    const before = analyseSide(base, root, !!options.includeTests);
    const changes = matchCalls(before.calls, after.calls);
    const unchanged = after.calls.length - changes.filter((c) => c.change !== "removed").length;
    const findings = matchFindings(before.findings, after.findings);
    // Thresholds: the flags, else the work tree's costlint.config.json at the repository root.
    const rootConfig = head.configFor(realCwd).config.diff;
    const policy = {
        ...(rootConfig.failOnIncreasePercent !== undefined ? { failOnIncreasePercent: rootConfig.failOnIncreasePercent } : {}),
        ...(rootConfig.failAboveUsd !== undefined ? { failAboveUsd: rootConfig.failAboveUsd } : {}),
        ...options.policy,
    };
    const b = before.report.totals;
    const a = after.report.totals;
    // The worst case per run of the sites with a bound; sites in loops with no cap are counted apart (uncapped*).
    const deltaUsd = (0, report_command_1.round)(a.cappedWorstCaseUsd - b.cappedWorstCaseUsd);
    const totals = {
        beforeUsd: b.cappedWorstCaseUsd,
        afterUsd: a.cappedWorstCaseUsd,
        deltaUsd,
        deltaPercent: b.cappedWorstCaseUsd > 0 ? (0, report_command_1.round)((deltaUsd / b.cappedWorstCaseUsd) * 100) : null,
        beforeCalls: b.calls,
        afterCalls: a.calls,
        uncappedBefore: b.uncappedLoops,
        uncappedAfter: a.uncappedLoops,
    };
    return {
        base: { ref: options.base, commit },
        changes: changes.sort((x, y) => Math.abs(y.deltaUsd ?? Infinity) - Math.abs(x.deltaUsd ?? Infinity) || x.file.localeCompare(y.file) || x.line - y.line),
        unchanged,
        findings,
        totals,
        policy: { ...policy, ...checkPolicy(policy, totals) },
        testFiles: after.report.testFiles,
        skipped: [...new Set([...before.report.skipped, ...after.report.skipped])],
        failures: [...before.report.failures.map((f) => `${f} (at ${options.base})`), ...after.report.failures],
    };
}
function realPath(file) {
    try {
        return node_fs_1.default.realpathSync(file);
    }
    catch {
        return file;
    }
}
function posix(rel) {
    return rel.split(node_path_1.default.sep).join("/");
}
/** Whether the change keeps to the policy, and why not. */
function checkPolicy(policy, totals) {
    const reasons = [];
    if (policy.failOnIncreasePercent !== undefined) {
        const limit = policy.failOnIncreasePercent;
        if (totals.deltaUsd > 0 && (totals.deltaPercent === null || totals.deltaPercent > limit)) {
            reasons.push(`worst case per run grew by ${totals.deltaPercent === null ? `$${totals.deltaUsd} from $0` : `${totals.deltaPercent.toFixed(1)}%`}, above the ${limit}% allowed (--fail-on-increase)`);
        }
        if (totals.uncappedAfter > totals.uncappedBefore) {
            reasons.push(`${totals.uncappedAfter - totals.uncappedBefore} more call site${totals.uncappedAfter - totals.uncappedBefore === 1 ? "" : "s"} in a loop with no cap: the cost per run has no bound (--fail-on-increase)`);
        }
    }
    if (policy.failAboveUsd !== undefined && totals.afterUsd > policy.failAboveUsd) {
        reasons.push(`worst case per run is $${totals.afterUsd}, above the $${policy.failAboveUsd} allowed (--fail-above)`);
    }
    return { passed: reasons.length === 0, reasons };
}
/** The base revision's source files under the paths, as the work tree's walk would pick them. */
function baseSourceFiles(tree, root, scopes) {
    const skippedDirs = new Set(["node_modules", ".git", "dist", "out", "build", ".next", "coverage", ".vscode-test"]);
    const ignores = new Map();
    const rulesOf = (dir) => {
        let rules = ignores.get(dir);
        if (rules === undefined) {
            const text = tree.size(node_path_1.default.join(dir, ".gitignore")) !== undefined ? tree.readText(node_path_1.default.join(dir, ".gitignore")) : undefined;
            rules = text === undefined ? null : (0, ignore_1.default)().add(text);
            ignores.set(dir, rules);
        }
        return rules;
    };
    const ignored = (file) => {
        for (let dir = node_path_1.default.dirname(file);; dir = node_path_1.default.dirname(dir)) {
            const rules = rulesOf(dir);
            if (rules?.ignores(posix(node_path_1.default.relative(dir, file))))
                return true;
            if (dir === root || dir === node_path_1.default.dirname(dir))
                return false;
        }
    };
    return tree
        .paths()
        .filter((file) => {
        if (!scopes.some((s) => file === s || file.startsWith(s.endsWith(node_path_1.default.sep) ? s : s + node_path_1.default.sep)))
            return false;
        if (!files_1.SOURCE_EXTENSIONS.test(file) || /\.d\.[mc]?ts$/.test(file))
            return false;
        const explicit = scopes.includes(file);
        if (!explicit && node_path_1.default.relative(root, file).split(node_path_1.default.sep).slice(0, -1).some((d) => skippedDirs.has(d)))
            return false;
        return explicit || !ignored(file);
    })
        .sort();
}
/** Estimates and lints every file of one side: the same per-call numbers as `costlint report`. */
function analyseSide(side, root, includeTests) {
    const reported = [];
    const calls = [];
    const findings = [];
    const skipped = [];
    const failures = [];
    let testFiles = 0;
    for (const file of side.files) {
        const rel = posix(node_path_1.default.relative(root, file));
        const identity = side.identity(rel);
        const text = side.read(file);
        if (text === undefined) {
            failures.push(`costlint: cannot read ${rel}`);
            continue;
        }
        const loaded = side.configFor(node_path_1.default.dirname(file));
        if (side.tests.has(file) && !includeTests && !loaded.config.includeTests) {
            testFiles++;
            continue;
        }
        const tooBig = (0, engine_1.sizeSkipReason)(rel, text.length, loaded.config.maxFileSize);
        if (tooBig) {
            skipped.push(tooBig);
            continue;
        }
        try {
            const linted = (0, run_1.lintFile)(file, text, { config: loaded.config, pricing: loaded.pricing, project: side.project });
            const sourceFile = (0, engine_1.parseSourceCached)(file, text);
            for (const f of linted.findings) {
                const fn = (0, call_context_1.enclosingFunction)((0, call_context_1.nodeAt)(sourceFile, f.start));
                findings.push({
                    key: `${identity}\0${fn}\0${f.ruleId}\0${f.messageId}`,
                    file: rel,
                    ...(0, lint_command_1.lineColumn)(text, f.start),
                    ruleId: f.ruleId,
                    messageId: f.messageId,
                    severity: linted.severities.get(f.ruleId) ?? "warn",
                    message: f.message,
                    function: fn,
                });
            }
            side.project.nextEpoch();
            for (const e of (0, estimate_1.estimateCalls)((0, analysis_1.analyzeFile)(sourceFile, side.project), loaded)) {
                const call = (0, report_command_1.toReportedCall)(e, text, rel, root);
                const fn = (0, call_context_1.enclosingFunction)(e.node);
                const callee = (0, call_context_1.calleeText)(e.node);
                reported.push(call);
                calls.push({ key: `${identity}\0${fn}`, fn, callee, file: rel, call });
            }
        }
        catch (error) {
            failures.push(`costlint: could not estimate ${rel}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return { report: { calls: reported, totals: (0, report_command_1.reportTotals)(reported, side.files.length - testFiles), skipped, failures, testFiles }, calls, findings };
}
function sideOf(c) {
    const call = c.call;
    return {
        file: c.file,
        line: call.line,
        model: call.model,
        approximate: call.approximate,
        inputTokens: call.inputTokens,
        outputTokens: call.outputTokens,
        costUsd: call.costUsd,
        perRunUsd: (0, report_command_1.perRunUsd)(call),
        flags: call.flags,
    };
}
/**
 * Pairs the call sites of the two sides: first by file (renames followed), enclosing function and callee, in
 * order of appearance; what is left by file and function (a call whose callee changed, another SDK); the rest
 * was added or removed. Line numbers are never compared.
 */
function matchCalls(before, after) {
    const pairs = [];
    const left = new Set(before);
    const right = new Set(after);
    for (const keyOf of [(c) => `${c.key}\0${c.callee}`, (c) => c.key]) {
        const waiting = new Map();
        for (const c of left) {
            const k = keyOf(c);
            const list = waiting.get(k);
            if (list)
                list.push(c);
            else
                waiting.set(k, [c]);
        }
        for (const c of [...right]) {
            const match = waiting.get(keyOf(c))?.shift();
            if (!match)
                continue;
            pairs.push([match, c]);
            left.delete(match);
            right.delete(c);
        }
    }
    for (const c of left)
        pairs.push([c, undefined]);
    for (const c of right)
        pairs.push([undefined, c]);
    const out = [];
    for (const [b, a] of pairs) {
        const bs = b && sideOf(b);
        const as = a && sideOf(a);
        if (bs && as && bs.model === as.model && bs.inputTokens === as.inputTokens && bs.outputTokens === as.outputTokens && bs.costUsd === as.costUsd && bs.perRunUsd === as.perRunUsd)
            continue;
        const where = (a ?? b);
        const delta = (as ? as.perRunUsd : 0) === null || (bs ? bs.perRunUsd : 0) === null ? null : (0, report_command_1.round)((as?.perRunUsd ?? 0) - (bs?.perRunUsd ?? 0));
        out.push({
            change: !bs ? "added" : !as ? "removed" : "changed",
            file: where.file,
            line: where.call.line,
            function: where.fn,
            callee: where.callee,
            before: bs ?? null,
            after: as ?? null,
            deltaUsd: delta,
        });
    }
    return out;
}
/** Findings paired by file (renames followed), enclosing function, rule and message id, in order of appearance. */
function matchFindings(before, after) {
    const waiting = new Map();
    for (const f of before) {
        const list = waiting.get(f.key);
        if (list)
            list.push(f);
        else
            waiting.set(f.key, [f]);
    }
    const added = [];
    for (const f of after)
        if (!waiting.get(f.key)?.shift())
            added.push(plain(f));
    const fixed = [...waiting.values()].flat().map(plain);
    return { added, fixed };
}
function plain(f) {
    return { file: f.file, line: f.line, column: f.column, ruleId: f.ruleId, severity: f.severity, message: f.message, function: f.function };
}
//# sourceMappingURL=diff-command.js.map