/**
 * The look of an exported submission: UN-document-like styles (Times New Roman 12 pt,
 * black bold headings rather than Word's blue defaults) and the list definitions used
 * for numbered paragraphs, bullets and nested ordered lists.
 */
import { AlignmentType, LevelFormat, type ILevelsOptions, type IStylesOptions, type NumberingDefinition } from 'docx';

export const BODY_FONT = 'Times New Roman';
export const CODE_FONT = 'Courier New';
/** Twips (1/20 pt) a list level indents by: 1 cm, as in UN documents. */
export const LIST_INDENT = 567;

/** Paragraph style ids added to docx's defaults. */
export const STYLE = {
  cover: 'UprCover',
  quote: 'Quote',
  code: 'UprCode',
} as const;

export const BULLETS_REFERENCE = 'upr-bullets';

const BULLET_CHARS = ['•', '◦', '▪'];

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: BODY_FONT, size: 24 }, paragraph: { spacing: { after: 120 } } },
    title: { run: { font: BODY_FONT, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
    heading1: { run: { font: BODY_FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { font: BODY_FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading3: { run: { font: BODY_FONT, size: 24, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading4: { run: { font: BODY_FONT, size: 24, italics: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true } },
    heading5: { run: { font: BODY_FONT, size: 24, italics: true, color: '000000' }, paragraph: { keepNext: true } },
    heading6: { run: { font: BODY_FONT, size: 24, italics: true, color: '000000' }, paragraph: { keepNext: true } },
    // A hanging indent: the note's number stands out to the left, the text after a tab.
    endnoteText: { run: { font: BODY_FONT, size: 20 }, paragraph: { spacing: { after: 60 }, indent: { left: 340, hanging: 340 } } },
  },
  paragraphStyles: [
    { id: STYLE.cover, name: 'UPR Cover', basedOn: 'Normal', run: { size: 24 }, paragraph: { spacing: { after: 120 } } },
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { indent: { left: LIST_INDENT, right: LIST_INDENT } },
    },
    { id: STYLE.code, name: 'UPR Code', basedOn: 'Normal', run: { font: CODE_FONT, size: 20 }, paragraph: { spacing: { after: 0 } } },
  ],
};

/** An ordered list definition: `1.` at every level, `start` at level 0. */
export function orderedListDefinition(reference: string, start: number): NumberingDefinition {
  const levels: ILevelsOptions[] = [];
  for (let level = 0; level < 9; level++) {
    levels.push({
      level,
      format: LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      alignment: AlignmentType.START,
      start: level === 0 ? start : 1,
      style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
    });
  }
  return { reference, levels };
}

export const BULLETS_DEFINITION: NumberingDefinition = {
  reference: BULLETS_REFERENCE,
  levels: Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLET_CHARS[level % BULLET_CHARS.length]!,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT / 2 } } },
  })),
};
