import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsUntil, exampleUri, hoverText, openAndActivate, ruleOf } from './helpers';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function untitledSubmission(body: string, previousReview = 'A/HRC/24/13', state = 'Azerbaijan'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: `---\nstate-under-review: ${state}\ncycle: 3\nprevious-review: ${previousReview}\nsubmission-type: individual\n---\n\n${body}`,
  });
  return vscode.window.showTextDocument(doc);
}

async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('Commands (real VS Code)', () => {
  suiteSetup(async () => {
    await openAndActivate(exampleUri());
  });

  test('New submission: the skeleton with the front matter filled from the data', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('upr.newSubmission', 'Azerbaijan');
    assert.ok(editor, 'no editor opened');
    const text = editor.document.getText();
    assert.match(text, /^---\nstate-under-review: Azerbaijan\ncycle: 3\nsession: 30\nprevious-review: A\/HRC\/24\/13\n/, text.slice(0, 200));
    assert.match(text, /Follow-up to the previous review/);
    assert.match(text, /\n## [IVX]+\. Recommendations\n/);
    // A submission the server recognises, its previous review resolved: the skeleton's
    // example reference has a hover. And front matter the checker accepts.
    const at = editor.document.positionAt(text.indexOf('109.118') + 2);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at));
    assert.match(hover, /Remove all legislative and practical obstacles/, hover || '(no hover)');
    await sleep(1000); // the debounced check
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => ruleOf(d) === 'front-matter').map((d) => d.message), []);
    await vscode.commands.executeCommand('leaveSnippet');
    await closeWithoutSaving();
  });

  test('Insert citation: an endnote after the sentence, its definition with the endnotes', async () => {
    const editor = await untitledSubmission('## I. Introduction\n\n1. In 2015 the police detained 42 journalists. Another sentence.\n\n[^1]: First source.\n');
    const doc = editor.document;
    const inside = doc.positionAt(doc.getText().indexOf('detained'));
    editor.selection = new vscode.Selection(inside, inside);
    await vscode.commands.executeCommand('upr.insertCitation');
    const text = doc.getText();
    assert.ok(text.includes('detained 42 journalists.[^2] Another sentence.'), text);
    assert.ok(text.includes('[^1]: First source.\n[^2]: source'), text);
    // The cursor sits on the source placeholder, ready to type.
    assert.equal(doc.getText(editor.selection), 'source');
    await vscode.commands.executeCommand('leaveSnippet');
    await closeWithoutSaving();
  });

  test('Look up recommendation: the quick pick searches and inserts the chosen reference', async () => {
    const editor = await untitledSubmission('As Norway asked, ');
    const end = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(end, end);
    const done = vscode.commands.executeCommand('upr.lookUpRecommendation', 'obstacles registration funding NGOs Norway');
    await sleep(2500); // the search runs as the query is set
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    assert.ok(editor.document.getText().endsWith('As Norway asked, 109.118 (Norway)'), editor.document.getText().slice(-60));
    await closeWithoutSaving();
  });

  test('Import recommendations: a UHRI export becomes a workspace dataset the server loads', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const source = vscode.Uri.joinPath(folder, 'uhri-norway-export.json');
    const row = (id: string, text: string, by: string): unknown => ({
      AnnotationId: `test-${id}`,
      Symbol: 'A/HRC/59/99',
      PublicationDate: '2035-07-01T00:00:00',
      Text: `<p>${id}. ${text} (${by});</p>`,
      Countries: ['- Norway'],
      Themes: ['- Freedom of expression'],
      UprCycle: ['- 5'],
      UprSession: ['- 61'],
      UprPositions: ['- Supported'],
      UprRecommendingCountry: [`- ${by}`],
      AnnotationType: ['- Recommendations'],
      Body: ['- UPR'],
    });
    await vscode.workspace.fs.writeFile(
      source,
      new TextEncoder().encode(JSON.stringify([row('150.1', 'Guarantee the independence of the public broadcaster', 'Iceland'), row('150.2', 'Adopt a national action plan on hate speech', 'Chile')])),
    );
    const target = vscode.Uri.joinPath(folder, 'norway-2035.upr.json');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('upr.importRecommendations', [source], target);
    assert.equal(written?.toString(), target.toString());
    const dataset = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { recommendations: { id: string }[] };
    assert.deepEqual(dataset.recommendations.map((r) => r.id).sort(), ['150.1', '150.2']);
    // The server picks the new file up: a draft citing the new review gets its hover.
    const editor = await untitledSubmission('1. Recommendation 150.1 (Iceland) is not implemented.', 'A/HRC/59/99', 'Norway');
    const at = editor.document.positionAt(editor.document.getText().indexOf('150.1') + 2);
    let text = '';
    for (let i = 0; i < 40 && !/public broadcaster/.test(text); i++) {
      await sleep(250);
      text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at));
    }
    assert.match(text, /Guarantee the independence of the public broadcaster/, text || '(no hover)');
    await closeWithoutSaving();
    await vscode.workspace.fs.delete(target);
    await vscode.workspace.fs.delete(source);
  });

  test('Check all submissions in the workspace: counts and Problems entries for closed files', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const second = vscode.Uri.joinPath(folder, 'partner-draft.md');
    await vscode.workspace.fs.writeFile(second, new TextEncoder().encode('---\nstate-under-review: Azerbaijan\nsubmission-type: joint\n---\n\n# Draft\n\n1. In 2016, 12 activists were arrested.\n'));
    const readme = vscode.Uri.joinPath(folder, 'NOTES.md');
    await vscode.workspace.fs.writeFile(readme, new TextEncoder().encode('# Notes\n\nIn 2016, 12 activists were arrested.\n'));
    const r = await vscode.commands.executeCommand<{ submissions: number; errors: number; warnings: number }>('upr.checkWorkspace');
    assert.ok(r, 'no result');
    assert.equal(r.submissions, 2, JSON.stringify(r)); // the example and the partner's draft, not NOTES.md
    assert.ok(r.warnings > 0 && r.errors > 0, JSON.stringify(r));
    const ds = vscode.languages.getDiagnostics(second).filter((d) => d.source === 'upr');
    assert.ok(ds.some((d) => ruleOf(d) === 'uncited-claim'), ds.map(ruleOf).join(', '));
    assert.equal(vscode.languages.getDiagnostics(readme).length, 0);
    await vscode.workspace.fs.delete(second);
    await vscode.workspace.fs.delete(readme);
  });
});
