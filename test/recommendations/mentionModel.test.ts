/**
 * The learned second opinion (server/src/engine/recommendations/mentionModel.ts): who it
 * may judge (the gate), that it only adds to the patterns, and that its mention carries
 * what ranking needs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectRecommendationMention } from '../../server/src/engine/recommendations';
import { mentionByPatterns } from '../../server/src/engine/recommendations/mention';
import { mentionByModel, mentionModelGate } from '../../server/src/engine/recommendations/mentionModel';

test('the gate: a recommendation with a word of the record, not a call, not an ID, not a lead-in, not another body\'s', () => {
  assert.equal(mentionModelGate('The State has made little progress on the recommendations it received at its last review.'), true);
  assert.equal(mentionModelGate('Torture remains widespread.'), false); // no recommendation
  assert.equal(mentionModelGate('The recommendations were far-reaching.'), false); // no word of the record
  assert.equal(mentionModelGate('Ruritania supported recommendation 109.118 at its last review.'), false); // an ID
  assert.equal(mentionModelGate('We urge the Government to implement the recommendations it accepted at the last review.'), false);
  assert.equal(mentionModelGate('The Government should implement the recommendations it accepted.'), false);
  assert.equal(mentionModelGate('At its last review the State accepted the following recommendations:'), false);
  assert.equal(mentionModelGate('Ruritania accepted the recommendation from the Constitution Review Commission to abolish the death penalty.'), false);
  assert.equal(mentionModelGate('The UN invited Ruritania to accept the recommendations of its review.'), false);
});

test('the model speaks only where the patterns said no and the gate lets it; its mention has a cue and a topic', () => {
  // The wiring, not the verdict: a sentence the patterns turn down and the model takes (whether it
  // should is what the labelled sets measure).
  const sentence = 'Brunei Darussalam commended the implementation of recommendations from the 2008 UPR and efforts to further the rights of women and children through new laws.';
  const patterns = mentionByPatterns(sentence);
  assert.equal(patterns.mentions, false);
  const m = mentionByModel(sentence, patterns);
  assert.ok(m, 'the model gives a mention');
  assert.equal(m.mentions, true);
  assert.equal(sentence.slice(m.cue![0], m.cue![1]), 'recommendations');
  assert.equal(m.topic, sentence);
  assert.deepEqual(detectRecommendationMention(sentence), m);
  // Where the patterns already found a mention, the model adds nothing.
  const found = 'Ruritania accepted recommendations to decriminalise defamation at its last review.';
  assert.equal(mentionByModel(found, mentionByPatterns(found)), undefined);
  // Outside the gate, nothing.
  assert.equal(mentionByModel('Torture remains widespread.', mentionByPatterns('Torture remains widespread.')), undefined);
});
