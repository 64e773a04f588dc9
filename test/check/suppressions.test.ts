import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSuppressions } from '../../server/src/engine/check/suppressions';

const DOC = [
  'line 0',
  '<!-- upr-disable uncited-claim -->', // 1
  'line 2',
  '<!-- upr-enable uncited-claim -->', // 3
  'line 4',
  '<!-- upr-disable-next-line footnote, word-limit -->', // 5
  'line 6',
  'line 7',
  '<!-- upr-disable -->', // 8
  'line 9',
].join('\n');

test('a region switches a rule off between disable and enable', () => {
  const s = readSuppressions(DOC);
  assert.equal(s.isSuppressed('uncited-claim', 0), false);
  assert.equal(s.isSuppressed('uncited-claim', 2), true);
  assert.equal(s.isSuppressed('uncited-claim', 4), false);
  assert.equal(s.isSuppressed('footnote', 2), false);
});

test('disable-next-line covers exactly the next line, for each rule named', () => {
  const s = readSuppressions(DOC);
  assert.equal(s.isSuppressed('footnote', 6), true);
  assert.equal(s.isSuppressed('word-limit', 6), true);
  assert.equal(s.isSuppressed('footnote', 7), false);
  assert.equal(s.isSuppressed('uncited-claim', 6), false);
});

test('disable without a rule switches every rule off to the end', () => {
  const s = readSuppressions(DOC);
  assert.equal(s.isSuppressed('weak-recommendation', 9), true);
  assert.equal(s.isSuppressed('uncited-claim', 9), true);
  assert.equal(s.isSuppressed('weak-recommendation', 7), false);
});

test('an unknown rule name is reported and switches nothing', () => {
  const s = readSuppressions('<!-- upr-disable uncited-claims -->\ntext');
  assert.deepEqual(s.unknownRules.map((u) => u.name), ['uncited-claims']);
  assert.equal(s.isSuppressed('uncited-claim', 1), false);
});

test('in the front matter a YAML comment switches the next line off', () => {
  const s = readSuppressions('---\n# upr-disable-next-line front-matter\nstate-under-review: Azerbaijjan\n---\n# upr-disable-next-line front-matter\ntext\n');
  assert.equal(s.isSuppressed('front-matter', 2), true);
  // Outside the front matter "# …" is a heading, not a switch.
  assert.equal(s.isSuppressed('front-matter', 5), false);
});
