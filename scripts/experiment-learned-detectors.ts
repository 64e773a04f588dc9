/**
 * Experiment: would a linear model learned from the labelled real sentences decide
 * better than the pattern detectors behind `uncited-claim` and `unlinked-recommendation`?
 * (December 2026; the answer then was no, see test/fixtures/eval/README.md, so no model
 * ships: this script keeps the experiment repeatable as the labelled sets grow.)
 *
 *   node --import tsx scripts/experiment-learned-detectors.ts claims|mentions [--cv] [--measure SET] [--train-on SET,…] [--no-rule] [--l2 X] [--min-count N] [--thresholds a,b,…]
 *   node --import tsx scripts/experiment-learned-detectors.ts mentions --write [--train-on SET,…] [--threshold X]
 *
 * Reads the real sets in .cache/eval/real-uncited-claims-*.jsonl or real-unlinked-*.jsonl
 * (restored with scripts/eval-labels.ts; not in git) and the committed synthetic rows.
 * Each collection (file; final-a and final-b are one) was collected and labelled by a
 * different engineer, so holding one out is the closest to "text and a labeller never
 * seen". `--cv` holds out each collection but `dec` in turn, trains on the others, and
 * prints the patterns' and the model's precision and recall on it. `--measure SET`
 * trains on every other collection and scores SET only (a set kept out of all tuning).
 * `--no-rule` leaves out the patterns' verdict: the words alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assessClaim, type ClaimContext } from '../server/src/engine/claims/index';
import { mentionByPatterns, type MentionContext } from '../server/src/engine/recommendations/mention';
import { mentionFeatures, mentionModelGate } from '../server/src/engine/recommendations/mentionModel';
import { claimFeatures, ruleFeature } from './lib/learnedFeatures';
import { DEFAULT_TRAIN, train, type Example, type TrainOptions } from './lib/logistic';

interface ClaimRow {
  text: string;
  label: 'claim' | 'not-claim';
  context?: ClaimContext;
}

interface MentionRow {
  text: string;
  label: 'mention' | 'not-mention';
  context?: string;
}

/** An example with the patterns' own verdict beside it. */
type Scored = Example & { rule: boolean; gate?: boolean };


const repo = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const has = (f: string): boolean => args.includes(f);
const opt = (f: string): string | undefined => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);

function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function collections<T>(prefix: string): Map<string, T[]> {
  const dir = path.join(repo, '.cache/eval');
  const out = new Map<string, T[]>();
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    if (!f.startsWith(prefix) || !f.endsWith('.jsonl')) continue;
    const name = f.slice(prefix.length, -'.jsonl'.length).replace(/^final-[ab]$/, 'final');
    out.set(name, [...(out.get(name) ?? []), ...readJsonl<T>(path.join(dir, f))]);
  }
  return out;
}

const keep = (features: string[]): string[] => (has('--no-rule') ? features.filter((f) => !ruleFeature(f)) : features);

function claimExample(row: ClaimRow): Scored {
  const a = assessClaim(row.text, row.context ?? {});
  return { features: keep(claimFeatures(row.text, a)), label: row.label === 'claim', rule: a.isClaim };
}

/** The row's context as the rule gives it (see scripts/evaluate-unlinked.ts). */
function mentionExample(row: MentionRow): Scored {
  const context: MentionContext | undefined = row.context ? (/:\s*$/.test(row.context) ? { previous: row.context, leadIn: row.context } : { previous: row.context }) : undefined;
  const m = mentionByPatterns(row.text, context);
  return { features: keep(mentionFeatures(row.text, m)), label: row.label === 'mention', rule: m.mentions, gate: mentionModelGate(row.text) };
}

function probabilityOf(model: { bias: number; weights: Record<string, number> }, features: string[]): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function score(pairs: [boolean, boolean][]): string {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const [gold, said] of pairs) if (gold && said) c.tp++; else if (said) c.fp++; else if (gold) c.fn++;
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

/** `--train-on dec,…`: sets kept out so far that have been measured and may now be trained on. */
const fresh = new Set((opt('--train-on') ?? '').split(',').filter(Boolean));

const THRESHOLDS = (opt('--thresholds') ?? '0.2,0.25,0.3,0.35,0.4,0.5,0.6').split(',').map(Number);

function holdOut(sets: Map<string, Scored[]>, synthetic: Scored[], held: string, options: TrainOptions, pooled: Map<string, [boolean, boolean][]>): void {
  const rows = sets.get(held)!;
  const model = train([...synthetic, ...[...sets].filter(([k]) => k !== held && (!k.startsWith('dec') || fresh.has(k))).flatMap(([, r]) => r)], options);
  const lines: [string, [boolean, boolean][]][] = [['patterns', rows.map((e) => [e.label, e.rule])]];
  const probs = rows.map((e) => probabilityOf(model, e.features));
  for (const t of THRESHOLDS) lines.push([`model p ≥ ${t.toFixed(2)}`, rows.map((e, i) => [e.label, probs[i]! >= t])]);
  for (const t of THRESHOLDS) lines.push([`or model ≥ ${t.toFixed(2)}`, rows.map((e, i) => [e.label, e.rule || probs[i]! >= t])]);
  // The model may add only sentences that name a recommendation or the review: elsewhere its
  // word weights (topics of the training pages) fire on ordinary prose.
  for (const t of THRESHOLDS) lines.push([`gated ≥ ${t.toFixed(2)}`, rows.map((e, i) => [e.label, e.gate === false ? e.rule : probs[i]! >= t])]);
  for (const t of THRESHOLDS) lines.push([`or gated ≥ ${t.toFixed(2)}`, rows.map((e, i) => [e.label, e.rule || (e.gate === true && probs[i]! >= t)])]);
  console.log(`held out ${held} (${rows.length} rows, ${rows.filter((e) => e.label).length} positive)`);
  for (const [name, pairs] of lines) {
    console.log(`  ${name.padEnd(18)} ${score(pairs)}`);
    pooled.set(name, [...(pooled.get(name) ?? []), ...pairs]);
  }
}

const [command] = args;
if (command === 'claims' || command === 'mentions') {
  const options: TrainOptions = {
    ...DEFAULT_TRAIN,
    ...(opt('--l2') ? { l2: Number(opt('--l2')) } : {}),
    ...(opt('--min-count') ? { minCount: Number(opt('--min-count')) } : {}),
  };
  const sets =
    command === 'claims'
      ? new Map([...collections<ClaimRow>('real-uncited-claims-')].map(([k, rows]) => [k, rows.map(claimExample)]))
      : new Map([...collections<MentionRow>('real-unlinked-')].map(([k, rows]) => [k, rows.map(mentionExample)]));
  const synthetic =
    command === 'claims'
      ? readJsonl<ClaimRow>(path.join(repo, 'test/fixtures/eval/uncited-claims.jsonl')).map(claimExample)
      : readJsonl<MentionRow>(path.join(repo, 'test/fixtures/eval/unlinked-recommendations.jsonl')).map(mentionExample);
  console.log(`collections: ${[...sets].map(([k, r]) => `${k} ${r.length}`).join(', ')}; synthetic ${synthetic.length}`);
  const pooled = new Map<string, [boolean, boolean][]>();
  const measure = opt('--measure');
  if (measure !== undefined) {
    if (!sets.has(measure)) throw new Error(`no collection ${measure}`);
    holdOut(sets, synthetic, measure, options, pooled);
  } else if (has('--write')) {
    if (command !== 'mentions') throw new Error('only the mention model ships (see the header)');
    const used = [...sets].filter(([k]) => !k.startsWith('dec') || fresh.has(k));
    const threshold = Number(opt('--threshold') ?? '0.35');
    const model = train([...synthetic, ...used.flatMap(([, r]) => r)], options);
    const description =
      `Second opinion on sentences the mention patterns turn down (server/src/engine/recommendations/mentionModel.ts). ` +
      `Trained by scripts/experiment-learned-detectors.ts mentions --write${fresh.size ? ` --train-on ${[...fresh].join(',')}` : ''} on ` +
      `${used.map(([k, r]) => `${k} (${r.length})`).join(', ')} and ${synthetic.length} synthetic rows; l2 ${options.l2}, min count ${options.minCount}, threshold ${threshold}.`;
    const out = path.join(repo, 'server/src/engine/recommendations/mentionModel.json');
    fs.writeFileSync(out, `${JSON.stringify({ description, threshold, bias: model.bias, weights: model.weights }, null, 0)}\n`);
    console.log(`${path.relative(repo, out)}: ${Object.keys(model.weights).length} weights; ${description}`);
  } else if (has('--cv')) {
    for (const held of sets.keys()) if (!held.startsWith('dec') || fresh.has(held)) holdOut(sets, synthetic, held, options, pooled);
    console.log('pooled held-out');
    for (const [name, pairs] of pooled) console.log(`  ${name.padEnd(18)} ${score(pairs)}`);
  }
} else {
  console.error('usage: experiment-learned-detectors.ts claims|mentions [--cv] [--measure SET] [--no-rule] [--l2 X] [--min-count N]');
  process.exitCode = 2;
}
