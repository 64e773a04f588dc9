import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parentheticalSource } from '../../server/src/engine/document/citations';
import { endnoteMarkerNumbers } from '../../server/src/engine/document/endnoteMarkers';
import { parseSubmission } from '../../server/src/engine/document/parseSubmission';
import { slice } from './helpers';

/** The citations of each sentence of `md`, as [kind, source slice]. */
function citations(md: string): Array<Array<[string, string]>> {
  const doc = parseSubmission(md);
  return doc.blocks.flatMap((b) => b.sentences.map((s) => s.citations.map((c): [string, string] => [c.kind, slice(doc, c.range)])));
}

test('footnote references before or after the full stop', () => {
  assert.deepEqual(citations('He was detained.[^1] She was detained[^2]. Nobody was.\n\n[^1]: a\n[^2]: b\n'), [
    [['footnote', '[^1]']],
    [['footnote', '[^2]']],
    [],
  ]);
});

test('a footnote reference without a definition is still a citation, marked undefined', () => {
  const doc = parseSubmission('He was detained.[^7]');
  const c = doc.blocks[0]!.sentences[0]!.citations;
  assert.deepEqual(c, [{ kind: 'footnote', label: '7', identifier: '7', defined: false, range: { start: 16, end: 20 } }]);
});

test('inline links, reference links and bare URLs', () => {
  const md = [
    'Twenty were [detained](https://hrw.org/report).',
    'The court [agreed][judgment].',
    'See https://example.org/report for the list.',
    'See <https://example.org/a> too.',
    'See [the section above](#intro) for the method.',
  ].join(' ') + '\n\n[judgment]: https://hudoc.echr.coe.int/x\n';
  const doc = parseSubmission(md);
  const s = doc.blocks[0]!.sentences;
  assert.deepEqual(
    s.map((x) => x.citations.map((c) => (c.kind === 'link' ? [c.url ?? `ref:${c.reference}`, c.text, slice(doc, c.range)] : c.kind))),
    [
      [['https://hrw.org/report', 'detained', '[detained](https://hrw.org/report)']],
      [['ref:judgment', 'agreed', '[agreed][judgment]']],
      [['https://example.org/report', 'https://example.org/report', 'https://example.org/report']],
      [['https://example.org/a', 'https://example.org/a', '<https://example.org/a>']],
      [], // a link to the document's own heading is not a source
    ],
  );
});

test('parenthetical sources with a year or a UN symbol', () => {
  assert.deepEqual(citations('At least 23 were detained (Human Rights Watch, 2020).'), [[['parenthetical', '(Human Rights Watch, 2020)']]]);
  assert.deepEqual(citations('The Working Group said so (A/HRC/39/14).'), [[['parenthetical', '(A/HRC/39/14)']]]);
  assert.deepEqual(citations('The Committee found it (CCPR/C/AZE/CO/4, para. 12).'), [[['parenthetical', '(CCPR/C/AZE/CO/4, para. 12)']]]);
  assert.deepEqual(citations('It was closed (*Amnesty International*, 2019, p. 4).'), [[['parenthetical', '(*Amnesty International*, 2019, p. 4)']]]);
  assert.deepEqual(citations('As reported (see E/C.12/AZE/CO/4).'), [[['parenthetical', '(see E/C.12/AZE/CO/4)']]]);
  const doc = parseSubmission('X (Human Rights Watch, 2020).');
  const c = doc.blocks[0]!.sentences[0]!.citations[0]!;
  assert.deepEqual(c, { kind: 'parenthetical', text: 'Human Rights Watch, 2020', range: { start: 2, end: 28 }, symbols: [], year: 2020 });
});

test('brackets that are not sources', () => {
  for (const inner of ['Norway', '2 per cent', 'in 2020', 'May 2018', '15 May 2018', 'Norway, 2013', 'Brazil and Chile, 2013', 'NHC', 'see below', 'defamation', '109.118, Norway']) {
    assert.equal(parentheticalSource(inner), undefined, inner);
  }
  assert.deepEqual(citations('Norway made it (Norway). It rose (2 per cent). It fell (in 2020).'), [[], [], []]);
});

test('several citations in one sentence, in source order', () => {
  assert.deepEqual(citations('Ten [were](http://a) held (HRW, 2019).[^1]\n\n[^1]: x\n'), [
    [
      ['link', '[were](http://a)'],
      ['parenthetical', '(HRW, 2019)'],
      ['footnote', '[^1]'],
    ],
  ]);
});

test('a bare URL that GFM finds only after parsing (a node without position) keeps exact ranges', () => {
  const md = '*Annual*, p. 4,\n<https://example.o and rg/irfs-2017>. Next (HRW, 2019).';
  const doc = parseSubmission(md);
  const [first, second] = doc.blocks[0]!.sentences;
  assert.equal(first!.text, 'Annual, p. 4, <https://example.o and rg/irfs-2017>.');
  assert.equal(slice(doc, first!.range), '*Annual*, p. 4,\n<https://example.o and rg/irfs-2017>.');
  assert.deepEqual(first!.citations.map((c) => [c.kind, slice(doc, c.range)]), [['link', 'https://example.o']]);
  assert.deepEqual(second!.citations.map((c) => [c.kind, slice(doc, c.range)]), [['parenthetical', '(HRW, 2019)']]);
});

test('endnote numbers written as text, as Word and PDF conversions leave them, are citations of the sentence they end', () => {
  const md = [
    'Police arrested 40 protesters on 3 May 2016.<sup>12</sup> The court sentenced Ahmed Said in 2017.¹³',
    'Parliament adopted Law 149.^14^ Officers detained Mona Ali in March 2018 [15, 16].',
    'The NGO Law was passed in 2017.16 Nobody was released.',
  ].join(' ');
  assert.deepEqual(citations(md), [
    [['endnote-marker', '12']], // the digits inside <sup>…</sup>
    [['endnote-marker', '¹³']],
    [['endnote-marker', '^14^']],
    [['endnote-marker', '[15, 16]']],
    [['endnote-marker', '16']],
    [],
  ]);
});

test('numbers after a full stop that are no endnote markers stay numbers', () => {
  // A decimal, a recommendation ID and an article number: no boundary, no citation.
  assert.deepEqual(citations('Growth was 3.5 per cent. See para. 109.118 (Norway). Article 147.1 of the Code applies.'), [[], [], []]);
  // A number glued to a word's full stop but followed by lower case is not a marker.
  assert.deepEqual(citations('He was held in cell no.12 for a week.'), [[]]);
});

test('an acronym with a year in brackets is a source, even when the acronym is also a State code ("(FRA, 2016)")', () => {
  assert.deepEqual(parentheticalSource('FRA, 2016'), { symbols: [], year: 2016 });
  assert.equal(parentheticalSource('Norway, 2013'), undefined);
});

test("a court's case number with its date in brackets is a source; a bare number is not", () => {
  assert.deepEqual(parentheticalSource('no. 46956/09, judgment of 24 July 2014'), { symbols: [], year: 2014 });
  assert.deepEqual(parentheticalSource('application no. 7511/13, 2017'), { symbols: [], year: 2017 });
  assert.equal(parentheticalSource('no. 12 in 2016'), undefined);
});

test('an endnote marker written as text names its numbers', () => {
  assert.deepEqual(endnoteMarkerNumbers('¹²'), ['12']);
  assert.deepEqual(endnoteMarkerNumbers('[3, 4]'), ['3', '4']);
  assert.deepEqual(endnoteMarkerNumbers('[2–4]'), ['2', '3', '4']);
  assert.deepEqual(endnoteMarkerNumbers('^07^'), ['7']);
});
