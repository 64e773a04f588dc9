/**
 * `UPR Draft: Look up recommendation`: a quick pick that searches the loaded
 * recommendations as you type (the server's `upr/search`), limited to the active
 * submission's State under review — a button widens it to every State. Choosing one
 * inserts a reference at the cursor in the configured citation style.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DOCUMENT_STATS_REQUEST,
  FORMAT_REFERENCE_REQUEST,
  SEARCH_REQUEST,
  type DocumentStats,
  type FormatReferenceResponse,
  type SearchRequestParams,
  type SearchResponse,
} from '../../../server/src/protocol';
import type { SearchHit } from '../../../server/src/engine/search/searchTypes';
import { activeMarkdownEditor } from '../activeMarkdownEditor';

interface HitItem extends vscode.QuickPickItem {
  /** Absent on the "nothing found" line. */
  hit?: SearchHit;
}

const RESPONSE_LABEL: Record<string, string> = { supported: 'Supported', noted: 'Noted', pending: 'Pending', unknown: 'Response unknown' };

function itemOf(hit: SearchHit): HitItem {
  const r = hit.recommendation;
  return {
    label: `${r.id} (${r.recommendingStates.join(', ') || 'State not recorded'})`,
    description: `${RESPONSE_LABEL[r.response.value] ?? r.response.value} · ${r.document}${r.cycle ? ` · cycle ${r.cycle}` : ''}${r.year ? ` (${r.year})` : ''}`,
    detail: r.text,
    // The server already ranked these by the query (stems, IDs, States): the quick pick's
    // own fuzzy filter on the label would hide most of them.
    alwaysShow: true,
    hit,
  };
}

/** Inserts references to these recommendations at the editor's cursor. */
export async function insertReferences(client: LanguageClient, editor: vscode.TextEditor, recs: SearchHit['recommendation'][]): Promise<boolean> {
  const { references } = await client.sendRequest<FormatReferenceResponse>(FORMAT_REFERENCE_REQUEST, {
    uri: editor.document.uri.toString(),
    recommendations: recs.map((r) => ({ document: r.document, id: r.id, recommendingStates: r.recommendingStates })),
  });
  return editor.edit((b) => b.replace(editor.selection, references.join('; ')));
}

export function registerLookUpRecommendation(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('upr.lookUpRecommendation', async (initialQuery?: string) => {
      const editor = activeMarkdownEditor();
      const stats = editor ? await client.sendRequest<DocumentStats | null>(DOCUMENT_STATS_REQUEST, { uri: editor.document.uri.toString() }) : null;
      let state = stats?.stateUnderReview;
      const pick = vscode.window.createQuickPick<HitItem>();
      const allStates: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('globe'), tooltip: 'Search every State' };
      const placeholder = (): string => `Search recommendations${state ? ` to ${state}` : ' (every State)'}: words, an ID like 109.118, a recommending State`;
      pick.placeholder = placeholder();
      pick.buttons = state ? [allStates] : [];
      let generation = 0;
      let timer: NodeJS.Timeout | undefined;
      const search = (): void => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const mine = ++generation;
          pick.busy = true;
          const params: SearchRequestParams = { query: pick.value, filters: state ? { state } : {}, limit: 50 };
          try {
            const { results } = await client.sendRequest<SearchResponse>(SEARCH_REQUEST, params);
            if (mine !== generation) return; // a newer query is on its way
            pick.items = results.length
              ? results.map(itemOf)
              : [{ label: '$(info) No recommendations match', detail: state ? `Nothing for "${pick.value}" in ${state}'s reviews: try other words, or the globe button to search every State.` : `Nothing for "${pick.value}".`, alwaysShow: true }];
          } catch (e) {
            if (mine === generation) void vscode.window.showErrorMessage(`UPR Draft: the search failed: ${(e as Error).message}`);
          } finally {
            if (mine === generation) pick.busy = false;
          }
        }, 120);
      };
      pick.onDidChangeValue(search);
      pick.onDidTriggerButton(() => {
        state = undefined;
        pick.buttons = [];
        pick.placeholder = placeholder();
        search();
      });
      const chosen = await new Promise<HitItem | undefined>((resolve) => {
        pick.onDidAccept(() => {
          if (pick.selectedItems[0]?.hit) resolve(pick.selectedItems[0]);
        });
        pick.onDidHide(() => resolve(undefined));
        pick.value = typeof initialQuery === 'string' ? initialQuery : '';
        pick.show();
        search();
      });
      pick.dispose();
      const hit = chosen?.hit;
      if (!hit) return;
      const target = activeMarkdownEditor();
      if (!target) {
        await vscode.env.clipboard.writeText(`${hit.recommendation.id}: ${hit.recommendation.text}`);
        void vscode.window.showInformationMessage('UPR Draft: no Markdown editor is open, so the recommendation was copied to the clipboard.');
        return;
      }
      await insertReferences(client, target, [hit.recommendation]);
    }),
  );
}
