import assert from "node:assert/strict";
import { decideDiagnostics, parseDiagnosticsMode } from "../../src/vscode/eslint-overlap-rules";

describe("vscode/eslint-overlap (costlint.diagnostics)", () => {
  it("auto: shown unless the ESLint extension runs costlint's rules through the workspace's ESLint config", () => {
    assert.deepEqual(decideDiagnostics("auto", undefined), { show: true });
    const hidden = decideDiagnostics("auto", "eslint.config.mjs");
    assert.equal(hidden.show, false);
    assert.match(hidden.reason!, /eslint\.config\.mjs loads costlint/);
  });

  it("on and off whatever ESLint does", () => {
    assert.deepEqual(decideDiagnostics("on", "eslint.config.mjs"), { show: true });
    assert.equal(decideDiagnostics("off", undefined).show, false);
  });

  it("an unknown setting value is auto", () => {
    assert.equal(parseDiagnosticsMode("on"), "on");
    assert.equal(parseDiagnosticsMode("off"), "off");
    assert.equal(parseDiagnosticsMode("yes"), "auto");
    assert.equal(parseDiagnosticsMode(undefined), "auto");
  });
});
