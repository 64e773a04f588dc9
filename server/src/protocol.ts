/**
 * Custom requests between the UPR Draft client and server (beyond standard LSP).
 * Types only: imported by both sides.
 */
import type { SearchFilters, SearchHit } from './engine/search/searchTypes';

export const SEARCH_REQUEST = 'upr/search';

export interface SearchRequestParams {
  query: string;
  filters?: SearchFilters;
  limit?: number;
}

export interface SearchResponse {
  results: SearchHit[];
}
