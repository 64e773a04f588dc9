/**
 * Custom requests between the UPR Draft client and server (beyond standard LSP).
 * Types only: imported by both sides.
 */
import type { Range } from 'vscode-languageserver-types';
import type { SearchFilters, SearchHit } from './engine/search/searchTypes';
import type { CitingPlace, SubmissionCoverage } from './engine/coverage/coverageTypes';
import type { StateRef } from './engine/model/recommendation';

// The lookup panel's shapes, for the client and its webview (which import types from here only).
export type { CitingPlace, CoverageItem, CoverageStatus, SubmissionCoverage } from './engine/coverage/coverageTypes';
export type { ResponseValue } from './engine/model/recommendation';
export type { SearchFilters } from './engine/search/searchTypes';

export const SEARCH_REQUEST = 'upr/search';

export interface SearchRequestParams {
  query: string;
  filters?: SearchFilters;
  limit?: number;
  /** The submission the references are for (see FormatReferenceParams.uri). */
  uri?: string;
  /** Hits to skip, for paging (the lookup panel's "Show more"). */
  offset?: number;
}

/** A hit with its reference in the configured citation style (`upr.citationStyle`). */
export interface SearchResultHit extends SearchHit {
  reference?: string;
}

export interface SearchResponse {
  results: SearchResultHit[];
  /** How many records match in all (at least this many when `totalIsLowerBound`). */
  total?: number;
  totalIsLowerBound?: boolean;
}

/** The lookup panel's filter choices, from the loaded data. */
export const FACETS_REQUEST = 'upr/facets';

export interface FacetsRequestParams {
  /** A State under review (name, variant or ISO3): reviews, themes and recommending States of its recommendations. Absent: the whole data. */
  state?: string;
}

export interface FacetValue {
  value: string;
  /** Records that have it. */
  count: number;
}

export interface FacetsResponse {
  /** The State asked about, resolved. */
  state?: StateRef;
  /** Every State under review in the data, by name, with its number of reviews. */
  states: (StateRef & { reviews: number })[];
  /** The State's reviews, oldest first (empty without a State). */
  reviews: { document: string; cycle?: number; session?: number; year?: number; count: number }[];
  cycles: number[];
  themes: FacetValue[];
  recommendingStates: FacetValue[];
  /** Records these facets were read from. */
  recordCount: number;
}

/** Coverage of an open submission: its previous review's recommendations, cited, mentioned without ID, or not addressed. */
export const COVERAGE_REQUEST = 'upr/coverage';

export interface CoverageRequestParams {
  uri: string;
}

export interface CoverageResponse {
  stateUnderReview?: StateRef;
  coverage?: SubmissionCoverage;
  /** Each item's reference in the configured citation style, by `document#id`. */
  references?: Record<string, string>;
  /** Why there is no coverage (not a submission, no previous review in the data, …). */
  message?: string;
}

/** Where an open submission refers to one recommendation (by ID, or in words). */
export const CITATIONS_REQUEST = 'upr/citations';

export interface CitationsRequestParams {
  uri: string;
  document: string;
  id: string;
}

export interface CitationsResponse {
  places: CitingPlace[];
}

/** Word count of a document against its limit (the status bar). */
export const DOCUMENT_STATS_REQUEST = 'upr/documentStats';
export interface DocumentStatsParams {
  uri: string;
}
export interface DocumentStats {
  /** False for Markdown without `state-under-review`: the status bar hides then. */
  isSubmission: boolean;
  submissionType: 'individual' | 'joint';
  /** The State under review (its UN short name), when the front matter names a known one. */
  stateUnderReview?: string;
  /** The words compared with the limit (body, plus endnotes if the setting says so). */
  counted: number;
  limit: number;
  body: number;
  endnotes: number;
  countEndnotes: boolean;
  /** Words per top-level part, for the details view. */
  sections: { title: string; depth: number; words: number; line: number }[];
}

/** States with their reviews in the loaded data (New submission). */
export const STATES_WITH_REVIEWS_REQUEST = 'upr/statesWithReviews';
export interface StateWithReviews {
  name: string;
  iso3: string;
  reviews: { document: string; cycle?: number; session?: number; year?: number; recommendations: number }[];
}
export interface StatesWithReviewsResponse {
  states: StateWithReviews[];
}

/** Insert citation: the edits of a new endnote for the sentence at a position. */
export const INSERT_CITATION_REQUEST = 'upr/insertCitation';
export interface InsertCitationParams {
  uri: string;
  position: { line: number; character: number };
}
export interface InsertCitationResponse {
  /** The endnote marker, inserted at the end of the sentence around the position. */
  reference: { range: Range; newText: string };
  /** The definition, a snippet with a `${1:source}` placeholder. */
  definition: { range: Range; snippet: string };
  label: string;
}

/** Import recommendations: files → a validated dataset file's text. */
export const IMPORT_RECOMMENDATIONS_REQUEST = 'upr/importRecommendations';
export interface ImportRecommendationsParams {
  /** Local file paths. */
  files: string[];
}
export interface ImportRecommendationsResponse {
  /** The dataset file's text, ready to write as `*.upr.json`; absent when the import failed. */
  datasetText?: string;
  reviews: { document: string; state: string; recommendations: number }[];
  /** One line per file and warning, to show the user. */
  log: string[];
  /** Set when nothing could be imported: the reason, naming the file. */
  error?: string;
}

/** Check all submissions among these files and publish their diagnostics. */
export const CHECK_FILES_REQUEST = 'upr/checkFiles';
export interface CheckFilesParams {
  uris: string[];
}
export interface CheckFilesResponse {
  submissions: number;
  errors: number;
  warnings: number;
  others: number;
  /** Files that could not be read, with the reason. */
  unreadable: { uri: string; reason: string }[];
}

/** A recommendation reference written in the configured citation style (`upr.citationStyle`). */
export const FORMAT_REFERENCE_REQUEST = 'upr/formatReference';
export interface FormatReferenceParams {
  /** The submission the reference goes into: a recommendation of another review than its previous one is written with its symbol. */
  uri?: string;
  recommendations: { document: string; id: string; recommendingStates: string[] }[];
}
export interface FormatReferenceResponse {
  /** One per recommendation, in order. */
  references: string[];
}

/** The open submission as a Word document (`UPR Draft: Export to Word`). */
export const EXPORT_DOCX_REQUEST = 'upr/exportDocx';
export interface ExportDocxParams {
  uri: string;
}
export interface ExportDocxResponse {
  /** The .docx file, base64 (LSP messages are JSON). */
  base64: string;
  /** What could not be exported as written, as "line N: message". */
  warnings: string[];
}
