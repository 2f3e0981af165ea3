#!/usr/bin/env node
// VS Code benchmark (not a test): the packaged extension (costlint.vsix, unpacked) in a real extension
// host (code-server + headless Chromium). Reports activation time, edit-to-diagnostics on a 3,000-line
// agent file (p50/p95 over 30 edits), the extension host's memory with the tokenizer loaded, and the .vsix
// size. Needs `npm run test:vscode:setup`, `npm run package` and `npm run compile-tests`.
//   node bench/vscode.mjs            prints a summary, writes test-results/bench-vscode.json
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { agentFile } from "./agent-file.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vsix = path.join(root, "costlint.vsix");
const index = path.join(root, "out/test/vscode/bench/index.js");
for (const [f, hint] of [[vsix, "npm run package"], [index, "npm run compile-tests"]]) {
  if (!fs.existsSync(f)) {
    console.error(`bench/vscode: ${path.relative(root, f)} is missing: run ${hint}`);
    process.exit(2);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-bench-"));
const extension = path.join(tmp, "extension");
execFileSync("unzip", ["-q", vsix, "extension/*", "-d", tmp]);
const workspace = path.join(tmp, "workspace");
fs.mkdirSync(workspace);
fs.writeFileSync(path.join(workspace, "agent.ts"), agentFile(3000));

const output = await new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [path.join(root, "test/vscode/run-integration.mjs"), "--extension", extension, "--tests", index, "--workspace", workspace, "--timeout", "300"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (b) => (out += b));
  child.on("error", reject);
  child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`run-integration exited ${code}:\n${out}`))));
});
fs.rmSync(tmp, { recursive: true, force: true });
const line = output.split("\n").find((l) => l.startsWith("COSTLINT_BENCH "));
if (!line) throw new Error(`no result in:\n${output}`);
const result = { ...JSON.parse(line.slice("COSTLINT_BENCH ".length)), vsixKiB: Math.round(fs.statSync(vsix).size / 1024) };
fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
fs.writeFileSync(path.join(root, "test-results/bench-vscode.json"), `${JSON.stringify(result, null, 2)}\n`);

const m = result.extensionHostMemory;
console.log(`costlint VS Code benchmark (code-server 4.100.3, ${os.cpus().length} CPUs, node ${process.versions.node})
  activation           activate() ${result.activation.activateMs} ms; bundle load + activate ${result.activation.loadAndActivateMs} ms (engine loaded by activation: ${result.engineLoadedByActivation})
  agent file           ${result.file.lines} lines, ${result.file.callSites} LLM call sites, ${result.file.diagnostics} diagnostics
  open → diagnostics   ${result.openToDiagnosticsMs} ms
  edit → diagnostics   p50 ${result.editToDiagnosticsMs.p50} ms, p95 ${result.editToDiagnosticsMs.p95} ms over ${result.editToDiagnosticsMs.edits} edits (300 ms of it is the debounce)
  engine per run       p50 ${result.engineMs.p50} ms, p95 ${result.engineMs.p95} ms
  inline cost          whole file: first request ${result.inlineCostMs.first} ms${result.inlineCostMs.tokenizerAlreadyLoaded ? " (tokenizer already loaded by the status bar)" : " (with the tokenizer load)"}, after an edit ${result.inlineCostMs.afterEditIncludingDebounce} ms (with the 300 ms debounce)
  ext host memory      before ${m.beforeActivation.heapUsedMb} MB heap / ${m.beforeActivation.rssMb} MB rss; diagnostics ${m.withDiagnostics.heapUsedMb} / ${m.withDiagnostics.rssMb}; tokenizer loaded ${m.withTokenizer.heapUsedMb} / ${m.withTokenizer.rssMb}
  .vsix                ${result.vsixKiB} KiB
  (test-results/bench-vscode.json)`);
