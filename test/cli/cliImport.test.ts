import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readDatasetFile } from '../../server/src/engine/dataset/datasetFile';
import { runCli } from '../helpers/runCli';
import { fixture, NO_SHARED_DATA, SHARED_DATA } from '../helpers/paths';

function tmpOut(name = 'out.upr.json'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upr-import-')), name);
}

test('import of a WG report PDF writes a valid dataset file', { skip: NO_SHARED_DATA }, async () => {
  const out = tmpOut();
  const r = await runCli('import', path.join(SHARED_DATA, 'wg-reports', 'pdf', 'azerbaijan2013.pdf'), '--out', out);
  assert.equal(r.code, 0, r.err);
  // 162 IDs; 109.9, 109.19 and 109.20 each hold two States' texts, so 166 records.
  assert.match(r.err, /azerbaijan2013\.pdf: wg-report-pdf: 1 review\(s\), 166 recommendations/);
  const v = readDatasetFile(out);
  assert.equal(v.problems.length, 0);
  assert.equal(v.dataset.reviews[0]!.document, 'A/HRC/24/13');
  assert.equal(new Set(v.dataset.recommendations.map((x) => x.id)).size, 162);
});

test('a report and its UPR Info export in one command: rows matched, responses merged', { skip: NO_SHARED_DATA }, async () => {
  const out = tmpOut();
  const r = await runCli('import', path.join(SHARED_DATA, 'wg-reports', 'pdf', 'azerbaijan2013.pdf'), path.join(SHARED_DATA, 'upr-info-export', '14-17.csv'), '--out', out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /UPR Info: matched \d+ of \d+ rows/);
  const rec = readDatasetFile(out).dataset.recommendations.find((x) => x.id === '109.118')!;
  assert.equal(rec.response.value, 'supported');
  assert.equal(rec.response.source, 'upr-info');
});

test('bad input: a clear one-line error naming the file, exit 1, nothing written', async () => {
  const cases: [string, RegExp][] = [
    [fixture('bad', 'not-a-report.txt'), /not-a-report\.txt: /],
    [fixture('bad', 'empty.txt'), /empty\.txt: is empty/],
    [fixture('bad', 'picture.png'), /picture\.png: is not a file UPR Draft can import/],
    [fixture('bad', 'missing.pdf'), /missing\.pdf: cannot be read \(ENOENT\)/],
    [fixture('datasets', 'wrong-shape.upr.json'), /wrong-shape\.upr\.json/],
  ];
  for (const [file, message] of cases) {
    const out = tmpOut();
    const r = await runCli('import', file, '--out', out);
    assert.equal(r.code, 1, `${file}: ${r.err}`);
    assert.match(r.err, message);
    assert.equal(r.err.trim().split('\n').length, 1, `one line for ${file}: ${r.err}`);
    assert.equal(fs.existsSync(out), false, `nothing written for ${file}`);
  }
});

test('one bad file among good ones writes nothing', { skip: NO_SHARED_DATA }, async () => {
  const out = tmpOut();
  const r = await runCli('import', path.join(SHARED_DATA, 'wg-reports', 'pdf', 'azerbaijan2013.pdf'), fixture('bad', 'not-a-report.txt'), '--out', out);
  assert.equal(r.code, 1);
  assert.equal(fs.existsSync(out), false);
});

test('--out must be a *.upr.json file (bad usage)', async () => {
  const r = await runCli('import', fixture('bad', 'empty.txt'), '--out', 'x.json');
  assert.equal(r.code, 2);
  assert.match(r.err, /--out should end in \.upr\.json/);
});

test('a UPR Info export alone is matched against the bundled reports; only the reviews it touches are written', { skip: NO_SHARED_DATA }, async () => {
  const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upr-csv-')), 'azerbaijan.csv');
  const all = fs.readFileSync(path.join(SHARED_DATA, 'upr-info-export', '14-17.csv'), 'latin1').split('\r');
  fs.writeFileSync(csv, [all[0], ...all.filter((l) => l.startsWith('Azerbaijan,'))].join('\r'), 'latin1');
  const out = tmpOut();
  const r = await runCli('import', csv, '--out', out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /UPR Info: matched 167 of 167 rows \(100\.0%\)/);
  const d = readDatasetFile(out).dataset;
  assert.deepEqual(d.reviews.map((x) => x.document), ['A/HRC/24/13']);
  assert.equal(d.recommendations.find((x) => x.id === '109.118')!.response.value, 'supported');
});
