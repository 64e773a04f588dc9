import type { Recommendation, StateRef } from '../../model/recommendation';

/** UPR Info's response to a recommendation, normalised. "Accepted" (old exports) → supported. */
export type UprInfoResponse = 'supported' | 'noted' | 'voluntary-pledge' | 'unknown';

/** One row of a UPR Info export, in either the old or the current layout. */
export interface UprInfoRow {
  stateUnderReview: StateRef;
  /** Canonical name of the recommending State (resolveState name, else the trimmed cell). */
  recommendingState: string;
  /** The recommendation text, trimmed. UPR Info texts have no ID and no "(State)" suffix. */
  text: string;
  response: UprInfoResponse;
  /** The raw Response/response cell, e.g. "Accepted", kept as the merged response's detail. */
  responseRaw: string;
  actionCategory?: 1 | 2 | 3 | 4 | 5;
  /** Issue labels (old `Issue`, current `issues`), split on commas. */
  issues: string[];
  session?: number;
  cycle?: number;
  /** 1-based line in the file where the row starts. */
  line: number;
  /** The file name as given to the parser (for provenance "<file>:<line>"). */
  file: string;
}

export type UprInfoLayout = 'old' | 'current';

export interface UprInfoParseResult {
  rows: UprInfoRow[];
  /** Encoding detected by decodeText, e.g. "macintosh". */
  encoding: string;
  /** Line ending detected by decodeText, e.g. "cr". */
  lineEnding: string;
  warnings: string[];
  /** Which header layout was recognised. */
  layout: UprInfoLayout;
}

export type UnmatchedReason =
  /** No WG report record for that State under review and session (or year). */
  | 'no-report'
  /** Records exist for that review but none is similar enough. */
  | 'no-similar-text'
  /** Voluntary pledges are not recommendations of the WG report: not matched. */
  | 'voluntary-pledge';

export interface UnmatchedUprInfoRow {
  row: UprInfoRow;
  reason: UnmatchedReason;
  /** Best similarity found (0–1) and the record that had it, for 'no-similar-text'. */
  bestScore?: number;
  bestCandidate?: Recommendation;
}

export interface UprInfoMatch {
  row: UprInfoRow;
  record: Recommendation;
  /** Similarity of the two texts, 0–1. */
  score: number;
}

export interface UprInfoMergeReport {
  /** Rows given. */
  rows: number;
  /** Rows matched to a record. */
  matchedRows: number;
  /** matchedRows / (rows − voluntary pledges); 0 when there is nothing to match. */
  matchRate: number;
  /** Distinct records that received data from at least one row. */
  recordsTouched: number;
  /** Rows not matched, each with its reason. */
  unmatched: UnmatchedUprInfoRow[];
  /** Count of unmatched rows by reason. */
  unmatchedByReason: Record<UnmatchedReason, number>;
  /** Every match made, in row order. */
  matches: UprInfoMatch[];
  /**
   * Records matched by rows whose responses disagree (the first row's response is kept),
   * e.g. "A/HRC/11/20#96.3: Accepted (1-5.csv:12) vs Noted (1-5.csv:13)".
   */
  conflicts: string[];
}
