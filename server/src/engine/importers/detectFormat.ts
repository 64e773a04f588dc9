import * as path from 'node:path';

export type ImportFormat = 'wg-report-pdf' | 'wg-report-text' | 'upr-info-csv' | 'uhri-json' | 'uhri-xlsx' | 'upr-dataset';

/**
 * Decides which importer a file needs from its first bytes (magic numbers), then its
 * name. Content beats extension: a PDF saved as .txt is still read as a PDF. Returns
 * undefined when nothing fits, and the caller names the file in its error.
 */
export function detectFormat(file: string, bytes: Uint8Array): ImportFormat | undefined {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'wg-report-pdf';
  // XLSX (and DOCX) are ZIP archives: "PK\x03\x04".
  const ext = path.extname(file).toLowerCase();
  // Word files are ZIPs too; the OHCHR matrix (.docx) has no importer yet.
  if (head.startsWith('PK\x03\x04')) return ext === '.docx' ? undefined : 'uhri-xlsx';
  const textStart = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (file.toLowerCase().endsWith('.upr.json')) return 'upr-dataset';
  if (textStart.startsWith('[') || textStart.startsWith('{')) {
    return /"(version|recommendations)"\s*:/.test(textStart) && !/"AnnotationId"/.test(textStart) ? 'upr-dataset' : 'uhri-json';
  }
  if (ext === '.csv' || ext === '.tsv') return 'upr-info-csv';
  if (ext === '.txt' || ext === '.text' || ext === '') return 'wg-report-text';
  if (ext === '.json') return 'uhri-json';
  return undefined;
}
