/**
 * Prior recommendations referred to in words: the detector behind the
 * `unlinked-recommendation` rule (does a sentence without an ID talk about a
 * recommendation of the previous review, and which ones could it be) and the phrase
 * analysis behind `response-mismatch` (what response a sentence attributes).
 * Pure engine code: plain strings in, plain data out.
 */
export { detectRecommendationMention, listIntroduced, mentionFramed, type RecommendationMention, type MentionContext } from './mention';
export { rankCandidates, type RecommendationCandidate } from './rank';
export { statedResponseNear, findResponsePhrases, type StatedResponse, type ResponsePhrase } from './responsePhrases';
export { findStateNames, type StateNameMatch } from './stateNames';
