import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsUntil, exampleUri, openAndActivate, ruleOf } from './helpers';

const RULES = ['uncited-claim', 'unlinked-recommendation', 'unknown-recommendation', 'response-mismatch', 'word-limit', 'front-matter', 'footnote', 'weak-recommendation'];

suite('Diagnostics (real VS Code)', () => {
  let uri: vscode.Uri;
  suiteSetup(async () => {
    uri = exampleUri();
    await openAndActivate(uri);
  });

  test('the example draft gets upr diagnostics for every rule', async () => {
    const ds = await diagnosticsUntil(uri, (ds) => RULES.every((r) => ds.some((d) => ruleOf(d) === r)));
    const found = new Set(ds.map(ruleOf));
    const missing = RULES.filter((r) => !found.has(r));
    assert.deepEqual(missing, [], `missing rules; got ${ds.length} diagnostics: ${[...found].join(', ')}`);
    assert.ok(ds.every((d) => d.source === 'upr'));
  });

  test('unknown-recommendation is an error on 109.200 naming its nearest IDs', async () => {
    const ds = await diagnosticsUntil(uri, (ds) => ds.some((d) => ruleOf(d) === 'unknown-recommendation'));
    const d = ds.find((x) => ruleOf(x) === 'unknown-recommendation');
    assert.ok(d);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(d.range), '109.200');
    assert.match(d.message, /109\.20 \(Montenegro\)/);
  });
});
