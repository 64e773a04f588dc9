import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadBundledDataset } from '../../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../../server/src/engine/dataset/recommendationStore';
import { detectRecommendationMention, rankCandidates } from '../../server/src/engine/recommendations';

let store: RecommendationStore;
before(() => {
  store = RecommendationStore.fromDatasets([loadBundledDataset()]);
});

function candidates(sentence: string, reviews: string[]) {
  const m = detectRecommendationMention(sentence);
  assert.equal(m.mentions, true, sentence);
  return rankCandidates(m, sentence, store, reviews);
}

test('the NGO-registration passage finds 109.118 (Norway) in A/HRC/24/13, first', () => {
  const c = candidates('In 2013 Azerbaijan accepted recommendations to remove obstacles to the registration of NGOs', ['A/HRC/24/13']);
  assert.ok(c.length > 0 && c.length <= 3);
  assert.equal(c[0]?.id, '109.118');
  assert.equal(c[0]?.document, 'A/HRC/24/13');
  assert.deepEqual(c[0]?.recommendingStates, ['Norway']);
  assert.match(c[0]!.text, /registration, funding and work of NGOs/);
  for (const x of c) assert.ok(x.score >= 0 && x.score <= 1);
  for (let i = 1; i < c.length; i++) assert.ok(c[i - 1]!.score >= c[i]!.score, 'best first');
});

test('a named recommending State lifts its own recommendation', () => {
  // Several recommendations of A/HRC/24/13 are about torture investigations; Mexico's asks for a law.
  const c = candidates("Mexico's recommendation to enact a law on investigating and punishing torture, which Azerbaijan supported, has not been acted upon.", ['A/HRC/24/13']);
  assert.equal(c[0]?.id, '109.71');
});

test('a noted recommendation: 110.2 (Armenia) in A/HRC/24/13', () => {
  const c = candidates('Azerbaijan rejected a recommendation to create conditions for expressing opinions different from the official Government position.', ['A/HRC/24/13']);
  assert.ok(c.some((x) => x.id === '110.2'), JSON.stringify(c.map((x) => x.id)));
});

test('other reviews: Russia 2013, Cameroon 2013 (real press wording)', () => {
  assert.equal(candidates('In 2013 Russia rejected the recommendation to repeal the regional laws banning so-called homosexual propaganda.', ['A/HRC/24/14'])[0]?.id, '140.90');
  const cmr = candidates("Cameroon did however accept Belgium's recommendation to investigate police violence against people on the basis of their sexual orientation.", ['A/HRC/24/15']);
  assert.equal(cmr[0]?.id, '131.109');
});

test('several reviews, limit, and nothing to rank', () => {
  const s = 'Azerbaijan supported recommendations to ratify the Rome Statute of the International Criminal Court.';
  const m = detectRecommendationMention(s);
  const c = rankCandidates(m, s, store, ['A/HRC/24/13', 'A/HRC/11/20'], 5);
  assert.ok(c.length <= 5);
  assert.ok(c.some((x) => ['109.10', '109.12', '109.5', '109.11'].includes(x.id)));
  assert.deepEqual(rankCandidates(m, s, store, []), []);
  assert.deepEqual(rankCandidates(m, s, store, ['A/HRC/99/99']), []);
  assert.deepEqual(rankCandidates({ mentions: true, topic: '', states: [] }, '', store, ['A/HRC/24/13']), []);
});

test('treaty abbreviations meet their long forms: OPCAT finds "Ratify OP-CAT" (A/HRC/23/13)', () => {
  const c = candidates('Six States recommended that the Emirates ratify the Optional Protocol to the Convention against Torture (OPCAT).', ['A/HRC/23/13']);
  assert.ok(c.some((x) => ['128.17', '128.18', '128.19'].includes(x.id)), JSON.stringify(c.map((x) => `${x.id} ${x.text}`)));
});

test('named recommending States bring in their recommendations even without shared words', () => {
  const c = candidates('During its review, six States (Austria, Costa Rica, Estonia, Spain, Switzerland and Tunisia) recommended the Emirates to join the torture prevention treaty.', ['A/HRC/23/13']);
  assert.ok(c.some((x) => ['128.17', '128.18', '128.19'].includes(x.id)), JSON.stringify(c.map((x) => `${x.id} ${x.text}`)));
});
