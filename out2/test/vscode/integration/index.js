"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
// The mocha index VS Code's extension host runs (extensionTestsPath): under code-server here
// (test/vscode/run-tests.mjs), under @vscode/test-electron elsewhere (test/vscode/run-electron.mjs).
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
async function run() {
    // mocha 12 is an ES module: required from CommonJS, its class is the default export.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mochaModule = require("mocha");
    const Mocha = mochaModule.default ?? mochaModule;
    const grep = process.env.COSTLINT_TEST_GREP;
    const mocha = new Mocha({ ui: "bdd", timeout: 60_000, color: false, reporter: "spec", ...(grep ? { grep } : {}) });
    for (const file of node_fs_1.default.readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort())
        mocha.addFile(node_path_1.default.join(__dirname, file));
    await mocha.loadFilesAsync();
    const failures = await new Promise((resolve) => mocha.run(resolve));
    if (failures > 0)
        throw new Error(`${failures} integration test(s) failed`);
}
//# sourceMappingURL=index.js.map