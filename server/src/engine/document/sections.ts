/**
 * The heading tree, and which sections hold the submitter's own recommendations.
 *
 * A *recommendations section* has a heading about recommending ("Recommendations",
 * "Recommendations to the Government of Azerbaijan", "Suggested recommendations") that
 * does not look back at the previous review. A heading that names the previous review,
 * its follow-up or implementation, a cycle or a year ("Follow-up to the previous
 * review", "Implementation of recommendations from the 2nd cycle", "Recommendations
 * accepted in 2013", "Status of previous recommendations") is a *follow-up section*:
 * the recommendations there are the State's earlier ones, not the submitter's.
 * Sections under a recommendations section inherit it (per-theme sub-headings),
 * unless they are follow-up sections themselves. An *endnotes section* ("Endnotes",
 * "References") holds the list of sources of a document whose endnotes are written as a
 * numbered list (as a Word or PDF conversion leaves them): it is not prose to check.
 */
import type { OffsetRange } from './positions';
import type { Section, SectionKind } from './types';

/** Headings of the submitter's own asks: "Recommendations", "What we ask the Government to do", "Calls to action". */
const RECOMMENDING = /\brecommend|\bwhat\s+we\s+(?:ask|urge|call\s+for)|\bour\s+asks\b|^\s*(?:[\dIVX]+[.)]?\s+)?(?:asks|calls\s+to\s+action|suggested\s+actions)\s*$/i;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|previous|last|prior|earlier)`;
/** Words that look back at the previous review; "for the fourth cycle" looks forward and is not here. */
const LOOKING_BACK = new RegExp(
  [
    String.raw`follow[\s-]*up`,
    String.raw`implement`,
    String.raw`\b(?:previous|prior|earlier|past)\b`,
    String.raw`\blast\s+(?:review|upr|cycle)`,
    String.raw`\bsince\b`,
    String.raw`\b(?:from|of|in|during|at|under)\s+the\s+${ORDINAL}\s+(?:cycle|review|upr)`,
    String.raw`\b${ORDINAL}[\s-]+(?:cycle|review|upr)\s+recommendations`,
    String.raw`\b(?:19|20)\d{2}\b`,
    String.raw`\b(?:accepted|supported|noted|received|rejected|made)\b`,
    String.raw`\b(?:status|progress|assessment)\b`,
  ].join('|'),
  'i',
);
/** A heading over the list of sources, as a converted document has it ("Endnotes", "5. References"). */
const ENDNOTES = /^\s*(?:[\dIVX]+[.)]?\s+)?(?:end\s*-?notes?|foot\s*-?notes?|notes|references|sources|bibliography|works\s+cited|citations)\s*:?\s*$/i;
const FOLLOW_UP = /follow[\s-]*up|implementation|previous\s+(?:review|upr|cycle|recommendations)|last\s+(?:review|upr)/i;

/** What a heading's section is about. */
export function classifyHeading(title: string): SectionKind {
  if (ENDNOTES.test(title)) return 'endnotes';
  if (RECOMMENDING.test(title)) return LOOKING_BACK.test(title) ? 'follow-up' : 'recommendations';
  if (FOLLOW_UP.test(title)) return 'follow-up';
  return 'other';
}

export interface HeadingInfo {
  depth: number;
  title: string;
  range: OffsetRange;
}

/** Sections from headings in document order; `end` is the document's length. */
export function buildSections(headings: readonly HeadingInfo[], end: number): Section[] {
  const sections: Section[] = [];
  const open: number[] = []; // stack of indices of enclosing sections
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    while (open.length > 0 && sections[open[open.length - 1]!]!.depth >= h.depth) {
      sections[open.pop()!]!.range.end = h.range.start;
    }
    const parent = open[open.length - 1];
    const kind = classifyHeading(h.title);
    const parentIn = parent !== undefined && sections[parent]!.inRecommendations;
    const s: Section = {
      index: i,
      depth: h.depth,
      title: h.title,
      headingRange: h.range,
      range: { start: h.range.start, end },
      kind,
      inRecommendations: kind === 'recommendations' || (parentIn && kind !== 'follow-up'),
      children: [],
    };
    if (parent !== undefined) {
      s.parent = parent;
      sections[parent]!.children.push(i);
    }
    sections.push(s);
    open.push(i);
  }
  return sections;
}
