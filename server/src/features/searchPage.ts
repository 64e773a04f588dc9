import { formatReferenceForSubmission } from '../engine/check/citationStyle';
import type { CitationStyle } from '../engine/check/settings';
import type { RecommendationStore } from '../engine/dataset/recommendationStore';
import type { SearchRequestParams, SearchResponse } from '../protocol';

/** Past this many matches a text query's total is given as "at least": counting every
 * match of a common word ("human rights": 24,537 records) costs ~200 ms, the cap ~2 ms. */
export const TOTAL_CAP = 1000;
const MAX_PAGE = 200;

/**
 * One page of a search (`offset`, `limit`), with the total number of matches and each
 * hit's reference in the drafter's citation style, so the panel and quick fixes write
 * references with the same code. The index returns the best `n` hits; a page is the
 * tail of the best `offset + limit`.
 */
export function searchPage(store: RecommendationStore, params: SearchRequestParams, style: CitationStyle, assessedReviews?: readonly string[]): SearchResponse {
  const query = typeof params.query === 'string' ? params.query : '';
  const filters = params.filters ?? {};
  const offset = wholeNumber(params.offset, 0);
  const limit = Math.min(wholeNumber(params.limit, 50), MAX_PAGE);
  // An empty query with filters is a scan of the records, cheap enough to count them all.
  const countUpTo = query.trim() ? Math.max(TOTAL_CAP, offset + limit) : store.recommendations.length;
  const all = store.search(query, filters, countUpTo);
  const page = all.slice(offset, offset + limit);
  return {
    results: page.map((h) => ({ ...h, reference: formatReferenceForSubmission(h.recommendation, style, assessedReviews) })),
    total: all.length,
    ...(all.length >= countUpTo && countUpTo < store.recommendations.length ? { totalIsLowerBound: true } : {}),
  };
}

function wholeNumber(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : fallback;
}
