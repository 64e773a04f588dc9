/**
 * `UPR Draft: New submission`: choose the State (from the loaded data), and a new draft
 * opens from the submission skeleton snippet with the front matter filled in: the State,
 * the coming cycle and its likely session, and the previous review (the State's most
 * recent review in the data). The rest of the skeleton stays as tab stops to fill.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATES_WITH_REVIEWS_REQUEST, type StatesWithReviewsResponse, type StateWithReviews } from '../../../server/src/protocol';

/** The skeleton's name in snippets/markdown.json, and its tab stops for the front matter. */
const SKELETON = 'UPR submission skeleton';
const TAB_STOP = { state: 1, cycle: 2, session: 3, previousReview: 4 } as const;

export interface NewSubmissionValues {
  state: string;
  cycle?: number;
  session?: number;
  previousReview?: string;
}

/**
 * The next review of a State after its latest one: cycle + 1 and, as the Working Group
 * keeps States in the same slot from cycle to cycle, session + 14 (+ 12 after the first
 * cycle, which had 12 sessions).
 */
export function nextReviewOf(s: StateWithReviews): NewSubmissionValues {
  const last = s.reviews[s.reviews.length - 1];
  if (!last) return { state: s.name };
  return {
    state: s.name,
    previousReview: last.document,
    cycle: last.cycle !== undefined ? last.cycle + 1 : undefined,
    session: last.session !== undefined ? last.session + (last.cycle === 1 ? 12 : 14) : undefined,
  };
}

/** The skeleton snippet with the front-matter tab stops' defaults replaced by `values`. */
export function fillSkeleton(body: string, values: NewSubmissionValues): string {
  const escape = (v: string): string => v.replace(/[$}\\]/g, (c) => `\\${c}`);
  const set = (text: string, n: number, value: string | number | undefined): string =>
    value === undefined ? text : text.replace(new RegExp(`\\$\\{${n}:[^}]*\\}`, 'g'), `\${${n}:${escape(String(value))}}`);
  let out = set(body, TAB_STOP.state, values.state);
  out = set(out, TAB_STOP.cycle, values.cycle);
  out = set(out, TAB_STOP.session, values.session);
  return set(out, TAB_STOP.previousReview, values.previousReview);
}

function skeletonBody(context: vscode.ExtensionContext): string {
  const snippets = JSON.parse(fs.readFileSync(context.asAbsolutePath('snippets/markdown.json'), 'utf8')) as Record<string, { body: string | string[] }>;
  const body = snippets[SKELETON]?.body;
  if (!body) throw new Error(`the snippet "${SKELETON}" is missing from snippets/markdown.json`);
  return Array.isArray(body) ? body.join('\n') : body;
}

export function registerNewSubmission(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('upr.newSubmission', async (stateGiven?: string): Promise<vscode.TextEditor | undefined> => {
      const { states } = await client.sendRequest<StatesWithReviewsResponse>(STATES_WITH_REVIEWS_REQUEST);
      let chosen: StateWithReviews | undefined;
      if (typeof stateGiven === 'string') {
        const want = stateGiven.toLowerCase();
        chosen = states.find((s) => s.name.toLowerCase() === want || s.iso3.toLowerCase() === want);
        if (!chosen) {
          void vscode.window.showErrorMessage(`UPR Draft: no State "${stateGiven}" in the data.`);
          return undefined;
        }
      } else {
        const items = states.map((s) => {
          const last = s.reviews[s.reviews.length - 1];
          return {
            label: s.name,
            description: s.iso3,
            detail: last ? `Previous review ${last.document}${last.cycle ? `, cycle ${last.cycle}` : ''}${last.year ? ` (${last.year})` : ''}: ${last.recommendations} recommendations` : 'No review in the loaded data: import its last Working Group report first',
            state: s,
          };
        });
        chosen = (await vscode.window.showQuickPick(items, { title: 'New UPR submission', placeHolder: 'Which State is under review?', matchOnDescription: true }))?.state;
      }
      if (!chosen) return undefined;
      const values = nextReviewOf(chosen);
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(fillSkeleton(skeletonBody(context), values)), new vscode.Position(0, 0));
      return editor;
    }),
  );
}
