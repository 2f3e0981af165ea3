"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const helpers_1 = require("./helpers");
describe("inline cost, hover and status bar", () => {
    before(async () => {
        await (0, helpers_1.api)();
    });
    it("shows each call's estimate at the end of the line where the call ends", async () => {
        const editor = await (0, helpers_1.open)("max-tokens.ts");
        const hints = await (0, helpers_1.costHints)(editor.document.uri);
        strict_1.default.equal(hints.length, 2, JSON.stringify(hints.map(helpers_1.labelText)));
        const [first, second] = hints.sort((a, b) => a.position.line - b.position.line);
        // gpt-4o, no output cap: counted at its 16,384-token maximum.
        strict_1.default.match((0, helpers_1.labelText)(first), /^≈ \$0\.16\/call$/);
        strict_1.default.match((0, helpers_1.labelText)(second), /^≈ \$0\.0000\d+\/call$/);
        // After `});` of the first call: the end of its line.
        const endLine = editor.document.positionAt((0, helpers_1.offsetOf)(editor.document, "});", 1)).line;
        strict_1.default.equal(first.position.line, endLine);
        strict_1.default.equal(first.position.character, editor.document.lineAt(endLine).text.length);
        strict_1.default.equal(first.paddingLeft, true);
        // (The hint's tooltip, the same text as the hover, is built on hover: resolveInlayHint; e2e.mjs sees it.)
    });
    it("marks a growing history with its cost at the assumed turn", async () => {
        const editor = await (0, helpers_1.open)("history.ts");
        const [hint] = await (0, helpers_1.costHints)(editor.document.uri);
        strict_1.default.match((0, helpers_1.labelText)(hint), /^≈ \$0\.0056\/call · grows: \$0\.037 at turn 20$/);
    });
    it("marks approximate token counts (~) and an uncapped loop", async () => {
        const editor = await (0, helpers_1.open)("agent-loop.ts");
        const [hint] = await (0, helpers_1.costHints)(editor.document.uri);
        strict_1.default.match((0, helpers_1.labelText)(hint), /^~ \$0\.031\/call · ∞ loop$/);
    });
    it("hover on the callee: breakdown, assumptions and cheaper models", async () => {
        const editor = await (0, helpers_1.open)("max-tokens.ts");
        const position = editor.document.positionAt((0, helpers_1.offsetOf)(editor.document, "completions.create") + 3);
        const hovers = (await (0, helpers_1.executeProvider)("vscode.executeHoverProvider", editor.document.uri, position)) ?? [];
        const text = hovers
            .flatMap((h) => h.contents)
            .map((c) => (typeof c === "string" ? c : c.value))
            .find((v) => v.includes("costlint"));
        strict_1.default.ok(text, `a costlint hover among ${hovers.length}`);
        strict_1.default.match(text, /estimated cost of this call on gpt-4o/);
        strict_1.default.match(text, /\| system prompt \| \d+ \|/);
        strict_1.default.match(text, /\| \*\*output\*\* \| \*\*≤ 16,384\*\* \|/);
        strict_1.default.match(text, /\*\*\$0\.16 per call\*\*/);
        strict_1.default.match(text, /Assumptions:\n(- .*\n)*- no output cap: output counted at gpt-4o's maximum of 16,384 tokens\n/);
        strict_1.default.match(text, /Above the budget of \$0\.10 per call/);
        strict_1.default.match(text, /The same tokens on cheaper models:\n- [\w.-]+: \$[\d.]+\/call \(−\d+%\)/);
        const cheaper = text.slice(text.indexOf("The same tokens on cheaper models:")).split("\n").filter((l) => /^- [\w.-]+: \$[\d.]+\/call \(−\d+%\)$/.test(l));
        strict_1.default.ok(cheaper.length >= 2 && !cheaper.some((l) => l.startsWith("- gpt-4o:")), cheaper.join("\n"));
        // Not on the arguments: the prompt text keeps its own hovers.
        const inPrompt = editor.document.positionAt((0, helpers_1.offsetOf)(editor.document, "Summarize the text"));
        const none = (await (0, helpers_1.executeProvider)("vscode.executeHoverProvider", editor.document.uri, inPrompt)) ?? [];
        strict_1.default.ok(!none.some((h) => h.contents.some((c) => (typeof c === "string" ? c : c.value).includes("estimated cost"))));
    });
    it("diagnostics first, cost after: each edit's diagnostics are published before its estimate starts", async () => {
        const a = await (0, helpers_1.api)();
        const editor = await (0, helpers_1.open)("max-tokens.ts");
        const uri = editor.document.uri;
        try {
            const order = () => {
                const analyzed = a.analyzedVersion(uri);
                const estimated = a.estimatedVersion(uri);
                strict_1.default.equal(analyzed?.version, editor.document.version, "the diagnostics are of this version");
                strict_1.default.equal(estimated?.version, editor.document.version, "the estimate is of this version");
                return { published: analyzed.publishedAt, estimated: estimated.startedAt, version: editor.document.version };
            };
            // A comment typed at a line's end (the findings are kept, moved), then code typed into the call (analysed again);
            // hints asked for at once and a hover asked for at once, both while the analysis is still pending (debounce).
            const edits = [["// keep", 'content: "Summarize the text in three sentences." },'], ["max_tokens: 50, ", 'model: "gpt-4o",']];
            for (const [inserted, after] of edits) {
                const at = editor.document.positionAt((0, helpers_1.offsetOf)(editor.document, after) + after.length);
                strict_1.default.ok(await editor.edit((b) => b.insert(at, ` ${inserted}`)));
                const hover = (0, helpers_1.executeProvider)("vscode.executeHoverProvider", uri, editor.document.positionAt((0, helpers_1.offsetOf)(editor.document, "completions.create") + 3));
                const hints = await (0, helpers_1.costHints)(uri);
                await hover;
                const { published, estimated } = order();
                strict_1.default.ok(published <= estimated, `published at ${published}, estimate started at ${estimated}`);
                strict_1.default.equal(hints.length, 2);
                // And the incremental analysis says what a from-scratch one says.
                const expected = (0, helpers_1.engineRun)(editor.document).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}: ${f.message}`).sort();
                const shown = (0, helpers_1.costlintDiagnostics)(uri).map((d) => `${(0, helpers_1.ruleOf)(d)}@${editor.document.offsetAt(d.range.start)}-${editor.document.offsetAt(d.range.end)}: ${d.message}`).sort();
                strict_1.default.deepEqual(shown, expected);
            }
            // With the cap typed in, no call is priced at gpt-4o's 16,384-token maximum ($0.16) any more.
            const after = (await (0, helpers_1.costHints)(uri)).map(helpers_1.labelText);
            strict_1.default.ok(!after.some((label) => label.includes("$0.16")), after.join(" | "));
        }
        finally {
            await (0, helpers_1.revert)(editor);
        }
    });
    it("status bar: the active file's call sites and worst case per run", async () => {
        await (0, helpers_1.open)("max-tokens.ts");
        await (0, helpers_1.waitStatus)(/^\$\(pulse\) 2 LLM calls · ≤ \$0\.16\/run$/);
        await (0, helpers_1.open)("agent-loop.ts");
        const state = await (0, helpers_1.waitStatus)(/^\$\(pulse\) 1 LLM call · unbounded\/run$/);
        strict_1.default.match(state.tooltip, /no cap/);
    });
});
//# sourceMappingURL=inline-cost.test.js.map