#!/usr/bin/env node
// `npm run test:vscode:server`: the integration tests (test/vscode/integration/*.test.ts, compiled to out/) inside
// a real VS Code extension host (code-server 4.100.3 + headless Chromium, see run-integration.mjs), with
// this repository as the extension under development and a temporary copy of the fixture workspace.
// Needs `npm run test:vscode:setup` once and `npm run build && npm run compile-tests` (the npm script does both).
//   COSTLINT_TEST_GREP=<pattern>  run only matching tests; KEEP_RUN=1 / DEBUG=1 as in run-integration.mjs
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const tests = path.join(root, "out/test/vscode/integration/index.js");
for (const [file, hint] of [[path.join(root, "dist/extension.js"), "npm run build"], [tests, "npm run compile-tests"]]) {
  if (!fs.existsSync(file)) {
    console.error(`run-tests: ${path.relative(root, file)} is missing: run ${hint}`);
    process.exit(2);
  }
}
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-ws-"));
fs.cpSync(path.join(here, "fixtures/workspace"), workspace, { recursive: true });
const settings = {
  // Only costlint's hints and fixes in the way: TypeScript's own stay at their defaults (off for hints).
  "typescript.disableAutomaticTypeAcquisition": true,
  "typescript.tsserver.log": "off",
  "workbench.editor.enablePreview": false,
};
const started = Date.now();
const result = spawnSync(
  process.execPath,
  [path.join(here, "run-integration.mjs"), "--extension", root, "--tests", tests, "--workspace", workspace, "--settings", JSON.stringify(settings),
    "--timeout", "360", "--screenshot", path.join(root, "test-results/integration-failure.png")],
  { stdio: "inherit", env: process.env },
);
fs.rmSync(workspace, { recursive: true, force: true });
console.log(`run-tests: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
