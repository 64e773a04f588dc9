/**
 * `UPR Draft: Check all submissions in the workspace`: every Markdown file of the
 * workspace goes to the server, which checks those that are submissions and publishes
 * their diagnostics, so a coalition secretariat sees all partners' drafts in the Problems
 * panel at once (the CLI does the same in CI).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_FILES_REQUEST, type CheckFilesResponse } from '../../../server/src/protocol';

export const MARKDOWN_GLOB = '**/*.{md,markdown}';
export const EXCLUDE_GLOB = '**/{node_modules,.git,.cache,out,dist}/**';

export function registerCheckWorkspace(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('upr.checkWorkspace', async (): Promise<CheckFilesResponse | undefined> => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showWarningMessage('UPR Draft: open a folder first; there is no workspace to check.');
        return undefined;
      }
      return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'UPR Draft: checking submissions…' }, async () => {
        const files = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB);
        const r = await client.sendRequest<CheckFilesResponse>(CHECK_FILES_REQUEST, { uris: files.map((f) => f.toString()) });
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        const plural = (n: number, w: string): string => `${n.toLocaleString('en-US')} ${w}${n === 1 ? '' : 's'}`;
        const summary = `Checked ${plural(r.submissions, 'submission')} among ${plural(files.length, 'Markdown file')}: ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}, ${plural(r.others, 'note')}.`;
        if (r.unreadable.length) {
          void vscode.window.showWarningMessage(`UPR Draft: ${summary} Could not read ${r.unreadable.map((u) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(u.uri))} (${u.reason})`).join(', ')}.`);
        } else {
          void vscode.window.showInformationMessage(`UPR Draft: ${summary}`);
        }
        return r;
      });
    }),
  );
}
