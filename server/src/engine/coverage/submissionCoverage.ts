import type { Diagnostic } from 'vscode-languageserver-types';
import type { PreviousReviewResolution } from '../check/previousReviews';
import type { RecommendationStore } from '../dataset/recommendationStore';
import type { SubmissionDocument } from '../document';
import { recommendationKey, type Recommendation } from '../model/recommendation';
import { citingPlacesByRecommendation } from './citingPlaces';
import { NO_THEME_GROUP, type CoverageGroup, type CoverageItem, type SubmissionCoverage } from './coverageTypes';

/**
 * Which recommendations of the assessed review(s) a submission cites by ID, mentions
 * only in words, or leaves unaddressed. `diagnostics` are the checker's findings for the
 * same text (at least its `unlinked-recommendation` ones): the mentions are read from
 * them, not detected a second time. `resolution` is `resolvePreviousReviews`' answer.
 */
export function submissionCoverage(
  doc: SubmissionDocument,
  diagnostics: readonly Diagnostic[],
  resolution: PreviousReviewResolution,
  store: RecommendationStore,
): SubmissionCoverage {
  const reviews = resolution.reviews;
  const documents = reviews.map((r) => r.document);
  const places = citingPlacesByRecommendation(doc, diagnostics, documents, (d, id) => store.lookup(d, id).length > 0);

  const items: CoverageItem[] = [];
  for (const review of reviews) {
    for (const parts of groupParts(store.recommendationsOf(review.document))) {
      const first = parts[0]!;
      const found = places.get(recommendationKey(first.document, first.id)) ?? [];
      const refs = found.filter((p) => p.kind === 'reference');
      const mentions = found.filter((p) => p.kind === 'mention');
      items.push({
        document: first.document,
        id: first.id,
        text: parts.map((p) => p.text).join('\n\n'),
        recommendingStates: unique(parts.flatMap((p) => p.recommendingStates)),
        response: first.response.value,
        themes: unique(parts.flatMap((p) => p.themes)),
        status: refs.length ? 'cited' : mentions.length ? 'mentioned' : 'not-addressed',
        places: [...refs, ...mentions],
      });
    }
  }

  const cited = items.filter((i) => i.status === 'cited').length;
  const mentioned = items.filter((i) => i.status === 'mentioned').length;
  return {
    ...(doc.frontMatter?.stateUnderReview ? { stateUnderReview: doc.frontMatter.stateUnderReview.value } : {}),
    reviews: reviews.map((r) => ({ document: r.document, ...(r.cycle !== undefined ? { cycle: r.cycle } : {}), ...(r.year !== undefined ? { year: r.year } : {}) })),
    missingReviews: resolution.missing.map((m) => m.symbol),
    items,
    counts: { total: items.length, cited, mentioned, notAddressed: items.length - cited - mentioned, addressed: cited + mentioned },
    groups: groupByTheme(items),
  };
}

/** One entry per ID: a 2009-era item's parts (same ID, `part` 1, 2, …) stay together, in report order. */
function groupParts(records: readonly Recommendation[]): Recommendation[][] {
  const byId = new Map<string, Recommendation[]>();
  for (const r of records) {
    const list = byId.get(r.id);
    if (list) list.push(r);
    else byId.set(r.id, [r]);
  }
  return [...byId.values()];
}

function groupByTheme(items: readonly CoverageItem[]): CoverageGroup[] {
  const groups = new Map<string, CoverageGroup>();
  items.forEach((item, index) => {
    for (const theme of item.themes.length ? item.themes : [NO_THEME_GROUP]) {
      let g = groups.get(theme);
      if (!g) groups.set(theme, (g = { theme, items: [], addressed: 0 }));
      g.items.push(index);
      if (item.status !== 'not-addressed') g.addressed++;
    }
  });
  return [...groups.values()].sort((a, b) =>
    a.theme === NO_THEME_GROUP ? 1 : b.theme === NO_THEME_GROUP ? -1 : a.theme.localeCompare(b.theme, 'en', { sensitivity: 'base' }),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
