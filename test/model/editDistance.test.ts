import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../server/src/engine/model/editDistance';

test('edits, with a swap of neighbours counted once', () => {
  assert.equal(editDistance('session', 'sesion'), 1);
  assert.equal(editDistance('cycle', 'cylce'), 1);
  assert.equal(editDistance('azerbaijan', 'azerbaijjan'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
});

test('over the cut-off it answers max + 1 without finishing', () => {
  assert.equal(editDistance('norway', 'azerbaijan', 2), 3);
  assert.equal(editDistance('abc', 'abcdefgh', 2), 3);
});
