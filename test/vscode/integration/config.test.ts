import assert from "node:assert/strict";
import fs from "node:fs";
import * as vscode from "vscode";
import { api, fixtureUri, open, ruleOf, waitFor, waitForDiagnostics, waitStatus } from "./helpers";

describe("project configuration (costlint.config.json)", () => {
  it("a bad key: one message naming the file and the key; the defaults for it, the rest applied", async () => {
    const a = await api();
    const editor = await open("bad-config/agent.ts");
    const notice = await waitFor("the notice", () => a.notices().find((n) => n.includes("bad-config")), (n) => n !== undefined);
    assert.match(notice!, /bad-config[/\\]costlint\.config\.json:2:3: unknown key "defaultModle"/);
    assert.equal(a.notices().filter((n) => n.includes("defaultModle")).length, 1, "said once");
    assert.ok(a.log().some((l) => l.includes('unknown key "defaultModle"')), "and in the log");
    // Linting goes on with the defaults.
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => ruleOf(d) === "require-max-tokens"));
    // Opening it again says nothing new.
    await open("max-tokens.ts");
    await open("bad-config/agent.ts");
    assert.equal(a.notices().filter((n) => n.includes("defaultModle")).length, 1);
  });

  it("a file above maxFileSize is skipped with a note (log, status bar), and a config change is picked up", async () => {
    const a = await api();
    const editor = await open("large/big.ts");
    const status = await waitStatus(/^\$\(info\) costlint: skipped$/);
    assert.match(status.tooltip, /skipped .*big\.ts.*maxFileSize/);
    assert.equal(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === "costlint").length, 0);
    assert.equal(a.log().filter((l) => l.includes("skipped") && l.includes("big.ts")).length, 1, "noted once");
    // Raise the limit in the file: the watcher reloads it and the file is analysed.
    fs.writeFileSync(fixtureUri("large/costlint.config.json").fsPath, '{ "maxFileSize": 100000 }\n');
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => ruleOf(d) === "require-max-tokens"), "big.ts analysed after the change", 30_000);
    await waitStatus(/LLM call/);
  });
});
