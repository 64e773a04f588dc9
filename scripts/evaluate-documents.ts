/**
 * Evaluates the whole checker on labelled draft submissions (test/fixtures/eval/documents,
 * see the README there): what a drafter sees — sentence splitting, citation recognition,
 * headings, lists and tables included — where the sentence-level sets measure the
 * detectors alone. Scoring: scripts/lib/documentScoring.ts.
 *
 *   node --import tsx scripts/evaluate-documents.ts [--dir DIR] [--split dev|test|all] [--errors FILE] [--json]
 *
 * Errors go to --errors (default .cache/document-errors.txt), for the selected split only
 * (default dev: the test half is measured, its errors not read).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBundledDataset } from '../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../server/src/engine/dataset/recommendationStore';
import { scoreDocuments } from './lib/documentScoring';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const repo = path.resolve(__dirname, '..');
const dir = path.resolve(opt('--dir') ?? path.join(repo, 'test/fixtures/eval/documents'));
const split = opt('--split') ?? 'dev';
const errorsFile = opt('--errors') ?? path.join(repo, '.cache/document-errors.txt');

const scores = scoreDocuments(dir, split, RecommendationStore.fromDatasets([loadBundledDataset()]));
const fmt = (x: number): string => (Number.isNaN(x) ? '—' : x.toFixed(3));
if (args.includes('--json')) {
  console.log(JSON.stringify({ split, ...scores, errors: undefined }, null, 2));
} else {
  console.log(`${scores.documents} document(s), ${scores.words} words, split ${split}; checked in ${scores.checkMs.toFixed(0)} ms`);
  for (const r of scores.rules) {
    const rank = r.withGold ? `  right ID among 3: ${fmt(r.top3 / r.withGold)} (top-1 ${fmt(r.top1 / r.withGold)}, ${r.withGold} with gold)` : '';
    console.log(`${r.rule.padEnd(24)} P ${fmt(r.precision)}  R ${fmt(r.recall)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, borderline ${r.ignored})${rank}`);
  }
  const other = Object.entries(scores.other);
  if (other.length) console.log(`not scored: ${other.map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
fs.mkdirSync(path.dirname(errorsFile), { recursive: true });
fs.writeFileSync(errorsFile, scores.errors.join('\n') + '\n');
