#!/usr/bin/env node
// Run an extension's integration tests (a mocha `run()` index) inside a real VS Code extension
// host: code-server + headless Chromium. Exits with the tests' exit code.
//
//   node test/vscode/run-integration.mjs --extension <abs ext folder> \
//     --tests <abs path to out/test/.../index.js> --workspace <abs folder> \
//     [--settings '<json user settings>'] [--timeout <seconds, default 300>] [--screenshot <png on failure>]
//
// Env: KEEP_RUN=1 keeps the temp run dir (code-server log, user data); DEBUG=1 also echoes the
// browser console and code-server's log location.
import fs from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { launchBrowser, newPage, startCodeServer } from './code-server.mjs';

const { values: opt } = parseArgs({
  options: {
    extension: { type: 'string' },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    settings: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    screenshot: { type: 'string' },
  },
});
for (const k of ['extension', 'tests', 'workspace']) {
  if (!opt[k]) die(`missing --${k}`);
  opt[k] = path.resolve(opt[k]);
  if (!fs.existsSync(opt[k])) die(`--${k} does not exist: ${opt[k]}`);
}
if (!fs.existsSync(path.join(opt.extension, 'package.json'))) die(`no package.json in --extension ${opt.extension}`);
const timeoutMs = Number(opt.timeout) * 1000;
if (!(timeoutMs > 0)) die(`bad --timeout ${opt.timeout}`);

// The workbench's own start-up chatter, which reaches codeAutomationLog too (shown with DEBUG=1).
const WORKBENCH_NOISE =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\] registered|ChatSessionStore: Migrating 0|Creation of workbench contribution .* took \d+ms)/;

function die(msg) {
  console.error(`run-integration: ${msg}`);
  process.exit(2);
}

const started = Date.now();
const secs = () => ((Date.now() - started) / 1000).toFixed(1);
let cs;
let browser;
let page;
let exitCode = 1;
let cleaningUp = false;

async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  await browser?.close().catch(() => {});
  await cs?.stop().catch((e) => console.error(`run-integration: stop failed: ${e.message}`));
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    console.error(`run-integration: ${sig}, cleaning up`);
    await cleanup();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

let timer;
const timeout = new Promise((_, reject) => {
  timer = setTimeout(() => reject(new Error(`TIMEOUT: tests did not finish within ${opt.timeout} s`)), timeoutMs);
});

try {
  const result = await Promise.race([main(), timeout]);
  exitCode = result;
  console.log(`run-integration: tests exited with code ${exitCode} after ${secs()} s`);
} catch (err) {
  exitCode = 1;
  console.error(`run-integration: FAILED after ${secs()} s: ${err?.stack ?? err}`);
  if (cs) {
    const tail = fs.existsSync(cs.logFile) ? fs.readFileSync(cs.logFile, 'utf8').split('\n').slice(-25).join('\n') : '';
    if (tail) console.error(`--- code-server log tail (${cs.logFile}) ---\n${tail}`);
  }
  if (page && opt.screenshot) {
    await page.screenshot({ path: opt.screenshot }).then(
      () => console.error(`run-integration: screenshot at ${opt.screenshot}`),
      () => {},
    );
  }
} finally {
  clearTimeout(timer);
  await cleanup();
}
process.exit(exitCode);

async function main() {
  const settings = opt.settings ? JSON.parse(opt.settings) : {};
  cs = await startCodeServer({ workspace: opt.workspace, userSettings: settings });
  if (process.env.DEBUG === '1') console.error(`run-integration: code-server on ${cs.port}, log ${cs.logFile}`);
  // Our SIGINT/SIGTERM handlers close the browser and code-server; playwright's would exit at once.
  browser = await launchBrowser({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  page = await newPage(browser);

  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    // VS Code passes console.log's arguments as an array (printf-style: ['%s passing', 3]).
    const text = Array.isArray(message) ? format(...message) : typeof message === 'string' ? message : JSON.stringify(message);
    if (process.env.DEBUG !== '1' && WORKBENCH_NOISE.test(text)) return;
    (type === 'error' ? process.stderr : process.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('pageerror', (e) => process.env.DEBUG === '1' && console.error(`[page error] ${e.message}`));
  page.on('crash', () => resolveExit(Promise.reject(new Error('the browser page crashed'))));

  const url = cs.payloadUrl([
    ['extensionDevelopmentPath', cs.remoteUri(opt.extension)],
    ['extensionTestsPath', cs.remoteUri(opt.tests)],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return exited;
}
