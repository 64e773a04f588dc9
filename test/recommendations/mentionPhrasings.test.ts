import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectRecommendationMention, mentionFramed } from '../../server/src/engine/recommendations';

// Phrasings of real follow-up prose, written for these tests (paraphrases, not quotations):
// each names what the previous review's recommendation(s) said, without an ID.
const positives: [string, { topicHas?: string; states?: string[]; response?: 'supported' | 'noted' }][] = [
  ['During its last review, Azerbaijan supported recommendations to guarantee freedom of assembly.', { topicHas: 'freedom of assembly', response: 'supported' }],
  ['The recommendation, accepted during the previous UPR, to take measures against torture in police custody has not been implemented.', { topicHas: 'torture' }],
  ['Despite having accepted recommendations on torture, the government has not set up an independent complaints body.', { topicHas: 'torture', response: 'supported' }],
  ['Uzbekistan has failed to implement the recommendations it received in 2013 to end forced labour in the cotton sector.', { topicHas: 'forced labour' }],
  ['Norway recommended that Azerbaijan release imprisoned journalists.', { states: ['Norway'], topicHas: 'release imprisoned journalists' }],
  ['Turkmenistan received appeals from several delegations to allow independent monitors into its prisons.', { topicHas: 'independent monitors' }],
  ['The Human Rights Council asked Tajikistan to criminalise domestic violence.', { topicHas: 'domestic violence' }],
  ['Belarus also accepted to introduce a moratorium on executions.', { topicHas: 'moratorium on executions', response: 'supported' }],
  ['Recommendations addressed to Kyrgyzstan concerned the investigation of the violence in the south.', { topicHas: 'investigation of the violence' }],
  ['40 recommendations concern the rights of persons with disabilities.', { topicHas: 'persons with disabilities' }],
  ['At the last UPR, one recommendation regarding the independence of judges was noted.', { topicHas: 'independence of judges' }],
  ['The 25 torture-related recommendations received in 2014 remain largely unimplemented.', { topicHas: 'torture' }],
  ["Serbia's commitments made during the second review on minority rights have not been met.", { topicHas: 'minority rights' }],
  ['Among the key recommendations, Sweden and Chile called for an independent inquiry into deaths in custody.', { topicHas: 'deaths in custody' }],
  ['Kenya received 30 recommendations, with a particular focus on police accountability.', { topicHas: 'police accountability' }],
  ['Another example is Laos, which accepted over 100 recommendations during its 2015 review, including in relation to enforced disappearances.', { topicHas: 'enforced disappearances' }],
  ['The Government rejected three recommendations because they had been made by Armenia.', { states: ['Armenia'] }],
  ['Several recommendations received on issues of prison overcrowding were said to be already implemented.', { topicHas: 'prison overcrowding' }],
  ['There were at least 12 recommendations that called for a review of the law on associations.', { topicHas: 'law on associations' }],
  ["We welcome the Government's acceptance of recommendations on an independent police complaints body.", { topicHas: 'police complaints body', response: 'supported' }],
  ['Among other recommendations, there were demands to repeal the law on foreign funding.', { topicHas: 'foreign funding' }],
  ['The United States has asked Ghana to abolish the death penalty.', { states: ['United States of America'], topicHas: 'abolish the death penalty' }],
  ['The UK representative recommended that Ghana adopt the Right to Information Bill.', { topicHas: 'Right to Information Bill' }],
  ['Sweden also said that Ghana should criminalise marital rape.', { topicHas: 'criminalise marital rape' }],
  ['In 2010 the council made 120 recommendations, many of which related to land evictions and the courts.', { topicHas: 'land evictions' }],
  ['Part of the recommendations included, protecting journalists and ending pre-trial detention.', { topicHas: 'protecting journalists' }],
];

for (const [sentence, want] of positives) {
  test(`phrasing, a mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence);
    assert.equal(m.mentions, true, JSON.stringify(m));
    assert.ok(m.cue && m.cue[1] > m.cue[0]);
    if (want.topicHas) assert.ok(m.topic.includes(want.topicHas), m.topic);
    if (want.states) assert.deepEqual(m.states, want.states);
    if (want.response) assert.equal(m.statedResponse, want.response);
  });
}

test('a recommendation quoted as a list item with its recommending States is a mention', () => {
  const m = detectRecommendationMention('12. Abolish the death penalty for drug offences (Switzerland, Mexico).');
  assert.equal(m.mentions, true);
  assert.deepEqual(m.states, ['Switzerland', 'Mexico']);
  assert.ok(m.topic.startsWith('Abolish the death penalty'), m.topic);
  const [s, e] = m.cue!;
  assert.equal('12. Abolish the death penalty for drug offences (Switzerland, Mexico).'.slice(s, e), '(Switzerland, Mexico)');
});

const negatives = [
  'On average, each State received recommendations from 80 delegations.',
  'Some 45 percent of UPR recommendations led to action within two years.',
  'Recommending States monitor the recommendations made during the previous cycle to specific States reviewed.',
  'Below is the list of recommendations rejected by the State, noting that the categories follow the official addendum.',
  'The session discussed clusters of UPR recommendations accepted by the State, relating to:',
  'Despite accepting 150 of 200 recommendations in 2019, serious problems persist, including attacks on journalists.',
  'The Human Rights Committee called for the release of all detained journalists.',
  'The Council of Europe asked Azerbaijan to amend the law on NGOs.',
  'The committee accepted to review the case of the detained lawyer.',
  'Ratify the Rome Statute of the International Criminal Court (ICC).',
  'Repeal the law on foreign agents (see paragraph 12).',
  'Our recommendations include steps to protect human rights defenders.',
  'The Ministry has been asked to examine these recommendations and report back next year.',
  'They accepted 40 recommendations partially explaining that full implementation would be contrary to the constitution.',
  'The five recommendations noted by the State related to some of the most serious violations in the country.',
  'Further recommendations were made by NGOs to call on the Government to protect migrant workers.',
  'She also calls for the linking of UPR recommendations to the national development plan.',
  'Ghana considered 20 recommendations out of the 150 accepted to be already implemented.',
];
for (const sentence of negatives) {
  test(`phrasing, not a mention: ${sentence}`, () => {
    assert.equal(detectRecommendationMention(sentence).mentions, false, JSON.stringify(detectRecommendationMention(sentence)));
  });
}

test('a list item numbered without a dot, as copied from an addendum, is a mention when its States close it', () => {
  const m = detectRecommendationMention('2 Consider ratifying the Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty (Rwanda)');
  assert.equal(m.mentions, true);
  assert.deepEqual(m.states, ['Rwanda']);
  assert.ok(m.topic.startsWith('Consider ratifying the Second Optional Protocol'), m.topic);
  // Without recommending States in brackets it is a numbered call, not a quoted recommendation.
  assert.equal(detectRecommendationMention('2 Consider ratifying the Second Optional Protocol to the ICCPR.').mentions, false);
  assert.equal(detectRecommendationMention('12 Ratify the Convention against Torture (2015)').mentions, false);
  assert.equal(detectRecommendationMention('3 Ratify the Optional Protocol to the Convention against Torture (see Annex 2)').mentions, false);
});

test('a clustered recommendation with several bracket groups of States names all of them', () => {
  const sentence = '6 Ratify the Rome Statute of the ICC (Chile) (Estonia) (Slovenia); (Tunisia); (Uruguay)';
  const m = detectRecommendationMention(sentence);
  assert.equal(m.mentions, true);
  assert.deepEqual(m.states, ['Chile', 'Estonia', 'Slovenia', 'Tunisia', 'Uruguay']);
  assert.equal(m.topic, 'Ratify the Rome Statute of the ICC');
  assert.equal(sentence.slice(...m.cue!), '(Chile) (Estonia) (Slovenia); (Tunisia); (Uruguay)');
  // A bracket that is not a State stops the run: it stays part of the recommendation's words.
  const n = detectRecommendationMention('- Establish a national preventive mechanism (OPCAT) (Denmark).');
  assert.equal(n.mentions, true);
  assert.deepEqual(n.states, ['Denmark']);
  assert.ok(n.topic.includes('(OPCAT)'), n.topic);
});

test('a recommendation in a list item, in the form "To …" with its State, is a mention', () => {
  const m = detectRecommendationMention('To guarantee the independence of the judiciary (Spain);');
  assert.equal(m.mentions, true);
  assert.deepEqual(m.states, ['Spain']);
});

test('"It recommended …" after a sentence about what a State said at the review', () => {
  const sentence = 'It recommended Ghana to adopt a law on domestic workers.';
  assert.equal(detectRecommendationMention(sentence).mentions, false);
  assert.equal(detectRecommendationMention(sentence, { previous: 'Germany raised the situation of domestic workers.' }).mentions, true);
  // In the frame of the interactive dialogue, a clause that starts with the calls themselves.
  assert.equal(detectRecommendationMention('Calls for the repeal of the sedition law.', { previous: 'Issues raised during the interactive dialogue included:' }).mentions, true);
});

test('words that only point back need the frame of the previous sentence or a follow-up section', () => {
  const anaphor = 'These include recommendations on the registration of religious groups.';
  assert.equal(detectRecommendationMention(anaphor).mentions, false);
  const previous = 'At its 2014 review the State accepted 140 recommendations.';
  assert.equal(mentionFramed({ previous }), true);
  const m = detectRecommendationMention(anaphor, { previous });
  assert.equal(m.mentions, true);
  assert.ok(m.topic.includes('registration of religious groups'), m.topic);
  // Another body's recommendations in the sentence before are no frame.
  assert.equal(detectRecommendationMention(anaphor, { previous: 'The Committee against Torture made 30 recommendations to the State party.' }).mentions, false);
  // "It noted those on …" after a sentence about the review.
  assert.equal(detectRecommendationMention('It noted those on decriminalising same-sex relations.', { previous: "Nauru supported recommendations relating to women's rights." }).mentions, true);
  // A follow-up section frames the sentence too.
  assert.equal(detectRecommendationMention('There were also calls to repeal the blasphemy law.').mentions, false);
  assert.equal(detectRecommendationMention('There were also calls to repeal the blasphemy law.', { followUpSection: true }).mentions, true);
});

test('an item under a lead-in that introduces the review\'s recommendations is a mention; under a call it is not', () => {
  const item = 'To guarantee the independence of the judiciary and the bar;';
  const m = detectRecommendationMention(item, { leadIn: 'During its second UPR cycle the State accepted the following recommendations:' });
  assert.equal(m.mentions, true);
  assert.equal(m.topic, 'guarantee the independence of the judiciary and the bar');
  assert.equal(item.slice(...m.cue!), 'To guarantee the independence of the judiciary and the bar');
  for (const leadIn of ['We call on the Government to:', 'The Committee against Torture recommended that the State:', 'During its second UPR cycle the State accepted the following recommendations.', 'Norway recommends that the State:']) {
    assert.equal(detectRecommendationMention(item, { leadIn }).mentions, false, leadIn);
  }
  // An item that is not a recommendation's words stays a statement.
  assert.equal(detectRecommendationMention('The law on NGOs was amended twice in 2014.', { leadIn: 'The State accepted recommendations on NGOs, but since the review:' }).mentions, false);
});
