import assert from "node:assert/strict";
import ts from "typescript";
import { canServe, chooseTypeScript } from "../../src/eslint/typescript-choice";

/** The main module of the typescript 7.x package: a native compiler, no JavaScript API (lib/version.cjs). */
const typescript7 = { version: "7.0.2", versionMajorMinor: "7.0" };

describe("eslint/typescript-choice (the TypeScript the plugin parses with)", () => {
  const bundled = { ...ts, version: "5.9.3-bundled" } as typeof ts;

  it("uses the project's TypeScript when it has a JavaScript API of a supported major", () => {
    assert.equal(canServe(ts), true);
    const chosen = chooseTypeScript(() => ts, () => bundled);
    assert.equal(chosen.source, "project");
    assert.equal(chosen.ts, ts);
    assert.equal(canServe({ ...ts, version: "6.0.3" }), true);
  });

  it("falls back to its own copy for TypeScript 7, 4.x, a missing or broken module", () => {
    assert.equal(canServe(typescript7), false);
    assert.equal(canServe({ ...ts, version: "7.1.0" }), false);
    assert.equal(canServe({ ...ts, version: "4.9.5" }), false);
    assert.equal(canServe({ ...ts, SyntaxKind: undefined }), false);
    assert.equal(canServe(undefined), false);
    for (const load of [() => typescript7, () => undefined, () => { throw new Error("Cannot find module 'typescript'"); }]) {
      const chosen = chooseTypeScript(load, () => bundled);
      assert.equal(chosen.source, "bundled");
      assert.equal(chosen.ts, bundled);
    }
  });
});
