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
  private index: RecommendationIndex | undefined;

  private constructor(
    readonly reviews: readonly Review[],
    readonly recommendations: readonly Recommendation[],
  ) {
    for (const r of reviews) this.reviewsByDocument.set(r.document, r);
    for (const r of recommendations) {
      const k = recommendationKey(r.document, r.id);
      const list = this.byKey.get(k);
      if (list) list.push(r);
      else this.byKey.set(k, [r]);
    }
  }

  static fromDatasets(datasets: readonly Dataset[]): RecommendationStore {
    const reviewOwner = new Map<string, number>();
    datasets.forEach((d, i) => {
      // A dataset may hold recommendations of a review it has no record for (e.g. a
      // UHRI slice); such a document belongs to the last dataset that mentions it.
      for (const r of d.reviews) reviewOwner.set(r.document, i);
      for (const r of d.recommendations) reviewOwner.set(r.document, i);
    });
    const reviews: Review[] = [];
    const recs: Recommendation[] = [];
    datasets.forEach((d, i) => {
      for (const r of d.reviews) if (reviewOwner.get(r.document) === i) reviews.push(r);
      for (const r of d.recommendations) if (reviewOwner.get(r.document) === i) recs.push(r);
    });
    return new RecommendationStore(reviews, recs);
  }

  /** All records with this (symbol, ID): one, or several parts of a 2009-era item. */
  lookup(document: string, id: string): Recommendation[] {
    return this.byKey.get(recommendationKey(document, id)) ?? [];
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
