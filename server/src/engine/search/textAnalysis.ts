import { stemmer } from 'stemmer';

/**
 * How recommendation text is cut into search terms: lower-case words, English stop
 * words dropped, Porter stems (stemmer by wooorm), so that a drafter's "NGO registration
 * funding" finds "registration, funding and work of NGOs". Abbreviations that are
 * all-caps in the source (NGO, CEDAW, ICCPR) are lower-cased like any word.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from has have in into is it its of on or that the their them these this those to was were will with ' +
    'which who whom whose all any such other also more most further'
  ).split(' '),
);

// UN prose has a small vocabulary (some 30,000 words in all the reports): caching the
// stems makes indexing a quarter of a million records cost milliseconds, not seconds.
const stemCache = new Map<string, string | null>();

/** The index term of a lower-case word, or null for a stop word or a lone letter. */
export function analyseTerm(term: string): string | null {
  const t = term.toLowerCase();
  let s = stemCache.get(t);
  if (s !== undefined) return s;
  if ((t.length < 2 && !/\d/.test(t)) || STOP_WORDS.has(t)) s = null;
  // Digits (IDs like 109.118, years) are kept as they are; stems apply to words only.
  else if (/\d/.test(t)) s = t;
  else s = stemmer(t);
  if (stemCache.size < 200_000) stemCache.set(t, s);
  return s;
}

/** Splits on anything that is not a letter, digit, or an internal dot/apostrophe. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu) ?? [];
}
