/**
 * The shapes of a submission's coverage and of the places that cite a recommendation.
 * Plain data (they travel over LSP to the lookup panel) and type-only imports, so the
 * webview's browser build can use them too.
 */
import type { Range } from '../document/positions';
import type { ResponseValue, StateRef } from '../model/recommendation';

/** How the submission deals with one recommendation of the review it assesses. */
export type CoverageStatus =
  /** Referred to by its ID (any recognised reference form, a table cell included). */
  | 'cited'
  /** Only talked about in words: an `unlinked-recommendation` finding whose likeliest candidate it is. */
  | 'mentioned'
  | 'not-addressed';

/** A passage of the document that refers to a recommendation. */
export interface CitingPlace {
  /** The ID (for a reference) or the passage's cue (for a mention without ID). */
  range: Range;
  kind: 'reference' | 'mention';
  /** The line it is on, trimmed, for pickers and tooltips. */
  excerpt: string;
}

export interface CoverageItem {
  document: string;
  id: string;
  /** The text; the parts of a 2009-era item joined by a blank line. */
  text: string;
  recommendingStates: string[];
  response: ResponseValue;
  themes: string[];
  status: CoverageStatus;
  /** References first, then mentions, each in document order. */
  places: CitingPlace[];
}

export interface CoverageGroup {
  /** The theme, or `NO_THEME_GROUP`. */
  theme: string;
  /** Indices into `SubmissionCoverage.items`, in report order. */
  items: number[];
  /** How many of them are cited or mentioned. */
  addressed: number;
}

export interface CoverageCounts {
  /** Recommendations (distinct IDs) of the assessed review(s). */
  total: number;
  cited: number;
  mentioned: number;
  notAddressed: number;
  /** cited + mentioned */
  addressed: number;
}

export interface SubmissionCoverage {
  stateUnderReview?: StateRef;
  /** The assessed review(s), as resolved for the checker. */
  reviews: { document: string; cycle?: number; year?: number }[];
  /** `previous-review` symbols that are not in the loaded data. */
  missingReviews: string[];
  items: CoverageItem[];
  counts: CoverageCounts;
  /**
   * By theme, alphabetically, "No theme" last. A recommendation with several themes is
   * listed under each of them (a drafter working through one theme must see all of its
   * recommendations), so the groups' sizes add up to more than `counts.total`; the counts
   * above count each recommendation once.
   */
  groups: CoverageGroup[];
}

export const NO_THEME_GROUP = 'No theme';
