import assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, costHints, costlintDiagnostics, engineRun, executeProvider, labelText, offsetOf, open, revert, ruleOf, waitStatus } from "./helpers";

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

  it("marks approximate token counts (~), a history grown every step and an uncapped loop", async () => {
    const editor = await open("agent-loop.ts");
    const [hint] = await costHints(editor.document.uri);
    // The loop pushes every reply and has no step cap: its messages grow (no-full-history's loop kind) and it never ends.
    assert.match(labelText(hint!), /^~ \$0\.031\/call · grows · ∞ loop$/);
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

  it("diagnostics first, cost after: each edit's diagnostics are published before its estimate starts", async () => {
    const a = await api();
    const editor = await open("max-tokens.ts");
    const uri = editor.document.uri;
    try {
      const order = (): { published: number; estimated: number; version: number } => {
        const analyzed = a.analyzedVersion(uri);
        const estimated = a.estimatedVersion(uri);
        assert.equal(analyzed?.version, editor.document.version, "the diagnostics are of this version");
        assert.equal(estimated?.version, editor.document.version, "the estimate is of this version");
        return { published: analyzed.publishedAt, estimated: estimated.startedAt, version: editor.document.version };
      };
      // A comment typed at a line's end (the findings are kept, moved), then code typed into the call (analysed again);
      // hints asked for at once and a hover asked for at once, both while the analysis is still pending (debounce).
      const edits: [string, string][] = [["// keep", 'content: "Summarize the text in three sentences." },'], ["max_tokens: 50, ", 'model: "gpt-4o",']];
      for (const [inserted, after] of edits) {
        const at = editor.document.positionAt(offsetOf(editor.document, after) + after.length);
        assert.ok(await editor.edit((b) => b.insert(at, ` ${inserted}`)));
        const hover = executeProvider<vscode.Hover[]>("vscode.executeHoverProvider", uri, editor.document.positionAt(offsetOf(editor.document, "completions.create") + 3));
        const hints = await costHints(uri);
        await hover;
        const { published, estimated } = order();
        assert.ok(published <= estimated, `published at ${published}, estimate started at ${estimated}`);
        assert.equal(hints.length, 2);
        // And the incremental analysis says what a from-scratch one says.
        const expected = engineRun(editor.document).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}: ${f.message}`).sort();
        const shown = costlintDiagnostics(uri).map((d) => `${ruleOf(d)}@${editor.document.offsetAt(d.range.start)}-${editor.document.offsetAt(d.range.end)}: ${d.message}`).sort();
        assert.deepEqual(shown, expected);
      }
      // With the cap typed in, no call is priced at gpt-4o's 16,384-token maximum ($0.16) any more.
      const after = (await costHints(uri)).map(labelText);
      assert.ok(!after.some((label) => label.includes("$0.16")), after.join(" | "));
    } finally {
      await revert(editor);
    }
  });

  it("status bar: the active file's call sites and worst case per run", async () => {
    await open("max-tokens.ts");
    await waitStatus(/^\$\(pulse\) 2 LLM calls · ≤ \$0\.16\/run$/);
    await open("agent-loop.ts");
    const state = await waitStatus(/^\$\(pulse\) 1 LLM call · unbounded\/run$/);
    assert.match(state.tooltip, /no cap/);
  });
});

