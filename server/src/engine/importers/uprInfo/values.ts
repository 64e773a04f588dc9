import type { UprInfoResponse } from './types';

/** "Accepted"/"Supported" → supported; "Noted"/"Rejected"/"Not accepted" → noted. */
export function parseResponse(raw: string): UprInfoResponse {
  const v = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (v === 'accepted' || v === 'supported') return 'supported';
  if (v === 'noted' || v === 'rejected' || v === 'not accepted' || v === 'not supported') return 'noted';
  if (v === 'voluntary pledge' || v === 'voluntary-pledge' || v === 'pledge') return 'voluntary-pledge';
  return 'unknown';
}

/** Action category 1–5: "5", "5.0", "Category 5", "5 - Specific action". Otherwise undefined. */
export function parseActionCategory(raw: string | undefined): 1 | 2 | 3 | 4 | 5 | undefined {
  const m = /^\D*([1-5])(?:\.0+)?(?!\d)/.exec(raw?.trim() ?? '');
  return m ? (Number(m[1]) as 1 | 2 | 3 | 4 | 5) : undefined;
}

/**
 * Issue labels. The old export separates them with commas and no label contains one
 * (checked on all 41k rows); a current export may use ";" instead, which then wins.
 */
export function parseIssues(raw: string | undefined): string[] {
  const v = raw?.trim() ?? '';
  if (!v) return [];
  const sep = v.includes(';') ? ';' : ',';
  const out: string[] = [];
  for (const part of v.split(sep)) {
    const label = part.trim();
    if (label && !out.includes(label)) out.push(label);
  }
  return out;
}

/** A positive integer from "16", "16.0", "Session 16", "16th". Otherwise undefined. */
export function parsePositiveInt(raw: string | undefined): number | undefined {
  const m = /(\d+)/.exec(raw ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
