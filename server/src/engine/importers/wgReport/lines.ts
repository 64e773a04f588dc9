/**
 * Source lines of a Working Group report and the removal of extraction debris.
 * Both the text files and the PDF text layer come as lines; each keeps where it came from
 * (1-based line of the decoded text, or PDF page) so records can point back at their source.
 */
export interface SourceLine {
  /** The line, tabs turned into spaces, outer whitespace trimmed. */
  text: string;
  /** 1-based line number in the decoded text. */
  line: number;
  /** 1-based page, when the text marks pages with form feeds (PDF text layer). */
  page?: number;
}

/**
 * Splits decoded text into lines. A form feed ("\f") starts a new page: the PDF importer
 * joins pages that way, so the same parser can report pages for PDFs and lines for text.
 */
export function toSourceLines(text: string): { lines: SourceLine[]; paged: boolean } {
  const paged = text.includes('\f');
  let page = 1;
  const lines: SourceLine[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    if (paged && t.includes('\f')) {
      page += t.split('\f').length - 1;
      t = t.replace(/\f/g, '');
    }
    // Non-breaking and other odd spaces appear in both sources; tabs are layout debris.
    t = t.replace(/[\t\u00a0\u2000-\u200b\u202f]/g, ' ').trim();
    const sl: SourceLine = { text: t, line: i + 1 };
    if (paged) sl.page = page;
    lines.push(sl);
  }
  return { lines, paged };
}

/** UN job number printed on every page foot: "GE.09-13626", "GE.13-15465  (E)  110713". */
const JOB_NUMBER = /^GE\.\d{2}-\d{4,6}\b/;
/** Running header: the report symbol, alone or with "page 5" / a page number. */
const RUNNING_SYMBOL = /^A\/HRC\/?\s?\d+\s?\/\s?\d+\/?(?:Add\.\d+)?(?:\s+(?:page\s+)?\d{1,3})?$/i;
/** A page number alone (items always carry a dot, "1.", so a bare number is furniture). */
const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}$/i;
/** Footnote and editorial notes: "** Conclusions and recommendations have not been edited." */
const STAR_NOTE = /^\*/;
const NOT_EDITED = /^(?:the\s+)?conclusions and(?:\s*\/\s*or)? recommendations (?:have not been|will not be|were not) edited\.?$/i;

/** True for page furniture that must not be glued into a recommendation's text. */
export function isFurniture(text: string): boolean {
  return (
    JOB_NUMBER.test(text) ||
    RUNNING_SYMBOL.test(text) ||
    PAGE_NUMBER.test(text) ||
    STAR_NOTE.test(text) ||
    NOT_EDITED.test(text) ||
    /^\d{1,3}\s*\/\s*\d{1,3}$/.test(text) // "17/25" page counters
  );
}

/**
 * Joins hard-wrapped pieces of one text. A line ending in a hyphen after a letter keeps the
 * hyphen and no space ("non-" + "governmental"): UN documents are not hyphenated for
 * justification, so such hyphens belong to compounds.
 */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    const t = p.trim();
    if (t === '') continue;
    if (out === '') out = t;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(t)) out += t;
    else out += ' ' + t;
  }
  return out.replace(/\s+/g, ' ').trim();
}
