// Renders an exported .docx the way a reader sees it, to look at: exports a Markdown
// submission with the built CLI (dist/cli.js, `npm run build` first), converts the .docx
// to PDF with LibreOffice and each page to a PNG with pdftoppm, into .cache/export-check/.
//   node scripts/check-docx-render.mjs [FILE.md] [--dpi=60]
// Needs (Debian): apt-get install -y libreoffice-writer-nogui poppler-utils
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const input = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, 'examples', 'azerbaijan-2018-draft.md'));
const dpi = args.find((a) => a.startsWith('--dpi='))?.slice(6) ?? '60';
const outDir = join(root, '.cache', 'export-check');
const name = basename(input, extname(input));

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} could not be started (${r.error.message}); see the header of this script for what to install`);
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  return r;
}

if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: npm run build');
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(outDir, f));

const docx = join(outDir, `${name}.docx`);
const exported = run(process.execPath, [join(root, 'dist', 'cli.js'), 'export', input, '--docx', '-o', docx]);
process.stderr.write(exported.stderr);
// A profile of its own, so a LibreOffice the user has open does not take over the conversion.
run('soffice', [`-env:UserInstallation=file://${join(outDir, '.lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx]);
run('pdftoppm', ['-png', '-r', dpi, join(outDir, `${name}.pdf`), join(outDir, name)]);
const pages = readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
console.log(`${pages.length} page(s) in ${outDir}: ${pages.join(', ')}`);
