import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { RecommendationStore } from '../engine/dataset/recommendationStore';
import type { SubmissionDocument } from '../engine/document';
import { allStates } from '../engine/model/states';
import type { Recommendation, Review } from '../engine/model/recommendation';
import { recommendationMarkdown } from './hover';

/** Where a recommendation ID is being typed: after "para.", "recommendation", "(" or a symbol. */
const ID_CONTEXT = /(?:\bparas?\.|\brecommendations?|\bA\/HRC\/\d+\/\d+,?\s*(?:paras?\.)?|\(|\b(?:and|or)|,)\s*(\d{0,3}(?:\.\d{0,3})?)$/i;
const SYMBOL_BEFORE = /\b(A\/HRC\/\d+\/\d+),?\s*(?:paras?\.)?\s*\d{0,3}(?:\.\d{0,3})?$/;

/**
 * Completion of recommendation IDs where a reference is being typed, and of the
 * front-matter values (State names, the State's review symbols, submission types).
 */
export function completionsAt(doc: SubmissionDocument, offset: number, store: RecommendationStore, previousReviews: readonly Review[]): CompletionItem[] {
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const before = doc.text.slice(lineStart, offset);
  if (isInFrontMatter(doc, offset)) return frontMatterCompletions(before, doc, store, offset);

  const m = ID_CONTEXT.exec(before);
  if (!m) return [];
  // "and"/"or"/"," only continue a list of IDs, not any prose.
  if (/^(?:and|or|,)/i.test(m[0]) && !/\d{1,3}\.\d{1,3}\s*(?:,|and|or)\s*\d{0,3}(?:\.\d{0,3})?$/i.test(before)) return [];
  const typed = m[1] ?? '';
  const symbol = SYMBOL_BEFORE.exec(before)?.[1];
  const documents = symbol && store.review(symbol) ? [symbol] : previousReviews.map((r) => r.document);
  const replace = doc.lineIndex.rangeOf({ start: offset - typed.length, end: offset });
  const items: CompletionItem[] = [];
  for (const [key, records] of groupById(documents, store)) {
    const r = records[0]!;
    if (typed && !r.id.startsWith(typed)) continue;
    const [p, i] = r.id.split('.').map(Number) as [number, number];
    items.push({
      label: r.id,
      kind: CompletionItemKind.Reference,
      detail: `${[...new Set(records.flatMap((x) => x.recommendingStates))].join(', ') || 'no State given'} — ${r.response.value}`,
      labelDetails: { description: truncate(r.text, 60) },
      documentation: { kind: MarkupKind.Markdown, value: recommendationMarkdown(records, store) },
      filterText: r.id,
      sortText: `${String(p).padStart(4, '0')}.${String(i).padStart(4, '0')}`,
      textEdit: { range: replace, newText: r.id },
      data: { key },
    });
  }
  return items;
}

/**
 * Whether `offset` lies in the front matter, including one still being typed (no
 * closing "---" yet, so the parser has no front matter to report).
 */
export function isInFrontMatter(doc: SubmissionDocument, offset: number): boolean {
  const fm = doc.frontMatter;
  if (fm) return offset >= fm.range.start && offset <= fm.contentRange.end;
  if (!/^---[ \t]*\r?\n/.test(doc.text)) return false;
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(doc.text.slice(3));
  return close === null || offset <= close.index + 3;
}

function groupById(documents: readonly string[], store: RecommendationStore): Map<string, Recommendation[]> {
  const groups = new Map<string, Recommendation[]>();
  for (const r of documents.flatMap((d) => store.recommendationsOf(d))) {
    const key = `${r.document}#${r.id}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

function frontMatterCompletions(before: string, doc: SubmissionDocument, store: RecommendationStore, offset: number): CompletionItem[] {
  const m = /^(\s*(?:-\s+)?)([\w-]+:)?\s*(.*)$/.exec(before);
  const key = m?.[2] ?? currentListKey(doc, offset);
  const typed = m?.[3] ?? '';
  const range = doc.lineIndex.rangeOf({ start: offset - typed.length, end: offset });
  const item = (label: string, detail?: string, kind: CompletionItemKind = CompletionItemKind.Value): CompletionItem => ({ label, detail, kind, textEdit: { range, newText: label } });
  switch (key) {
    case 'state-under-review:':
      return allStates().map((s) => ({ ...item(s.name, s.iso3), filterText: `${s.name} ${s.iso3} ${s.variants.join(' ')}` }));
    case 'previous-review:': {
      const state = doc.frontMatter?.stateUnderReview?.value;
      const reviews = state ? store.reviewsOf(state.iso3 ?? state.name) : [];
      return reviews.map((r, i) => ({ ...item(r.document, `${r.stateUnderReview.name}, cycle ${r.cycle ?? '?'}, ${r.year ?? ''}`), sortText: String(reviews.length - i).padStart(4, '0') }));
    }
    case 'submission-type:':
      return [item('joint', '5,630-word limit'), item('individual', '2,815-word limit')];
    default:
      return [];
  }
}

/** For a "  - value" line of a list, the key the list belongs to. */
function currentListKey(doc: SubmissionDocument, offset: number): string | undefined {
  const entry = doc.frontMatter?.entries.filter((e) => e.keyRange.start < offset).pop();
  return entry ? `${entry.key}:` : undefined;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
