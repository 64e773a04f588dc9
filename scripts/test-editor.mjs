// `npm run test:editor`: runs test/editor/suite inside a REAL VS Code 1.100 extension host,
// offline. VS Code is code-server 4.100.3 from npm (the VS Code workbench served on
// loopback), driven by Debian's Chromium through playwright-core. A small test-harness
// extension (test/editor/harness/) runs the mocha suite on activation and writes its
// results to a JSON file that this script waits for.
// Needs the Debian packages libkrb5-dev pkg-config ripgrep chromium (see
// test/editor/README.md); code-server is installed once into .cache/code-server/.
//
// After the suite, the user-level checks in test/editor/ui/*.ui.mjs drive the page with
// Playwright as a drafter would (click, type, hover) and save screenshots.
//
//   node scripts/test-editor.mjs [--install-only] [--keep] [--timeout=SECONDS] [--grep=TEXT] [--no-ui] [--vsix]
//
// --grep runs only the suite tests (and UI checks) whose title contains TEXT.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { bundleEditorSuite } from './lib/bundleEditorSuite.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CODE_SERVER_VERSION = '4.100.3';
const CODE_VERSION = '1.100.3';
const cacheDir = join(root, '.cache', 'code-server');
const codeServerDir = join(cacheDir, 'node_modules', 'code-server');
const entry = join(codeServerDir, 'out', 'node', 'entry.js');
const stampFile = join(cacheDir, 'installed.json');
const screenshotDir = join(root, '.cache', 'editor-screenshots');
// One folder per run: two runs at once (say, two terminals) must not share bundles.
const outDir = join(root, 'out', `editor-test-${process.pid}`);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const args = process.argv.slice(2);
const installOnly = args.includes('--install-only');
const keep = args.includes('--keep');
const timeoutSeconds = Number(args.find((a) => a.startsWith('--timeout='))?.slice(10) ?? 180);
const grep = args.find((a) => a.startsWith('--grep='))?.slice(7);
const noUi = args.includes('--no-ui');
// --vsix: test the packaged extension (npm run package) installed by code-server itself,
// instead of a copy of the development build.
const fromVsix = args.includes('--vsix');

const log = (...a) => console.log('[test:editor]', ...a);
const seconds = (t0) => ((Date.now() - t0) / 1000).toFixed(1) + ' s';

function run(cmd, cmdArgs, { cwd = root, allowFail = false, env } = {}) {
  log(`$ ${cmd} ${cmdArgs.join(' ')}${cwd === root ? '' : `   (in ${relative(root, cwd) || '.'})`}`);
  const r = spawnSync(cmd, cmdArgs, { cwd, stdio: 'inherit', env: env ? { ...process.env, ...env } : process.env });
  if (r.status !== 0 && !allowFail) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status ?? r.signal})`);
  return r.status;
}

function link(target, path) {
  try {
    lstatSync(path);
    rmSync(path, { recursive: false, force: true });
  } catch {}
  log(`$ ln -s ${target} ${relative(root, path)}`);
  symlinkSync(target, path);
}

// code-server writes a default config file where none exists and logs under
// $XDG_DATA_HOME/code-server: keep both out of the home folder.
const codeServerEnv = { ...process.env, CODE_SERVER_CONFIG: join(cacheDir, 'config.yaml'), XDG_DATA_HOME: join(cacheDir, 'xdg-data') };

function codeServerVersion() {
  const r = spawnSync(process.execPath, [entry, '--version'], { encoding: 'utf8', env: codeServerEnv });
  const lines = (r.stdout ?? '').trim().split('\n');
  return lines.find((l) => l.includes(' with Code ')) ?? lines.join('\n');
}

function versionOk(v) {
  return v.startsWith(CODE_SERVER_VERSION) && v.includes(`with Code ${CODE_VERSION}`);
}

/** node-gyp as bundled with npm (no download). */
function nodeGypPath() {
  const npmRoot = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' }).stdout.trim();
  const p = join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(p)) throw new Error(`node-gyp not found at ${p}`);
  return p;
}

/** Installs code-server into .cache/code-server by the recipe of docs/real-editor-offline. */
function installCodeServer() {
  if (existsSync(stampFile) && existsSync(entry)) {
    const v = codeServerVersion();
    if (versionOk(v)) {
      log(`code-server: reusing ${relative(root, cacheDir)} (${v.split('\n')[0]})`);
      return;
    }
    log(`code-server: cached copy is broken (--version printed ${JSON.stringify(v)}), installing again`);
  }
  const t0 = Date.now();
  log(`code-server: installing ${CODE_SERVER_VERSION} into ${relative(root, cacheDir)} (takes a few minutes)`);
  for (const bin of ['rg', chromiumPath]) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0) {
      throw new Error(`${bin} is missing: apt-get update && apt-get install -y libkrb5-dev pkg-config ripgrep chromium`);
    }
  }
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'package.json'), JSON.stringify({ name: 'upr-draft-code-server-cache', private: true }, null, 2) + '\n');
  const npmFlags = ['--ignore-scripts', '--no-audit', '--no-fund'];
  // 1. the package itself; its postinstall.sh is not run (it refuses root and downloads).
  run('npm', ['install', ...npmFlags, `code-server@${CODE_SERVER_VERSION}`], { cwd: cacheDir });
  // 2. postinstall.sh by hand: VS Code's own production dependencies.
  const vscodeDir = join(codeServerDir, 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', ...npmFlags], { cwd: vscodeDir });
  // 3. native modules, built locally.
  run('npm', ['rebuild', 'kerberos', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog'], { cwd: vscodeDir });
  const nodedir = spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).stdout.trim();
  const nodedirArgs = nodedir && nodedir !== 'undefined' && nodedir !== 'null' ? [`--nodedir=${nodedir}`] : [];
  // node-pty's install script wants `npx node-gyp` (a download): call node-gyp directly.
  run(process.execPath, [nodeGypPath(), 'rebuild', ...nodedirArgs], { cwd: join(vscodeDir, 'node_modules', 'node-pty') });
  // 4. ripgrep from Debian instead of a download.
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  link(spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim(), join(rgBin, 'rg'));
  // 5. the links postinstall.sh makes.
  link('node_modules', join(vscodeDir, 'node_modules.asar'));
  link('./code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('./browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  // 6. the built-in extensions' dependencies.
  run('npm', ['install', '--omit=dev', ...npmFlags], { cwd: join(vscodeDir, 'extensions') });
  // 7. code-server's own native module.
  run('npm', ['rebuild', 'argon2', '--build-from-source'], { cwd: cacheDir });
  const v = codeServerVersion();
  log(`$ node ${relative(root, entry)} --version\n${v}`);
  if (!versionOk(v)) throw new Error(`code-server --version printed ${JSON.stringify(v)}, expected ${CODE_SERVER_VERSION} with Code ${CODE_VERSION}`);
  writeFileSync(stampFile, JSON.stringify({ version: v, installedAt: new Date().toISOString(), seconds: (Date.now() - t0) / 1000 }, null, 2) + '\n');
  log(`code-server: installed in ${seconds(t0)}`);
}

/** A package and its production dependencies, as npm laid them out under node_modules. */
function dependencyClosure(name, from = root, seen = new Map()) {
  let dir = from;
  let pkgDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) {
      pkgDir = candidate;
      break;
    }
    if (dir === root || dirname(dir) === dir) throw new Error(`run-time dependency ${name} not found (npm ci?)`);
    dir = dirname(dir);
  }
  if (seen.has(pkgDir)) return seen;
  seen.set(pkgDir, relative(root, pkgDir));
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
    try {
      dependencyClosure(dep, pkgDir, seen);
    } catch (e) {
      if (!pkg.optionalDependencies?.[dep]) throw e;
    }
  }
  return seen;
}

/** Copies the built extension the way a VSIX would lay it out. */
function installExtension(extsDir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dest = join(extsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  mkdirSync(dest, { recursive: true });
  for (const item of ['package.json', 'dist', 'data', 'schemas', 'snippets', 'syntaxes', 'LICENSE', 'README.md']) {
    if (existsSync(join(root, item))) cpSync(join(root, item), join(dest, item), { recursive: true });
  }
  // Everything but pdfjs-dist is bundled into dist/ (see scripts/build.mjs).
  const deps = dependencyClosure('pdfjs-dist');
  for (const rel of deps.values()) cpSync(join(root, rel), join(dest, rel), { recursive: true });
  log(`extension: installed ${relative(extsDir, dest)} (with ${[...deps.values()].join(', ')})`);
  return dest;
}

/** Packages the extension and installs the .vsix with code-server's own --install-extension. */
function installVsix(extsDir, tmp) {
  const vsix = join(tmp, 'upr-draft.vsix');
  run(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out', vsix]);
  run(process.execPath, [entry, '--extensions-dir', extsDir, '--install-extension', vsix], { env: codeServerEnv });
  const installed = readdirSync(extsDir).filter((d) => d.startsWith('upr-draft.upr-draft-'));
  if (installed.length !== 1) throw new Error(`code-server did not install ${vsix} (found ${installed.join(', ') || 'nothing'} in ${extsDir})`);
  log(`extension: installed from the .vsix as ${installed[0]}`);
}

/** Bundles the mocha suite (into out/editor-test/suite, so mocha resolves from node_modules) and the harness. */
async function buildSuiteAndHarness(extsDir, resultsFile) {
  const { build } = await import('esbuild');
  const suiteOut = join(outDir, 'suite');
  const testFiles = await bundleEditorSuite(root, suiteOut);
  const harnessSrc = join(root, 'test', 'editor', 'harness');
  const harnessPkg = JSON.parse(readFileSync(join(harnessSrc, 'package.json'), 'utf8'));
  const harnessDir = join(extsDir, `${harnessPkg.publisher}.${harnessPkg.name}-${harnessPkg.version}`);
  mkdirSync(harnessDir, { recursive: true });
  cpSync(join(harnessSrc, 'package.json'), join(harnessDir, 'package.json'));
  await build({
    entryPoints: [join(harnessSrc, 'extension.ts')],
    outfile: join(harnessDir, 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    external: ['vscode'],
  });
  writeFileSync(join(harnessDir, 'harness.json'), JSON.stringify({ suite: join(suiteOut, 'index.js'), results: resultsFile, grep }, null, 2) + '\n');
  log(`harness: ${relative(extsDir, harnessDir)} runs ${relative(root, join(suiteOut, 'index.js'))} (${testFiles} test files)`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

async function waitFor(what, check, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Stops a detached process group: SIGTERM, then SIGKILL. */
async function stopGroup(child, name) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
  for (let i = 0; i < 50 && alive(); i++) await sleep(100);
  if (alive()) {
    log(`${name} did not stop on SIGTERM, sending SIGKILL`);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
}

async function main() {
  const tInstall = Date.now();
  installCodeServer();
  log(`install step: ${seconds(tInstall)}`);
  if (installOnly) return 0;

  const tRun = Date.now();
  if (!fromVsix) run('npm', ['run', 'build']);
  const tmp = mkdtempSync(join(tmpdir(), 'upr-editor-test-'));
  const extsDir = join(tmp, 'exts');
  const userDataDir = join(tmp, 'user-data');
  const workspace = join(tmp, 'workspace');
  const resultsFile = join(tmp, 'results.json');
  const serverLog = join(tmp, 'code-server.log');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  // No welcome page, no restored editors: the suite decides what is open.
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'telemetry.telemetryLevel': 'off', 'security.workspace.trust.enabled': false }, null, 2) + '\n',
  );
  log(`temp folder ${tmp} (workspace = copy of examples/)`);
  // The harness goes in first: code-server's --install-extension then records it in the
  // extensions dir's manifest with the .vsix (one copied in afterwards would be ignored).
  await buildSuiteAndHarness(extsDir, resultsFile);
  if (fromVsix) installVsix(extsDir, tmp);
  else installExtension(extsDir);

  let server;
  let browser;
  let results;
  let error;
  try {
    const port = await freePort();
    const csArgs = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userDataDir, '--extensions-dir', extsDir, workspace];
    log(`$ node ${relative(root, entry)} ${csArgs.slice(1).join(' ')}   (log: ${serverLog})`);
    const out = createWriteStream(serverLog);
    server = spawn(process.execPath, csArgs, { cwd: tmp, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: codeServerEnv });
    server.stdout.pipe(out);
    server.stderr.pipe(out);
    await waitFor(
      'code-server to listen',
      async () => {
        if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}: see ${serverLog}`);
        try {
          return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
        } catch {
          return false;
        }
      },
      30_000,
    );
    log(`code-server is up on 127.0.0.1:${port} (${seconds(tRun)} since the build started)`);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
    log(`chromium: opening ${url}`);
    const tPage = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log(`chromium: workbench shown after ${seconds(tPage)}; waiting up to ${timeoutSeconds} s for ${relative(tmp, resultsFile)}`);
    try {
      results = await waitFor(
        'the test results',
        () => {
          if (!existsSync(resultsFile)) return undefined;
          return JSON.parse(readFileSync(resultsFile, 'utf8'));
        },
        timeoutSeconds * 1000,
        500,
      );
      log(`suite finished ${seconds(tPage)} after the page load`);
      await sleep(1500); // let the workbench paint the last editor and its squiggles
    } catch (e) {
      error = e;
    }
    mkdirSync(screenshotDir, { recursive: true });
    const shot = join(screenshotDir, 'workbench.png');
    await page.screenshot({ path: shot });
    log(`screenshot: ${relative(root, shot)}`);
    if (results && !noUi) await runUiChecks(page, { workspace, results });
    if (error && pageErrors.length) log(`page errors:\n  ${pageErrors.slice(0, 10).join('\n  ')}`);
  } catch (e) {
    error = e;
  } finally {
    await browser?.close().catch(() => {});
    await stopGroup(server, 'code-server');
  }

  if (error) {
    console.error(`[test:editor] ${error.message}`);
    if (existsSync(serverLog)) console.error(`--- last lines of ${serverLog} ---\n${readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n')}`);
    const hostLogs = findFiles(join(userDataDir, 'logs'), (f) => f.endsWith('exthost.log'));
    for (const f of hostLogs) console.error(`--- ${f} ---\n${readFileSync(f, 'utf8').split('\n').slice(-40).join('\n')}`);
  }
  rmSync(outDir, { recursive: true, force: true });
  if (!keep && !error) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp}`);

  const passed = results?.passed ?? 0;
  const failed = results ? results.failed : 0;
  if (results) {
    for (const t of results.tests) {
      console.log(`  ${t.state === 'passed' ? '✓' : '✗'} ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
      if (t.error) console.log(`      ${t.error.split('\n').join('\n      ')}`);
    }
  }
  log(`run step (build, start, suite, stop): ${seconds(tRun)}`);
  if (error) log('the run did not complete');
  console.log(`${passed} passed, ${failed} failed`);
  return !error && results && failed === 0 && passed > 0 ? 0 : 1;
}

/**
 * The user-level checks: each test/editor/ui/NAME.ui.mjs exports a default
 * `async ({ page, workspace, screenshotDir, log }) => void` that throws on failure. They
 * run in file-name order on the same page, after the suite; results join the suite's.
 */
async function runUiChecks(page, { workspace, results }) {
  const uiDir = join(root, 'test', 'editor', 'ui');
  if (!existsSync(uiDir)) return;
  for (const file of readdirSync(uiDir).filter((f) => f.endsWith('.ui.mjs')).sort()) {
    const title = `ui: ${file.replace(/\.ui\.mjs$/, '')}`;
    if (grep && !title.includes(grep) && !file.includes(grep)) continue;
    const t0 = Date.now();
    try {
      const mod = await import(pathToFileURL(join(uiDir, file)).href);
      await mod.default({ page, workspace, screenshotDir, log: (...a) => log(`[${file}]`, ...a) });
      results.tests.push({ title, state: 'passed', durationMs: Date.now() - t0 });
      results.passed++;
    } catch (e) {
      const shot = join(screenshotDir, `failed-${file.replace(/\.ui\.mjs$/, '')}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      results.tests.push({ title, state: 'failed', durationMs: Date.now() - t0, error: `${e?.stack ?? e}\n(screenshot: ${relative(root, shot)})` });
      results.failed++;
    }
  }
}

function findFiles(dir, pred) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? findFiles(p, pred) : pred(p) ? [p] : [];
  });
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[test:editor] ${e.stack ?? e}`);
    console.log('0 passed, 0 failed');
    process.exit(1);
  },
);
