import type { Recommendation, Review } from '../model/recommendation';

/** What every importer returns: records in the data model plus non-fatal notes. */
export interface ImportResult {
  /** Importer id, e.g. "wg-report-text". */
  importer: string;
  reviews: Review[];
  recommendations: Recommendation[];
  /** Non-fatal observations ("item 96.12 has no recommending State"), each naming the place. */
  warnings: string[];
}

/**
 * A file that cannot be imported: not of the format, empty, image-only, truncated...
 * The message is one line that names the file and the reason, fit for a terminal.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ImportError';
  }
}
