/**
 * Endnote numbers written as text, as submissions converted from Word or PDF carry them:
 * superscript digits ("detained.¹²", `<sup>12</sup>`, which the plain text turns into
 * superscript digits), Pandoc's `^12^`, bracketed numbers ("[12]", "[3, 4]"), and a
 * number glued after a full stop ("were detained.12 The court …"). They are citations
 * like `[^12]`, and one after a full stop belongs to the sentence it ends.
 */

const SUP = String.raw`[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]`;
const SUP_RUN = String.raw`${SUP}+(?:[,–-]${SUP}+)*`;
const CARET = String.raw`\^\d{1,3}\^`;
const BRACKETED = String.raw`\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]`;

/** A marker in the text: superscript digits, `^12^` or `[12]`. */
const MARKER = new RegExp(`${SUP_RUN}|${CARET}|${BRACKETED}`, 'gu');
/** The same, right at a position (after a sentence's full stop). */
const MARKER_AT = new RegExp(`${SUP_RUN}|${CARET}|${BRACKETED}`, 'uy');
/**
 * Digits glued after a full stop: only after a word, a closing quote or bracket, or a
 * year, and before a space and a capital or the end ("2016.12 The"), so that "3.5",
 * "109.118" and "Article 147.1" stay numbers.
 */
const GLUED_AT = /\d{1,3}(?=\s+[\p{Lu}"“‘(]|\s*$)/uy;
const GLUED_AFTER = /(?:\p{L}|["”’)\]]|\b(?:19|20)\d\d)[.!?]["”’)]*$/u;

/** The length of an endnote marker starting at `at` right after a sentence's final punctuation (`text.slice(0, at)` ends with it); 0 if none. */
export function endnoteMarkerAfterStop(text: string, at: number): number {
  MARKER_AT.lastIndex = at;
  const m = MARKER_AT.exec(text);
  if (m) return m[0].length;
  GLUED_AT.lastIndex = at;
  const g = GLUED_AT.exec(text);
  if (g && GLUED_AFTER.test(text.slice(Math.max(0, at - 8), at))) return g[0].length;
  return 0;
}

/** Endnote markers written as text in a sentence's plain text, as spans `[start, end)`. */
export function findEndnoteMarkers(sentence: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of sentence.matchAll(MARKER)) out.push({ start: m.index, end: m.index + m[0].length });
  // A number glued after the final full stop, which the sentence split left at its end.
  const glued = /[.!?]["”’)]*(\d{1,3})$/u.exec(sentence);
  if (glued) {
    const at = glued.index + glued[0].length - glued[1]!.length;
    if (endnoteMarkerAfterStop(sentence, at) === glued[1]!.length) out.push({ start: at, end: sentence.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The endnote numbers a marker names: "¹²" → 12, "[3, 4]" → 3 and 4, "[2–4]" → 2, 3, 4, "^7^" → 7.
 * A draft converted from Word may keep `[^7]:` definitions while its text says `<sup>7</sup>`:
 * the marker refers to that definition.
 */
export function endnoteMarkerNumbers(marker: string): string[] {
  const digits = [...marker].map((c) => (SUPERSCRIPT_DIGITS.includes(c) ? String(SUPERSCRIPT_DIGITS.indexOf(c)) : c)).join('');
  const out: string[] = [];
  for (const part of digits.split(/\s*,\s*/)) {
    const range = /(\d{1,3})\s*[–-]\s*(\d{1,3})/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      for (let n = a; n <= b && n - a < 50; n++) out.push(String(n));
    } else {
      const n = /\d{1,3}/.exec(part);
      if (n) out.push(String(Number(n[0])));
    }
  }
  return out;
}
