import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/runCli';
import { REPO } from '../helpers/paths';
import { docxParts, endnotesOf } from './docxParts';

const EXAMPLE = path.join(REPO, 'examples', 'azerbaijan-2018-draft.md');

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'upr-export-'));
}

test('upr-draft export FILE --docx writes FILE.docx next to it, warnings on stderr with file:line', async () => {
  const dir = tmpDir();
  const input = path.join(dir, 'azerbaijan-2018-draft.md');
  fs.copyFileSync(EXAMPLE, input);
  const r = await runCli('export', input, '--docx');
  assert.equal(r.code, 0, r.err);
  const out = path.join(dir, 'azerbaijan-2018-draft.docx');
  const bytes = fs.readFileSync(out);
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  assert.equal(endnotesOf((await docxParts(bytes)).endnotes).size, 33);
  assert.ok(r.err.includes(`${input}:124: warning: endnote [^15] is referred to but not defined`), r.err);
  assert.ok(r.err.includes(`${input}:4: warning: front matter: Unknown front matter key "sesion"`), r.err);
  assert.match(r.err, /wrote .*azerbaijan-2018-draft\.docx \(\d+ KB, 3 warning\(s\)\)/);
  assert.equal(r.out, '');
});

test('upr-draft export -o OUT writes there (and --docx may be left out)', async () => {
  const out = path.join(tmpDir(), 'submission.docx');
  const r = await runCli('export', EXAMPLE, '-o', out);
  assert.equal(r.code, 0, r.err);
  assert.ok(fs.statSync(out).size > 10_000);
});

test('upr-draft export: bad usage and unreadable input or output exit 2 with the place named', async () => {
  const dir = tmpDir();
  const missing = path.join(dir, 'missing.md');
  let r = await runCli('export', missing, '--docx');
  assert.equal(r.code, 2);
  assert.match(r.err, /missing\.md: cannot be read \(ENOENT\)/);

  r = await runCli('export', '--docx');
  assert.equal(r.code, 2);
  assert.match(r.err, /export takes one Markdown file, not 0/);

  r = await runCli('export', EXAMPLE, '-o', path.join(dir, 'out.pdf'));
  assert.equal(r.code, 2);
  assert.match(r.err, /-o should end in \.docx/);

  r = await runCli('export', EXAMPLE, '--pdf');
  assert.equal(r.code, 2);
  assert.match(r.err, /Unknown option '--pdf'/);

  const unwritable = path.join(dir, 'no-such-folder', 'out.docx');
  r = await runCli('export', EXAMPLE, '-o', unwritable);
  assert.equal(r.code, 2);
  assert.match(r.err, /no-such-folder[/\\]out\.docx: cannot be written \(ENOENT\)/);
  assert.equal(fs.existsSync(unwritable), false);
});
