import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import {
  looksLikeUprInfoCsv,
  mergeUprInfo,
  parseUprInfoCsv,
  textSimilarity,
  type UprInfoRow,
} from '../../server/src/engine/importers/uprInfo';
import { ImportError } from '../../server/src/engine/importers/importResult';
import type { Recommendation } from '../../server/src/engine/model/recommendation';
import { errorOf } from '../helpers/importError';

const repo = path.resolve(__dirname, '../..');
const dataDir = path.resolve(repo, '../shared/data');
const csvDir = path.join(dataDir, 'upr-info-export');
const fixtures = path.join(repo, 'test/fixtures/upr-info');
const haveData = fs.existsSync(csvDir);
const noData = haveData ? false : `real data not found at ${csvDir}`;

const OLD_HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';

/** Old-layout CSV bytes as the real exports are: Mac Roman, bare CR. */
function macCsv(lines: string[]): Uint8Array {
  return iconv.encode(lines.join('\r'), 'macintosh');
}

function parseReal(file: string) {
  return parseUprInfoCsv(fs.readFileSync(path.join(csvDir, file)), file);
}


// ---------------------------------------------------------------- real exports

test('real exports: row counts, Mac Roman + CR detected, line numbers', { skip: noData }, () => {
  const expected: Record<string, number> = {
    '1-5.csv': 6094,
    '6-9.csv': 8343,
    '10-13.csv': 9047,
    '14-17.csv': 9598,
    '17-20.csv': 7984,
    'voluntary.csv': 947,
  };
  let total = 0;
  for (const [file, n] of Object.entries(expected)) {
    const r = parseReal(file);
    assert.equal(r.rows.length, n, file);
    assert.equal(r.encoding, 'macintosh', file);
    assert.equal(r.lineEnding, 'cr', file);
    assert.equal(r.layout, 'old', file);
    assert.deepEqual(r.warnings, [], file);
    // one row per line after the header, no embedded newlines in these files
    assert.equal(r.rows[0]!.line, 2, file);
    assert.equal(r.rows.at(-1)!.line, n + 1, file);
    assert.ok(r.rows.every((row) => row.session !== undefined && row.cycle !== undefined), file);
    total += n;
  }
  assert.equal(total, 42013);
});

test('real exports: Mac Roman characters decode right (also in 6-9.csv, which has only three)', { skip: noData }, () => {
  const texts = (file: string) => parseReal(file).rows.map((r) => r.text);
  const r69 = texts('6-9.csv');
  assert.ok(r69.some((t) => t.includes('Guaraní indigenous')), 'Guaraní');
  assert.ok(r69.some((t) => t.includes('vis-à-vis')), 'vis-à-vis');
  assert.ok(r69.some((t) => t.includes('Haute Autorité')), 'Haute Autorité');
  assert.ok(texts('1-5.csv').some((t) => t.includes('Instance Equité - Reconciliation')));
  for (const f of ['1-5.csv', '6-9.csv', '14-17.csv']) {
    assert.ok(!texts(f).some((t) => /[ŽˆÕ’]/.test(t)), `${f}: Windows-1252 misreading`);
  }
});

test('real exports: Azerbaijan session 16 has 167 rows; the Norway NGO row', { skip: noData }, () => {
  const rows = parseReal('14-17.csv').rows.filter((r) => r.stateUnderReview.name === 'Azerbaijan' && r.session === 16);
  assert.equal(rows.length, 167);
  const ngo = rows.find((r) => r.text.startsWith('Remove all legislative and practical obstacles'));
  assert.ok(ngo);
  assert.equal(ngo.text, 'Remove all legislative and practical obstacles for the registration, funding and work of NGOs in Azerbaijan');
  assert.equal(ngo.recommendingState, 'Norway');
  assert.equal(ngo.stateUnderReview.iso3, 'AZE');
  assert.equal(ngo.response, 'supported');
  assert.equal(ngo.responseRaw, 'Accepted');
  assert.equal(ngo.actionCategory, 5);
  assert.deepEqual(ngo.issues, ['Civil society', 'Freedom of association and peaceful assembly']);
  assert.equal(ngo.cycle, 2);
  assert.equal(ngo.line, 257);
  assert.equal(ngo.file, '14-17.csv');
  const voluntary = parseReal('voluntary.csv').rows;
  assert.ok(voluntary.every((r) => r.response === 'voluntary-pledge'));
});

// Speed is measured by `npm run bench`, not asserted here.
test('all real exports parse: 42,013 rows', { skip: noData }, () => {
  let n = 0;
  for (const f of fs.readdirSync(csvDir)) n += parseReal(f).rows.length;
  assert.equal(n, 42013);
});

// ---------------------------------------------------------------- current layout

test('current database layout (UTF-8, LF, multi-line field)', () => {
  const r = parseUprInfoCsv(fs.readFileSync(path.join(fixtures, 'current-layout.csv')), 'current-layout.csv');
  assert.equal(r.layout, 'current');
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.lineEnding, 'lf');
  assert.equal(r.rows.length, 5);
  const [ngo, brazil, chile, armenia, turkey] = r.rows;
  assert.equal(ngo!.recommendingState, 'Norway');
  assert.equal(ngo!.response, 'supported');
  assert.equal(ngo!.responseRaw, 'Supported');
  assert.deepEqual(ngo!.issues, ['Civil society', 'Freedom of association and peaceful assembly']);
  assert.equal(ngo!.session, 16);
  assert.equal(ngo!.cycle, 2);
  assert.equal(ngo!.actionCategory, 5);
  assert.equal(ngo!.line, 2);
  assert.deepEqual([brazil!.line, chile!.line], [3, 4]);
  assert.equal(armenia!.response, 'noted');
  assert.match(armenia!.text, /all levels,\nincluding by education/);
  assert.equal(armenia!.line, 5);
  assert.equal(turkey!.line, 7, 'line after a two-line row');
  assert.equal(turkey!.response, 'unknown');
  assert.ok(r.warnings.some((w) => w.includes('current-layout.csv:7') && w.includes('Pending')));
});

test('header sniff', () => {
  assert.ok(looksLikeUprInfoCsv(`${OLD_HEADER}\rAfghanistan,Asia,OIC,"Enact…",Austria,WEOG,EU,Accepted,5,x,5`));
  assert.ok(looksLikeUprInfoCsv(fs.readFileSync(path.join(fixtures, 'current-layout.csv'), 'utf8')));
  assert.ok(looksLikeUprInfoCsv('\uFEFFto,to-rgrp,to-org,text,from,from-rgrp,from-org,response,action,issue,session\n'));
  assert.ok(!looksLikeUprInfoCsv('text,to,decision,From,year,notes\n96.1 Sign…'));
  assert.ok(!looksLikeUprInfoCsv('A/HRC/24/13\nReport of the Working Group on the Universal Periodic Review'));
  assert.ok(!looksLikeUprInfoCsv('[{"AnnotationId":"x"}]'));
  assert.ok(!looksLikeUprInfoCsv(''));
});

// ---------------------------------------------------------------- bad input

test('bad input: empty file, blank file, binary file', () => {
  assert.equal(errorOf(() => parseUprInfoCsv(new Uint8Array(0), 'empty.csv')).message, 'empty.csv: empty file');
  assert.equal(errorOf(() => parseUprInfoCsv(Buffer.from('\r\n  \n'), 'blank.csv')).reason, 'empty file');
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
  assert.match(errorOf(() => parseUprInfoCsv(zip, 'book.xlsx')).message, /^book\.xlsx: not a CSV file/);
});

test('bad input: header without the needed columns', () => {
  const noText = macCsv([OLD_HEADER.replace(',Text,', ',Body,'), 'Azerbaijan,EEG,,x,Norway,WEOG,,Accepted,5,,16']);
  assert.equal(errorOf(() => parseUprInfoCsv(noText, 'a.csv')).message, 'a.csv: missing column Text');
  const noTwo = Buffer.from('recommendation,state_under_review,issues\n"x",Azerbaijan,y\n');
  assert.equal(errorOf(() => parseUprInfoCsv(noTwo, 'b.csv')).reason, 'missing columns recommending_state, response');
  const other = Buffer.from('name,age\nAda,36\n');
  assert.match(errorOf(() => parseUprInfoCsv(other, 'c.csv')).message, /^c\.csv: not a UPR Info export: unrecognised header "name,age"/);
  const report = Buffer.from('A/HRC/24/13\r\rReport of the Working Group on the Universal Periodic Review\rAzerbaijan\r');
  assert.match(errorOf(() => parseUprInfoCsv(report, 'azerbaijan2013.txt')).reason, /^not a UPR Info export/);
});

test('bad input: truncated inside a quoted field names the row line', () => {
  const bytes = macCsv([
    OLD_HEADER,
    'Azerbaijan,EEG,"OIC, CIS","Ratify CPED",Brazil,GRULAC,,Accepted,5,International instruments,16',
    'Azerbaijan,EEG,"OIC, CIS","Ratify CPED",Chile,GRULAC,,Accepted,5,International instruments,16',
    'Azerbaijan,EEG,"OIC, CIS","Remove all legislative and practical obstacles for the registration, fund',
  ]);
  const e = errorOf(() => parseUprInfoCsv(bytes, 'cut.csv'));
  assert.equal(e.file, 'cut.csv');
  assert.match(e.reason, /^truncated CSV: unterminated quoted field in the row starting at line 4$/);
  // and a cut real file, when present
  if (haveData) {
    const real = fs.readFileSync(path.join(csvDir, '1-5.csv'));
    const cut = real.subarray(0, real.indexOf(Buffer.from('"Enact legislation')) + 40);
    assert.match(errorOf(() => parseUprInfoCsv(cut, '1-5.csv')).reason, /line 2$/);
  }
});

test('rows with fewer fields are kept with a warning; rows without text are skipped', () => {
  const r = parseUprInfoCsv(
    macCsv([OLD_HEADER, 'Azerbaijan,EEG,,Ratify CPED,Brazil,GRULAC,,Accepted,5,International instruments,16', 'Azerbaijan,EEG,,,Chile,GRULAC,,Accepted,5,,16', 'Azerbaijan,EEG,,Ratify CPED,Chile,GRULAC,,Accepted']),
    'short.csv',
  );
  assert.equal(r.rows.length, 2);
  assert.equal(r.rows[1]!.session, undefined);
  assert.equal(r.rows[1]!.line, 4);
  assert.ok(r.warnings.some((w) => w.startsWith('short.csv:3:') && w.includes('without recommendation text')));
  assert.ok(r.warnings.some((w) => w.startsWith('short.csv:4:') && w.includes('8 fields')));
});

// ---------------------------------------------------------------- merging

function record(id: string, text: string, states: string[], extra: Partial<Recommendation> = {}): Recommendation {
  return {
    document: 'A/HRC/24/13',
    id,
    text,
    recommendingStates: states,
    stateUnderReview: { name: 'Azerbaijan', iso3: 'AZE' },
    cycle: 2,
    session: 16,
    year: 2013,
    response: { value: 'pending', source: 'wg-report', detail: 'will be examined by Azerbaijan' },
    themes: [],
    provenance: { file: 'azerbaijan2013.pdf', importer: 'wg-report-pdf', page: 20 },
    ...extra,
  };
}

function row(text: string, from: string, extra: Partial<UprInfoRow> = {}): UprInfoRow {
  return {
    stateUnderReview: { name: 'Azerbaijan', iso3: 'AZE' },
    recommendingState: from,
    text,
    response: 'supported',
    responseRaw: 'Accepted',
    issues: [],
    session: 16,
    cycle: 2,
    line: 2,
    file: 'test.csv',
    ...extra,
  };
}

function a_hrc_24_13(): Recommendation[] {
  const fx = JSON.parse(fs.readFileSync(path.join(fixtures, 'a-hrc-24-13-recommendations.json'), 'utf8')) as {
    recommendations: { id: string; text: string; recommendingStates: string[] }[];
  };
  return fx.recommendations.map((r) => record(r.id, r.text, r.recommendingStates));
}

test('merge: all 167 real Azerbaijan 2013 rows match A/HRC/24/13 (162 records)', { skip: noData }, () => {
  const records = a_hrc_24_13();
  assert.equal(records.length, 162);
  const rows = parseReal('14-17.csv').rows.filter((r) => r.stateUnderReview.iso3 === 'AZE' && r.session === 16);
  const rep = mergeUprInfo(records, rows);
  assert.equal(rep.rows, 167);
  assert.equal(rep.matchedRows, 167);
  assert.equal(rep.matchRate, 1);
  assert.equal(rep.recordsTouched, 162);
  assert.deepEqual(rep.conflicts, []);

  const r118 = records.find((r) => r.id === '109.118')!;
  assert.deepEqual(r118.response, { value: 'supported', source: 'upr-info', detail: 'Accepted' });
  assert.deepEqual(r118.themes, ['Civil society', 'Freedom of association and peaceful assembly']);
  assert.equal(r118.actionCategory, 5);
  assert.deepEqual(r118.provenance.mergedFrom, ['14-17.csv:257']);
  assert.equal(r118.provenance.file, 'azerbaijan2013.pdf', 'own provenance kept');

  // one ID, two States, one row each
  const r3 = records.find((r) => r.id === '109.3')!;
  assert.equal(r3.provenance.mergedFrom?.length, 2);
  const from3 = rep.matches.filter((m) => m.record === r3).map((m) => m.row.recommendingState).sort();
  assert.deepEqual(from3, ['Brazil', 'Chile']);
  // the rejected paragraph: UPR Info says Noted
  assert.equal(records.find((r) => r.id === '110.4')!.response.value, 'noted');
  // every row's State is among its record's States, or the record holds several texts
  for (const m of rep.matches) {
    assert.ok(m.score >= 0.75, `${m.row.line} ${m.score}`);
  }
});

test('merge: recommending State picks between identical texts; parts of a 2009-style item', () => {
  const records = [
    record('109.30', 'Ratify the Optional Protocol to the Convention against Torture', ['France']),
    record('109.31', 'Ratify the Optional Protocol to the Convention against Torture', ['Norway']),
    record('96.1', 'Sign the Optional Protocol to the Convention against Torture', ['France'], { part: 1 }),
    record('96.1', 'Ratify the Optional Protocol to the Convention against Torture and establish its national preventive mechanism', ['Czech Republic'], { part: 2 }),
  ];
  const rows = [
    row('Ratify the Optional Protocol to the Convention against Torture.', 'Norway', { line: 10 }),
    row('Ratify the Optional Protocol to the Convention against Torture', 'France', { line: 11 }),
    row('Ratify the Optional Protocol to the Convention against Torture and establish its national preventive mechanism accordingly', 'Czech Republic', { line: 12 }),
  ];
  const rep = mergeUprInfo(records, rows);
  assert.equal(rep.matchedRows, 3);
  assert.deepEqual(rep.matches.map((m) => `${m.record.id}/${m.record.part ?? ''}`), ['109.31/', '109.30/', '96.1/2']);
  assert.deepEqual(records[1]!.provenance.mergedFrom, ['test.csv:10']);
  assert.equal(records[2]!.provenance.mergedFrom, undefined);
});

test('merge: reasons for unmatched rows, pledges, unknown response, conflicts, year fallback', () => {
  const records = [
    record('109.118', 'Remove all legislative and practical obstacles for the registration, funding and work of NGOs in Azerbaijan', ['Norway']),
    record('109.3', 'Ratify CPED', ['Brazil', 'Chile']),
    // no session: found through the year of session 4 (2009)
    record('96.2', 'Abolish the death penalty', ['Italy'], { document: 'A/HRC/11/20', session: undefined, year: 2009, cycle: 1 }),
  ];
  const themes = records[0]!.themes;
  const rows = [
    row('Remove all legislative and practical obstacles to the registration, funding and work of NGOs', 'Norway', { line: 3, issues: ['Civil society'], actionCategory: 5 }),
    row('Ratify CPED', 'Brazil', { line: 4 }),
    row('Ratify CPED', 'Chile', { line: 5, response: 'noted', responseRaw: 'Noted' }),
    row('Abolish the death penalty', 'Italy', { line: 6, session: 4, cycle: 1, response: 'unknown', responseRaw: '' }),
    row('Ratify CPED', 'Brazil', { line: 7, session: 30 }),
    row('Ensure the independence of the judiciary and fair trials for all', 'Germany', { line: 8 }),
    row('We pledge to adopt a national action plan', 'Azerbaijan', { line: 9, response: 'voluntary-pledge', responseRaw: 'Voluntary Pledge' }),
    row('Ratify CPED', 'Brazil', { line: 10, stateUnderReview: { name: 'Atlantis' } }),
    // no session, only the cycle (current layout): found among the cycle's records
    row('Remove all legislative and practical obstacles for the registration, funding and work of NGOs', 'Norway', { line: 11, session: undefined, cycle: 2 }),
    row('Remove all legislative and practical obstacles for the registration, funding and work of NGOs', 'Norway', { line: 12, session: undefined, cycle: 3 }),
  ];
  const rep = mergeUprInfo(records, rows);
  assert.equal(rep.rows, 10);
  assert.equal(rep.matchedRows, 5);
  assert.equal(rep.matchRate, 5 / 9);
  assert.equal(rep.recordsTouched, 3);
  assert.deepEqual(rep.unmatchedByReason, { 'no-report': 3, 'no-similar-text': 1, 'voluntary-pledge': 1 });
  assert.deepEqual(rep.unmatched.map((u) => [u.row.line, u.reason]), [[7, 'no-report'], [8, 'no-similar-text'], [9, 'voluntary-pledge'], [10, 'no-report'], [12, 'no-report']]);
  assert.deepEqual(rep.matches.at(-1)!.record.id, '109.118');
  const judiciary = rep.unmatched.find((u) => u.row.line === 8)!;
  assert.ok(judiciary.bestScore !== undefined && judiciary.bestScore < 0.75);
  assert.deepEqual(records[0]!.themes, ['Civil society']);
  assert.deepEqual(records[0]!.provenance.mergedFrom, ['test.csv:3', 'test.csv:11']);
  assert.deepEqual(themes, [], 'the original themes array is not mutated');
  assert.equal(records[0]!.actionCategory, 5);
  // first response kept, disagreement reported
  assert.equal(records[1]!.response.value, 'supported');
  assert.deepEqual(rep.conflicts, ['A/HRC/24/13#109.3: Accepted (test.csv:4) vs Noted (test.csv:5)']);
  // unknown response leaves the record's own response alone
  assert.deepEqual(records[2]!.response, { value: 'pending', source: 'wg-report', detail: 'will be examined by Azerbaijan' });
  assert.deepEqual(records[2]!.provenance.mergedFrom, ['test.csv:6']);
});

test('similarity ignores punctuation, case, quotes, -ise/-ize and a missing suffix word; separates different texts', () => {
  const a = 'Take all possible measures to eliminate stereotypes and practices which contribute to discrimination against women';
  assert.equal(textSimilarity(a, `${a.toUpperCase()};`), 1);
  assert.equal(textSimilarity('Recognise the competence of the Committee', 'Recognize the competence of the Committee'), 1);
  assert.equal(textSimilarity('Protect the State’s human rights defenders', "Protect the State's human rights defenders"), 1);
  assert.ok(textSimilarity(a, a.replace('all possible', 'all')) > 0.9);
  assert.ok(textSimilarity('Ratify the Rome Statute of the ICC', 'Ratify the Convention against Torture') < 0.6);
});

test('merge speed: 42k real rows against records of every review in seconds', { skip: noData }, () => {
  // Records built from the rows themselves, reworded as a WG report prints them: one per
  // (review, text), "(State)" suffix, typographic apostrophes, a trailing semicolon.
  const rows = fs.readdirSync(csvDir).flatMap((f) => parseReal(f).rows);
  const byKey = new Map<string, Recommendation>();
  let n = 0;
  for (const r of rows) {
    if (r.response === 'voluntary-pledge') continue;
    const key = `${r.stateUnderReview.name}|${r.session}|${r.text.toLowerCase()}`;
    const rec = byKey.get(key);
    if (rec) rec.recommendingStates.push(r.recommendingState);
    else
      byKey.set(key, record(`${r.session}.${++n}`, `${r.text.replace(/'/g, '’')} (${r.recommendingState});`, [r.recommendingState], {
        document: `S${r.session}`,
        stateUnderReview: r.stateUnderReview,
        session: r.session,
      }));
  }
  const records = [...byKey.values()];
  assert.ok(records.length > 25000);
  const rep = mergeUprInfo(records, rows);
  assert.ok(rep.matchRate > 0.995, `match rate ${rep.matchRate}`);
  const wrong = rep.matches.filter((m) => !m.record.recommendingStates.includes(m.row.recommendingState));
  assert.ok(wrong.length / rep.matchedRows < 0.002, `${wrong.length} rows matched a record of another State`);
});

test('merge with the WG report importer: azerbaijan2013.pdf (A/HRC/24/13) + the real rows', { skip: noData }, async () => {
  const wgIndex = path.join(repo, 'server/src/engine/importers/wgReport/index.ts');
  if (!fs.existsSync(wgIndex)) return;
  const wg = (await import(wgIndex)) as {
    importWgReportPdf: (b: Uint8Array, f: string) => Promise<{ recommendations: Recommendation[] }>;
  };
  const { recommendations } = await wg.importWgReportPdf(fs.readFileSync(path.join(dataDir, 'wg-reports/pdf/azerbaijan2013.pdf')), 'azerbaijan2013.pdf');
  const rows = parseReal('14-17.csv').rows.filter((r) => r.stateUnderReview.iso3 === 'AZE' && r.session === 16);
  const rep = mergeUprInfo(recommendations, rows);
  assert.ok(rep.matchRate >= 0.97, `match rate ${rep.matchRate}`);
  const r118 = recommendations.find((r) => r.document === 'A/HRC/24/13' && r.id === '109.118');
  assert.ok(r118);
  assert.deepEqual(r118.response, { value: 'supported', source: 'upr-info', detail: 'Accepted' });
  assert.deepEqual(r118.provenance.mergedFrom, ['14-17.csv:257']);
  assert.ok(recommendations.filter((r) => r.id.startsWith('110.')).every((r) => r.response.value === 'noted'));
});
