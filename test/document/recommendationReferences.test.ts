import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRecommendationReferences, resolveStateList } from '../../server/src/engine/document/recommendationReferences';
import { parseSubmission } from '../../server/src/engine/document/parseSubmission';
import { slice } from './helpers';

/** [id, form, document, states, slice of the ID range] for every reference in `md`. */
function refs(md: string): Array<[string, string, string | undefined, string[] | undefined, string]> {
  const doc = parseSubmission(md);
  return doc.recommendationReferences.map((r) => [r.id, r.form, r.document, r.recommendingStates, slice(doc, r.range)]);
}

test('symbol and paragraph: A/HRC/24/13, para. 109.118', () => {
  const doc = parseSubmission('Azerbaijan supported A/HRC/24/13, para. 109.118 in 2013.');
  const [r] = doc.recommendationReferences;
  assert.deepEqual(r, {
    id: '109.118',
    range: { start: 40, end: 47 },
    form: 'symbol-paragraph',
    expressionRange: { start: 21, end: 47 },
    document: 'A/HRC/24/13',
  });
  assert.equal(slice(doc, r!.expressionRange), 'A/HRC/24/13, para. 109.118');
});

test('para. and paras. with lists and ranges', () => {
  assert.deepEqual(refs('It supported para. 109.118.'), [['109.118', 'paragraph', undefined, undefined, '109.118']]);
  assert.deepEqual(refs('It noted paras. 109.124 and 109.125.'), [
    ['109.124', 'paragraph', undefined, undefined, '109.124'],
    ['109.125', 'paragraph', undefined, undefined, '109.125'],
  ]);
  assert.deepEqual(
    refs('It noted paras. 109.1, 109.2, and 109.3.').map((r) => r[0]),
    ['109.1', '109.2', '109.3'],
  );
  assert.deepEqual(refs('See A/HRC/24/13, paras. 109.1–109.4.'), [
    ['109.1', 'symbol-paragraph', 'A/HRC/24/13', undefined, '109.1'],
    ['109.2', 'symbol-paragraph', 'A/HRC/24/13', undefined, '109.1–109.4'],
    ['109.3', 'symbol-paragraph', 'A/HRC/24/13', undefined, '109.1–109.4'],
    ['109.4', 'symbol-paragraph', 'A/HRC/24/13', undefined, '109.4'],
  ]);
  assert.deepEqual(refs('See paragraph 110.2.').map((r) => r[0]), ['110.2']);
});

test('recommendation(s) with and without the recommending State', () => {
  assert.deepEqual(refs('It supported recommendation 109.118 (Norway).'), [['109.118', 'recommendation', undefined, ['Norway'], '109.118']]);
  assert.deepEqual(refs('It supported recommendations 109.3 and 109.4.'), [
    ['109.3', 'recommendation', undefined, undefined, '109.3'],
    ['109.4', 'recommendation', undefined, undefined, '109.4'],
  ]);
  assert.deepEqual(refs('It noted Recommendation No. 109.118.'), [['109.118', 'recommendation', undefined, undefined, '109.118']]);
  const doc = parseSubmission('It supported recommendation 109.118 (Norway) in 2013.');
  assert.equal(slice(doc, doc.recommendationReferences[0]!.expressionRange), 'recommendation 109.118 (Norway)');
});

test('bracketed ID and State: (109.118, Norway), (109.3, Brazil, Chile), (A/HRC/24/13, para. 109.118)', () => {
  assert.deepEqual(refs('It promised to register NGOs (109.118, Norway).'), [['109.118', 'parenthetical', undefined, ['Norway'], '109.118']]);
  assert.deepEqual(refs('It promised reform (109.3, Brazil, Chile).'), [['109.3', 'parenthetical', undefined, ['Brazil', 'Chile'], '109.3']]);
  assert.deepEqual(refs('It promised reform (A/HRC/24/13, para. 109.118).'), [['109.118', 'symbol-paragraph', 'A/HRC/24/13', undefined, '109.118']]);
  assert.deepEqual(refs('It promised reform (A/HRC/24/13, 109.118).'), [['109.118', 'symbol-paragraph', 'A/HRC/24/13', undefined, '109.118']]);
});

test('an ID followed by its State: 109.118 (Norway)', () => {
  assert.deepEqual(refs('It supported 109.118 (Norway) but did nothing.'), [['109.118', 'id-with-state', undefined, ['Norway'], '109.118']]);
  assert.deepEqual(refs('It supported 109.3 (Brazil and Chile).'), [['109.3', 'id-with-state', undefined, ['Brazil', 'Chile'], '109.3']]);
  assert.deepEqual(refs('It supported 109.20 (Bosnia and Herzegovina).'), [['109.20', 'id-with-state', undefined, ['Bosnia and Herzegovina'], '109.20']]);
  assert.deepEqual(refs('It supported 109.21 (Iran (Islamic Republic of)).'), [['109.21', 'id-with-state', undefined, ['Iran (Islamic Republic of)'], '109.21']]);
  assert.deepEqual(refs('It supported 109.22 (United Kingdom).'), [['109.22', 'id-with-state', undefined, ['United Kingdom of Great Britain and Northern Ireland'], '109.22']]);
});

test('decimals that are not references', () => {
  for (const s of [
    'Registrations fell by 3.5 per cent.',
    'Article 147.1 of the Criminal Code was used.',
    'Article 147.1 (Azerbaijan) was used.',
    'It runs version 2.0 of the software.',
    'It cost 1.5 million manat.',
    'The Committee noted it (CCPR/C/AZE/CO/4, para. 12.3).',
    'The answer is in A/HRC/24/13/Add.1, para. 5.1.',
    'Growth was 3.5 (2019).',
    'It had 109.118 members.',
    'Since (109.118) nothing changed.',
  ]) {
    assert.deepEqual(refs(s), [], s);
  }
});

test('table cells that hold only an ID, in an ID column, take the State from the row', () => {
  const md = [
    '| ID | Recommending State | Position | Assessment |',
    '|---|---|---|---|',
    '| 109.118 | Norway | Supported | Not implemented |',
    '| 109.3, 109.4 | Brazil, Chile | Noted | Not implemented |',
    '| para. 110.2 (Mexico) | | Supported | 3.5 |',
    '',
  ].join('\n');
  assert.deepEqual(refs(md), [
    ['109.118', 'table-cell', undefined, ['Norway'], '109.118'],
    ['109.3', 'table-cell', undefined, ['Brazil', 'Chile'], '109.3'],
    ['109.4', 'table-cell', undefined, ['Brazil', 'Chile'], '109.4'],
    ['110.2', 'paragraph', undefined, ['Mexico'], '110.2'],
  ]);
});

test('a decimal in a table without an ID column is not a reference', () => {
  const md = ['| Year | Rate |', '|---|---|', '| 2014 | 3.5 |', '| 2015 | 109.118 |', ''].join('\n');
  assert.deepEqual(refs(md), []);
});

test('the State list resolver joins names containing "and" and commas', () => {
  assert.deepEqual(resolveStateList('Brazil, Chile and Norway'), ['Brazil', 'Chile', 'Norway']);
  assert.deepEqual(resolveStateList('Trinidad and Tobago'), ['Trinidad and Tobago']);
  assert.equal(resolveStateList('Norway and friends'), undefined);
  assert.equal(resolveStateList('2013'), undefined);
});

test('plain-text finder gives plain offsets', () => {
  const text = 'See paras. 109.124 and 109.125.';
  assert.deepEqual(
    findRecommendationReferences(text).map((r) => [r.id, text.slice(r.start, r.end), text.slice(r.expressionStart, r.expressionEnd)]),
    [
      ['109.124', '109.124', 'paras. 109.124 and 109.125'],
      ['109.125', '109.125', 'paras. 109.124 and 109.125'],
    ],
  );
});

test('a bracket after a keyword reference that is not a State stays outside the expression', () => {
  const doc = parseSubmission('Legal and/or para. 109.118 (2013) applies.');
  const [r] = doc.recommendationReferences;
  assert.equal(r?.id, '109.118');
  assert.equal(slice(doc, r!.expressionRange), 'para. 109.118');
  assert.equal(r?.recommendingStates, undefined);
});

test('a range with States is reported once per ID', () => {
  assert.deepEqual(
    refs('Azerbaijan accepted recommendations 109.47–109.49 (Germany, France) and noted 110.2 (Canada).').map((r) => [r[0], r[1], r[3]]),
    [
      ['109.47', 'recommendation', ['Germany', 'France']],
      ['109.48', 'recommendation', ['Germany', 'France']],
      ['109.49', 'recommendation', ['Germany', 'France']],
      ['110.2', 'id-with-state', ['Canada']],
    ],
  );
});

test('the document a paragraph belongs to may be separated from it by a year', () => {
  assert.deepEqual(refs('The Committee asked for it (CCPR/C/AZE/CO/4 (2016), para. 12.3).'), []);
  assert.deepEqual(refs('Azerbaijan supported A/HRC/24/13 (2013), para. 109.118.'), [['109.118', 'symbol-paragraph', 'A/HRC/24/13', undefined, '109.118']]);
});
