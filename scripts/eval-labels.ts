/**
 * Keeps the labels of the real evaluation sets in git without their text.
 *
 * The real rows quote others' published text, so they live in `.cache/eval/` (not
 * committed, see test/fixtures/eval/README.md), and twice a machine change lost them with
 * all their labelling work. This script commits what is ours: the labels, gold IDs,
 * splits, notes and sources, with a fingerprint of each sentence instead of the sentence
 * (its first and last words, length and SHA-1 of the whitespace-normalised text), from
 * which the text can be found again in the source page.
 *
 *   node --import tsx scripts/eval-labels.ts export
 *       .cache/eval/real-*.jsonl → test/fixtures/eval/labels/real-*.labels.jsonl
 *   node --import tsx scripts/eval-labels.ts restore LABELS.jsonl PAGE.txt… [--out FILE]
 *       finds each labelled sentence in the given page texts (saved from the source URLs)
 *       and writes the rows back (default: .cache/eval/<name>.jsonl); prints the rows
 *       not found, to be restored by hand.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Fingerprint {
  sha1: string;
  chars: number;
  /** The first and last few words: enough to find the sentence in its page, too few to be the text. */
  head: string;
  tail: string;
}

/** `context` is the sentence before (unlinked set, a string) or flags (claims set, an object, kept as is). */
type Row = Record<string, unknown> & { text: string; context?: unknown };
type LabelRow = Record<string, unknown> & { fingerprint: Fingerprint; contextFingerprint?: Fingerprint };

const repo = path.resolve(__dirname, '..');
const cacheDir = path.join(repo, '.cache/eval');
const labelsDir = path.join(repo, 'test/fixtures/eval/labels');
const HEAD_WORDS = 4;
const TAIL_WORDS = 3;

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

function fingerprint(text: string): Fingerprint {
  const n = normalise(text);
  const words = n.split(' ');
  return {
    sha1: createHash('sha1').update(n).digest('hex'),
    chars: n.length,
    head: words.slice(0, HEAD_WORDS).join(' '),
    tail: words.length > HEAD_WORDS ? words.slice(-TAIL_WORDS).join(' ') : '',
  };
}

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
}

function exportLabels(): void {
  if (!fs.existsSync(cacheDir)) throw new Error(`${cacheDir} does not exist: nothing to export`);
  fs.mkdirSync(labelsDir, { recursive: true });
  for (const f of fs.readdirSync(cacheDir).filter((f) => /^real-.*\.jsonl$/.test(f))) {
    const out = readJsonl<Row>(path.join(cacheDir, f)).map(({ text, context, ...rest }) => ({
      ...rest,
      fingerprint: fingerprint(text),
      ...(typeof context === 'string' ? { contextFingerprint: fingerprint(context) } : context !== undefined ? { context } : {}),
    }));
    const target = path.join(labelsDir, f.replace(/\.jsonl$/, '.labels.jsonl'));
    fs.writeFileSync(target, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
    console.log(`${path.relative(repo, target)}: ${out.length} rows`);
  }
}

/**
 * The sentence of `page` that matches `fp`: a span from an occurrence of its first words
 * to the nearest following occurrence of its last words, with the same normalised hash
 * once citation markers the set stripped (bracketed or superscript-like numbers right
 * after a word or full stop) are removed; else the closest-length such span, flagged.
 */
function find(page: string, fp: Fingerprint): { text: string; exact: boolean } | undefined {
  const p = normalise(page);
  let best: { text: string; exact: boolean } | undefined;
  for (let i = p.indexOf(fp.head); i >= 0; i = p.indexOf(fp.head, i + 1)) {
    // The tail may overlap the head in a short sentence: it must end at or after the head.
    let j = fp.tail ? p.indexOf(fp.tail, i) : i;
    while (j >= 0 && fp.tail && j + fp.tail.length < i + fp.head.length) j = p.indexOf(fp.tail, j + 1);
    if (j < 0) continue;
    const span = p.slice(i, (fp.tail ? j + fp.tail.length : i + fp.head.length));
    for (const candidate of [span, span.replace(/\[\d+\]|(?<=[\p{L}.,;)”"’])\d{1,3}(?=\s|$)/gu, '')]) {
      if (fingerprint(candidate).sha1 === fp.sha1) return { text: normalise(candidate), exact: true };
    }
    if (!best || Math.abs(span.length - fp.chars) < Math.abs(best.text.length - fp.chars)) best = { text: span, exact: false };
  }
  return best && Math.abs(best.text.length - fp.chars) <= 12 ? best : undefined;
}

/** The sets were saved with straight quotes; stored pages often come back with curly ones. */
const straightQuotes = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function restore(labelsFile: string, pages: string[], out: string): void {
  const texts = pages.map((f) => fs.readFileSync(f, 'utf8')).flatMap((t) => (straightQuotes(t) === t ? [t] : [t, straightQuotes(t)]));
  const rows: Row[] = [];
  const missing: string[] = [];
  for (const [i, { fingerprint: fp, contextFingerprint, ...rest }] of readJsonl<LabelRow>(labelsFile).entries()) {
    const best = (f: Fingerprint): { text: string; exact: boolean } | undefined => {
      const hits = texts.map((t) => find(t, f)).filter((h) => h !== undefined);
      return hits.find((h) => h.exact) ?? hits[0];
    };
    const hit = best(fp);
    const context = contextFingerprint && best(contextFingerprint);
    if (!hit) {
      missing.push(`row ${i + 1}: "${fp.head} … ${fp.tail}" (${fp.chars} chars)`);
      continue;
    }
    if (!hit.exact) missing.push(`row ${i + 1}: found but not byte-exact, check it: "${hit.text}"`);
    rows.push({ text: hit.text, ...(context ? { context: context.text } : {}), ...rest });
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${out}: ${rows.length} rows restored`);
  if (missing.length) console.log(`to check or restore by hand:\n  ${missing.join('\n  ')}`);
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'export') exportLabels();
  else if (command === 'restore' && rest.length >= 2) {
    const outAt = rest.indexOf('--out');
    const out = outAt >= 0 ? rest.splice(outAt, 2)[1]! : path.join(cacheDir, path.basename(rest[0]!).replace(/\.labels\.jsonl$/, '.jsonl'));
    restore(rest[0]!, rest.slice(1), out);
  } else {
    console.error('usage: eval-labels.ts export | restore LABELS.jsonl PAGE.txt… [--out FILE]');
    process.exitCode = 2;
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
}
