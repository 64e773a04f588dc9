/**
 * A second opinion for the sentences the mention patterns (`mention.ts`) turn down: a
 * logistic model over the sentence's words and a few cues, trained on the labelled real
 * sentences of test/fixtures/eval (four collections by four labellers, ~850 rows, plus the
 * synthetic ones; see scripts/experiment-learned-detectors.ts). It only ever adds a
 * mention, and only where a sentence names a recommendation together with a word of the
 * record (accepted, noted, received, the review, the cycle): on ordinary prose its word
 * weights (the topics of the training pages) would fire on sentences about torture or
 * journalists, and a wider gate let through the submitter's own and other bodies'
 * recommendations. Held out one collection at a time, it raised recall from 0.69 to 0.73
 * at the same precision (0.93); the figures are in test/fixtures/eval/README.md.
 */
import { LinearModel, type LinearModelData } from '../learn/linearModel';
import { wordFeatures } from '../learn/wordFeatures';
import { MODAL_CALL, OWN_CALL, startsWithImperative } from './callsToAction';
import { carriesRecommendationId } from './carriesRecommendationId';
import type { RecommendationMention } from './mention';
import modelData from './mentionModel.json';
import { statedResponseNear } from './responsePhrases';
import { namesOtherBodysRecommendation } from './otherBodies';
import { findStateNames } from './stateNames';

const RECOMMENDATION_NOUN = /\brecommendations?\b/i;
const RECORD_WORD = /\b(?:accept\w*|support\w*|not(?:ed|ing)|reject\w*|receiv\w*|UPR|universal\s+periodic\s+review|review\w*|cycle)\b/i;
const REVIEW_WORDS = /\b(?:UPR|universal\s+periodic\s+review|(?:first|second|third|fourth|previous|last|prior|latest)\s+(?:review|cycle|UPR))\b/i;
const RESPONSE_WORDS = /\b(?:accepted|supported|noted|rejected|agreed\s+to|committed\s+to|pledged)\b/i;
const CALL = /\b(?:should|must|urges?|calls?\s+(?:on|upon)|we\s+recommend)\b/i;
/** "invites the UAE to accept the recommendation", "urged Belarus to implement recommendations": a call about a recommendation. */
const INVITED_TO_ACT = /\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|ask(?:s|ed|ing)?)\s+[^,.;]{0,50}?\bto\s+(?:fully\s+|effectively\s+)?(?:accept|implement|follow\s+up\s+on|act\s+on|reconsider)\b/i;
const OWN = /\b(?:we|our|this\s+(?:submission|report))\b/i;

/**
 * May the model decide this sentence? It names a recommendation and a word of the record,
 * gives no ID, is no call to action, is no lead-in whose content follows after a colon
 * (the list's items are the mentions), and the recommendation is not another body's.
 */
export function mentionModelGate(sentence: string): boolean {
  return (
    RECOMMENDATION_NOUN.test(sentence) &&
    RECORD_WORD.test(sentence) &&
    !carriesRecommendationId(sentence) &&
    !/:\s*$/.test(sentence) &&
    !OWN_CALL.test(sentence) &&
    !MODAL_CALL.test(sentence) &&
    !startsWithImperative(sentence) &&
    !INVITED_TO_ACT.test(sentence) &&
    !namesOtherBodysRecommendation(sentence)
  );
}

/** What the model sees: the patterns' verdict, a few cues, the words. */
export function mentionFeatures(sentence: string, byPatterns: RecommendationMention): string[] {
  const out = wordFeatures(sentence);
  out.push(byPatterns.mentions ? 'rule:mention' : 'rule:none');
  if (byPatterns.mentions && byPatterns.statedResponse) out.push(`response:${byPatterns.statedResponse}`);
  if (byPatterns.mentions && byPatterns.states.length > 0) out.push('rule:states');
  if (REVIEW_WORDS.test(sentence)) out.push('has:review');
  if (RESPONSE_WORDS.test(sentence)) out.push('has:response');
  if (RECOMMENDATION_NOUN.test(sentence)) out.push('has:recommendation');
  if (CALL.test(sentence)) out.push('has:call');
  if (OWN.test(sentence)) out.push('has:own');
  const states = findStateNames(sentence).length;
  if (states > 0) out.push(`states:${Math.min(states, 3)}`);
  return out;
}

let model: LinearModel | undefined;

/**
 * The model's mention for a sentence the patterns turned down (`byPatterns`), or
 * undefined. Its cue is the recommendation noun; its topic, for ranking candidates, the
 * whole sentence.
 */
export function mentionByModel(sentence: string, byPatterns: RecommendationMention): RecommendationMention | undefined {
  if (byPatterns.mentions || !mentionModelGate(sentence)) return undefined;
  model ??= new LinearModel(modelData as LinearModelData);
  if (model.probability(mentionFeatures(sentence, byPatterns)) < model.threshold) return undefined;
  const noun = RECOMMENDATION_NOUN.exec(sentence)!;
  const mention: RecommendationMention = { mentions: true, cue: [noun.index, noun.index + noun[0].length], topic: sentence, states: [] };
  const response = statedResponseNear(sentence, noun.index);
  if (response) mention.statedResponse = response;
  return mention;
}
