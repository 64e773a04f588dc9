/**
 * Sentence segmentation of a block's plain text, with exact source ranges.
 *
 * A boundary is a run of `.`, `!`, `?` or `…` (plus closing quotes and brackets) that is
 * followed by whitespace or the end of the text, and that is not:
 * - followed by a lower-case letter ("etc. and", "e.g. the" — a new sentence starts in
 *   upper case; this is also what keeps "etc." mid-sentence);
 * - after an abbreviation that always needs a continuation ("e.g.", "i.e.", "cf.", "v.",
 *   "U.N.", titles "Mr."/"Ms."/"Dr."/"St." before a capitalised name);
 * - after a numbering abbreviation before a number ("Art. 5", "Arts. 5 and 6", "No. 12",
 *   "para. 109.118", "Jan. 2019");
 * - after a single capital initial before a capitalised word ("J. Smith").
 * Decimals, IDs and symbols ("3.5", "109.118", "A/HRC/24/13") never split because no
 * whitespace follows their dots.
 *
 * Footnote references add no plain text; one placed after the full stop
 * (`detained.[^3] Next`) or before it belongs to the sentence before the gap. An endnote
 * number written as text after the full stop ("detained.¹² Next", "detained.[12] Next",
 * "detained.12 Next") ends the sentence with it (`endnoteMarkers.ts`).
 */
import type { InlineFootnoteReference, InlineLink, InlineText } from './inlineText';
import type { OffsetRange } from './positions';
import { endnoteMarkerAfterStop } from './endnoteMarkers';

/** A sentence as a plain span of its block's text. */
export interface SentenceSpan {
  /** Plain span `[start, end)` in the block's plain text. */
  start: number;
  end: number;
}

/** One sentence of a block, with what later analysis needs. */
export interface SentenceBase {
  /** Plain text, markup stripped, line breaks read as spaces. */
  text: string;
  /** Source range, from the first to the last character, markup wholly inside included, footnote references after the full stop included. */
  range: OffsetRange;
  /** Plain span of the sentence in its block's text (`block.text.slice(textStart, textEnd) === text`). */
  textStart: number;
  textEnd: number;
  /** Footnote references belonging to this sentence. */
  footnoteReferences: InlineFootnoteReference[];
  /** Links that overlap the sentence. */
  links: InlineLink[];
}

/** Abbreviations after which a sentence never ends (compared in lower case). */
const ALWAYS_CONTINUES = new Set(['e.g', 'i.e', 'cf', 'v', 'vs', 'viz', 'al', 'u.n', 'u.s', 'u.k', 'approx', 'ca']);
/** Titles: no boundary before a capitalised word ("Mr. Mammadli", "St. Petersburg"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'hon', 'rev', 'sen', 'rep', 'amb', 'h.e', 'messrs']);
/** Numbering abbreviations: no boundary before a number or roman numeral ("Art. 5", "No. 12", "Jan. 2019"). */
const BEFORE_NUMBER = new Set([
  'art', 'arts', 'no', 'nos', 'para', 'paras', 'p', 'pp', 'vol', 'ch', 'chap', 'cap', 'sec', 'sect', 'fig', 'nr', 'op', 'exp', 'res', 'doc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const TERMINATOR = /[.!?…]/;
const CLOSER = /["'”’»)\]]/;
const SPACE = /\s/;

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The word (letters and inner dots) that ends just before `dot`, e.g. "e.g", "Art", "U.N". */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  return text.slice(k, dot).replace(/^\.+/, '');
}

/** Whether the full stop at `dot`, followed (after spaces) by the text at `nextAt`, ends no sentence. */
function isAbbreviation(text: string, dot: number, nextAt: number): boolean {
  const next = text[nextAt] ?? '';
  const word = wordBefore(text, dot);
  if (word === '') return false;
  const lower = word.toLowerCase();
  if (ALWAYS_CONTINUES.has(lower)) return true;
  // Dotted initialisms: "U.N.", "U.S.A."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (TITLES.has(lower) && isUpper(next)) return true;
  // ("Royal Decree No. M/52", "Law No. A-12": a number with a letter prefix.)
  if (BEFORE_NUMBER.has(lower) && (/\d/.test(next) || /^(?:[IVXLC]+\b|[A-Z]{1,3}[/-]?\d)/.test(text.slice(nextAt, nextAt + 8)))) return true;
  // "s. 2011" (a series or section: "DepEd Order No. 62, s. 2011"), "ss. 10 and 13": only as a word of its own ("1990s. 2010" ends).
  if ((lower === 's' || lower === 'ss') && /[\s(,]/.test(text[dot - word.length - 1] ?? '') && /\d/.test(next)) return true;
  // A capital initial: "J. Smith".
  if (word.length === 1 && isUpper(word) && isUpper(next)) return true;
  return false;
}

/** Splits plain text into sentence spans (trimmed, never empty). */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const n = text.length;
  // Inside a quotation of several sentences ('telling her mother: "This is our tradition,
  // not a crime. Go home."[^4]') no sentence ends: the quotation is one claim with one source.
  let quoteOpen = -1;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '“' || (ch === '"' && quoteOpen < 0 && (i === 0 || /[\s(\[:—–-]/.test(text[i - 1]!)))) {
      quoteOpen = i;
      continue;
    }
    if (ch === '”' || (ch === '"' && quoteOpen >= 0)) {
      quoteOpen = -1;
      // fall through: a closing quote is no terminator, but the next character may be
    }
    if (!TERMINATOR.test(ch)) continue;
    // (A full stop right before the closing quote ends the quotation and may end the sentence.)
    if (quoteOpen >= 0 && !/^[.!?…]*[”"]/.test(text.slice(i + 1, i + 5)) && closesSoon(text, i)) continue;
    let end = i + 1;
    while (end < n && TERMINATOR.test(text[end]!)) end++;
    while (end < n && CLOSER.test(text[end]!)) end++;
    const closed = end;
    end += endnoteMarkerAfterStop(text, end);
    // A quotation's attribution in brackets belongs to it: '"… fined him." (Gulnara, 34, October 2018)[^6]'.
    if (/[”"]$/.test(text.slice(i, end))) {
      const attribution = /^\s*\([^()]{1,150}\)[.;]?(?=\s|$)/.exec(text.slice(end));
      if (attribution) end += attribution[0].length;
    }
    if (end < n && !SPACE.test(text[end]!)) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < n && SPACE.test(text[next]!)) next++;
    if (next < n) {
      const nextCh = text[next]!;
      if (isLower(nextCh)) {
        i = end - 1;
        continue;
      }
      // Only a single full stop can be an abbreviation ("?" and "!" always end).
      if (text[i] === '.' && end === closed && closed - i === 1 + countClosers(text, i + 1, closed) && isAbbreviation(text, i, next)) {
        i = end - 1;
        continue;
      }
      // "(…, e.g.)" style: a full stop right after an abbreviation inside brackets
      // is handled above; anything else is a boundary.
    }
    pushTrimmed(text, start, end, spans);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, n, spans);
  return spans;
}

/** Whether a quotation open at `i` closes within the next few sentences (else it was a stray mark, and sentences end as usual). */
function closesSoon(text: string, i: number): boolean {
  const ahead = text.slice(i + 1, i + 600);
  return /[”"]/.test(ahead);
}

function countClosers(text: string, from: number, to: number): number {
  let c = 0;
  for (let k = from; k < to; k++) if (CLOSER.test(text[k]!)) c++;
  return c;
}

function pushTrimmed(text: string, from: number, to: number, out: SentenceSpan[]): void {
  let a = from;
  let b = to;
  while (a < b && SPACE.test(text[a]!)) a++;
  while (b > a && SPACE.test(text[b - 1]!)) b--;
  if (b > a) out.push({ start: a, end: b });
}

/** The sentences of a block's plain text, with source ranges, footnote references and links. */
export function sentencesOf(inline: InlineText): SentenceBase[] {
  const spans = splitSentences(inline.text);
  const footnotes = inline.footnoteReferences();
  const links = inline.links();
  const out: SentenceBase[] = spans.map((s) => ({
    text: inline.text.slice(s.start, s.end),
    range: inline.wrappedSourceRange(s.start, s.end),
    textStart: s.start,
    textEnd: s.end,
    footnoteReferences: [],
    links: links.filter((l) => l.plainStart < s.end && l.plainEnd > s.start),
  }));
  if (out.length === 0) return out;
  // A reference at the start of sentence k (after the gap) or inside the gap before it
  // belongs to sentence k-1: "detained.[^3] Next", "detained. [^3]Next".
  for (const f of footnotes) {
    let k = 0;
    while (k + 1 < out.length && out[k + 1]!.textStart < f.at) k++;
    const s = out[k]!;
    s.footnoteReferences.push(f);
    if (f.range.end > s.range.end) s.range = { start: s.range.start, end: f.range.end };
    if (f.range.start < s.range.start) s.range = { start: f.range.start, end: s.range.end };
  }
  return out;
}
