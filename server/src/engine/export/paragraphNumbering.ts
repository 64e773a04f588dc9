/**
 * The numbers of a submission's body paragraphs (1., 2., 3. … through the whole
 * document, as UPR submissions number them), and the list definitions they need.
 *
 * Drafters write those numbers as a Markdown ordered list ("1. …", "2. …"), often
 * interrupted by headings and tables and resumed ("4. …"). So when the document has any
 * top-level ordered list, its items are the numbered paragraphs and keep the numbers
 * written in the Markdown (a later paragraph may cite "para. 12"); plain paragraphs in
 * between (an introduction, "We recommend that the Government:") stay unnumbered. When a
 * list continues the count it stays one Word list, so Word renumbers it on edits; a jump
 * or restart starts a new list at the written number, with a warning. A document without
 * any top-level ordered list gets every top-level paragraph numbered from 1.
 */
import type { NumberingDefinition } from 'docx';
import { orderedListDefinition } from './docxStyles';
import type { ExportWarnings } from './exportWarnings';

export type ParagraphNumberingMode = 'list-items' | 'all-paragraphs';

export interface NumberingChoice {
  reference: string;
  level: number;
  instance: number;
}

export class ParagraphNumbering {
  /** The list definitions created so far, for the Document's numbering config. */
  readonly definitions: NumberingDefinition[] = [];
  private current: { reference: string; next: number } | undefined;
  private nestedLists = 0;

  constructor(
    readonly mode: ParagraphNumberingMode,
    private readonly warnings: ExportWarnings,
  ) {}

  /** The numbering of the next numbered paragraph: `written` is the number in the Markdown (absent: the next one). */
  paragraph(written: number | undefined, offset: number | undefined): NumberingChoice {
    const expected = this.current?.next ?? 1;
    const n = written ?? expected;
    if (this.current === undefined || n !== this.current.next) {
      if (n !== expected) {
        const from = this.current === undefined ? 'the first numbered paragraph is' : `paragraph numbers go from ${expected - 1} to`;
        this.warnings.add(`${from} ${n}; kept as written.`, offset);
      }
      const reference = `upr-paragraphs-${this.definitions.length + 1}`;
      this.definitions.push(orderedListDefinition(reference, n));
      this.current = { reference, next: n };
    }
    this.current.next = n + 1;
    return { reference: this.current.reference, level: 0, instance: 0 };
  }

  /** A list definition of its own for an ordered list that is not paragraph numbering (nested, quoted, in an endnote). */
  separateList(start: number): string {
    const reference = `upr-list-${++this.nestedLists}`;
    this.definitions.push(orderedListDefinition(reference, start));
    return reference;
  }
}
