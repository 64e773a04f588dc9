/**
 * A second reference to an endnote that already has its number: Word's own
 * cross-reference to an endnote number (Insert > Cross-reference > Endnote number
 * (formatted)), a NOTEREF field to a bookmark around the first reference, with the number
 * as its current result. Word gives one number per endnote reference mark, so repeating
 * the mark would make a new endnote each time; the field keeps "[^1]" cited five times
 * as one endnote 1, and follows the note if it is renumbered (F9 in Word).
 *
 * Hand-written because docx has no NOTEREF helper and its SimpleField writes an unstyled
 * result (a plain-size "1" in the text until Word updates the fields).
 */
import { BuilderElement, StringContainer, TextRun, type ParagraphChild } from 'docx';

/** Word's hidden bookmarks (named `_Ref…`) are the ones its own cross-references use. */
export function endnoteBookmarkName(endnoteNumber: number): string {
  return `_RefUprEndnote${endnoteNumber}`;
}

function fieldChar(type: 'begin' | 'separate' | 'end'): BuilderElement {
  return new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/** The runs of a NOTEREF field showing `endnoteNumber` in the endnote reference style. */
export function noteReferenceField(endnoteNumber: number): ParagraphChild[] {
  return [
    new TextRun({ children: [fieldChar('begin')] }),
    new TextRun({ children: [new StringContainer('w:instrText', `NOTEREF ${endnoteBookmarkName(endnoteNumber)} \\f \\h`)] }),
    new TextRun({ children: [fieldChar('separate')] }),
    new TextRun({ text: String(endnoteNumber), style: 'EndnoteReference' }),
    new TextRun({ children: [fieldChar('end')] }),
  ];
}
