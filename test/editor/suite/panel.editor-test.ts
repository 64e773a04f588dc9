import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { exampleUri, openAndActivate } from './helpers';

/**
 * `undo` acts on the focused editor. The insert focuses the Markdown editor, but in a
 * browser workbench the focus can still be on its way from the webview when the command
 * runs (CI once saw the undo miss): focus the editor first, then undo.
 */
async function undoInEditorOf(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc, { preserveFocus: false });
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await vscode.commands.executeCommand('undo');
}

/**
 * The lookup panel from the extension host. The webview's DOM is out of reach here (the
 * Playwright check test/editor/ui/panel.ui.mjs clicks in it); these drive the commands its
 * buttons use, so the same extension-side code runs.
 */
suite('Lookup panel (real VS Code)', () => {
  suiteSetup(async () => {
    await openAndActivate(exampleUri());
  });

  test('panel: the Recommendations view can be focused and its webview is created', async () => {
    await vscode.commands.executeCommand('upr.recommendations.focus');
    const deadline = Date.now() + 15_000;
    while (!(await vscode.commands.executeCommand<boolean>('upr.panel.isResolved')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.equal(await vscode.commands.executeCommand<boolean>('upr.panel.isResolved'), true);
  });

  test('panel: upr.showCoverage runs and shows the view', async () => {
    await vscode.commands.executeCommand('upr.showCoverage');
    assert.equal(await vscode.commands.executeCommand<boolean>('upr.panel.isResolved'), true);
  });

  test('panel: insert reference writes the server-formatted reference at the cursor of the last Markdown editor', async () => {
    const editor = await openAndActivate(exampleUri());
    const doc = editor.document;
    const line = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(line, line);
    // The panel takes the focus; the insert still goes to the Markdown editor.
    await vscode.commands.executeCommand('upr.recommendations.focus');
    const before = doc.getText();
    const result = await vscode.commands.executeCommand<{ text: string; offset: number } | undefined>('upr.panel.insertReference', {
      document: 'A/HRC/24/13',
      id: '109.118',
      recommendingStates: ['Norway'],
    });
    assert.ok(result, 'nothing was inserted');
    assert.equal(result.text, '109.118 (Norway)');
    const after = doc.getText();
    assert.equal(after, before.slice(0, result.offset) + '109.118 (Norway)' + before.slice(result.offset));
    assert.equal(result.offset, doc.offsetAt(line));
    // One undo takes the insert back.
    await undoInEditorOf(doc);
    assert.equal(doc.getText(), before);
  });

  test('panel: a reference the webview already formatted is inserted as given; bad arguments do nothing', async () => {
    const editor = await openAndActivate(exampleUri());
    const doc = editor.document;
    const start = new vscode.Position(doc.lineCount - 1, 0);
    editor.selection = new vscode.Selection(start, start);
    const before = doc.getText();
    const r = await vscode.commands.executeCommand<{ text: string } | undefined>('upr.panel.insertReference', { document: 'A/HRC/24/13', id: '109.26', recommendingStates: ['Norway'], reference: 'A/HRC/24/13, para. 109.26' });
    assert.equal(r?.text, 'A/HRC/24/13, para. 109.26');
    assert.ok(doc.getText().includes('A/HRC/24/13, para. 109.26'));
    await undoInEditorOf(doc);
    assert.equal(await vscode.commands.executeCommand('upr.panel.insertReference', { id: 7 }), undefined);
    assert.equal(doc.getText(), before);
  });

  test('panel: copy puts the reference and the text on the clipboard', async () => {
    const copied = await vscode.commands.executeCommand<string>('upr.panel.copyReference', { document: 'A/HRC/24/13', id: '109.118', recommendingStates: ['Norway'], text: 'Remove all obstacles.' });
    assert.equal(copied, '109.118 (Norway): “Remove all obstacles.”');
    // In a browser workbench (code-server) reading the clipboard needs a permission the
    // headless page lacks, and the read never settles: check it only where it answers.
    const read = await Promise.race([vscode.env.clipboard.readText(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 3000))]);
    if (read !== undefined && vscode.env.uiKind === vscode.UIKind.Desktop) assert.equal(read, copied);
  });

  test('panel: show citations selects the place where the example cites a recommendation', async () => {
    const editor = await openAndActivate(exampleUri());
    // 109.125 is cited once in the example: the place is selected directly (no picker).
    const places = await vscode.commands.executeCommand<{ range: { start: { line: number } } }[]>('upr.panel.showCitations', { document: 'A/HRC/24/13', id: '109.125', recommendingStates: [] });
    assert.equal(places.length, 1);
    const active = vscode.window.activeTextEditor ?? editor;
    assert.equal(active.document.getText(active.selection), '109.125');
    assert.equal(active.selection.start.line, places[0]!.range.start.line);
  });
});
