import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli';
import { fixture } from '../helpers/paths';

const SAMPLE = fixture('datasets', 'azerbaijan-2013-sample.upr.json');

test('search prints the best match first in the text format', async () => {
  const r = await runCli('search', 'NGO registration funding', '--dataset', SAMPLE, '--no-bundled');
  assert.equal(r.code, 0);
  assert.match(r.out.split('\n')[0]!, /^A\/HRC\/24\/13, para\. 109\.118 \(Norway\) — Azerbaijan 2013, supported$/);
  assert.match(r.out, /Remove all legislative and practical obstacles/);
});

test('search --format json gives the records and scores', async () => {
  const r = await runCli('search', 'CPED', '--dataset', SAMPLE, '--no-bundled', '--format', 'json');
  const hits = JSON.parse(r.out) as { recommendation: { id: string; recommendingStates: string[] }; score: number }[];
  assert.equal(hits[0]!.recommendation.id, '109.3');
  assert.deepEqual(hits[0]!.recommendation.recommendingStates, ['Brazil', 'Chile']);
});

test('no match says so on stderr and still exits 0', async () => {
  const r = await runCli('search', 'zzzzqqq', '--dataset', SAMPLE, '--no-bundled');
  assert.equal(r.code, 0);
  assert.equal(r.out, '');
  assert.match(r.err, /No recommendations match "zzzzqqq"/);
});

test('a dataset file with bad records loads the good ones and reports the bad with place', async () => {
  const r = await runCli('search', '', '--state', 'AZE', '--dataset', fixture('datasets', 'one-bad-record.upr.json'), '--no-bundled', '--format', 'json');
  assert.equal(r.code, 0);
  assert.equal((JSON.parse(r.out) as unknown[]).length, 3);
  assert.match(r.err, /one-bad-record\.upr\.json:\d+:\d+: \/recommendations\/1\/id must match pattern/);
  assert.match(r.err, /skipped 2 recommendations/);
});

test('an unusable dataset file fails with exit 1 naming it', async () => {
  const r = await runCli('search', 'x', '--dataset', fixture('datasets', 'wrong-shape.upr.json'), '--no-bundled');
  assert.equal(r.code, 1);
  assert.match(r.err, /wrong-shape\.upr\.json/);
  const missing = await runCli('search', 'x', '--dataset', fixture('datasets', 'nope.upr.json'), '--no-bundled');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /nope\.upr\.json: cannot be read \(ENOENT\)/);
});
