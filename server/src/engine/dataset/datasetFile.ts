import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dataset } from '../model/recommendation';
import { DATASET_FORMAT_VERSION } from '../model/recommendation';
import { validateDatasetText, validateDatasetValue, type ValidatedDataset } from './validateDataset';

/** The naming convention for dataset files users keep in a workspace. */
export const DATASET_FILE_SUFFIX = '.upr.json';
export const DATASET_SCHEMA_URL = 'https://upr-draft.github.io/schemas/upr-dataset.schema.json';

/** Reads and validates a `*.upr.json` file; bad records are dropped and reported. */
export function readDatasetFile(file: string): ValidatedDataset {
  return validateDatasetText(fs.readFileSync(file, 'utf8'), file);
}

/**
 * The text of a dataset file, validated first so that a file we write always loads;
 * throws naming `file` and the first bad record otherwise.
 */
export function datasetFileText(file: string, dataset: Omit<Dataset, 'version'>): string {
  const full: Dataset = { $schema: DATASET_SCHEMA_URL, version: DATASET_FORMAT_VERSION, ...dataset };
  const checked = validateDatasetValue(JSON.parse(JSON.stringify(full)), file);
  if (checked.problems.length) {
    throw new Error(`refusing to write ${file}: ${checked.problems.length} records do not match the schema (first: ${checked.problems[0]!.pointer} ${checked.problems[0]!.message})`);
  }
  return JSON.stringify(full, null, 1) + '\n';
}

/**
 * Writes a dataset file after validating it. The write goes to a temporary file renamed
 * into place: an interrupted run never leaves half a dataset behind.
 */
export function writeDatasetFile(file: string, dataset: Omit<Dataset, 'version'>): void {
  const text = datasetFileText(file, dataset);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
