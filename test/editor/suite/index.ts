/**
 * The mocha entry of the editor suite (test/editor/suite/*.editor-test.ts), run INSIDE a
 * VS Code extension host against the real `vscode` API.
 *
 * - `run()` is the standard `extensionTestsPath` entry, for `@vscode/test-electron` (or
 *   `@vscode/test-cli`) where desktop VS Code can be downloaded.
 * - `runSuite()` returns the results instead; the harness extension of
 *   `npm run test:editor` (code-server, offline) writes them to a file.
 *
 * The files are named `*.editor-test.ts`, not `*.test.ts`, so that `npm test`
 * (scripts/run-tests.mjs, node's test runner, no `vscode` module) does not pick them up.
 * They are bundled to CommonJS next to this file with `vscode` and `mocha` external.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  tests: TestResult[];
}

export function runSuite(options: { grep?: string } = {}): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (options.grep) mocha.grep(options.grep);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.editor-test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const tests: TestResult[] = [];
    try {
      const runner = mocha.run(() => {
        resolve({ passed: tests.filter((t) => t.state === 'passed').length, failed: tests.filter((t) => t.state === 'failed').length, tests });
      });
      runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      runner.on('fail', (test, err: Error) => tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: err.stack ?? err.message }));
    } catch (e) {
      reject(e);
    }
  });
}

export async function run(): Promise<void> {
  const results = await runSuite();
  if (results.failed > 0) throw new Error(`${results.failed} editor tests failed.`);
}
