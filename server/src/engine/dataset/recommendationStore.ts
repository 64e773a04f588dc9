import { recommendationKey, type Dataset, type Recommendation, type Review } from '../model/recommendation';
import { resolveState } from '../model/states';
import { RecommendationIndex } from '../search/recommendationIndex';
import type { SearchFilters, SearchHit } from '../search/searchTypes';

/**
 * All loaded recommendations, from the bundled dataset and the user's files, with
 * lookup by (symbol, ID), reviews by State, and search. Datasets given later win: a
 * review present in a user's file replaces the same review from the bundled data as a
 * whole, so a re-imported report never mixes old and new records.
 */
export class RecommendationStore {
  private readonly byKey = new Map<string, Recommendation[]>();
  private readonly reviewsByDocument = new Map<string, Review>();
  private readonly byDocument = new Map<string, Recommendation[]>();
  private index: RecommendationIndex | undefined;

  private constructor(
    readonly reviews: readonly Review[],
    readonly recommendations: readonly Recommendation[],
  ) {
    for (const r of reviews) this.reviewsByDocument.set(r.document, r);
    for (const r of recommendations) {
      const d = this.byDocument.get(r.document);
      if (d) d.push(r);
      else this.byDocument.set(r.document, [r]);
      const k = recommendationKey(r.document, r.id);
      const list = this.byKey.get(k);
      if (list) list.push(r);
      else this.byKey.set(k, [r]);
    }
  }

  static fromDatasets(datasets: readonly Dataset[]): RecommendationStore {
    // A review is the same review when it has the same symbol, or the same State and
    // Working Group session (a report whose text lacks its symbol has a provisional key,
    // and importing the real report later must replace it, not sit beside it).
    const owner = new Map<string, number>();
    const identities = (r: Review): string[] => {
      const keys = [r.document];
      if (r.session !== undefined && r.stateUnderReview.iso3) keys.push(`${r.stateUnderReview.iso3}#WG${r.session}`);
      return keys;
    };
    datasets.forEach((d, i) => {
      for (const r of d.reviews) for (const k of identities(r)) owner.set(k, i);
      // Recommendations of a review the dataset has no record for (e.g. a UHRI slice)
      // belong to the last dataset that mentions their document.
      for (const r of d.recommendations) owner.set(r.document, i);
    });
    const reviews: Review[] = [];
    const recs: Recommendation[] = [];
    datasets.forEach((d, i) => {
      const kept = new Set<string>();
      for (const r of d.reviews) {
        if (identities(r).every((k) => owner.get(k) === i)) {
          reviews.push(r);
          kept.add(r.document);
        }
      }
      const reviewed = new Set(d.reviews.map((r) => r.document));
      for (const r of d.recommendations) {
        if (reviewed.has(r.document) ? kept.has(r.document) : owner.get(r.document) === i) recs.push(r);
      }
    });
    return new RecommendationStore(reviews, recs);
  }

  /** All records with this (symbol, ID): one, or several parts of a 2009-era item. */
  lookup(document: string, id: string): Recommendation[] {
    return this.byKey.get(recommendationKey(document, id)) ?? [];
  }

  /** Every recommendation of one review, in report order. */
  recommendationsOf(document: string): readonly Recommendation[] {
    return this.byDocument.get(document) ?? [];
  }

  review(document: string): Review | undefined {
    return this.reviewsByDocument.get(document);
  }

  /** Reviews of a State (name, variant or ISO3), oldest first. */
  reviewsOf(state: string): Review[] {
    const want = resolveState(state);
    const iso3 = want?.iso3;
    const name = (want?.name ?? state).toLowerCase();
    return this.reviews
      .filter((r) => (iso3 !== undefined && r.stateUnderReview.iso3 === iso3) || r.stateUnderReview.name.toLowerCase() === name)
      .sort((a, b) => (a.session ?? 0) - (b.session ?? 0) || (a.year ?? 0) - (b.year ?? 0));
  }

  /** Built on first use: the index costs more than loading, and many sessions never search. */
  get searchIndex(): RecommendationIndex {
    this.index ??= new RecommendationIndex(this.recommendations);
    return this.index;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    return this.searchIndex.search(query, filters, limit);
  }
}
