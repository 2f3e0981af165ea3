#!/usr/bin/env node
// End-to-end, as a user: install the packaged costlint.vsix into code-server (VS Code 1.100.3), open a
// fixture in headless Chromium, see the squiggle, the inline cost and the hover, apply a quick fix with the
// keyboard, save, and check the file on disk. Screenshots: test-results/e2e.png (before the fix: squiggle,
// inline cost, hover, Problems), test-results/e2e-hint.png (the inline cost alone) and
// test-results/e2e-after.png. `npm run test:vscode:e2e` packages first.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser, newPage, startCodeServer } from "./code-server.mjs";
import * as ui from "./ui.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const vsix = path.resolve(root, process.env.COSTLINT_VSIX ?? "costlint.vsix");
const results = path.join(root, "test-results");
const FILE = "max-tokens.ts";

/** The webview frame (nested iframes) for which `ready(frame)` resolves true. */
async function waitForFrame(page, ready, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) if (await ready(frame)) return frame;
    if (Date.now() > deadline) throw new Error("the report webview did not render");
    await page.waitForTimeout(250);
  }
}

const t0 = Date.now();
const lap = (m) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)} s] ${m}`);
if (!fs.existsSync(vsix)) {
  console.error(`e2e: ${path.relative(root, vsix)} is missing: run npm run package`);
  process.exit(2);
}
lap(`${path.relative(root, vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "costlint-e2e-"));
const workspace = path.join(tmp, "agent-app");
fs.cpSync(path.join(here, "fixtures/workspace"), workspace, { recursive: true });
const file = path.join(workspace, FILE);

let cs;
let browser;
let page;
let failed = false;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  await cs?.stop().catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
};
for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => cleanup().then(() => process.exit(130)));

try {
  cs = await startCodeServer({
    workspace,
    installVsix: vsix,
    userSettings: { "workbench.colorTheme": "Default Dark Modern", "editor.fontSize": 14, "window.commandCenter": false, "workbench.editor.enablePreview": false, "editor.hover.above": false },
  });
  const installed = fs.readdirSync(cs.extensionsDir).filter((d) => d.startsWith("costlint."));
  assert.equal(installed.length, 1, `the .vsix is installed (${fs.readdirSync(cs.extensionsDir).join(", ")})`);
  lap(`code-server on ${cs.port}; installed ${installed[0]}`);
  browser = await launchBrowser({ handleSIGINT: false, handleSIGTERM: false });
  page = await newPage(browser, { width: 1500, height: 900 });
  await page.goto(cs.url);
  await ui.waitForWorkbench(page, { fileName: FILE });
  lap("workbench ready");

  await ui.openFile(page, FILE);
  await ui.waitForSquiggle(page, "warning");
  lap("squiggle shown");
  const before = await ui.waitForEditorText(page, FILE, /≈ \$0\.16\/call/, { timeout: 30_000 });
  lap(`inline cost: ${before.split("\n").find((l) => l.includes("/call")).trim()}`);
  await ui.screenshot(page, path.join(results, "e2e-hint.png"));

  const rows = await ui.problemsRows(page, { min: 1 });
  const row = rows.find((r) => r.includes("has no output cap"));
  assert.ok(row, `a costlint problem in the Problems panel: ${JSON.stringify(rows)}`);
  assert.match(row, /costlint/);
  lap(`problems: ${row.slice(0, 120)}…`);

  // The hover on the call (keyboard: Go to Line, then Show Hover).
  const text = fs.readFileSync(file, "utf8");
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes("completions.create")) + 1;
  const column = lines[line - 1].indexOf("create") + 2;
  await ui.gotoLine(page, line, column);
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  const hover = page.locator(".monaco-hover:visible", { hasText: "estimated cost of this call" }).first();
  await hover.waitFor({ state: "visible", timeout: 20_000 });
  const hoverText = (await hover.textContent()) ?? "";
  assert.match(hoverText, /per call/);
  assert.match(hoverText, /cheaper models/);
  lap("hover on the call shown");
  await page.keyboard.press("Escape");

  // The screenshot: the mouse on the inline cost, whose tooltip is the same breakdown (below the line,
  // so the squiggle and the label stay in view).
  const hint = ui.editor(page, FILE).locator(".view-line span", { hasText: /\$0\.16\/call/ }).last();
  await hint.hover();
  await page.locator(".monaco-hover:visible", { hasText: "estimated cost of this call" }).first().waitFor({ state: "visible", timeout: 20_000 });
  await page.waitForTimeout(300);
  await ui.screenshot(page, path.join(results, "e2e.png"));
  lap("screenshot test-results/e2e.png");
  await page.mouse.move(5, 5);
  await page.keyboard.press("Escape");

  // The quick fix, with the keyboard: cursor on the squiggle, Control+., pick it, Enter.
  await ui.gotoLine(page, line, column);
  const { presses } = await ui.quickFix(page, /Add max_completion_tokens/);
  lap(`quick fix applied (Control+. pressed ${presses}x)`);
  // The cap goes at the end of the first call's options (the second call already had one).
  const capped = /\],\n {4}max_completion_tokens: \d+,\n {2}\}\);/;
  await ui.waitForEditorText(page, FILE, "max_completion_tokens: 1024");
  await ui.save(page);
  const disk = await ui.waitForFile(file, (t) => capped.test(t));
  assert.notEqual(disk, text);
  lap("saved: the file on disk has the output cap");
  const after = await ui.waitForEditorText(page, FILE, (t) => /≈ \$0\.011\/call/.test(t) && !/\$0\.16\/call/.test(t), { timeout: 30_000 });
  lap(`inline cost after the fix: ${after.split("\n").find((l) => l.includes("/call")).trim()}`);
  await ui.screenshot(page, path.join(results, "e2e-after.png"));

  // The cost report: the command from the palette, the webview's table, a sort, a row that opens its call.
  await page.keyboard.press("F1");
  await page.locator(".quick-input-widget input.input").fill(">costlint: Show cost report");
  await page.locator(".quick-input-widget .monaco-list-row", { hasText: "Show cost report" }).first().waitFor();
  await page.keyboard.press("Enter");
  const report = await waitForFrame(page, (f) => f.locator("#calls tbody tr").first().isVisible().catch(() => false));
  const rowCount = await report.locator("#calls tbody tr").count();
  assert.ok(rowCount >= 10, `the report lists the workspace's call sites (${rowCount} rows)`);
  await report.locator('th[data-key="costUsd"]').click();
  const firstCost = await report.locator("#calls tbody tr").first().locator("td").nth(5).textContent();
  assert.match(firstCost ?? "", /^\$0\.3\d$/, "sorted by $/call, dearest first (widget.jsx: claude-haiku-4-5, no cap)");
  lap(`report: ${rowCount} call sites; dearest ${firstCost}; summary: ${await report.locator("#summary").textContent()}`);
  await ui.screenshot(page, path.join(results, "e2e-report.png"));
  await report.locator("#calls tbody tr").first().click();
  await ui.editor(page, "widget.jsx").waitFor({ state: "visible", timeout: 15_000 });
  lap("a report row opened widget.jsx");
  lap("PASS");
} catch (error) {
  failed = true;
  console.error(`e2e: FAILED: ${error?.stack ?? error}`);
  if (page) await ui.screenshot(page, path.join(results, "e2e-failure.png")).catch(() => {});
  if (cs) console.error(`code-server log tail:\n${fs.readFileSync(cs.logFile, "utf8").split("\n").slice(-20).join("\n")}`);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
