import * as vscode from 'vscode';

/**
 * The Markdown document the panel works for, and where its cursor was. Clicking into the
 * panel leaves no active text editor, so the last Markdown editor and its selection are
 * remembered; an editor object dies when its tab is hidden, so the document and the
 * selection are kept rather than the editor.
 */
export class MarkdownEditorTracker implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private selection: vscode.Selection | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  /** The tracked document changed to another one (or to none). */
  readonly onDidChangeDocument = this.changed.event;

  constructor() {
    this.take(vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find(isMarkdownEditor));
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((e) => this.take(e)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.selection = e.selections[0];
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d !== this.document) return;
        this.document = undefined;
        this.selection = undefined;
        this.take(vscode.window.visibleTextEditors.find(isMarkdownEditor));
        if (!this.document) this.changed.fire(undefined);
      }),
    );
  }

  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** An editor on the tracked document, shown (and focused unless `preserveFocus`), cursor where it was. */
  async showEditor(preserveFocus = false): Promise<vscode.TextEditor | undefined> {
    const doc = this.document;
    if (!doc) return undefined;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preserveFocus, ...(this.selection ? { selection: this.selection } : {}) });
    return editor;
  }

  private take(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isMarkdownEditor(editor)) return;
    const before = this.document;
    this.document = editor.document;
    this.selection = editor.selection;
    if (before !== editor.document) this.changed.fire(editor.document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function isMarkdownEditor(e: vscode.TextEditor): boolean {
  return e.document.languageId === 'markdown';
}
