import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectRecommendationMention } from '../../server/src/engine/recommendations';

const positives: [string, Partial<{ response: 'supported' | 'noted'; states: string[]; topicHas: string; cue: string }>][] = [
  ['In 2013 Azerbaijan accepted recommendations to remove obstacles to the registration of NGOs', { response: 'supported', topicHas: 'registration of NGOs', cue: 'accepted recommendations' }],
  ['During its last review, the Government supported several recommendations on torture prevention', { response: 'supported', topicHas: 'torture prevention' }],
  ['Norway recommended that Azerbaijan decriminalise defamation', { states: ['Norway'], topicHas: 'decriminalise defamation', cue: 'Norway recommended' }],
  ['the recommendation to establish an independent NHRI, which Azerbaijan noted, remains unimplemented', { response: 'noted', topicHas: 'independent NHRI' }],
  ['Despite accepting recommendations on media freedom at its second UPR, the authorities continued to imprison journalists.', { response: 'supported', topicHas: 'media freedom' }],
  ['The State received 12 recommendations on freedom of assembly', { topicHas: 'freedom of assembly' }],
  ['Azerbaijan did not accept the recommendation to repeal the criminal defamation provisions.', { response: 'noted' }],
  ['Azerbaijan rejected a recommendation to create conditions for expressing opinions different from the official Government position.', { response: 'noted' }],
  ["Mexico's recommendation to enact a law obliging the authorities to investigate and punish torture, which Azerbaijan supported, has not been acted upon.", { states: ['Mexico'], response: 'supported' }],
  ['Canada\u2019s recommendation that the authorities refrain from defamation lawsuits against journalists was supported by Azerbaijan.', { states: ['Canada'] }],
  ['The recommendation to amend the press law so that it does not infringe freedom of expression was not accepted.', { response: 'noted' }],
  ['Numerous recommendations to ratify international human rights standards have not been acted on by the State.', {}],
  ['The United Kingdom and Sweden recommended that Azerbaijan guarantee freedom of assembly in central Baku.', { states: ['United Kingdom of Great Britain and Northern Ireland', 'Sweden'] }],
  ['Other recommendations called for the immediate release of prisoners convicted for peaceful assembly.', {}],
];

for (const [sentence, want] of positives) {
  test(`mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence);
    assert.equal(m.mentions, true, JSON.stringify(m));
    assert.ok(m.cue, 'a cue range');
    const [s, e] = m.cue;
    assert.ok(s >= 0 && e > s && e <= sentence.length);
    if (want.cue) assert.equal(sentence.slice(s, e), want.cue);
    if (want.response) assert.equal(m.statedResponse, want.response);
    if (want.states) assert.deepEqual(m.states, want.states);
    if (want.topicHas) assert.ok(m.topic.includes(want.topicHas), m.topic);
  });
}

const negatives = [
  // The submitter's own recommendations and other calls to action.
  'We recommend that Azerbaijan repeal the 2014 amendments to the Law on NGOs.',
  'NHC recommends that the authorities release all journalists detained for their work.',
  'JS2 recommends that China abolish the death penalty for drug offences.',
  'The coalition urges the Government to implement the recommendations on torture it accepted in 2013.',
  'Ratify the Optional Protocol to the Convention against Torture.',
  'Uzbekistan should implement all recommendations it accepted during the second cycle.',
  'Australia recommends Uzbekistan release all political prisoners.',
  // Other bodies.
  'The Venice Commission recommended that the registration procedure for NGOs be simplified.',
  'The Committee against Torture recommended that Azerbaijan establish an independent complaints mechanism.',
  'The Special Rapporteur on torture recommended closing the prison.',
  'CEDAW recommended that the State party adopt comprehensive legislation on domestic violence.',
  'As recommended by the European Court of Human Rights, the authorities should release Mr. Mammadov.',
  'Alkarama, JS4 and JS9 recommended ratifying the Convention against Enforced Disappearance.',
  // Structure, counts, no substance.
  'This section assesses the implementation of recommendations.',
  'The table below lists the recommendations of the previous review and their status.',
  'Azerbaijan accepted 124 of the 162 recommendations it received in 2013.',
  'The delegation accepted 123 recommendations, reserved its position on 20 other and rejected 45 recommendations.',
  'Since the last review, the Government has made little progress in implementing the recommendations it accepted.',
  'By rejecting specific recommendations made by dozens of countries, the authorities showed contempt for international obligations.',
  // Already linked: the caller handles these, but the detector stays quiet too.
  'During the second review, Azerbaijan supported recommendation 109.118 (Norway) to ensure that NGOs can register.',
  'Azerbaijan noted paras. 109.124 and 109.125 on the Law on NGOs.',
  // No recommendation at all.
  'In 2016 the Ministry of Justice refused to register at least 20 organisations.',
  '',
];

for (const sentence of negatives) {
  test(`not a mention: ${sentence || '(empty)'}`, () => {
    const m = detectRecommendationMention(sentence);
    assert.equal(m.mentions, false, JSON.stringify(m));
    assert.equal(m.cue, undefined);
  });
}

test('a call to accept a recommendation is not a statement about the previous review', () => {
  assert.equal(detectRecommendationMention('The APT invites the UAE to accept the recommendation to ratify the OPCAT and to proceed swiftly with ratification.').mentions, false);
});

test('a relative clause is not what the recommendation said', () => {
  assert.equal(detectRecommendationMention('Unsurprisingly, the government only accepted those recommendations that were supportive of its existing plans and strategies.').mentions, false);
  assert.equal(detectRecommendationMention("Cameroon has rejected the United Nations Human Rights Council's recommendation that it decriminalise homosexuality.").mentions, true);
});
