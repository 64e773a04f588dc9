import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { Dataset } from '../model/recommendation';
import { decodeCompact, encodeCompact, type CompactDataset } from './compactDataset';

/** File name of the dataset shipped with the extension and the CLI (compact, Brotli). */
export const BUNDLED_DATASET_FILE = 'recommendations.compact.json.br';

/**
 * Finds `data/<BUNDLED_DATASET_FILE>` above this module. The module runs from
 * `dist/` (bundled) or from `server/src/engine/dataset/` (tests, scripts), so the
 * folder is searched upwards rather than hard-coding one relative path.
 */
export function bundledDatasetPath(startDir: string = __dirname): string {
  let dir = startDir;
  for (;;) {
    const candidate = path.join(dir, 'data', BUNDLED_DATASET_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`the bundled dataset data/${BUNDLED_DATASET_FILE} was not found above ${startDir}; run "npm run data:build"`);
    dir = parent;
  }
}

export function loadBundledDataset(file: string = bundledDatasetPath()): Dataset {
  return readCompactDataset(file);
}

export function readCompactDataset(file: string): Dataset {
  const bytes = fs.readFileSync(file);
  let json: string;
  try {
    json = zlib.brotliDecompressSync(bytes).toString('utf8');
  } catch (e) {
    throw new Error(`${file}: not a Brotli-compressed compact dataset (${(e as Error).message})`);
  }
  return decodeCompact(JSON.parse(json) as CompactDataset);
}

export function writeCompactDataset(file: string, dataset: Dataset): { bytes: number; jsonBytes: number } {
  const json = JSON.stringify(encodeCompact(dataset));
  const compressed = zlib.brotliCompressSync(Buffer.from(json, 'utf8'), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, compressed);
  return { bytes: compressed.length, jsonBytes: Buffer.byteLength(json) };
}
