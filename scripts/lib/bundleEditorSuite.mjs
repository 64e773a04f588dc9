// Bundles the editor suite (test/editor/suite: index.ts + *.editor-test.ts) to CommonJS
// in `suiteOut`, with `vscode` and `mocha` external: `vscode` is the extension host's,
// and mocha resolves from the repository's node_modules (so `suiteOut` must lie inside
// the repository). Shared by test-editor.mjs (code-server) and test-electron.mjs.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Returns the number of test files bundled. */
export async function bundleEditorSuite(root, suiteOut) {
  const { build } = await import('esbuild');
  const suiteSrc = join(root, 'test', 'editor', 'suite');
  rmSync(suiteOut, { recursive: true, force: true });
  const entryPoints = readdirSync(suiteSrc).filter((f) => f === 'index.ts' || f.endsWith('.editor-test.ts')).map((f) => join(suiteSrc, f));
  await build({
    entryPoints,
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode', 'mocha'],
  });
  return entryPoints.length - 1;
}
