/**
 * `UPR Draft: Insert citation`: a new endnote for the sentence at the cursor — the marker
 * after the sentence, the definition with the endnotes, the cursor on its source text. The
 * server computes the edits (the same as the uncited-claim quick fix).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INSERT_CITATION_REQUEST, type InsertCitationParams, type InsertCitationResponse } from '../../../server/src/protocol';
import { requireMarkdownEditor } from '../activeMarkdownEditor';

export function registerInsertCitation(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('upr.insertCitation', async () => {
      const editor = requireMarkdownEditor('insert a citation');
      if (!editor) return;
      const params: InsertCitationParams = { uri: editor.document.uri.toString(), position: client.code2ProtocolConverter.asPosition(editor.selection.active) };
      const r = await client.sendRequest<InsertCitationResponse | null>(INSERT_CITATION_REQUEST, params);
      if (!r) return;
      const edit = new vscode.WorkspaceEdit();
      edit.set(editor.document.uri, [
        vscode.TextEdit.insert(client.protocol2CodeConverter.asPosition(r.reference.range.start), r.reference.newText),
        new vscode.SnippetTextEdit(client.protocol2CodeConverter.asRange(r.definition.range), new vscode.SnippetString(r.definition.snippet)),
      ]);
      if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showErrorMessage('UPR Draft: the citation could not be inserted (the document changed meanwhile?).');
    }),
  );
}
