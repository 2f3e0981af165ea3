// npm run bench: speed figures reported as ratios within one run (never as timed tests), each next to its target.
//   1. ESLint over a real codebase, then over generated agent code (bench/agent-app.mjs): the parser alone, one
//      no-op rule, costlint's `all` config (and `all` without the cross-file layer), each in its own process: CPU
//      time and peak memory, arms interleaved.
//   2. The cross-file layer in process; 3. the estimator per call site; 4. the tokenizer (bench/tokenizer.mjs);
//   5. the editor's engine time per edit of a 3,000-line agent file; 6. cold start (a fresh process loads the
//      engine and analyses one file); 7. `costlint report` against a bare TypeScript parse of the same files, on the
//      corpus and on agent code (the same synthetic agent app, bench/agent-app.mjs, or BENCH_AGENT_CORPUS).
// BENCH_ONLY=eslint|crossfile|estimator|tokenizer|editor|cold|cli runs one part; BENCH_ROUNDS=n rounds (3).
// Corpus: BENCH_CORPUS=<dir> (e.g. a checkout of a large TypeScript agent codebase), else zod's sources.
// Agent code for the CLI figure: BENCH_AGENT_CORPUS=<dir> (a checkout of an agent app), else the synthetic app.
// BENCH_CLI_BASE=<dir with an earlier build's cli.js> runs that CLI too, in the same rounds: before/after in one run.
// BENCH_ESLINT_BASE=<an earlier build's dist/> adds its plugin's all config as an ESLint arm in the same rounds.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { agentFile } from "./agent-file.mjs";
import { writeAgentApp } from "./agent-app.mjs";
import { run as runTokenizerBench } from "./tokenizer.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(process.env.BENCH_CORPUS ?? path.join(root, "node_modules/zod"));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
/** Every figure with its target, printed together at the end. */
const summary = [];
function target(name, value, unit, limit, better = "below") {
  const met = better === "below" ? value <= limit : value >= limit;
  summary.push(`${met ? "met    " : "NOT MET"}  ${name}: ${fmtNum(value)}${unit} (target ${better === "below" ? "<=" : ">="} ${fmtNum(limit)}${unit})`);
}
const fmtNum = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3).replace(/0+$/, "").replace(/\.$/, ""));

function files(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files(full, out);
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function cpuMs(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function node(args) {
  // NODE_PATH: a copied dist/ (BENCH_ESLINT_BASE) resolves its external dependencies from this checkout.
  const env = { ...process.env, NODE_PATH: [path.join(root, "node_modules"), process.env.NODE_PATH].filter(Boolean).join(path.delimiter) };
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env }));
}

async function eslintBench(corpus, label) {
  const list = files(corpus);
  const bytes = list.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`${label} corpus: ${corpus} — ${list.length} TypeScript files, ${(bytes / 1e6).toFixed(1)} MB`);
  const listFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "costlint-bench-")), "files.json");
  fs.writeFileSync(listFile, JSON.stringify(list));
  const base = process.env.BENCH_ESLINT_BASE;
  const arms = ["parse", "noop", "all", "single", ...(base ? ["base"] : [])];
  const runs = Object.fromEntries(arms.map((arm) => [arm, []]));
  let findings = 0;
  let fatal = 0;
  let baseFindings = 0;
  for (let i = 0; i < rounds; i++) {
    // Rotate the order so drift in the machine's load falls on every arm.
    for (const arm of arms.slice(i % arms.length).concat(arms.slice(0, i % arms.length))) {
      const r = node([path.join(root, "bench/eslint-arm.mjs"), arm, corpus, listFile]);
      runs[arm].push(r);
      if (arm === "all") ({ findings, fatal } = r);
      if (arm === "base") baseFindings = r.findings;
    }
  }
  fs.rmSync(path.dirname(listFile), { recursive: true, force: true });
  const cpu = (arm) => median(runs[arm].map((r) => r.cpuMs));
  const rss = (arm) => median(runs[arm].map((r) => r.maxRssMb));
  const fmt = (arm) => runs[arm].map((r) => (r.cpuMs / 1000).toFixed(2)).join(", ");
  const [a, n, b, sf] = arms.map(cpu);
  console.log(`ESLint CPU (each arm its own process; median of ${rounds}), peak RSS:`);
  console.log(`  @typescript-eslint/parser alone:    ${(a / 1000).toFixed(2)} s (${fmt("parse")}), ${rss("parse").toFixed(0)} MiB`);
  console.log(`  parser + one no-op rule:            ${(n / 1000).toFixed(2)} s (${fmt("noop")}), ${rss("noop").toFixed(0)} MiB`);
  console.log(`  parser + costlint all config:       ${(b / 1000).toFixed(2)} s (${fmt("all")}), ${rss("all").toFixed(0)} MiB (${findings} findings, ${fatal} parse errors)`);
  console.log(`  parser + costlint all, single-file: ${(sf / 1000).toFixed(2)} s (${fmt("single")}), ${rss("single").toFixed(0)} MiB`);
  if (base) {
    const bb = cpu("base");
    console.log(`  parser + the base build's all:      ${(bb / 1000).toFixed(2)} s (${fmt("base")}), ${rss("base").toFixed(0)} MiB (${baseFindings} findings; ${base})`);
    console.log(`  base build: all / no-op rule ${(bb / n).toFixed(3)}, peak memory / parse-only ${(rss("base") / rss("parse")).toFixed(3)}; this build / base build: CPU ${(b / bb).toFixed(3)}, peak memory ${(rss("all") / rss("base")).toFixed(3)}`);
  }
  console.log(`  all / parse-only ${(b / a).toFixed(3)}; all / no-op rule ${(b / n).toFixed(3)}; cross-file layer ${(b / sf).toFixed(3)}x the single-file run`);
  target(`ESLint all config, CPU / one no-op rule (${label})`, b / n, "x", 1.05);
  target(`ESLint all config, peak memory / parse-only (${label})`, rss("all") / rss("parse"), "x", 1.2);
  return { files: list.length, parseOnlyMs: a, noopRuleMs: n, withCostlintMs: b, singleFileMs: sf, ratio: b / a, ratioToNoop: b / n, crossFileRatio: b / sf, peakRssMb: Object.fromEntries(arms.map((arm) => [arm, rss(arm)])) };
}

async function estimatorBench() {
  const { parseSource } = require(path.join(root, "out/src/core/engine.js"));
  const { analyzeFile } = require(path.join(root, "out/src/core/detectors/analysis.js"));
  const { estimateCalls } = require(path.join(root, "out/src/core/cost/estimate.js"));
  const { loadConfigFor } = require(path.join(root, "out/src/core/config/load.js"));
  const sources = [...files(path.join(root, "examples")), ...(fs.existsSync(path.join(root, "test/fixtures")) ? files(path.join(root, "test/fixtures")) : []).filter((f) => fs.statSync(f).size < 200_000)];
  const texts = sources.map((f) => [f, fs.readFileSync(f, "utf8")]);
  const settings = loadConfigFor(path.join(root, "examples"));
  // warm: tokenizer ranks and JIT
  for (const [f, t] of texts) estimateCalls(analyzeFile(parseSource(f, t)), settings);
  let calls = 0;
  const start = performance.now();
  const repeats = 20;
  for (let i = 0; i < repeats; i++) {
    for (const [f, t] of texts) {
      // A new settings object per round defeats the per-analysis cache: every estimate is computed again.
      calls += estimateCalls(analyzeFile(parseSource(f, t)), { ...settings }).length;
    }
  }
  const ms = performance.now() - start;
  console.log(`estimator: ${calls} call-site estimates in ${ms.toFixed(0)} ms (parse + analysis included) = ${(ms / Math.max(1, calls)).toFixed(2)} ms per call site`);
  return { calls, msPerCall: ms / Math.max(1, calls) };
}

/**
 * The cross-file layer on its own, in process: every file of the corpus analysed without a project and with one
 * (a fresh project per round: module resolution, reading and parsing the imported modules, tracing across them).
 */
function crossFileBench() {
  const { parseSource } = require(path.join(root, "out/src/core/engine.js"));
  const { analyzeFile, createProject } = require(path.join(root, "out/src/core/detectors/analysis.js"));
  const list = files(corpus);
  const texts = list.map((f) => [f, fs.readFileSync(f, "utf8")]);
  const runOnce = (withProject) => {
    const project = withProject ? createProject() : undefined;
    let modules = 0;
    if (project) project.onRead = () => modules++;
    const start = process.cpuUsage();
    for (const [f, t] of texts) {
      project?.nextEpoch();
      analyzeFile(parseSource(f, t), project);
    }
    const used = process.cpuUsage(start);
    return { ms: (used.user + used.system) / 1000, modules };
  };
  runOnce(false);
  runOnce(true);
  const without = [];
  const withProject = [];
  let modules = 0;
  for (let i = 0; i < rounds; i++) {
    for (const arm of i % 2 ? [true, false] : [false, true]) {
      const r = runOnce(arm);
      (arm ? withProject : without).push(r.ms);
      if (arm) modules = r.modules;
    }
  }
  const a = median(without);
  const b = median(withProject);
  console.log(`cross-file layer (CPU, in process, parse + analysis of ${list.length} files; median of ${rounds}): single-file ${a.toFixed(0)} ms, with the project ${b.toFixed(0)} ms`);
  console.log(`  = ${(b / a).toFixed(3)}x; ${((b - a) / list.length).toFixed(2)} ms per file; ${modules} modules read once for the whole repo`);
  return { files: list.length, singleFileMs: a, withProjectMs: b, ratio: b / a, modulesRead: modules };
}

/**
 * The editor's engine time per edit (what the extension runs after the debounce), in process: a 3,000-line agent
 * file in a workspace folder, typed into 40 times at places spread over the file, each version analysed as the
 * extension does (open-document overlay, the window's project, the diagnostics, then the inline estimate). Two
 * paths on the same edits, interleaved: from scratch (lintFile and estimateText: a full parse and analysis per
 * version, the extension before its edit sessions) and the extension's EditSession (incremental parse; findings and
 * estimates kept across comment-only edits). Two kinds of edit: a comment typed at the end of a line (the target's
 * figure), and code typed into a function (a word in a prompt string, a statement): analysed again in full.
 * Both paths are warmed up first with a few untimed edits of each kind.
 */
function editorBench() {
  const engine = require(path.join(root, "out/src/vscode/engine-api.js"));
  const settings = { config: engine.defaultConfig(), pricing: engine.defaultPricingTable() };
  const base = agentFile(3000);
  // Each path its own copy of the file (its own parse cache entry) and its own project.
  // BENCH_EDITOR_BASELINE=<another build's out/src/vscode/engine-api.js>: its EditSession as a third arm, on the same
  // edits in the same run (before/after figures of a change to the session).
  const baselineEntry = process.env.BENCH_EDITOR_BASELINE;
  const names = baselineEntry ? ["scratch", "session", "baseline"] : ["scratch", "session"];
  const arms = names.map((name) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `costlint-editor-${name}-`));
    const file = path.join(dir, "agent.ts");
    fs.writeFileSync(file, base);
    const api = name === "baseline" ? require(path.resolve(baselineEntry)) : engine;
    return { name, dir, file, api, project: api.createProject({}), session: api.createEditSession(file) };
  });
  const analyse = (arm, text, version, changes) => {
    arm.project.files.setOverlay(arm.file, text, version);
    const start = process.cpuUsage();
    const sessionArm = arm.name !== "scratch";
    const run = sessionArm ? arm.session.lint(text, { ...settings, project: arm.project }, [changes]) : engine.lintFile(arm.file, text, { ...settings, project: arm.project });
    const lintMs = cpuMs(start);
    const calls = sessionArm ? arm.api.estimateDocument(arm.session, text, settings) : engine.estimateText(arm.file, text, settings);
    return { lintMs, totalMs: cpuMs(start), findings: run.findings.length, calls: calls.length };
  };
  let version = 1;
  const first = arms.map((arm) => analyse(arm, base, version, []));
  // Warm-up, not timed: a few edits of each kind on both paths (JIT of the incremental parser, as the first analysis
  // warms the full one), then the original text again.
  for (const kind of ["comment", "code"]) {
    let text = base;
    for (let i = 100; i < 106; i++) {
      const change = kind === "comment" ? commentEdit(text, i) : codeEdit(text, i);
      text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
      version++;
      for (const arm of arms) analyse(arm, text, version, [change]);
    }
    version++;
    for (const arm of arms) analyse(arm, base, version, []);
  }
  const results = {};
  for (const kind of ["comment", "code"]) {
    const figures = Object.fromEntries(arms.map((arm) => [arm.name, { lint: [], total: [] }]));
    let text = base;
    for (let i = 0; i < 40; i++) {
      const change = kind === "comment" ? commentEdit(text, i) : codeEdit(text, i);
      text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
      version++;
      for (const arm of i % 2 ? [...arms].reverse() : arms) {
        const r = analyse(arm, text, version, [change]);
        figures[arm.name].lint.push(r.lintMs);
        figures[arm.name].total.push(r.totalMs);
      }
    }
    results[kind] = Object.fromEntries(
      Object.entries(figures).map(([name, f]) => [name, { p50Ms: median(f.lint), p95Ms: percentile(f.lint, 95), p50WithEstimateMs: median(f.total), p95WithEstimateMs: percentile(f.total, 95) }]),
    );
    // Back to the original text for the next kind (analysed once on both paths).
    version++;
    for (const arm of arms) analyse(arm, base, version, []);
  }
  for (const arm of arms) fs.rmSync(arm.dir, { recursive: true, force: true });
  const line = (r) => `p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms; with the inline estimate p50 ${r.p50WithEstimateMs.toFixed(1)} ms, p95 ${r.p95WithEstimateMs.toFixed(1)} ms`;
  console.log(`editor (in process, CPU): 3,000-line agent file, ${first[0].findings} diagnostics, ${first[0].calls} call sites; first analysis ${first[0].lintMs.toFixed(0)} ms (+ estimate: ${first[0].totalMs.toFixed(0)} ms)`);
  console.log("  edit -> diagnostics, engine time over 40 edits (the same edits on both paths, interleaved):");
  for (const kind of ["comment", "code"]) {
    console.log(`  ${kind === "comment" ? "a comment typed at a line's end" : "code typed into a function (a prompt word, a statement)"}:`);
    console.log(`    from scratch (full parse + analysis): ${line(results[kind].scratch)}`);
    console.log(`    edit session (incremental):           ${line(results[kind].session)}`);
    if (results[kind].baseline) console.log(`    baseline's edit session:              ${line(results[kind].baseline)}`);
  }
  const p95 = results.comment.session.p95Ms;
  target("editor: edit -> diagnostics, engine time p95 (3,000-line agent file, comment edits)", p95, " ms", 10);
  target("editor: edit -> diagnostics, engine time p95 (3,000-line agent file, code edits)", results.code.session.p95Ms, " ms", 10);
  return { firstMs: first[0].lintMs, p50Ms: results.comment.session.p50Ms, p95Ms: p95, p95WithEstimateMs: results.comment.session.p95WithEstimateMs, kinds: results };
}

/** A comment typed at the end of a line of code spread over the file (` // edit 7`). */
function commentEdit(text, i) {
  const lines = text.split("\n");
  let line = Math.floor(((i * 7919) % 2900) + 50);
  while (line < lines.length - 1 && !/\S/.test(lines[line])) line++;
  const offset = lines.slice(0, line + 1).join("\n").length;
  return { rangeOffset: offset, rangeLength: 0, text: ` // edit ${i}` };
}

/** Code typed into a function: a word added to a prompt string, or a statement after a function's first line. */
function codeEdit(text, i) {
  const anchors = i % 2 ? ["in three sentences.", "Look up order"] : ["Promise<string> {\n"];
  let offset = -1;
  for (let n = 0, from = Math.floor((((i * 7919) % 2900) / 3000) * text.length); offset === -1 && n < 2; n++, from = 0) {
    for (const anchor of anchors) {
      const at = text.indexOf(anchor, from);
      if (at !== -1) {
        offset = at + anchor.length;
        break;
      }
    }
  }
  return { rangeOffset: offset, rangeLength: 0, text: i % 2 ? " Be brief" : `  const step${i} = ${i};\n` };
}

/**
 * Cold start: a fresh node process loads the engine as the extension does on its first analysis (the bundle the
 * extension requires on first use, else the compiled engine API) and analyses the 3,000-line agent file: the floor
 * of "first diagnostics after a file opens in a new window". The inline estimate (tokenizer load) comes after.
 */
function coldStart() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-cold-"));
  const file = path.join(dir, "agent.ts");
  fs.writeFileSync(file, agentFile(3000));
  const bundle = path.join(root, "dist/engine-api.js");
  const entry = fs.existsSync(bundle) ? bundle : path.join(root, "out/src/vscode/engine-api.js");
  const script = `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const t0 = cpu();
    const engine = require(${JSON.stringify(entry)});
    const t1 = cpu();
    const text = require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8");
    const settings = { config: engine.defaultConfig(), pricing: engine.defaultPricingTable() };
    const run = engine.lintFile(${JSON.stringify(file)}, text, { ...settings, project: engine.createProject({}) });
    const t2 = cpu();
    engine.estimateText(${JSON.stringify(file)}, text, settings);
    const t3 = cpu();
    process.stdout.write(JSON.stringify({ loadMs: t1 - t0, firstLintMs: t2 - t1, estimateMs: t3 - t2, findings: run.findings.length }));
  `;
  const runs = [];
  for (let i = 0; i < rounds; i++) runs.push(node(["-e", script]));
  fs.rmSync(dir, { recursive: true, force: true });
  const load = median(runs.map((r) => r.loadMs));
  const lint = median(runs.map((r) => r.firstLintMs));
  const estimate = median(runs.map((r) => r.estimateMs));
  console.log(`cold start (fresh process, CPU, median of ${rounds}; ${path.relative(root, entry)}): engine load ${load.toFixed(0)} ms + first analysis of the agent file ${lint.toFixed(0)} ms = ${(load + lint).toFixed(0)} ms to diagnostics; then the inline estimate (tokenizer load) ${estimate.toFixed(0)} ms`);
  target("cold start: engine load + first file's diagnostics", load + lint, " ms", 1000);
  return { engine: path.relative(root, entry), loadMs: load, firstLintMs: lint, estimateMs: estimate };
}

/**
 * `costlint report --json` against a bare TypeScript parse of the same files (each a fresh process, CPU), on two
 * codebases: the corpus (BENCH_CORPUS, else zod: a library, where most files cannot hold a call and are skipped
 * unparsed) and agent code (bench/agent-app.mjs: a synthetic agent app written to a temporary folder, whose call
 * sites are reached across files; BENCH_AGENT_CORPUS=<dir> puts a real one in its place, e.g. a checkout of an
 * agent app).
 */
function cliBench() {
  const agentDir = process.env.BENCH_AGENT_CORPUS ? path.resolve(process.env.BENCH_AGENT_CORPUS) : fs.mkdtempSync(path.join(os.tmpdir(), "costlint-agent-app-"));
  if (!process.env.BENCH_AGENT_CORPUS) writeAgentApp(agentDir);
  try {
    return {
      corpus: cliArm(corpus, process.env.BENCH_CORPUS ? "the corpus" : "zod (a library)"),
      agent: cliArm(agentDir, process.env.BENCH_AGENT_CORPUS ? "the agent corpus" : "a synthetic agent app (bench/agent-app.mjs)"),
    };
  } finally {
    if (!process.env.BENCH_AGENT_CORPUS) fs.rmSync(agentDir, { recursive: true, force: true });
  }
}

function cliArm(dir, name) {
  const list = files(dir);
  const parseScript = `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const t0 = cpu();
    const ts = require(${JSON.stringify(require.resolve("typescript"))});
    const fs = require("node:fs");
    const list = JSON.parse(process.argv[1]);
    let nodes = 0;
    for (const f of list) nodes += ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true).statements.length;
    process.stdout.write(JSON.stringify({ cpuMs: cpu() - t0, nodes }));
  `;
  const parse = [];
  const report = [];
  const base = process.env.BENCH_CLI_BASE && path.resolve(process.env.BENCH_CLI_BASE);
  const baseReport = [];
  let calls = 0;
  for (let i = 0; i < rounds; i++) {
    parse.push(node(["-e", parseScript, JSON.stringify(list)]).cpuMs);
    childCpuMs();
    // The same files, named one by one (a folder under node_modules, like the default corpus, would be skipped).
    const out = execFileSync(process.execPath, [path.join(root, "dist/cli.js"), "report", "--json", ...list], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
    report.push(childCpuMs());
    calls = JSON.parse(out).calls.length;
    if (base) {
      // Another build's CLI (a copy of an earlier dist/; its dependencies from this checkout), in the same rounds.
      execFileSync(process.execPath, [path.join(base, "cli.js"), "report", "--json", ...list], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, NODE_PATH: path.join(root, "node_modules") } });
      baseReport.push(childCpuMs());
    }
  }
  const a = median(parse);
  const b = median(report);
  console.log(`CLI: costlint report --json over ${name} (${calls} call sites) ${b.toFixed(0)} ms CPU vs a bare TypeScript parse of the same ${list.length} files ${a.toFixed(0)} ms: ${(b / a).toFixed(2)}x (median of ${rounds}, interleaved)`);
  if (base) console.log(`  BENCH_CLI_BASE ${base}: ${median(baseReport).toFixed(0)} ms CPU = ${(median(baseReport) / a).toFixed(2)}x the bare parse`);
  target(`CLI report / bare TypeScript parse, ${name}`, b / a, "x", 1.5);
  return { parseMs: a, reportMs: b, ratio: b / a, calls, ...(base ? { baseReportMs: median(baseReport), baseRatio: median(baseReport) / a } : {}) };
}

/**
 * CPU time of the child processes that finished since the last call (Linux: /proc/self/stat's cutime + cstime, in
 * clock ticks of 10 ms; node has no API for a finished child's CPU time).
 */
let childTicksBefore = 0;
function childCpuMs() {
  const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  const ticks = Number(fields[13]) + Number(fields[14]); // cutime, cstime (fields 16 and 17 of stat)
  const ms = ((ticks - childTicksBefore) * 1000) / 100;
  childTicksBefore = ticks;
  return ms;
}

console.log("costlint benchmark (machines are shared and noisy: read the ratios, not the absolute times)\n");
const only = process.env.BENCH_ONLY;
const part = (name) => !only || only === name;
const figures = {};
if (part("eslint")) {
  figures.eslint = await eslintBench(corpus, "code base");
  // Agent code (bench/agent-app.mjs, generated; the CLI arm's corpus too): LLM calls, wrappers across files, tools,
  // findings, an import cycle.
  const agentDir = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-bench-agents-"));
  try {
    writeAgentApp(agentDir);
    console.log("");
    figures.eslintAgentCode = await eslintBench(agentDir, "agent code");
  } finally {
    fs.rmSync(agentDir, { recursive: true, force: true });
  }
}
if (part("crossfile")) figures.crossFile = (console.log(""), crossFileBench());
if (part("estimator")) figures.estimator = (console.log(""), await estimatorBench());
if (part("tokenizer")) {
  console.log("");
  const t = (figures.tokenizer = await runTokenizerBench());
  const load = t.firstLoad;
  console.log(`tokenizer: first load in a fresh process (CPU): o200k ${load.o200k_base.firstCountMs} ms and ${load.o200k_base.liveMb} MB (RSS +${load.o200k_base.rssMb} MB), cl100k ${load.cl100k_base.firstCountMs} ms and ${load.cl100k_base.liveMb} MB (RSS +${load.cl100k_base.rssMb} MB)`);
  console.log(`tokenizer: ${t.codeThroughput.source}: ${(t.codeThroughput.charsPerSecond / 1e6).toFixed(2)} M chars/s, ${(t.codeThroughput.tokensPerSecond / 1e6).toFixed(2)} M tokens/s (js-tiktoken's encode on the same text: ${t.codeThroughput.jsTiktokenEncodeMs} ms, ours ${t.codeThroughput.ms} ms; counts differ by ${(t.agreementOnCode.relativeDifference * 100).toFixed(3)}%)`);
  console.log(`tokenizer: worst case, 200,000 times one character: ${t.worstCase.repeatedChar200k.ms} ms (${t.worstCase.repeatedChar200k.msPer10kChars} ms per 10 kB); 200,000 random letters: ${t.worstCase.randomLetters200k.ms} ms (${t.worstCase.randomLetters200k.msPer10kChars} ms per 10 kB)`);
  for (const encoding of ["o200k_base", "cl100k_base"]) {
    target(`tokenizer ${encoding}: first load, CPU`, load[encoding].firstCountMs, " ms", 350);
    target(`tokenizer ${encoding}: first load, memory`, load[encoding].liveMb, " MB", 20);
  }
  target("tokenizer: throughput on source code", t.codeThroughput.charsPerSecond / 1e6, " M chars/s", 5, "above");
  target("tokenizer: worst case linear (random letters: time of 200,000 chars / 10x the time of 20,000)", t.worstCase.randomLetters20k.growthTo200k, "", 2);
}
if (part("editor")) figures.editor = (console.log(""), editorBench());
if (part("cold")) figures.coldStart = (console.log(""), coldStart());
if (part("cli")) figures.cli = (console.log(""), cliBench());
console.log(`\ntargets (issue 12):\n  ${summary.join("\n  ")}`);
if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 2));
