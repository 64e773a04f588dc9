import type { ProseBlock, SubmissionDocument } from '../document';

/** A table's body row: its cells by column. */
export type TableRow = Map<number, ProseBlock>;

/**
 * The body rows of every table of the document, by table index then row number: what the
 * rules that read a table row by row (a Response column against an ID column, a State
 * column for a quoted recommendation, a source in any cell of a row) share.
 */
export function tableRows(doc: SubmissionDocument): Map<number, Map<number, TableRow>> {
  const tables = new Map<number, Map<number, TableRow>>();
  for (const block of doc.blocks) {
    if (block.table === undefined) continue;
    const rows = tables.get(block.table.table) ?? new Map<number, TableRow>();
    const row = rows.get(block.table.row) ?? new Map<number, ProseBlock>();
    row.set(block.table.column, block);
    rows.set(block.table.row, row);
    tables.set(block.table.table, rows);
  }
  return tables;
}
