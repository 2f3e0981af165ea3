import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { analyzeFile, createProject } from "../core/detectors/analysis";
import { defaultLoadedConfig, loadConfigFor, parseConfigText, type LoadedConfig } from "../core/config/load";
import { CONFIG_FILE_NAME } from "../core/config/schema";
import { estimateCalls } from "../core/cost/estimate";
import { parseSourceCached, sizeSkipReason } from "../core/engine";
import type { Project } from "../core/project/project";
import { lintFile } from "../core/run";
import { calleeText, enclosingFunction, nodeAt } from "./call-context";
import { collectFiles, SOURCE_EXTENSIONS, testFilesAmong } from "./files";
import { changedPaths, GitTree, repositoryRoot, resolveBase } from "./git";
import { lineColumn } from "./lint-command";
import { perRunUsd, reportTotals, round, toReportedCall, type Report, type ReportedCall } from "./report-command";

/** One side of a changed call site. */
export interface DiffSide {
  /** Relative to the repository root, forward slashes. */
  file: string;
  line: number;
  model: string;
  approximate: boolean;
  inputTokens: number;
  outputTokens: number;
  /** One model call, output at its cap. */
  costUsd: number;
  /** Worst case per run (loops and agent runs at their cap); null: a loop with no cap. */
  perRunUsd: number | null;
  flags: string[];
}

export interface DiffChange {
  change: "added" | "removed" | "changed";
  /** Where the call is now (where it was, for a removed one). */
  file: string;
  line: number;
  /** The named functions around the call ("Agent.run", "(top level)") and the callee as written. */
  function: string;
  callee: string;
  before: DiffSide | null;
  after: DiffSide | null;
  /** after.perRunUsd - before.perRunUsd (a missing side counts 0); null when a side has a loop with no cap. */
  deltaUsd: number | null;
}

export interface DiffFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: "warn" | "error";
  message: string;
  function: string;
}

export interface DiffPolicy {
  failOnIncreasePercent?: number;
  failAboveUsd?: number;
}

export interface DiffResult {
  base: { ref: string; commit: string };
  changes: DiffChange[];
  /** Call sites found on both sides with the same estimate. */
  unchanged: number;
  findings: { added: DiffFinding[]; fixed: DiffFinding[] };
  totals: {
    /** The report's worst case per run summed over all call sites (loops with no cap counted apart). */
    beforeUsd: number;
    afterUsd: number;
    deltaUsd: number;
    /** null when the base had no cost. */
    deltaPercent: number | null;
    beforeCalls: number;
    afterCalls: number;
    uncappedBefore: number;
    uncappedAfter: number;
  };
  policy: DiffPolicy & { passed: boolean; reasons: string[] };
  /** Test and mock files of the work tree left out (call sites and findings), as costlint report leaves them out; 0 with includeTests. */
  testFiles: number;
  skipped: string[];
  failures: string[];
}

export interface DiffOptions {
  base: string;
  paths: string[];
  cwd: string;
  /** Thresholds from the command line; those missing are taken from costlint.config.json. */
  policy: DiffPolicy;
  /** Count test and mock files too (`--include-tests`); else `includeTests` of each file's configuration decides. */
  includeTests?: boolean;
  onConfigProblem?: (problem: string) => void;
}

interface SideCall {
  key: string;
  fn: string;
  callee: string;
  file: string;
  call: ReportedCall;
}

interface SideFinding extends DiffFinding {
  key: string;
  messageId: string;
}

interface SideResult {
  report: Report;
  calls: SideCall[];
  findings: SideFinding[];
}

/** What one side (the work tree or the base commit) is made of. */
interface Side {
  files: string[];
  /** The test and mock files among them (below the folders named). */
  tests: Set<string>;
  read(file: string): string | undefined;
  configFor(dir: string): LoadedConfig;
  project: Project;
  /** The path under which its call sites are matched (the work tree's path of a renamed file). */
  identity(rel: string): string;
}

/** Analyses the work tree and the base revision and matches their call sites and findings. */
export function buildDiff(options: DiffOptions): DiffResult {
  const root = repositoryRoot(options.cwd);
  const commit = resolveBase(root, options.base);
  const tree = new GitTree(root, commit);
  const renamed = new Map<string, string>();
  for (const change of changedPaths(root, commit)) if (change.status === "R") renamed.set(change.from, change.to);

  const realCwd = fs.realpathSync(options.cwd);
  const scopes = options.paths.map((p) => path.resolve(realCwd, p));
  const headInputs = options.paths.map((p) => path.resolve(options.cwd, p));
  const headCollected = collectFiles(headInputs);
  const headTests = testFilesAmong(headInputs, headCollected);
  const headFiles = headCollected.map((f) => realPath(f));
  const baseFiles = baseSourceFiles(tree, root, scopes);
  tree.prefetch(baseFiles);

  const headConfigs = new Map<string, LoadedConfig>();
  const head: Side = {
    files: headFiles,
    tests: new Set(headCollected.filter((f) => headTests.has(f)).map((f) => realPath(f))),
    read: (file) => {
      try {
        return fs.readFileSync(file, "utf8");
      } catch {
        return undefined;
      }
    },
    configFor: (dir) => {
      const loaded = loadConfigFor(dir);
      if (loaded.file && !headConfigs.has(loaded.file)) {
        headConfigs.set(loaded.file, loaded);
        for (const p of loaded.problems) options.onConfigProblem?.(p);
      }
      return loaded;
    },
    project: createProject(),
    identity: (rel) => rel,
  };
  const baseConfigs = new Map<string, LoadedConfig>();
  const base: Side = {
    files: baseFiles,
    tests: testFilesAmong(scopes, baseFiles),
    read: (file) => tree.readText(file),
    configFor: (dir) => {
      for (let current = dir; ; current = path.dirname(current)) {
        const candidate = path.join(current, CONFIG_FILE_NAME);
        if (tree.size(candidate) !== undefined) {
          let loaded = baseConfigs.get(candidate);
          if (!loaded) baseConfigs.set(candidate, (loaded = parseConfigText(tree.readText(candidate), `${options.base}:${posix(path.relative(root, candidate))}`)));
          return loaded;
        }
        if (current === root || current === path.dirname(current)) break;
      }
      return root === path.dirname(root) ? defaultLoadedConfig() : loadConfigFor(path.dirname(root));
    },
    project: createProject({ tree }),
    identity: (rel) => renamed.get(rel) ?? rel,
  };

  const after = analyseSide(head, root, !!options.includeTests);
  const before = analyseSide(base, root, !!options.includeTests);
  const changes = matchCalls(before.calls, after.calls);
  const unchanged = after.calls.length - changes.filter((c) => c.change !== "removed").length;
  const findings = matchFindings(before.findings, after.findings);

  // Thresholds: the flags, else the work tree's costlint.config.json at the repository root.
  const rootConfig = head.configFor(realCwd).config.diff;
  const policy: DiffPolicy = {
    ...(rootConfig.failOnIncreasePercent !== undefined ? { failOnIncreasePercent: rootConfig.failOnIncreasePercent } : {}),
    ...(rootConfig.failAboveUsd !== undefined ? { failAboveUsd: rootConfig.failAboveUsd } : {}),
    ...options.policy,
  };
  const b = before.report.totals;
  const a = after.report.totals;
  // The worst case per run of the sites with a bound; sites in loops with no cap are counted apart (uncapped*).
  const deltaUsd = round(a.cappedWorstCaseUsd - b.cappedWorstCaseUsd);
  const totals: DiffResult["totals"] = {
    beforeUsd: b.cappedWorstCaseUsd,
    afterUsd: a.cappedWorstCaseUsd,
    deltaUsd,
    deltaPercent: b.cappedWorstCaseUsd > 0 ? round((deltaUsd / b.cappedWorstCaseUsd) * 100) : null,
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

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function posix(rel: string): string {
  return rel.split(path.sep).join("/");
}

/** Whether the change keeps to the policy, and why not. */
export function checkPolicy(policy: DiffPolicy, totals: DiffResult["totals"]): { passed: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (policy.failOnIncreasePercent !== undefined) {
    const limit = policy.failOnIncreasePercent;
    if (totals.deltaUsd > 0 && (totals.deltaPercent === null || totals.deltaPercent > limit)) {
      reasons.push(
        `worst case per run grew by ${totals.deltaPercent === null ? `$${totals.deltaUsd} from $0` : `${totals.deltaPercent.toFixed(1)}%`}, above the ${limit}% allowed (--fail-on-increase)`,
      );
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
function baseSourceFiles(tree: GitTree, root: string, scopes: string[]): string[] {
  const skippedDirs = new Set(["node_modules", ".git", "dist", "out", "build", ".next", "coverage", ".vscode-test"]);
  const ignores = new Map<string, Ignore | null>();
  const rulesOf = (dir: string): Ignore | null => {
    let rules = ignores.get(dir);
    if (rules === undefined) {
      const text = tree.size(path.join(dir, ".gitignore")) !== undefined ? tree.readText(path.join(dir, ".gitignore")) : undefined;
      rules = text === undefined ? null : ignore().add(text);
      ignores.set(dir, rules);
    }
    return rules;
  };
  const ignored = (file: string): boolean => {
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const rules = rulesOf(dir);
      if (rules?.ignores(posix(path.relative(dir, file)))) return true;
      if (dir === root || dir === path.dirname(dir)) return false;
    }
  };
  return tree
    .paths()
    .filter((file) => {
      if (!scopes.some((s) => file === s || file.startsWith(s.endsWith(path.sep) ? s : s + path.sep))) return false;
      if (!SOURCE_EXTENSIONS.test(file) || /\.d\.[mc]?ts$/.test(file)) return false;
      const explicit = scopes.includes(file);
      if (!explicit && path.relative(root, file).split(path.sep).slice(0, -1).some((d) => skippedDirs.has(d))) return false;
      return explicit || !ignored(file);
    })
    .sort();
}

/** Estimates and lints every file of one side: the same per-call numbers as `costlint report`. */
function analyseSide(side: Side, root: string, includeTests: boolean): SideResult {
  const reported: ReportedCall[] = [];
  const calls: SideCall[] = [];
  const findings: SideFinding[] = [];
  const skipped: string[] = [];
  const failures: string[] = [];
  let testFiles = 0;
  for (const file of side.files) {
    const rel = posix(path.relative(root, file));
    const identity = side.identity(rel);
    const text = side.read(file);
    if (text === undefined) {
      failures.push(`costlint: cannot read ${rel}`);
      continue;
    }
    const loaded = side.configFor(path.dirname(file));
    if (side.tests.has(file) && !includeTests && !loaded.config.includeTests) {
      testFiles++;
      continue;
    }
    const tooBig = sizeSkipReason(rel, text.length, loaded.config.maxFileSize);
    if (tooBig) {
      skipped.push(tooBig);
      continue;
    }
    try {
      const linted = lintFile(file, text, { config: loaded.config, pricing: loaded.pricing, project: side.project });
      const sourceFile = parseSourceCached(file, text);
      for (const f of linted.findings) {
        const fn = enclosingFunction(nodeAt(sourceFile, f.start));
        findings.push({
          key: `${identity}\0${fn}\0${f.ruleId}\0${f.messageId}`,
          file: rel,
          ...lineColumn(text, f.start),
          ruleId: f.ruleId,
          messageId: f.messageId,
          severity: linted.severities.get(f.ruleId) ?? "warn",
          message: f.message,
          function: fn,
        });
      }
      side.project.nextEpoch();
      for (const e of estimateCalls(analyzeFile(sourceFile, side.project), loaded)) {
        const call = toReportedCall(e, text, rel, root);
        const fn = enclosingFunction(e.node);
        const callee = calleeText(e.node);
        reported.push(call);
        calls.push({ key: `${identity}\0${fn}`, fn, callee, file: rel, call });
      }
    } catch (error) {
      failures.push(`costlint: could not estimate ${rel}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { report: { calls: reported, totals: reportTotals(reported, side.files.length - testFiles), skipped, failures, testFiles }, calls, findings };
}

function sideOf(c: SideCall): DiffSide {
  const call = c.call;
  return {
    file: c.file,
    line: call.line,
    model: call.model,
    approximate: call.approximate,
    inputTokens: call.inputTokens,
    outputTokens: call.outputTokens,
    costUsd: call.costUsd,
    perRunUsd: perRunUsd(call),
    flags: call.flags,
  };
}

/**
 * Pairs the call sites of the two sides: first by file (renames followed), enclosing function and callee, in
 * order of appearance; what is left by file and function (a call whose callee changed, another SDK); the rest
 * was added or removed. Line numbers are never compared.
 */
function matchCalls(before: SideCall[], after: SideCall[]): DiffChange[] {
  const pairs: [SideCall | undefined, SideCall | undefined][] = [];
  const left = new Set(before);
  const right = new Set(after);
  for (const keyOf of [(c: SideCall) => `${c.key}\0${c.callee}`, (c: SideCall) => c.key]) {
    const waiting = new Map<string, SideCall[]>();
    for (const c of left) {
      const k = keyOf(c);
      const list = waiting.get(k);
      if (list) list.push(c);
      else waiting.set(k, [c]);
    }
    for (const c of [...right]) {
      const match = waiting.get(keyOf(c))?.shift();
      if (!match) continue;
      pairs.push([match, c]);
      left.delete(match);
      right.delete(c);
    }
  }
  for (const c of left) pairs.push([c, undefined]);
  for (const c of right) pairs.push([undefined, c]);
  const out: DiffChange[] = [];
  for (const [b, a] of pairs) {
    const bs = b && sideOf(b);
    const as = a && sideOf(a);
    if (bs && as && bs.model === as.model && bs.inputTokens === as.inputTokens && bs.outputTokens === as.outputTokens && bs.costUsd === as.costUsd && bs.perRunUsd === as.perRunUsd) continue;
    const where = (a ?? b)!;
    const delta = (as ? as.perRunUsd : 0) === null || (bs ? bs.perRunUsd : 0) === null ? null : round((as?.perRunUsd ?? 0) - (bs?.perRunUsd ?? 0));
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
function matchFindings(before: SideFinding[], after: SideFinding[]): DiffResult["findings"] {
  const waiting = new Map<string, SideFinding[]>();
  for (const f of before) {
    const list = waiting.get(f.key);
    if (list) list.push(f);
    else waiting.set(f.key, [f]);
  }
  const added: DiffFinding[] = [];
  for (const f of after) if (!waiting.get(f.key)?.shift()) added.push(plain(f));
  const fixed = [...waiting.values()].flat().map(plain);
  return { added, fixed };
}

function plain(f: SideFinding): DiffFinding {
  return { file: f.file, line: f.line, column: f.column, ruleId: f.ruleId, severity: f.severity, message: f.message, function: f.function };
}
