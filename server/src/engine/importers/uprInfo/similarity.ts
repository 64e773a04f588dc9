/**
 * Text normalisation and similarity for matching UPR Info rows (no IDs) to Working Group
 * report records. The two sources hold the same recommendation with small differences:
 * punctuation and quotes, "(a) … ; (b) …" written "a … - b …", British/American spelling
 * ("organisation"/"organization"), a trailing "(State)" that UPR Info drops, an extra or
 * missing word. Set-based Dice similarity over word tokens is insensitive to all of these
 * and cheap to compute through an inverted index.
 */

/** Lower case, accents and punctuation removed, -ise spellings folded to -ize, single spaces. */
export function normaliseForMatch(text: string): string {
  return tokenize(text).join(' ');
}

export function tokenize(text: string): string[] {
  const t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // apostrophes inside words: "women's" → "womens", "State’s" → "states"
    .replace(/(\p{L})['’‘`´](\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!t) return [];
  return t.split(' ').map(foldSpelling);
}

function foldSpelling(w: string): string {
  if (w.length < 6) return w;
  return w
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|es|ed|ing)$/, 'iz$1')
    .replace(/our$/, 'or')
    .replace(/ours$/, 'ors')
    .replace(/ll(ed|ing)$/, 'l$1');
}

/** Unique tokens of a text, in first-seen order. */
export function tokenSet(text: string): string[] {
  return [...new Set(tokenize(text))];
}

/** Dice coefficient of two token sets: 2·|A∩B| / (|A|+|B|). */
export function diceOfSets(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sb = new Set(b);
  let common = 0;
  for (const t of a) if (sb.has(t)) common++;
  return (2 * common) / (a.length + b.length);
}

/** Similarity (0–1) of two recommendation texts as used by mergeUprInfo. */
export function textSimilarity(a: string, b: string): number {
  return diceOfSets(tokenSet(a), tokenSet(b));
}
