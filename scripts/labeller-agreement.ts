/**
 * How far two careful labellers agree on which sentences are uncited claims, and how the
 * checker scores against each. For the drafts that have a second, independent labelling
 * (`<name>.second-labels.json`, written blind to the first labels and to the checker) beside
 * their `<name>.labels.json`:
 *
 *   node --import tsx scripts/labeller-agreement.ts [--dir DIR] [--rule uncited-claim]
 *
 * Each labelling is scored as the checker is (scripts/lib/documentScoring.ts): per sentence
 * (a table row in a table), the reference's borderline findings counting neither way. "B vs
 * A" is the second labeller scored as if it were a checker against the first: the ceiling a
 * checker can expect to reach against one labeller's judgement.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSubmission } from '../server/src/engine/check/checkSubmission';
import { DEFAULT_SETTINGS } from '../server/src/engine/check/settings';
import { loadBundledDataset } from '../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../server/src/engine/dataset/recommendationStore';
import { parseSubmission } from '../server/src/engine/document';
import { LineIndex } from '../server/src/engine/document/positions';
import { findingUnits, type Labels } from './lib/documentScoring';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = path.resolve(opt('--dir') ?? path.join(__dirname, '..', 'test/fixtures/eval/documents'));
const rule = opt('--rule') ?? 'uncited-claim';
const store = RecommendationStore.fromDatasets([loadBundledDataset()]);

/** A labelling reduced to units: every unit it reports, and those it marks borderline. */
interface Units {
  all: Set<string>;
  borderline: Set<string>;
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tallies = new Map<string, Tally>();
const add = (name: string, predicted: Set<string>, reference: Units): void => {
  const t = tallies.get(name) ?? { tp: 0, fp: 0, fn: 0 };
  for (const u of predicted) {
    if (reference.all.has(u)) {
      if (!reference.borderline.has(u)) t.tp++;
    } else t.fp++;
  }
  for (const u of reference.all) if (!reference.borderline.has(u) && !predicted.has(u)) t.fn++;
  tallies.set(name, t);
};

let documents = 0;
for (const second of fs.readdirSync(dir).filter((f) => f.endsWith('.second-labels.json')).sort()) {
  const first = second.replace(/\.second-labels\.json$/, '.labels.json');
  if (!fs.existsSync(path.join(dir, first))) continue;
  const a = JSON.parse(fs.readFileSync(path.join(dir, first), 'utf8')) as Labels;
  const b = JSON.parse(fs.readFileSync(path.join(dir, second), 'utf8')) as Labels;
  const text = fs.readFileSync(path.join(dir, a.file), 'utf8');
  const lines = new LineIndex(text);
  const doc = parseSubmission(text);
  const unitOf = findingUnits(text, lines, doc);
  const key = (start: number, end: number): string => unitOf(rule, start, end).join(':');
  const units = (labels: Labels): Units => {
    const u: Units = { all: new Set(), borderline: new Set() };
    for (const f of labels.findings) {
      if (f.rule !== rule) continue;
      const at = text.indexOf(f.anchor);
      if (at < 0) throw new Error(`${labels.file}: anchor not found: ${JSON.stringify(f.anchor)}`);
      const k = key(at, at + f.anchor.length);
      u.all.add(k);
      if (f.borderline) u.borderline.add(k);
    }
    return u;
  };
  const ua = units(a);
  const ub = units(b);
  const checker = new Set(
    checkSubmission(doc, { store, settings: DEFAULT_SETTINGS })
      .filter((d) => d.code === rule)
      .map((d) => {
        const r = lines.offsetRangeOf(d.range);
        return key(r.start, r.end);
      }),
  );
  documents++;
  add('second labeller vs first', ub.all, ua);
  add('second labeller (sure findings only) vs first', new Set([...ub.all].filter((u) => !ub.borderline.has(u))), ua);
  add('first labeller vs second', ua.all, ub);
  add('checker vs first labeller', checker, ua);
  add('checker vs second labeller', checker, ub);
}

const f3 = (x: number): string => (Number.isNaN(x) ? '  —  ' : x.toFixed(3));
console.log(`${documents} document(s) with two labellings, rule ${rule}`);
for (const [name, t] of tallies) {
  console.log(`${name.padEnd(48)} P ${f3(t.tp / (t.tp + t.fp))}  R ${f3(t.tp / (t.tp + t.fn))}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
}
