/**
 * Check the State table against the real data: collect every State name in the UPR Info
 * export (columns To, From), the WG recommendations reference (to, From) and the file
 * names of the WG reports (txt/, pdf/), and print those that do not resolve, with counts.
 *
 *   node --import tsx scripts/check-state-names.ts [dataDir] [--all]
 *
 * dataDir defaults to /work/shared/data. --all also prints every name that resolves and
 * what it resolves to. Exit code 1 when a name does not resolve and is not a known
 * non-State value (see NOT_STATES).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeText } from '../server/src/engine/importers/textDecoding';
import { resolveState } from '../server/src/engine/model/states';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const dataDir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/data';

/** Values of the State columns that are not States (missing-value markers). */
const NOT_STATES = new Set(['NA', '(Unknown)', '&#40;Unknown&#41;', '']);

/** name -> source label -> count */
const seen = new Map<string, Map<string, number>>();
function add(name: string, source: string): void {
  const n = name.trim();
  let bySource = seen.get(n);
  if (bySource === undefined) seen.set(n, (bySource = new Map()));
  bySource.set(source, (bySource.get(source) ?? 0) + 1);
}

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function readCsv(file: string): Record<string, string>[] {
  const { text } = decodeText(readFileSync(file));
  return parse(text, {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    bom: true,
  }) as Record<string, string>[];
}

const csvSources: { dir: string; columns: string[] }[] = [
  { dir: join(dataDir, 'upr-info-export'), columns: ['To', 'From'] },
  { dir: join(dataDir, 'wg-recommendations-reference'), columns: ['to', 'From'] },
];
for (const { dir, columns } of csvSources) {
  for (const f of listDir(dir).filter((f) => f.toLowerCase().endsWith('.csv'))) {
    for (const row of readCsv(join(dir, f))) {
      for (const c of columns) {
        const v = row[c];
        if (v !== undefined) add(v, `${f}:${c}`);
      }
    }
  }
}

// WG report file names: "<state><year>.<ext>", the State lower-case and concatenated
// ("bosniaandherzegovina2010.txt"), sometimes capitalised ("Macedonia2014.txt").
for (const sub of ['txt', 'pdf']) {
  for (const f of listDir(join(dataDir, 'wg-reports', sub))) {
    const m = /^(.*?)[-_ ]?\d{4}[a-z]?\.(txt|pdf)$/i.exec(f);
    if (m?.[1] !== undefined) add(m[1], `wg-reports/${sub}`);
    else add(f, `wg-reports/${sub} (unparsed file name)`);
  }
}

const fmt = (bySource: Map<string, number>): string =>
  [...bySource].map(([s, n]) => `${s}×${n}`).join(', ');
const total = (bySource: Map<string, number>): number => [...bySource.values()].reduce((a, b) => a + b, 0);

let resolved = 0;
const unresolved: [string, Map<string, number>][] = [];
const nonStates: [string, Map<string, number>][] = [];
const canonicalSeen = new Set<string>();
for (const [name, bySource] of [...seen].sort((a, b) => a[0].localeCompare(b[0]))) {
  const ref = resolveState(name);
  if (ref !== undefined) {
    resolved++;
    canonicalSeen.add(ref.name);
    if (showAll) console.log(`  ${JSON.stringify(name)} -> ${ref.name} (${ref.iso3})`);
  } else if (NOT_STATES.has(name)) {
    nonStates.push([name, bySource]);
  } else {
    unresolved.push([name, bySource]);
  }
}

console.log(`${seen.size} distinct names, ${resolved} resolve (to ${canonicalSeen.size} States).`);
if (nonStates.length > 0) {
  console.log(`Not States (missing-value markers), ignored:`);
  for (const [n, s] of nonStates) console.log(`  ${JSON.stringify(n)}  ${total(s)}  [${fmt(s)}]`);
}
if (unresolved.length > 0) {
  console.log(`UNRESOLVED (${unresolved.length}):`);
  for (const [n, s] of unresolved) console.log(`  ${JSON.stringify(n)}  ${total(s)}  [${fmt(s)}]`);
  process.exitCode = 1;
} else {
  console.log('Every State name resolves.');
}
