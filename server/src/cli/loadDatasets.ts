import { loadBundledDataset } from '../engine/dataset/bundledDataset';
import { readDatasetFile } from '../engine/dataset/datasetFile';
import { DatasetError, formatProblem } from '../engine/dataset/validateDataset';
import type { Dataset } from '../engine/model/recommendation';
import type { CliIo } from './cliIo';

/**
 * The datasets a command works on: the bundled one (unless --no-bundled) and each
 * --dataset file. A file with bad records still loads its good ones; each problem is
 * reported on stderr with file, line and JSON pointer.
 */
export function loadDatasets(files: readonly string[], bundled: boolean, io: CliIo): Dataset[] | undefined {
  const datasets: Dataset[] = bundled ? [loadBundledDataset()] : [];
  for (const f of files) {
    try {
      const v = readDatasetFile(f);
      for (const p of v.problems) io.err(`${formatProblem(p)}\n`);
      if (v.dropped.recommendations || v.dropped.reviews) {
        io.err(`${f}: skipped ${v.dropped.recommendations} recommendations and ${v.dropped.reviews} reviews that do not match the schema\n`);
      }
      datasets.push(v.dataset);
    } catch (e) {
      if (e instanceof DatasetError) {
        io.err(`${e.message}\n`);
        return undefined;
      }
      io.err(`${f}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return undefined;
    }
  }
  return datasets;
}
