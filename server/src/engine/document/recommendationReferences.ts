/**
 * References to recommendations of a previous review, found in plain text (a sentence
 * or a table cell), each ID with its exact range:
 *
 * - keyword forms: `A/HRC/24/13, para. 109.118`, `para. 109.118`, `paras. 109.124 and
 *   109.125`, `paras. 109.1, 109.2 and 109.3`, `paras. 109.1–109.4`, `recommendation
 *   109.118 (Norway)`, `recommendations 109.3 and 109.4`, `rec. 109.118`;
 * - bracketed: `(109.118, Norway)`, `(A/HRC/24/13, para. 109.118)`, `(A/HRC/24/13, 109.118)`;
 * - an ID followed by its recommending State(s): `109.118 (Norway)`, `109.3 (Brazil, Chile)`;
 * - a table cell holding only an ID, in an ID column (`tableCellReferences`).
 *
 * A decimal anywhere else is not a reference: "3.5 per cent", "Article 147.1 of the
 * Criminal Code", "version 2.0", "1.5 million". A paragraph of another document
 * ("CCPR/C/AZE/CO/4, para. 12.3", "A/HRC/24/13/Add.1, para. 5.1") is not one either.
 * Whether an ID exists is checked later against the loaded reviews.
 */
import { resolveState } from '../model/states';
import type { InlineText } from './inlineText';
import type { OffsetRange } from './positions';
import { WG_REPORT_SYMBOL } from './unSymbols';

export type RecommendationReferenceForm =
  /** `A/HRC/24/13, para. 109.118` */
  | 'symbol-paragraph'
  /** `para. 109.118`, `paras. 109.124 and 109.125` */
  | 'paragraph'
  /** `recommendation 109.118`, `recommendations 109.3 and 109.4` */
  | 'recommendation'
  /** `(109.118, Norway)` */
  | 'parenthetical'
  /** `109.118 (Norway)` */
  | 'id-with-state'
  /** a table cell holding an ID */
  | 'table-cell';

export interface RecommendationReference {
  /** The WG report symbol when the text gives one (`A/HRC/24/13`). */
  document?: string;
  /** `109.118` */
  id: string;
  /** The ID's own range. For an ID implied by a range ("109.1–109.4"), the range expression. */
  range: OffsetRange;
  /** Canonical names of the recommending States given with it, when they resolve. */
  recommendingStates?: string[];
  form: RecommendationReferenceForm;
  /** The whole expression, keyword/symbol and State(s) included. */
  expressionRange: OffsetRange;
  /** Set for the IDs between the ends of a range "109.1–109.4". */
  impliedByRange?: boolean;
}

/** A reference found in plain text, with plain indices. */
export interface PlainReference {
  document?: string;
  id: string;
  start: number;
  end: number;
  recommendingStates?: string[];
  form: RecommendationReferenceForm;
  expressionStart: number;
  expressionEnd: number;
  impliedByRange?: boolean;
}

const ID = String.raw`(?<![\d.,/])\d{1,3}\.\d{1,3}(?!\d|[.,]\d)`;
const SEP = String.raw`(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|to)\s+|\s*[-–—]\s*)`;
const ID_LIST = `${ID}(?:${SEP}${ID})*`;
const SYMBOL = String.raw`[A-Z][A-Za-z0-9.\-]*(?:\/[A-Za-z0-9.\-]+)+`;
/** One level of nested brackets, for "(Iran (Islamic Republic of))". */
const BRACKETED = String.raw`\(((?:[^()]|\([^()]*\))*)\)`;

const KEYWORD_FORM = new RegExp(
  // Case-insensitive by hand: an `i` flag would let SYMBOL match lower-case words ("and/or").
  String.raw`(?:(${SYMBOL})\s*,?\s*)?\b([Pp]aras?\b\.?|[Pp]aragraphs?\b|[Rr]ecommendations?\b|RECOMMENDATIONS?\b|[Rr]ecs?\b\.?)\s*(?:[Nn]o\.?\s*|#\s*)?(${ID_LIST})(?:\s*${BRACKETED})?`,
  'g',
);
const BRACKET_FORM = new RegExp(
  String.raw`\(\s*(?:(${SYMBOL})\s*,?\s*(?:paras?\.?\s*)?)?(${ID_LIST})\s*(?:[,;:–—-]\s*((?:[^()]|\([^()]*\))+?))?\s*\)`,
  'g',
);
const ID_STATE_FORM = new RegExp(String.raw`(${ID_LIST})\s*${BRACKETED}`, 'g');
const ID_ONLY = new RegExp(ID, 'g');
const HAS_ID = /\d\.\d/;
/** Words before a bare decimal that make it a legal provision or a figure, not an ID. */
const NOT_AN_ID_BEFORE = /\b(?:art(?:icle)?s?\.?|sections?|§|chapters?|ch\.|clauses?|rules?|versions?|v\.|points?|items?|standard|iso)\s*$/i;
/** A UN symbol followed by nothing but a year, brackets, commas and spaces, at the end of a text. */
const SYMBOL_JUST_BEFORE = new RegExp(String.raw`(${SYMBOL})[\s,()\d]*$`);

/**
 * Resolves "Norway", "Brazil, Chile", "Brazil and Chile", "Bosnia and Herzegovina",
 * "Iran (Islamic Republic of)" to canonical State names; undefined unless every part is a
 * State. Parts are joined greedily so names containing "and" or commas still resolve.
 */
export function resolveStateList(text: string): string[] | undefined {
  const parts = text.split(/(\s*,\s*|\s*;\s*|\s+and\s+|\s*&\s*)/);
  const tokens: string[] = [];
  const seps: string[] = [];
  for (let i = 0; i < parts.length; i++) (i % 2 === 0 ? tokens : seps).push(parts[i]!);
  const names: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: { name: string; next: number } | undefined;
    let joined = '';
    for (let j = i; j < tokens.length && j < i + 8; j++) {
      joined = j === i ? tokens[j]!.trim() : joined + seps[j - 1]! + tokens[j]!;
      const s = resolveState(joined.trim());
      if (s !== undefined) found = { name: s.name, next: j + 1 };
    }
    if (found === undefined) {
      if (tokens[i]!.trim() === '' && names.length > 0) {
        i++;
        continue;
      }
      return undefined;
    }
    names.push(found.name);
    i = found.next;
  }
  return names.length > 0 ? names : undefined;
}

/** The IDs of an ID list with their plain indices; "109.1–109.4" expands to every ID between. */
function idsOf(list: string, offset: number): Array<{ id: string; start: number; end: number; implied?: boolean }> {
  const out: Array<{ id: string; start: number; end: number; implied?: boolean }> = [];
  const matches = [...list.matchAll(ID_ONLY)];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const start = offset + m.index;
    out.push({ id: m[0], start, end: start + m[0].length });
    const next = matches[k + 1];
    if (next === undefined) continue;
    const between = list.slice(m.index + m[0].length, next.index);
    if (!/^\s*(?:[-–—]|to)\s*$/.test(between)) continue;
    const [p1, i1] = m[0].split('.').map(Number) as [number, number];
    const [p2, i2] = next[0].split('.').map(Number) as [number, number];
    if (p1 !== p2 || i2 <= i1 + 1 || i2 - i1 > 200) continue;
    for (let item = i1 + 1; item < i2; item++) {
      out.push({ id: `${p1}.${item}`, start, end: offset + next.index + next[0].length, implied: true });
    }
  }
  return out;
}

/** Recommendation references in a plain text (a sentence), with plain indices. */
export function findRecommendationReferences(text: string): PlainReference[] {
  const out: PlainReference[] = [];
  // Every form holds an ID ("109.118"): most sentences have none, and skip the regexes.
  if (!HAS_ID.test(text)) return out;
  const taken = new Set<string>(); // "start:id" of IDs already claimed by an earlier form
  const add = (
    list: string,
    listStart: number,
    form: RecommendationReferenceForm,
    exprStart: number,
    exprEnd: number,
    document: string | undefined,
    states: string[] | undefined,
  ): void => {
    for (const id of idsOf(list, listStart)) {
      const key = `${id.start}:${id.id}`;
      if (taken.has(key)) continue;
      taken.add(key);
      const r: PlainReference = { id: id.id, start: id.start, end: id.end, form, expressionStart: exprStart, expressionEnd: exprEnd };
      if (document !== undefined) r.document = document;
      if (states !== undefined) r.recommendingStates = states;
      if (id.implied) r.impliedByRange = true;
      out.push(r);
    }
  };

  for (const m of text.matchAll(KEYWORD_FORM)) {
    const symbol = m[1];
    const keyword = m[2]!.toLowerCase();
    const list = m[3]!;
    const listStart = m.index + m[0].indexOf(list, (symbol?.length ?? 0) + m[2]!.length);
    let exprEnd = m.index + m[0].length;
    let states: string[] | undefined;
    if (m[4] !== undefined) {
      states = resolveStateList(m[4]);
      // A bracket that is not States ("para. 109.118 (2013)") is not part of the reference.
      if (states === undefined) exprEnd = text.slice(0, text.lastIndexOf('(', exprEnd - 1)).trimEnd().length;
    }
    // The document the paragraph belongs to: attached ("A/HRC/24/13, para."), or just
    // before with a year or brackets between ("CCPR/C/AZE/CO/4 (2016), para.").
    const owner = symbol ?? SYMBOL_JUST_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    let document: string | undefined;
    if (owner !== undefined) {
      // A paragraph of another document (treaty body, addendum) is not a recommendation.
      if (!WG_REPORT_SYMBOL.test(owner)) continue;
      document = owner;
    }
    const exprStart = m.index;
    const form: RecommendationReferenceForm = document !== undefined ? 'symbol-paragraph' : keyword.startsWith('rec') ? 'recommendation' : 'paragraph';
    add(list, listStart, form, exprStart, exprEnd, document, states);
  }

  for (const m of text.matchAll(BRACKET_FORM)) {
    const symbol = m[1];
    const list = m[2]!;
    const statesText = m[3];
    if (symbol !== undefined && !WG_REPORT_SYMBOL.test(symbol)) continue;
    const states = statesText !== undefined ? resolveStateList(statesText) : undefined;
    // Without a report symbol, only an ID with its State(s) is a reference: "(109.118, Norway)".
    if (symbol === undefined && states === undefined) continue;
    if (symbol !== undefined && statesText !== undefined && states === undefined) continue;
    const listStart = m.index + m[0].indexOf(list, 1 + (symbol?.length ?? 0));
    add(list, listStart, symbol !== undefined ? 'symbol-paragraph' : 'parenthetical', m.index, m.index + m[0].length, symbol, states);
  }

  for (const m of text.matchAll(ID_STATE_FORM)) {
    const list = m[1]!;
    if (NOT_AN_ID_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const states = resolveStateList(m[2]!);
    if (states === undefined) continue;
    add(list, m.index, 'id-with-state', m.index, m.index + m[0].length, undefined, states);
  }
  out.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id, 'en', { numeric: true }));
  return out;
}

/** Whether a table header names an ID column: "ID", "Recommendation", "Para.", "No.", "#", "Ref.". */
export function isIdColumnHeader(header: string): boolean {
  return /recommend|\bids?\b|\bparas?\b|\bparagraph|\bno\.?$|^#$|\brefs?\b|\breference|\brec\.?\b/i.test(header.trim());
}

/** Whether a table header names the recommending State column. */
export function isStateColumnHeader(header: string): boolean {
  return /\bstates?\b|\bcountry|\bcountries|recommending|\bby\b/i.test(header) && !/under review|response|position|status|assessment/i.test(header);
}

const CELL_ID_ONLY = new RegExp(
  // (The recommendation's words may follow a dash or a colon: "53.21 — develop alternatives to detention".)
  String.raw`^\s*(?:(${SYMBOL})\s*,?\s*)?(?:(?:paras?\.?|rec(?:ommendation)?s?\.?)\s*)?(${ID_LIST})\s*(?:${BRACKETED})?\s*(?:\.|\s[—–-]\s[^]*|:\s[^]*)?\s*$`,
  'i',
);

/**
 * A table cell that holds only an ID (or an ID list, with an optional symbol, keyword
 * or State in brackets): a reference when its column is an ID column.
 * `rowStates` are the recommending States read from the row's State column, if any.
 */
export function tableCellReferences(cellText: string, rowStates?: string[]): PlainReference[] {
  const m = CELL_ID_ONLY.exec(cellText);
  if (m === null) return [];
  const symbol = m[1];
  if (symbol !== undefined && !WG_REPORT_SYMBOL.test(symbol)) return [];
  const list = m[2]!;
  const listStart = m.index + m[0].indexOf(list, symbol?.length ?? 0);
  const states = m[3] !== undefined ? resolveStateList(m[3]) : rowStates;
  const exprStart = cellText.length - cellText.trimStart().length;
  const exprEnd = cellText.trimEnd().length;
  return idsOf(list, listStart).map((id) => {
    const r: PlainReference = { id: id.id, start: id.start, end: id.end, form: 'table-cell', expressionStart: exprStart, expressionEnd: exprEnd };
    if (symbol !== undefined) r.document = symbol;
    if (states !== undefined && states.length > 0) r.recommendingStates = states;
    if (id.implied) r.impliedByRange = true;
    return r;
  });
}

/** Maps plain references of `inline`'s text (offset by `textStart`) to source ranges. */
export function toSourceReferences(refs: readonly PlainReference[], inline: InlineText, textStart = 0): RecommendationReference[] {
  return refs.map((p) => {
    const r: RecommendationReference = {
      id: p.id,
      range: inline.sourceRange(textStart + p.start, textStart + p.end),
      form: p.form,
      expressionRange: inline.wrappedSourceRange(textStart + p.expressionStart, textStart + p.expressionEnd),
    };
    if (p.document !== undefined) r.document = p.document;
    if (p.recommendingStates !== undefined) r.recommendingStates = p.recommendingStates;
    if (p.impliedByRange) r.impliedByRange = true;
    return r;
  });
}
