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
  private readonly recommendingOf: Int32Array[];
  private readonly themesOf: Int32Array[];

  constructor(private readonly records: readonly Recommendation[]) {
    const n = records.length;
    this.stateOf = new Int32Array(n);
    this.documentOf = new Int32Array(n);
    this.cycleOf = new Uint8Array(n);
    this.responseOf = new Uint8Array(n);
    this.actionOf = new Uint8Array(n);
    this.recommendingOf = new Array<Int32Array>(n);
    this.themesOf = new Array<Int32Array>(n);
    for (let i = 0; i < n; i++) {
      const r = records[i]!;
      this.stateOf[i] = this.codes.code(stateKey(r.stateUnderReview.iso3 ?? r.stateUnderReview.name));
      this.documentOf[i] = this.codes.code(r.document.toUpperCase());
      this.cycleOf[i] = r.cycle ?? 0;
      this.responseOf[i] = RESPONSE_CODES[r.response.value];
      this.actionOf[i] = r.actionCategory ?? 0;
      this.recommendingOf[i] = Int32Array.from(r.recommendingStates, (s) => this.codes.code(stateKey(s)));
      this.themesOf[i] = Int32Array.from(r.themes, (t) => this.codes.code(`theme:${t.toLowerCase()}`));
    }
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
    if (f.recommendingState) {
      const c = this.codes.find(stateKey(f.recommendingState));
      checks.push((d) => this.recommendingOf[d]!.includes(c));
    }
    if (f.theme) {
      const c = this.codes.find(`theme:${f.theme.toLowerCase()}`);
      checks.push((d) => this.themesOf[d]!.includes(c));
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
