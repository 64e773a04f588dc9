import * as fs from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { RecommendationStore } from '../dataset/recommendationStore';
import { parseSubmission } from '../document';
import { checkSubmission } from './checkSubmission';
import type { CheckSettings } from './settings';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** Set when the file could not be read; then `diagnostics` is empty. */
  error?: string;
}

/** Reads and checks files from disk; a file that cannot be read is reported, not thrown. */
export function checkFiles(files: readonly string[], store: RecommendationStore, settings: CheckSettings): FileResult[] {
  return files.map((file) => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      return { file, diagnostics: [], error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
    }
    return { file, diagnostics: checkSubmission(parseSubmission(text), { store, settings }) };
  });
}
