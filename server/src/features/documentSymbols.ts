import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { SubmissionDocument } from '../engine/document';

/** The outline: sections as a tree, and in recommendations sections each recommendation. */
export function documentSymbols(doc: SubmissionDocument): DocumentSymbol[] {
  const symbolOf = new Map<number, DocumentSymbol>();
  const roots: DocumentSymbol[] = [];
  for (const s of doc.sections) {
    const sym: DocumentSymbol = {
      name: s.title || '(untitled section)',
      kind: s.kind === 'recommendations' ? SymbolKind.Module : SymbolKind.Namespace,
      range: doc.lineIndex.rangeOf(s.range),
      selectionRange: doc.lineIndex.rangeOf(s.headingRange),
      children: [],
    };
    symbolOf.set(s.index, sym);
    const parent = s.parent !== undefined ? symbolOf.get(s.parent) : undefined;
    (parent?.children ?? roots).push(sym);
  }
  for (const b of doc.blocks) {
    if (!b.inRecommendationsSection || !b.list?.firstParagraph || b.section === undefined) continue;
    const first = b.sentences[0]?.text ?? b.text;
    const name = `${b.list.number !== undefined ? `${b.list.number}. ` : ''}${first.length > 80 ? `${first.slice(0, 79)}…` : first}`;
    symbolOf.get(b.section)?.children?.push({ name, detail: 'recommendation', kind: SymbolKind.Event, range: doc.lineIndex.rangeOf(b.range), selectionRange: doc.lineIndex.rangeOf(b.sentences[0]?.range ?? b.range) });
  }
  return roots;
}
