/**
 * Header metadata of a Working Group report: its symbol, the State under review, the
 * Working Group session and the date of the review. All of it is read from the first
 * pages (title block and introduction), never from the body, which cites other documents.
 */
import type { StateRef } from '../../model/recommendation';
import { resolveState } from '../../model/states';
import type { SourceLine } from './lines';

export interface ReportHeader {
  /** "A/HRC/24/13"; undefined when the extraction lost the title block. */
  symbol?: string;
  /** Human Rights Council session the report went to ("Twenty-fourth session"): the symbol's first number. */
  hrcSession?: number;
  stateUnderReview?: StateRef;
  /** Working Group (WG.6) session, from "held its sixteenth session". */
  session?: number;
  /** ISO date of the review meeting, or of the report when the meeting date is missing. */
  date?: string;
  year?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/** "sixteenth" → 16, "twenty-first" → 21, "16th" → 16. */
export function ordinalToNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/[–—\s]+/g, '-');
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  if (ORDINAL_UNITS[w] !== undefined) return ORDINAL_UNITS[w];
  const m = /^(twenty|thirty|forty|fifty)-(\w+)$/.exec(w);
  if (m) {
    const unit = ORDINAL_UNITS[m[2]!];
    if (unit !== undefined && unit < 10) return TENS[m[1]!]! + unit;
  }
  return undefined;
}

function isoDate(day: string, month: string, year: string | number): string | undefined {
  const mi = MONTHS.indexOf(month.toLowerCase());
  if (mi < 0) return undefined;
  return `${year}-${String(mi + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A report symbol, not a WG.6 document, an addendum or a corrigendum. */
const SYMBOL = /\bA\/HRC\/(\d{1,2})\/(\d{1,3})\b(?!\/|\.\d)/;
const TITLE = /report of the working group on the universal(?:\s+periodic review)?/i;

/**
 * Reads the header from the lines before the introduction (title block), and session and
 * date from the introduction's first paragraph.
 */
export function readHeader(lines: readonly SourceLine[], fileStem?: string): ReportHeader {
  const header: ReportHeader = {};
  // The introduction's first sentence, found in the unwrapped opening lines (the PDF text
  // layer wraps "held its fifteenth" / "session from …").
  const opening = lines.slice(0, 250);
  const starts: number[] = [];
  let joined = '';
  for (const l of opening) {
    starts.push(joined.length);
    joined += l.text + ' ';
  }
  const heldAt = /held its [\w-]+(?: [\w-]+)? session/i.exec(joined)?.index;
  let introIdx = -1;
  if (heldAt !== undefined) {
    introIdx = starts.findIndex((s0, i) => s0 <= heldAt && (starts[i + 1] ?? Infinity) > heldAt);
  }
  // The title block ends where the introduction starts; the running headers of later
  // pages repeat the symbol, so the first occurrence up to there is it.
  const blockEnd = introIdx < 0 ? Math.min(lines.length, 80) : introIdx;
  for (let i = 0; i < blockEnd; i++) {
    const m = SYMBOL.exec(lines[i]!.text);
    if (m) {
      header.symbol = `A/HRC/${m[1]}/${m[2]}`;
      break;
    }
  }

  // "Human Rights Council Twenty-fourth session" (one line in the text files, two in PDFs).
  const titleBlock = joined.slice(0, starts[blockEnd] ?? joined.length);
  const hm = /human rights council\s+([\w]+(?:[ -][\w]+)?)\s+session/i.exec(titleBlock);
  const hrc = hm ? (ordinalToNumber(hm[1]!) ?? ordinalToNumber(hm[1]!.split(' ').pop()!)) : undefined;
  if (hrc !== undefined) header.hrcSession = hrc;

  const intro = heldAt === undefined ? '' : joined.slice(heldAt, heldAt + 600).replace(/\s+/g, ' ');
  header.stateUnderReview = findStateUnderReview(lines, blockEnd, intro, fileStem);
  // "held its fourth session from 2 to 13 February 2009. The review of Azerbaijan was
  // held at the 6th meeting on 4 February 2009."
  const sm = /^held its ([\w-]+(?: [\w-]+)?) session/i.exec(intro);
  if (sm) {
    const n = ordinalToNumber(sm[1]!) ?? ordinalToNumber(sm[1]!.split(' ')[0]!);
    if (n !== undefined) header.session = n;
  }
  const sessionYear = /session,? (?:from|on) [^.]*?\b(\d{4})\b/i.exec(intro)?.[1];
  const dm = /review of .{2,80}? was held at the \w+ meeting,?(?: held)? on (\d{1,2}) (\w+)(?:,? (\d{4}))?/i.exec(intro);
  if (dm) {
    const year = dm[3] ?? sessionYear;
    if (year !== undefined) header.date = isoDate(dm[1]!, dm[2]!, year);
  }
  if (header.date === undefined) {
    // Fallback: the distribution date of the title block ("A/HRC/11/20 29 May 2009").
    for (let i = 0; i < blockEnd; i++) {
      const m = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/.exec(lines[i]!.text);
      if (m) {
        header.date = isoDate(m[1]!, m[2]!, m[3]!);
        break;
      }
    }
  }
  if (header.date !== undefined) header.year = Number(header.date.slice(0, 4));
  else if (sessionYear !== undefined) header.year = Number(sessionYear);
  return header;
}

/**
 * The State named under the title "Report of the Working Group on the Universal Periodic
 * Review" (the title may wrap and carry a footnote star); then the introduction's "The
 * review of X was held"; then the file name ("azerbaijan2013.pdf").
 */
function findStateUnderReview(lines: readonly SourceLine[], blockEnd: number, intro: string, fileStem?: string): StateRef | undefined {
  for (let i = 0; i < blockEnd; i++) {
    if (!TITLE.test(lines[i]!.text)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      const t = lines[j]!.text.replace(/\*+/g, '').replace(/[.\s]+$/, '').trim();
      if (t === '' || /^periodic review$/i.test(t)) continue;
      const s = resolveState(t);
      if (s) return s;
      break;
    }
  }
  const m = /review of (.{2,80}?) was held/i.exec(intro);
  if (m) {
    const s = resolveState(m[1]!);
    if (s) return s;
  }
  if (fileStem) {
    const s = resolveState(fileStem.replace(/\d{4}$/, ''));
    if (s) return s;
  }
  return undefined;
}
