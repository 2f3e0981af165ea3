// One arm of the ESLint benchmark, in its own process (so its peak memory is its own):
//   node bench/eslint-arm.mjs <arm> <corpus> <file list (JSON)>
// arm: parse (the parser alone), noop (one rule that does nothing), all (costlint's all config),
// single (the same without the cross-file layer), base (the all config of another build: BENCH_ESLINT_BASE=<its dist/>).
// Prints { cpuMs, maxRssMb, findings, fatal }.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tsParser from "@typescript-eslint/parser";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [arm, corpus, listFile] = process.argv.slice(2);
const list = JSON.parse(fs.readFileSync(listFile, "utf8"));
const files = ["**/*.{ts,tsx,mts,cts}"];

/** A rule that does nothing: what any ESLint rule costs (ESLint traverses the tree once any rule listens). */
const noop = { rules: { noop: { meta: { type: "problem", schema: [] }, create: () => ({ Program() {} }) } } };

function armConfig() {
  switch (arm) {
    case "parse":
      return [];
    case "noop":
      return [{ files, plugins: { noop }, rules: { "noop/noop": "error" } }];
    case "all":
      return [{ files, ...require(path.join(root, "dist/eslint-plugin.cjs")).configs.all }];
    case "base":
      // An earlier build's plugin (a copied dist/ finds its dependencies through NODE_PATH, set by bench/run.mjs).
      return [{ files, ...require(path.join(path.resolve(process.env.BENCH_ESLINT_BASE), "eslint-plugin.cjs")).configs.all }];
    case "single": {
      // The same plugin without the cross-file layer (imports of the project's own modules not followed).
      const { createPlugin, projectConfigSettings } = require(path.join(root, "out/src/eslint/plugin.js"));
      return [{ files, ...createPlugin({ ...projectConfigSettings(), project: undefined }).configs.all }];
    }
    default:
      throw new Error(`unknown arm ${arm}`);
  }
}

const start = process.cpuUsage();
const eslint = new ESLint({
  cwd: corpus,
  overrideConfigFile: true,
  cache: false,
  overrideConfig: [
    { files, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
    ...armConfig(),
  ],
});
const results = await eslint.lintFiles(list);
const used = process.cpuUsage(start);
const findings = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId?.startsWith("costlint/")).length, 0);
const fatal = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal).length, 0);
process.stdout.write(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, findings, fatal }));
