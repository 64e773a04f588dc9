import * as path from 'node:path';
import { datasetFileText } from '../engine/dataset/datasetFile';
import { DatasetError } from '../engine/dataset/validateDataset';
import { ImportError } from '../engine/importers/importResult';
import { importFiles } from '../engine/importers/importFiles';
import type { Dataset } from '../engine/model/recommendation';
import type { ImportRecommendationsResponse } from '../protocol';

/**
 * Import recommendations… in the editor: the CLI's importers on the chosen files, giving
 * the text of a validated `*.upr.json` for the client to write into the workspace (the
 * server then loads it like any workspace dataset). Failures come back as a message
 * naming the file, never as an exception.
 */
export async function importRecommendations(files: string[], mergeBase: () => Dataset): Promise<ImportRecommendationsResponse> {
  const names = files.map((f) => path.basename(f)).join(', ');
  try {
    const summary = await importFiles(files, { mergeBase });
    const log: string[] = [];
    for (const f of summary.perFile) {
      const what = f.rows !== undefined ? `${f.rows} rows` : `${f.reviews} review(s), ${f.recommendations} recommendations`;
      log.push(`${path.basename(f.file)}: ${f.format}: ${what}`);
      for (const w of f.warnings) log.push(`  warning: ${w}`);
    }
    if (summary.uprInfo) {
      const u = summary.uprInfo;
      log.push(`UPR Info: matched ${u.matchedRows} of ${u.rows} rows (${(u.matchRate * 100).toFixed(1)}%) to ${u.recordsTouched} recommendations`);
    }
    const dataset = { description: `Imported by UPR Draft from ${names}`, ...summary.dataset };
    if (dataset.recommendations.length === 0) return { reviews: [], log, error: `no recommendations found in ${names}` };
    const counts = new Map<string, number>();
    for (const r of dataset.recommendations) counts.set(r.document, (counts.get(r.document) ?? 0) + 1);
    return {
      datasetText: datasetFileText('the imported dataset', dataset),
      reviews: dataset.reviews.map((r) => ({ document: r.document, state: r.stateUnderReview.name, recommendations: counts.get(r.document) ?? 0 })),
      log,
    };
  } catch (e) {
    if (e instanceof ImportError || e instanceof DatasetError) return { reviews: [], log: [], error: e.message };
    return { reviews: [], log: [], error: `could not import ${names}: ${(e as Error).message}` };
  }
}
