import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO, fixture } from '../helpers/paths';

// The bundle as users run it (dist/cli.js, built by `npm run build`), not the sources:
// catches what only bundling breaks.
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the built CLI runs the quick-start search on the bundled data', () => {
  const r = cli('search', 'NGO registration funding', '--state', 'AZE', '--review', 'A/HRC/24/13');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout.split('\n')[0]!, /^A\/HRC\/24\/13, para\. 109\.118 \(Norway\) — Azerbaijan 2013, supported$/);
});

test('the built CLI validates dataset files and reports bad records with their place', () => {
  const r = cli('search', '', '--no-bundled', '--dataset', fixture('datasets', 'one-bad-record.upr.json'), '--state', 'AZE');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /one-bad-record\.upr\.json:\d+:\d+: \/recommendations\/1\/id must match pattern/);
});

test('the built CLI imports a PDF report (pdfjs-dist loaded at run time)', () => {
  const r = cli('import', fixture('wg-report', 'no-text-layer.pdf'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no-text-layer\.pdf: .*(no text|image)/i);
});
