import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBundledDataset } from '../../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../../server/src/engine/dataset/recommendationStore';
import { validateDatasetValue } from '../../server/src/engine/dataset/validateDataset';

// The committed dataset, as a fresh clone has it (no ../shared/data needed).
const dataset = loadBundledDataset();
const store = RecommendationStore.fromDatasets([dataset]);

test('the bundled dataset has every Working Group report: 262 texts + 42 PDFs of 2013, less one copy', () => {
  // 304 files; guinea2014.txt is a byte-for-byte copy of guinea2010.txt, so 303 reviews.
  assert.equal(dataset.reviews.length, 303);
  const documents = new Set(dataset.reviews.map((r) => r.document));
  assert.equal(documents.size, 303, 'each review once');
  const bySession = new Set(dataset.reviews.map((r) => `${r.stateUnderReview.iso3}#${r.session}`));
  assert.equal(bySession.size, 303, 'each (State, WG session) once');
  assert.equal(dataset.reviews.filter((r) => r.document.startsWith('A/HRC/')).length, 189, 'symbols printed in the sources');
  for (const r of dataset.reviews) {
    assert.ok(r.stateUnderReview.iso3, `${r.document} has an ISO3 State`);
    assert.ok(r.session && r.cycle && r.year, `${r.document} has session, cycle and year`);
    assert.ok((r.recommendationCount ?? 0) > 0, `${r.document} has recommendations`);
  }
  const years = new Set(dataset.reviews.map((r) => r.year));
  for (const y of [2008, 2009, 2010, 2011, 2012, 2013, 2014]) assert.ok(years.has(y), `reports of ${y}`);
});

test('Azerbaijan 2013 (A/HRC/24/13): 162 IDs, 109.1–109.158 and 110.1–110.4', () => {
  const review = store.review('A/HRC/24/13');
  assert.equal(review?.stateUnderReview.iso3, 'AZE');
  assert.equal(review?.session, 16);
  assert.equal(review?.cycle, 2);
  const ids = new Set(store.recommendations.filter((r) => r.document === 'A/HRC/24/13').map((r) => r.id));
  const expected = [...Array.from({ length: 158 }, (_, i) => `109.${i + 1}`), '110.1', '110.2', '110.3', '110.4'];
  assert.deepEqual([...ids].sort(), expected.sort());
});

test('109.118 is Norway\'s, on NGO registration; 109.3 is Brazil\'s and Chile\'s', () => {
  const r118 = store.lookup('A/HRC/24/13', '109.118');
  assert.equal(r118.length, 1);
  assert.deepEqual(r118[0]!.recommendingStates, ['Norway']);
  assert.match(r118[0]!.text, /^Remove all legislative and practical obstacles for the registration, funding and work of NGOs/);
  const r3 = store.lookup('A/HRC/24/13', '109.3');
  assert.deepEqual(r3[0]!.recommendingStates, ['Brazil', 'Chile']);
});

test('final responses come from the UPR Info merge where the report only said "pending"', () => {
  const r118 = store.lookup('A/HRC/24/13', '109.118')[0]!;
  assert.equal(r118.response.value, 'supported');
  assert.equal(r118.response.source, 'upr-info');
  assert.ok(r118.themes.includes('Civil society'));
  assert.equal(r118.actionCategory, 5);
  // 110.x were rejected at the review itself.
  assert.equal(store.lookup('A/HRC/24/13', '110.1')[0]!.response.value, 'noted');
});

test('2009-era grouped items keep each text with its own State (A/HRC/11/20, item 96.1)', () => {
  const parts = store.lookup('A/HRC/11/20', '96.1');
  assert.deepEqual(parts.map((p) => p.recommendingStates), [['Liechtenstein'], ['Italy'], ['Egypt']]);
  assert.deepEqual(parts.map((p) => p.part), [1, 2, 3]);
});

test('the bundled dataset is valid against the JSON Schema users\' files are checked with', () => {
  const v = validateDatasetValue(JSON.parse(JSON.stringify(dataset)), 'bundled');
  assert.deepEqual(v.problems.slice(0, 3), []);
});

test('the bundled data answers the drafter\'s query of the quick start', () => {
  const hits = store.search('NGO registration funding', { state: 'AZE', review: 'A/HRC/24/13' }, 3);
  assert.equal(hits[0]?.recommendation.id, '109.118');
});
