import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { RecommendationStore } from '../engine/dataset/recommendationStore';
import type { SubmissionDocument } from '../engine/document';
import type { Recommendation, Review } from '../engine/model/recommendation';

const RESPONSE_WORD = { supported: 'Supported', noted: 'Noted', pending: 'Pending (response due later)', unknown: 'Unknown' } as const;

/** The recommendation under the cursor, as Markdown: text, States, response, review, themes. */
export function hoverAt(doc: SubmissionDocument, offset: number, store: RecommendationStore, previousReviews: readonly Review[]): Hover | null {
  const ref = doc.recommendationReferences.find((r) => offset >= r.range.start && offset <= r.range.end);
  if (!ref) return null;
  const documents = ref.document ? [ref.document] : previousReviews.map((r) => r.document);
  const records = documents.flatMap((d) => store.lookup(d, ref.id));
  const range = doc.lineIndex.rangeOf(ref.range);
  if (records.length === 0) {
    const where = documents.length ? documents.join(' or ') : 'the loaded data (no previous review is known for this submission)';
    return { range, contents: { kind: MarkupKind.Markdown, value: `**${ref.id}**: not found in ${where}.` } };
  }
  return { range, contents: { kind: MarkupKind.Markdown, value: recommendationMarkdown(records, store) } };
}

/** Shared by hover and completion documentation. */
export function recommendationMarkdown(records: readonly Recommendation[], store: RecommendationStore): string {
  const first = records[0]!;
  const review = store.review(first.document);
  const when = [first.cycle ? `cycle ${first.cycle}` : undefined, first.session ? `Working Group session ${first.session}` : undefined, first.year ? String(first.year) : undefined]
    .filter(Boolean)
    .join(', ');
  const lines = [`**${first.id}** · ${first.document} · ${first.stateUnderReview.name}${when ? ` (${when})` : ''}`, ''];
  for (const r of records) {
    lines.push(`> ${escapeMarkdown(r.text)}${r.recommendingStates.length ? ` (${r.recommendingStates.map(escapeMarkdown).join(', ')})` : ''}`, '');
  }
  const response = first.response;
  const source = response.source === 'upr-info' ? 'UPR Info' : response.source === 'wg-report' ? 'Working Group report' : response.source;
  lines.push(`**Response:** ${RESPONSE_WORD[response.value]} — ${source}${response.detail ? `: ${escapeMarkdown(response.detail)}` : ''}`);
  const themes = [...new Set(records.flatMap((r) => r.themes))];
  if (themes.length) lines.push('', `**Themes:** ${themes.map(escapeMarkdown).join(' · ')}`);
  if (first.actionCategory) lines.push('', `**UPR Info action category:** ${first.actionCategory}`);
  if (review && !review.document.startsWith('A/HRC/')) lines.push('', `_The report's UN symbol is not in the source text; ${review.document} stands for it._`);
  return lines.join('\n');
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
