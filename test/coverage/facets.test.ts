import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchFacets } from '../../server/src/features/facets';
import { searchPage, TOTAL_CAP } from '../../server/src/features/searchPage';
import { bundledStore } from '../helpers/checkText';

test('facets of a State: its reviews oldest first with counts, and themes and recommending States from its records', () => {
  const f = searchFacets(bundledStore(), 'AZE');
  assert.deepEqual(f.state, { name: 'Azerbaijan', iso3: 'AZE' });
  assert.deepEqual(
    f.reviews.map((r) => [r.document, r.cycle, r.year]),
    [
      ['A/HRC/11/20', 1, 2009],
      ['A/HRC/24/13', 2, 2013],
    ],
  );
  assert.equal(f.reviews[1]!.count, bundledStore().recommendationsOf('A/HRC/24/13').length);
  assert.equal(f.recordCount, f.reviews.reduce((n, r) => n + r.count, 0));
  assert.ok(f.recommendingStates.some((s) => s.value === 'Norway' && s.count > 0));
  assert.ok(f.themes.some((t) => t.value === 'Torture and other CID treatment'));
  const names = f.themes.map((t) => t.value);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  // The list of States is the whole data's, whatever State is asked about.
  assert.ok(f.states.length > 150);
  assert.ok(f.states.some((s) => s.iso3 === 'NOR'));
});

test('facets of the whole data: every State, both cycles, computed once', () => {
  const a = searchFacets(bundledStore());
  assert.equal(a.state, undefined);
  assert.deepEqual(a.reviews, []);
  assert.deepEqual(a.cycles, [1, 2]);
  assert.equal(a.recordCount, bundledStore().recommendations.length);
  assert.equal(searchFacets(bundledStore(), '  '), a, 'a blank State is the whole data, from the cache');
});

test('facets of an unknown State: no reviews, no values, no crash', () => {
  const f = searchFacets(bundledStore(), 'Atlantis');
  assert.deepEqual([f.reviews, f.themes, f.recommendingStates, f.recordCount], [[], [], [], 0]);
});

test('search pages: offset and limit slice the ranked hits; the total is exact for filters, capped for text', () => {
  const store = bundledStore();
  const first = searchPage(store, { query: 'torture', filters: { state: 'AZE' }, limit: 5 }, 'id-state');
  const second = searchPage(store, { query: 'torture', filters: { state: 'AZE' }, limit: 5, offset: 5 }, 'id-state');
  const both = searchPage(store, { query: 'torture', filters: { state: 'AZE' }, limit: 10 }, 'id-state');
  assert.deepEqual([...first.results, ...second.results].map((h) => h.recommendation.id), both.results.map((h) => h.recommendation.id));
  assert.equal(first.total, both.total);
  assert.equal(first.totalIsLowerBound, undefined);
  const all = searchPage(store, { query: '', filters: { review: 'A/HRC/24/13' }, limit: 20 }, 'id-state');
  assert.equal(all.total, store.recommendationsOf('A/HRC/24/13').length);
  const common = searchPage(store, { query: 'human rights', limit: 20 }, 'id-state');
  assert.equal(common.total, TOTAL_CAP);
  assert.equal(common.totalIsLowerBound, true);
});

test('search pages carry each hit\'s reference in the citation style; bad paging values fall back', () => {
  const store = bundledStore();
  const r = searchPage(store, { query: 'obstacles registration NGOs', filters: { review: 'A/HRC/24/13', recommendingState: 'Norway' }, limit: 3 }, 'symbol-para');
  assert.ok(r.results.length > 0);
  for (const h of r.results) assert.equal(h.reference, `A/HRC/24/13, para. ${h.recommendation.id}`);
  const odd = searchPage(store, { query: 'torture', limit: -4, offset: Number.NaN } as never, 'id-state');
  assert.equal(odd.results.length, 50);
  assert.match(odd.results[0]!.reference ?? '', /^\d+\.\d+( \(.+\))?$/);
  assert.equal(searchPage(store, { query: 'zzzyqx' }, 'id-state').total, 0);
});
