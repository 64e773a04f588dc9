import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/engine/document/positions';

test('offsets and positions round-trip over \\n, \\r\\n and \\r line endings', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(idx.positionAt(2), { line: 0, character: 2 });
  assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(idx.positionAt(10), { line: 3, character: 0 });
  assert.deepEqual(idx.positionAt(12), { line: 3, character: 2 });
  for (let o = 0; o <= text.length; o++) {
    const p = idx.positionAt(o);
    // Inside a \r\n pair there is no position of its own; everywhere else it round-trips.
    if (o === 6) continue;
    assert.equal(idx.offsetAt(p), o, `offset ${o}`);
  }
});

test('characters are UTF-16 code units, as LSP and JS strings count them', () => {
  const text = 'a😀b\nc';
  const idx = new LineIndex(text);
  assert.deepEqual(idx.positionAt(3), { line: 0, character: 3 }); // after the surrogate pair
  assert.equal(idx.offsetAt({ line: 0, character: 3 }), 3);
});

test('out-of-range positions and offsets are clamped', () => {
  const idx = new LineIndex('ab\r\ncd');
  assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2); // line end, before \r\n
  assert.equal(idx.offsetAt({ line: 9, character: 0 }), 6);
  assert.equal(idx.offsetAt({ line: -1, character: 0 }), 0);
  assert.deepEqual(idx.positionAt(-5), { line: 0, character: 0 });
  assert.deepEqual(idx.positionAt(99), { line: 1, character: 2 });
  assert.deepEqual(idx.rangeOf({ start: 1, end: 5 }), { start: { line: 0, character: 1 }, end: { line: 1, character: 1 } });
  assert.deepEqual(idx.offsetRangeOf({ start: { line: 0, character: 1 }, end: { line: 1, character: 1 } }), { start: 1, end: 5 });
});

test('an empty text has one line', () => {
  const idx = new LineIndex('');
  assert.equal(idx.lineCount, 1);
  assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
  assert.equal(idx.offsetAt({ line: 0, character: 4 }), 0);
});
