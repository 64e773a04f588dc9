import { parse, type Options } from 'csv-parse/sync';
import { ImportError } from '../importResult';
import { decodeText } from '../textDecoding';
import { resolveState } from '../../model/states';
import { cycleOfSession } from '../../model/cycles';
import { matchLayout, type UprInfoField } from './layouts';
import { parseActionCategory, parseIssues, parsePositiveInt, parseResponse } from './values';
import type { UprInfoParseResult, UprInfoRow } from './types';

/** csv-parse record with `info` and `raw`. */
interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/**
 * Parse a UPR Info export (old spreadsheet layout or current database layout, chosen by
 * the header). Bytes are decoded with decodeText (the old exports are Mac Roman with bare
 * CR line endings). Throws ImportError for an empty file, binary content, a header without
 * the needed columns, or a CSV truncated inside a quoted field.
 */
export function parseUprInfoCsv(bytes: Uint8Array, file: string): UprInfoParseResult {
  if (bytes.byteLength === 0) throw new ImportError(file, 'empty file');
  if (bytes.includes(0)) throw new ImportError(file, 'not a CSV file (binary content)');
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError(file, 'empty file');

  let lastRecordEnd = 0;
  let records: CsvRecord[];
  try {
    const options: Options = {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        lastRecordEnd = context.lines;
        return record;
      },
    };
    records = parse(text, options) as unknown as CsvRecord[];
  } catch (e) {
    const err = e as { code?: string; message?: string; lines?: number };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new ImportError(
        file,
        `truncated CSV: unterminated quoted field in the row starting at line ${lastRecordEnd + 1}`,
      );
    }
    throw new ImportError(file, `not a valid CSV file (${err.message ?? String(e)})`);
  }

  const header = records[0];
  if (!header) throw new ImportError(file, 'empty file');
  const layout = matchLayout(header.record);
  if (layout.found === 0) {
    throw new ImportError(file, `not a UPR Info export: unrecognised header "${truncate(header.raw.trim(), 80)}"`);
  }
  if (layout.missing.length > 0) {
    throw new ImportError(
      file,
      `missing column${layout.missing.length > 1 ? 's' : ''} ${layout.missing.join(', ')}`,
    );
  }

  const warnings: string[] = [];
  const rows: UprInfoRow[] = [];
  const width = header.record.length;
  const cell = (rec: string[], f: UprInfoField): string | undefined => {
    const i = layout.index[f];
    return i === undefined ? undefined : rec[i];
  };

  for (let r = 1; r < records.length; r++) {
    const { record, info, raw } = records[r]!;
    const line = info.lines - countNewlines(raw.replace(/\n$/, ''));
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length !== width) {
      warnings.push(`${file}:${line}: ${record.length} fields where the header has ${width}`);
    }
    const text = (cell(record, 'text') ?? '').trim();
    const sur = (cell(record, 'stateUnderReview') ?? '').trim();
    if (!text || !sur) {
      warnings.push(`${file}:${line}: row without ${!text ? 'recommendation text' : 'State under review'} skipped`);
      continue;
    }
    const from = (cell(record, 'recommendingState') ?? '').trim();
    const responseRaw = (cell(record, 'response') ?? '').trim();
    const response = parseResponse(responseRaw);
    if (response === 'unknown' && responseRaw) {
      warnings.push(`${file}:${line}: unknown response "${responseRaw}"`);
    }
    const session = parsePositiveInt(cell(record, 'session'));
    const cycle = parsePositiveInt(cell(record, 'cycle')) ?? (session ? cycleOfSession(session) : undefined);
    const row: UprInfoRow = {
      stateUnderReview: resolveState(sur) ?? { name: sur },
      recommendingState: from ? (resolveState(from)?.name ?? from) : '',
      text,
      response,
      responseRaw,
      issues: parseIssues(cell(record, 'issues')),
      line,
      file,
    };
    const action = parseActionCategory(cell(record, 'actionCategory'));
    if (action) row.actionCategory = action;
    if (session) row.session = session;
    if (cycle) row.cycle = cycle;
    rows.push(row);
  }

  return { rows, encoding: decoded.encoding, lineEnding: decoded.lineEnding, warnings, layout: layout.layout };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
