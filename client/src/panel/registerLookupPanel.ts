/**
 * The recommendation lookup panel: the "Recommendations" webview view (search with
 * filters, and coverage of the active submission), the command `upr.showCoverage`, and
 * the internal commands `upr.panel.insertReference`, `upr.panel.copyReference` and
 * `upr.panel.showCitations` ({document, id, recommendingStates, reference?, text?}),
 * which the webview's buttons use too, so the editor tests can drive the same code.
 */
import * as vscode from 'vscode';
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LOOKUP_VIEW_ID, LookupPanelProvider } from './lookupPanelProvider';
import { MarkdownEditorTracker } from './markdownEditorTracker';
import { ReferenceActions } from './referenceActions';

export function registerLookupPanel(context: ExtensionContext, client: LanguageClient): void {
  const tracker = new MarkdownEditorTracker();
  const actions = new ReferenceActions(client, tracker);
  const provider = new LookupPanelProvider(context.extensionUri, client, tracker, actions);
  context.subscriptions.push(
    tracker,
    provider,
    vscode.window.registerWebviewViewProvider(LOOKUP_VIEW_ID, provider),
    vscode.commands.registerCommand('upr.showCoverage', () => provider.show('coverage')),
    vscode.commands.registerCommand('upr.panel.showSearch', () => provider.show('search')),
    vscode.commands.registerCommand('upr.panel.insertReference', (target: unknown) => actions.insert(target)),
    vscode.commands.registerCommand('upr.panel.copyReference', (target: unknown) => actions.copy(target)),
    vscode.commands.registerCommand('upr.panel.showCitations', (target: unknown) => actions.showCitations(target)),
    // For the editor tests: whether the view's webview was created (it is, once shown).
    vscode.commands.registerCommand('upr.panel.isResolved', () => provider.isResolved),
  );
}
