import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COVERAGE_REQUEST, SEARCH_REQUEST, type CoverageRequestParams, type CoverageResponse } from '../../../server/src/protocol';
import { PANEL_REQUEST_METHODS, type ExtensionMessage, type PanelTab, type WebviewMessage } from '../../webview/panelProtocol';
import type { MarkdownEditorTracker } from './markdownEditorTracker';
import { lookupPanelHtml } from './panelHtml';
import type { ReferenceActions } from './referenceActions';

export const LOOKUP_VIEW_ID = 'upr.recommendations';
const COVERAGE_DEBOUNCE_MS = 600;

/**
 * The "Recommendations" webview view: search and coverage. The webview keeps its own
 * state (`getState`/`setState`) and is rebuilt when shown again, instead of
 * `retainContextWhenHidden`, which keeps a hidden page in memory. Coverage is pushed to it
 * when the tracked submission changes (debounced while typing) and when it becomes visible.
 */
export class LookupPanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private pendingTab: PanelTab | undefined;
  private coverageTimer: NodeJS.Timeout | undefined;
  private coverageSeq = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly tracker: MarkdownEditorTracker,
    private readonly actions: ReferenceActions,
  ) {
    this.disposables.push(
      tracker.onDidChangeDocument(() => this.refreshCoverage(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === tracker.current && e.contentChanges.length) this.refreshCoverage();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('upr')) this.refreshCoverage();
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
    view.webview.html = lookupPanelHtml(view.webview, this.extensionUri, vscode.Uri.joinPath);
    const subscriptions = [
      view.webview.onDidReceiveMessage((m: WebviewMessage) => this.onMessage(m)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.refreshCoverage(0);
      }),
    ];
    view.onDidDispose(() => {
      for (const s of subscriptions) s.dispose();
      if (this.view === view) this.view = undefined;
      this.ready = false;
    });
  }

  /** Shows the view on a tab (the command `upr.showCoverage`). */
  async show(tab: PanelTab): Promise<void> {
    this.pendingTab = tab;
    await vscode.commands.executeCommand(`${LOOKUP_VIEW_ID}.focus`);
    this.flushTab();
  }

  get isResolved(): boolean {
    return this.view !== undefined;
  }

  private flushTab(): void {
    if (!this.ready || !this.pendingTab) return;
    void this.post({ type: 'showTab', tab: this.pendingTab });
    this.pendingTab = undefined;
  }

  private post(message: ExtensionMessage): Thenable<boolean> {
    return this.view?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  private async onMessage(m: WebviewMessage): Promise<void> {
    try {
      switch (m?.type) {
        case 'ready':
          this.ready = true;
          this.flushTab();
          this.refreshCoverage(0);
          return;
        case 'request':
          return await this.forward(m.requestId, m.method, m.params);
        case 'insertReference':
          await this.actions.insert(m.target);
          return;
        case 'copyReference':
          await this.actions.copy(m.target);
          return;
        case 'showCitations':
          await this.actions.showCitations(m.target);
          return;
        case 'revealPlaces':
          await this.actions.reveal(m.target, Array.isArray(m.places) ? m.places : []);
          return;
        case 'refreshCoverage':
          this.refreshCoverage(0);
          return;
      }
    } catch (e) {
      void this.post({ type: 'notice', text: `UPR Draft: ${messageOf(e)}` });
    }
  }

  /** Only the panel's read-only requests go through; anything else is refused. */
  private async forward(requestId: number, method: string, params: unknown): Promise<void> {
    if (!(PANEL_REQUEST_METHODS as readonly string[]).includes(method)) {
      void this.post({ type: 'response', requestId, error: `not a panel request: ${method}` });
      return;
    }
    // A search's references are written for the draft the panel works for.
    if (method === SEARCH_REQUEST && params && typeof params === 'object' && !('uri' in params)) params = { ...params, uri: this.tracker.current?.uri.toString() };
    try {
      const result = await this.client.sendRequest(method, params);
      void this.post({ type: 'response', requestId, result });
    } catch (e) {
      void this.post({ type: 'response', requestId, error: messageOf(e) });
    }
  }

  /** Recomputes coverage for the tracked document and sends it, if the view can show it. */
  refreshCoverage(delay = COVERAGE_DEBOUNCE_MS): void {
    clearTimeout(this.coverageTimer);
    this.coverageTimer = setTimeout(() => void this.sendCoverage(), delay);
  }

  private async sendCoverage(): Promise<void> {
    if (!this.view?.visible || !this.ready) return;
    const seq = ++this.coverageSeq;
    const doc = this.tracker.current;
    if (!doc) {
      void this.post({ type: 'coverage' });
      return;
    }
    const document = { uri: doc.uri.toString(), fileName: doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1) };
    try {
      const params: CoverageRequestParams = { uri: document.uri };
      const response = await this.client.sendRequest<CoverageResponse>(COVERAGE_REQUEST, params);
      if (seq === this.coverageSeq) void this.post({ type: 'coverage', document, response });
    } catch (e) {
      if (seq === this.coverageSeq) void this.post({ type: 'coverage', document, error: messageOf(e) });
    }
  }

  dispose(): void {
    clearTimeout(this.coverageTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
