/**
 * Evaluates mergeUprInfo on the real data: all UPR Info export rows against all Working
 * Group reports (txt + pdf) imported with the wgReport importer. When that importer is not
 * available, falls back to the study's earlier extraction in wg-recommendations-reference/
 * (2008–2010, one record per recommendation and State; no session, so matched by year).
 *
 *   node --import tsx scripts/evaluate-upr-info-match.ts [--data <dir>] [--threshold 0.7] [--samples 10] [--reference]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeText } from '../server/src/engine/importers/textDecoding';
import { mergeUprInfo, parseUprInfoCsv, textSimilarity, type UprInfoRow } from '../server/src/engine/importers/uprInfo';
import type { Recommendation } from '../server/src/engine/model/recommendation';
import { resolveState } from '../server/src/engine/model/states';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const repo = path.resolve(__dirname, '..');
const dataDir = opt('--data') ?? path.resolve(repo, '../shared/data');
const threshold = opt('--threshold') ? Number(opt('--threshold')) : undefined;
const samples = Number(opt('--samples') ?? 8);

async function loadRecords(): Promise<{ source: string; records: Recommendation[]; failures: string[] }> {
  const wgIndex = path.join(repo, 'server/src/engine/importers/wgReport/index.ts');
  if (!args.includes('--reference') && fs.existsSync(wgIndex)) {
    const wg = (await import(wgIndex)) as {
      importWgReportText: (b: Uint8Array, f: string) => { recommendations: Recommendation[] } | Promise<{ recommendations: Recommendation[] }>;
      importWgReportPdf: (b: Uint8Array, f: string) => Promise<{ recommendations: Recommendation[] }> | { recommendations: Recommendation[] };
    };
    const records: Recommendation[] = [];
    const failures: string[] = [];
    for (const kind of ['txt', 'pdf'] as const) {
      const dir = path.join(dataDir, 'wg-reports', kind);
      for (const f of fs.readdirSync(dir).sort()) {
        try {
          const bytes = fs.readFileSync(path.join(dir, f));
          const r = await (kind === 'txt' ? wg.importWgReportText(bytes, f) : wg.importWgReportPdf(bytes, f));
          records.push(...r.recommendations);
        } catch (e) {
          failures.push(`${f}: ${(e as Error).message}`);
        }
      }
    }
    return { source: 'wgReport importer (txt + pdf)', records, failures };
  }
  const records: Recommendation[] = [];
  const dir = path.join(dataDir, 'wg-recommendations-reference');
  for (const f of fs.readdirSync(dir).sort()) {
    const { text } = decodeText(fs.readFileSync(path.join(dir, f)));
    const rows = parse(text, { columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[];
    rows.forEach((row, i) => {
      const m = /^\s*(\d+(?:\.\d+)+)\.?\s+([\s\S]*)$/.exec(row.text ?? '');
      if (!m) return;
      const body = m[2]!.replace(/\s*\(([^()]*)\)\s*[;.,]?\s*$/, '').trim();
      const to = (row.to ?? '').trim();
      records.push({
        document: `ref:${to}:${row.year}`,
        id: m[1]!,
        text: body,
        recommendingStates: [(row.From ?? '').trim()],
        stateUnderReview: resolveState(to) ?? { name: to },
        year: Number(row.year),
        response: { value: 'unknown', source: 'reference' },
        themes: [],
        provenance: { file: f, importer: 'reference-csv', line: i + 2 },
      });
    });
  }
  return { source: 'wg-recommendations-reference (2008–2010)', records, failures: [] };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

async function main(): Promise<void> {
  const t0 = performance.now();
  const rows: UprInfoRow[] = [];
  const csvDir = path.join(dataDir, 'upr-info-export');
  for (const f of fs.readdirSync(csvDir).sort()) rows.push(...parseUprInfoCsv(fs.readFileSync(path.join(csvDir, f)), f).rows);
  const t1 = performance.now();
  const { source, records, failures } = await loadRecords();
  const t2 = performance.now();
  const report = mergeUprInfo(records, rows, threshold !== undefined ? { threshold } : {});
  const t3 = performance.now();

  console.log(`records: ${records.length} from ${source}${failures.length ? `, ${failures.length} files failed` : ''}`);
  for (const f of failures.slice(0, 10)) console.log(`  failed ${f}`);
  console.log(`rows: ${rows.length}; parse ${(t1 - t0).toFixed(0)} ms, load records ${(t2 - t1).toFixed(0)} ms, merge ${(t3 - t2).toFixed(0)} ms`);
  console.log(`matched ${report.matchedRows} (${(100 * report.matchRate).toFixed(1)}% of non-pledge rows); records touched ${report.recordsTouched}; conflicts ${report.conflicts.length}`);
  console.log('unmatched by reason', report.unmatchedByReason);

  // Only rows whose review is present in the records say something about matching quality.
  const covered = (r: UprInfoRow) => !report.unmatched.some((u) => u.row === r && u.reason !== 'no-similar-text');
  const unmatchedSet = new Map(report.unmatched.map((u) => [u.row, u]));
  type Tally = { rows: number; covered: number; matched: number };
  const tally = (key: (r: UprInfoRow) => string) => {
    const m = new Map<string, Tally>();
    for (const r of rows) {
      if (r.response === 'voluntary-pledge') continue;
      const k = key(r);
      const t = m.get(k) ?? { rows: 0, covered: 0, matched: 0 };
      t.rows++;
      const u = unmatchedSet.get(r);
      if (!u || u.reason === 'no-similar-text') t.covered++;
      if (!u) t.matched++;
      m.set(k, t);
    }
    return m;
  };
  void covered;
  for (const [label, key] of [
    ['file', (r: UprInfoRow) => r.file],
    ['session', (r: UprInfoRow) => String(r.session ?? '?').padStart(2, '0')],
  ] as const) {
    console.log(`\nper ${label}: rows / rows with a report / matched (of all, of those with a report)`);
    for (const [k, t] of [...tally(key)].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`  ${k.padEnd(14)} ${String(t.rows).padStart(6)} ${String(t.covered).padStart(6)} ${String(t.matched).padStart(6)}  ${pct(t.matched, t.rows).padStart(6)} ${pct(t.matched, t.covered).padStart(6)}`);
    }
  }

  // Score distributions, to choose the threshold.
  const hist = (xs: number[]) => {
    const h = new Array(11).fill(0) as number[];
    for (const x of xs) h[Math.min(10, Math.floor(x * 10))]!++;
    return h.map((n, i) => `${(i / 10).toFixed(1)}:${n}`).join(' ');
  };
  console.log('\nscores of matches          ', hist(report.matches.map((m) => m.score)));
  const near = report.unmatched.filter((u) => u.reason === 'no-similar-text');
  console.log('best scores of no-similar  ', hist(near.map((u) => u.bestScore ?? 0)));
  console.log(`\nsample unmatched (no similar text), best candidate shown:`);
  for (const u of near.filter((_, i) => i % Math.max(1, Math.floor(near.length / samples)) === 0).slice(0, samples)) {
    console.log(`- ${u.row.file}:${u.row.line} [${u.row.stateUnderReview.name} s${u.row.session}, ${u.row.recommendingState}] ${u.row.text.slice(0, 160)}`);
    if (u.bestCandidate) console.log(`  ${(u.bestScore ?? 0).toFixed(2)} ${u.bestCandidate.document} ${u.bestCandidate.id} [${u.bestCandidate.recommendingStates.join(', ')}] ${u.bestCandidate.text.slice(0, 160)}`);
  }
  // Precision proxy: does the matched record name the row's recommending State?
  const sk = (n: string) => resolveState(n)?.iso3 ?? n.toLowerCase().replace(/[^a-z]/g, '');
  const bands = new Map<string, [number, number]>();
  for (const m of report.matches) {
    const b = Math.min(0.95, Math.floor(m.score * 20) / 20).toFixed(2);
    const agree =
      m.record.recommendingStates.some((s) => sk(s) === sk(m.row.recommendingState)) ||
      [...m.record.text.matchAll(/\(([^()]+)\)/g)].some((p) => p[1]!.split(/\s*,\s*|\s+and\s+/).some((s) => sk(s) === sk(m.row.recommendingState)));
    const t = bands.get(b) ?? [0, 0];
    t[0]++;
    if (agree) t[1]++;
    bands.set(b, t);
  }
  console.log('\nmatches by score band: count, share whose record names the row\'s recommending State (in its States or its text)');
  for (const [b, [n, a]] of [...bands].sort()) console.log(`  ${b}  ${String(n).padStart(6)}  ${pct(a, n)}`);
  const low = report.matches.filter((m) => m.score < 0.85);
  console.log(`\nsample low-score matches (${low.length} below 0.85):`);
  for (const m of low.filter((_, i) => i % Math.max(1, Math.floor(low.length / samples)) === 0).slice(0, samples)) {
    console.log(`- ${m.score.toFixed(2)} ${m.row.file}:${m.row.line} [${m.row.recommendingState}] ${m.row.text.slice(0, 140)}`);
    console.log(`       ${m.record.document} ${m.record.id} [${m.record.recommendingStates.join(', ')}] ${m.record.text.slice(0, 140)}`);
  }
  void textSimilarity;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
