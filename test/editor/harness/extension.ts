/**
 * Test-harness extension for `npm run test:editor`. code-server has no
 * `--extensionTestsPath`, so scripts/test-editor.mjs installs this extension beside UPR
 * Draft: on startup it loads the bundled mocha suite named in `harness.json` (written next
 * to this file by the script), runs it against the real `vscode` API of this extension
 * host and writes the results (`SuiteResults` as JSON) to the file the script waits for.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import type { SuiteResults } from '../suite/index';

interface HarnessConfig {
  /** The bundled test/editor/suite/index.ts. */
  suite: string;
  /** Where to write the results. */
  results: string;
  /** Only the tests whose full title contains this. */
  grep?: string;
}

function writeResults(file: string, results: SuiteResults): void {
  fs.writeFileSync(file + '.tmp', JSON.stringify(results, null, 2) + '\n');
  fs.renameSync(file + '.tmp', file); // the waiting script never reads half a file
}

export function activate(context: ExtensionContext): void {
  const config = JSON.parse(fs.readFileSync(path.join(context.extensionPath, 'harness.json'), 'utf8')) as HarnessConfig;
  void (async () => {
    let results: SuiteResults;
    try {
      // A path known only at run time: a plain Node require, not bundled.
      const suite = require(config.suite) as typeof import('../suite/index');
      results = await suite.runSuite({ grep: config.grep });
    } catch (e) {
      results = { passed: 0, failed: 1, tests: [{ title: 'editor test harness', state: 'failed', error: e instanceof Error ? (e.stack ?? e.message) : String(e) }] };
    }
    writeResults(config.results, results);
  })();
}

export function deactivate(): void {}
