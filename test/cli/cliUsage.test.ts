import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli';

test('no command prints the usage and exits 2', async () => {
  const r = await runCli();
  assert.equal(r.code, 2);
  assert.match(r.out, /Usage:/);
});

test('an unknown command or option is bad usage (exit 2) with a message', async () => {
  const a = await runCli('frobnicate');
  assert.equal(a.code, 2);
  assert.match(a.err, /unknown command "frobnicate"/);
  const b = await runCli('search', 'x', '--colour', 'red');
  assert.equal(b.code, 2);
  assert.match(b.err, /--colour/);
  const c = await runCli('search', 'x', '--limit', 'many');
  assert.equal(c.code, 2);
  assert.match(c.err, /--limit must be a positive whole number/);
  const d = await runCli('search', 'x', '--response', 'accepted');
  assert.equal(d.code, 2);
  assert.match(d.err, /--response must be one of supported, noted, pending, unknown/);
  const e = await runCli('import');
  assert.equal(e.code, 2);
  assert.match(e.err, /import needs at least one file/);
});
