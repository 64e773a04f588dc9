/**
 * Markdown footnotes as Word endnotes, numbered in the order of their first reference.
 *
 * The first reference to a note is a real endnote reference mark (in a hidden bookmark);
 * later references to the same note are NOTEREF cross-references to that mark (see
 * `noteReferenceField.ts`), so a note cited five times is one endnote. A reference to a
 * note that is not defined still gets an endnote, saying so, rather than vanishing from
 * the text; a definition never referred to is left out, with a warning.
 */
import { Bookmark, EndnoteReferenceRun, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { FootnoteDefinition } from 'mdast';
import type { ExportWarnings } from './exportWarnings';
import { endnoteBookmarkName, noteReferenceField } from './noteReferenceField';

export interface Endnote {
  /** Its number in the export: 1 for the first note referred to, and so on. */
  number: number;
  label: string;
  /** Absent when the draft refers to the note without defining it. */
  definition?: FootnoteDefinition;
}

export class EndnoteRegistry {
  readonly notes: Endnote[] = [];
  private readonly byIdentifier = new Map<string, Endnote>();

  /** `definitions` by normalised identifier (lower case, as mdast gives it). */
  constructor(
    private readonly definitions: ReadonlyMap<string, FootnoteDefinition>,
    private readonly warnings: ExportWarnings,
  ) {}

  /** The runs for a reference in the body text: a new endnote's mark, or a cross-reference to it. */
  reference(identifier: string, label: string, offset: number | undefined): ParagraphChild[] {
    const key = identifier.toLowerCase();
    const known = this.byIdentifier.get(key);
    if (known !== undefined) return noteReferenceField(known.number);
    const note: Endnote = { number: this.notes.length + 1, label };
    const definition = this.definitions.get(key);
    if (definition !== undefined) note.definition = definition;
    else {
      this.warnings.add(
        `endnote [^${label}] is referred to but not defined; the .docx has endnote ${note.number} saying so. Add a line "[^${label}]: source".`,
        offset,
      );
    }
    this.notes.push(note);
    this.byIdentifier.set(key, note);
    return [new Bookmark({ id: endnoteBookmarkName(note.number), children: [new EndnoteReferenceRun(note.number)] })];
  }

  /**
   * A reference written inside an endnote's own text. Word has no endnote marks inside
   * endnotes, so it becomes the note's number in superscript (or its label, if that note
   * is never referred to from the body).
   */
  referenceInNote(identifier: string, label: string, offset: number | undefined): ParagraphChild[] {
    const known = this.byIdentifier.get(identifier.toLowerCase());
    if (known !== undefined) return [new TextRun({ text: String(known.number), superScript: true })];
    this.warnings.add(`endnote [^${label}] is referred to only from another endnote; exported as the text "(note ${label})".`, offset);
    return [new TextRun(`(note ${label})`)];
  }

  /** Warns about each definition that no body text refers to (it is left out of the export). */
  warnUnreferenced(): void {
    for (const [key, definition] of this.definitions) {
      if (this.byIdentifier.has(key)) continue;
      const label = definition.label ?? definition.identifier;
      this.warnings.add(`endnote [^${label}] is defined but never referred to; it is left out of the .docx.`, definition.position?.start.offset);
    }
  }

  /** The endnotes for docx's Document options, by id (= number), each note's paragraphs from `render`. */
  endnotesOption(render: (definition: FootnoteDefinition) => Paragraph[]): Record<string, { children: Paragraph[] }> {
    const out: Record<string, { children: Paragraph[] }> = {};
    for (const note of this.notes) {
      const paragraphs = note.definition === undefined ? [] : render(note.definition);
      out[String(note.number)] = {
        children:
          paragraphs.length > 0
            ? paragraphs
            : [new Paragraph({ style: 'EndnoteText', children: [new TextRun({ children: [new Tab()] }), new TextRun(`Endnote [${note.label}] is referred to in the draft but not defined.`)] })],
      };
    }
    return out;
  }
}
