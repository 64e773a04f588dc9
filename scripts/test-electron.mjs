// `npm run test:electron`: the same editor suite (test/editor/suite) in DESKTOP VS Code
// through @vscode/test-electron, for machines that have it or can download it. This
// machine cannot (no internet but npm and Debian): `npm run test:editor` runs the suite in
// code-server instead. Use a local VS Code with VSCODE_EXECUTABLE_PATH=/path/to/code;
// otherwise @vscode/test-electron downloads the version in VSCODE_VERSION (default
// 'stable'). The Playwright user-level checks (test/editor/ui) are code-server only.
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleEditorSuite } from './lib/bundleEditorSuite.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', `editor-electron-${process.pid}`);

async function main() {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const suiteOut = join(outDir, 'suite');
  const files = await bundleEditorSuite(root, suiteOut);
  const tmp = mkdtempSync(join(tmpdir(), 'upr-electron-test-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false }, null, 2));
  console.log(`[test:electron] ${files} test files; workspace ${workspace}`);
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      version: process.env.VSCODE_VERSION || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(suiteOut, 'index.js'),
      // Only UPR Draft and the built-in extensions: the user's own must not interfere.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userData],
    });
    return 0;
  } catch (e) {
    console.error(`[test:electron] ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exit(await main());
