import type { SubmissionDocument } from '../document';
import type { OffsetEdit } from './ruleTypes';

/** The edits that add a new endnote: its marker at `at`, its definition after the last one. */
export interface NewEndnote {
  label: string;
  reference: OffsetEdit;
  /** A snippet: `${1:source}` is the placeholder for the source. */
  definition: OffsetEdit;
}

/**
 * A new endnote numbered after the highest number in use (references and definitions, so
 * a dangling reference is never reused), defined after the last definition or, with none,
 * at the end of the document. Shared by the uncited-claim quick fix and Insert citation.
 */
export function newEndnote(doc: SubmissionDocument, at: number): NewEndnote {
  const numbers = [...doc.footnoteDefinitions, ...doc.footnoteReferences].map((f) => Number(f.label)).filter((n) => Number.isInteger(n));
  const label = String(numbers.length ? Math.max(...numbers) + 1 : 1);
  const lastDefinition = doc.footnoteDefinitions.reduce<number | undefined>((end, d) => (end === undefined || d.range.end > end ? d.range.end : end), undefined);
  const definition: OffsetEdit =
    lastDefinition !== undefined
      ? { range: { start: lastDefinition, end: lastDefinition }, newText: `\n[^${label}]: \${1:source}` }
      : { range: { start: doc.text.length, end: doc.text.length }, newText: `${doc.text.endsWith('\n') ? '' : '\n'}\n[^${label}]: \${1:source}\n` };
  return { label, reference: { range: { start: at, end: at }, newText: `[^${label}]` }, definition };
}
