import * as fs from 'node:fs';
import type { Dataset, Recommendation, Review } from '../model/recommendation';
import { validateDatasetText } from '../dataset/validateDataset';
import { detectFormat, type ImportFormat } from './detectFormat';
import { ImportError, type ImportResult } from './importResult';
import { decodeText } from './textDecoding';
import { importWgReportPdf, importWgReportText, looksLikeWgReportText } from './wgReport';
import { looksLikeUprInfoCsv, mergeUprInfo, parseUprInfoCsv, type UprInfoMergeReport, type UprInfoRow } from './uprInfo';
import { importUhriJson, importUhriXlsx } from './uhri';

export interface ImportSummary {
  /** Reviews and recommendations produced, ready to be written as a dataset file. */
  dataset: Omit<Dataset, 'version'>;
  perFile: { file: string; format: ImportFormat; reviews: number; recommendations: number; rows?: number; warnings: string[] }[];
  /** Present when UPR Info rows were merged. */
  uprInfo?: UprInfoMergeReport;
}

export interface ImportOptions {
  /**
   * Records to merge UPR Info rows into when the files themselves hold no WG report
   * records (e.g. the bundled dataset). Only the reviews that rows matched are output.
   */
  mergeBase?: () => Dataset;
}

/**
 * Imports files of any supported format into one dataset. All files are read before
 * anything is returned, and any unreadable file throws an ImportError naming it, so a
 * caller that writes the result writes all or nothing.
 */
export async function importFiles(files: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const reviews: Review[] = [];
  const recommendations: Recommendation[] = [];
  const rows: UprInfoRow[] = [];
  const perFile: ImportSummary['perFile'] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw new ImportError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (bytes.length === 0) throw new ImportError(file, 'is empty');
    const format = refineFormat(file, bytes, detectFormat(file, bytes));
    if (!format) throw new ImportError(file, 'is not a file UPR Draft can import (expected a Working Group report as PDF or text, a UPR Info CSV export, a UHRI JSON/XLSX export, or a *.upr.json dataset)');
    if (format === 'upr-info-csv') {
      const parsed = parseUprInfoCsv(bytes, file);
      rows.push(...parsed.rows);
      perFile.push({ file, format, reviews: 0, recommendations: 0, rows: parsed.rows.length, warnings: parsed.warnings });
      continue;
    }
    const result = await importOne(format, bytes, file);
    reviews.push(...result.reviews);
    recommendations.push(...result.recommendations);
    perFile.push({ file, format, reviews: result.reviews.length, recommendations: result.recommendations.length, warnings: result.warnings });
  }
  const summary: ImportSummary = { dataset: { reviews, recommendations }, perFile };
  if (rows.length) {
    if (recommendations.length) {
      summary.uprInfo = mergeUprInfo(recommendations, rows);
    } else {
      const base = options.mergeBase?.();
      if (!base) throw new ImportError(perFile.find((p) => p.format === 'upr-info-csv')!.file, 'UPR Info rows have no recommendation IDs; import them together with the Working Group reports they belong to');
      // Copies, so the caller's (e.g. bundled) records are not changed in memory.
      const baseRecs = base.recommendations.map((r) => ({ ...r, response: { ...r.response }, provenance: { ...r.provenance } }));
      summary.uprInfo = mergeUprInfo(baseRecs, rows);
      // The reviews this file's rows matched (base records may carry earlier merges).
      const touched = new Set(summary.uprInfo.matches.map((m) => m.record.document));
      summary.dataset = {
        reviews: base.reviews.filter((r) => touched.has(r.document)),
        recommendations: baseRecs.filter((r) => touched.has(r.document)),
      };
    }
  }
  return summary;
}

function refineFormat(file: string, bytes: Uint8Array, guess: ImportFormat | undefined): ImportFormat | undefined {
  if (guess !== 'wg-report-text' && guess !== 'upr-info-csv' && guess !== undefined) return guess;
  // Text files: the content decides between a report and a CSV export.
  const { text } = decodeText(bytes.subarray(0, 65536));
  if (looksLikeUprInfoCsv(text)) return 'upr-info-csv';
  if (looksLikeWgReportText(text)) return 'wg-report-text';
  return guess;
}

async function importOne(format: Exclude<ImportFormat, 'upr-info-csv'>, bytes: Uint8Array, file: string): Promise<ImportResult> {
  switch (format) {
    case 'wg-report-pdf':
      return importWgReportPdf(bytes, file);
    case 'wg-report-text':
      return importWgReportText(bytes, file);
    case 'uhri-json':
      return importUhriJson(bytes, file);
    case 'uhri-xlsx':
      return importUhriXlsx(bytes, file);
    case 'upr-dataset': {
      const v = validateDatasetText(Buffer.from(bytes).toString('utf8'), file);
      return {
        importer: 'upr-dataset',
        reviews: v.dataset.reviews,
        recommendations: v.dataset.recommendations,
        warnings: v.problems.map((p) => `${p.pointer} ${p.message}`),
      };
    }
  }
}
