import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { exampleUri, openAndActivate } from './helpers';

/** What `upr.exportToWord` returns (see client/src/commands/exportToWord.ts). */
interface ExportResult {
  uri: string;
  warnings: string[];
}

const EDIT = ' (unsaved edit)';

suite('Export to Word (real VS Code)', () => {
  let source: vscode.Uri;
  let docx: vscode.Uri;
  let autoSave: string | undefined;
  suiteSetup(async () => {
    source = exampleUri();
    docx = vscode.Uri.joinPath(source, '..', 'azerbaijan-2018-draft.docx');
    // VS Code in a browser (code-server) saves after 1 s by default; the unsaved-edit test needs it off.
    const files = vscode.workspace.getConfiguration('files');
    autoSave = files.inspect<string>('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await openAndActivate(source);
  });
  suiteTeardown(async () => {
    // Leave the example as the other suites expect it: the edit taken out, on disk too.
    const editor = await vscode.window.showTextDocument(source);
    const at = editor.document.getText().indexOf(EDIT);
    if (at >= 0) await editor.edit((e) => e.delete(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + EDIT.length))));
    await editor.document.save();
    await vscode.workspace.getConfiguration('files').update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  test('upr.exportToWord exports the active example to a .docx next to it', async () => {
    await vscode.window.showTextDocument(source);
    const result = await vscode.commands.executeCommand<ExportResult | undefined>('upr.exportToWord');
    assert.ok(result, 'the command returned nothing: it failed or was cancelled');
    assert.equal(result.uri, docx.toString());
    const stat = await vscode.workspace.fs.stat(docx);
    assert.ok(stat.size > 10 * 1024, `${stat.size} bytes`);
    const bytes = await vscode.workspace.fs.readFile(docx);
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a zip');
    const zip = await JSZip.loadAsync(bytes);
    const endnotes = (await zip.file('word/endnotes.xml')?.async('string')) ?? '';
    assert.match(endnotes, /A\/HRC\/24\/13, 12 July 2013\./);
    assert.ok(
      result.warnings.some((w) => w.startsWith('line 124: endnote [^15] is referred to but not defined')),
      result.warnings.join('\n'),
    );
  });

  test('export takes the editor text with unsaved edits, and replaces the .docx when told to', async () => {
    const editor = await vscode.window.showTextDocument(source);
    const heading = editor.document.getText().indexOf('## I. Introduction');
    assert.ok(heading > 0);
    const at = editor.document.positionAt(heading + '## I. Introduction'.length);
    assert.ok(await editor.edit((e) => e.insert(at, EDIT)));
    assert.ok(editor.document.isDirty);
    const before = (await vscode.workspace.fs.stat(docx)).mtime;

    const result = await vscode.commands.executeCommand<ExportResult | undefined>('upr.exportToWord', undefined, { overwrite: true });
    assert.ok(result);
    const zip = await JSZip.loadAsync(await vscode.workspace.fs.readFile(docx));
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    assert.match(body, /I\. Introduction \(unsaved edit\)/);
    assert.ok((await vscode.workspace.fs.stat(docx)).mtime >= before);
    assert.ok(editor.document.isDirty, 'exporting does not save the Markdown');
  });
});
