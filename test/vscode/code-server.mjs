// Start a real VS Code (code-server 4.100.3 = VS Code 1.100.3) and a headless Chromium for it,
// on a machine without internet. Needs test/vscode/setup.sh to have run. See /work/shared/E2E.md.
//
//   const cs = await startCodeServer({ workspace, userSettings, installVsix });
//   const browser = await launchBrowser();
//   const page = await browser.newPage(); await page.goto(cs.url);
//   ...; await browser.close(); await cs.stop();
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS_DIR = process.env.VSCODE_TEST_TOOLS ?? path.join(REPO_ROOT, '.vscode-test/tools');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Settings every run gets (the caller's userSettings are merged over them). */
export const BASE_USER_SETTINGS = {
  'editor.inlayHints.enabled': 'on',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
};

// Servers to kill (and run dirs to remove) if this process exits without stop(): an uncaught
// error, or process.exit() from a signal handler (playwright's own SIGINT handler does that).
const live = new Map(); // child -> runDir
process.once('exit', () => {
  for (const [child, runDir] of live) {
    killGroup(child, 'SIGKILL');
    if (process.env.KEEP_RUN !== '1') {
      try { fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 5 }); } catch { /* best effort */ }
    }
  }
});

function need(file, what) {
  if (!fs.existsSync(file)) throw new Error(`${what} not found at ${file}: run test/vscode/setup.sh first`);
  return file;
}

export function codeServerEntry() {
  return need(path.join(TOOLS_DIR, 'node_modules/code-server/out/node/entry.js'), 'code-server');
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal); // detached => the child leads its own process group
  } catch {
    try { child.kill(signal); } catch { /* already gone */ }
  }
}

/** A free TCP port on 127.0.0.1 (asks the kernel, then releases it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function runDirs(runDir) {
  const d = {
    home: path.join(runDir, 'home'),
    tmp: path.join(runDir, 'tmp'),
    xdgConfig: path.join(runDir, 'xdg-config'),
    xdgData: path.join(runDir, 'xdg-data'),
    xdgCache: path.join(runDir, 'xdg-cache'),
    userData: path.join(runDir, 'ud'),
    extensions: path.join(runDir, 'ext'),
  };
  for (const dir of Object.values(d)) fs.mkdirSync(dir, { recursive: true });
  return d;
}

function isolatedEnv(d, extra) {
  const env = { ...process.env };
  // Do not leak the caller's VS Code/Electron context into the server or its extension host.
  for (const k of Object.keys(env)) if (/^(VSCODE_|ELECTRON_)/.test(k)) delete env[k];
  delete env.NODE_OPTIONS;
  return {
    ...env,
    HOME: d.home,
    TMPDIR: d.tmp,
    XDG_CONFIG_HOME: d.xdgConfig,
    XDG_DATA_HOME: d.xdgData,
    XDG_CACHE_HOME: d.xdgCache,
    XDG_RUNTIME_DIR: d.tmp,
    // No extension gallery: open-vsx.org is unreachable and VS Code would log fetch errors.
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${path.basename(args[0] ?? cmd)} ${args.slice(1).join(' ')} exited ${code}:\n${out}`)),
    );
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Start code-server on a free 127.0.0.1 port with all its state inside one temp run dir.
 * @param {object} o
 * @param {string} o.workspace        folder to open (absolute)
 * @param {object} [o.userSettings]   merged over BASE_USER_SETTINGS into ud/User/settings.json
 * @param {string} [o.extensionsDir]  defaults to <runDir>/ext
 * @param {string|string[]} [o.installVsix]  .vsix file(s) to `--install-extension` first
 * @param {object} [o.env]            extra environment for code-server and its extension host
 * @param {number} [o.startTimeoutMs] default 60 s
 * @returns {Promise<{port:number,url:string,runDir:string,extensionsDir:string,userDataDir:string,
 *   logFile:string,workspace:string,payloadUrl:(p:[string,string][])=>string,remoteUri:(abs:string)=>string,
 *   stop:()=>Promise<void>}>}
 */
export async function startCodeServer({ workspace, userSettings = {}, extensionsDir, installVsix, env: extraEnv = {}, startTimeoutMs = 60_000 } = {}) {
  if (!workspace || !path.isAbsolute(workspace)) throw new Error(`workspace must be an absolute path (got ${workspace})`);
  if (!fs.statSync(workspace).isDirectory()) throw new Error(`workspace is not a folder: ${workspace}`);
  const entry = codeServerEntry();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'costlint-vscode-'));
  const d = runDirs(runDir);
  const extDir = extensionsDir ? path.resolve(extensionsDir) : d.extensions;
  fs.mkdirSync(extDir, { recursive: true });
  fs.mkdirSync(path.join(d.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(d.userData, 'User/settings.json'),
    JSON.stringify({ ...BASE_USER_SETTINGS, ...userSettings }, null, 2),
  );
  const env = isolatedEnv(d, extraEnv);
  const common = ['--user-data-dir', d.userData, '--extensions-dir', extDir, '--disable-telemetry', '--disable-update-check'];
  const logFile = path.join(runDir, 'code-server.log');
  let child;
  let stopped = false;

  const cleanup = async () => {
    if (stopped) return;
    stopped = true;
    if (child) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        killGroup(child, 'SIGTERM');
        const t = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      killGroup(child, 'SIGKILL'); // stragglers left in the group (extension host, pty host, watchers)
      live.delete(child);
    }
    if (process.env.KEEP_RUN === '1') {
      process.stderr.write(`[code-server] KEEP_RUN=1: kept ${runDir} (log: ${logFile})\n`);
    } else {
      fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    }
  };

  try {
    for (const vsix of [installVsix ?? []].flat()) {
      const out = await run(process.execPath, [entry, ...common, '--install-extension', path.resolve(vsix)], { env });
      if (!/was successfully installed/.test(out)) throw new Error(`installing ${vsix} failed:\n${out}`);
    }

    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const log = fs.openSync(logFile, 'a');
      child = spawn(
        process.execPath,
        [entry, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
          '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', workspace],
        { env, cwd: d.home, detached: true, stdio: ['ignore', log, log] },
      );
      fs.closeSync(log);
      live.set(child, runDir);
      const exited = new Promise((r) => child.once('exit', (code, sig) => r(`exited (${code ?? sig})`)));
      const deadline = Date.now() + startTimeoutMs;
      let state = 'timeout';
      while (Date.now() < deadline) {
        const r = await Promise.race([exited, sleep(200).then(() => null)]);
        if (r) { state = r; break; }
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
          if (res.ok) { state = 'up'; break; }
        } catch { /* not listening yet */ }
      }
      if (state === 'up') break;
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      killGroup(child, 'SIGKILL');
      live.delete(child);
      // A port race (someone took the port between freePort() and bind) is worth one retry.
      if (attempt < 3 && /EADDRINUSE/.test(tail)) continue;
      throw new Error(`code-server did not come up (${state}); log tail:\n${tail}`);
    }

    const base = `http://127.0.0.1:${port}`;
    const remoteUri = (abs) => `vscode-remote://127.0.0.1:${port}${path.resolve(abs)}`;
    return {
      port,
      url: `${base}/?folder=${encodeURIComponent(workspace)}`,
      runDir,
      extensionsDir: extDir,
      userDataDir: d.userData,
      logFile,
      workspace,
      remoteUri,
      /** URL that opens the workspace with a `payload` (e.g. extensionDevelopmentPath/extensionTestsPath). */
      payloadUrl: (payload) =>
        `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
      stop: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

export function playwright() {
  const req = createRequire(path.join(TOOLS_DIR, 'package.json'));
  try {
    return req('playwright-core');
  } catch {
    throw new Error(`playwright-core not found under ${TOOLS_DIR}: run test/vscode/setup.sh first`);
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Debian's Chromium through playwright-core (never `playwright install`). Playwright gives every
 * launch a fresh temporary --user-data-dir; HOME/XDG dirs point into another temp dir as well
 * (Chromium otherwise writes ~/.config/chromium/Crash Reports and ~/.cache/dconf). Both are
 * removed when the browser closes.
 * Other options go to playwright's chromium.launch().
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchBrowser({ headless = process.env.HEADFUL !== '1', args = [], ...launchOptions } = {}) {
  need(CHROMIUM, 'chromium');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'costlint-chromium-'));
  const removeHome = () => fs.rmSync(home, { recursive: true, force: true });
  process.once('exit', removeHome);
  try {
    const browser = await playwright().chromium.launch({
      executablePath: CHROMIUM,
      headless,
      args: [...CHROMIUM_ARGS, ...args],
      ...launchOptions, // e.g. { handleSIGINT: false } when the caller cleans up on signals itself
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, 'config'),
        XDG_CACHE_HOME: path.join(home, 'cache'),
        XDG_DATA_HOME: path.join(home, 'data'),
        TZ: process.env.TZ ?? 'UTC',
      },
    });
    browser.once('disconnected', removeHome);
    return browser;
  } catch (err) {
    removeHome();
    throw err;
  }
}

/** A page of the right size for VS Code, with console errors forwarded when DEBUG=1. */
export async function newPage(browser, { width = 1400, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  if (process.env.DEBUG === '1') page.on('console', (m) => process.stderr.write(`[browser ${m.type()}] ${m.text()}\n`));
  return page;
}
