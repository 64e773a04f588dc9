/**
 * Evaluates the unlinked-recommendation detector and candidate ranking on the labelled
 * sets: the synthetic test/fixtures/eval/unlinked-recommendations.jsonl and, where this
 * machine has it, the real set .cache/eval/real-unlinked-recommendations.jsonl (see the
 * README beside the fixture).
 *
 *   node --import tsx scripts/evaluate-unlinked.ts [--file <jsonl>]... [--split <name>] [--exclude-split <name>]... [--errors <txt>]
 *
 * Reports, per split (dev = synthetic, used while tuning; test = synthetic, written before
 * the first run and not tuned on; real-dev = real prose, tuned on; real-heldout = real
 * prose from other documents, measured once after the first round of tuning and tuned on
 * in the second; real-fresh = a later batch from yet other documents, measured once after
 * the second round and tuned on in the third; real-fresh2 = a batch collected after the
 * third round, measured once) and for real vs synthetic rows:
 * mention precision / recall / F1, and for rows with gold
 * IDs top-1 / top-3 accuracy (a gold ID among the candidates) — both for ranking alone
 * (run on every gold row, with the sentence as topic when the detector said no) and end
 * to end (detected and a gold ID among the 3). Time per sentence for detection and for
 * ranking over the bundled data. Every error goes to .cache/unlinked-errors.txt.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBundledDataset } from '../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../server/src/engine/dataset/recommendationStore';
import { detectRecommendationMention, rankCandidates, type MentionContext, type RecommendationCandidate, type RecommendationMention } from '../server/src/engine/recommendations';

interface Row {
  text: string;
  context?: string;
  label: 'mention' | 'not-mention';
  review?: string;
  gold?: { document: string; id: string }[];
  source: { org: string; title?: string; url?: string | null; year?: number };
  split?: string;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const opts = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const repo = path.resolve(__dirname, '..');
// The real NGO sentences stay out of git (.cache/eval, see test/fixtures/eval/README.md);
// without them only the committed synthetic passages are measured.
const local = path.join(repo, '.cache/eval/real-unlinked-recommendations.jsonl');
const synthetic = path.join(repo, 'test/fixtures/eval/unlinked-recommendations.jsonl');
const files = opts('--file').length ? opts('--file') : [synthetic, ...(fs.existsSync(local) ? [local] : [])];
const file = files.join(' + ');
const errorsFile = opt('--errors') ?? path.join(repo, '.cache/unlinked-errors.txt');
// --split real-heldout: only those rows (so a held-out set can be measured once, on its own).
const onlySplit = opt('--split');
// --exclude-split real-heldout: tune without ever printing a held-out figure.
const excluded = new Set(opts('--exclude-split'));

const rows: Row[] = files
  .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => (!onlySplit || r.split === onlySplit) && !excluded.has(r.split ?? ''));

const t0 = performance.now();
const store = RecommendationStore.fromDatasets([loadBundledDataset()]);
store.search('warm up', {}, 1);
const loadMs = performance.now() - t0;

/**
 * The row's context as the rule gives it: the sentence before, and, when that sentence
 * ends with a colon, also as the lead-in of the list the row would begin (the rule gives
 * a lead-in to a list's items; a row holds only the sentence before).
 */
function contextOf(row: Row): MentionContext | undefined {
  if (!row.context) return undefined;
  return /:\s*$/.test(row.context) ? { previous: row.context, leadIn: row.context } : { previous: row.context };
}

interface Result {
  row: Row;
  mention: RecommendationMention;
  candidates: RecommendationCandidate[];
  rank: number; // 1-based rank of the first gold ID among the candidates, 0 when absent
}

let detectMs = 0;
let rankMs = 0;
let ranked = 0;
const results: Result[] = [];
for (const row of rows) {
  let t = performance.now();
  const mention = detectRecommendationMention(row.text, contextOf(row));
  detectMs += performance.now() - t;
  let candidates: RecommendationCandidate[] = [];
  if (row.review && (mention.mentions || row.gold?.length)) {
    const m = mention.mentions ? mention : { ...mention, topic: row.text };
    t = performance.now();
    candidates = rankCandidates(m, row.text, store, [row.review]);
    rankMs += performance.now() - t;
    ranked++;
  }
  const gold = new Set((row.gold ?? []).map((g) => `${g.document}#${g.id}`));
  const idx = candidates.findIndex((c) => gold.has(`${c.document}#${c.id}`));
  results.push({ row, mention, candidates, rank: idx + 1 });
}

function report(name: string, rs: Result[]): string {
  const tp = rs.filter((r) => r.row.label === 'mention' && r.mention.mentions).length;
  const fp = rs.filter((r) => r.row.label === 'not-mention' && r.mention.mentions).length;
  const fn = rs.filter((r) => r.row.label === 'mention' && !r.mention.mentions).length;
  const gold = rs.filter((r) => r.row.gold?.length);
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
  const num = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '—');
  const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  const top1 = gold.filter((r) => r.rank === 1).length;
  const top3 = gold.filter((r) => r.rank >= 1 && r.rank <= 3).length;
  const e2e = gold.filter((r) => r.mention.mentions && r.rank >= 1 && r.rank <= 3).length;
  const pos = rs.filter((r) => r.row.label === 'mention').length;
  return (
    `${name.padEnd(26)} rows ${String(rs.length).padStart(3)} (pos ${String(pos).padStart(3)}, neg ${String(rs.length - pos).padStart(3)})  ` +
    `precision ${num(tp, tp + fp)}  recall ${num(tp, tp + fn)}  F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})  | gold rows ${String(gold.length).padStart(3)}: top-1 ${pct(top1, gold.length)}  top-3 ${pct(top3, gold.length)}  end-to-end top-3 ${pct(e2e, gold.length)}`
  );
}

// Time on warm caches (the per-review term statistics are built on a review's first
// ranking, a few milliseconds once): a second pass over the same sentences.
// Three passes; the last one is reported (the first ones warm the JIT as well).
let warmRankMs = 0;
for (let pass = 0; pass < 3; pass++) {
  const warmStart = performance.now();
  let warmRanked = 0;
  for (const r of results) {
    if (!r.row.review || !(r.mention.mentions || r.row.gold?.length)) continue;
    rankCandidates(r.mention.mentions ? r.mention : { ...r.mention, topic: r.row.text }, r.row.text, store, [r.row.review]);
    warmRanked++;
  }
  warmRankMs = (performance.now() - warmStart) / Math.max(1, warmRanked);
}
for (const row of rows) detectRecommendationMention(row.text, contextOf(row));
const warmDetectStart = performance.now();
for (const row of rows) detectRecommendationMention(row.text, contextOf(row));
const warmDetectUs = (1000 * (performance.now() - warmDetectStart)) / rows.length;

const isReal = (r: Result): boolean => r.row.source.org !== 'synthetic';
const knownSplits = new Set(['dev', 'test', 'real-dev', 'real-heldout', 'real-fresh', 'real-fresh2']);
const lines = [
  `labelled set: ${file} (${rows.length} rows); bundled data loaded in ${loadMs.toFixed(0)} ms (index included)`,
  report('all', results),
  report('dev (tuned on)', results.filter((r) => r.row.split === 'dev')),
  report('test (held out)', results.filter((r) => r.row.split === 'test')),
  report('real-dev (tuned on)', results.filter((r) => r.row.split === 'real-dev')),
  report('real-heldout (round 1)', results.filter((r) => r.row.split === 'real-heldout')),
  report('real-fresh (round 2)', results.filter((r) => r.row.split === 'real-fresh')),
  report('real-fresh2 (measured once)', results.filter((r) => r.row.split === 'real-fresh2')),
  // Any other split of a set passed with --file (e.g. real-dev2 / real-heldout2), each on its own line.
  ...[...new Set(results.map((r) => r.row.split ?? ''))]
    .filter((s) => s && !knownSplits.has(s))
    .sort()
    .map((s) => report(s, results.filter((r) => r.row.split === s))),
  report('all real prose', results.filter(isReal)),
  report('synthetic', results.filter((r) => !isReal(r))),
  `time per sentence: detection ${warmDetectUs.toFixed(0)} µs warm (${((1000 * detectMs) / rows.length).toFixed(0)} µs first pass); ranking ${warmRankMs.toFixed(3)} ms warm (${(rankMs / Math.max(1, ranked)).toFixed(3)} ms first pass, which builds each review's term statistics once; ${ranked} rankings)`,
];
console.log(lines.join('\n'));

const errors: string[] = [];
for (const r of results) {
  const wrongLabel = (r.row.label === 'mention') !== r.mention.mentions;
  const wrongRank = (r.row.gold?.length ?? 0) > 0 && !(r.rank >= 1 && r.rank <= 3);
  if (!wrongLabel && !wrongRank) continue;
  const kind = wrongLabel ? (r.mention.mentions ? 'FALSE POSITIVE' : 'MISSED MENTION') : 'GOLD NOT IN TOP 3';
  errors.push(
    [
      `[${r.row.split ?? '-'}] ${kind}: ${r.row.text}`,
      `  topic: ${JSON.stringify(r.mention.topic)} cue: ${r.mention.cue ? JSON.stringify(r.row.text.slice(...r.mention.cue)) : '-'} states: ${r.mention.states.join(', ') || '-'} response: ${r.mention.statedResponse ?? '-'}`,
      ...(r.row.gold?.length ? [`  gold: ${r.row.gold.map((g) => g.id).join(', ')} (rank ${r.rank || '-'})`] : []),
      ...r.candidates.map((c) => `  ${c.id} ${c.score.toFixed(3)} (${c.recommendingStates.join(', ')}) ${c.text.slice(0, 110)}`),
    ].join('\n'),
  );
}
fs.mkdirSync(path.dirname(errorsFile), { recursive: true });
fs.writeFileSync(errorsFile, `${lines.join('\n')}\n\n${errors.join('\n\n')}\n`);
console.log(`${errors.length} errors written to ${path.relative(process.cwd(), errorsFile)}`);
