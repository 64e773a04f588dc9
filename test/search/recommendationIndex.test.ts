import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecommendationStore } from '../../server/src/engine/dataset/recommendationStore';
import { readDatasetFile } from '../../server/src/engine/dataset/datasetFile';
import type { Dataset } from '../../server/src/engine/model/recommendation';
import { fixture } from '../helpers/paths';

function store(...extra: Dataset[]): RecommendationStore {
  return RecommendationStore.fromDatasets([readDatasetFile(fixture('datasets', 'azerbaijan-2013-sample.upr.json')).dataset, ...extra]);
}

test('full-text search stems: a drafter\'s words find the recommendation', () => {
  const hits = store().search('NGO registration funding');
  assert.equal(hits[0]?.recommendation.id, '109.118');
  assert.ok(hits[0]!.score > 0);
});

test('the last word matches as a prefix while typing', () => {
  assert.equal(store().search('stereotyp')[0]?.recommendation.id, '109.60');
  assert.equal(store().search('discrimination against wom')[0]?.recommendation.id, '109.60');
});

test('a recommending State is searchable by name and filterable by variant', () => {
  assert.equal(store().search('Norway')[0]?.recommendation.id, '109.118');
  const chile = store().search('', { recommendingState: 'chile' });
  assert.deepEqual(chile.map((h) => h.recommendation.id), ['109.3']);
});

test('filters: State under review by ISO3, review, cycle, response, theme, action category', () => {
  const s = store();
  assert.equal(s.search('', { state: 'AZE' }).length, 5);
  assert.equal(s.search('', { state: 'NOR' }).length, 0);
  assert.equal(s.search('', { review: 'a/hrc/24/13' }).length, 5);
  assert.equal(s.search('', { cycle: 2 }).length, 5);
  assert.equal(s.search('', { cycle: 3 }).length, 0);
  assert.deepEqual(s.search('', { response: 'noted' }).map((h) => h.recommendation.id), ['110.2']);
  assert.deepEqual(s.search('', { theme: "women's rights" }).map((h) => h.recommendation.id), ['109.60']);
  assert.deepEqual(s.search('', { actionCategory: 5 }).map((h) => h.recommendation.id).sort(), ['109.118', '109.3']);
  // Text and filter together: "freedom" matches 110.2 and 109.118 (theme), the filter keeps one.
  assert.deepEqual(s.search('freedom', { response: 'noted' }).map((h) => h.recommendation.id), ['110.2']);
});

test('lookup by (symbol, ID) and reviews of a State', () => {
  const s = store();
  assert.deepEqual(s.lookup('A/HRC/24/13', '109.3')[0]?.recommendingStates, ['Brazil', 'Chile']);
  assert.equal(s.lookup('A/HRC/24/13', '109.999').length, 0);
  assert.deepEqual(s.reviewsOf('Azerbaijan').map((r) => r.document), ['A/HRC/24/13']);
  assert.deepEqual(s.reviewsOf('aze').map((r) => r.document), ['A/HRC/24/13']);
});

test('a later dataset replaces a review of an earlier one as a whole', () => {
  const base = readDatasetFile(fixture('datasets', 'azerbaijan-2013-sample.upr.json')).dataset;
  const reimport: Dataset = { ...base, recommendations: base.recommendations.slice(0, 1).map((r) => ({ ...r, text: 'Ratify CPED (re-imported)' })) };
  const s = store(reimport);
  assert.equal(s.recommendations.length, 1);
  assert.equal(s.lookup('A/HRC/24/13', '109.3')[0]?.text, 'Ratify CPED (re-imported)');
  assert.equal(s.lookup('A/HRC/24/13', '109.118').length, 0);
});

test('limit caps the results', () => {
  assert.equal(store().search('', {}, 2).length, 2);
});

test('a review with its real symbol replaces the provisional review of the same State and session', () => {
  const base = readDatasetFile(fixture('datasets', 'azerbaijan-2013-sample.upr.json')).dataset;
  const provisional: Dataset = {
    version: 1,
    reviews: base.reviews.map((r) => ({ ...r, document: 'UPR-WG16-AZE' })),
    recommendations: base.recommendations.map((r) => ({ ...r, document: 'UPR-WG16-AZE' })),
  };
  const s = RecommendationStore.fromDatasets([provisional, base]);
  assert.deepEqual(s.reviews.map((r) => r.document), ['A/HRC/24/13']);
  assert.equal(s.recommendations.length, 5);
  assert.equal(s.lookup('UPR-WG16-AZE', '109.3').length, 0);
});
