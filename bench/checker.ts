/**
 * The checker's speed beside markdownlint's on the same 5,630-word joint submission,
 * measured in one run, interleaved, so machine noise affects both alike:
 *  - full check: parse + every rule, on a fresh document (no cache);
 *  - re-check after a one-word edit: the document's parse cache warm, one word changed.
 * Goals: full ≤ 1.0× markdownlint's full lint; re-check ≤ 0.25× of it.
 */
import * as path from 'node:path';
import { lint } from 'markdownlint/sync';
import { checkSubmission } from '../server/src/engine/check/checkSubmission';
import { clearSentenceMemos } from '../server/src/engine/check/sentenceMemo';
import { DEFAULT_SETTINGS } from '../server/src/engine/check/settings';
import { loadBundledDataset } from '../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../server/src/engine/dataset/recommendationStore';
import { parseSubmission, SubmissionParseCache } from '../server/src/engine/document';
import { generateSubmission } from './generateSubmission';

export function benchChecker(rounds = 25): Record<string, number> {
  const repo = path.resolve(__dirname, '..');
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
  const r = {
    words: parseSubmission(text).words.body,
    markdownlintMs: median(t.theirs),
    fullCheckMs: median(t.ours),
    recheckMs: median(t.recheck),
    diagnostics: checkSubmission(parseSubmission(text), { store, settings }).length,
  };
  console.log(`checker on a joint submission of ${r.words} body words + endnotes (${r.diagnostics} diagnostics), medians of ${rounds} interleaved runs:`);
  console.log(`  markdownlint full lint        ${r.markdownlintMs.toFixed(1).padStart(7)} ms   (baseline)`);
  console.log(`  upr-draft full check          ${r.fullCheckMs.toFixed(1).padStart(7)} ms   ${(r.fullCheckMs / r.markdownlintMs).toFixed(2)}× markdownlint   goal ≤ 1.0×`);
  console.log(`  upr-draft re-check after edit ${r.recheckMs.toFixed(1).padStart(7)} ms   ${(r.recheckMs / r.markdownlintMs).toFixed(2)}× markdownlint   goal ≤ 0.25×`);
  return r;
}

if (require.main === module) benchChecker();
