/**
 * Cue families found on the dev half of the blind-written set (test/fixtures/eval/README.md):
 * follow-up table rows, "the recommendation that <State> …", "It was recommended in 2014
 * that …", "As Sweden urged in 2013, …", "Germany's call to …", "calls from several States
 * for …" — and the look-alikes they must leave alone. Written for this test, not quoted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectRecommendationMention } from '../../server/src/engine/recommendations';
import { guardLabelledSets } from '../helpers/labelledSetGuards';

function mention(sentence: string, want: { topicHas?: string; states?: string[]; response?: 'supported' | 'noted' } = {}): void {
  const m = detectRecommendationMention(sentence);
  assert.equal(m.mentions, true, `expected a mention: ${sentence}`);
  if (want.topicHas) assert.ok(m.topic.includes(want.topicHas), `topic ${JSON.stringify(m.topic)} lacks ${want.topicHas}`);
  if (want.states) assert.deepEqual([...m.states].sort(), [...want.states].sort());
  if (want.response) assert.equal(m.statedResponse, want.response);
}

function none(sentence: string): void {
  const m = detectRecommendationMention(sentence);
  assert.equal(m.mentions, false, `expected no mention: ${sentence} (cue ${JSON.stringify(m.cue)}, topic ${JSON.stringify(m.topic)})`);
}

/** Mention precision and recall of the detector on a labelled set in test/fixtures/eval (contexts as the rule gives them). */
function measureMentions(name: string): { precision: number; recall: number } {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/eval', name);
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; label: string; context?: string });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const ctx = r.context ? (/:\s*$/.test(r.context) ? { previous: r.context, leadIn: r.context } : { previous: r.context }) : undefined;
    const p = detectRecommendationMention(r.text, ctx).mentions;
    const g = r.label === 'mention';
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

test('a follow-up table row: the recommendation, its States in brackets, its answer or status', () => {
  mention('Ratification of the Optional Protocol to CAT (Denmark, Ghana) – supported – not implemented', { topicHas: 'Optional Protocol to CAT', states: ['Denmark', 'Ghana'] });
  mention('Abolish the death penalty for drug offences (Portugal) | Noted | Not implemented', { topicHas: 'death penalty for drug offences', states: ['Portugal'] });
  mention('Independent police complaints body (Ireland, Chile): partially implemented.', { topicHas: 'police complaints body' });
  // Brackets that are not States, or no status: not a row.
  none('Hospital beds (per 1,000) – 2.5 – implemented');
  none('The new prison (Block C) – opened in 2019.');
});

test('recommendations on a topic with a status', () => {
  mention('Recommendations on the independence of the judiciary – not implemented.', { topicHas: 'independence of the judiciary' });
  mention('Status of the recommendations on freedom of association: partially implemented.', { topicHas: 'freedom of association' });
});

test('"the recommendation that <State> …" and "It was recommended at the review / in 2014 that …"', () => {
  mention('The recommendation that Kenya ratify the Convention on enforced disappearance is still outstanding.', { topicHas: 'enforced disappearance' });
  mention('It was recommended at the second review that the authorities stop prosecuting bloggers for their posts.', { topicHas: 'bloggers' });
  mention('It was recommended in 2014 that Kenya abolish the death penalty.', { topicHas: 'death penalty' });
  none("The Committee's recommendation that Kenya ratify the Convention on enforced disappearance is pending.");
  none('It was recommended in 2016 by the Committee against Torture that Kenya criminalise torture.');
  none('It is recommended that the Government abolish the death penalty.');
});

test('"As <State> urged in 2013, …" and "<State>\'s call to …" placed in the record', () => {
  mention('As Finland urged in 2015, journalists must be able to report on the conflict without fear of prosecution.', { states: ['Finland'], topicHas: 'journalists' });
  mention("Uruguay's call to decriminalise same-sex relations was noted.", { states: ['Uruguay'], topicHas: 'same-sex relations', response: 'noted' });
  none("Uruguay's call for a ceasefire was welcomed by the parties.");
  none('As Finland noted, the situation remains tense.');
});

test('calls from several States for something, with their fate', () => {
  mention('Calls from many States in 2015 for an independent inquiry into the killings were rejected.', { topicHas: 'independent inquiry', response: 'noted' });
  none('Calls from several States at the Security Council for a ceasefire went unanswered.');
});

test('second-cycle phrasings: "as recommended during the first cycle", "despite acceptance of the relevant recommendations", a selection after the review', () => {
  mention('In 2012, as recommended during the first UPR cycle, the State ratified the Convention on the Rights of Persons with Disabilities.', { topicHas: 'Rights of Persons with Disabilities' });
  mention('The State set up a national preventive mechanism, as recommended at its previous review.', { topicHas: 'national preventive mechanism' });
  mention('Police ill-treatment of suspects continues, despite acceptance of the relevant recommendations.', { topicHas: 'ill-treatment' });
  mention('The Government reported on efforts to implement the recommendations from its first review, in particular with regard to the rights of women.', { topicHas: 'rights of women' });
  mention('Kenya took steps to implement recommendations accepted during the first cycle, particularly the ratification of the Optional Protocol to CAT.', { topicHas: 'Optional Protocol' });
  mention('During the first cycle, it had recommended that Eritrea cooperate with the special procedures.', { topicHas: 'special procedures' });
  mention('It recalled previous recommendations relating to the rights of children.', { topicHas: 'rights of children' });
  // A count is no topic; the work done to implement them is not what they said.
  none('Portugal implemented 97 per cent of the recommendations from its first review.');
  none('In 2015, as recommended by the Committee against Torture at its last review, the State amended its Criminal Code.');
  none('The Government set up a task force to implement the recommendations of the first cycle, chaired by the Minister of Justice.');
});

test('"the recommendation on <topic>": one recommendation named by its topic — not the submitter\'s, not another body\'s', () => {
  mention('Less progress has been achieved on the recommendation on prison conditions.', { topicHas: 'prison conditions' });
  mention('With regard to the recommendation regarding the right to education, the State raised school attendance.', { topicHas: 'right to education' });
  none('We reiterate the recommendation on prison conditions.');
  none('The Committee against Torture repeated the recommendation on prison conditions it made in 2015.');
});

test('the recommending States by adjective, "what <States> asked", "as <States> urged at the review", an answer to a State\'s call', () => {
  mention('The Danish and Finnish calls to end the detention of asylum-seeking children were supported, yet families are still held at the border.', { states: ['Denmark', 'Finland'], topicHas: 'detention of asylum-seeking children' });
  mention('What Norway and Sweden asked of Ruritania in 2013 on prison conditions has not been done.', { states: ['Norway', 'Sweden'], topicHas: 'prison conditions' });
  mention('The press law was not repealed as Ireland and Chile urged at the 2013 review but was amended to raise the fines.', { states: ['Chile', 'Ireland'], topicHas: 'press law' });
  mention("Kenya's acceptance of Ghana's call to set up a national preventive mechanism has produced no draft law.", { topicHas: 'national preventive mechanism' });
  mention('Prison conditions (Spain, Italy) / supported / not implemented', { states: ['Italy', 'Spain'] });
  none('The Azerbaijani authorities’ calls for calm went unheeded.');
  none('The government accepted calls from the opposition to postpone the vote.');
  none('This is not what Norway asked for.');
  none('We reiterate the recommendation that Kenya ratify the Convention on enforced disappearance.');
  none("The European Commission's report on Serbia recommended that the strategy be adopted.");
  // A labelled call of the submitter's, its verb in lower case.
  none('Recommendation: fully implement the recommendations on attacks against journalists that the State supported at its second review.');
});

/** The committed labelled sets (see the eval README): each stays at its measured figures. */
const LABELLED_SETS = [
  // P 0.991 R 0.864 (dev 1.000/0.929, test 0.980/0.790)
  { name: 'unlinked-recommendations-blind.jsonl', what: 'the blind-written passages', precision: 0.97, recall: 0.85 },
  // P 0.729 R 0.662 over both halves (reported speech of the dialogue lowers precision)
  { name: 'real-unlinked-wg2.jsonl', what: 'the second-cycle Working Group report sentences', precision: 0.71, recall: 0.65 },
  // P 0.938 R 0.455 (dev 0.971/0.515, test 0.897/0.394)
  { name: 'unlinked-recommendations-hard.jsonl', what: 'the hard blind-written passages', precision: 0.91, recall: 0.44 },
];
guardLabelledSets(LABELLED_SETS, measureMentions);
