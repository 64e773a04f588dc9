/**
 * The cover of an exported submission, from its YAML front matter: the title line
 * ("Stakeholder submission to the Universal Periodic Review of Azerbaijan — 3rd cycle,
 * 30th session"), who submits it and whether it is an individual or a joint submission.
 * The body starts on the next page. The front matter itself never appears as text.
 */
import { HeadingLevel, PageBreak, Paragraph, TextRun } from 'docx';
import type { FrontMatter } from '../document';
import { STYLE } from './docxStyles';

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The title line; without a State or cycle/session the parts that are known. */
export function coverTitle(fm: FrontMatter | undefined): string {
  const state = fm?.stateUnderReview?.value.name ?? fm?.stateUnderReviewText?.value;
  let title = 'Stakeholder submission to the Universal Periodic Review';
  if (state !== undefined) title += ` of ${state}`;
  const when = [fm?.cycle && `${ordinal(fm.cycle.value)} cycle`, fm?.session && `${ordinal(fm.session.value)} session`].filter(Boolean);
  if (when.length > 0) title += ` — ${when.join(', ')}`;
  return title;
}

/** "A", "A and B", "A, B and C". */
function listOfNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The cover paragraphs, the last one ending in a page break. */
export function docxCover(fm: FrontMatter): Paragraph[] {
  const lines: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(coverTitle(fm))] })];
  const by = fm.submittedBy?.map((s) => s.value) ?? [];
  if (by.length > 0) lines.push(coverLine('Submitted by', listOfNames(by)));
  if (fm.submissionType !== undefined) lines.push(coverLine('Submission type', `${fm.submissionType.value} submission`));
  const reviews = fm.previousReview?.map((r) => r.value) ?? [];
  if (reviews.length > 0) lines.push(coverLine('Previous review', listOfNames(reviews)));
  lines.push(new Paragraph({ children: [new PageBreak()] }));
  return lines;
}

function coverLine(label: string, value: string): Paragraph {
  return new Paragraph({ style: STYLE.cover, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}
