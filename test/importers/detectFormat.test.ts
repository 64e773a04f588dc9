import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat } from '../../server/src/engine/importers/detectFormat';

const b = (s: string): Uint8Array => Buffer.from(s, 'latin1');

test('content decides before the extension', () => {
  assert.equal(detectFormat('report.txt', b('%PDF-1.7\n...')), 'wg-report-pdf');
  assert.equal(detectFormat('export', b('PK\x03\x04....')), 'uhri-xlsx');
  assert.equal(detectFormat('matrix.docx', b('PK\x03\x04....')), undefined);
});

test('JSON: a UHRI export or a dataset', () => {
  assert.equal(detectFormat('x.json', b('[{"AnnotationId":"1"}]')), 'uhri-json');
  assert.equal(detectFormat('x.json', b('{"version":1,"reviews":[],"recommendations":[]}')), 'upr-dataset');
  assert.equal(detectFormat('mine.upr.json', b('garbage')), 'upr-dataset');
});

test('text by extension, unknown otherwise', () => {
  assert.equal(detectFormat('a.csv', b('To,Text')), 'upr-info-csv');
  assert.equal(detectFormat('a.txt', b('UNITED NATIONS')), 'wg-report-text');
  assert.equal(detectFormat('a.png', b('\x89PNG')), undefined);
});
