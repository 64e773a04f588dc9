import type { Diagnostic } from 'vscode-languageserver-types';
import type { SubmissionDocument } from '../document';
import { recommendationKey } from '../model/recommendation';
import type { CitingPlace } from './coverageTypes';

const EXCERPT_MAX = 160;

/**
 * Every place of a submission that refers to a recommendation, by `recommendationKey`.
 * References come from the document layer; a reference without a report symbol is taken
 * to mean the first assessed review that has that ID (as the checker reads it), or the
 * first assessed review when none has it. Mentions without ID come from the
 * `unlinked-recommendation` diagnostics the checker produced: the place counts for the
 * finding's likeliest candidate only, because the others are guesses.
 */
export function citingPlacesByRecommendation(
  doc: SubmissionDocument,
  diagnostics: readonly Diagnostic[],
  assessedReviews: readonly string[],
  hasRecommendation: (document: string, id: string) => boolean,
): Map<string, CitingPlace[]> {
  const places = new Map<string, CitingPlace[]>();
  const add = (key: string, place: CitingPlace): void => {
    const list = places.get(key);
    if (list) list.push(place);
    else places.set(key, [place]);
  };
  for (const ref of doc.recommendationReferences) {
    const document = ref.document ?? assessedReviews.find((d) => hasRecommendation(d, ref.id)) ?? assessedReviews[0];
    if (!document) continue;
    const range = doc.lineIndex.rangeOf(ref.range);
    add(recommendationKey(document, ref.id), { range, kind: 'reference', excerpt: lineExcerpt(doc, range.start.line) });
  }
  for (const d of diagnostics) {
    if (d.code !== 'unlinked-recommendation') continue;
    const top = (d.data as { candidates?: { document?: unknown; id?: unknown }[] } | undefined)?.candidates?.[0];
    if (typeof top?.document !== 'string' || typeof top.id !== 'string') continue;
    add(recommendationKey(top.document, top.id), { range: d.range, kind: 'mention', excerpt: lineExcerpt(doc, d.range.start.line) });
  }
  return places;
}

/** The places citing one recommendation, references first. */
export function citingPlacesOf(
  doc: SubmissionDocument,
  diagnostics: readonly Diagnostic[],
  assessedReviews: readonly string[],
  hasRecommendation: (document: string, id: string) => boolean,
  document: string,
  id: string,
): CitingPlace[] {
  return citingPlacesByRecommendation(doc, diagnostics, assessedReviews, hasRecommendation).get(recommendationKey(document, id)) ?? [];
}

function lineExcerpt(doc: SubmissionDocument, line: number): string {
  const text = doc.text.slice(doc.lineIndex.lineStart(line), doc.lineIndex.lineEnd(line)).trim();
  return text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1)}…` : text;
}
