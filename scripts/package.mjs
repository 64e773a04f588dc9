// `npm run package`: a production build (minified, no source maps) and the .vsix made by
// @vscode/vsce, with the files .vscodeignore lets through. Prints what went in.
//
//   node scripts/package.mjs [--out FILE.vsix]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const pkg = JSON.parse((await import('node:fs')).readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : join(root, `${pkg.name}-${pkg.version}.vsix`));

function run(cmd, cmdArgs) {
  console.log(`$ ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(process.execPath, ['scripts/build.mjs', '--production']);
// --allow-missing-repository: no public repository yet, and vsce would otherwise ask on
// stdin (CI has none); relative links in the README stay relative for the same reason.
run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]);
console.log(`${out}: ${(statSync(out).size / 1024 / 1024).toFixed(2)} MiB`);
