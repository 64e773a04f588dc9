import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectRecommendationMention, type MentionContext } from '../../server/src/engine/recommendations';
import { americanSpelling } from '../../server/src/engine/recommendations/mention';
import { canonicalForms } from '../../server/src/engine/recommendations/abbreviations';

// Phrasing families of follow-up prose (December 2026 round), written for these tests:
// paraphrases, not quotations. Each family has positives and the false positives it must
// not produce (counts without a topic, the submitter's own calls and documents, other
// bodies' recommendations, the UPR process in general).

type Want = { topicHas?: string; states?: string[]; response?: 'supported' | 'noted'; context?: MentionContext };
const positives: [string, Want][] = [
  // An adverb between the auxiliary and the answer.
  ['We regret that recommendations on media freedom were simply noted.', { topicHas: 'media freedom', response: 'noted' }],
  ['The recommendation on an independent judiciary was eventually accepted.', { topicHas: 'independent judiciary' }],
  // The Council with an apposition; "recommended that X do".
  ['The Human Rights Council, at its 2014 review of Laos, recommended that Laos abolish the death penalty.', { topicHas: 'abolish the death penalty' }],
  ['The Human Rights Council recommended that the government investigate all deaths in custody.', { topicHas: 'deaths in custody' }],
  // Delegates as the recommending States.
  ['A number of delegates urged Laos to release the detained activists.', { topicHas: 'detained activists' }],
  // Recommendations coming from a named State.
  ['The delegation rejected the two recommendations coming from Cyprus and deferred the rest.', { states: ['Cyprus'] }],
  ['Norway made three recommendations, including the repeal of the law on foreign agents.', { states: ['Norway'], topicHas: 'foreign agents' }],
  // An elliptical answer with an infinitive.
  ['The State also rejected to withdraw its reservations to the women’s convention.', { topicHas: 'withdraw its reservations', response: 'noted' }],
  ['At its second UPR, the government agreed to establish a national human rights institution.', { topicHas: 'national human rights institution' }],
  // A topic premodifying the noun, then the recommending States counted.
  ['The torture recommendations from several States remain unimplemented.', { topicHas: 'torture' }],
  ['Yet the decriminalisation recommendations by over a dozen countries were all rejected.', { topicHas: 'decriminalisation' }],
  // Acting in line with a recommendation accepted at the review.
  ['In line with a recommendation it accepted at its last review, the government set up an independent police complaints body.', { topicHas: 'police complaints body' }],
  ['The ombudsman office was created in accordance with the recommendation received during the second UPR.', { topicHas: 'ombudsman office' }],
  // The topic as the subject, counted among the recommendations.
  ['The Foreign Agents Law was mentioned in 12 recommendations.', { topicHas: 'Foreign Agents Law' }],
  ['Press freedom was raised at least nine times among the 200 recommendations.', { topicHas: 'Press freedom' }],
  // The passive "were made on …".
  ['Several recommendations were made on the independence of the judiciary.', { topicHas: 'independence of the judiciary' }],
  // The State's own implementation, with what the recommendations concern.
  ["We examined the government's implementation of recommendations that concern freedom of assembly.", { topicHas: 'freedom of assembly' }],
  // A count, then a pledge.
  ['Nepal accepted 60 recommendations during the session, with a pledge to criminalise torture.', { topicHas: 'criminalise torture' }],
  // In the frame of the sentence before: a reported call, a commitment.
  ['Urging Laos to end enforced disappearances.', { topicHas: 'enforced disappearances', context: { previous: 'States recommended that Laos ratify the ICCPR.' } }],
  ['The government also made its commitment to ratify the Convention against Torture.', { topicHas: 'Convention against Torture', context: { previous: 'At its 2014 review the State accepted 150 recommendations.' } }],
  // A list item opening with a verb of recommendations, under a lead-in naming them.
  ['Re-engage with the Special Rapporteur on freedom of religion.', { topicHas: 'Special Rapporteur', context: { leadIn: 'The following recommendations were made on freedom of religion at the last review:' } }],
];

for (const [sentence, want] of positives) {
  test(`family, a mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence, want.context);
    assert.equal(m.mentions, true, JSON.stringify(m));
    if (want.topicHas) assert.ok(m.topic.includes(want.topicHas), m.topic);
    if (want.states) assert.deepEqual(m.states, want.states);
    if (want.response) assert.equal(m.statedResponse, want.response);
  });
}

const negatives: [string, MentionContext?][] = [
  // Counts and the process, without a topic.
  ['We regret that 40 recommendations were merely noted.'],
  ['Each country has to hear recommendations from other States on areas requiring improvement.'],
  ['The report assessed the implementation of selected recommendations by the States coming up for review.'],
  ["We examined the government's implementation of the recommendations."],
  ['It was mentioned in 12 recommendations.'],
  // Another body, the Council's resolutions, other forums.
  ['The Human Rights Council, in its resolution on civil society space, recommended that States protect human rights defenders.'],
  ['Torture was raised in 12 recommendations of the Committee against Torture.'],
  ['Accept ODIHR recommendations on the electoral code before the next elections.'],
  ["In line with the Committee's recommendations, the government set up a complaints body."],
  ["We examined the government's implementation of the Committee's recommendations on torture."],
  ['Delegates urged the international community to increase humanitarian aid.'],
  // Agreeing and refusing are said of much else than recommendations.
  ['The government agreed to release the activist after two weeks.'],
  ['The authorities refused to release the detained journalists.'],
  // The submitter's own recommendations and documents.
  ['The Coalition made 15 recommendations including the repeal of the NGO law.'],
  ['In this submission, recommendations were made on prison conditions.'],
  // Without the frame, a reported call or a commitment is not tied to the review.
  ['Urging Laos to end enforced disappearances.'],
  ['The government also made its commitment to ratify the Convention against Torture.'],
];
for (const [sentence, context] of negatives) {
  test(`family, not a mention: ${sentence}`, () => {
    assert.equal(detectRecommendationMention(sentence, context).mentions, false, JSON.stringify(detectRecommendationMention(sentence, context)));
  });
}

test('British spellings meet American ones; other -ise words stay', () => {
  assert.equal(americanSpelling('decriminalise'), 'decriminalize');
  assert.equal(americanSpelling('decriminalisation'), 'decriminalization');
  assert.equal(americanSpelling('organisations'), 'organizations');
  assert.equal(americanSpelling('recognised'), 'recognized');
  for (const w of ['exercise', 'promise', 'enterprise', 'expertise', 'revise', 'comprise', 'otherwise']) assert.equal(americanSpelling(w), w);
});

test('canonical words: ratification and accession, the core treaties, a law named by its year', () => {
  assert.ok(canonicalForms('accede to the remaining human rights conventions').split(' ').includes('ratification'));
  assert.ok(canonicalForms('Ratify the CAT').split(' ').includes('ratification'));
  assert.ok(canonicalForms('accede to the remaining core human rights conventions').split(' ').includes('coretreaties'));
  assert.ok(canonicalForms('Ratify the ICCPR, the ICESCR and the CAT').split(' ').includes('coretreaties'));
  assert.ok(!canonicalForms('Ratify the CAT').split(' ').includes('coretreaties'));
  assert.ok(canonicalForms('revise Law No. 1/1965').split(' ').includes('law1965'));
  assert.ok(canonicalForms('including the 1965 Blasphemy Law').split(' ').includes('law1965'));
  assert.ok(!canonicalForms('In 1965 the country became independent').includes('law'));
  assert.ok(canonicalForms('recommendations on civic space').split(' ').includes('civicspace'));
});

const morePositives: [string, Want][] = [
  // A commitment at the review, the review after or fronted.
  ['The State committed to adopting a national action plan on human rights during its last UPR.', { topicHas: 'national action plan' }],
  ['In its previous review, the State pledged to abolish the death penalty.', { topicHas: 'abolish the death penalty' }],
  // A fronted count with its topic, then what became of them.
  ['Of the 20 recommendations on torture, the State supported 15.', { topicHas: 'torture' }],
  // Acting on, following up, honouring recommendations.
  ['Since its last review, the government has failed to act on recommendations to end arbitrary detention.', { topicHas: 'arbitrary detention' }],
  ['Follow-up on the recommendation to adopt a law on NGOs: not implemented.', { topicHas: 'law on NGOs' }],
  // An answer with an infinitive, in the frame of the sentence before.
  ['Nepal also agreed to reform its criminal code.', { topicHas: 'criminal code', context: { previous: 'At the review Nepal accepted 56 recommendations.' } }],
];
for (const [sentence, want] of morePositives) {
  test(`family, a mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence, want.context);
    assert.equal(m.mentions, true, JSON.stringify(m));
    if (want.topicHas) assert.ok(m.topic.includes(want.topicHas), m.topic);
  });
}
const moreNegatives: [string, MentionContext?][] = [
  ['We committed to monitoring the implementation during the previous review.'],
  ['In 2014 the authorities promised to release the journalists.'],
  ['At its last review the Committee pledged to follow up on torture.'],
  ['Of the 200 recommendations, the State supported 150.'],
  ['NGO coalitions assessed the efforts made in follow-up to the last review, and provide recommendations for steps the government should take.'],
  ['Nepal also agreed to reform its criminal code.'],
  ['The authorities refused to release the detained journalists.', { previous: 'The State accepted 150 recommendations at its review.' }],
];
for (const [sentence, context] of moreNegatives) {
  test(`family, not a mention: ${sentence}`, () => {
    assert.equal(detectRecommendationMention(sentence, context).mentions, false, JSON.stringify(detectRecommendationMention(sentence, context)));
  });
}

const lastPositives: [string, Want][] = [
  // The passive "it was recommended that" with the State under review as the subject.
  ['It was recommended that Laos decriminalise defamation.', { topicHas: 'decriminalise defamation' }],
  ['At the review it was also recommended that the government adopt a law on domestic violence.', { topicHas: 'law on domestic violence' }],
  // Recommending States with an apposition naming some of them.
  ['Several States, including Norway and Sweden, urged Laos to release political prisoners.', { topicHas: 'political prisoners', states: ['Norway', 'Sweden'] }],
  // The answer after a comma.
  ['Recommendations to abolish the death penalty, supported by Laos, remain unimplemented.', { topicHas: 'abolish the death penalty' }],
  // Progress on a recommendation.
  ['There has been no progress on the recommendation to establish a national preventive mechanism.', { topicHas: 'national preventive mechanism' }],
  // Recommending States in brackets, also after a name with its own brackets.
  ['The Government supported recommendations relating to the protection of journalists (Sweden, Norway).', { states: ['Sweden', 'Norway'] }],
  ['- Abolish the death penalty (Iran (Islamic Republic of), Norway).', { states: ['Iran (Islamic Republic of)', 'Norway'], topicHas: 'Abolish the death penalty' }],
];
for (const [sentence, want] of lastPositives) {
  test(`family, a mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence, want.context);
    assert.equal(m.mentions, true, JSON.stringify(m));
    if (want.topicHas) assert.ok(m.topic.includes(want.topicHas), m.topic);
    if (want.states) assert.deepEqual(m.states, want.states);
  });
}
for (const sentence of [
  // Without a named State or the review, "it was recommended that the government" may be anyone's advice.
  'It was recommended that the government adopt a law on domestic violence.',
  'Several organisations, including Amnesty, urged Laos to release political prisoners.',
  'There has been no progress on recommendations of the Committee against Torture to establish a preventive mechanism.',
  'The mid-term report assesses progress on recommendations.',
]) {
  test(`family, not a mention: ${sentence}`, () => {
    assert.equal(detectRecommendationMention(sentence).mentions, false, JSON.stringify(detectRecommendationMention(sentence)));
  });
}

test('a closing bracket is part of a State name only when the name opened it', async () => {
  const { findStateNames } = await import('../../server/src/engine/recommendations');
  assert.deepEqual(findStateNames('journalists (Sweden, Norway).').map((s) => s.text), ['Sweden', 'Norway']);
  assert.deepEqual(findStateNames('(Iran (Islamic Republic of), Norway)').map((s) => s.text), ['Iran (Islamic Republic of)', 'Norway']);
});
