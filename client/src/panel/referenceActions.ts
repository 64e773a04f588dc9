import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CITATIONS_REQUEST, FORMAT_REFERENCE_REQUEST, type CitationsRequestParams, type CitationsResponse, type FormatReferenceParams, type FormatReferenceResponse } from '../../../server/src/protocol';
import type { CitingPlace } from '../../../server/src/protocol';
import type { ReferenceTarget } from '../../webview/panelProtocol';
import type { MarkdownEditorTracker } from './markdownEditorTracker';

/**
 * What the panel's buttons do, as functions the commands `upr.panel.*` and the webview's
 * messages share. References are formatted by the server (one implementation of the
 * citation styles, the quick fixes' one).
 */
export class ReferenceActions {
  constructor(
    private readonly client: LanguageClient,
    private readonly tracker: MarkdownEditorTracker,
  ) {}

  async referenceOf(target: ReferenceTarget): Promise<string> {
    if (target.reference) return target.reference;
    const params: FormatReferenceParams = { uri: this.tracker.current?.uri.toString(), recommendations: [{ document: target.document, id: target.id, recommendingStates: target.recommendingStates ?? [] }] };
    const r = await this.client.sendRequest<FormatReferenceResponse>(FORMAT_REFERENCE_REQUEST, params);
    return r.references[0] ?? target.id;
  }

  /** Inserts the reference at the cursor of the last Markdown editor (replacing a selection). Resolves with what was inserted. */
  async insert(input: unknown): Promise<{ uri: string; text: string; offset: number } | undefined> {
    const target = toTarget(input);
    if (!target) return undefined;
    const editor = await this.tracker.showEditor();
    if (!editor) {
      void vscode.window.showInformationMessage('Open a Markdown submission and put the cursor where the reference goes, then insert it.');
      return undefined;
    }
    const text = await this.referenceOf(target);
    const selection = editor.selection;
    const offset = editor.document.offsetAt(selection.start);
    const ok = await editor.edit((b) => b.replace(selection, text));
    if (!ok) return undefined;
    const end = editor.document.positionAt(offset + text.length);
    editor.selection = new vscode.Selection(end, end);
    editor.revealRange(new vscode.Range(end, end));
    return { uri: editor.document.uri.toString(), text, offset };
  }

  /** Copies `reference: "text"` to the clipboard and resolves with it. */
  async copy(input: unknown): Promise<string | undefined> {
    const target = toTarget(input);
    if (!target) return undefined;
    const reference = await this.referenceOf(target);
    const copied = target.text ? `${reference}: “${target.text}”` : reference;
    await vscode.env.clipboard.writeText(copied);
    vscode.window.setStatusBarMessage(`Copied ${reference}`, 3000);
    return copied;
  }

  /** Where the tracked document refers to the recommendation, from the server; revealed. Resolves with the places. */
  async showCitations(input: unknown): Promise<CitingPlace[]> {
    const target = toTarget(input);
    if (!target) return [];
    const doc = this.tracker.current;
    if (!doc) {
      void vscode.window.showInformationMessage('Open a Markdown submission to find where it refers to a recommendation.');
      return [];
    }
    const params: CitationsRequestParams = { uri: doc.uri.toString(), document: target.document, id: target.id };
    const { places } = await this.client.sendRequest<CitationsResponse>(CITATIONS_REQUEST, params);
    await this.reveal(target, places);
    return places;
  }

  /** One place: selected in the editor. Several: a quick pick that previews each as you move. */
  async reveal(target: ReferenceTarget, places: readonly CitingPlace[]): Promise<void> {
    const name = `${target.id}${target.recommendingStates.length ? ` (${target.recommendingStates.join(', ')})` : ''}`;
    if (places.length === 0) {
      void vscode.window.showInformationMessage(`${this.tracker.current ? basename(this.tracker.current.uri) : 'The document'} does not refer to ${name} yet.`);
      return;
    }
    const editor = await this.tracker.showEditor(places.length > 1);
    if (!editor) return;
    const select = (p: CitingPlace): void => {
      const range = new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    };
    if (places.length === 1) {
      select(places[0]!);
      return;
    }
    const original = editor.selection;
    type Item = vscode.QuickPickItem & { place: CitingPlace };
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = `${places.length} places refer to ${name}`;
    pick.placeholder = 'Pick a place to go to';
    pick.items = places.map((p) => ({
      label: `Line ${p.range.start.line + 1}`,
      description: p.kind === 'reference' ? 'by ID' : 'in words, without ID',
      detail: p.excerpt,
      place: p,
    }));
    const chosen = await new Promise<CitingPlace | undefined>((resolve) => {
      pick.onDidChangeActive((items) => items[0] && select(items[0].place));
      pick.onDidAccept(() => {
        resolve(pick.selectedItems[0]?.place);
        pick.hide();
      });
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (chosen) {
      select(chosen);
      await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    } else {
      editor.selection = original;
      editor.revealRange(original, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }
}

/** Commands and messages can carry anything: only a well-formed target is acted on. */
export function toTarget(t: unknown): ReferenceTarget | undefined {
  const r = t as Partial<ReferenceTarget> | undefined;
  if (typeof r?.document !== 'string' || typeof r.id !== 'string') return undefined;
  const states = Array.isArray(r.recommendingStates) ? r.recommendingStates.filter((s): s is string => typeof s === 'string') : [];
  return {
    document: r.document,
    id: r.id,
    recommendingStates: states,
    ...(typeof r.reference === 'string' && r.reference ? { reference: r.reference } : {}),
    ...(typeof r.text === 'string' ? { text: r.text } : {}),
  };
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
