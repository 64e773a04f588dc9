import * as fs from 'node:fs';
import { globSync } from 'tinyglobby';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkFiles } from '../engine/check/checkFiles';
import { resolveSettings } from '../engine/check/settings';
import { RecommendationStore } from '../engine/dataset/recommendationStore';
import { parseCommandArgs, UsageError, type CliIo } from './cliIo';
import { formatJson, formatSarif, formatText } from './formatDiagnostics';
import { loadDatasets } from './loadDatasets';

export const VERSION = '0.1.0';

/**
 * `upr-draft check FILE|GLOB… [--format text|json|sarif] [--dataset FILE…]
 *   [--config FILE.json] [--max-warnings N] [--exit-zero]`
 * Exit 1 when an error is reported (or more warnings than --max-warnings), 2 on bad
 * usage or unreadable input.
 */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    format: { type: 'string', default: 'text' },
    dataset: { type: 'string', multiple: true, default: [] },
    'no-bundled': { type: 'boolean', default: false },
    config: { type: 'string' },
    'max-warnings': { type: 'string' },
    'exit-zero': { type: 'boolean', default: false },
  });
  const { values: v, positionals } = parsed;
  if (!['text', 'json', 'sarif'].includes(v.format)) throw new UsageError('--format must be text, json or sarif');
  if (positionals.length === 0) throw new UsageError('check needs at least one file or glob');
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number ≥ 0, not "${v['max-warnings']}"`);
  }

  let rawSettings: unknown;
  if (v.config) {
    try {
      rawSettings = JSON.parse(fs.readFileSync(v.config, 'utf8'));
    } catch (e) {
      io.err(`upr-draft: ${v.config}: ${(e as NodeJS.ErrnoException).code ? `cannot be read (${(e as NodeJS.ErrnoException).code})` : `is not valid JSON (${(e as Error).message})`}\n`);
      return 2;
    }
  }
  const { settings, problems } = resolveSettings(rawSettings);
  for (const p of problems) io.err(`upr-draft: ${v.config}: ${p}\n`);

  // Globs are expanded here too, for shells (and CI configs) that pass them quoted.
  const files: string[] = [];
  for (const p of positionals) {
    if (/[*?[{]/.test(p)) {
      const matched = globSync(p, { onlyFiles: true }).sort();
      if (matched.length === 0) {
        io.err(`upr-draft: ${p}: no file matches\n`);
        return 2;
      }
      files.push(...matched);
    } else files.push(p);
  }

  const datasets = loadDatasets(v.dataset, !v['no-bundled'], io);
  if (!datasets) return 2;
  const results = checkFiles(files, RecommendationStore.fromDatasets(datasets), settings);
  const unreadable = results.filter((r) => r.error);
  for (const r of unreadable) io.err(`upr-draft: ${r.file}: ${r.error}\n`);

  io.out(v.format === 'json' ? formatJson(results) : v.format === 'sarif' ? formatSarif(results, VERSION) : formatText(results));
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === DiagnosticSeverity.Error).length;
  const warnings = all.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
  if (v.format === 'text') io.err(`${results.length - unreadable.length} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${all.length - errors - warnings} other\n`);
  if (unreadable.length) return 2;
  // --exit-zero: report only (the README's demo, dashboards that read the SARIF).
  if (v['exit-zero']) return 0;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}
