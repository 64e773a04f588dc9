/**
 * The data model of prior recommendations: one record per recommendation text of a
 * Working Group report, one record per review. Plain data (JSON-serialisable) so the
 * same objects travel through dataset files, the language server and the CLI.
 * The JSON Schema in `schemas/upr-dataset.schema.json` describes the same shapes.
 */

/** The answer of the State under review. Older reports say "accepted"/"rejected". */
export type ResponseValue = 'supported' | 'noted' | 'pending' | 'unknown';

/** Where a response came from, so a drafter can judge it. */
export interface ResponseInfo {
  value: ResponseValue;
  /** e.g. "wg-report" (the paragraph's own wording), "upr-info", "uhri". */
  source: string;
  /** Free-text detail: the report wording that decided it, or the source's raw value. */
  detail?: string;
}

export interface StateRef {
  /** Canonical short name, e.g. "Azerbaijan". */
  name: string;
  /** ISO 3166-1 alpha-3, e.g. "AZE". Absent only for entities without one. */
  iso3?: string;
}

export interface Provenance {
  /** The file the record was read from (as given to the importer, relative when possible). */
  file: string;
  /** Importer id: "wg-report-text", "wg-report-pdf", "upr-info-csv", "uhri-json", "uhri-xlsx". */
  importer: string;
  /** 1-based line (text/CSV) or page (PDF) where the record starts, when known. */
  line?: number;
  page?: number;
  /** Other sources merged into this record (e.g. the UPR Info row that gave the response). */
  mergedFrom?: string[];
}

export interface Recommendation {
  /** UN document symbol of the Working Group report, e.g. "A/HRC/24/13". */
  document: string;
  /** Paragraph.item within that report, e.g. "109.118". Unique only within `document`. */
  id: string;
  /**
   * 2009-era reports put several texts, each from its own State, under one item.
   * Each such text is its own record with the same `id` and `part` 1, 2, ...
   * Absent when the item holds a single text.
   */
  part?: number;
  text: string;
  /** One or more recommending States (one ID can carry several). */
  recommendingStates: string[];
  stateUnderReview: StateRef;
  cycle?: number;
  session?: number;
  year?: number;
  response: ResponseInfo;
  /** Themes / issues, as the sources name them (UPR Info "Issue", UHRI "Themes"). */
  themes: string[];
  /** SDG targets where the source has them, e.g. "16.10". */
  sdgs?: string[];
  /** UPR Info action category 1–5 where known. */
  actionCategory?: 1 | 2 | 3 | 4 | 5;
  /** Affected persons / groups where the source has them (UHRI). */
  affectedPersons?: string[];
  provenance: Provenance;
}

export interface Review {
  /** Working Group report symbol, e.g. "A/HRC/24/13". */
  document: string;
  stateUnderReview: StateRef;
  cycle?: number;
  session?: number;
  /** ISO date (YYYY-MM-DD or YYYY-MM or YYYY) of the report or review. */
  date?: string;
  year?: number;
  /** Number of recommendation records of this review in the dataset. */
  recommendationCount?: number;
  provenance: Provenance;
}

/** What a `*.upr.json` dataset file holds. */
export interface Dataset {
  $schema?: string;
  /** Format version of this file layout. */
  version: 1;
  /** Human description: where the data came from, when it was built. */
  description?: string;
  reviews: Review[];
  recommendations: Recommendation[];
}

export const DATASET_FORMAT_VERSION = 1 as const;

/** The key by which a recommendation is found: (report symbol, ID). */
export function recommendationKey(document: string, id: string): string {
  return `${document}#${id}`;
}

/**
 * The key that stands for a review's symbol when the source does not print it (about a
 * hundred extracted report texts lost their title block): "UPR-WG6-ALB" = the review of
 * Albania at Working Group session 6. It cannot be mistaken for a UN symbol, and the
 * store replaces it by the real report (same State and session) once that is imported.
 */
export function provisionalReviewKey(iso3: string, session: number): string {
  return `UPR-WG${session}-${iso3}`;
}

export function isProvisionalReviewKey(document: string): boolean {
  return /^UPR-WG\d+-[A-Z]{3}$/.test(document);
}
