import type { Finding, Rule } from '../ruleTypes';

/**
 * UPR Info's action categories, by the recommendation's first verb (see the primer):
 * 1 minimal, 2 continuing, 3 considering, 4 general, 5 specific. Advocates aim for 4–5;
 * 2 ("continue…") and 3 ("consider…") let a State claim compliance without change.
 */
const CATEGORY_BY_VERB: Record<string, 1 | 2 | 3 | 4 | 5> = {};
const add = (cat: 1 | 2 | 3 | 4 | 5, verbs: string): void => {
  for (const v of verbs.split(' ')) CATEGORY_BY_VERB[v] = cat;
};
add(1, 'share seek request call invite encourage welcome');
add(2, 'continue pursue maintain persist sustain keep');
add(3, 'consider review revise reflect examine explore study assess evaluate envisage');
add(
  4,
  'take ensure strengthen intensify enhance improve promote protect guarantee respect step increase redouble implement provide allow permit ' +
    'combat fight prevent address facilitate support develop expand lift end stop refrain eliminate remove release investigate prosecute ' +
    'punish halt cease bring make grant uphold reinforce accelerate harmonize harmonise align publish train raise reduce allocate',
);
add(
  5,
  'ratify accede sign establish adopt abolish amend repeal decriminalise decriminalize enact withdraw issue extend criminalize criminalise ' +
    'introduce create set appoint quash dissolve outlaw prohibit ban register reinstate restore disband incorporate submit',
);

/** The verb of a recommendation, past lead-ins: "That the Government should …", "To …". */
export function actionCategoryOf(text: string): { verb?: string; category?: 1 | 2 | 3 | 4 | 5 } {
  const body = text
    .trim()
    .replace(/^(?:that|to)\s+/i, '')
    .replace(/^[\p{L}' -]{0,60}?\s(?:should|must|shall)\s+/iu, '')
    .replace(/^to\s+/i, '');
  const word = /^[\p{L}-]+/u.exec(body)?.[0]?.toLowerCase();
  if (!word) return {};
  // "ensures" as well as "ensure": a third-person lead-in the pattern above missed.
  const verb = !(word in CATEGORY_BY_VERB) && word.endsWith('s') && word.slice(0, -1) in CATEGORY_BY_VERB ? word.slice(0, -1) : word;
  return { verb, category: CATEGORY_BY_VERB[verb] };
}

export const weakRecommendationRule: Rule = {
  id: 'weak-recommendation',
  defaultSeverity: 'information',
  description: 'In the recommendations section, a recommendation that starts with "continue"/"consider" or has no action verb (UPR Info categories 2–3).',
  check({ doc }) {
    const findings: Finding[] = [];
    for (const block of doc.blocks) {
      // Each recommendation is a list item (numbered paragraphs are ordered list items in
      // Markdown); the lead-in paragraph ("We recommend that the Government:") is not one.
      if (!block.inRecommendationsSection || !block.list?.firstParagraph) continue;
      const first = block.sentences[0];
      if (!first) continue;
      const { verb, category } = actionCategoryOf(first.text);
      if (category === 2 || category === 3) {
        findings.push({
          range: first.range,
          message: `Weak recommendation: "${verb}" is UPR Info action category ${category} (${category === 2 ? 'continuing' : 'considering'}); a State can accept it without changing anything. Start with a specific action verb (ratify, repeal, adopt, establish…) and make it measurable and time-bound.`,
          data: { verb, category },
        });
      } else if (category === undefined) {
        findings.push({
          range: first.range,
          message: 'This recommendation does not start with an action verb; recommendations that start with a specific verb (repeal, adopt, release, establish…) are clearer and easier to follow up.',
          data: { verb: verb ?? null },
        });
      }
    }
    return findings;
  },
};
