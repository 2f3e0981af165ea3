// npm run bench: speed figures reported as ratios within one run (never as timed tests).
//   1. ESLint over a real codebase: @typescript-eslint/parser alone vs. the same plus costlint's `all` config.
//   2. The estimator: time per LLM call site.
//   3. The tokenizer: first load, throughput on source code, worst case (bench/tokenizer.mjs).
// BENCH_ONLY=eslint|crossfile|estimator|tokenizer runs one part; BENCH_ROUNDS=n rounds (3).
// Corpus: BENCH_CORPUS=<dir> (e.g. a checkout of a large TypeScript agent codebase), else zod's sources.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { run as runTokenizerBench } from "./tokenizer.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const plugin = require(path.join(root, "dist/eslint-plugin.cjs"));
// The same plugin without the cross-file layer (imports of the project's own modules not followed): what that layer costs.
const { createPlugin, projectConfigSettings } = require(path.join(root, "out/src/eslint/plugin.js"));
const singleFilePlugin = createPlugin({ ...projectConfigSettings(), project: undefined });
const corpus = path.resolve(process.env.BENCH_CORPUS ?? path.join(root, "node_modules/zod"));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

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

/** A rule that does nothing: what any ESLint rule costs (ESLint traverses the tree once any rule listens). */
const noop = { rules: { noop: { meta: { type: "problem", schema: [] }, create: () => ({ Program() {} }) } } };

async function lintAll(list, withCostlint) {
  const eslint = new ESLint({
    cwd: corpus,
    overrideConfigFile: true,
    cache: false,
    overrideConfig: [
      { files: ["**/*.{ts,tsx,mts,cts}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      { linterOptions: { reportUnusedDisableDirectives: "off" } },
      ...(withCostlint === true ? [{ files: ["**/*.{ts,tsx,mts,cts}"], ...plugin.configs.all }] : []),
      ...(withCostlint === "single" ? [{ files: ["**/*.{ts,tsx,mts,cts}"], ...singleFilePlugin.configs.all }] : []),
      ...(withCostlint === "noop" ? [{ files: ["**/*.{ts,tsx,mts,cts}"], plugins: { noop }, rules: { "noop/noop": "error" } }] : []),
    ],
  });
  const start = performance.now();
  const results = await eslint.lintFiles(list);
  const ms = performance.now() - start;
  const findings = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId?.startsWith("costlint/")).length, 0);
  const fatal = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal).length, 0);
  return { ms, findings, fatal };
}

async function eslintBench() {
  const list = files(corpus);
  const bytes = list.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`corpus: ${corpus} — ${list.length} TypeScript files, ${(bytes / 1e6).toFixed(1)} MB`);
  // Warm up every path over the whole corpus (module loading, JIT, tokenizer ranks): not counted.
  await lintAll(list, false);
  await lintAll(list, "noop");
  await lintAll(list, true);
  await lintAll(list, "single");
  const parseOnly = [];
  const noopRule = [];
  const withCostlint = [];
  const singleFile = [];
  let findings = 0;
  let fatal = 0;
  for (let i = 0; i < rounds; i++) {
    // Rotate the order so drift in the machine's load falls on every arm.
    const arms = [false, "noop", true, "single"];
    const order = arms.slice(i % 4).concat(arms.slice(0, i % 4));
    for (const arm of order) {
      const r = await lintAll(list, arm);
      (arm === true ? withCostlint : arm === "noop" ? noopRule : arm === "single" ? singleFile : parseOnly).push(r.ms);
      if (arm === true) {
        findings = r.findings;
        fatal = r.fatal;
      }
    }
  }
  const a = median(parseOnly);
  const n = median(noopRule);
  const b = median(withCostlint);
  const sf = median(singleFile);
  const fmt = (xs) => xs.map((x) => (x / 1000).toFixed(2)).join(", ");
  console.log(`ESLint, @typescript-eslint/parser alone:   ${(a / 1000).toFixed(2)} s (median of ${rounds}: ${fmt(parseOnly)})`);
  console.log(`ESLint, parser + one no-op rule:           ${(n / 1000).toFixed(2)} s (median of ${rounds}: ${fmt(noopRule)})`);
  console.log(`ESLint, parser + costlint all config:      ${(b / 1000).toFixed(2)} s (median of ${rounds}: ${fmt(withCostlint)})`);
  console.log(`ratio: ${(b / a).toFixed(3)} — costlint adds ${(((b - a) / a) * 100).toFixed(1)}% to parse-only time (${findings} findings, ${fatal} parse errors);`);
  console.log(`       of which ESLint's own cost of running any rule: ${(((n - a) / a) * 100).toFixed(1)}%, costlint's rules: ${(((b - n) / a) * 100).toFixed(1)}%`);
  console.log(`ESLint, parser + costlint all, single-file: ${(sf / 1000).toFixed(2)} s (median of ${rounds}: ${fmt(singleFile)})`);
  console.log(`cross-file layer in ESLint: ${(b / sf).toFixed(3)}x the single-file run (${(((b - sf) / a) * 100).toFixed(1)}% of parse-only time)`);
  return { files: list.length, parseOnlyMs: a, noopRuleMs: n, withCostlintMs: b, singleFileMs: sf, ratio: b / a, crossFileRatio: b / sf };
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

console.log("costlint benchmark (machines are shared and noisy: read the ratios, not the absolute times)\n");
// BENCH_ONLY=eslint|crossfile|estimator|tokenizer runs one part.
const only = process.env.BENCH_ONLY;
const part = (name) => !only || only === name;
const eslintFigures = part("eslint") ? await eslintBench() : undefined;
console.log("");
const crossFile = part("crossfile") ? crossFileBench() : undefined;
console.log("");
const estimator = part("estimator") ? await estimatorBench() : undefined;
console.log("");
const tokenizer = part("tokenizer") ? await runTokenizerBench() : undefined;
if (!tokenizer) process.exit(0);
const t = tokenizer;
console.log(`tokenizer: first load in a fresh process: o200k ${t.firstLoad.o200k_base.firstCountMs} ms, cl100k ${t.firstLoad.cl100k_base.firstCountMs} ms`);
console.log(`tokenizer: ${t.codeThroughput.source}: ${(t.codeThroughput.charsPerSecond / 1e6).toFixed(2)} M chars/s, ${(t.codeThroughput.tokensPerSecond / 1e6).toFixed(2)} M tokens/s (js-tiktoken's encode on the same text: ${t.codeThroughput.jsTiktokenEncodeMs} ms, ours ${t.codeThroughput.ms} ms; counts differ by ${(t.agreementOnCode.relativeDifference * 100).toFixed(3)}%)`);
console.log(`tokenizer: worst case, 200,000 times one character: ${t.worstCase.repeatedChar200k.ms} ms (${t.worstCase.repeatedChar200k.msPer10kChars} ms per 10 kB); 200,000 random letters: ${t.worstCase.randomLetters200k.ms} ms`);
if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ eslint: eslintFigures, crossFile, estimator, tokenizer }, null, 2));
