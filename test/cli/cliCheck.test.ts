import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/runCli';
import { REPO } from '../helpers/paths';

const EXAMPLE = path.join(REPO, 'examples', 'azerbaijan-2018-draft.md');

function tmpFile(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upr-check-')), name);
  fs.writeFileSync(file, text);
  return file;
}

const CLEAN = '---\nstate-under-review: Azerbaijan\nprevious-review: A/HRC/24/13\nsubmission-type: joint\n---\n\n# Freedom of association\n\n1. Azerbaijan supported recommendation 109.118 (Norway).\n';

test('text format: file:line:col severity code message, like other linters; exit 1 on errors', async () => {
  const r = await runCli('check', EXAMPLE);
  assert.equal(r.code, 1);
  const lines = r.out.trim().split('\n');
  assert.ok(lines.length >= 8);
  for (const l of lines) assert.match(l, /^.+azerbaijan-2018-draft\.md:\d+:\d+ (error|warning|info|hint) [a-z-]+ .+$/);
  assert.match(r.out, /:\d+:\d+ error unknown-recommendation Recommendation 109\.200 does not exist in A\/HRC\/24\/13/);
  assert.match(r.err, /1 file\(s\) checked: 1 error\(s\)/);
});

test('json format: LSP diagnostics with 0-based ranges, code = rule, data with fixes', async () => {
  const r = await runCli('check', EXAMPLE, '--format', 'json');
  const out = JSON.parse(r.out) as { file: string; diagnostics: { range: { start: { line: number } }; code: string; source: string; data: { rule: string; fixes: unknown[] } }[] }[];
  assert.equal(out.length, 1);
  assert.equal(out[0]!.file, EXAMPLE);
  const unknown = out[0]!.diagnostics.find((d) => d.code === 'unknown-recommendation')!;
  const line = fs.readFileSync(EXAMPLE, 'utf8').split('\n')[unknown.range.start.line]!;
  assert.match(line, /109\.200/);
  assert.equal(unknown.source, 'upr');
  assert.equal(unknown.data.rule, 'unknown-recommendation');
  assert.ok(unknown.data.fixes.length > 0);
});

test('sarif format: a SARIF 2.1.0 log with one result per diagnostic', async () => {
  const r = await runCli('check', EXAMPLE, '--format', 'sarif');
  const log = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs[0]!.tool.driver.name, 'upr-draft');
  assert.ok(log.runs[0]!.tool.driver.rules.some((x) => x.id === 'uncited-claim'));
  const json = JSON.parse((await runCli('check', EXAMPLE, '--format', 'json')).out) as { diagnostics: unknown[] }[];
  assert.equal(log.runs[0]!.results.length, json[0]!.diagnostics.length);
  assert.ok(log.runs[0]!.results.some((x) => x.ruleId === 'unknown-recommendation' && x.level === 'error'));
});

test('exit 0 on a clean file; --max-warnings makes warnings count', async () => {
  const clean = tmpFile('clean.md', CLEAN);
  assert.equal((await runCli('check', clean)).code, 0);
  const warn = tmpFile('warn.md', `${CLEAN}\nThe journalist was arrested on 5 December 2014.\n`);
  assert.equal((await runCli('check', warn)).code, 0);
  assert.equal((await runCli('check', warn, '--max-warnings', '0')).code, 1);
  assert.equal((await runCli('check', warn, '--max-warnings', '5')).code, 0);
});

test('globs are expanded; an unreadable file or bad usage exits 2', async () => {
  const dir = path.dirname(tmpFile('a.md', CLEAN));
  fs.writeFileSync(path.join(dir, 'b.md'), CLEAN);
  const r = await runCli('check', `${dir}/*.md`, '--format', 'json');
  assert.equal((JSON.parse(r.out) as unknown[]).length, 2);
  const missing = await runCli('check', path.join(dir, 'nope.md'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /nope\.md: cannot be read \(ENOENT\)/);
  assert.equal((await runCli('check', `${dir}/*.txt`)).code, 2);
  assert.equal((await runCli('check', EXAMPLE, '--format', 'xml')).code, 2);
  assert.equal((await runCli('check')).code, 2);
});

test('settings from --config: a rule off, a limit changed; a bad value is reported', async () => {
  const config = tmpFile('settings.json', JSON.stringify({ rules: { 'unknown-recommendation': 'off' }, wordLimits: { individual: 'x' } }));
  const r = await runCli('check', EXAMPLE, '--config', config);
  assert.equal(r.code, 0, r.out);
  assert.doesNotMatch(r.out, /unknown-recommendation/);
  assert.match(r.err, /wordLimits\.individual must be a positive whole number/);
});
