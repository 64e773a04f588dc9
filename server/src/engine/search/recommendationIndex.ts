import MiniSearch from 'minisearch';
import type { Recommendation } from '../model/recommendation';
import { resolveState } from '../model/states';
import { analyseTerm, tokenize } from './textAnalysis';
import type { SearchFilters, SearchHit } from './searchTypes';

interface IndexedDoc {
  id: number;
  text: string;
  themes: string;
  states: string;
}

/**
 * Full-text and filtered search over recommendations. MiniSearch (BM25, prefix search,
 * small and maintained) does the relevance part; the filters are plain predicates on
 * the records, applied inside MiniSearch's filter hook so only matching documents are
 * scored and ranked.
 */
export class RecommendationIndex {
  private readonly mini: MiniSearch<IndexedDoc>;

  constructor(private readonly records: readonly Recommendation[]) {
    this.mini = new MiniSearch<IndexedDoc>({
      fields: ['text', 'themes', 'states'],
      storeFields: [],
      tokenize,
      processTerm: analyseTerm,
      searchOptions: { boost: { text: 2, themes: 1, states: 1 }, processTerm: analyseTerm },
    });
    const docs: IndexedDoc[] = new Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      docs[i] = { id: i, text: r.text, themes: r.themes.join(' '), states: r.recommendingStates.join(' ') };
    }
    this.mini.addAll(docs);
  }

  get size(): number {
    return this.records.length;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const accept = compileFilters(filters);
    const q = query.trim();
    if (!q) {
      const hits: SearchHit[] = [];
      for (const r of this.records) {
        if (accept(r)) {
          hits.push({ recommendation: r, score: 0 });
          if (hits.length >= limit) break;
        }
      }
      return hits;
    }
    const terms = tokenize(q);
    const results = this.mini.search(q, {
      // As-you-type: the last word may be unfinished, so it also matches as a prefix
      // (from three letters on: shorter prefixes would match half the vocabulary).
      prefix: (term, i) => i === terms.length - 1 && term.length >= 3,
      filter: (result) => accept(this.records[result.id as number]!),
      combineWith: 'OR',
    });
    const hits: SearchHit[] = [];
    for (let i = 0; i < results.length && hits.length < limit; i++) {
      const r = results[i]!;
      hits.push({ recommendation: this.records[r.id as number]!, score: r.score });
    }
    return hits;
  }
}

/** Turns filters into one predicate; States are compared by ISO3 when both resolve. */
export function compileFilters(f: SearchFilters): (r: Recommendation) => boolean {
  const checks: ((r: Recommendation) => boolean)[] = [];
  if (f.state) {
    const want = resolveState(f.state);
    const key = (want?.iso3 ?? f.state).toLowerCase();
    const name = (want?.name ?? f.state).toLowerCase();
    checks.push((r) => (r.stateUnderReview.iso3 ?? '').toLowerCase() === key || r.stateUnderReview.name.toLowerCase() === name);
  }
  if (f.review) {
    const doc = f.review.trim().toUpperCase();
    checks.push((r) => r.document.toUpperCase() === doc);
  }
  if (f.cycle !== undefined) checks.push((r) => r.cycle === f.cycle);
  if (f.recommendingState) {
    const want = resolveState(f.recommendingState);
    const name = (want?.name ?? f.recommendingState).toLowerCase();
    checks.push((r) => r.recommendingStates.some((s) => s.toLowerCase() === name));
  }
  if (f.response) checks.push((r) => r.response.value === f.response);
  if (f.theme) {
    const theme = f.theme.toLowerCase();
    checks.push((r) => r.themes.some((t) => t.toLowerCase() === theme));
  }
  if (f.actionCategory !== undefined) checks.push((r) => r.actionCategory === f.actionCategory);
  if (checks.length === 0) return () => true;
  return (r) => checks.every((c) => c(r));
}
