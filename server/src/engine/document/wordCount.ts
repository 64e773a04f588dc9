/**
 * Word counting for the OHCHR word limit. OHCHR counts words as a word processor does,
 * on the text a reader sees: so counting runs on plain text (markup, link targets,
 * footnote markers and HTML gone).
 *
 * What is counted (the walk is in `analyzeChunk`):
 * - body: headings, paragraphs, list items, block quotes, every table cell (header row
 *   included), code;
 * - endnotes, separately: the text of footnote definitions, so a setting can include
 *   them;
 * - never: front matter, HTML (comments and tags), link reference definitions, images.
 */

/** Word counts of a document or a part of it. */
export interface WordCount {
  /** Words of the body (front matter, HTML and endnotes excluded). */
  body: number;
  /** Words of the endnotes (footnote definitions). */
  endnotes: number;
}

/**
 * A word is a whitespace-separated token with at least one letter or digit, so
 * "follow-up", "109.118", "A/HRC/24/13" and "2,815" are one word each and a lone dash
 * or bullet is none.
 */
export function countWords(plain: string): number {
  let n = 0;
  for (const token of plain.split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(token)) n++;
  }
  return n;
}

/** The count to compare with the limit. */
export function wordsForLimit(words: WordCount, includeEndnotes: boolean): number {
  return includeEndnotes ? words.body + words.endnotes : words.body;
}
