// The mocha index VS Code's extension host runs (extensionTestsPath): under code-server here
// (test/vscode/run-tests.mjs), under @vscode/test-electron elsewhere (test/vscode/run-electron.mjs).
import fs from "node:fs";
import path from "node:path";

export async function run(): Promise<void> {
  // mocha 12 is an ES module: required from CommonJS, its class is the default export.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mochaModule = require("mocha") as { default?: typeof import("mocha") } & typeof import("mocha");
  const Mocha = mochaModule.default ?? mochaModule;
  const grep = process.env.COSTLINT_TEST_GREP;
  const mocha = new Mocha({ ui: "bdd", timeout: 60_000, color: false, reporter: "spec", ...(grep ? { grep } : {}) });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort()) mocha.addFile(path.join(__dirname, file));
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
