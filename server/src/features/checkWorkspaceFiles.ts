import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CheckFilesResponse } from '../protocol';

export interface FileCheck {
  isSubmission: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Check all submissions in the workspace: each file's text (the open editor's, if any,
 * else the disk's) is checked and its diagnostics handed to `publish`, so they show in the
 * Problems panel like an open file's. Markdown that is no submission is skipped; a file
 * that cannot be read is listed, not thrown.
 */
export function checkWorkspaceFiles(
  uris: readonly string[],
  openText: (uri: string) => string | undefined,
  check: (text: string) => FileCheck,
  publish: (uri: string, diagnostics: Diagnostic[]) => void,
): CheckFilesResponse {
  const result: CheckFilesResponse = { submissions: 0, errors: 0, warnings: 0, others: 0, unreadable: [] };
  for (const uri of uris) {
    let text = openText(uri);
    if (text === undefined) {
      try {
        text = fs.readFileSync(fileURLToPath(uri), 'utf8');
      } catch (e) {
        result.unreadable.push({ uri, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
        continue;
      }
    }
    const { isSubmission, diagnostics } = check(text);
    if (!isSubmission) continue;
    result.submissions++;
    for (const d of diagnostics) {
      if (d.severity === DiagnosticSeverity.Error) result.errors++;
      else if (d.severity === DiagnosticSeverity.Warning) result.warnings++;
      else result.others++;
    }
    publish(uri, diagnostics);
  }
  return result;
}
