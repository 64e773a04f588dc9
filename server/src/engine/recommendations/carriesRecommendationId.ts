/**
 * Does the sentence already give a recommendation's ID ("para. 109.118", "109.118
 * (Norway)", "(109.118, Norway)")? Then it is linked, not a mention to flag.
 */
const HAS_ID = /(?:\b(?:paras?\.?|paragraphs?|recommendations?|recs?\.)\s*\d{1,3}\.\d{1,3}\b|\b\d{2,3}\.\d{1,3}\s*\(\s*\p{Lu}|\(\s*\d{2,3}\.\d{1,3}\s*[,)])/u;

export function carriesRecommendationId(sentence: string): boolean {
  return HAS_ID.test(sentence);
}
