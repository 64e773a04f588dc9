import type { CitationStyle } from './settings';

export interface CitableRecommendation {
  document: string;
  id: string;
  recommendingStates: string[];
}

/**
 * A reference written for a given submission: in the configured style when the
 * recommendation belongs to a review the submission assesses (its previous review), else
 * with its review symbol ("A/HRC/11/20, para. 96.1") — a bare "96.1 (Italy)" would be read,
 * and checked, as an ID of the previous review.
 */
export function formatReferenceForSubmission(r: CitableRecommendation, style: CitationStyle, assessedReviews: readonly string[] | undefined): string {
  const foreign = assessedReviews !== undefined && !assessedReviews.includes(r.document);
  return formatRecommendationReference(r, foreign ? 'symbol-para' : style);
}

/** How a quick fix or the panel writes a reference, in the drafter's configured style. */
export function formatRecommendationReference(r: CitableRecommendation, style: CitationStyle): string {
  const states = r.recommendingStates.length ? ` (${r.recommendingStates.join(', ')})` : '';
  switch (style) {
    case 'id-state':
      return `${r.id}${states}`;
    case 'recommendation-id-state':
      return `recommendation ${r.id}${states}`;
    case 'symbol-para':
      // A provisional key (UPR-WG6-ALB) is no UN symbol: cite the paragraph alone then.
      return r.document.startsWith('A/HRC/') ? `${r.document}, para. ${r.id}` : `para. ${r.id}${states}`;
  }
}
