/**
 * Evaluates the Working Group report importer (text files) against the study's earlier
 * extraction in wg-recommendations-reference/{2008,2009,2010}data.csv: one row per
 * (recommendation, recommending State), `text` starting with the ID. An ID "96.1.1" is
 * the 2nd text grouped under item 96.1, i.e. our (96.1, part 2); "96.1" is part 1 or the
 * only text. Reference rows meet reports by State under review + the file's year.
 *
 *   node --import tsx scripts/evaluate-extraction.ts [--data <dir>] [--samples 40] [--corpus]
 *
 * --corpus also imports every report (262 texts, 43 PDFs), times both sets, writes the
 * per-file counts to .cache/wg-corpus-summary.tsv and lists reports that look suspicious
 * (no records, gaps in the item numbering, records without a State, unknown responses,
 * no symbol, a file identical to another).
 *
 * Prints three shares: reference (report, ID/part) keys we extract; of those, texts that
 * agree after normalisation; reference (ID/part, recommending State) pairs we have.
 * Writes every disagreement to .cache/wg-extraction-disagreements.txt.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeText } from '../server/src/engine/importers/textDecoding';
import { createHash } from 'node:crypto';
import { importWgReportPdf, importWgReportText } from '../server/src/engine/importers/wgReport';
import type { ImportResult } from '../server/src/engine/importers/importResult';
import type { Recommendation } from '../server/src/engine/model/recommendation';
import { resolveState } from '../server/src/engine/model/states';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const repo = path.resolve(__dirname, '..');
const dataDir = path.resolve(opt('--data') ?? path.resolve(repo, '..', 'shared', 'data'));
const samplesPerKind = Number(opt('--samples') ?? 40);
const outFile = path.join(repo, '.cache', 'wg-extraction-disagreements.txt');

/** Comparison form of a text: letters and digits only, lower case. */
export function normaliseText(s: string): string {
  return s
    // The reference shows curly quotes as mojibake ("womenÕs", "womenÍs", "womenês",
    // "Fitnaî"): drop those characters on both sides.
    .replace(/[’‘“”ÕÍÒÓÔêîÌÇÈ]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const stateName = (n: string): string => resolveState(n)?.name ?? n.trim();
const reportKey = (state: string, year: number | string): string => `${resolveState(state)?.iso3 ?? state.toLowerCase().replace(/\W/g, '')}|${year}`;

interface RefRow {
  report: string;
  id: string;
  part: number;
  text: string;
  from: string;
  decision: string;
  raw: string;
}

/** "96.1.1  text" → id 96.1, part 2; "93.3..4" (a typo in the reference) → part 5. */
function parseRefText(text: string): { id: string; part: number; body: string } | undefined {
  const m = /^\s*(\d{1,3})\s*\.\s*(\d{1,3})((?:\s*\.+\s*\d{1,2})?)\.?\s+([\s\S]*)$/.exec(text);
  if (!m) return undefined;
  const sub = m[3]!.replace(/[\s.]/g, '');
  return { id: `${m[1]}.${m[2]}`, part: sub === '' ? 1 : Number(sub) + 1, body: m[4]! };
}

/** The reference text without its State parenthesis and the ");" debris after it. */
function refBody(body: string): string {
  // Footnote calls after the State ("(Algeria)1; )") are not part of the text either.
  let t = body.replace(/\)\d{1,2}(?=[\s;.,)]*$)/, ')').replace(/[\s;.,]+$/, '');
  // "(Kuwait). );": a second closing parenthesis after the State's is debris.
  t = t.replace(/\)\s*[.;,]?\s*\)$/, ')');
  if (t.endsWith(')')) {
    let depth = 0;
    for (let i = t.length - 1; i >= 0; i--) {
      if (t[i] === ')') depth++;
      else if (t[i] === '(' && --depth === 0) {
        t = t.slice(0, i);
        break;
      }
    }
  }
  return t;
}

function loadReference(): RefRow[] {
  const rows: RefRow[] = [];
  for (const year of [2008, 2009, 2010]) {
    const file = path.join(dataDir, 'wg-recommendations-reference', `${year}data.csv`);
    const { text } = decodeText(fs.readFileSync(file));
    const records = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }) as Record<string, string>[];
    for (const r of records) {
      const parsed = parseRefText(r.text ?? '');
      if (!parsed) continue;
      rows.push({
        report: reportKey(r.to ?? '', r.year || year),
        id: parsed.id,
        part: parsed.part,
        text: refBody(parsed.body),
        from: r.From ?? '',
        decision: (r.decision ?? '').trim().toLowerCase(),
        raw: r.text ?? '',
      });
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const txtDir = path.join(dataDir, 'wg-reports', 'txt');
  if (!fs.existsSync(txtDir)) {
    console.error(`no data at ${dataDir}`);
    process.exitCode = 1;
    return;
  }
  const t0 = performance.now();
  const ours = new Map<string, Recommendation[]>(); // report key → records
  const fileOf = new Map<string, string>();
  for (const f of fs.readdirSync(txtDir).filter((x) => x.endsWith('.txt')).sort()) {
    const year = /(\d{4})\.txt$/.exec(f)?.[1];
    if (!year || Number(year) > 2010) continue;
    const r = importWgReportText(fs.readFileSync(path.join(txtDir, f)), f);
    const rv = r.reviews[0]!;
    const key = reportKey(rv.stateUnderReview.iso3 ?? rv.stateUnderReview.name, year);
    ours.set(key, r.recommendations);
    fileOf.set(key, f);
  }
  const tImport = performance.now() - t0;

  const ref = loadReference();
  const unmatchedReports = new Set<string>();
  // Distinct reference keys (one row per State, so texts repeat).
  const refKeys = new Map<string, RefRow>();
  const refPairs = new Map<string, RefRow>();
  for (const r of ref) {
    if (!ours.has(r.report)) {
      unmatchedReports.add(r.report);
      continue;
    }
    const k = `${r.report}#${r.id}#${r.part}`;
    if (!refKeys.has(k)) refKeys.set(k, r);
    if (!/^(NA|None)?$/i.test(r.from.trim())) refPairs.set(`${k}#${stateName(r.from)}`, r);
  }
  const ourByKey = new Map<string, Recommendation>();
  for (const [report, recs] of ours) for (const rec of recs) ourByKey.set(`${report}#${rec.id}#${rec.part ?? 1}`, rec);

  const missing: string[] = [];
  const textDiff: string[] = [];
  const stateDiff: string[] = [];
  let found = 0;
  let textAgree = 0;
  for (const [k, r] of refKeys) {
    const rec = ourByKey.get(k);
    if (!rec) {
      missing.push(`${fileOf.get(r.report)} ${r.id}${r.part > 1 ? ` part ${r.part}` : ''}\n  ref: ${r.raw.slice(0, 300)}`);
      continue;
    }
    found++;
    if (normaliseText(rec.text) === normaliseText(r.text)) textAgree++;
    else textDiff.push(`${fileOf.get(r.report)} ${r.id}${r.part > 1 ? ` part ${r.part}` : ''}\n  ref: ${r.text}\n  our: ${rec.text}`);
  }
  // The reference's decision column read as our response values ("consider" = the report
  // defers the answer; "implemented" = supported as already implemented).
  const DECISION: Record<string, string> = { support: 'supported', implemented: 'supported', consider: 'pending', reject: 'noted', noted: 'noted' };
  let respCompared = 0;
  let respAgree = 0;
  const respDiff = new Map<string, number>();
  for (const [k, r] of refKeys) {
    const rec = ourByKey.get(k);
    const want = DECISION[r.decision];
    if (!rec || !want) continue;
    respCompared++;
    if (rec.response.value === want) respAgree++;
    else {
      const key = `${fileOf.get(r.report)} ref ${r.decision} / our ${rec.response.value} (${rec.response.detail ?? 'no wording'})`;
      respDiff.set(key, (respDiff.get(key) ?? 0) + 1);
    }
  }
  let pairAgree = 0;
  for (const [k, r] of refPairs) {
    const rec = ourByKey.get(k.slice(0, k.lastIndexOf('#')));
    const want = stateName(r.from);
    if (rec && rec.recommendingStates.map(stateName).includes(want)) pairAgree++;
    else stateDiff.push(`${fileOf.get(r.report)} ${r.id}${r.part > 1 ? ` part ${r.part}` : ''}: ref ${want}; our ${rec ? JSON.stringify(rec.recommendingStates) : '(no record)'}`);
  }
  const ourTotal = [...ours.entries()].filter(([k]) => ref.some((r) => r.report === k)).reduce((n, [, recs]) => n + recs.length, 0);

  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`imported ${ours.size} text reports of 2008–2010 in ${Math.round(tImport)} ms`);
  console.log(`reference rows: ${ref.length}; rows of reports we lack: ${ref.filter((r) => unmatchedReports.has(r.report)).length} (${[...unmatchedReports].join(', ') || 'none'})`);
  console.log(`our records in the matched reports: ${ourTotal}; reference (report, ID/part) keys: ${refKeys.size}`);
  console.log(`1. reference (report, ID/part) keys extracted: ${found}/${refKeys.size} = ${pct(found, refKeys.size)}`);
  console.log(`2. texts agreeing (normalised) among those:   ${textAgree}/${found} = ${pct(textAgree, found)}`);
  console.log(`3. (ID/part, recommending State) pairs:       ${pairAgree}/${refPairs.size} = ${pct(pairAgree, refPairs.size)}`);

  const section = (title: string, list: string[]): string => `## ${title} (${list.length})\n${list.slice(0, samplesPerKind * 100).join('\n')}\n`;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, [section('missing keys', missing), section('text disagreements', textDiff), section('State disagreements', stateDiff), section('response disagreements (report, reference decision / our response: records)', [...respDiff].map(([k, n]) => `${k}: ${n}`))].join('\n'));
  console.log(`4. responses agreeing with the reference's decision: ${respAgree}/${respCompared} = ${pct(respAgree, respCompared)}`);
  console.log(`disagreements: ${path.relative(repo, outFile)}`);
}

/** Imports every report, writes per-file counts and prints what looks wrong. */
async function corpus(): Promise<void> {
  const rows: string[] = ['file\tsymbol\tstate\tsession\tdate\tids\trecords\tparts\tnoState\tsupported\tpending\tnoted\tunknown\twarnings'];
  const suspicious: string[] = [];
  const hashes = new Map<string, string>();
  const symbols = new Map<string, string>();
  const timings: Record<string, number> = {};
  for (const kind of ['txt', 'pdf'] as const) {
    const dir = path.join(dataDir, 'wg-reports', kind);
    const t0 = performance.now();
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(`.${kind}`)).sort()) {
      const bytes = fs.readFileSync(path.join(dir, f));
      const hash = createHash('sha1').update(bytes).digest('hex');
      if (hashes.has(hash)) suspicious.push(`${f}: byte-identical to ${hashes.get(hash)}`);
      hashes.set(hash, f);
      let r: ImportResult;
      try {
        r = kind === 'txt' ? importWgReportText(bytes, f) : await importWgReportPdf(bytes, f);
      } catch (e) {
        suspicious.push(`${f}: THROWS ${(e as Error).message}`);
        continue;
      }
      const rv = r.reviews[0]!;
      const recs = r.recommendations;
      const count = (v: string): number => recs.filter((x) => x.response.value === v).length;
      const ids = new Set(recs.map((x) => x.id));
      const noState = recs.filter((x) => x.recommendingStates.length === 0);
      rows.push([f, rv.document, rv.stateUnderReview.name, rv.session ?? '', rv.date ?? '', ids.size, recs.length, recs.filter((x) => x.part).length, noState.length, count('supported'), count('pending'), count('noted'), count('unknown'), r.warnings.length].join('\t'));
      if (recs.length === 0) suspicious.push(`${f}: no records`);
      if (noState.length) suspicious.push(`${f}: ${noState.length} record(s) without a recommending State (${noState.slice(0, 5).map((x) => x.id).join(', ')})`);
      if (count('unknown')) suspicious.push(`${f}: ${count('unknown')} record(s) with an unknown response`);
      const gaps = r.warnings.filter((w) => /^numbering: paragraph \d+ has no item/.test(w));
      if (gaps.length) suspicious.push(`${f}: ${gaps.map((w) => w.slice('numbering: '.length)).join('; ')}`);
      if (!/^A\/HRC\//.test(rv.document)) suspicious.push(`${f}: no symbol printed (${rv.document})`);
      else if (symbols.has(rv.document) && !(f.startsWith('azerbaijan2009') && symbols.get(rv.document)!.startsWith('azerbaijan2009'))) {
        suspicious.push(`${f}: symbol ${rv.document} also in ${symbols.get(rv.document)}`);
      }
      symbols.set(rv.document, f);
      const fileYear = Number(/(\d{4})\.\w+$/.exec(f)?.[1]);
      if (rv.year !== undefined && Math.abs(rv.year - fileYear) > 1) suspicious.push(`${f}: review year ${rv.year} does not fit the file name`);
    }
    timings[kind] = performance.now() - t0;
  }
  const out = path.join(repo, '.cache', 'wg-corpus-summary.tsv');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, rows.join('\n') + '\n');
  const data = rows.slice(1).map((r) => r.split('\t'));
  const sum = (col: number): number => data.reduce((n, r) => n + Number(r[col]), 0);
  console.log(`corpus: ${data.length} reports, ${sum(5)} IDs, ${sum(6)} records (${sum(7)} parts of grouped items); supported ${sum(9)}, pending ${sum(10)}, noted ${sum(11)}, unknown ${sum(12)}`);
  console.log(`timing: all txt ${Math.round(timings.txt!)} ms, all pdf ${Math.round(timings.pdf!)} ms`);
  console.log(`per-file counts: ${path.relative(repo, out)}`);
  const noSymbol = suspicious.filter((x) => x.includes('no symbol printed'));
  console.log(`suspicious (${suspicious.length - noSymbol.length}, plus ${noSymbol.length} text files whose title block has no symbol):`);
  for (const x of suspicious) if (!x.includes('no symbol printed')) console.log(`  ${x}`);
}

void main().then(() => (args.includes('--corpus') ? corpus() : undefined));
