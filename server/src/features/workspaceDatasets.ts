import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { readDatasetFile } from '../engine/dataset/datasetFile';
import { formatProblem } from '../engine/dataset/validateDataset';
import type { Dataset } from '../engine/model/recommendation';

export interface WorkspaceDatasets {
  datasets: Dataset[];
  files: string[];
  /** One line per problem, naming file, line and JSON pointer. */
  problems: string[];
}

/**
 * The `*.upr.json` files of the workspace (by the `upr.datasets` globs), validated: a
 * file with bad records still gives its good ones; a file that is not a dataset at all
 * is skipped with its reason. node_modules is never searched.
 */
export function loadWorkspaceDatasets(folders: readonly string[], globs: readonly string[]): WorkspaceDatasets {
  const out: WorkspaceDatasets = { datasets: [], files: [], problems: [] };
  for (const folder of folders) {
    const files = globSync([...globs], { cwd: folder, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
    for (const file of files) {
      try {
        const v = readDatasetFile(file);
        out.datasets.push(v.dataset);
        out.files.push(file);
        for (const p of v.problems) out.problems.push(formatProblem({ ...p, file: path.relative(folder, file) }));
      } catch (e) {
        out.problems.push(`${path.relative(folder, file)}: not loaded: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
  return out;
}
