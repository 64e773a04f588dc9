/**
 * `UPR Draft: Export to Word`: the active Markdown submission as a .docx next to it
 * (an untitled one: where the user says), made by the server from the editor's current
 * text (unsaved edits included) with the same engine as `upr-draft export`. Warnings
 * (an endnote referred to but not defined, front matter problems) are listed in the
 * "UPR Draft: Export" output; failures are shown as an error, never dropped.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_DOCX_REQUEST, type ExportDocxParams, type ExportDocxResponse } from '../../../server/src/protocol';
import { requireMarkdownEditor } from '../activeMarkdownEditor';

export interface ExportToWordOptions {
  /** Replace an existing .docx without asking (scripts and tests). */
  overwrite?: boolean;
}

export interface ExportToWordResult {
  /** The .docx written. */
  uri: string;
  warnings: string[];
}

export function registerExportToWord(context: vscode.ExtensionContext, client: LanguageClient): void {
  let output: vscode.OutputChannel | undefined;
  /** Lists the warnings in the "UPR Draft: Export" output; returns the channel to show. */
  const logWarnings = (source: vscode.Uri, file: vscode.Uri, warnings: readonly string[]): vscode.OutputChannel => {
    if (!output) {
      output = vscode.window.createOutputChannel('UPR Draft: Export');
      context.subscriptions.push(output);
    }
    output.appendLine(`${vscode.workspace.asRelativePath(source)} → ${vscode.workspace.asRelativePath(file)}: ${warnings.length} warning(s)`);
    for (const w of warnings) output.appendLine(`  ${w}`);
    return output;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('upr.exportToWord', async (target?: unknown, options?: ExportToWordOptions): Promise<ExportToWordResult | undefined> => {
      try {
        const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : requireMarkdownEditor('export it to Word')?.document;
        if (!document) return undefined;
        const out = await outputUri(document, options?.overwrite === true);
        if (!out) return undefined;
        const params: ExportDocxParams = { uri: document.uri.toString() };
        const response = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `UPR Draft: exporting ${path.posix.basename(document.uri.path)} to Word…` },
          () => client.sendRequest<ExportDocxResponse>(EXPORT_DOCX_REQUEST, params),
        );
        await vscode.workspace.fs.writeFile(out, Buffer.from(response.base64, 'base64'));
        const channel = response.warnings.length > 0 ? logWarnings(document.uri, out, response.warnings) : undefined;
        void announce(out, response.warnings, channel);
        return { uri: out.toString(), warnings: response.warnings };
      } catch (e) {
        void vscode.window.showErrorMessage(`UPR Draft: could not export to Word: ${(e as Error).message ?? String(e)}`);
        return undefined;
      }
    }),
  );
}

/** `<name>.docx` beside a saved file (asking before replacing one), a save dialog for an untitled one; undefined: cancelled. */
async function outputUri(document: vscode.TextDocument, overwrite: boolean): Promise<vscode.Uri | undefined> {
  if (document.isUntitled) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${path.posix.basename(document.uri.path).replace(/\.[^.]*$/, '') || 'submission'}.docx`;
    return vscode.window.showSaveDialog({
      title: 'UPR Draft: Export to Word',
      saveLabel: 'Export',
      filters: { 'Word document': ['docx'] },
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    });
  }
  const source = document.uri;
  const name = path.posix.basename(source.path, path.posix.extname(source.path));
  const out = source.with({ path: path.posix.join(path.posix.dirname(source.path), `${name}.docx`) });
  if (!overwrite && (await exists(out))) {
    // A .docx already there may hold edits made in Word since the last export.
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(
      `${name}.docx already exists. Replace it with a new export? Changes made to it in Word will be lost.`,
      { modal: true },
      replace,
    );
    if (answer !== replace) return undefined;
  }
  return out;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function announce(out: vscode.Uri, warnings: readonly string[], channel: vscode.OutputChannel | undefined): Promise<void> {
  const name = path.posix.basename(out.path);
  const open = 'Open';
  const reveal = 'Reveal';
  const details = 'Show Warnings';
  const answer =
    warnings.length === 0
      ? await vscode.window.showInformationMessage(`UPR Draft: exported ${name}.`, open, reveal)
      : await vscode.window.showWarningMessage(
          `UPR Draft: exported ${name} with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings[0]}${warnings.length > 1 ? ' …' : ''}`,
          open,
          reveal,
          details,
        );
  if (answer === open) await vscode.env.openExternal(out);
  else if (answer === reveal) {
    // The OS file manager is on this machine only when the window is local.
    await vscode.commands.executeCommand(out.scheme === 'file' && vscode.env.remoteName === undefined ? 'revealFileInOS' : 'revealInExplorer', out);
  } else if (answer === details) channel?.show(true);
}
