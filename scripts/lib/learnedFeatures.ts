/**
 * The claim features of the learned-detector experiment (scripts/experiment-learned-detectors.ts):
 * the pattern detector's verdict (`assessClaim`: the kinds of fact found, or the family of
 * the reason it ruled the sentence out), a few shapes of checkable facts (digits, a year, a
 * month, a quotation, a capitalised name inside the sentence), and the words. (The mention
 * features ship with the engine: server/src/engine/recommendations/mentionModel.ts.)
 * `ruleFeature` tells the patterns' verdict apart, so a model can be trained without it.
 */
import { type ClaimAssessment } from '../../server/src/engine/claims/index';
import { MONTHS } from '../../server/src/engine/claims/lexicon';
import { wordFeatures } from '../../server/src/engine/learn/wordFeatures';

export const ruleFeature = (f: string): boolean => /^(?:rule|kind|kinds|why|response):/.test(f);

const MONTH = new RegExp(`\\b(?:${MONTHS})\\b`);
const QUOTE = /[“"«„][^”"»“]{12,}[”"»]/;
const INNER_NAME = /(?<=\p{Ll}[\p{L},]*\s+)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
const DIGIT = /\d/;
const HAS_YEAR = /\b(?:19|20)\d\d\b/;

/** "recommendation (imperative “Release”)" → "recommendation": the reason's family, not its quote. */
function reasonFamily(reason: string): string {
  return reason.replace(/\s*\(.*$/, '').replace(/:.*$/, '').trim();
}

export function claimFeatures(sentence: string, assessment: ClaimAssessment): string[] {
  const out = wordFeatures(sentence);
  if (assessment.isClaim) {
    out.push('rule:claim');
    for (const k of assessment.kinds) out.push(`kind:${k}`);
    out.push(`kinds:${Math.min(assessment.kinds.length, 3)}`);
  } else {
    out.push('rule:not-claim', `why:${reasonFamily(assessment.reason)}`);
  }
  if (DIGIT.test(sentence)) out.push('has:digit');
  if (HAS_YEAR.test(sentence)) out.push('has:year');
  if (MONTH.test(sentence)) out.push('has:month');
  if (QUOTE.test(sentence)) out.push('has:quote');
  if (INNER_NAME.test(sentence)) out.push('has:name');
  return out;
}
