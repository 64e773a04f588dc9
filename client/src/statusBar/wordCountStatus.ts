/**
 * Status bar: the active submission's words against its limit ("2,908 / 2,815 words"),
 * with the warning colours when over. Click for the details (`UPR Draft: Word count
 * details`): body, endnotes, and words per part, each line jumping to its heading. The
 * numbers come from the server, so they are the word-limit rule's numbers.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_STATS_REQUEST, type DocumentStats } from '../../../server/src/protocol';
import { activeMarkdownEditor } from '../activeMarkdownEditor';

const fmt = (n: number): string => n.toLocaleString('en-US');

export function registerWordCountStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('upr.wordCount', vscode.StatusBarAlignment.Right, 100);
  item.name = 'UPR Draft word count';
  item.command = 'upr.showWordCount';
  context.subscriptions.push(item);

  const request = async (editor: vscode.TextEditor): Promise<DocumentStats | null> =>
    client.sendRequest<DocumentStats | null>(DOCUMENT_STATS_REQUEST, { uri: editor.document.uri.toString() });

  let generation = 0;
  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'markdown') {
      item.hide();
      return;
    }
    let stats: DocumentStats | null;
    try {
      stats = await request(editor);
    } catch {
      stats = null; // the server is restarting: show nothing rather than an old count
    }
    if (mine !== generation) return;
    void vscode.commands.executeCommand('setContext', 'upr.isSubmission', stats?.isSubmission === true);
    if (!stats?.isSubmission) {
      item.hide();
      return;
    }
    const over = stats.counted > stats.limit;
    item.text = `${over ? '$(warning)' : '$(book)'} ${fmt(stats.counted)} / ${fmt(stats.limit)} words`;
    item.tooltip = new vscode.MarkdownString(
      `**${over ? `${fmt(stats.counted - stats.limit)} words over` : `${fmt(stats.limit - stats.counted)} words left`}** for ${stats.submissionType === 'joint' ? 'a joint' : 'an individual'} submission` +
        `\n\nBody ${fmt(stats.body)} · endnotes ${fmt(stats.endnotes)} (${stats.countEndnotes ? 'counted' : 'not counted'})\n\nClick for the words per part.`,
    );
    item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };

  let timer: NodeJS.Timeout | undefined;
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 300);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) later();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('upr')) later();
    }),
    { dispose: () => clearTimeout(timer) },
    vscode.commands.registerCommand('upr.showWordCount', async () => {
      const editor = activeMarkdownEditor();
      const stats = editor && (await request(editor));
      if (!editor || !stats?.isSubmission) {
        void vscode.window.showInformationMessage('UPR Draft: the active file is not a submission (its front matter names no state-under-review).');
        return;
      }
      const items: (vscode.QuickPickItem & { line?: number })[] = [
        { label: `${fmt(stats.counted)} of ${fmt(stats.limit)} words`, description: stats.counted > stats.limit ? `${fmt(stats.counted - stats.limit)} over the limit` : `${fmt(stats.limit - stats.counted)} left` },
        { label: `Body: ${fmt(stats.body)}`, description: 'headings, paragraphs, lists, tables' },
        { label: `Endnotes: ${fmt(stats.endnotes)}`, description: stats.countEndnotes ? 'counted toward the limit' : 'not counted (setting upr.wordLimit.countEndnotes)' },
        { label: 'Parts', kind: vscode.QuickPickItemKind.Separator },
        ...stats.sections.map((s) => ({ label: s.title || '(untitled)', description: `${fmt(s.words)} words`, line: s.line })),
      ];
      const chosen = await vscode.window.showQuickPick(items, { title: `Word count: ${vscode.workspace.asRelativePath(editor.document.uri)}`, placeHolder: 'Choose a part to go to its heading' });
      if (chosen?.line !== undefined) {
        const at = new vscode.Position(chosen.line, 0);
        await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(at, at), viewColumn: editor.viewColumn });
      }
    }),
  );
  void refresh();
}
