import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importWgReportPdf, importWgReportText } from '../../server/src/engine/importers/wgReport';
import { ImportError, type ImportResult } from '../../server/src/engine/importers/importResult';
import type { Recommendation } from '../../server/src/engine/model/recommendation';
import { fixture, NO_SHARED_DATA, SHARED_DATA } from '../helpers/paths';

const PDF = path.join(SHARED_DATA, 'wg-reports', 'pdf');
const TXT = path.join(SHARED_DATA, 'wg-reports', 'txt');

const pdf = (name: string): Promise<ImportResult> => importWgReportPdf(fs.readFileSync(path.join(PDF, name)), `wg-reports/pdf/${name}`);
const one = (r: ImportResult, id: string): Recommendation => {
  const found = r.recommendations.filter((x) => x.id === id);
  assert.equal(found.length, 1, `one record for ${id}, got ${found.length}`);
  return found[0]!;
};

test('Azerbaijan 2013 (A/HRC/24/13): 162 IDs, 109.1–109.158 pending and 110.1–110.4 noted', { skip: NO_SHARED_DATA }, async () => {
  const r = await pdf('azerbaijan2013.pdf');
  assert.equal(r.importer, 'wg-report-pdf');
  const review = r.reviews[0]!;
  assert.equal(review.document, 'A/HRC/24/13');
  assert.deepEqual(review.stateUnderReview, { name: 'Azerbaijan', iso3: 'AZE' });
  assert.equal(review.session, 16);
  assert.equal(review.cycle, 2);
  assert.equal(review.date, '2013-04-30');
  assert.equal(review.recommendationCount, r.recommendations.length);

  const ids = [...new Set(r.recommendations.map((x) => x.id))];
  const expected = [...Array.from({ length: 158 }, (_, i) => `109.${i + 1}`), ...Array.from({ length: 4 }, (_, i) => `110.${i + 1}`)];
  assert.deepEqual(ids, expected);
  assert.ok(r.recommendations.every((x) => x.document === 'A/HRC/24/13' && x.recommendingStates.length > 0));
  for (const x of r.recommendations) {
    assert.equal(x.response.value, x.id.startsWith('109.') ? 'pending' : 'noted', x.id);
    assert.equal(x.response.source, 'wg-report');
  }
  assert.equal(one(r, '110.1').response.detail, 'were rejected');
  assert.deepEqual(r.warnings, []);
});

test('Azerbaijan 2013: 109.118 (Norway), 109.3 (Brazil, Chile), wrapped texts, pages', { skip: NO_SHARED_DATA }, async () => {
  const r = await pdf('azerbaijan2013.pdf');
  const ngo = one(r, '109.118');
  assert.equal(ngo.text, 'Remove all legislative and practical obstacles for the registration, funding and work of NGOs in Azerbaijan');
  assert.deepEqual(ngo.recommendingStates, ['Norway']);
  assert.deepEqual(ngo.provenance, { file: 'wg-reports/pdf/azerbaijan2013.pdf', importer: 'wg-report-pdf', page: 21 });
  const cped = one(r, '109.3');
  assert.equal(cped.text, 'Ratify CPED');
  assert.deepEqual(cped.recommendingStates, ['Brazil', 'Chile']);
  // A State name wrapped over two lines of the PDF.
  assert.deepEqual(one(r, '109.35').recommendingStates, ['United Arab Emirates']);
  assert.equal(one(r, '109.35').text, 'Involve all stakeholders, including civil society in the implementation of the National Action Plan, in order to ensure its success');
  // Two texts with their own States under one ID.
  const rome = r.recommendations.filter((x) => x.id === '109.9');
  assert.deepEqual(rome.map((x) => [x.part, x.text, x.recommendingStates]), [
    [1, 'Ratify the Rome Statute of the ICC', ['Romania']],
    [2, 'accede to the Rome Statute of the ICC', ['Chad']],
  ]);
});

test('Azerbaijan 2009 gives the same IDs, States and texts from the PDF and from the text edition', { skip: NO_SHARED_DATA }, async () => {
  const fromPdf = await pdf('azerbaijan2009.pdf');
  const fromTxt = importWgReportText(fs.readFileSync(path.join(TXT, 'azerbaijan2009.txt')), 'azerbaijan2009.txt');
  assert.equal(fromPdf.reviews[0]!.document, 'A/HRC/11/20');
  assert.equal(fromTxt.reviews[0]!.document, 'A/HRC/11/20');
  const key = (x: Recommendation): string => `${x.id}/${x.part ?? 0} ${x.recommendingStates.join(', ')} :: ${x.text}`;
  assert.deepEqual(fromPdf.recommendations.map(key), fromTxt.recommendations.map(key));
  assert.equal(fromPdf.recommendations.length, 87);
  // The PDF prints the States after the verbs: "pledge (Latvia) and issue (Norway) and implement (Czech Republic)".
  assert.deepEqual(one(fromPdf, '96.5').recommendingStates, ['Latvia', 'Norway', 'Czechia']);
  assert.equal(one(fromPdf, '96.5').provenance.page, 18);
});

test('a PDF without a text layer is refused with a one-line reason', async () => {
  const file = fixture('wg-report', 'no-text-layer.pdf');
  await assert.rejects(importWgReportPdf(fs.readFileSync(file), 'scan.pdf'), (e: unknown) => {
    assert.ok(e instanceof ImportError);
    assert.equal(e.file, 'scan.pdf');
    assert.match(e.message, /^scan\.pdf: has no text layer \(an image-only, scanned PDF\)/);
    assert.ok(!e.message.includes('\n'));
    return true;
  });
});

test('truncated, corrupt and empty PDFs are refused', async () => {
  const truncated = fs.readFileSync(fixture('wg-report', 'truncated.pdf'));
  await assert.rejects(importWgReportPdf(truncated, 't.pdf'), /^ImportError: t\.pdf: is not a readable PDF \(corrupt or truncated/);
  await assert.rejects(importWgReportPdf(Buffer.from('%PDF-1.7\nnot really a PDF'), 'c.pdf'), /c\.pdf: is not a readable PDF/);
  await assert.rejects(importWgReportPdf(new Uint8Array(0), 'e.pdf'), /e\.pdf: is empty/);
});

test('the caller’s buffer is left intact (pdfjs detaches the buffer it is given)', async () => {
  const bytes = fs.readFileSync(fixture('wg-report', 'no-text-layer.pdf'));
  const copy = Buffer.from(bytes);
  await assert.rejects(importWgReportPdf(bytes, 'scan.pdf'));
  assert.equal(bytes.byteLength, copy.byteLength);
  assert.ok(Buffer.from(bytes).equals(copy));
});

test('all 43 PDFs import: symbols A/HRC/n/n, sessions 15–17 (2013) and 4 (2009), no record without a State', { skip: NO_SHARED_DATA }, async () => {
  const files = fs.readdirSync(PDF).filter((f) => f.endsWith('.pdf'));
  assert.equal(files.length, 43);
  const symbols = new Set<string>();
  for (const f of files) {
    const r = await pdf(f);
    const review = r.reviews[0]!;
    assert.match(review.document, /^A\/HRC\/\d+\/\d+$/, f);
    assert.ok(!symbols.has(review.document), `${f}: ${review.document} twice`);
    symbols.add(review.document);
    assert.ok(review.stateUnderReview.iso3, `${f}: State under review`);
    assert.ok(f === 'azerbaijan2009.pdf' ? review.session === 4 : review.session! >= 15 && review.session! <= 17, `${f}: session ${review.session}`);
    assert.ok(r.recommendations.length >= 80, `${f}: ${r.recommendations.length} records`);
    for (const x of r.recommendations) assert.ok(x.recommendingStates.length > 0, `${f} ${x.id}: no State`);
  }
});

test('an encrypted PDF is refused with a clear reason', async () => {
  // test/fixtures/wg-report/encrypted.pdf: no-text-layer.pdf encrypted with qpdf (AES-256, user password "secret").
  const bytes = fs.readFileSync(fixture('wg-report', 'encrypted.pdf'));
  await assert.rejects(importWgReportPdf(bytes, 'locked.pdf'), /^ImportError: locked\.pdf: is an encrypted \(password-protected\) PDF/);
});
