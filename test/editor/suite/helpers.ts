/** Shared by the editor suite files (bundled into each). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'upr-draft.upr-draft';
export const EXAMPLE = 'azerbaijan-2018-draft.md';

/** The example submission in the test workspace (a copy of examples/). */
export function exampleUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the editor was started without a workspace folder (a copy of examples/)');
  return vscode.Uri.joinPath(folder.uri, EXAMPLE);
}

/** Opens a document in an editor and makes sure UPR Draft is active. */
export async function openAndActivate(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return editor;
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Polls the diagnostics of `uri` until `done` holds for them (or the time is up). */
export async function diagnosticsUntil(uri: vscode.Uri, done: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'upr');
    if (done(ds) || Date.now() > deadline) return ds;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
