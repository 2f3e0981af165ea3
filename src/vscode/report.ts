/**
 * The workspace cost report: every LLM call site of the workspace with its estimate. Files are read through
 * vscode.workspace.fs (open documents: their current text), so it works in virtual workspaces; nothing is run.
 */
import path from "node:path";
import * as vscode from "vscode";
import { engineFileName } from "./file-names";
import type { ConfigResolver } from "./config-resolver";
import { lineAt, lineStarts } from "./disable-comments";
import { engine } from "./engine";
import type { Estimates } from "./estimates";
import { worstCasePerRun, type CallView } from "./format";
import { costTotals, withSites, type CostTotals } from "../core/cost/totals";
import type { Log } from "./log";
import type { Project } from "../core/project/project";
import { isTestPath } from "../core/project/test-files";

export const INCLUDE = "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,vue,svelte,astro}";
export const EXCLUDE = "{**/node_modules/**,**/dist/**,**/out/**,**/build/**,**/coverage/**,**/.*/**,**/*.d.ts,**/*.min.js}";
const MAX_FILES = 5000;

export interface ReportRow {
  file: string;
  uri: string;
  /** 0-based. */
  line: number;
  character: number;
  callee: string;
  sdk: string;
  model: string;
  approximate: boolean;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** Worst case per run (loops at their caps, growing histories at the last assumed turn); null: no cap. */
  runUsd: number | null;
  flags: string[];
}

export interface Report {
  rows: ReportRow[];
  /** costTotals() of every call: the numbers the CLI report and the status bar give for the same files. */
  totals: CostTotals;
  files: number;
  filesWithCalls: number;
  /** Test and mock files left out (`isTestPath`, as `costlint report` leaves them out); `"includeTests": true` in costlint.config.json counts them. */
  testFiles: number;
  ms: number;
  truncated: boolean;
}

const LANGUAGE_BY_EXTENSION: Record<string, string> = { ts: "typescript", mts: "typescript", cts: "typescript", tsx: "typescriptreact", js: "javascript", mjs: "javascript", cjs: "javascript", jsx: "javascriptreact", vue: "vue", svelte: "svelte", astro: "astro" };

function languageOf(uri: vscode.Uri): string {
  return LANGUAGE_BY_EXTENSION[/\.([a-z]+)$/i.exec(uri.path)?.[1]?.toLowerCase() ?? "ts"] ?? "typescript";
}

export function rowsOf(uri: vscode.Uri, text: string, calls: readonly CallView[]): ReportRow[] {
  const starts = lineStarts(text);
  return calls.map((c) => {
    const line = lineAt(starts, c.start);
    return {
      file: vscode.workspace.asRelativePath(uri),
      uri: uri.toString(),
      line,
      character: c.start - starts[line]!,
      callee: c.callee.length > 60 ? `${c.callee.slice(0, 59)}…` : c.callee,
      sdk: c.sdk,
      model: c.model,
      approximate: c.approximate,
      inputTokens: c.inputTokens,
      outputTokens: c.outputTokens,
      costUsd: c.costUsd,
      runUsd: worstCasePerRun(c),
      flags: c.flags,
    };
  });
}

export async function collectReport(
  resolver: ConfigResolver,
  estimates: Estimates,
  log: Log,
  token: vscode.CancellationToken,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
): Promise<Report> {
  const started = performance.now();
  const uris = await vscode.workspace.findFiles(INCLUDE, EXCLUDE, MAX_FILES + 1, token);
  const truncated = uris.length > MAX_FILES;
  const files = uris.slice(0, MAX_FILES).sort((a, b) => a.toString().localeCompare(b.toString()));
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const rows: ReportRow[] = [];
  const all: (CallView & { site: string })[] = [];
  // Files not open are analysed here, following their imports (wrappers in other modules) as `costlint report` does.
  let project: Project | undefined;
  let filesWithCalls = 0;
  let testFiles = 0;
  for (let i = 0; i < files.length; i++) {
    if (token.isCancellationRequested) break;
    const uri = files[i]!;
    if (i % 20 === 0) {
      progress?.report({ message: `${i}/${files.length} files`, increment: (20 / Math.max(files.length, 1)) * 100 });
      await new Promise((resolve) => setImmediate(resolve)); // let the extension host breathe
    }
    try {
      const resolved = await resolver.resolve(uri);
      if (!resolved.enable) continue;
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      // Below the workspace folder only (URI paths are POSIX on every platform).
      const below = folder ? path.posix.relative(folder.uri.path, uri.path) : "";
      if (!resolved.config.includeTests && below && !below.startsWith("..") && isTestPath(below)) {
        testFiles++;
        continue;
      }
      const document = open.get(uri.toString());
      const text = document ? document.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const languageId = document?.languageId ?? languageOf(uri);
      const fileName = engineFileName(uri.scheme === "file" ? uri.fsPath : uri.path, languageId);
      const calls = document ? estimates.get(document, fileName, resolved) : engine().estimateText(fileName, text, estimates.settingsFor(resolved), uri.scheme === "file" ? (project ??= engine().createProject({ maxFileSize: resolved.config.maxFileSize })) : undefined);
      if (calls.length) filesWithCalls++;
      rows.push(...rowsOf(uri, text, calls));
      // Where each call is, in the form a wrapper call names the model call it reaches (totals count that once).
      all.push(...withSites(calls, path.resolve(fileName), text));
    } catch (error) {
      log.error(`cost report: ${uri.toString()} failed`, error);
    }
  }
  return { rows, totals: costTotals(all), files: files.length - testFiles, filesWithCalls, testFiles, ms: Math.round(performance.now() - started), truncated };
}
