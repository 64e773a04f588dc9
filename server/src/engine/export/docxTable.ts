/**
 * A GFM table as a Word table: full width, the header row bold and repeated on each
 * page, each column aligned as the Markdown's `:--:` row says.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { AlignType, Table as MdTable } from 'mdast';
import { inlineRuns, type InlinePlace } from './docxInline';
import type { ExportContext } from './exportContext';

const ALIGNMENT: Record<NonNullable<AlignType>, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

export function docxTable(table: MdTable, ctx: ExportContext, place: InlinePlace): Table {
  const columns = Math.max(1, ...table.children.map((r) => r.children.length));
  const rows = table.children.map((row, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = row.children[c];
      const align = table.align?.[c];
      cells.push(
        new TableCell({
          width: { size: Math.floor(5000 / columns), type: WidthType.PERCENTAGE },
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          children: [
            new Paragraph({
              spacing: { after: 0 },
              ...(align ? { alignment: ALIGNMENT[align] } : {}),
              children: cell === undefined ? [] : inlineRuns(cell.children, ctx, place, r === 0 ? { bold: true } : {}),
            }),
          ],
        }),
      );
    }
    return new TableRow({ children: cells, tableHeader: r === 0, cantSplit: true });
  });
  return new Table({ rows, width: { size: 5000, type: WidthType.PERCENTAGE } });
}
