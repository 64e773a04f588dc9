/**
 * The words of a sentence as features for a linear model: lower-cased words and adjacent
 * pairs, with every year folded to `<year>` and every other number to `<num>` (so that
 * "accepted 14" and "accepted 30" teach the same thing), the first word, and the length
 * in coarse steps.
 */
const TOKEN = /\p{L}[\p{L}\p{M}’'-]*|\d[\d,.]*/gu;
const YEAR = /^(?:1[89]|20)\d\d$/;

function normaliseToken(token: string): string {
  if (/^\d/.test(token)) return YEAR.test(token) ? '<year>' : '<num>';
  return token.toLowerCase().replace(/’/g, "'").replace(/['-]+$/, '');
}

export function wordFeatures(sentence: string): string[] {
  const tokens = (sentence.match(TOKEN) ?? []).map(normaliseToken);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push(`w:${tokens[i]}`);
    if (i > 0) out.push(`b:${tokens[i - 1]} ${tokens[i]}`);
  }
  if (tokens.length > 0) out.push(`first:${tokens[0]}`);
  const n = tokens.length;
  out.push(`len:${n < 8 ? 'short' : n < 20 ? 'medium' : n < 40 ? 'long' : 'very long'}`);
  return out;
}
