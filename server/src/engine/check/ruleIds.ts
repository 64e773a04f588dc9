/** The checker's rules: the `code` of each diagnostic (its `source` is "upr"). */
export const RULE_IDS = [
  'uncited-claim',
  'unlinked-recommendation',
  'unknown-recommendation',
  'response-mismatch',
  'word-limit',
  'front-matter',
  'footnote',
  'weak-recommendation',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(s: string): s is RuleId {
  return (RULE_IDS as readonly string[]).includes(s);
}
