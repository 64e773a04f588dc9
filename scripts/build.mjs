// Bundles the three entry points with esbuild: the VS Code client, the language
// server and the CLI. `vscode` is provided by the editor; pdfjs-dist is loaded with a
// dynamic import at run time (it is an ES module with its own worker and would not
// survive being inlined into a CommonJS bundle).
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode', 'pdfjs-dist', 'pdfjs-dist/*'],
  // Prefer packages' ES module builds: some UMD builds (jsonc-parser's) load their parts
  // with a require() that a bundler cannot follow.
  mainFields: ['module', 'main'],
  // ES module code that reads import.meta.url (fdir, under tinyglobby) gets this file's
  // URL: in a CommonJS bundle import.meta is empty.
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: "const __bundleFileUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  {
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: "#!/usr/bin/env node\nconst __bundleFileUrl = require('url').pathToFileURL(__filename).href;" },
  },
  // The lookup panel's script runs in the webview (a browser page, no Node), so it is
  // bundled as a plain IIFE without the Node banner above.
  {
    entryPoints: ['client/webview/lookupPanel.ts'],
    outfile: 'dist/webview/lookupPanel.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    define: {},
    banner: {},
    external: [],
  },
];

if (watch) {
  const { context } = await import('esbuild');
  for (const e of entries) {
    const ctx = await context({ ...common, ...e });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
}
