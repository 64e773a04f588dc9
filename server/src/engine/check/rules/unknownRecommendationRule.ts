import type { Recommendation } from '../../model/recommendation';
import type { Finding, Rule, RuleContext } from '../ruleTypes';

/**
 * A reference whose ID is not in the review(s) the document points to. Suggests the
 * nearest existing IDs: same paragraph, closest item number first, then IDs that differ
 * by one typed digit.
 */
export const unknownRecommendationRule: Rule = {
  id: 'unknown-recommendation',
  defaultSeverity: 'error',
  description: 'A recommendation ID that does not exist in the review(s) the submission assesses.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const ref of ctx.doc.recommendationReferences) {
      const documents = targetDocuments(ref.document, ctx);
      if (documents === undefined) continue; // a review we do not have: nothing to check against
      if (documents.some((d) => ctx.store.lookup(d, ref.id).length > 0)) continue;
      const nearest = nearestIds(ref.id, documents, ctx).slice(0, 3);
      const where = documents.length === 1 ? documents[0]! : documents.join(' or ');
      findings.push({
        range: ref.range,
        message: `Recommendation ${ref.id} does not exist in ${where}.${nearest.length ? ` Did you mean ${nearest.map((r) => `${r.id} (${r.recommendingStates.join(', ')})`).join(', ')}?` : ''}`,
        data: { id: ref.id, documents, candidates: nearest.map((r) => ({ document: r.document, id: r.id, recommendingStates: r.recommendingStates, text: r.text })) },
        fixes: nearest.map((r, i) => ({ title: `Change to ${r.id} (${r.recommendingStates.join(', ')})`, edits: [{ range: ref.range, newText: r.id }], isPreferred: i === 0 })),
      });
    }
    return findings;
  },
};

/** The reviews a reference is checked against, or undefined when it names one we lack. */
function targetDocuments(symbol: string | undefined, ctx: RuleContext): string[] | undefined {
  if (symbol) return ctx.store.review(symbol) ? [symbol] : undefined;
  if (ctx.previousReviews.length === 0) return undefined;
  return ctx.previousReviews.map((r) => r.document);
}

function nearestIds(id: string, documents: string[], ctx: RuleContext): Recommendation[] {
  const [para, item] = id.split('.').map(Number) as [number, number];
  const seen = new Set<string>();
  const scored: { rec: Recommendation; score: number }[] = [];
  for (const r of documents.flatMap((d) => ctx.store.recommendationsOf(d))) {
    if (seen.has(`${r.document}#${r.id}`)) continue;
    seen.add(`${r.document}#${r.id}`);
    const [p, i] = r.id.split('.').map(Number) as [number, number];
    // A mistyped ID ("109.181" for "109.118": swapped digits are the commonest slip) ranks
    // before a merely near number; ties go to the nearer item.
    const typo = editKind(id, r.id);
    const near = Math.abs(i - item);
    const score = (p === para ? 0 : 1000 + Math.abs(p - para) * 100) + (typo === 'swap' ? 0.2 + near / 1e4 : typo === 'edit' ? 0.5 + near / 1e4 : near);
    scored.push({ rec: r, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.rec);
}

/** Whether b is a one-slip typing variant of a: two neighbours swapped, or one character changed, added or dropped. */
function editKind(a: string, b: string): 'swap' | 'edit' | undefined {
  if (a === b) return undefined;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
    if (diff === 1) return 'edit';
    for (let i = 0; i + 1 < a.length; i++) {
      if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(0, i) === b.slice(0, i) && a.slice(i + 2) === b.slice(i + 2)) return 'swap';
    }
    return undefined;
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return undefined;
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return 'edit';
  return undefined;
}
