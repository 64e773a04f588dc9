import type { Recommendation, ResponseValue } from '../model/recommendation';

/** Filters of a recommendation search; all optional, all must hold. */
export interface SearchFilters {
  /** State under review: name, variant or ISO3. */
  state?: string;
  /** Review (WG report) symbol, e.g. "A/HRC/24/13". */
  review?: string;
  cycle?: number;
  /** Recommending State: name, variant or ISO3. */
  recommendingState?: string;
  response?: ResponseValue;
  /** Theme / issue label, case-insensitive exact match. */
  theme?: string;
  actionCategory?: number;
}

export interface SearchHit {
  recommendation: Recommendation;
  /** Relevance (BM25); 0 when the query was empty and only filters applied. */
  score: number;
}
