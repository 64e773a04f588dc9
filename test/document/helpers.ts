import { parseSubmission } from '../../server/src/engine/document/parseSubmission';
import type { OffsetRange } from '../../server/src/engine/document/positions';
import type { SubmissionDocument } from '../../server/src/engine/document/types';

/** The source text a range covers. */
export function slice(doc: SubmissionDocument | string, r: OffsetRange): string {
  return (typeof doc === 'string' ? doc : doc.text).slice(r.start, r.end);
}

/** Every sentence of a Markdown text, as the source slices of their ranges. */
export function sentenceSlices(markdown: string): string[] {
  const doc = parseSubmission(markdown);
  return doc.blocks.flatMap((b) => b.sentences.map((s) => slice(doc, s.range)));
}

/** Every sentence's plain text. */
export function sentenceTexts(markdown: string): string[] {
  return parseSubmission(markdown).blocks.flatMap((b) => b.sentences.map((s) => s.text));
}
