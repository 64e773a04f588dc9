import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, wordsForLimit } from '../../server/src/engine/document/wordCount';
import { parseSubmission } from '../../server/src/engine/document/parseSubmission';

test('a word is a whitespace-separated token with a letter or digit', () => {
  assert.equal(countWords('Follow-up to A/HRC/24/13, para. 109.118 — 2,815 words.'), 7);
  assert.equal(countWords('  — • - '), 0);
  assert.equal(countWords(''), 0);
});

test('body and endnote words of a small document, counted by hand', () => {
  const md = [
    '---',
    'state-under-review: Azerbaijan',
    'submitted-by: [Norwegian Helsinki Committee]',
    '---',
    '',
    '# Freedom of association', // 3
    '',
    '<!-- a comment with five words -->', // 0
    '',
    'The *Law on NGOs* was amended in 2014.[^1] See [the report](https://x.org/a).', // 11
    '',
    '- Repeal the amendments.', // 3
    '- Release A/HRC/24/13 defenders — now.', // 4
    '',
    '| ID | State |', // 2
    '|---|---|',
    '| 109.118 | Norway |', // 2
    '',
    '[^1]: Human Rights Watch, 2016.', // endnotes: 4
    '',
  ].join('\n');
  const doc = parseSubmission(md);
  assert.deepEqual(doc.words, { body: 25, endnotes: 4 });
  assert.equal(wordsForLimit(doc.words, false), 25);
  assert.equal(wordsForLimit(doc.words, true), 29);
});

test('code blocks count, HTML blocks and link definitions do not', () => {
  const md = '```\nsome code here\n```\n\n<div>hidden words here</div>\n\n[hrw]: https://hrw.org "HRW title"\n\nTwo words.\n';
  assert.deepEqual(parseSubmission(md).words, { body: 5, endnotes: 0 });
});
