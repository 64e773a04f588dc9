import type { UprInfoLayout } from './types';

/**
 * The two header layouts of UPR Info exports and how their columns map to our fields.
 * Headers are compared after `headerKey` (case, spaces, hyphens and underscores do not
 * matter), so "To-Rgrp", "to_rgrp" and "To Rgrp" are the same column.
 */
export type UprInfoField =
  | 'stateUnderReview'
  | 'recommendingState'
  | 'text'
  | 'response'
  | 'actionCategory'
  | 'issues'
  | 'session'
  | 'cycle';

interface LayoutSpec {
  layout: UprInfoLayout;
  /** Field → column name as the export spells it. */
  columns: Partial<Record<UprInfoField, string>>;
  /** Fields without which the file cannot be imported. */
  required: UprInfoField[];
}

export const LAYOUTS: readonly LayoutSpec[] = [
  {
    // Old spreadsheet export: To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org,
    // Response, Action, Issue, Session.
    layout: 'old',
    columns: {
      stateUnderReview: 'To',
      recommendingState: 'From',
      text: 'Text',
      response: 'Response',
      actionCategory: 'Action',
      issues: 'Issue',
      session: 'Session',
    },
    required: ['stateUnderReview', 'recommendingState', 'text', 'response', 'session'],
  },
  {
    // Current database export.
    layout: 'current',
    columns: {
      stateUnderReview: 'state_under_review',
      recommendingState: 'recommending_state',
      text: 'recommendation',
      response: 'response',
      actionCategory: 'action_category',
      issues: 'issues',
      session: 'session',
      cycle: 'cycle',
    },
    required: ['stateUnderReview', 'recommendingState', 'text', 'response'],
  },
];

export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

export interface LayoutMatch {
  layout: UprInfoLayout;
  /** Field → 0-based column index, for the columns present. */
  index: Partial<Record<UprInfoField, number>>;
  /** Column names (as the layout spells them) of required fields that are absent. */
  missing: string[];
  /** How many of the layout's columns were found. */
  found: number;
}

/** Match a header row against both layouts; the one with more columns found wins (old on a tie). */
export function matchLayout(header: readonly string[]): LayoutMatch {
  const keys = header.map(headerKey);
  let best: LayoutMatch | undefined;
  for (const spec of LAYOUTS) {
    const index: Partial<Record<UprInfoField, number>> = {};
    let found = 0;
    for (const [field, name] of Object.entries(spec.columns) as [UprInfoField, string][]) {
      const i = keys.indexOf(headerKey(name));
      if (i >= 0) {
        index[field] = i;
        found++;
      }
    }
    const missing = spec.required.filter((f) => index[f] === undefined).map((f) => spec.columns[f]!);
    const m: LayoutMatch = { layout: spec.layout, index, missing, found };
    if (!best || found > best.found) best = m;
  }
  return best!;
}

/**
 * Header sniff: true when the first line of `text` names the required columns of one of
 * the UPR Info layouts. Only looks at the first line (a cheap check for file pickers).
 */
export function looksLikeUprInfoCsv(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (!firstLine.includes(',')) return false;
  // The header of these exports has no quoted commas; a plain split is enough for a sniff.
  const cells = firstLine.split(',').map((c) => c.replace(/^"|"$/g, ''));
  const m = matchLayout(cells);
  return m.missing.length === 0;
}
