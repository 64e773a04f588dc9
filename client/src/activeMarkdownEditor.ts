import * as vscode from 'vscode';

/**
 * The Markdown editor a command acts on: the active one, or — when focus is in a panel
 * (the lookup view, the Problems panel) — the last visible Markdown editor.
 */
export function activeMarkdownEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active?.document.languageId === 'markdown') return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown');
}

/** The same, or a warning telling the user what to open. */
export function requireMarkdownEditor(what: string): vscode.TextEditor | undefined {
  const editor = activeMarkdownEditor();
  if (!editor) void vscode.window.showWarningMessage(`UPR Draft: open a Markdown submission to ${what}.`);
  return editor;
}
