import type { Rule } from '../ruleTypes';
import { footnoteRule } from './footnoteRule';
import { uncitedClaimRule } from './uncitedClaimRule';
import { frontMatterRule } from './frontMatterRule';
import { responseMismatchRule } from './responseMismatchRule';
import { unlinkedRecommendationRule } from './unlinkedRecommendationRule';
import { unknownRecommendationRule } from './unknownRecommendationRule';
import { weakRecommendationRule } from './weakRecommendationRule';
import { wordLimitRule } from './wordLimitRule';

/** Every rule, in the order their diagnostics are listed for the same position. */
export const ALL_RULES: readonly Rule[] = [
  frontMatterRule,
  unknownRecommendationRule,
  unlinkedRecommendationRule,
  responseMismatchRule,
  uncitedClaimRule,
  footnoteRule,
  wordLimitRule,
  weakRecommendationRule,
];
