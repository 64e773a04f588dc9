import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');
/** The real UN data beside the repository (../shared/data), when this machine has it. */
export const SHARED_DATA = path.resolve(REPO, '..', 'shared', 'data');
export const HAS_SHARED_DATA = fs.existsSync(path.join(SHARED_DATA, 'wg-reports'));
export const NO_SHARED_DATA = HAS_SHARED_DATA ? false : 'the real UN data (../shared/data) is not on this machine';

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}
