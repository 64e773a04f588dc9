import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSubmission } from '../../server/src/engine/check/checkSubmission';
import { resolvePreviousReviews } from '../../server/src/engine/check/previousReviews';
import { DEFAULT_SETTINGS, resolveSettings } from '../../server/src/engine/check/settings';
import { citingPlacesOf } from '../../server/src/engine/coverage/citingPlaces';
import { NO_THEME_GROUP } from '../../server/src/engine/coverage/coverageTypes';
import { submissionCoverage } from '../../server/src/engine/coverage/submissionCoverage';
import { parseSubmission } from '../../server/src/engine/document';
import { citationsOf, coverageOf } from '../../server/src/features/coverage';
import { bundledStore, FRONT_MATTER } from '../helpers/checkText';
import { REPO } from '../helpers/paths';

const EXAMPLE_TEXT = fs.readFileSync(path.join(REPO, 'examples', 'azerbaijan-2018-draft.md'), 'utf8');

function coverageOfText(text: string) {
  const doc = parseSubmission(text);
  const store = bundledStore();
  const diagnostics = checkSubmission(doc, { store, settings: DEFAULT_SETTINGS });
  return { doc, coverage: submissionCoverage(doc, diagnostics, resolvePreviousReviews(doc.frontMatter, store), store) };
}

const example = coverageOfText(EXAMPLE_TEXT);
const item = (id: string) => {
  const found = example.coverage.items.find((i) => i.id === id);
  assert.ok(found, `no item ${id}`);
  return found;
};

test('coverage of the example: every recommendation of A/HRC/24/13 once, with counts that add up', () => {
  const { counts, items, reviews } = example.coverage;
  assert.deepEqual(reviews, [{ document: 'A/HRC/24/13', cycle: 2, year: 2013 }]);
  assert.equal(counts.total, 162, 'A/HRC/24/13 has 162 recommendations (109.1–109.158, 110.1–110.4)');
  assert.equal(new Set(items.map((i) => i.id)).size, 162);
  assert.equal(counts.cited + counts.mentioned + counts.notAddressed, counts.total);
  assert.equal(counts.addressed, counts.cited + counts.mentioned);
  assert.ok(counts.cited >= 20, `cited ${counts.cited}`);
  assert.equal(example.coverage.stateUnderReview?.iso3, 'AZE');
});

test('coverage of the example: 109.118 is cited, in the table and in paragraph 4, each place on its line', () => {
  const i = item('109.118');
  assert.equal(i.status, 'cited');
  assert.deepEqual(i.recommendingStates, ['Norway']);
  assert.equal(i.response, 'supported');
  const lines = EXAMPLE_TEXT.split('\n');
  assert.ok(i.places.length >= 2);
  for (const p of i.places) {
    assert.equal(p.kind, 'reference');
    assert.equal(lines[p.range.start.line]!.slice(p.range.start.character, p.range.end.character), '109.118');
  }
  assert.ok(i.places.some((p) => p.excerpt.includes('supported recommendation 109.118 (Norway)')));
  // The IDs of "109.124 (Norway) and 109.127 (Norway)" are both cited.
  assert.equal(item('109.124').status, 'cited');
  assert.equal(item('109.127').status, 'cited');
});

test('coverage of the example: a passage without ID counts for its likeliest candidate as "mentioned"', () => {
  const mentioned = example.coverage.items.filter((i) => i.status === 'mentioned');
  assert.ok(mentioned.length >= 1);
  for (const m of mentioned) {
    assert.ok(m.places.length > 0 && m.places.every((p) => p.kind === 'mention'), m.id);
  }
  // A mention of a recommendation that is also cited leaves it "cited", references first.
  const both = example.coverage.items.find((i) => i.status === 'cited' && i.places.some((p) => p.kind === 'mention'));
  if (both) assert.equal(both.places[0]!.kind, 'reference');
  // Recommendations nobody talks about are not addressed and have no places.
  const none = item('109.1');
  assert.equal(none.status, 'not-addressed');
  assert.deepEqual(none.places, []);
});

test('coverage: the mention comes from the unlinked-recommendation diagnostics given, not a detection of its own', () => {
  const doc = parseSubmission(EXAMPLE_TEXT);
  const store = bundledStore();
  const withoutMentions = submissionCoverage(doc, [], resolvePreviousReviews(doc.frontMatter, store), store);
  assert.equal(withoutMentions.counts.mentioned, 0);
  assert.equal(withoutMentions.counts.cited, example.coverage.counts.cited);
});

test('coverage: grouped by theme, a recommendation under each of its themes, the groups sorted, their counts right', () => {
  const { groups, items } = example.coverage;
  const themes = groups.map((g) => g.theme);
  assert.deepEqual(themes.filter((t) => t !== NO_THEME_GROUP), [...themes.filter((t) => t !== NO_THEME_GROUP)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  for (const g of groups) {
    assert.equal(g.addressed, g.items.filter((i) => items[i]!.status !== 'not-addressed').length, g.theme);
    for (const i of g.items) assert.ok(g.theme === NO_THEME_GROUP ? items[i]!.themes.length === 0 : items[i]!.themes.includes(g.theme));
  }
  const multi = items.findIndex((i) => i.themes.length > 1);
  assert.ok(multi >= 0);
  for (const t of items[multi]!.themes) assert.ok(groups.find((g) => g.theme === t)!.items.includes(multi), t);
  // Every item is in at least one group.
  const grouped = new Set(groups.flatMap((g) => g.items));
  assert.equal(grouped.size, items.length);
});

test('coverage: a recommendation without themes goes to "No theme", listed last', () => {
  const store = bundledStore();
  const doc = parseSubmission(FRONT_MATTER + '\nAs recommended (109.118, Norway).\n');
  const resolution = resolvePreviousReviews(doc.frontMatter, store);
  const unthemed = { ...resolution.reviews[0]! };
  const stub = {
    lookup: store.lookup.bind(store),
    recommendationsOf: (d: string) => store.recommendationsOf(d).map((r, i) => (i === 0 ? { ...r, themes: [] } : r)),
  } as unknown as typeof store;
  const c = submissionCoverage(doc, [], { reviews: [unthemed], missing: [] }, stub);
  assert.equal(c.groups[c.groups.length - 1]!.theme, NO_THEME_GROUP);
  assert.deepEqual(c.groups[c.groups.length - 1]!.items, [0]);
  assert.equal(c.items.find((i) => i.id === '109.118')!.status, 'cited');
});

test('coverage: a reference with another report symbol does not count for the previous review', () => {
  const { coverage } = coverageOfText(FRONT_MATTER + '\nIn 2009 it was recommended (A/HRC/11/20, para. 86.1) that it ratify the convention.\n');
  const cited = coverage.items.filter((i) => i.status === 'cited');
  assert.deepEqual(cited, []);
});

test('citing places of one recommendation; none for a recommendation the text does not cite', () => {
  const { doc } = example;
  const store = bundledStore();
  const has = (d: string, id: string) => store.lookup(d, id).length > 0;
  const places = citingPlacesOf(doc, [], ['A/HRC/24/13'], has, 'A/HRC/24/13', '109.118');
  assert.equal(places.length, item('109.118').places.length);
  assert.deepEqual(citingPlacesOf(doc, [], ['A/HRC/24/13'], has, 'A/HRC/24/13', '109.1'), []);
  assert.deepEqual(citingPlacesOf(doc, [], ['A/HRC/24/13'], has, 'A/HRC/11/20', '109.118'), []);
});

test('features/coverage: a message instead of coverage for a non-submission, an unknown previous review, no document', () => {
  const store = bundledStore();
  const settings = resolveSettings({}).settings;
  assert.match(coverageOf(undefined, store, settings).message ?? '', /not open/);
  assert.match(coverageOf(parseSubmission('# Notes\n\nNothing here.\n'), store, settings).message ?? '', /not a submission/);
  const missing = coverageOf(parseSubmission('---\nstate-under-review: Azerbaijan\nprevious-review: A/HRC/99/99\n---\n\nText.\n'), store, settings);
  assert.equal(missing.coverage, undefined);
  assert.match(missing.message ?? '', /A\/HRC\/99\/99 is not in the loaded data/);
  assert.equal(missing.stateUnderReview?.name, 'Azerbaijan');
  assert.deepEqual(citationsOf(undefined, store, settings, 'A/HRC/24/13', '109.118'), { places: [] });
});

test('features/coverage: references in the configured style; mentions found even with the rule switched off', () => {
  const store = bundledStore();
  const doc = parseSubmission(EXAMPLE_TEXT);
  const off = resolveSettings({ citationStyle: 'symbol-para', rules: { 'unlinked-recommendation': 'off' } }).settings;
  const r = coverageOf(doc, store, off);
  assert.equal(r.references?.['A/HRC/24/13#109.118'], 'A/HRC/24/13, para. 109.118');
  assert.equal(r.coverage?.counts.mentioned, example.coverage.counts.mentioned);
  const byId = resolveSettings({ citationStyle: 'recommendation-id-state' }).settings;
  assert.equal(coverageOf(doc, store, byId).references?.['A/HRC/24/13#109.118'], 'recommendation 109.118 (Norway)');
});
