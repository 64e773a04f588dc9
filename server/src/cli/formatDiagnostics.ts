import type * as Sarif from 'sarif';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FileResult } from '../engine/check/checkFiles';
import { ALL_RULES } from '../engine/check/rules';

/** LSP 3.18 allows Markdown messages; ours are plain strings, but read both. */
export function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

const SEVERITY_WORD: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** `file:line:col severity code message`, 1-based like other linters, one per line. */
export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_WORD[d.severity ?? 1]} ${String(d.code)} ${messageText(d)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The editor's own diagnostics: 0-based LSP ranges, `code` the rule, `data` with the fixes. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), null, 2) + '\n';
}

/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps). Built as a plain
 * object typed by @types/sarif: the format is one JSON document, and the builder
 * libraries only wrap these few object literals.
 */
export function formatSarif(results: readonly FileResult[], version: string): string {
  const level = (d: Diagnostic): Sarif.Result.level =>
    d.severity === DiagnosticSeverity.Error ? 'error' : d.severity === DiagnosticSeverity.Warning ? 'warning' : 'note';
  const log: Sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'upr-draft',
            version,
            informationUri: 'https://github.com/upr-draft/upr-draft',
            rules: ALL_RULES.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: r.defaultSeverity === 'error' ? 'error' : r.defaultSeverity === 'warning' ? 'warning' : 'note' } })),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map(
            (d): Sarif.Result => ({
              ruleId: String(d.code),
              level: level(d),
              message: { text: messageText(d) },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: r.file.split('\\').join('/') },
                    // SARIF regions are 1-based.
                    region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
                  },
                },
              ],
            }),
          ),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
