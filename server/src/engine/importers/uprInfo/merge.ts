import type { Recommendation, StateRef } from '../../model/recommendation';
import { resolveState } from '../../model/states';
import { cycleOfSession, yearOfSession } from '../../model/cycles';
import { tokenSet } from './similarity';
import type { UnmatchedReason, UprInfoMatch, UprInfoMergeReport, UprInfoRow, UnmatchedUprInfoRow } from './types';

export interface MergeOptions {
  /**
   * Minimum score (see matchScore) for a match, chosen on the real data with
   * scripts/evaluate-upr-info-match.ts (42,013 rows against the 39,043 records the WG
   * report importer reads from all reports). Share of matches whose record names the row's
   * recommending State, by score band: ≥ 0.85: 99.5–100 %; 0.75–0.85: 92–93 %;
   * 0.70–0.75: 85 %; 0.65–0.70: 56 %. 0.75 keeps wrong matches rare and costs 0.2 % of rows.
   */
  threshold?: number;
  /**
   * Candidates within this distance of the best score count as equally good, and then
   * the one naming the row's recommending State wins (identical texts from several States
   * under different IDs; 2009-era items split in parts).
   */
  margin?: number;
}

export const DEFAULT_THRESHOLD = 0.75;
export const DEFAULT_MARGIN = 0.1;

interface Bucket {
  records: Recommendation[];
  tokens: string[][];
  /** State keys of each record's recommending States. */
  states: Set<string>[];
  postings: Map<string, number[]>;
}

/**
 * Match UPR Info rows to Working Group report records and merge what UPR Info knows into
 * the matched records, IN PLACE: the final response (source "upr-info", detail the raw
 * value; an "unknown" response leaves the record's response alone), `themes` (union with
 * the row's issues), `actionCategory`, and `provenance.mergedFrom` += "<file>:<line>".
 *
 * A row is compared only with records of the same State under review and session (records
 * without a session are found by the session's year; rows without a session, by cycle); similarity is the Dice coefficient
 * of word-token sets (see similarity.ts). Several rows may match one record (one ID with
 * several recommending States has one UPR Info row per State). Voluntary pledges are not
 * recommendations of the report and are left unmatched.
 */
export function mergeUprInfo(
  records: Recommendation[],
  rows: UprInfoRow[],
  options: MergeOptions = {},
): UprInfoMergeReport {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const margin = options.margin ?? DEFAULT_MARGIN;

  // Group records by (State, session) and (State, year) for records without a session.
  const groups = new Map<string, Recommendation[]>();
  const add = (key: string, r: Recommendation) => {
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  };
  for (const r of records) {
    const sk = stateKey(r.stateUnderReview);
    if (r.session !== undefined) add(`${sk}|s${r.session}`, r);
    else if (r.year !== undefined) add(`${sk}|y${r.year}`, r);
    // A State is reviewed once per cycle: rows that give only the cycle look here.
    const cycle = r.cycle ?? (r.session !== undefined ? cycleOfSession(r.session) : undefined);
    if (cycle !== undefined) add(`${sk}|c${cycle}`, r);
  }
  const buckets = new Map<string, Bucket | undefined>();
  const bucketFor = (key: string): Bucket | undefined => {
    if (buckets.has(key)) return buckets.get(key);
    const recs = groups.get(key);
    const b = recs ? buildBucket(recs) : undefined;
    buckets.set(key, b);
    return b;
  };

  const matches: UprInfoMatch[] = [];
  const unmatched: UnmatchedUprInfoRow[] = [];
  const unmatchedByReason: Record<UnmatchedReason, number> = {
    'no-report': 0,
    'no-similar-text': 0,
    'voluntary-pledge': 0,
  };
  const touched = new Set<Recommendation>();
  const timesMatched = new Map<Recommendation, number>();
  const firstResponse = new Map<Recommendation, UprInfoRow>();
  const conflicts: string[] = [];
  let pledges = 0;

  const miss = (row: UprInfoRow, reason: UnmatchedReason, bestScore?: number, bestCandidate?: Recommendation) => {
    const u: UnmatchedUprInfoRow = { row, reason };
    if (bestScore !== undefined) u.bestScore = bestScore;
    if (bestCandidate) u.bestCandidate = bestCandidate;
    unmatched.push(u);
    unmatchedByReason[reason]++;
  };

  for (const row of rows) {
    if (row.response === 'voluntary-pledge') {
      pledges++;
      miss(row, 'voluntary-pledge');
      continue;
    }
    const sk = stateKey(row.stateUnderReview);
    let bucket: Bucket | undefined;
    if (row.session !== undefined) {
      bucket = bucketFor(`${sk}|s${row.session}`);
      const year = yearOfSession(row.session);
      if (!bucket && year !== undefined) bucket = bucketFor(`${sk}|y${year}`);
    } else if (row.cycle !== undefined) {
      bucket = bucketFor(`${sk}|c${row.cycle}`);
    }
    if (!bucket) {
      miss(row, 'no-report');
      continue;
    }

    const rowTokens = tokenSet(row.text);
    const common = new Int32Array(bucket.records.length);
    for (const t of rowTokens) {
      const p = bucket.postings.get(t);
      if (p) for (const i of p) common[i]!++;
    }
    const fromKey = row.recommendingState ? stateKey(resolveState(row.recommendingState) ?? { name: row.recommendingState }) : '';
    const scores = new Float64Array(bucket.records.length);
    let best = -1;
    for (let i = 0; i < scores.length; i++) {
      const namesState = fromKey !== '' && bucket.states[i]!.has(fromKey);
      scores[i] = matchScore(common[i]!, rowTokens.length, bucket.tokens[i]!.length, namesState);
      if (best < 0 || scores[i]! > scores[best]!) best = i;
    }
    if (best < 0 || scores[best]! < threshold) {
      miss(row, 'no-similar-text', best < 0 ? 0 : scores[best], best < 0 ? undefined : bucket.records[best]);
      continue;
    }

    // Among near-best candidates prefer one naming the row's State, then higher score,
    // then the one matched fewer times so far (identical texts under different IDs).
    const floor = Math.max(threshold, scores[best]! - margin);
    let chosen = -1;
    let chosenRank: [number, number, number] = [-1, -1, -1];
    for (let i = 0; i < scores.length; i++) {
      if (scores[i]! < floor) continue;
      const rank: [number, number, number] = [
        fromKey && bucket.states[i]!.has(fromKey) ? 1 : 0,
        scores[i]!,
        -(timesMatched.get(bucket.records[i]!) ?? 0),
      ];
      if (chosen < 0 || compareRank(rank, chosenRank) > 0) {
        chosen = i;
        chosenRank = rank;
      }
    }
    const record = bucket.records[chosen]!;
    const score = scores[chosen]!;
    applyRow(record, row, firstResponse, conflicts);
    touched.add(record);
    timesMatched.set(record, (timesMatched.get(record) ?? 0) + 1);
    matches.push({ row, record, score });
  }

  const considered = rows.length - pledges;
  return {
    rows: rows.length,
    matchedRows: matches.length,
    matchRate: considered > 0 ? matches.length / considered : 0,
    recordsTouched: touched.size,
    unmatched,
    unmatchedByReason,
    matches,
    conflicts,
  };
}

/**
 * Score of a row against a record from the size of their token sets and of their
 * intersection: the Dice coefficient, or — when the record names the row's recommending
 * State and the shorter text has at least CONTAINMENT_MIN_TOKENS tokens — the share of the
 * shorter text found in the longer one, discounted by CONTAINMENT_WEIGHT. The second
 * catches UPR Info rows that are one State's part of a merged item ("Ratify OP-CAT
 * (Ghana, Tunisia), as recommended previously in 2009 (Czech Republic) and …"), rows that
 * shorten a long item, and reports that wrap the text ("That Algeria take measures …;
 * recommends …"). Without the State it would also join "Ratify the ICCPR as soon as
 * possible" to "Ratify the Optional Protocol to ICCPR … as soon as possible".
 */
export function matchScore(common: number, rowSize: number, recordSize: number, recordNamesState = true): number {
  const denom = rowSize + recordSize;
  if (denom === 0) return 0;
  const dice = (2 * common) / denom;
  const shorter = Math.min(rowSize, recordSize);
  if (!recordNamesState || shorter < CONTAINMENT_MIN_TOKENS) return dice;
  return Math.max(dice, (CONTAINMENT_WEIGHT * common) / shorter);
}
export const CONTAINMENT_MIN_TOKENS = 6;
export const CONTAINMENT_WEIGHT = 0.85;

function compareRank(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

function buildBucket(records: Recommendation[]): Bucket {
  const tokens = records.map((r) => tokenSet(r.text));
  const postings = new Map<string, number[]>();
  tokens.forEach((ts, i) => {
    for (const t of ts) {
      const p = postings.get(t);
      if (p) p.push(i);
      else postings.set(t, [i]);
    }
  });
  const states = records.map((r) => {
    const keys = new Set(r.recommendingStates.map((s) => stateKey(resolveState(s) ?? { name: s })));
    // Merged items name their States inside the text too: "Ratify CAT (Brazil) / Become
    // a party to CAT (Estonia) / …"; importers may keep only the last suffix.
    for (const m of r.text.matchAll(/\(([^()]{2,300})\)/g)) {
      for (const name of m[1]!.split(/\s*,\s*|\s+and\s+/)) {
        const st = resolveState(name);
        if (st) keys.add(stateKey(st));
      }
    }
    return keys;
  });
  return { records, tokens, states, postings };
}

function applyRow(
  record: Recommendation,
  row: UprInfoRow,
  firstResponse: Map<Recommendation, UprInfoRow>,
  conflicts: string[],
): void {
  if (row.response === 'supported' || row.response === 'noted') {
    const first = firstResponse.get(record);
    if (!first) {
      firstResponse.set(record, row);
      record.response = { value: row.response, source: 'upr-info', detail: row.responseRaw };
    } else if (first.response !== row.response) {
      conflicts.push(
        `${record.document}#${record.id}${record.part ? `/${record.part}` : ''}: ` +
          `${first.responseRaw} (${first.file}:${first.line}) vs ${row.responseRaw} (${row.file}:${row.line})`,
      );
    }
  }
  // New arrays rather than push(): callers may hand in shallow copies sharing arrays.
  const newThemes = row.issues.filter((i) => !record.themes.includes(i));
  if (newThemes.length) record.themes = [...record.themes, ...newThemes];
  if (row.actionCategory && record.actionCategory === undefined) record.actionCategory = row.actionCategory;
  const ref = `${row.file}:${row.line}`;
  const merged = record.provenance.mergedFrom ?? [];
  if (!merged.includes(ref)) record.provenance.mergedFrom = [...merged, ref];
}

/** ISO3 when known, else the name folded (case, accents, "&"/"and", punctuation). */
export function stateKey(s: StateRef): string {
  if (s.iso3) return s.iso3.toUpperCase();
  const r = resolveState(s.name);
  if (r?.iso3) return r.iso3.toUpperCase();
  return s.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bthe\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
