import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readDatasetFile } from '../../server/src/engine/dataset/datasetFile';
import { DatasetError, formatProblem, validateDatasetValue } from '../../server/src/engine/dataset/validateDataset';
import { fixture } from '../helpers/paths';

test('a valid dataset file loads whole', () => {
  const v = readDatasetFile(fixture('datasets', 'azerbaijan-2013-sample.upr.json'));
  assert.equal(v.problems.length, 0);
  assert.equal(v.dataset.recommendations.length, 5);
  assert.equal(v.dataset.reviews[0]!.document, 'A/HRC/24/13');
});

test('bad records are dropped and reported with JSON pointer and line; good ones are kept', () => {
  const file = fixture('datasets', 'one-bad-record.upr.json');
  const v = readDatasetFile(file);
  assert.deepEqual(v.dropped, { reviews: 0, recommendations: 2 });
  assert.deepEqual(
    v.dataset.recommendations.map((r) => r.id),
    ['109.3', '109.60', '110.2'],
  );
  const pointers = v.problems.map((p) => p.pointer).sort();
  assert.deepEqual(pointers, ['/recommendations/1/id', '/recommendations/3/response/value']);
  const idProblem = v.problems.find((p) => p.pointer === '/recommendations/1/id')!;
  // The line of the offending value in the file itself.
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  assert.match(lines[idProblem.line! - 1]!, /"id": "109-118"/);
  assert.match(formatProblem(idProblem), /one-bad-record\.upr\.json:\d+:\d+: \/recommendations\/1\/id must match pattern/);
  const enumProblem = v.problems.find((p) => p.pointer.endsWith('/response/value'))!;
  assert.match(enumProblem.message, /"supported", "noted", "pending", "unknown"/);
});

test('invalid JSON is rejected with the position of the error', () => {
  assert.throws(
    () => readDatasetFile(fixture('datasets', 'not-json.upr.json')),
    (e: unknown) => e instanceof DatasetError && /not-json\.upr\.json:\d+:\d+: \/ is not valid JSON/.test(e.message),
  );
});

test('a JSON file of another shape is rejected whole, naming what is wrong', () => {
  assert.throws(
    () => readDatasetFile(fixture('datasets', 'wrong-shape.upr.json')),
    (e: unknown) => e instanceof DatasetError && /is missing "reviews"/.test(e.message) && /unknown property "items"/.test(e.message),
  );
});

test('a value that is not an object at all is rejected', () => {
  assert.throws(() => validateDatasetValue([1, 2], 'x.upr.json'), DatasetError);
});
