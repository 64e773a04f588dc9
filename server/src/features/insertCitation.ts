import type { SubmissionDocument } from '../engine/document';
import { newEndnote } from '../engine/check/newEndnote';
import type { InsertCitationResponse } from '../protocol';

/**
 * Insert citation: a new endnote for the sentence around `offset`. The marker goes where
 * the uncited-claim quick fix puts it (the end of the sentence), so both commands agree;
 * outside any sentence (a heading, an empty line) it goes at the cursor.
 */
export function insertCitationAt(doc: SubmissionDocument, offset: number): InsertCitationResponse {
  const sentence = doc.blocks.flatMap((b) => b.sentences).find((s) => offset >= s.range.start && offset <= s.range.end);
  const note = newEndnote(doc, sentence ? sentence.range.end : offset);
  return {
    label: note.label,
    reference: { range: doc.lineIndex.rangeOf(note.reference.range), newText: note.reference.newText },
    definition: { range: doc.lineIndex.rangeOf(note.definition.range), snippet: note.definition.newText },
  };
}
