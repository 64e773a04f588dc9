/**
 * Messages between the lookup panel's webview (browser side) and the extension. Types
 * only, no DOM and no `vscode`: both sides import them. The webview reaches the language
 * server only through `request` messages for the methods in `PANEL_REQUEST_METHODS`,
 * which the extension forwards and answers with `response`.
 */
import type { CitingPlace, CoverageResponse } from '../../server/src/protocol';

export const PANEL_REQUEST_METHODS = ['upr/search', 'upr/facets'] as const;
export type PanelRequestMethod = (typeof PANEL_REQUEST_METHODS)[number];

export type PanelTab = 'search' | 'coverage';

/** A recommendation the drafter acts on: insert, copy, find in the document. */
export interface ReferenceTarget {
  document: string;
  id: string;
  recommendingStates: string[];
  /** Already formatted by the server in the configured style; asked for when absent. */
  reference?: string;
  text?: string;
}

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'request'; requestId: number; method: PanelRequestMethod; params: unknown }
  | { type: 'insertReference'; target: ReferenceTarget }
  | { type: 'copyReference'; target: ReferenceTarget }
  | { type: 'showCitations'; target: ReferenceTarget }
  | { type: 'revealPlaces'; target: ReferenceTarget; places: CitingPlace[] }
  | { type: 'refreshCoverage' };

/** The submission the panel works for: the last active Markdown editor's document. */
export interface ActiveDocument {
  uri: string;
  fileName: string;
}

export type ExtensionMessage =
  | { type: 'response'; requestId: number; result?: unknown; error?: string }
  | { type: 'coverage'; document?: ActiveDocument; response?: CoverageResponse; error?: string }
  | { type: 'showTab'; tab: PanelTab }
  | { type: 'notice'; text: string };
