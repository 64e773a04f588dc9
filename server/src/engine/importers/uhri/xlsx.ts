import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportError, type ImportResult } from '../importResult';
import { uhriFieldOf, type Annotation, type UhriField } from './annotation';
import { UhriCollector } from './collect';

export const UHRI_XLSX_IMPORTER = 'uhri-xlsx';

/** The header row must be within this many rows of the top of a sheet. */
const HEADER_SEARCH_ROWS = 10;
const REQUIRED: readonly UhriField[] = ['Symbol', 'Text', 'Body'];

/**
 * Import a UHRI bulk export in XLSX. Read with exceljs's streaming WorkbookReader (the
 * full export is ~270k rows; the in-memory Workbook would hold every cell object), one
 * row at a time. The header row (field names as in the JSON export; case and spaces
 * ignored) is looked for in the first rows of each sheet; sheets without one are skipped.
 * Multi-valued cells are "- A - B" strings (see fields.ts).
 */
export async function importUhriXlsx(bytes: Uint8Array, file: string): Promise<ImportResult> {
  if (bytes.byteLength === 0) throw new ImportError(file, 'empty file');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError(file, 'not an XLSX file (not a ZIP archive)');
  }
  const collector = new UhriCollector(file, UHRI_XLSX_IMPORTER);
  const input = new PassThrough();
  input.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles are needed to tell date cells (PublicationDate) from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });

  let sheets = 0;
  let sheetsWithHeader = 0;
  let bestHeader: { missing: UhriField[]; found: number } | undefined;
  try {
    for await (const sheet of reader) {
      sheets++;
      let columns: Map<number, UhriField> | undefined;
      for await (const row of sheet) {
        const values = row.values as unknown[];
        if (!columns) {
          if (row.number > HEADER_SEARCH_ROWS) continue; // drain the rest of a sheet without header
          const found = new Map<number, UhriField>();
          values.forEach((v, i) => {
            const f = typeof v === 'string' ? uhriFieldOf(v) : undefined;
            if (f && ![...found.values()].includes(f)) found.set(i, f);
          });
          const missing = REQUIRED.filter((f) => ![...found.values()].includes(f));
          if (missing.length === 0) {
            columns = found;
            sheetsWithHeader++;
          } else if (!bestHeader || found.size > bestHeader.found) {
            bestHeader = { missing, found: found.size };
          }
          continue;
        }
        const a: Annotation = {};
        let empty = true;
        for (const [i, f] of columns) {
          const v = cellValue(values[i]);
          if (v !== undefined && v !== '') {
            a[f] = v;
            empty = false;
          }
        }
        if (!empty) collector.add(a, `row ${row.number}`, row.number);
      }
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const msg = (e as Error).message ?? String(e);
    throw new ImportError(
      file,
      `not a readable XLSX file (${msg === 'FILE_ENDED' ? 'the ZIP archive is truncated or damaged' : msg})`,
    );
  }
  if (sheets === 0) throw new ImportError(file, 'not an XLSX workbook (no worksheet)');
  if (sheetsWithHeader === 0) {
    const detail = bestHeader && bestHeader.found > 0 ? `; the best candidate row lacks ${bestHeader.missing.join(', ')}` : '';
    throw new ImportError(
      file,
      `no UHRI header row in the first ${HEADER_SEARCH_ROWS} rows (expected columns such as AnnotationId, Body, Symbol, Text, UprPositions)${detail}`,
    );
  }
  return collector.result();
}

/** A cell's value as a string, number or Date (rich text, hyperlinks and formulas flattened). */
function cellValue(v: unknown): string | number | Date | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellValue(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.error !== undefined) return undefined;
  }
  return String(v);
}
