import path from "node:path";
import { configPerFolder, type LoadedConfig } from "../core/config/load";
import { readRegularFile } from "../core/project/read-file";
import { createProject } from "../core/detectors/analysis";
import { lintFile } from "../core/run";
import type { Finding } from "../core/types";
import { bold, dim, red, yellow, type Colors } from "./colors";
import { collectFiles, projectRootOf } from "./files";
import { safeLine } from "./safe-text";

export interface LintedFile {
  file: string;
  findings: (Finding & { line: number; column: number; endLine: number; endColumn: number; severity: "warn" | "error" })[];
  skipped?: string;
  /** Rules that failed internally on this file (they reported nothing for it). */
  failures: string[];
}

export interface LintOptions {
  all: boolean;
  cwd: string;
  /** Called with each configuration problem once. */
  onConfigProblem?: (problem: string) => void;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function endOf(text: string, offset: number): { endLine: number; endColumn: number } {
  const { line, column } = lineColumn(text, offset);
  return { endLine: line, endColumn: column };
}

/** Reports each configuration file's problems once. */
export function configProblemReporter(report: ((problem: string) => void) | undefined): (problems: string[], file: string | undefined) => void {
  const said = new Set<string>();
  return (problems, file) => {
    if (!report || !file || said.has(file)) return;
    said.add(file);
    for (const p of problems) report(p);
  };
}

/** The configuration for each file (the nearest costlint.config.json up to the project root), found once per folder. */
export function configForFiles(cwd: string): (file: string) => LoadedConfig {
  const perFolder = configPerFolder((dir) => projectRootOf(dir, cwd));
  return (file) => perFolder(path.dirname(file));
}

/**
 * A source file's text as the CLI reads it: a regular file, at most 3 bytes a character of the size limit (a FIFO,
 * a device or an unreadable file is skipped with its reason instead of hanging or crashing the run).
 */
export function readSource(file: string, maxFileSize: number, shown: string): { text: string } | { skipped: string } {
  const read = readRegularFile(file, maxFileSize * 3);
  return read.text !== undefined ? { text: read.text } : { skipped: `costlint skipped ${shown}: ${read.error}` };
}

/** Runs the rules over files with the nearest costlint.config.json: the same engine and rules as the ESLint plugin. */
export function lintFiles(paths: string[], options: LintOptions): LintedFile[] {
  const sayProblems = configProblemReporter(options.onConfigProblem);
  // One run over files that do not change under it: each file is compared with the disk once.
  const project = createProject({ unchanging: true });
  const skippedPaths: string[] = [];
  const configFor = configForFiles(options.cwd);
  const results = collectFiles(paths, skippedPaths, options.cwd).map((file): LintedFile => {
    const loaded = configFor(file);
    sayProblems(loaded.problems, loaded.file);
    const shown = path.relative(options.cwd, file) || file;
    const source = readSource(file, loaded.config.maxFileSize, shown);
    if (!("text" in source)) return { file: shown, findings: [], skipped: source.skipped, failures: [] };
    const text = source.text;
    const result = lintFile(path.resolve(file), text, { config: loaded.config, pricing: loaded.pricing, all: options.all, project });
    return {
      file: shown,
      findings: result.findings.map((f) => ({ ...f, ...lineColumn(text, f.start), ...endOf(text, f.end), severity: result.severities.get(f.ruleId) ?? "warn" })),
      ...(result.skipped ? { skipped: result.skipped } : {}),
      failures: result.failures.map((f) => `costlint: rule ${f.ruleId} failed on ${file} and reported nothing for it: ${f.error instanceof Error ? f.error.message : String(f.error)}`),
    };
  });
  return [...skippedPaths.map((skipped): LintedFile => ({ file: "", findings: [], skipped, failures: [] })), ...results];
}

/** ESLint's "stylish" shape: a block per file, then a total. */
export function formatLint(results: LintedFile[], colors: Colors): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.skipped) lines.push(dim(colors, safeLine(result.skipped)));
    if (result.findings.length === 0) continue;
    lines.push("", bold(colors, safeLine(result.file)));
    for (const f of result.findings) {
      const sev = f.severity === "error" ? red(colors, "error") : yellow(colors, "warning");
      if (f.severity === "error") errors++;
      else warnings++;
      lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev.padEnd(colors.enabled ? 16 : 7)}  ${safeLine(f.message)}  ${dim(colors, `costlint/${f.ruleId}`)}`);
    }
  }
  const total = errors + warnings;
  lines.push("", total === 0 ? "No cost risks found." : bold(colors, `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`));
  return lines.join("\n");
}
