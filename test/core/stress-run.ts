import path from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { defaultConfig } from "../../src/core/config/schema";
import { estimateCalls } from "../../src/core/cost/estimate";
import { defaultPricingTable } from "../../src/core/cost/pricing";
import { analyzeFile } from "../../src/core/detectors/analysis";
import { parseSource } from "../../src/core/engine";
import { lintFile } from "../../src/core/run";
import { createPlugin } from "../../src/eslint/plugin";

/** CPU milliseconds (user + system) a function takes. */
export async function cpuMs(f: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const settings = { config: defaultConfig(), pricing: defaultPricingTable(), all: true };

/** The CLI's engine path: `costlint lint` with every rule, then `costlint report`'s estimate. Throws what escapes. */
export function runEngine(fileName: string, text: string): { findings: number; messages: string[]; failures: string[]; skipped?: string; estimates: number } {
  const result = lintFile(fileName, text, settings);
  const estimates = result.skipped ? [] : estimateCalls(analyzeFile(parseSource(fileName, text)), settings);
  return { findings: result.findings.length, messages: result.findings.map((f) => f.message), failures: result.failures.map((f) => `${f.ruleId}: ${String(f.error)}`), ...(result.skipped ? { skipped: result.skipped } : {}), estimates: estimates.length };
}

/** ESLint with the plugin's `all` config and @typescript-eslint/parser (espree for .js). */
export function makeEslint(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [{ files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser } }, createPlugin().configs.all],
  } as ConstructorParameters<typeof ESLint>[0]);
}

/** ESLint with the same parser and no rules: what ESLint itself costs on a file, for telling costlint's own share. */
export function makeParseOnlyEslint(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [{ files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser } }],
  } as ConstructorParameters<typeof ESLint>[0]);
}

export async function runEslint(eslint: ESLint, cwd: string, fileName: string, text: string): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(text, { filePath: path.join(cwd, fileName) });
  return result!;
}
