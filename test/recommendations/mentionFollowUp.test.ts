/**
 * Phrasings from the follow-up sections of stakeholder submissions, mid-term reports and
 * NGO statements on UPR outcomes (December 2026, submissions set): positives and the
 * false positives they must not bring. Paraphrased, not quoted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectRecommendationMention, rankCandidates } from '../../server/src/engine/recommendations';
import { loadBundledDataset } from '../../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../../server/src/engine/dataset/recommendationStore';

const positives: [string, { topicHas?: string; context?: string; states?: string[] }][] = [
  // A count, then an apposition, then what they were about.
  ['Laos received 14 recommendations, the largest group, regarding the rights of ethnic minorities in the highlands.', { topicHas: 'ethnic minorities' }],
  // "the highest number of recommendations concerned …"
  ['The second highest number of recommendations concerned the independence of the judiciary and access to lawyers.', { topicHas: 'independence of the judiciary' }],
  // A selection from a count: "… particularly those on …".
  ['The authorities did not accept 40 of the 190 recommendations made at the review (UPR), especially those on abolishing the death penalty and protecting journalists.', { topicHas: 'death penalty' }],
  // A count of counts with a verb of content: one word is enough.
  ['Of the 200 recommendations received, 35 addressed torture.', { topicHas: 'torture' }],
  ['Among the themes raised in the 2015 recommendations were 12 on the rights of domestic workers.', { topicHas: 'domestic workers' }],
  // The recommending State with "not only".
  ['Canada not only recommended that Nepal criminalise torture but also that it set up an independent complaints body.', { states: ['Canada'], topicHas: 'criminalise torture' }],
  // A commitment made at the review.
  ["Several delegations welcomed the Government's decision to ratify the Optional Protocol to CEDAW during its second periodic review.", { topicHas: 'Optional Protocol to CEDAW' }],
  // A topic premodifying the noun, with the review right after.
  ['Local groups regret the failure to implement media freedom recommendations from its 2nd UPR cycle.', { topicHas: 'media freedom' }],
  // A stated status with a fronted topic.
  ['Especially on child marriage, not a single recommendation has been given a supported status.', { topicHas: 'child marriage' }],
];

for (const [sentence, want] of positives) {
  test(`follow-up phrasing, a mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence, want.context ? { previous: want.context } : undefined);
    assert.equal(m.mentions, true, JSON.stringify(m));
    if (want.topicHas) assert.ok(m.topic.includes(want.topicHas), m.topic);
    if (want.states) assert.deepEqual(m.states, want.states);
  });
}

const negatives: string[] = [
  // A date after "on" is not what a recommendation was about.
  'Amnesty said the government turned down a number of key recommendations on 14 March 2019 at its review in Geneva.',
  // A vague range: "that highlighted major human rights violations … and ways to address the problems".
  'The coalition said the State agreed to 120 of the 160 recommendations issued at the UPR in 2014 that highlighted major human rights violations and provide ways to address the problems.',
  // The stakeholder's own recommendations after "submitted reports".
  'The Centre submitted two reports to the review process and made recommendations on the criminalisation of torture and on military courts.',
  // Many States' implementation, no single review.
  "Our submissions assess the States' domestic implementation of civic space recommendations received during the 3rd UPR cycle.",
  // A commitment outside a review.
  "The minister announced the Government's decision to ratify the Convention in parliament next year.",
  // "a similar commitment" without the sentence before.
  'Bhutan made a similar commitment at its previous review and has yet to act on it.',
];
for (const sentence of negatives) {
  test(`follow-up phrasing, not a mention: ${sentence}`, () => {
    const m = detectRecommendationMention(sentence);
    assert.equal(m.mentions, false, JSON.stringify(m));
  });
}

test('"a similar commitment at the previous review" takes what it was from the sentence before', () => {
  const previous = 'At the third review, several States welcomed the decision of the Government to ratify the Convention against Torture during its third periodic review.';
  const sentence = 'The Government had made a similar commitment during its second review in 2012, without follow-up.';
  const m = detectRecommendationMention(sentence, { previous });
  assert.equal(m.mentions, true, JSON.stringify(m));
  assert.match(m.topic, /Convention against Torture/);
  // Without a sentence before, or when the sentence before says nothing, it is not a mention.
  assert.equal(detectRecommendationMention(sentence).mentions, false);
  assert.equal(detectRecommendationMention(sentence, { previous: 'This was welcome.' }).mentions, false);
});

test('"They urged …" after a sentence naming the States takes them as the recommending States', () => {
  const previous = 'Norway and Canada, for instance, expressed concern about attacks on religious minorities in Indonesia.';
  const m = detectRecommendationMention('They urged the government of Indonesia to prosecute those who attack religious minorities.', { previous });
  assert.equal(m.mentions, true, JSON.stringify(m));
  assert.deepEqual([...m.states].sort(), ['Canada', 'Norway']);
});

test('"FoRB" finds the freedom of religion recommendations of the review', () => {
  const store = RecommendationStore.fromDatasets([loadBundledDataset()]);
  const sentence = 'At its 2014 review Viet Nam accepted eight recommendations on FoRB.';
  const m = detectRecommendationMention(sentence);
  assert.equal(m.mentions, true, JSON.stringify(m));
  const candidates = rankCandidates(m, sentence, store, ['UPR-WG18-VNM']);
  assert.ok(candidates.length > 0);
  assert.ok(candidates.some((c) => /religio/i.test(c.text)), JSON.stringify(candidates.map((c) => c.text)));
});

const yes = (s: string): void => assert.equal(detectRecommendationMention(s).mentions, true, s);

test('named States owning the recommendation: "the recommendations of Czechia and Estonia to …", "that the United Kingdom asked for"', () => {
  yes('Egypt noted the recommendations of Czechia and Estonia to release journalists imprisoned for their work.');
  yes('It noted, however, the recommendations of Chile, Denmark and Germany calling for the removal of restrictions on foreign funding.');
  yes('The adoption of the Ombudsperson Law partly responds to the recommendations of the Russian Federation, Tunisia and others on a national human rights institution.');
  yes("The State's acceptance of calls from Czechia, Estonia and France to end intimidation of journalists has brought no investigation.");
  yes('The recommendations of Austria and Belgium, which the State noted, to eliminate the arraigo at state level remain unattended.');
  yes('Far from the moratorium that the United Kingdom, Uruguay and Belgium asked for, executions resumed in December 2014.');
  yes('The Public Gatherings Law, which Canada, Costa Rica and the Netherlands asked to bring into line with the ICCPR, was not amended.');
  yes('As the Netherlands urged in 2014, prosecutors should stop using pre-trial detention as a punishment.');
  // A national body named after its State recommends nothing at the UPR.
  assert.equal(detectRecommendationMention('In August 2015, the Law Commission of India recommended the abolition of the death penalty for all crimes other than terrorism.').mentions, false);
});

test('named States in the passive, after a comma, in a relative clause, or ending the clause', () => {
  yes('At its second review, Russia was asked by the Netherlands, Canada and Belgium to repeal the regional laws against "homosexual propaganda".');
  yes('Iran supported three general recommendations, from Norway, Poland and Romania, to respect freedom of religion and belief.');
  yes('These detentions are the opposite of what was asked by Israel, which recommended to abolish the use of the judicial system to silence critics.');
  yes('In July 2012 it removed defamation and insult from the Criminal Code, as Canada and Australia had urged.');
  yes('The Government has not established an independent mechanism to monitor all places of detention, as Sweden recommended.');
  yes('The amendment partially implements what Spain and Italy asked for, but it falls short of a full revision.');
  yes('These amendments went some way towards what Peru and Canada had asked for in 2013.');
  yes('Prisons are worse despite the commitment it made, at the urging of Spain and Italy, to reform the penitentiary system.');
  yes('These practices contradict the commitment Ruritania made, in response to Austria and Slovakia, to investigate every allegation of torture.');
  assert.equal(detectRecommendationMention("In response to Russia's annexation of Crimea, Ukraine adopted a law in 2014.").mentions, false);
  yes("Chile's call for assistance to demobilised children is still not met for those who leave the dissident groups.");
  yes('It noted, however, the recommendations of Egypt, Ghana, Senegal, Türkiye and several other States to ratify the Migrant Workers Convention.');
  yes('Corporal punishment is still lawful in Aruba, although Slovenia and Hungary asked the Kingdom to extend the prohibition to the Caribbean.');
  yes('The first, from Trinidad and Tobago, asked it to continue addressing the issues affecting indigenous peoples.');
  yes('Access to health care remains poor, although Belize agreed with Thailand to widely expand access to health services.');
  yes("The reform does not answer the United Kingdom's call to fund and implement a single plan.");
  yes("Despite supporting Uruguay's call for policies ensuring equal rights without discrimination, the law was not changed.");
  yes('The recommendations on torture are not implemented.');
  yes('As Australia, Norway, Slovakia and Germany urged at the first review, the restrictions on NGOs should be lifted.');
  yes('Fiji has not ratified the Convention against Torture, although Italy and Germany recommended ratification.');
  yes('The Family Code still permits polygamy, although France, Italy and Portugal had asked for its harmonisation with the international instruments.');
  assert.equal(detectRecommendationMention('No recommendation made in 2010 referred expressly to the General Amnesty Law.').mentions, false);
  assert.equal(detectRecommendationMention('The State supported most of the recommendations on this subject, and several were made in strong terms.').mentions, false);
  assert.equal(detectRecommendationMention('Norway asked for clarification of the figures.').mentions, false);
  yes('No inclusive mechanism to follow up on the review, of the kind Norway and Uruguay proposed, has been established.');
  yes('UNAR itself, which Italy promised at the review to strengthen, remains a department of the Presidency without independence.');
  yes('Uzbekistan also supported the requests of Belgium and Germany to allow the Special Rapporteur on torture to visit.');
  yes('The Nineteenth Amendment restored the Constitutional Council, in line with the recommendations of Germany, Maldives, Mexico and Norway.');
  yes('In 2010 it ratified the Optional Protocol and designated the Ombudsman, thereby acting on the recommendations of Czechia, Brazil and Argentina.');
  assert.equal(detectRecommendationMention('The requests of journalists to visit the prison were refused.').mentions, false);
  yes('We therefore assess the recommendations on the protection of civilians as not implemented.');
  assert.equal(detectRecommendationMention('Imports from Germany, asked by the press, fell.').mentions, false);
  assert.equal(detectRecommendationMention('Malta received no recommendation on freedom of expression at its second review.').mentions, false);
  assert.equal(detectRecommendationMention('The table below summarises our assessment of the recommendations of the 2012 review.').mentions, false);
  assert.equal(detectRecommendationMention('As the Human Rights Committee observed in 2015, the law has a chilling effect, and its recommendation that the State repeal it remains unimplemented.').mentions, false);
  yes('It falls short of the revision of the Penal Code that Canada had sought.');
  yes('The recommendations of Uruguay, the United Kingdom, Norway and Brazil to extend a standing invitation to the special procedures were noted.');
});

test('another body recommending, or its "general recommendation", is no prior UPR recommendation', () => {
  assert.equal(detectRecommendationMention('The National Human Rights Commission of Korea recommended in 2013 that the Ministry abolish the limit on workplace changes, but the Ministry rejected the recommendation.').mentions, false);
  assert.equal(detectRecommendationMention('In 2017 the CNDH issued a general recommendation on obstetric violence that documented cases of indigenous women.').mentions, false);
});
