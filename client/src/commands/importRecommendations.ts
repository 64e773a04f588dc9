/**
 * `UPR Draft: Import recommendations…`: pick UN or UPR Info files (Working Group report
 * PDF or text, UPR Info CSV, UHRI JSON or XLSX), the server's importers turn them into a
 * dataset, and it is saved as a `*.upr.json` in the workspace — which the server loads
 * beside the bundled data, so hover, completion and the checks know the new review.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_RECOMMENDATIONS_REQUEST, type ImportRecommendationsResponse } from '../../../server/src/protocol';

const FILTERS: Record<string, string[]> = {
  'UPR documents': ['pdf', 'txt', 'csv', 'json', 'xlsx'],
  'Working Group report (PDF or text)': ['pdf', 'txt'],
  'UPR Info database export (CSV)': ['csv'],
  'UN Human Rights Index export (JSON, XLSX)': ['json', 'xlsx'],
};

/** A file name from the imported reviews: "A/HRC/24/13" → "A-HRC-24-13.upr.json". */
export function datasetFileName(r: ImportRecommendationsResponse): string {
  const base = r.reviews.length === 1 ? r.reviews[0]!.document : r.reviews.length > 1 ? `${r.reviews.length}-reviews` : 'imported';
  return `${base.replace(/[^A-Za-z0-9._-]+/g, '-')}.upr.json`;
}

export function registerImportRecommendations(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('upr.importRecommendations', async (given?: vscode.Uri[], target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
      const files = given ?? (await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: 'Import', title: 'Import recommendations from UN or UPR Info files', filters: FILTERS }));
      if (!files?.length) return undefined;
      const notLocal = files.find((f) => f.scheme !== 'file');
      if (notLocal) {
        void vscode.window.showErrorMessage(`UPR Draft: ${notLocal.toString()} is not a local file; copy it into the workspace first.`);
        return undefined;
      }
      const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `UPR Draft: importing ${files.map((f) => path.basename(f.fsPath)).join(', ')}…` }, () =>
        client.sendRequest<ImportRecommendationsResponse>(IMPORT_RECOMMENDATIONS_REQUEST, { files: files.map((f) => f.fsPath) }),
      );
      const output = client.outputChannel;
      for (const line of r.log) output.appendLine(line);
      if (r.error || !r.datasetText) {
        void vscode.window.showErrorMessage(`UPR Draft: import failed: ${r.error ?? 'nothing was imported'}`);
        return undefined;
      }
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      let dest = target;
      if (!dest) {
        const suggested = folder ? vscode.Uri.joinPath(folder, datasetFileName(r)) : undefined;
        dest = await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { 'UPR Draft dataset': ['upr.json', 'json'] }, saveLabel: 'Save dataset', title: 'Save the imported recommendations (*.upr.json)' });
      }
      if (!dest) return undefined;
      if (!dest.path.endsWith('.upr.json')) dest = dest.with({ path: dest.path.replace(/(\.json)?$/, '.upr.json') });
      await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(r.datasetText));
      const what = r.reviews.map((v) => `${v.document} (${v.state}, ${v.recommendations} recommendations)`).join('; ');
      void vscode.window.showInformationMessage(`UPR Draft: imported ${what} into ${vscode.workspace.asRelativePath(dest)}.`, 'Open').then((a) => {
        if (a === 'Open' && dest) void vscode.window.showTextDocument(dest);
      });
      return dest;
    }),
  );
}
