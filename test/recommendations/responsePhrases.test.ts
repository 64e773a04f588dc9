import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedResponseNear } from '../../server/src/engine/recommendations';

const at = (sentence: string, id: string): number => {
  const i = sentence.indexOf(id);
  assert.ok(i >= 0, `${id} in ${sentence}`);
  return i;
};

const cases: [string, string | undefined, 'supported' | 'noted' | undefined][] = [
  ['Azerbaijan accepted recommendation 109.118 (Norway).', '109.118', 'supported'],
  ['During the review Azerbaijan supported paras. 109.124 and 109.125.', '109.125', 'supported'],
  ['It noted 110.2 (Armenia).', '110.2', 'noted'],
  ['Azerbaijan rejected recommendation 110.1.', '110.1', 'noted'],
  ['Azerbaijan did not accept recommendation 109.5.', '109.5', 'noted'],
  ["Azerbaijan didn't support recommendation 109.5.", '109.5', 'noted'],
  ['The Government refused recommendation 110.3 outright.', '110.3', 'noted'],
  ['Azerbaijan declined to accept recommendation 109.27.', '109.27', 'noted'],
  ['Recommendation 109.27 was not supported by Azerbaijan.', '109.27', 'noted'],
  ['Recommendation 109.27 (Ireland) was accepted by Azerbaijan.', '109.27', 'supported'],
  ['Recommendation 109.118, which Azerbaijan accepted, remains unimplemented.', '109.118', 'supported'],
  // A State supporting a recommendation is not the answer of the State under review.
  ['Recommendation 109.3, supported by Brazil and Chile, asked for ratification of CPED.', '109.3', undefined],
  // Reporting verbs are not answers.
  ['The Committee noted that recommendation 109.74 had not been implemented.', '109.74', undefined],
  ['As noted above, recommendation 109.74 remains relevant.', '109.74', undefined],
  ['The Committee noted with concern the situation addressed in 109.74.', '109.74', undefined],
  // The nearest answer in the clause wins.
  ['Azerbaijan accepted 109.118 but rejected 110.2.', '110.2', 'noted'],
  ['Azerbaijan accepted 109.118 but rejected 110.2.', '109.118', 'supported'],
  // A passive answer closes the clause of the recommendation before it; another body's verb after "yet" is no answer.
  ['Recommendation 73.17 (Norway) was noted, while recommendation 72.33 (United Kingdom), on fair trials, was supported.', '72.33', 'supported'],
  ['Recommendation 73.17 (Norway) was noted, while recommendation 72.33 (United Kingdom), on fair trials, was supported.', '73.17', 'noted'],
  ['It supported the call to enforce the law (para. 111.64), yet the Prosecutor rejected every complaint filed in 2012.', '111.64', 'supported'],
  // An answer in another clause does not count.
  ['Azerbaijan accepted most recommendations; 109.118 is discussed below.', '109.118', undefined],
  // "not only accepted" is not a negation.
  ['Azerbaijan not only accepted recommendation 109.118 but repeated it in its national report.', '109.118', 'supported'],
  // No offset: the sentence as a whole.
  ['In 2013 Azerbaijan accepted recommendations to remove obstacles to NGO registration.', undefined, 'supported'],
  ['Azerbaijan accepted \u2013 but also rejected \u2013 many recommendations on freedom of assembly.', undefined, undefined],
  ['The Government has not accepted the recommendation to abolish the death penalty.', undefined, 'noted'],
  ['Supporting NGOs is essential.', undefined, undefined],
  ['The principle is widely accepted in international law.', undefined, undefined],
];

for (const [sentence, id, want] of cases) {
  test(`statedResponseNear: ${sentence}${id ? ` @${id}` : ''}`, () => {
    assert.equal(statedResponseNear(sentence, id === undefined ? undefined : at(sentence, id)), want);
  });
}

test('a response verb inside the recommendation\'s own words is no answer; an emphatic "did … accept" is', () => {
  // "the call to accede … and to accept the competence of its Committee (130.4)": noted, as the sentence says.
  assert.equal(statedResponseNear('It also noted the call to accede to CPED and to accept the competence of its Committee (para. 130.4).', 95), 'noted');
  assert.equal(statedResponseNear('It did, on the other hand, accept France\'s recommendation to respond to the invitation (186.235, France).', 95), 'supported');
});

test('after the ID, a clause answering another recommendation is not this one\'s answer', () => {
  assert.equal(statedResponseNear("It noted Germany's recommendation on consent (para. 136.3) but supported the Norwegian one (para. 135.57).", 50), 'noted');
  assert.equal(statedResponseNear('It accepted only the recommendation on counsel (recommendation 89.56 (Norway)), and rejected the companion recommendation 89.55.', 64), 'supported');
});
