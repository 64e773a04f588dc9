import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  htmlToText,
  importUhriJson,
  importUhriXlsx,
  listValue,
  looksLikeUhriJson,
  positionToResponse,
  stripStateSuffix,
} from '../../server/src/engine/importers/uhri';
import { ImportError, type ImportResult } from '../../server/src/engine/importers/importResult';
import type { Recommendation } from '../../server/src/engine/model/recommendation';
import { errorOf } from '../helpers/importError';

const fixtures = path.resolve(__dirname, '../fixtures/uhri');
const jsonBytes = () => fs.readFileSync(path.join(fixtures, 'uhri-sample.json'));
const xlsxBytes = () => fs.readFileSync(path.join(fixtures, 'uhri-sample.xlsx'));


async function asyncErrorOf(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ImportError, `expected ImportError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected an ImportError');
}

const byId = (r: ImportResult, id: string): Recommendation => {
  const rec = r.recommendations.find((x) => x.id === id);
  assert.ok(rec, `no recommendation ${id}`);
  return rec;
};

/** Checks shared by the JSON and the XLSX fixture: they hold the same 12 annotations. */
function checkSample(r: ImportResult, file: string, importer: string): void {
  assert.equal(r.importer, importer);
  assert.equal(r.recommendations.length, 9);
  assert.deepEqual(
    r.recommendations.map((x) => `${x.document} ${x.id}`),
    ['A/HRC/24/13 109.118', 'A/HRC/24/13 109.3', 'A/HRC/24/13 109.4', 'A/HRC/24/13 109.19', 'A/HRC/24/13 110.4', 'A/HRC/19/17 77.2', 'A/HRC/18/11 96.22', 'A/HRC/28/11 134.136', 'A/HRC/28/11 134.1'],
  );
  assert.deepEqual(r.warnings, [
    `${file}: 3 annotations not UPR recommendations skipped (CEDAW Recommendations: 1; Special Procedures Recommendations: 1; CRC Concerns: 1)`,
  ]);

  const ngo = byId(r, '109.118');
  assert.equal(ngo.text, 'Remove all legislative and practical obstacles for the registration, funding and work of NGOs in Azerbaijan');
  assert.deepEqual(ngo.recommendingStates, ['Norway']);
  assert.deepEqual(ngo.stateUnderReview, { name: 'Azerbaijan', iso3: 'AZE' });
  assert.deepEqual([ngo.cycle, ngo.session, ngo.year], [2, 16, 2013]);
  assert.deepEqual(ngo.response, { value: 'supported', source: 'uhri', detail: 'Supported' });
  assert.deepEqual(ngo.themes, ['Civil society', 'Freedom of association', 'Human rights defenders']);
  assert.deepEqual(ngo.affectedPersons, ['Civil society', 'Human rights defenders']);
  assert.deepEqual(ngo.sdgs, ['16.10']);
  assert.equal(ngo.provenance.file, file);
  assert.equal(ngo.provenance.importer, importer);
  assert.equal(ngo.part, undefined);

  // multi-country recommending, suffix "(Brazil, Chile)" removed
  const cped = byId(r, '109.3');
  assert.equal(cped.text, 'Ratify CPED');
  assert.deepEqual(cped.recommendingStates, ['Brazil', 'Chile']);
  assert.deepEqual(cped.sdgs, ['16.3', '16.10']);

  // Supported/Noted: supported, detail says partially; HTML with <span> and &nbsp;
  const competence = byId(r, '109.4');
  assert.deepEqual(competence.response, { value: 'supported', source: 'uhri', detail: 'Supported/Noted (partially)' });
  assert.match(competence.text, /^Ratify CPED and recognize the competence of the Committee .* other States$/);
  assert.equal(competence.sdgs, undefined);

  // merged item: inner suffixes stay, &#39; decoded, three States
  const coop = byId(r, '109.19');
  assert.match(coop.text, /^Maintain its effective cooperation with the Council's special procedure mandate holders \(Egypt\); continue .* \(Pakistan\); continue .*including the special procedures$/);
  assert.deepEqual(coop.recommendingStates, ['Egypt', 'Pakistan', 'Russian Federation']);

  const armenia = byId(r, '110.4');
  assert.equal(armenia.text, 'Fully respect article 1 of the ICESCR and article 1 of the ICCPR and end its policy of hostility and aggression against Nagorno-Karabakh');
  assert.equal(armenia.response.value, 'noted');
  // a theme containing " - " followed by lower case is one theme
  assert.deepEqual(armenia.themes, ['Right to self-determination', 'Economic, social & cultural rights - general measures of implementation']);

  // hyphenated State names: under review, and in a multi-country list
  const crpd = byId(r, '77.2');
  assert.equal(crpd.text, 'Ratify the CRPD');
  assert.equal(crpd.stateUnderReview.iso3, 'TLS');
  assert.equal(crpd.recommendingStates.length, 1);
  const nhri = byId(r, '96.22');
  assert.equal(nhri.text, 'Establish a national human rights institution in accordance with the Paris Principles');
  assert.deepEqual(nhri.recommendingStates, ['Timor-Leste', 'Thailand', 'Poland', 'Egypt', 'Canada']);
  assert.deepEqual(nhri.sdgs, ['16.a']);
  assert.equal(nhri.response.value, 'noted');
  // ID without a trailing period
  assert.equal(byId(r, '134.136').text, 'Continue to promote the role of women in society in order to ensure their integration into political life');

  assert.deepEqual(
    r.reviews.map((v) => [v.document, v.stateUnderReview.name, v.cycle, v.session, v.year, v.date, v.recommendationCount]),
    [
      ['A/HRC/24/13', 'Azerbaijan', 2, 16, 2013, '2013-07-05', 5],
      ['A/HRC/19/17', 'Timor-Leste', 1, 12, 2011, '2012-01-03', 1],
      ['A/HRC/18/11', 'Singapore', 1, 11, 2011, '2011-07-11', 1],
      ['A/HRC/28/11', 'Angola', 2, 20, 2014, '2014-12-05', 2],
    ],
  );
  assert.ok(r.reviews.every((v) => v.provenance.file === file && v.provenance.importer === importer));
}

// ---------------------------------------------------------------- JSON

test('JSON fixture: UPR recommendations only, fields mapped', () => {
  const r = importUhriJson(jsonBytes(), 'uhri-sample.json');
  checkSample(r, 'uhri-sample.json', 'uhri-json');
  // provenance line = line where the annotation object starts
  const lines = jsonBytes().toString('utf8').split('\n');
  for (const rec of r.recommendations) {
    assert.equal(lines[rec.provenance.line! - 1]!.trim(), '{');
    assert.ok(lines.slice(rec.provenance.line!, rec.provenance.line! + 10).join('\n').includes('"AnnotationId"'));
  }
});

test('looksLikeUhriJson', () => {
  assert.ok(looksLikeUhriJson(JSON.parse(jsonBytes().toString('utf8'))));
  assert.ok(looksLikeUhriJson([{ annotation_id: 'x', text: 'y' }]));
  assert.ok(!looksLikeUhriJson([]));
  assert.ok(!looksLikeUhriJson({ AnnotationId: 'x', Text: 'y' }));
  assert.ok(!looksLikeUhriJson([{ version: 1, recommendations: [] }]));
  assert.ok(!looksLikeUhriJson(['- UPR']));
  assert.ok(!looksLikeUhriJson(null));
});

test('JSON bad input: another shape, invalid JSON with position, truncated, empty', () => {
  const j = (s: string) => Buffer.from(s, 'utf8');
  assert.equal(errorOf(() => importUhriJson(j('{"version":1,"recommendations":[]}'), 'd.json')).message, 'd.json: expected an array of UHRI annotations, found an object');
  assert.match(errorOf(() => importUhriJson(j('[{"id":"109.1","text":"x"}]'), 'e.json')).reason, /^expected an array of UHRI annotations .*the first element is an object with id, text$/);
  assert.match(errorOf(() => importUhriJson(j('"hello"'), 'f.json')).reason, /^expected an array of UHRI annotations, found string$/);
  // invalid JSON: the position names line and column of the fault
  const bad = '[\n  {"AnnotationId": "a", "Body": "- UPR",\n   "Text": tru}\n]';
  assert.match(errorOf(() => importUhriJson(j(bad), 'g.json')).message, /^g\.json: invalid JSON at line 3, column 12 \(byte \d+\): /);
  const missingComma = '[{"AnnotationId": "a", "Text": "x"}\n {"AnnotationId": "b"}]';
  assert.match(errorOf(() => importUhriJson(j(missingComma), 'h.json')).reason, /^invalid JSON at line 2, column 2 .*expected ',' or ']'/);
  const trailing = '[{"AnnotationId": "a", "Text": "x"},]';
  assert.match(errorOf(() => importUhriJson(j(trailing), 'i.json')).reason, /^invalid JSON at line 1, column 37/);
  // truncated inside a string / after an element
  const full = jsonBytes();
  assert.match(errorOf(() => importUhriJson(full.subarray(0, 2000), 'cut.json')).reason, /^invalid JSON at line \d+, column \d+ .*unexpected end of file \(truncated\?\)/);
  assert.match(errorOf(() => importUhriJson(full.subarray(0, full.lastIndexOf(']')), 'cut2.json')).reason, /unexpected end of file/);
  assert.match(errorOf(() => importUhriJson(j('Symbol,Text\nA/HRC/24/13,x'), 'k.json')).reason, /^invalid JSON at line 1, column 1 /);
  assert.equal(errorOf(() => importUhriJson(j('  \n'), 'l.json')).reason, 'empty file');
  assert.equal(errorOf(() => importUhriJson(new Uint8Array(0), 'm.json')).reason, 'empty file');
  assert.match(errorOf(() => importUhriJson(j('[{"AnnotationId":"a","Text":"x"}] x'), 'n.json')).reason, /unexpected content after the array/);
});

test('JSON: empty array, BOM, non-object elements, records without ID, duplicates, parts', () => {
  const empty = importUhriJson(Buffer.from('\uFEFF[ ]', 'utf8'), 'empty.json');
  assert.deepEqual([empty.recommendations.length, empty.reviews.length, empty.warnings], [0, 0, ['empty.json: no annotations in the file']]);

  const base = { AnnotationType: '- Recommendations', Body: '- UPR', Symbol: 'A/HRC/11/20', Countries: '- Azerbaijan', UprSession: '- 4', UprPositions: '- Supported' };
  const annotations = [
    { ...base, AnnotationId: 'a1', Text: '<p>96.3. Ratify the Optional Protocol to CAT (France);</p>', UprRecommendingCountry: '- France' },
    { ...base, AnnotationId: 'a2', Text: '<p>96.3. Ratify the Optional Protocol to CAT and establish a national preventive mechanism (Czech Republic);</p>', UprRecommendingCountry: '- Czech Republic' },
    { ...base, AnnotationId: 'a3', Text: '<p>96.3. Ratify the Optional Protocol to CAT (France);</p>', UprRecommendingCountry: '- France' },
    { ...base, AnnotationId: 'a4', Text: '<p>The State should ratify the Optional Protocol.</p>' },
    42,
    { ...base, AnnotationId: 'a5', Text: '96.7 Abolish the death penalty (Italy).' },
  ];
  const r = importUhriJson(Buffer.from(JSON.stringify(annotations, null, 1)), 'parts.json');
  assert.deepEqual(r.recommendations.map((x) => [x.id, x.part, x.recommendingStates.join()]), [
    ['96.3', 1, 'France'],
    ['96.3', 2, 'Czechia'], // canonical name
    ['96.7', undefined, 'Italy'],
  ]);
  assert.equal(r.recommendations[2]!.text, 'Abolish the death penalty');
  assert.deepEqual([r.recommendations[0]!.cycle, r.recommendations[0]!.year], [1, 2009]);
  assert.equal(r.reviews[0]!.recommendationCount, 3);
  assert.equal(r.reviews[0]!.date, undefined);
  assert.equal(r.warnings.length, 3);
  assert.match(r.warnings[0]!, /^parts\.json: line \d+: element 5 is not a UHRI annotation \(a number\); skipped$/);
  assert.match(r.warnings[1]!, /^parts\.json: line \d+ \(AnnotationId a4\): no recommendation ID at the start of the text "The State should ratify the Optional Pro"; skipped$/);
  assert.equal(r.warnings[2], 'parts.json: 1 duplicate annotation (same Symbol, ID and text) skipped');
});

// ---------------------------------------------------------------- XLSX

test('XLSX fixture: same records as the JSON one, row numbers as lines', async () => {
  const r = await importUhriXlsx(xlsxBytes(), 'uhri-sample.xlsx');
  checkSample(r, 'uhri-sample.xlsx', 'uhri-xlsx');
  assert.deepEqual(r.recommendations.map((x) => x.provenance.line), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const fromJson = importUhriJson(jsonBytes(), 'uhri-sample.json');
  const strip = (x: Recommendation) => ({ ...x, provenance: undefined });
  assert.deepEqual(r.recommendations.map(strip), fromJson.recommendations.map(strip));
});

async function workbook(rows: unknown[][], sheetName = 'Sheet1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('XLSX: header below a title row, spaced header names, rich text and a second sheet without header', async () => {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('About');
  notes.addRow(['Universal Human Rights Index export']);
  const ws = wb.addWorksheet('Data');
  ws.addRow(['Universal Human Rights Index — search results']);
  ws.addRow([]);
  ws.addRow(['Annotation Id', 'Annotation Type', 'Body', 'Symbol', 'Publication Date', 'Text', 'Countries', 'Upr Session', 'Upr Positions', 'Upr Recommending Country']);
  ws.addRow(['u1', '- Recommendations', '- UPR', 'A/HRC/39/14', '2018-07-11T00:00:00', { richText: [{ text: '139.7 Ratify ' }, { font: { bold: true }, text: 'OP-CAT' }, { text: ' (Guinea-Bissau, Timor-Leste);' }] }, '- Azerbaijan', 30, '- Supported', '- Guinea-Bissau - Timor-Leste']);
  ws.addRow([]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const r = await importUhriXlsx(bytes, 'titled.xlsx');
  assert.equal(r.recommendations.length, 1);
  const rec = r.recommendations[0]!;
  assert.deepEqual([rec.document, rec.id, rec.text, rec.session, rec.cycle, rec.year], ['A/HRC/39/14', '139.7', 'Ratify OP-CAT', 30, 3, 2018]);
  assert.deepEqual(rec.recommendingStates, ['Guinea-Bissau', 'Timor-Leste']);
  assert.equal(rec.provenance.line, 4);
  assert.equal(r.reviews[0]!.date, '2018-07-11');
});

test('XLSX bad input: no header row, not an XLSX, a ZIP without worksheets, truncated, empty', async () => {
  const noHeader = await workbook([['Symbol', 'Paragraph', 'Recommendation'], ['A/HRC/24/13', '109.118', 'Remove all…']]);
  const e1 = await asyncErrorOf(importUhriXlsx(noHeader, 'plain.xlsx'));
  assert.match(e1.message, /^plain\.xlsx: no UHRI header row in the first 10 rows .*; the best candidate row lacks Text, Body$/);
  const e2 = await asyncErrorOf(importUhriXlsx(Buffer.from('Symbol,Text\nA/HRC/24/13,x\n'), 'export.xlsx'));
  assert.equal(e2.message, 'export.xlsx: not an XLSX file (not a ZIP archive)');
  const e3 = await asyncErrorOf(importUhriXlsx(new Uint8Array(0), 'none.xlsx'));
  assert.equal(e3.reason, 'empty file');
  // a ZIP holding no workbook
  const emptyZip = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');
  const e4 = await asyncErrorOf(importUhriXlsx(Buffer.concat([Buffer.from('504b0304', 'hex'), emptyZip]), 'odd.xlsx'));
  assert.match(e4.reason, /^not (an XLSX workbook \(no worksheet\)|a readable XLSX file)/);
  const docx = fs.readFileSync(path.join(fixtures, 'not-a-workbook.xlsx'));
  assert.equal((await asyncErrorOf(importUhriXlsx(docx, 'not-a-workbook.xlsx'))).reason, 'not an XLSX workbook (no worksheet)');
  const full = xlsxBytes();
  const e5 = await asyncErrorOf(importUhriXlsx(full.subarray(0, Math.floor(full.length / 2)), 'half.xlsx'));
  assert.equal(e5.reason, 'not a readable XLSX file (the ZIP archive is truncated or damaged)');
});

// ---------------------------------------------------------------- pieces

test('list fields: "- A - B" cells, arrays, line breaks, hyphenated names, SDGs', () => {
  assert.deepEqual(listValue('- Guinea-Bissau - Timor-Leste - United Kingdom of Great Britain and Northern Ireland'), ['Guinea-Bissau', 'Timor-Leste', 'United Kingdom of Great Britain and Northern Ireland']);
  assert.deepEqual(listValue(['- Supported', 'Noted']), ['Supported', 'Noted']);
  assert.deepEqual(listValue('- A\n- B'), ['A', 'B']);
  assert.deepEqual(listValue('- Civil & political rights - general measures of implementation - Human rights defenders'), ['Civil & political rights - general measures of implementation', 'Human rights defenders']);
  assert.deepEqual(
    listValue('- 16.2 - End abuse, exploitation, trafficking - and all forms of violence - 5 - GENDER EQUALITY - 16.a - Strengthen institutions', 'sdg'),
    ['16.2 - End abuse, exploitation, trafficking - and all forms of violence', '5 - GENDER EQUALITY', '16.a - Strengthen institutions'],
  );
  assert.deepEqual(listValue(null), []);
  assert.deepEqual(listValue(''), []);
  assert.deepEqual(listValue('-'), []);
});

test('HTML to text: tags, entities, block breaks, scripts dropped', () => {
  assert.equal(htmlToText('<p>137.197 Take &amp; ensure the State&#39;s &lsquo;plan&rsquo;&nbsp;now</p>'), '137.197 Take & ensure the State\'s ‘plan’ now');
  assert.equal(htmlToText('<div><p>a</p><p>b<br/>c</p></div><script>alert(1)</script>'), 'a b c');
  assert.equal(htmlToText('children under 18 &lt; adults'), 'children under 18 < adults');
  assert.equal(htmlToText('plain   text\n(Norway);'), 'plain text (Norway);');
});

test('positions and State suffixes', () => {
  assert.deepEqual(positionToResponse(['Supported']), { value: 'supported', source: 'uhri', detail: 'Supported' });
  assert.deepEqual(positionToResponse(['Noted']), { value: 'noted', source: 'uhri', detail: 'Noted' });
  assert.deepEqual(positionToResponse(['Supported/Noted']), { value: 'supported', source: 'uhri', detail: 'Supported/Noted (partially)' });
  assert.deepEqual(positionToResponse(['Supported', 'Noted']), { value: 'supported', source: 'uhri', detail: 'Supported/Noted (partially)' });
  assert.deepEqual(positionToResponse([]), { value: 'unknown', source: 'uhri' });
  assert.deepEqual(stripStateSuffix('Ratify the Convention (France) (Lithuania);', ['France', 'Lithuania']), { text: 'Ratify the Convention', suffixStates: ['France', 'Lithuania'] });
  assert.deepEqual(stripStateSuffix('Ratify ILO Convention (No. 29)', ['Norway']).text, 'Ratify ILO Convention (No. 29)');
  assert.deepEqual(stripStateSuffix('Ratify the Convention (CEDAW);', []).text, 'Ratify the Convention (CEDAW)');
  assert.deepEqual(stripStateSuffix('Ratify CPED (Trinidad and Tobago, Chile).', []), { text: 'Ratify CPED', suffixStates: ['Trinidad and Tobago', 'Chile'] });
  assert.deepEqual(stripStateSuffix('Ratify CPED (Bolivarian Republic of Somewhere)', ['Bolivarian Republic of Somewhere']).text, 'Ratify CPED');
});
