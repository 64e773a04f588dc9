import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../helpers/paths';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  main: string;
  bin: Record<string, string>;
  activationEvents: string[];
  contributes: { jsonValidation: { fileMatch: string[]; url: string }[]; snippets: { path: string }[]; grammars: { path: string }[] };
};

test('engines.vscode allows VS Code 1.91 and later', () => {
  assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.\d+$/);
  assert.ok(Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)![1]) <= 91);
});

test('the extension activates on Markdown only', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
});

test('*.upr.json files are validated against the dataset schema, which exists and is draft 2020-12', () => {
  const v = manifest.contributes.jsonValidation.find((j) => j.fileMatch.includes('*.upr.json'));
  assert.ok(v);
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, v.url), 'utf8')) as { $schema: string };
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('contributed files exist', () => {
  for (const c of [...manifest.contributes.snippets, ...manifest.contributes.grammars]) assert.ok(fs.existsSync(path.join(REPO, c.path)), c.path);
});

test('the built entry points exist where the manifest says (after npm run build)', () => {
  assert.ok(fs.existsSync(path.join(REPO, manifest.main)), manifest.main);
  assert.ok(fs.existsSync(path.join(REPO, manifest.bin['upr-draft']!)), 'cli');
  assert.match(fs.readFileSync(path.join(REPO, manifest.bin['upr-draft']!), 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node/);
});
