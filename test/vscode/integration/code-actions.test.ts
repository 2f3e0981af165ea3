import assert from "node:assert/strict";
import * as vscode from "vscode";
import { formatMessage } from "../../../src/core/rule";
import { ruleById } from "../../../src/core/rules";
import { applyEdits } from "../../../src/vscode/disable-comments";
import { api, costlintDiagnostics, engineRun, executeProvider, open, revert, ruleOf, waitFor, waitForDiagnostics } from "./helpers";

/** costlint's actions at a range (TypeScript's own fixes left out): the engine's suggestion titles and ours. */
async function actionsAt(editor: vscode.TextEditor, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = (await executeProvider<(vscode.CodeAction | vscode.Command)[]>("vscode.executeCodeActionProvider", editor.document.uri, range)) ?? [];
  const suggestionTitles = new Set(
    engineRun(editor.document).findings.flatMap((f) => (f.suggestions ?? []).map((s) => formatMessage(ruleById(f.ruleId)!.meta.messages[s.messageId]!, s.data))),
  );
  return all.filter(
    (a): a is vscode.CodeAction =>
      "kind" in a && (suggestionTitles.has(a.title) || /^(Disable \S+ for this line|Show documentation for \S+|Fix this \S+ problem)$/.test(a.title)),
  );
}

function diagnosticOf(editor: vscode.TextEditor, rule: string): vscode.Diagnostic {
  const d = costlintDiagnostics(editor.document.uri).find((x) => ruleOf(x) === rule);
  assert.ok(d, `no ${rule} diagnostic`);
  return d;
}

describe("quick fixes", () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    // Whatever a test changed goes back, so a failure does not spill into the next test.
    for (const document of vscode.workspace.textDocuments) if (document.isDirty && document.uri.scheme === "file") await revert(document);
  });

  it("offers the engine's suggestions (first preferred), disable-for-line and documentation", async () => {
    const editor = await open("max-tokens.ts");
    const d = diagnosticOf(editor, "require-max-tokens");
    const actions = await actionsAt(editor, d.range);
    const finding = engineRun(editor.document).findings.find((f) => f.ruleId === "require-max-tokens")!;
    const rule = ruleById("require-max-tokens")!;
    const suggestionTitles = finding.suggestions!.map((s) => formatMessage(rule.meta.messages[s.messageId]!, s.data));
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [...suggestionTitles, "Disable require-max-tokens for this line", "Show documentation for require-max-tokens"]);
    assert.equal(actions[0]!.isPreferred, true);
    assert.ok(actions.slice(1).every((a) => !a.isPreferred));
    assert.ok(actions.every((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value));
  });

  it("applies a suggestion: the document becomes the engine's output and the finding goes", async () => {
    const editor = await open("max-tokens.ts");
    const before = editor.document.getText();
    const finding = engineRun(editor.document).findings.find((f) => f.ruleId === "require-max-tokens")!;
    const expected = applyEdits(before, finding.suggestions![0]!.edits);
    const [action] = await actionsAt(editor, diagnosticOf(editor, "require-max-tokens").range);
    assert.ok(action?.edit);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.equal(editor.document.getText(), expected);
    assert.match(editor.document.getText(), /\],\n {4}max_completion_tokens: \d+,\n {2}\}\);/);
    await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((d) => ruleOf(d) === "require-max-tokens"), "the fixed finding to go");
  });

  it("suggestions of other rules apply too (no-full-history: slice the history)", async () => {
    const editor = await open("history.ts");
    const [action] = await actionsAt(editor, diagnosticOf(editor, "no-full-history").range);
    assert.match(action!.title, /slice|last/i);
    assert.ok(await vscode.workspace.applyEdit(action!.edit!));
    // history.ts starts its conversation with a system message: the window keeps it
    assert.match(editor.document.getText(), /messages: \[\.\.\.\(this\.messages\.length > \d+ && this\.messages\[0\]\?\.role === "system" \? \[this\.messages\[0\]\] : \[\]\), \.\.\.this\.messages\.slice\(-\d+\)\]/);
    await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((d) => ruleOf(d) === "no-full-history"));
  });

  it("'Disable RULE for this line' inserts an ESLint comment with the line's indentation, and the finding goes", async () => {
    const editor = await open("history.ts");
    const d = diagnosticOf(editor, "no-full-history");
    const line = editor.document.lineAt(d.range.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    const disable = (await actionsAt(editor, d.range)).find((a) => a.title === "Disable no-full-history for this line");
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.equal(editor.document.lineAt(d.range.start.line).text, `${indent}// eslint-disable-next-line costlint/no-full-history`);
    assert.equal(editor.document.lineAt(d.range.start.line + 1).text, line.text);
    await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((x) => ruleOf(x) === "no-full-history"), "the disabled finding to go");
  });

  it("'Show documentation' opens the bundled rule page in the Markdown preview", async () => {
    const editor = await open("agent-loop.ts");
    const docs = (await actionsAt(editor, diagnosticOf(editor, "require-iteration-cap").range)).find((a) => a.title === "Show documentation for require-iteration-cap");
    assert.ok(docs?.command);
    assert.equal(docs.command.command, "costlint.openDocs");
    await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments ?? []));
    const tab = await waitFor(
      "the preview tab",
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes("require-iteration-cap")),
      (t) => t !== undefined,
    );
    assert.match(tab!.label, /Preview require-iteration-cap\.md/);
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
  });
});
