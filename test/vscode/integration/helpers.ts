// Shared by the integration tests: open fixtures, wait for diagnostics, change settings, call the engine.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import * as vscode from "vscode";
import { loadConfigFor } from "../../../src/core/config/load";
import { createProject } from "../../../src/core/detectors/analysis";
import { lintFile, type FileRun } from "../../../src/core/run";
import type { CostlintApi } from "../../../src/vscode/extension";

export const EXTENSION_ID = "costlint.costlint";

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the tests need a workspace folder (test/vscode/fixtures/workspace)");
  return folder.uri.fsPath;
}

export function fixtureUri(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), rel));
}

export async function api(): Promise<CostlintApi> {
  const extension = vscode.extensions.getExtension<CostlintApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this window`);
  return extension.isActive ? extension.exports : await extension.activate();
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `ok(value)`; fails with the last value after `timeout` ms. */
export async function waitFor<T>(what: string, read: () => T | Promise<T>, ok: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(value, null, 1)?.slice(0, 2000)}`);
    await sleep(50);
  }
}

export function costlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "costlint");
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === "object" ? String(d.code.value) : String(d.code);
}

export function waitForDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what = `diagnostics of ${path.basename(uri.fsPath)}`, timeout = 15_000): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => costlintDiagnostics(uri), ok, timeout).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}\nall: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => [ruleOf(d), d.message.slice(0, 60)]))}`);
  });
}

/** Opens a fixture in an editor and waits until costlint has analysed its current version. */
export async function open(rel: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(rel));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const a = await api();
  await waitFor(`analysis of ${rel}`, () => a.analyzed(document.uri), Boolean);
  return editor;
}

/** Puts a fixture back as it is on disk (the edit is undoable text, then saved: no dirty editor left). */
export async function revert(editorOrDocument: vscode.TextEditor | vscode.TextDocument): Promise<void> {
  const document = "document" in editorOrDocument ? editorOrDocument.document : editorOrDocument;
  const original = fs.readFileSync(document.uri.fsPath, "utf8");
  if (document.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
    assert.ok(await vscode.workspace.applyEdit(edit), "restoring the fixture");
  }
  if (document.isDirty) await document.save();
  assert.equal(document.getText(), original);
}

/** What the engine reports for a document's text with the same configuration file (the CLI's view). */
export function engineRun(document: vscode.TextDocument): FileRun {
  const { config, pricing } = loadConfigFor(path.dirname(document.uri.fsPath));
  // As the CLI runs it: with a cross-file context reading the other files from disk.
  return lintFile(document.uri.fsPath, document.getText(), { config, pricing, project: createProject() });
}

/** Sets a costlint.* user setting (undefined removes it) and waits for the change to reach the extension. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration("costlint").update(key, value, vscode.ConfigurationTarget.Global);
  await sleep(100);
}

export async function inlayHints(uri: vscode.Uri): Promise<vscode.InlayHint[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(0, 0, document.lineCount, 0);
  return (await executeProvider<vscode.InlayHint[]>("vscode.executeInlayHintProvider", uri, range)) ?? [];
}

export function labelText(hint: vscode.InlayHint): string {
  return typeof hint.label === "string" ? hint.label : hint.label.map((p) => p.value).join("");
}

/** The costlint hints (other extensions' hints, e.g. TypeScript's, are off by default but filtered anyway). */
export async function costHints(uri: vscode.Uri): Promise<vscode.InlayHint[]> {
  return (await inlayHints(uri)).filter((h) => /\/call/.test(labelText(h)));
}

export function offsetOf(document: vscode.TextDocument, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = document.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not in ${document.uri.fsPath}`);
  }
  return at;
}

/** Waits until the status bar item's text matches. */
export async function waitStatus(expected: RegExp, timeout = 15_000): Promise<{ text: string; tooltip: string }> {
  const a = await api();
  return waitFor(`the status bar to match ${expected}`, () => a.statusBar(), (s) => expected.test(s.text), timeout);
}

/**
 * Runs a `vscode.execute…Provider` command. The workbench cancels in-flight provider requests when a file's
 * markers change (as they do right after it opens); VS Code simply asks again, and so does this, a few times.
 */
export async function executeProvider<T>(command: string, ...args: unknown[]): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<T>(command, ...args);
    } catch (error) {
      if (attempt >= 5 || !/Canceled/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
