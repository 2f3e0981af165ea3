import assert from "node:assert/strict";
import path from "node:path";
import * as vscode from "vscode";
import type { Report } from "../../../src/vscode/report";
import { api, waitFor } from "./helpers";

describe("cost report", () => {
  it("lists every call site of the workspace with its estimate", async () => {
    await api();
    const report = await vscode.commands.executeCommand<Report>("costlint.showReport");
    assert.ok(report, "the command returns the report");
    const files = new Set(report.rows.map((r) => r.file.replace(/\\/g, "/")));
    for (const f of ["max-tokens.ts", "history.ts", "retry.ts", "agent-loop.ts", "tools.ts", "chat.js", "route.tsx", "widget.jsx", "default-model.ts", "bad-config/agent.ts"]) {
      assert.ok([...files].some((x) => x.endsWith(f)), `${f} in ${[...files].join(", ")}`);
    }
    const first = report.rows.find((r) => r.file.endsWith("max-tokens.ts") && r.model === "gpt-4o");
    assert.ok(first);
    assert.equal(first.line, 5);
    assert.equal(first.outputTokens, 16384);
    assert.ok(Math.abs(first.costUsd - 0.1645) < 0.001);
    // Test and mock files are left out and counted apart, as `costlint report` does.
    assert.ok(![...files].some((x) => x.includes("__tests__/")), "no call site of a test file");
    assert.equal(report.testFiles, 1);
    const loop = report.rows.find((r) => r.file.endsWith("agent-loop.ts"));
    assert.equal(loop?.runUsd, null, "an uncapped loop has no worst case");
    // The webview panel is open.
    await waitFor("the report tab", () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === "costlint: cost report"), Boolean);
  });

  it("a row opens its call (file and line)", async () => {
    const report = (await vscode.commands.executeCommand<Report>("costlint.showReport"))!;
    const row = report.rows.find((r) => r.file.endsWith("history.ts"))!;
    await vscode.commands.executeCommand("costlint.openCallSite", row.uri, row.line, row.character);
    const editor = await waitFor("the editor", () => vscode.window.activeTextEditor, (e) => e?.document.uri.toString() === row.uri);
    assert.equal(path.basename(editor!.document.uri.fsPath), "history.ts");
    assert.equal(editor!.selection.active.line, row.line);
    assert.match(editor!.document.lineAt(row.line).text, /chat\.completions\.create/);
  });
});
