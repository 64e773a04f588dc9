import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeCompact, encodeCompact } from '../../server/src/engine/dataset/compactDataset';
import { readCompactDataset, writeCompactDataset } from '../../server/src/engine/dataset/bundledDataset';
import { readDatasetFile } from '../../server/src/engine/dataset/datasetFile';
import type { Dataset } from '../../server/src/engine/model/recommendation';
import { fixture } from '../helpers/paths';

function sample(): Dataset {
  const d = readDatasetFile(fixture('datasets', 'azerbaijan-2013-sample.upr.json')).dataset;
  delete d.$schema;
  return d;
}

test('the compact form round-trips every field', () => {
  const d = sample();
  d.recommendations[0]!.part = 2;
  d.recommendations[0]!.sdgs = ['16.10'];
  d.recommendations[0]!.affectedPersons = ['Human rights defenders'];
  d.recommendations[0]!.provenance.mergedFrom = ['upr-info-export/14-17.csv:120'];
  d.recommendations[1]!.provenance.line = 812;
  // A record that differs from its review is kept exact through the overrides slot.
  d.recommendations[2]!.stateUnderReview = { name: 'Azerbaijan' };
  const back = decodeCompact(JSON.parse(JSON.stringify(encodeCompact(d))));
  assert.deepEqual(back, d);
});

test('the compact form interns repeated strings', () => {
  const c = encodeCompact(sample());
  assert.equal(c.strings.filter((s) => s === 'Azerbaijan').length, 1);
});

test('written and read back through Brotli', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upr-')), 'd.json.br');
  const size = writeCompactDataset(file, sample());
  assert.ok(size.bytes < size.jsonBytes);
  assert.deepEqual(readCompactDataset(file), sample());
});

test('a file that is not a compact dataset gives a clear error naming it', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upr-')), 'bad.json.br');
  fs.writeFileSync(file, 'hello');
  assert.throws(() => readCompactDataset(file), /bad\.json\.br: not a Brotli-compressed compact dataset/);
});
