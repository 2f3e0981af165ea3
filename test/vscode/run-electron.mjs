#!/usr/bin/env node
// The same integration tests (out/test/vscode/integration/index.js) under @vscode/test-electron: a
// downloaded VS Code desktop (Electron) instead of code-server. Needs internet (update.code.visualstudio.com)
// and a display (xvfb-run on Linux CI); it cannot run on the offline build machines, where
// test/vscode/run-tests.mjs (code-server) is used. Run `npm run build && npm run compile-tests` first.
//   node test/vscode/run-electron.mjs            VS Code 1.100.3 (the engines.vscode minimum)
//   VSCODE_VERSION=stable node test/vscode/run-electron.mjs
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runTests } from "@vscode/test-electron";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-electron-"));
const workspace = path.join(tmp, "workspace");
fs.cpSync(path.join(here, "fixtures/workspace"), workspace, { recursive: true });
const userData = path.join(tmp, "user-data");
fs.mkdirSync(path.join(userData, "User"), { recursive: true });
fs.writeFileSync(
  path.join(userData, "User/settings.json"),
  JSON.stringify({
    "editor.inlayHints.enabled": "on",
    "security.workspace.trust.enabled": false,
    "workbench.startupEditor": "none",
    "telemetry.telemetryLevel": "off",
    "extensions.autoUpdate": false,
    "workbench.editor.enablePreview": false,
  }),
);

let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION ?? "1.100.3",
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, "out/test/vscode/integration/index.js"),
    launchArgs: [workspace, "--user-data-dir", userData, "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes"],
    extensionTestsEnv: process.env.COSTLINT_TEST_GREP ? { COSTLINT_TEST_GREP: process.env.COSTLINT_TEST_GREP } : {},
  });
} catch (error) {
  console.error(`run-electron: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
