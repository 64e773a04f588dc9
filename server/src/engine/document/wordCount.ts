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
  // One match per token, at its first letter or digit: the same count as splitting on
  // whitespace and testing each token, without the array of tokens.
  let n = 0;
  WORD_START.lastIndex = 0;
  while (WORD_START.test(plain)) n++;
  return n;
}

/** A token's first letter or digit: after the token's start (start of text or whitespace) and its non-word characters. */
const WORD_START = /(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

/** The count to compare with the limit. */
export function wordsForLimit(words: WordCount, includeEndnotes: boolean): number {
  return includeEndnotes ? words.body + words.endnotes : words.body;
}
