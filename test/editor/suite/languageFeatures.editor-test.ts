import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsUntil, exampleUri, hoverText, labelOf, openAndActivate, ruleOf } from './helpers';

suite('Language features (real VS Code)', () => {
  let uri: vscode.Uri;
  suiteSetup(async () => {
    uri = exampleUri();
    await openAndActivate(uri);
  });

  test('hover on a recommendation reference shows its text', async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const offset = doc.getText().indexOf('109.118 (Norway) to remove');
    assert.ok(offset > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset + 2));
    const text = hoverText(hovers);
    assert.match(text, /Remove all legislative and practical obstacles/, text || '(no hover)');
  });

  test('completion after "para. 109.11" offers 109.118', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '---\nstate-under-review: Azerbaijan\nprevious-review: A/HRC/24/13\nsubmission-type: joint\n---\n\nAs recommended (A/HRC/24/13, para. 109.1',
    });
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.positionAt(doc.getText().length);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: '1' }); // typed, as a person would
    assert.ok(doc.getText().endsWith('para. 109.11'), JSON.stringify(doc.getText().slice(-20)));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, doc.positionAt(doc.getText().length));
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('109.118'), labels.slice(0, 20).join(', '));
    const item = list.items.find((i) => labelOf(i) === '109.118');
    assert.match(String(item?.detail), /Norway/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('quick fix for unknown-recommendation: offered, and the preferred one applied', async () => {
    const editor = await openAndActivate(uri);
    const doc = editor.document;
    const ds = await diagnosticsUntil(uri, (ds) => ds.some((d) => ruleOf(d) === 'unknown-recommendation'));
    const d = ds.find((x) => ruleOf(x) === 'unknown-recommendation');
    assert.ok(d, 'no unknown-recommendation diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to 109.20 (Montenegro)'), titles.join(' | '));
    const preferred = actions.find((a) => a.isPreferred && a.title.startsWith('Change to '));
    assert.ok(preferred?.edit, titles.join(' | '));
    const line = d.range.start.line;
    const before = doc.lineAt(line).text;
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    const after = doc.lineAt(line).text;
    assert.notEqual(after, before);
    const newId = preferred.title.match(/^Change to (\S+)/)?.[1];
    assert.ok(newId && after.includes(`| ${newId} |`), `${preferred.title}: ${after}`);
    assert.ok(!after.includes('109.200'), after);
    // The server re-checks the edited text: the unknown ID is gone.
    const again = await diagnosticsUntil(uri, (ds) => !ds.some((x) => ruleOf(x) === 'unknown-recommendation' && x.range.start.line === line), 15_000);
    assert.ok(!again.some((x) => ruleOf(x) === 'unknown-recommendation' && x.range.start.line === line), 'unknown-recommendation still reported after the fix');
    editor.revealRange(d.range, vscode.TextEditorRevealType.InCenter);
  });
});
