/**
 * The checker's speed beside markdownlint's on the same 5,630-word joint submission,
 * measured in one run, interleaved, so machine noise affects both alike:
 *  - full check: parse (front matter, chunks, micromark, analysis) + every rule, on a
 *    fresh document: no parse cache and no memoised sentence results;
 *  - re-check after a one-word edit: the document's parse cache warm, one word changed.
 * Not included, in either: loading the bundled data and building its search index
 * (done once at server start, before any check; markdownlint has no data to load), and
 * module loading / JIT warm-up (three untimed rounds first).
 * Reported: medians of the times, and the median of the per-round ratios (each round
 * times markdownlint and ours back to back, so a busy moment hits both).
 * Goals: full ≤ 1.0× markdownlint's full lint; re-check ≤ 0.25× of it.
 */
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { lint } from 'markdownlint/sync';
import { generateSubmission } from './generateSubmission';

type Engine = typeof import('./checkerEngine');

/**
 * Our engine as it ships: one esbuild bundle (dist/server.js and dist/cli.js are built
 * the same way), beside markdownlint as it is installed (native ES modules). Timing the
 * sources through tsx instead is not like for like: tsx turns every import of an ES
 * module package (micromark's dozens of modules) into a getter call, which measured
 * 15–20% slower on our side while markdownlint kept its native imports.
 * `source: true` times the sources as tsx loads them.
 */
function loadEngine(repo: string, source: boolean): Engine {
  if (source) return require('./checkerEngine') as Engine;
  const outfile = path.join(repo, '.bench', 'checker-engine.js');
  buildSync({
    entryPoints: [path.join(repo, 'bench', 'checkerEngine.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    external: ['vscode', 'pdfjs-dist', 'pdfjs-dist/*'],
    define: { 'import.meta.url': '__bundleFileUrl' },
    banner: { js: "const __bundleFileUrl = require('url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  return require(outfile) as Engine;
}

export function benchChecker(rounds = 25, options: { source?: boolean } = {}): Record<string, number> {
  const repo = path.resolve(__dirname, '..');
  const { checkSubmission, clearSentenceMemos, DEFAULT_SETTINGS, loadBundledDataset, RecommendationStore, parseSubmission, SubmissionParseCache } = loadEngine(repo, options.source === true);
  // The generator counts words roughly; grow its target until the checker's own count of
  // body words reaches the joint-submission limit.
  let text = generateSubmission(repo, 5630);
  for (let target = 5730; parseSubmission(text).words.body < 5630 && target < 8000; target += 100) text = generateSubmission(repo, target);
  const store = RecommendationStore.fromDatasets([loadBundledDataset()]);
  void store.searchIndex; // built once at server start; not part of a check
  const settings = DEFAULT_SETTINGS;

  const ours = (): void => {
    // A first check: no parse cache and no memoised sentence results.
    clearSentenceMemos();
    checkSubmission(parseSubmission(text), { store, settings });
  };
  const theirs = (): void => {
    lint({ strings: { doc: text } });
  };
  // A one-word edit in the middle of the document, alternating two versions so each
  // re-check sees a change against a warm cache.
  const mid = text.indexOf(' the ', Math.floor(text.length / 2));
  const edited = [text, `${text.slice(0, mid)} a ${text.slice(mid + 5)}`];
  const cache = new SubmissionParseCache();
  checkSubmission(parseSubmission(text, cache), { store, settings });
  let flip = 0;
  const recheck = (): void => {
    flip ^= 1;
    checkSubmission(parseSubmission(edited[flip]!, cache), { store, settings });
  };

  for (let i = 0; i < 3; i++) {
    ours();
    theirs();
    recheck();
  }
  const t = { ours: [] as number[], theirs: [] as number[], recheck: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    for (const [k, f] of [['theirs', theirs], ['ours', ours], ['recheck', recheck]] as const) {
      const s = performance.now();
      f();
      t[k].push(performance.now() - s);
    }
  }
  const median = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  const ratio = (k: 'ours' | 'recheck'): number => median(t[k].map((x, i) => x / t.theirs[i]!));
  const r = {
    words: parseSubmission(text).words.body,
    markdownlintMs: median(t.theirs),
    fullCheckMs: median(t.ours),
    recheckMs: median(t.recheck),
    fullCheckRatio: ratio('ours'),
    recheckRatio: ratio('recheck'),
    diagnostics: checkSubmission(parseSubmission(text), { store, settings }).length,
  };
  console.log(
    `checker (${options.source === true ? 'sources through tsx' : 'esbuild bundle'}) on a joint submission of ${r.words} body words + endnotes (${r.diagnostics} diagnostics), medians of ${rounds} interleaved runs:`,
  );
  console.log(`  markdownlint full lint        ${r.markdownlintMs.toFixed(1).padStart(7)} ms   (baseline)`);
  console.log(
    `  upr-draft full check          ${r.fullCheckMs.toFixed(1).padStart(7)} ms   ${(r.fullCheckMs / r.markdownlintMs).toFixed(2)}× markdownlint (per-round median ${r.fullCheckRatio.toFixed(2)}×)   goal ≤ 1.0×`,
  );
  console.log(
    `  upr-draft re-check after edit ${r.recheckMs.toFixed(1).padStart(7)} ms   ${(r.recheckMs / r.markdownlintMs).toFixed(2)}× markdownlint (per-round median ${r.recheckRatio.toFixed(2)}×)   goal ≤ 0.25×`,
  );
  return r;
}

if (require.main === module) benchChecker(Number(process.argv[2] ?? 25), { source: process.argv.includes('--source') });
