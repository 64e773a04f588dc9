/**
 * The shared parser: decoded report text → reviews and recommendation records. Used by
 * the text importer directly and by the PDF importer on its reconstructed text layer.
 */
import * as path from 'node:path';
import { provisionalReviewKey, type Recommendation, type ResponseInfo, type Review, type StateRef } from '../../model/recommendation';
import { cycleOfSession, yearOfSession } from '../../model/cycles';
import { ImportError, type ImportResult } from '../importResult';
import { readConclusions, findConclusionsStart, type Paragraph } from './conclusions';
import { readHeader } from './header';
import { joinWrapped, toSourceLines, type SourceLine } from './lines';
import { splitRecommendations } from './recommendingStates';
import { responseFromChapeau, UNKNOWN_RESPONSE } from './response';
import { looksLikeWgReportText } from './sniff';

export function parseWgReport(text: string, file: string, importer: string): ImportResult {
  if (text.trim() === '') throw new ImportError(file, 'is empty');
  const { lines, paged } = toSourceLines(text);
  const headingIdx = findConclusionsStart(lines);
  if (headingIdx === undefined) {
    if (!looksLikeWgReportText(text)) {
      throw new ImportError(file, 'is not a Working Group report (no title "Report of the Working Group on the Universal Periodic Review" and no "Conclusions and/or recommendations" section)');
    }
    throw new ImportError(file, 'has no "Conclusions and/or recommendations" section');
  }
  const warnings: string[] = [];
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const header = readHeader(lines, stem);
  const section = readConclusions(lines, headingIdx);
  const itemCount = section.paragraphs.reduce((n, p) => n + p.items.length, 0);
  if (itemCount === 0) throw new ImportError(file, 'has no numbered recommendations in its "Conclusions and/or recommendations" section');

  const state: StateRef = header.stateUnderReview ?? { name: stem.replace(/\d{4}$/, '') };
  if (!header.stateUnderReview) warnings.push(`State under review not recognised; using "${state.name}" from the file name`);
  const session = header.session;
  if (session === undefined) warnings.push('Working Group session not found in the introduction');
  let document = header.symbol;
  if (document === undefined) {
    // The text edition lost the title block (115 of the 262 text files). The review is
    // keyed by State and session instead, never by a guessed symbol.
    if (session === undefined || !state.iso3) {
      throw new ImportError(file, 'prints no report symbol (A/HRC/n/n), and its State and Working Group session cannot be read either');
    }
    document = provisionalReviewKey(state.iso3, session);
    const hint = header.hrcSession !== undefined ? ` (it went to Human Rights Council session ${header.hrcSession}: A/HRC/${header.hrcSession}/…)` : '';
    warnings.push(`report symbol (A/HRC/n/n) not printed in the title block${hint}; records use the provisional key "${document}" until the report with its symbol is imported`);
  }
  const cycle = session !== undefined ? cycleOfSession(session) : undefined;
  const year = header.year ?? (session !== undefined ? yearOfSession(session) : undefined);

  const where = (at: SourceLine): { line?: number; page?: number } => (paged ? { page: at.page ?? 1 } : { line: at.line });
  const recommendations: Recommendation[] = [];
  const seen = new Set<string>();
  for (let pi = 0; pi < section.paragraphs.length; pi++) {
    const para = section.paragraphs[pi]!;
    if (para.items.length === 0) continue;
    // "France made the following voluntary commitments: 1. …": pledges, not recommendations.
    const chapeau = para.chapeau.join(' ');
    if (/voluntary (?:commitments|pledges)/i.test(chapeau) && !/recommendations?/i.test(chapeau)) {
      warnings.push(`paragraph ${para.number} lists voluntary commitments of the State under review, not recommendations; skipped`);
      continue;
    }
    const response = paragraphResponse(para, section.paragraphs.slice(pi + 1));
    for (const item of para.items) {
      const id = `${item.paragraph}.${item.item}`;
      if (seen.has(id)) warnings.push(`${id}: appears twice; both kept`);
      seen.add(id);
      const parts = splitRecommendations(joinWrapped(item.lines));
      if (parts.length === 0) {
        warnings.push(`${id}: item has no text`);
        continue;
      }
      parts.forEach((part, k) => {
        const label = parts.length > 1 ? `${id} (part ${k + 1})` : id;
        if (part.states.length === 0) warnings.push(`${label}: no recommending State in a closing parenthesis`);
        for (const u of part.unresolved) {
          warnings.push(u.readAs ? `${label}: recommending State "${u.raw}" read as "${u.readAs}"` : `${label}: recommending State "${u.raw}" is not in the State table; kept as written`);
        }
        const rec: Recommendation = {
          document: document!,
          id,
          text: part.text,
          recommendingStates: part.states,
          stateUnderReview: state,
          response: { ...response },
          themes: [],
          provenance: { file, importer, ...where(item.at) },
        };
        if (parts.length > 1) rec.part = k + 1;
        if (cycle !== undefined) rec.cycle = cycle;
        if (session !== undefined) rec.session = session;
        if (year !== undefined) rec.year = year;
        recommendations.push(rec);
      });
    }
  }
  for (const a of section.anomalies) warnings.push(`numbering: ${a}`);

  const review: Review = {
    document,
    stateUnderReview: state,
    recommendationCount: recommendations.length,
    provenance: { file, importer, ...where(section.heading) },
  };
  if (cycle !== undefined) review.cycle = cycle;
  if (session !== undefined) review.session = session;
  if (header.date !== undefined) review.date = header.date;
  if (year !== undefined) review.year = year;
  return { importer, reviews: [review], recommendations, warnings };
}

/**
 * The chapeau decides. 2008–2009 reports often list the recommendations first ("In the
 * course of the discussion, the following recommendations were made to X:") and state
 * the position after them, in the same or the next paragraphs ("The recommendations
 * listed above enjoy the support of Ghana.", "The response of Romania will be included in
 * the outcome report"): then the first such sentence decides, skipping sentences about
 * other recommendations ("Other recommendations noted in the report in paragraphs …").
 */
function paragraphResponse(para: Paragraph, following: readonly Paragraph[]): ResponseInfo {
  const fromChapeau = responseFromChapeau(para.chapeau.join(' '));
  if (fromChapeau) return fromChapeau;
  const after = [para.trailing.join(' ')];
  for (const p of following) {
    if (p.items.length) break;
    after.push([...p.chapeau, ...p.trailing].join(' '));
  }
  for (const sentence of after.join(' ').split(/(?<=\.)\s+(?=\p{Lu})/u)) {
    if (/^(?:the\s+)?(?:other|all other|remaining)\s+recommendations|\bparagraphs?\s+\d/i.test(sentence)) continue;
    if (/^all conclusions and\/or recommendations/i.test(sentence)) continue;
    // "there are some that enjoy the support of Nigeria, … others which do not": mixed.
    if (/\bsome\b[^.]*\bothers?\b/i.test(sentence)) continue;
    const r = responseFromChapeau(sentence);
    if (r) return r;
  }
  return { ...UNKNOWN_RESPONSE };
}
