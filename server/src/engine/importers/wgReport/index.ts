/**
 * Working Group report importers: plain text (the UN's documents as extracted text) and
 * PDF (the UN's own files, through their text layer). Both end in the same parser.
 */
import { decodeText } from '../textDecoding';
import type { ImportResult } from '../importResult';
import { parseWgReport } from './parse';
import { extractPdfText } from './pdfText';

export { parseWgReport } from './parse';
export { looksLikeWgReportText } from './sniff';

export function importWgReportText(bytes: Uint8Array, file: string): ImportResult {
  return parseWgReport(decodeText(bytes).text, file, 'wg-report-text');
}

export async function importWgReportPdf(bytes: Uint8Array, file: string): Promise<ImportResult> {
  return parseWgReport(await extractPdfText(bytes, file), file, 'wg-report-pdf');
}
