import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { expandSnippet } from '../../snippets/expandSnippet';
import { EXTENSION_ID, labelOf } from './helpers';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

suite('Snippets (real VS Code)', () => {
  let snippets: Record<string, Snippet>;
  const bodyOf = (prefix: string): string => {
    const s = Object.values(snippets).find((x) => (Array.isArray(x.prefix) ? x.prefix : [x.prefix]).includes(prefix));
    assert.ok(s, `the installed snippets file has no ${prefix}`);
    return Array.isArray(s.body) ? s.body.join('\n') : s.body;
  };

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    await ext.activate();
    // The file the installed extension contributes, as VS Code reads it.
    const contributed = (ext.packageJSON as { contributes: { snippets: Array<{ language: string; path: string }> } }).contributes.snippets;
    const markdown = contributed.find((s) => s.language === 'markdown');
    assert.ok(markdown, 'no snippets contributed for markdown');
    snippets = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, markdown.path), 'utf8')) as Record<string, Snippet>;
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the submission skeleton inserted with insertSnippet writes the expected submission', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    const body = bodyOf('upr-submission');
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(body)), 'insertSnippet was refused');
    const text = doc.getText();
    // VS Code's own snippet parser and the tests' expander (test/snippets) agree.
    assert.equal(text, expandSnippet(body).text);
    assert.match(text, /^---\nstate-under-review: Azerbaijan\ncycle: 3\nsession: 30\nprevious-review: A\/HRC\/24\/13\nsubmission-type: individual\nsubmitted-by:\n {2}- Name of the organisation\n---\n/);
    assert.match(text, /\n### Follow-up to the previous review\n\n\| Recommendation \| Recommending State \| Response \| Assessment of implementation \|\n/);
    assert.match(text, /\n\[\^1\]: Human Rights Council, /);
    // The first tab stop (the State) is selected, ready to be typed over.
    assert.equal(doc.getText(editor.selection), 'Azerbaijan');
    await vscode.commands.executeCommand('leaveSnippet');
  });

  test('typing over the State placeholder updates every mirror of it', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.insertSnippet(new vscode.SnippetString(bodyOf('upr-submission')));
    await vscode.commands.executeCommand('type', { text: 'Armenia' });
    const text = doc.getText();
    assert.ok(!text.includes('Azerbaijan'), text.slice(0, 400));
    assert.match(text, /state-under-review: Armenia\n/);
    assert.match(text, /\n# Armenia: /);
    await vscode.commands.executeCommand('leaveSnippet');
  });

  test('the snippet completion offers upr-submission at "upr-sub"', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'upr-sub' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 7));
    const item = list.items.find((i) => labelOf(i) === 'upr-submission');
    assert.ok(item, list.items.map(labelOf).slice(0, 30).join(', '));
    assert.equal(item.kind, vscode.CompletionItemKind.Snippet);
    const insert = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText);
    assert.match(insert, /state-under-review: \$\{1:Azerbaijan\}/);
  });
});
