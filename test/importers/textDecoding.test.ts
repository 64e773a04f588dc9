import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from '../../server/src/engine/importers/textDecoding';

test('UTF-8 (with and without BOM) is read as UTF-8', () => {
  assert.deepEqual(decodeText(Buffer.from('Côte d’Ivoire\n', 'utf8')), { text: 'Côte d’Ivoire\n', encoding: 'utf-8', lineEnding: 'lf' });
  assert.equal(decodeText(Buffer.from('\uFEFFOK', 'utf8')).text, 'OK');
});

test('Mac Roman with bare CR is decoded and the line endings normalised', () => {
  const bytes = iconv.encode('women’s rights\rCôte d’Ivoire\r', 'macintosh');
  assert.deepEqual(decodeText(bytes), { text: 'women’s rights\nCôte d’Ivoire\n', encoding: 'macintosh', lineEnding: 'cr' });
});

test('a Mac Roman file with only a few accented letters is not taken for Windows-1252', () => {
  // From 6-9.csv: "Guaraní" and "vis-à-vis" would read "Guaran’" and "visˆvis".
  const bytes = iconv.encode('the Guaraní language\rvis-à-vis the State\r', 'macintosh');
  assert.equal(decodeText(bytes).text, 'the Guaraní language\nvis-à-vis the State\n');
});

test('Windows-1252 with CRLF is read as Windows-1252', () => {
  const bytes = iconv.encode('“Quoted” – the State’s view\r\nnext\r\n', 'windows-1252');
  assert.deepEqual(decodeText(bytes), { text: '“Quoted” – the State’s view\nnext\n', encoding: 'windows-1252', lineEnding: 'crlf' });
});
