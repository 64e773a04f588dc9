/**
 * The citations a sentence carries: footnote references (before or after its full
 * stop), links (inline, reference, GFM autolinks), parenthetical sources that name
 * a UN document symbol or an author with a year, and endnote numbers written as text
 * (superscripts, "[12]", as converted documents have them). Whether a sentence *needs* one is the
 * `uncited-claim` rule's business, not this module's.
 */
import { resolveState } from '../model/states';
import type { InlineText } from './inlineText';
import type { OffsetRange } from './positions';
import type { SentenceBase } from './sentences';
import { findEndnoteMarkers } from './endnoteMarkers';
import { findUnSymbols } from './unSymbols';

export type Citation = FootnoteCitation | LinkCitation | ParentheticalCitation | EndnoteMarkerCitation;

export interface FootnoteCitation {
  kind: 'footnote';
  label: string;
  identifier: string;
  /** False when the document has no definition for it. */
  defined: boolean;
  range: OffsetRange;
}

export interface LinkCitation {
  kind: 'link';
  /** Destination of an inline link or autolink. */
  url?: string;
  /** Label of a reference link (`[text][label]`). */
  reference?: string;
  /** The link text. */
  text: string;
  range: OffsetRange;
}

export interface ParentheticalCitation {
  kind: 'parenthetical';
  /** The text inside the brackets. */
  text: string;
  /** The brackets and their content. */
  range: OffsetRange;
  /** UN document symbols named, e.g. ["CCPR/C/AZE/CO/4"]. */
  symbols: string[];
  /** The year of an author–year source, e.g. 2020 in "(Human Rights Watch, 2020)". */
  year?: number;
}

/** An endnote number written as text: "¹²", `<sup>12</sup>`, `^12^`, "[12]", "detained.12". */
export interface EndnoteMarkerCitation {
  kind: 'endnote-marker';
  /** The marker as it reads in the plain text. */
  text: string;
  range: OffsetRange;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const YEAR = /\b(1[89]\d{2}|20\d{2})[a-z]?\b/;

/**
 * Bracketed groups of a plain text, one level of nesting allowed inside
 * ("(Iran (Islamic Republic of), 2019)").
 */
export function parenthesizedGroups(text: string): Array<{ start: number; end: number; inner: string }> {
  const out: Array<{ start: number; end: number; inner: string }> = [];
  for (const m of text.matchAll(/\(((?:[^()]|\([^()]*\))*)\)/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, inner: m[1]! });
  }
  return out;
}

/**
 * Whether the text inside brackets names a source: a UN symbol ("A/HRC/39/14",
 * "CCPR/C/AZE/CO/4, para. 12"), or an author or title followed by a year ("Human Rights
 * Watch, 2020"). Not: "(Norway)", "(2 per cent)", "(in 2020)", "(May 2018)",
 * "(Norway, 2013)" (a State and a year is a recommendation's context, not a source).
 */
export function parentheticalSource(inner: string): { symbols: string[]; year?: number } | undefined {
  const symbols = findUnSymbols(inner).map((s) => s.symbol);
  if (symbols.length > 0) return { symbols };
  const content = inner.trim().replace(/^(?:see(?: also)?|cf\.|source:?)\s+/i, '');
  const y = YEAR.exec(content);
  if (y === null) return undefined;
  // A court's case number with its date: "(no. 46956/09, judgment of 24 July 2014)", "(application no. 7511/13, 2017)".
  if (/^(?:app(?:lication|l)?\.?\s+)?nos?\.\s*\d{1,6}\/\d{2}\b/i.test(content)) return { symbols: [], year: Number(y[1]) };
  const before = content.slice(0, y.index).replace(/[,;:\s]+$/, '');
  if (!/^\p{Lu}/u.test(before)) return undefined;
  // Words before the year that name someone: not only months, day numbers or States.
  const words = before.split(/[\s,]+/).filter((w) => w !== '');
  const naming = words.filter((w) => /^\p{Lu}/u.test(w) && !MONTHS.test(w));
  if (naming.length === 0) return undefined;
  // (A State written as a name; "FRA" in "(FRA, 2016)" is the EU agency's acronym, not France's ISO code.)
  if (before.split(/\s*(?:,|;|\band\b)\s*/).every((part) => part === '' || (resolveState(part) !== undefined && !/^[A-Z]{2,3}$/.test(part)))) return undefined;
  return { symbols: [], year: Number(y[1]) };
}

/** The citations of one sentence of `inline`. */
export function citationsOf(sentence: SentenceBase, inline: InlineText): Citation[] {
  const out: Citation[] = [];
  for (const f of sentence.footnoteReferences) {
    out.push({ kind: 'footnote', label: f.label, identifier: f.identifier, defined: f.defined, range: f.range });
  }
  for (const l of sentence.links) {
    // A link to a heading of the document itself is navigation, not a source.
    if (l.url !== undefined && l.url.startsWith('#')) continue;
    const c: LinkCitation = { kind: 'link', text: inline.text.slice(l.plainStart, l.plainEnd), range: l.range };
    if (l.url !== undefined) c.url = l.url;
    if (l.reference !== undefined) c.reference = l.reference;
    out.push(c);
  }
  for (const g of parenthesizedGroups(sentence.text)) {
    const source = parentheticalSource(g.inner);
    if (source === undefined) continue;
    const c: ParentheticalCitation = {
      kind: 'parenthetical',
      text: g.inner,
      range: inline.wrappedSourceRange(sentence.textStart + g.start, sentence.textStart + g.end),
      symbols: source.symbols,
    };
    if (source.year !== undefined) c.year = source.year;
    out.push(c);
  }
  for (const m of findEndnoteMarkers(sentence.text)) {
    out.push({ kind: 'endnote-marker', text: sentence.text.slice(m.start, m.end), range: inline.sourceRange(sentence.textStart + m.start, sentence.textStart + m.end) });
  }
  out.sort((a, b) => a.range.start - b.range.start);
  return out;
}
