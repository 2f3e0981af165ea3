import assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, costHints, executeProvider, labelText, offsetOf, open, waitStatus } from "./helpers";

describe("inline cost, hover and status bar", () => {
  before(async () => {
    await api();
  });

  it("shows each call's estimate at the end of the line where the call ends", async () => {
    const editor = await open("max-tokens.ts");
    const hints = await costHints(editor.document.uri);
    assert.equal(hints.length, 2, JSON.stringify(hints.map(labelText)));
    const [first, second] = hints.sort((a, b) => a.position.line - b.position.line);
    // gpt-4o, no output cap: counted at its 16,384-token maximum.
    assert.match(labelText(first!), /^≈ \$0\.16\/call$/);
    assert.match(labelText(second!), /^≈ \$0\.0000\d+\/call$/);
    // After `});` of the first call: the end of its line.
    const endLine = editor.document.positionAt(offsetOf(editor.document, "});", 1)).line;
    assert.equal(first!.position.line, endLine);
    assert.equal(first!.position.character, editor.document.lineAt(endLine).text.length);
    assert.equal(first!.paddingLeft, true);
    // (The hint's tooltip, the same text as the hover, is built on hover: resolveInlayHint; e2e.mjs sees it.)
  });

  it("marks a growing history with its cost at the assumed turn", async () => {
    const editor = await open("history.ts");
    const [hint] = await costHints(editor.document.uri);
    assert.match(labelText(hint!), /^≈ \$0\.0056\/call · grows: \$0\.037 at turn 20$/);
  });

  it("marks approximate token counts (~) and an uncapped loop", async () => {
    const editor = await open("agent-loop.ts");
    const [hint] = await costHints(editor.document.uri);
    assert.match(labelText(hint!), /^~ \$0\.031\/call · ∞ loop$/);
  });

  it("hover on the callee: breakdown, assumptions and cheaper models", async () => {
    const editor = await open("max-tokens.ts");
    const position = editor.document.positionAt(offsetOf(editor.document, "completions.create") + 3);
    const hovers = (await executeProvider<vscode.Hover[]>("vscode.executeHoverProvider", editor.document.uri, position)) ?? [];
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === "string" ? c : c.value))
      .find((v) => v.includes("costlint"));
    assert.ok(text, `a costlint hover among ${hovers.length}`);
    assert.match(text, /estimated cost of this call on gpt-4o/);
    assert.match(text, /\| system prompt \| \d+ \|/);
    assert.match(text, /\| \*\*output\*\* \| \*\*≤ 16,384\*\* \|/);
    assert.match(text, /\*\*\$0\.16 per call\*\*/);
    assert.match(text, /Assumptions:\n(- .*\n)*- no output cap: output counted at gpt-4o's maximum of 16,384 tokens\n/);
    assert.match(text, /Above the budget of \$0\.10 per call/);
    assert.match(text, /The same tokens on cheaper models:\n- [\w.-]+: \$[\d.]+\/call \(−\d+%\)/);
    const cheaper = text.slice(text.indexOf("The same tokens on cheaper models:")).split("\n").filter((l) => /^- [\w.-]+: \$[\d.]+\/call \(−\d+%\)$/.test(l));
    assert.ok(cheaper.length >= 2 && !cheaper.some((l) => l.startsWith("- gpt-4o:")), cheaper.join("\n"));
    // Not on the arguments: the prompt text keeps its own hovers.
    const inPrompt = editor.document.positionAt(offsetOf(editor.document, "Summarize the text"));
    const none = (await executeProvider<vscode.Hover[]>("vscode.executeHoverProvider", editor.document.uri, inPrompt)) ?? [];
    assert.ok(!none.some((h) => h.contents.some((c) => (typeof c === "string" ? c : c.value).includes("estimated cost"))));
  });

  it("status bar: the active file's call sites and worst case per run", async () => {
    await open("max-tokens.ts");
    await waitStatus(/^\$\(pulse\) 2 LLM calls · ≤ \$0\.16\/run$/);
    await open("agent-loop.ts");
    const state = await waitStatus(/^\$\(pulse\) 1 LLM call · unbounded\/run$/);
    assert.match(state.tooltip, /no cap/);
  });
});

