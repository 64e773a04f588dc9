import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../server/src/engine/document/sentences';
import { parseSubmission } from '../../server/src/engine/document/parseSubmission';
import { sentenceSlices, sentenceTexts, slice } from './helpers';

function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

test('splits at full stops, question and exclamation marks followed by a capital', () => {
  assert.deepEqual(split('The law was adopted. It entered into force in 2014! Was it applied? No.'), [
    'The law was adopted.',
    'It entered into force in 2014!',
    'Was it applied?',
    'No.',
  ]);
  assert.deepEqual(split('  One.   Two.  '), ['One.', 'Two.']);
  assert.deepEqual(split(''), []);
  assert.deepEqual(split('No terminal punctuation'), ['No terminal punctuation']);
});

test('legal and UN abbreviations do not end a sentence', () => {
  const cases = [
    'Art. 12 of the Law on NGOs was amended.',
    'Arts. 12 and 13 were amended.',
    'Law No. 2-V was adopted.',
    'Decisions Nos. 5 and 6 followed.',
    'See para. 109.118 of the report.',
    'See paras. 109.124 and 109.125 of the report.',
    'The U.N. Special Rapporteur visited Baku.',
    'Mr. Aliyev was arrested.',
    'Ms. Ismayilova was sentenced.',
    'Dr. Mammadov testified.',
    'Several bodies, e.g. The Venice Commission, objected.',
    'Several bodies, i.e. The treaty bodies, objected.',
    'Journalists, lawyers, etc. were targeted.',
    'Mammadli v. Azerbaijan was decided in 2018.',
    'This differs, cf. The earlier ruling.',
    'The hearing on Jan. 12 was closed.',
    'The hearing was postponed to Dec. 2019 by the court.',
    'He was held in St. Petersburg.',
    'The lawyer J. Smith appealed.',
    'Growth was 3.5 per cent.',
    'Recommendation 109.118 was supported.',
    'The report A/HRC/24/13 lists them.',
    'Under Art. IV of the statute it was closed.',
    'Schools were permitted under DepEd Order No. 62, s. 2011 and later orders.',
    'It bars liability (Office on Missing Persons Act, No. 14 of 2016, ss. 10 and 13).',
  ];
  for (const c of cases) assert.deepEqual(split(c), [c], c);
});

test('a decade ending in s before a number still ends a sentence', () => {
  assert.deepEqual(split('Arrests rose in the 1990s. 2010 was worse.'), ['Arrests rose in the 1990s.', '2010 was worse.']);
});

test('etc. at the end of a sentence does end it', () => {
  assert.deepEqual(split('They seized laptops, phones, etc. The court agreed.'), [
    'They seized laptops, phones, etc.',
    'The court agreed.',
  ]);
});

test('a number ends a sentence; a closing quote or bracket stays with it', () => {
  assert.deepEqual(split('He was arrested in 2013. Then he was released.'), ['He was arrested in 2013.', 'Then he was released.']);
  assert.deepEqual(split('He said "we will appeal." The court refused.'), ['He said "we will appeal."', 'The court refused.']);
  assert.deepEqual(split('(It was adopted in 2014.) It was applied.'), ['(It was adopted in 2014.)', 'It was applied.']);
  assert.deepEqual(split('It ended with para. 109.118. The next one is new.'), ['It ended with para. 109.118.', 'The next one is new.']);
});

test('ranges slice back to the source through emphasis, links, inline code and line breaks', () => {
  const md = 'At least *23 defenders* were [detained](https://hrw.org/x) under `Art. 221`. The\ncourt **upheld** the verdicts.';
  assert.deepEqual(sentenceSlices(md), [
    'At least *23 defenders* were [detained](https://hrw.org/x) under `Art. 221`.',
    'The\ncourt **upheld** the verdicts.',
  ]);
  assert.deepEqual(sentenceTexts(md), ['At least 23 defenders were detained under Art. 221.', 'The court upheld the verdicts.']);
});

test('a sentence that starts or ends inside emphasis keeps its own range', () => {
  const md = '*All were detained. Two were released.* Later more.';
  assert.deepEqual(sentenceSlices(md), ['All were detained.', 'Two were released.', 'Later more.']);
});

test('a footnote reference after the full stop belongs to the sentence before it', () => {
  const md = 'Twenty were detained.[^3] The court agreed.[^4][^5] Others fled [^6]. Last one.\n\n[^3]: a\n[^4]: b\n[^5]: c\n[^6]: d\n';
  const doc = parseSubmission(md);
  const s = doc.blocks[0]!.sentences;
  assert.deepEqual(
    s.map((x) => slice(doc, x.range)),
    ['Twenty were detained.[^3]', 'The court agreed.[^4][^5]', 'Others fled [^6].', 'Last one.'],
  );
  assert.deepEqual(
    s.map((x) => x.footnoteReferences.map((f) => f.label)),
    [['3'], ['4', '5'], ['6'], []],
  );
  assert.deepEqual(s.map((x) => x.text), ['Twenty were detained.', 'The court agreed.', 'Others fled .', 'Last one.']);
});

test('a footnote reference with a space after the full stop still belongs to the sentence before', () => {
  const md = 'Twenty were detained. [^3] The court agreed.\n\n[^3]: a\n';
  const doc = parseSubmission(md);
  const s = doc.blocks[0]!.sentences;
  assert.deepEqual(s.map((x) => slice(doc, x.range)), ['Twenty were detained. [^3]', 'The court agreed.']);
});

test('an undefined footnote reference is kept out of the text and marked undefined', () => {
  const md = 'Twenty were detained.[^9] The court agreed.';
  const doc = parseSubmission(md);
  const s = doc.blocks[0]!.sentences;
  assert.deepEqual(s.map((x) => slice(doc, x.range)), ['Twenty were detained.[^9]', 'The court agreed.']);
  assert.equal(s[0]!.text, 'Twenty were detained.');
  assert.deepEqual(s[0]!.footnoteReferences.map((f) => [f.label, f.defined, slice(doc, f.range)]), [['9', false, '[^9]']]);
});

test('escapes, character references and CRLF keep exact ranges', () => {
  const md = 'Tom \\& Jerry &amp; co. were fined 5\\*.\r\nThe *court*\r\nagreed.';
  const doc = parseSubmission(md);
  const s = doc.blocks[0]!.sentences;
  assert.deepEqual(s.map((x) => x.text), ['Tom & Jerry & co. were fined 5*.', 'The court agreed.']);
  assert.deepEqual(s.map((x) => slice(doc, x.range)), ['Tom \\& Jerry &amp; co. were fined 5\\*.', 'The *court*\r\nagreed.']);
});

test('sentence plain offsets map into the block text', () => {
  const doc = parseSubmission('One **two**. Three [four](http://x).');
  const b = doc.blocks[0]!;
  for (const s of b.sentences) assert.equal(b.text.slice(s.textStart, s.textEnd), s.text);
  assert.deepEqual(b.sentences[1]!.links.map((l) => l.url), ['http://x']);
});

test('a footnote call followed by a bracket is a call, as in a whole parse', () => {
  const doc = parseSubmission('It was closed.[^1](HRW) Then reopened.\n\n[^1]: Source.\n');
  const s = doc.blocks[0]!.sentences;
  assert.deepEqual(s.map((x) => [x.text, x.footnoteReferences.map((f) => [f.label, f.defined])]), [['It was closed.(HRW) Then reopened.', [['1', true]]]]);
  assert.deepEqual(doc.root.children[0]!.type === 'paragraph' && doc.root.children[0].children.map((c) => c.type), ['text', 'footnoteReference', 'text', 'text']);
});

test('a quotation of several sentences stays in one sentence with its source', () => {
  assert.deepEqual(split('The officer told her mother: "This is our tradition, not a crime. Go home and make peace." She left.'), [
    'The officer told her mother: "This is our tradition, not a crime. Go home and make peace."',
    'She left.',
  ]);
  assert.deepEqual(split('“He broke my arm in January. In March the court fined him.” (Gulnara, 34)'), ['“He broke my arm in January. In March the court fined him.” (Gulnara, 34)']);
  // A stray quotation mark that never closes does not swallow the paragraph.
  assert.deepEqual(split('The sign read "closed. Nobody came. The shop stayed shut.'), ['The sign read "closed.', 'Nobody came.', 'The shop stayed shut.']);
});

test('a court file number after "Exp." does not end the sentence', () => {
  assert.deepEqual(split('The Court upheld the deployment (Tribunal Constitucional, Exp. 00022-2011-PI/TC, 2015). It was criticised.'), [
    'The Court upheld the deployment (Tribunal Constitucional, Exp. 00022-2011-PI/TC, 2015).',
    'It was criticised.',
  ]);
});

test('"Cap." before a number (a chapter of the laws) does not end a sentence', () => {
  assert.deepEqual(split('Section 9 of the Sexual Offences Act (Cap. 154) punishes it.'), ['Section 9 of the Sexual Offences Act (Cap. 154) punishes it.']);
});
