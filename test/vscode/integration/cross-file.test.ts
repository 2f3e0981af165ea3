import assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, costHints, engineRun, labelText, open, revert, ruleOf, waitForDiagnostics } from "./helpers";

describe("cross-file analysis in the editor", () => {
  before(async () => {
    await api();
  });

  it("a call through a client of another module is seen: its squiggle (as the CLI reports it) and its inline cost", async () => {
    const caller = await open("cross-file/caller.ts");
    const ds = await waitForDiagnostics(caller.document.uri, (d) => d.some((x) => ruleOf(x) === "require-max-tokens"));
    const d = ds.find((x) => ruleOf(x) === "require-max-tokens")!;
    assert.equal(caller.document.getText(d.range), "create");
    const finding = engineRun(caller.document).findings.find((f) => f.ruleId === "require-max-tokens");
    assert.ok(finding, "the engine (CLI view) reports it too");
    assert.equal(d.message, finding.message);
    const hints = await costHints(caller.document.uri);
    assert.equal(hints.length, 1, JSON.stringify(hints.map(labelText)));
    assert.match(labelText(hints[0]!), /^≈ \$0\.16\/call$/); // gpt-4o at its 16k maximum output
  });

  it("an edit to the imported module (unsaved) re-analyses the open file that depends on it, and undoing it brings the finding back", async () => {
    const caller = await open("cross-file/caller.ts");
    await waitForDiagnostics(caller.document.uri, (d) => d.some((x) => ruleOf(x) === "require-max-tokens"));
    const client = await open("cross-file/client.ts");
    try {
      // The shared client becomes the project's own object: the caller's call is no longer an LLM call.
      const edit = new vscode.WorkspaceEdit();
      const text = client.document.getText();
      const start = client.document.positionAt(text.indexOf("new OpenAI()"));
      const end = client.document.positionAt(text.indexOf("new OpenAI()") + "new OpenAI()".length);
      edit.replace(client.document.uri, new vscode.Range(start, end), "{ responses: { create: async (_request: unknown) => ({}) } }");
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(client.document.isDirty, "the edit is not saved: the editor's text is what counts");
      await waitForDiagnostics(caller.document.uri, (d) => d.length === 0, "the caller's finding to go");
    } finally {
      await revert(client);
    }
    await waitForDiagnostics(caller.document.uri, (d) => d.some((x) => ruleOf(x) === "require-max-tokens"), "the caller's finding to come back");
  });
});
