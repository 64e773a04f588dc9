import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../helpers/paths';

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}
const grammarsOf = (file: string): GrammarContribution[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { contributes: { grammars: GrammarContribution[] } }).contributes.grammars.map((g) => ({
    ...g,
    path: path.resolve(path.dirname(file), g.path),
  }));

test('the grammar test set injects UPR Draft the way package.json contributes it', () => {
  const contributed = grammarsOf(path.join(REPO, 'package.json')).find((g) => g.scopeName === 'upr.markdown.injection');
  const tested = grammarsOf(path.join(REPO, 'test', 'grammar', 'grammars.json')).find((g) => g.scopeName === 'upr.markdown.injection');
  assert.ok(contributed && tested);
  assert.deepEqual(tested, contributed);
});

test('npm run test:grammar: vscode-tmgrammar-test passes every test/grammar/*.test.md', () => {
  const script = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['test:grammar'];
  assert.ok(script, 'package.json has a test:grammar script');
  const r = spawnSync(script, {
    cwd: REPO,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.join(REPO, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  // The Markdown grammar embeds ~50 languages for fenced code; their absence is only a warning.
  const report = `${r.stdout}\n${r.stderr.split('\n').filter((l) => !l.startsWith('grammar not found')).join('\n')}`;
  assert.equal(r.status, 0, report);
  const cases = readdirSync(path.join(REPO, 'test', 'grammar')).filter((f) => f.endsWith('.test.md'));
  assert.ok(cases.length >= 2);
  for (const c of cases) assert.match(r.stdout, new RegExp(`✓ test/grammar/${c.replace('.', '\\.')} run successfuly`), report);
});
