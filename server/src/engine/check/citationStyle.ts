import type { CitationStyle } from './settings';

export interface CitableRecommendation {
  document: string;
  id: string;
  recommendingStates: string[];
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
