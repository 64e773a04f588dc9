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

// The generalised cue grammar: a response verb, a recommending-State subject, or a
// recommendation noun ("recommendation(s)", and at a review "proposal(s)", "call(s)")
// tied to the review, with the substance anywhere in the clause.
const generalPositives: [string, Partial<{ topicHas: string; states: string[]; response: 'supported' | 'noted' }>][] = [
  // Recommending States as a group, whatever the quantifier or modifiers.
  ['During the interactive dialogue, numerous delegations urged Azerbaijan to release imprisoned journalists.', { topicHas: 'release imprisoned journalists' }],
  ['A number of UN member countries called on Uzbekistan to end forced labour in the cotton harvest.', { topicHas: 'forced labour' }],
  ['The observers noted a wide cross-section of countries that called for, among others, an end to child marriage.', { topicHas: 'child marriage' }],
  ['At the UPR session, 20 delegations raised torture, and many called for an independent complaints mechanism.', { topicHas: 'independent complaints mechanism' }],
  // A named State calling on the State under review.
  ['Germany and France urged the government to repeal the foreign agents law.', { topicHas: 'foreign agents law', states: ['Germany', 'France'] }],
  ['Sweden asked Azerbaijan to guarantee the independence of the Bar Association.', { topicHas: 'Bar Association', states: ['Sweden'] }],
  // The State under review asked, urged, encouraged or "recommended to" (passive).
  ['At the last review the State was encouraged to adopt a comprehensive anti-discrimination law.', { topicHas: 'anti-discrimination law' }],
  ['Azerbaijan was recommended to bring its legislation on defamation in line with international standards.', { topicHas: 'defamation' }],
  ['The government was further asked to accede to the Convention on Enforced Disappearances.', { topicHas: 'Enforced Disappearances' }],
  // "proposal(s)", "call(s)" at a review.
  ['The State turned down calls made during its UPR to decriminalise defamation.', { topicHas: 'decriminalise defamation', response: 'noted' }],
  ['Proposals made at the review to abolish the death penalty were rejected.', { topicHas: 'abolish the death penalty' }],
  // A quoted recommendation after the answer, with or without the noun.
  ['In 2014 the government agreed to "Establish an independent national preventive mechanism".', { topicHas: 'national preventive mechanism' }],
  ['The authorities committed to \u201cEnsure that all allegations of torture are investigated promptly\u201d.', { topicHas: 'allegations of torture' }],
  // The substance not right after the cue: fronted, after the answer, after a copula or a partitive.
  ['On torture, recommendations accepted in 2013 remain unimplemented.', { topicHas: 'torture' }],
  ['Regarding the death penalty, the recommendations noted in 2014 have seen no follow-up.', { topicHas: 'death penalty' }],
  ['Recommendations on freedom of assembly made by several States during the second cycle remain unimplemented.', { topicHas: 'freedom of assembly' }],
  ['Many of the recommendations it received concerned the independence of the judiciary.', { topicHas: 'independence of the judiciary' }],
  ['Several of the recommendations Azerbaijan accepted in 2013 concerned the protection of journalists.', { topicHas: 'protection of journalists' }],
  ['A recurring theme in the recommendations was the need to end impunity for attacks on journalists.', { topicHas: 'impunity' }],
  ['Some progress was made on recommendations that were accepted during the previous review, including the reform of the Criminal Code.', { topicHas: 'Criminal Code' }],
  // Words between the answer and the noun; one topic word after a topic preposition.
  ['In 2013 the government accepted, but has not implemented, recommendations to establish an independent complaints mechanism.', { response: 'supported' }],
  ['Azerbaijan accepted recommendations on torture.', { topicHas: 'torture', response: 'supported' }],
  ['At its second review, most of recommendations were on the rights of persons with disabilities.', { topicHas: 'disabilities' }],
  ['Iran dismissed recommendations to abolish the death penalty for juveniles.', { response: 'noted' }],
];

for (const [sentence, want] of generalPositives) {
  test(`general cue, mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence);
    assert.equal(m.mentions, true, JSON.stringify(m));
    assert.ok(m.cue);
    if (want.topicHas) assert.ok(m.topic.includes(want.topicHas), m.topic);
    if (want.states) assert.deepEqual(m.states, want.states);
    if (want.response) assert.equal(m.statedResponse, want.response);
  });
}

const generalNegatives = [
  // Groups of States not recommending anything to the State under review.
  'Some delegations also urged the international community to consider the different levels of development of States implementing recommendations.',
  'Several States asked for clarification on the new law on associations during the interactive dialogue.',
  'Many countries asked questions in advance about the situation of journalists.',
  'Several countries called for sanctions against the regime at the Security Council.',
  'Many States urged the parties to the conflict to respect international humanitarian law.',
  'Speakers called on all States to implement those recommendations that touched upon situations that could lead to conflict.',
  // Passive calls that are not a review's recommendations.
  'States were urged to strengthen their focus on the implementation of previous recommendations.',
  'The government was asked to comment on the allegations but did not respond.',
  'Azerbaijan was asked to host the 2015 European Games.',
  'The government was urged by the Human Rights Committee to repeal the blasphemy law.',
  // Proposals and calls outside a review.
  'The government rejected the proposal to extend presidential term limits.',
  'Parliament rejected calls to hold an inquiry into the killings.',
  'The authorities ignored calls from civil society to release the detained protesters.',
  // Other bodies' recommendations, however they are attached.
  'Regarding torture, the Special Rapporteur\u2019s recommendations have not been implemented.',
  "The Ombudsman's recommendations on prison conditions were accepted by the Ministry of Justice in 2015.",
  'Recommendations on prison conditions made by the Council of Europe in 2015 remain unimplemented.',
  "The government accepted the Venice Commission's recommendations on the electoral code.",
  'Several of the recommendations of the Venice Commission concerned the independence of judges.',
  // The submitter's calls and the document's structure.
  'We urge the government to implement the recommendations on torture that it accepted in 2013.',
  'Recommendations on torture are set out in section 4 of this submission.',
  'Most of the recommendations were repeated during the State interventions on Tuesday.',
  'Many of the recommendations it received were vague and unmeasurable.',
  // After "implementation of recommendations" the content comes at once, not after a comma.
  'Speakers stressed the implementation of UPR recommendations, including through technical assistance and capacity building.',
  // "calls" far from a later clause's answer, in a sentence about other bodies.
  'Despite repeated calls, the State has no national human rights institution, has refused to cooperate with the Special Rapporteur and ignores the recommendations of the treaty bodies.',
  // Counts and vague topics.
  'The State was reviewed in 2009 and accepted, among others, 62 recommendations on a broad range of human rights issues.',
  'Over 160 of the 225 recommendations were accepted.',
];

for (const sentence of generalNegatives) {
  test(`general cue, not a mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence);
    assert.equal(m.mentions, false, JSON.stringify(m));
  });
}
