import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownWorkTest, submitterNames } from '../../server/src/engine/check/submitterNames';

test('a submitter is known by its name, its name without a bracketed place, its bracketed acronym and its initials', () => {
  assert.deepEqual(submitterNames(['International Press Liberty Watch (Geneva)']), ['International Press Liberty Watch (Geneva)', 'International Press Liberty Watch', 'IPLW']);
  assert.ok(submitterNames(['Public Verdict Foundation (PVF)']).includes('PVF'));
  assert.deepEqual(submitterNames(['  ', 'HRW']), ['HRW']);
});

test("what a sentence says the submitter did or was told is the submitter's own work; a source named after it is not", () => {
  const own = ownWorkTest(['International Press Liberty Watch (Geneva)', 'Bahrain Justice and Dignity Network']);
  assert.equal(own('IPLW documented 12 cases of journalists detained in 2017.'), true);
  assert.equal(own("The wife of one detained contributor described the family's situation to IPLW in June 2017:"), true);
  assert.equal(own('According to the Bahrain Justice and Dignity Network, at least 14 protesters died between 2012 and 2016.'), false);
  assert.equal(own('She was stopped from boarding a flight to Geneva in November 2016.'), false);
  assert.equal(ownWorkTest([])('IPLW documented 12 cases.'), false);
});
