// Drive VS Code 1.100 (code-server) in a playwright-core page the way a user would: keyboard
// first (mouse clicks on the action widget are blocked by an overlay). Selectors: /work/shared/E2E.md.
import fs from 'node:fs';
import path from 'node:path';

const nbsp = /\u00a0/g;
const escapeAttr = (s) => s.replace(/["\\]/g, '\\$&');

/** Wait until the workbench has loaded the folder (optionally: until `fileName` shows in the Explorer). */
export async function waitForWorkbench(page, { fileName, timeout = 60_000 } = {}) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  const sel = fileName
    ? `.explorer-folders-view .monaco-list-row[aria-label^="${escapeAttr(fileName)}"]`
    : '.explorer-folders-view .monaco-list-row';
  await page.locator(sel).first().waitFor({ timeout });
}

/** The editor for a file whose URI ends with `name` (e.g. "sample.ts" or "src/a.ts"). */
export function editor(page, name) {
  return page.locator(`.editor-group-container .monaco-editor[data-uri$="${escapeAttr(name)}"]`).first();
}

/** Quick Open (Control+P) `name`, Enter, and wait for its editor to show and take focus. */
export async function openFile(page, name, { timeout = 30_000 } = {}) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(name);
  // Wait for the result list to contain the file before accepting.
  await page
    .locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(name) })
    .first()
    .waitFor({ timeout });
  await page.keyboard.press('Enter');
  const ed = editor(page, name);
  await ed.waitFor({ state: 'visible', timeout });
  await ed.locator('.view-lines').waitFor({ timeout });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout }).catch(() => {});
  return ed;
}

/** Move the cursor with Go to Line (Control+G): 1-based line and column. */
export async function gotoLine(page, line, column = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  // Control+G opens Quick Open prefilled with ':'; fill() replaces it, so keep the prefix.
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' }).catch(() => {});
}

/** Wait for a squiggle: severity 'error' | 'warning' | 'info' | 'hint'. Returns the locator. */
export async function waitForSquiggle(page, severity = 'warning', { timeout = 60_000 } = {}) {
  const loc = page.locator(`.monaco-editor .squiggly-${severity}`).first();
  await loc.waitFor({ state: 'attached', timeout });
  return loc;
}

/**
 * Open the Problems panel (Control+Shift+M) and return its rows' aria-labels (message, source,
 * position). Waits up to `timeout` for at least `min` rows.
 */
export async function problemsRows(page, { min = 1, timeout = 30_000 } = {}) {
  const rows = page.locator('.markers-panel .monaco-list-row');
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
  }
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout });
  const deadline = Date.now() + timeout;
  while ((await rows.count()) < min && Date.now() < deadline) await page.waitForTimeout(200);
  const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  return labels.map((s) => s.replace(nbsp, ' '));
}

/**
 * The visible text of an editor (the given file's, else the first one): lines in screen order,
 * \u00a0 replaced by spaces. Includes inlay hints; only what is rendered (scrolled into view).
 */
export async function editorText(page, name) {
  const ed = name ? editor(page, name) : page.locator('.editor-group-container .monaco-editor').first();
  const lines = await ed.locator('.view-lines .view-line').evaluateAll((els) =>
    els
      .map((e) => ({ top: parseFloat(e.style.top) || 0, text: e.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return lines.join('\n').replace(nbsp, ' ');
}

/**
 * Apply the quick fix `title` (string or RegExp) at the cursor: Control+., wait (up to 60 s: the
 * menu waits for the built-in TypeScript server) for the row, ArrowDown until it is focused, Enter.
 * Control+. is pressed again only when no menu is open (VS Code answered "No code actions
 * available", which happens when it is pressed within seconds of the editor opening): pressing
 * it while the menu is open would accept the first action. Resolves to { presses }.
 */
export async function quickFix(page, title, { timeout = 60_000 } = {}) {
  const match = (s) => (title instanceof RegExp ? title.test(s) : s.includes(title));
  const widget = page.locator('.action-widget');
  const rows = page.locator('.action-widget .monaco-list-row');
  const noActions = page.locator('.monaco-editor-overlaymessage', { hasText: /No code actions/i });
  const deadline = Date.now() + timeout;
  let presses = 0;
  let texts = [];
  await page.keyboard.press('Control+.');
  presses++;
  for (;;) {
    texts = await rows.allTextContents().catch(() => []);
    if (texts.some(match)) break;
    if (Date.now() > deadline) {
      throw new Error(`quick fix "${title}" not offered within ${timeout} ms (Control+. pressed ${presses}x); menu: ${JSON.stringify(texts)}`);
    }
    const menuOpen = await widget.isVisible().catch(() => false);
    if (!menuOpen && (await noActions.isVisible().catch(() => false))) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
      if (await widget.isVisible().catch(() => false)) continue; // never press twice with the menu open
      await page.keyboard.press('Control+.');
      presses++;
    }
    await page.waitForTimeout(250);
  }
  const total = await rows.count();
  for (let i = 0; i <= total; i++) {
    const focused = await page.locator('.action-widget .monaco-list-row.focused').first().textContent().catch(() => null);
    if (focused && match(focused)) {
      await page.keyboard.press('Enter');
      await widget.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
      return { presses };
    }
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(50);
  }
  throw new Error(`could not focus quick fix "${title}" in the menu: ${JSON.stringify(texts)}`);
}

/** Wait until editorText(page, name) matches `expected` (RegExp, substring or predicate); returns it. */
export async function waitForEditorText(page, name, expected, { timeout = 15_000 } = {}) {
  const ok =
    typeof expected === 'function' ? expected : expected instanceof RegExp ? (t) => expected.test(t) : (t) => t.includes(expected);
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await editorText(page, name);
    if (ok(text)) return text;
    if (Date.now() > deadline) throw new Error(`editor text never matched ${expected}; it shows:\n${text}`);
    await page.waitForTimeout(150);
  }
}

/** Save the active editor (Control+S) and wait until its tab is no longer dirty. */
export async function save(page, { timeout = 15_000 } = {}) {
  await page.keyboard.press('Control+S');
  await page
    .locator('.tabs-container .tab.active.dirty')
    .waitFor({ state: 'detached', timeout })
    .catch(() => {});
}

/** Wait until a file on disk satisfies `predicate(text)`; returns its text. */
export async function waitForFile(file, predicate, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  let text = '';
  for (;;) {
    text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (predicate(text)) return text;
    if (Date.now() > deadline) throw new Error(`${file} did not change as expected; it holds:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A full-page screenshot (folders created). Look at it: it is what a person would trust. */
export async function screenshot(page, file) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}
