import type { Recommendation, ResponseValue } from '../model/recommendation';
import { resolveState } from '../model/states';
import { Bm25Index } from './bm25Index';
import type { SearchFilters, SearchHit } from './searchTypes';

const RESPONSE_CODES: Record<ResponseValue, number> = { supported: 1, noted: 2, pending: 3, unknown: 4 };

/** Interns strings to small integers so filters compare numbers, not strings. */
class Codes {
  private readonly map = new Map<string, number>();
  code(s: string): number {
    let c = this.map.get(s);
    if (c === undefined) this.map.set(s, (c = this.map.size + 1));
    return c;
  }
  /** 0 when the string was never seen: a filter on it matches nothing. */
  find(s: string): number {
    return this.map.get(s) ?? 0;
  }
}

/**
 * Full-text and filtered search over recommendations: BM25 over the text (weight 1),
 * themes and recommending States (weight 0.5), with the filters of the lookup panel and
 * the CLI (State under review, review, cycle, recommending State, response, theme,
 * action category) checked on integer codes for the records that score.
 */
export class RecommendationIndex {
  private readonly bm25: Bm25Index;
  private readonly codes = new Codes();
  private readonly stateOf: Int32Array;
  private readonly documentOf: Int32Array;
  private readonly cycleOf: Uint8Array;
  private readonly responseOf: Uint8Array;
  private readonly actionOf: Uint8Array;
  /** Records per recommending-State code and per theme code (multi-valued fields). */
  private readonly docsByCode = new Map<number, Int32Array>();
  /** Reused per query: how many multi-valued filters each record passes. */
  private readonly multiMask: Uint8Array;

  constructor(private readonly records: readonly Recommendation[]) {
    const n = records.length;
    this.stateOf = new Int32Array(n);
    this.documentOf = new Int32Array(n);
    this.cycleOf = new Uint8Array(n);
    this.responseOf = new Uint8Array(n);
    this.actionOf = new Uint8Array(n);
    const byCode = new Map<number, number[]>();
    const addTo = (code: number, doc: number): void => {
      const list = byCode.get(code);
      if (!list) byCode.set(code, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    };
    for (let i = 0; i < n; i++) {
      const r = records[i]!;
      this.stateOf[i] = this.codes.code(stateKey(r.stateUnderReview.iso3 ?? r.stateUnderReview.name));
      this.documentOf[i] = this.codes.code(r.document.toUpperCase());
      this.cycleOf[i] = r.cycle ?? 0;
      this.responseOf[i] = RESPONSE_CODES[r.response.value];
      this.actionOf[i] = r.actionCategory ?? 0;
      for (const s of r.recommendingStates) addTo(this.codes.code(stateKey(s)), i);
      for (const t of r.themes) addTo(this.codes.code(`theme:${t.toLowerCase()}`), i);
    }
    for (const [code, docs] of byCode) this.docsByCode.set(code, Int32Array.from(docs));
    this.multiMask = new Uint8Array(n);
    this.bm25 = new Bm25Index(
      records.map((r) => ({
        fields: [
          { text: r.text, weight: 1 },
          { text: r.themes.join(' ; '), weight: 0.5 },
          { text: r.recommendingStates.join(' ; '), weight: 0.5 },
        ],
      })),
    );
  }

  get size(): number {
    return this.records.length;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const accept = this.compileFilters(filters);
    if (!query.trim()) {
      const hits: SearchHit[] = [];
      for (let i = 0; i < this.records.length && hits.length < limit; i++) if (accept(i)) hits.push({ recommendation: this.records[i]!, score: 0 });
      return hits;
    }
    return this.bm25.search(query, limit, accept).map((h) => ({ recommendation: this.records[h.doc]!, score: h.score }));
  }

  private compileFilters(f: SearchFilters): (doc: number) => boolean {
    const checks: ((d: number) => boolean)[] = [];
    if (f.state) {
      const c = this.codes.find(stateKey(resolveState(f.state)?.iso3 ?? f.state));
      checks.push((d) => this.stateOf[d] === c);
    }
    if (f.review) {
      const c = this.codes.find(f.review.trim().toUpperCase());
      checks.push((d) => this.documentOf[d] === c);
    }
    if (f.cycle !== undefined) {
      const c = f.cycle;
      checks.push((d) => this.cycleOf[d] === c);
    }
    if (f.response) {
      const c = RESPONSE_CODES[f.response] ?? -1;
      checks.push((d) => this.responseOf[d] === c);
    }
    if (f.actionCategory !== undefined) {
      const c = f.actionCategory;
      checks.push((d) => this.actionOf[d] === c);
    }
    // Multi-valued fields: mark the records of each wanted value in one pass over its
    // record list, so the per-record check is one array read.
    const multi: number[] = [];
    if (f.recommendingState) multi.push(this.codes.find(stateKey(f.recommendingState)));
    if (f.theme) multi.push(this.codes.find(`theme:${f.theme.toLowerCase()}`));
    if (multi.length) {
      const mask = this.multiMask;
      mask.fill(0);
      for (const code of multi) for (const d of this.docsByCode.get(code) ?? []) mask[d] = mask[d]! + 1;
      const need = multi.length;
      checks.push((d) => mask[d] === need);
    }
    if (checks.length === 0) return () => true;
    if (checks.length === 1) return checks[0]!;
    return (d) => checks.every((check) => check(d));
  }
}

/** States compare by ISO3 where the name resolves, so "UK" finds "United Kingdom of…". */
function stateKey(nameOrCode: string): string {
  const s = resolveState(nameOrCode);
  return s?.iso3 ? `state:${s.iso3}` : `state:${nameOrCode.trim().toLowerCase()}`;
}
