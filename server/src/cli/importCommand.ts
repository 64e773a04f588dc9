import { loadBundledDataset } from '../engine/dataset/bundledDataset';
import { writeDatasetFile, DATASET_FILE_SUFFIX } from '../engine/dataset/datasetFile';
import { DatasetError } from '../engine/dataset/validateDataset';
import { ImportError } from '../engine/importers/importResult';
import { importFiles } from '../engine/importers/importFiles';
import { parseCommandArgs, UsageError, type CliIo } from './cliIo';

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, { out: { type: 'string' }, format: { type: 'string', default: 'text' } });
  const { values: v, positionals: files } = parsed;
  if (files.length === 0) throw new UsageError('import needs at least one file');
  if (v.out && !v.out.endsWith(DATASET_FILE_SUFFIX)) throw new UsageError(`--out should end in ${DATASET_FILE_SUFFIX} so the editor validates it`);

  let summary;
  try {
    summary = await importFiles(files, { mergeBase: loadBundledDataset });
  } catch (e) {
    if (e instanceof ImportError || e instanceof DatasetError) {
      io.err(`upr-draft: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  for (const f of summary.perFile) {
    const what = f.rows !== undefined ? `${f.rows} rows` : `${f.reviews} review(s), ${f.recommendations} recommendations`;
    io.err(`${f.file}: ${f.format}: ${what}\n`);
    for (const w of f.warnings) io.err(`  warning: ${w}\n`);
  }
  if (summary.uprInfo) {
    const u = summary.uprInfo;
    io.err(`UPR Info: matched ${u.matchedRows} of ${u.rows} rows (${(u.matchRate * 100).toFixed(1)}%) to ${u.recordsTouched} recommendations\n`);
  }
  const dataset = { description: `Imported by upr-draft from ${files.join(', ')}`, ...summary.dataset };
  if (v.out) {
    writeDatasetFile(v.out, dataset);
    io.err(`wrote ${v.out}: ${dataset.reviews.length} reviews, ${dataset.recommendations.length} recommendations\n`);
  } else {
    io.out(JSON.stringify({ version: 1, ...dataset }, null, 1) + '\n');
  }
  return 0;
}
