import assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, costHints, costlintDiagnostics, labelText, open, ruleOf, setSetting, waitFor, waitForDiagnostics } from "./helpers";

describe("settings take effect", () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    for (const key of ["rules", "inlineCost", "diagnostics", "assumptions.turns", "defaultModel", "pricing", "enable"]) await setSetting(key, undefined);
  });

  it("costlint.rules turns a rule off, or changes its severity over costlint.config.json", async () => {
    const maxTokens = (await open("max-tokens.ts")).document.uri;
    await setSetting("rules", { "require-max-tokens": "off" });
    await waitForDiagnostics(maxTokens, (ds) => !ds.some((d) => ruleOf(d) === "require-max-tokens"), "require-max-tokens off");
    await setSetting("rules", { "require-max-tokens": "error" });
    await waitForDiagnostics(maxTokens, (ds) => ds.some((d) => ruleOf(d) === "require-max-tokens" && d.severity === vscode.DiagnosticSeverity.Error), "require-max-tokens as an error");
    // The project file says "error" for require-retry-backoff; the setting wins.
    const retry = (await open("retry.ts")).document.uri;
    await setSetting("rules", { "require-retry-backoff": "warn" });
    await waitForDiagnostics(retry, (ds) => ds.some((d) => ruleOf(d) === "require-retry-backoff" && d.severity === vscode.DiagnosticSeverity.Warning), "the setting over the file");
  });

  it("costlint.inlineCost hides and shows the inline cost", async () => {
    const uri = (await open("max-tokens.ts")).document.uri;
    assert.equal((await costHints(uri)).length, 2);
    await setSetting("inlineCost", false);
    await waitFor("no hints", () => costHints(uri), (h) => h.length === 0);
    await setSetting("inlineCost", true);
    await waitFor("hints back", () => costHints(uri), (h) => h.length === 2);
  });

  it("costlint.diagnostics: off shows the cost only; auto shows the problems where no ESLint config loads costlint", async () => {
    const uri = (await open("max-tokens.ts")).document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === "require-max-tokens"), "problems under auto (no ESLint extension here)");
    await setSetting("diagnostics", "off");
    await waitForDiagnostics(uri, (ds) => ds.length === 0, "no problems");
    assert.equal((await costHints(uri)).length, 2);
    await setSetting("diagnostics", "on");
    await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === "require-max-tokens"), "problems back");
  });

  it("costlint.assumptions.turns changes the assumed conversation length", async () => {
    const uri = (await open("history.ts")).document.uri;
    await setSetting("assumptions.turns", 5);
    const [hint] = await waitFor("turn 5", () => costHints(uri), (h) => h.length === 1 && /at turn 5$/.test(labelText(h[0]!)));
    assert.match(labelText(hint!), /grows: \$0\.012 at turn 5$/);
  });

  it("costlint.defaultModel prices calls whose model the code does not name", async () => {
    const uri = (await open("default-model.ts")).document.uri;
    const [before] = await costHints(uri);
    assert.match(labelText(before!), /\$0\.0046\/call · gpt-4o\?$/);
    await setSetting("defaultModel", "gpt-4o-mini");
    const [after] = await waitFor("gpt-4o-mini", () => costHints(uri), (h) => h.length === 1 && labelText(h[0]!).endsWith("gpt-4o-mini?"));
    assert.match(labelText(after!), /\$0\.00028\/call · gpt-4o-mini\?$/);
  });

  it("costlint.pricing overrides a price", async () => {
    const uri = (await open("history.ts")).document.uri;
    await setSetting("pricing", [{ id: "gpt-4o", inputPerMTok: 10, outputPerMTok: 40 }]);
    const [hint] = await waitFor("new prices", () => costHints(uri), (h) => h.length === 1 && /\$0\.023\/call/.test(labelText(h[0]!)));
    assert.ok(hint);
  });

  it("costlint.enable false clears everything; true brings it back", async () => {
    const uri = (await open("max-tokens.ts")).document.uri;
    await setSetting("enable", false);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, "no diagnostics when disabled");
    assert.equal((await costHints(uri)).length, 0);
    await setSetting("enable", true);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, "diagnostics back");
    assert.ok(costlintDiagnostics(uri).length > 0);
  });

  it("a bad setting: one notification naming the setting, the default for that key", async () => {
    const a = await api();
    const uri = (await open("history.ts")).document.uri;
    const before = a.notices().length;
    await setSetting("assumptions.turns", 0);
    const notices = await waitFor("a notice", () => a.notices(), (n) => n.length > before);
    assert.match(notices[notices.length - 1]!, /costlint\.assumptions\.turns.*using 20/);
    const [hint] = await costHints(uri);
    assert.match(labelText(hint!), /at turn 20$/);
    assert.ok(a.log().some((l) => l.includes("costlint.assumptions.turns")));
  });
});
