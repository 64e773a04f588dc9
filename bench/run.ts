/**
 * `npm run bench`: speed of the data layer, measured (not asserted). Reports
 *  - bundled dataset: size on disk, compact JSON size, heap size, load time (cold in a
 *    fresh process, and warm), search-index build time;
 *  - search latency p50/p95 over the bundled data and over a generated UHRI-sized set
 *    (270,000 records), each side by side with a naive linear scan over the same
 *    records (the baseline: what search costs without an index).
 *  - the checker beside markdownlint on a 5,630-word joint submission (bench/checker.ts).
 * Goals from the issues: load ≤ 300 ms, search p95 ≤ 5 ms bundled and ≤ 20 ms at 270k;
 * full check ≤ 1.0× markdownlint, re-check after a one-word edit ≤ 0.25×.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledDatasetPath, loadBundledDataset } from '../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../server/src/engine/dataset/recommendationStore';
import type { Dataset, Recommendation } from '../server/src/engine/model/recommendation';
import type { SearchFilters } from '../server/src/engine/search/searchTypes';
import { benchChecker } from './checker';
import { generateUhriSizedDataset } from './generateLargeDataset';

const QUERIES: [string, SearchFilters][] = [
  ['NGO registration funding', {}],
  ['NGO registration funding', { state: 'AZE' }],
  ['freedom of expression journalists', {}],
  ['torture investigation', { cycle: 1 }],
  ['ratify optional protocol convention against torture', {}],
  ['domestic violence', { response: 'noted' }],
  ['human rights defenders', { recommendingState: 'Norway' }],
  ['death penalty moratorium', {}],
  ['children with disabilities education', {}],
  ['trafficking', { state: 'Azerbaijan' }],
  ['independence of the judiciary', {}],
  ['rights of the chil', {}], // as typed, unfinished word
  ['', { state: 'AZE', review: 'A/HRC/24/13' }],
  ['women', { theme: "Women's rights" }],
  ['national human rights institution Paris Principles', {}],
  ['freedom of assembly', { state: 'BLR' }],
];

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function timeEach(rounds: number, fn: (q: [string, SearchFilters]) => void): { p50: number; p95: number } {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      fn(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The baseline: every record's text scanned for every query word, no index. */
function naiveScan(records: readonly Recommendation[], [query, filters]: [string, SearchFilters]): number {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  let n = 0;
  for (const r of records) {
    if (filters.state && r.stateUnderReview.iso3 !== filters.state && r.stateUnderReview.name !== filters.state) continue;
    const t = r.text.toLowerCase();
    if (words.some((w) => t.includes(w))) n++;
  }
  return n;
}

function benchSearch(label: string, dataset: Dataset, rounds: number): Record<string, number> {
  const t0 = performance.now();
  const store = RecommendationStore.fromDatasets([dataset]);
  void store.searchIndex;
  const build = performance.now() - t0;
  // Warm-up so JIT compilation is not counted as search time.
  timeEach(1, ([q, f]) => store.search(q, f, 50));
  const ours = timeEach(rounds, ([q, f]) => store.search(q, f, 50));
  const base = timeEach(Math.max(1, Math.floor(rounds / 4)), (q) => naiveScan(dataset.recommendations, q));
  const row = { records: dataset.recommendations.length, indexBuildMs: build, p50: ours.p50, p95: ours.p95, scanP50: base.p50, scanP95: base.p95 };
  console.log(
    `${label.padEnd(22)} ${String(row.records).padStart(7)} records  index build ${build.toFixed(0).padStart(6)} ms  ` +
      `search p50 ${ours.p50.toFixed(2)} ms p95 ${ours.p95.toFixed(2)} ms  |  linear scan p50 ${base.p50.toFixed(2)} ms p95 ${base.p95.toFixed(2)} ms  ` +
      `(p95 ratio ours/scan ${(ours.p95 / base.p95).toFixed(3)})`,
  );
  return row;
}

function coldLoadMs(): number {
  // A fresh process per measurement: what the language server pays at start.
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', `
    const { loadBundledDataset } = require(${JSON.stringify(path.resolve(__dirname, '..', 'server/src/engine/dataset/bundledDataset.ts'))});
    const t = performance.now(); const d = loadBundledDataset(); process.stdout.write(String(performance.now() - t));`], { encoding: 'utf8' });
  return Number(out);
}

function main(): void {
  const file = bundledDatasetPath();
  const disk = fs.statSync(file).size;
  if (global.gc) global.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const dataset = loadBundledDataset();
  const firstLoad = performance.now() - t0;
  if (global.gc) global.gc();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    loadBundledDataset();
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) cold.push(coldLoadMs());
  cold.sort((a, b) => a - b);
  console.log(`bundled dataset: ${path.relative(process.cwd(), file)}  ${(disk / 1024).toFixed(0)} KiB on disk, ${dataset.reviews.length} reviews, ${dataset.recommendations.length} recommendations`);
  console.log(`  heap after load: ${(heap / 1024 / 1024).toFixed(1)} MiB${global.gc ? '' : ' (approximate: run with --expose-gc)'}`);
  console.log(`  load (decompress + parse + expand): cold median ${cold[1]!.toFixed(0)} ms (fresh process), first in this process ${firstLoad.toFixed(0)} ms, warm median ${warm[2]!.toFixed(0)} ms   goal ≤ 300 ms`);

  const results: Record<string, unknown> = { disk, heap, coldLoadMs: cold[1], warmLoadMs: warm[2] };
  results.bundled = benchSearch('search, bundled', dataset, 30);
  const large = generateUhriSizedDataset(dataset, 270_000);
  results.uhriSized = benchSearch('search, 270k generated', large, 6);
  console.log('');
  results.checker = benchChecker();
  fs.mkdirSync('.bench', { recursive: true });
  fs.writeFileSync(path.join('.bench', 'results.json'), JSON.stringify(results, null, 2));
  console.log('Results also in .bench/results.json');
}

main();
