// node bench/stress.mjs [size-in-bytes]: CPU time of each stress shape (test/core/stress-shapes.ts) through the
// CLI's engine path (every rule + the estimate) and through ESLint (every rule), each shape in its own process with
// a time limit (STRESS_TIMEOUT seconds, 120). costlint's own time in ESLint is the run with its rules less a run of the
// same parser with no rules on the same text (after it, so the parser is no colder than in the first). Needs
// `npm run build && npm run compile-tests` first.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { STRESS_SHAPES } = require(path.join(root, "out/test/core/stress-shapes.js"));
const [, , sizeArg, one, which] = process.argv;
const size = Number(sizeArg ?? 100_000);

if (one === "--one") {
  const { cpuMs, runEngine, makeEslint, makeParseOnlyEslint, runEslint } = require(path.join(root, "out/test/core/stress-run.js"));
  const shape = STRESS_SHAPES[Number(which)];
  const text = shape.make(size);
  const out = { bytes: text.length };
  // Warm up: load the tokenizer, JIT the walk, so the figures are what this shape costs.
  const warm = STRESS_SHAPES.find((s) => s.name === "many agent functions").make(5_000);
  runEngine("warm.ts", warm);
  const eslint = makeEslint(root);
  const parseOnly = makeParseOnlyEslint(root);
  await runEslint(eslint, root, "warm.ts", warm);
  await runEslint(parseOnly, root, "warm.ts", warm);
  out.engineMs = await cpuMs(() => {
    const r = runEngine("stress.ts", text);
    out.engine = r.failures.length ? r.failures.join("; ").slice(0, 200) : r.skipped ? `skipped: ${r.skipped.slice(0, 80)}` : `${r.findings} findings, ${r.estimates} estimates`;
  });
  out.eslintMs = await cpuMs(async () => {
    const r = await runEslint(eslint, root, "stress.ts", text);
    out.eslint = `${r.messages.length} messages`;
    const warned = r.messages.filter((m) => m.fatal).map((m) => m.message);
    if (warned.length) out.eslint += ` fatal: ${warned[0].slice(0, 100)}`;
  });
  out.parseOnlyMs = await cpuMs(() => runEslint(parseOnly, root, "stress.ts", text));
  console.log(JSON.stringify(out));
} else {
  const timeout = Number(process.env.STRESS_TIMEOUT ?? 120) * 1000;
  const only = process.env.STRESS_ONLY;
  for (let i = 0; i < STRESS_SHAPES.length; i++) {
    const shape = STRESS_SHAPES[i];
    if (only && !shape.name.includes(only)) continue;
    const started = Date.now();
    const child = spawnSync(process.execPath, ["--stack-size=984", fileURLToPath(import.meta.url), String(size), "--one", String(i)], { encoding: "utf8", timeout });
    const line = child.stdout.trim().split("\n").pop();
    let result;
    try {
      result = JSON.parse(line);
    } catch {
      result = { error: child.error ? `timed out after ${Math.round((Date.now() - started) / 1000)} s` : (child.stderr || "").split("\n").filter((l) => /Error|    at /.test(l)).slice(0, 6).join(" | ") ?? `exit ${child.status}` };
    }
    const per100k = (ms) => (shape.scales && result.bytes ? `${Math.round((ms * 100_000) / result.bytes)} ms/100KB` : `${Math.round(ms)} ms`);
    console.log(
      result.error
        ? `${shape.name}: ${result.error}`
        : `${shape.name} (${result.bytes} B): engine ${Math.round(result.engineMs)} ms (${per100k(result.engineMs)}) [${result.engine}]; eslint ${Math.round(result.eslintMs)} ms (${per100k(result.eslintMs)}), of which costlint ${per100k(Math.max(0, result.eslintMs - result.parseOnlyMs))} (ESLint alone ${per100k(result.parseOnlyMs)}) [${result.eslint}]`,
    );
  }
}
