import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cycleOfSession, yearOfSession } from '../server/src/engine/model/cycles';

test('sessions map to cycles and years', () => {
  assert.equal(cycleOfSession(4), 1);
  assert.equal(cycleOfSession(16), 2);
  assert.equal(cycleOfSession(30), 3);
  assert.equal(cycleOfSession(44), 4);
  assert.equal(cycleOfSession(0), undefined);
  assert.equal(yearOfSession(16), 2013);
  assert.equal(yearOfSession(30), 2018);
});
