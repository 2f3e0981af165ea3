import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import * as vscode from "vscode";
import { ruleById } from "../../../src/core/rules";
import { api, costlintDiagnostics, engineRun, fixtureUri, open, revert, ruleOf, sleep, waitForDiagnostics, workspaceRoot } from "./helpers";

describe("diagnostics", () => {
  before(async () => {
    await api();
  });

  it("activation does not load the engine (nor, so, the tokenizer): the first analysis does", async () => {
    const a = await api();
    assert.equal(a.engineLoadedByActivation, false);
    assert.ok(a.activationMs < 100, `activate() took ${a.activationMs} ms`);
  });

  // One fixture per rule: the rule, the text its squiggle covers, the severity (require-retry-backoff is
  // "error" in the fixture's costlint.config.json).
  const cases: [file: string, rule: string, covers: string, severity: vscode.DiagnosticSeverity][] = [
    ["max-tokens.ts", "require-max-tokens", "create", vscode.DiagnosticSeverity.Warning],
    ["history.ts", "no-full-history", "this.messages", vscode.DiagnosticSeverity.Warning],
    ["retry.ts", "no-unbounded-retry", "maxRetries: 10", vscode.DiagnosticSeverity.Error],
    ["retry.ts", "require-retry-backoff", "while", vscode.DiagnosticSeverity.Error],
    ["agent-loop.ts", "require-iteration-cap", "while", vscode.DiagnosticSeverity.Error],
    ["tools.ts", "no-loose-tool-schema", "parameters", vscode.DiagnosticSeverity.Error],
  ];
  for (const [file, rule, covers, severity] of cases) {
    it(`${rule} in ${file}: range, message, severity, source and docs link`, async () => {
      const editor = await open(file);
      const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => ruleOf(d) === rule));
      const d = diagnostics.find((x) => ruleOf(x) === rule && editor.document.getText(x.range) === covers);
      assert.ok(d, `no ${rule} diagnostic covering "${covers}": ${JSON.stringify(diagnostics.map((x) => [ruleOf(x), editor.document.getText(x.range)]))}`);
      assert.equal(d.source, "costlint");
      assert.equal(d.severity, severity);
      assert.ok(typeof d.code === "object", "code is { value, target }");
      assert.equal(d.code.target.toString(), vscode.Uri.parse(ruleById(rule)!.docsUrl).toString());
      assert.match(d.code.target.toString(), new RegExp(`/docs/rules/${rule}\\.md$`));
      // The same finding, message and range as the engine gives the CLI for this file and configuration.
      const finding = engineRun(editor.document).findings.find((f) => f.ruleId === rule && f.start === editor.document.offsetAt(d.range.start));
      assert.ok(finding, "the engine reports the same finding");
      assert.equal(d.message, finding.message);
      assert.equal(editor.document.offsetAt(d.range.end), finding.end);
    });
  }

  it("editor and engine agree on every finding of every fixture", async () => {
    for (const file of ["max-tokens.ts", "history.ts", "retry.ts", "agent-loop.ts", "tools.ts", "chat.js", "route.tsx", "widget.jsx"]) {
      const editor = await open(file);
      const expected = engineRun(editor.document)
        .findings.map((f) => `${f.ruleId}@${f.start}-${f.end}: ${f.message}`)
        .sort();
      const actual = costlintDiagnostics(editor.document.uri)
        .map((d) => `${ruleOf(d)}@${editor.document.offsetAt(d.range.start)}-${editor.document.offsetAt(d.range.end)}: ${d.message}`)
        .sort();
      assert.deepEqual(actual, expected, file);
    }
  });

  it("serves JavaScript, JSX and TSX files", async () => {
    for (const [file, language] of [["chat.js", "javascript"], ["widget.jsx", "javascriptreact"], ["route.tsx", "typescriptreact"]] as const) {
      const editor = await open(file);
      assert.equal(editor.document.languageId, language);
      const ds = await waitForDiagnostics(editor.document.uri, (x) => x.some((d) => ruleOf(d) === "require-max-tokens"));
      assert.ok(ds.length >= 1, file);
    }
  });

  it("analyses an untitled document (no file on disk)", async () => {
    const document = await vscode.workspace.openTextDocument({
      language: "typescript",
      content: 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = (q: string) => client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n',
    });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === "require-max-tokens"));
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  it("re-analyses after a pause in typing, once per burst, and drops the old result", async () => {
    const editor = await open("max-tokens.ts");
    const a = await api();
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => ruleOf(d) === "require-max-tokens"));
    const runsBefore = a.durations().length;
    // Type `max_completion_tokens: 500,` a few characters at a time, faster than the 300 ms debounce.
    const at = editor.document.positionAt(editor.document.getText().indexOf('model: "gpt-4o",') + 'model: "gpt-4o",'.length);
    const typed = ["\n    max_", "completion_", "tokens: ", "500,"];
    let pos = at;
    try {
      // The debounce restarts on each change: a burst whose gaps stay under 300 ms is analysed once, after it.
      let slowGaps = 0;
      let last = Date.now();
      for (const chunk of typed) {
        await editor.edit((b) => b.insert(pos, chunk));
        pos = editor.document.positionAt(editor.document.offsetAt(pos) + chunk.length);
        await sleep(30);
        if (Date.now() - last > 250) slowGaps++; // a busy machine: the debounce may fire inside the burst
        last = Date.now();
      }
      if (slowGaps === 0) {
        assert.ok(costlintDiagnostics(editor.document.uri).some((d) => ruleOf(d) === "require-max-tokens"), "the old diagnostics stay until the pause");
      }
      await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((d) => ruleOf(d) === "require-max-tokens"), "require-max-tokens to go after the edit");
      await sleep(400);
      const runs = a.durations().length - runsBefore;
      assert.ok(runs >= 1 && runs <= 1 + slowGaps, `one analysis per burst of typing (got ${runs}, ${slowGaps} slow gaps)`);
    } finally {
      await revert(editor);
    }
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => ruleOf(d) === "require-max-tokens"), "diagnostics back after revert");
  });

  it("clears a file's diagnostics when it closes", async () => {
    // A file only this test opens, through the workbench (vscode.open): a document opened with
    // workspace.openTextDocument stays alive in the extension host for minutes after its editor closes.
    const file = path.join(workspaceRoot(), "closing.ts");
    fs.copyFileSync(fixtureUri("max-tokens.ts").fsPath, file);
    const uri = vscode.Uri.file(file);
    await vscode.commands.executeCommand("vscode.open", uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0);
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    await waitForDiagnostics(uri, (ds) => ds.length === 0, "diagnostics of the closed closing.ts to clear", 30_000);
    assert.ok(vscode.workspace.textDocuments.every((d) => d.uri.toString() !== uri.toString()), "the document is closed");
    fs.rmSync(file);
  });
});
