import type { RecommendationStore } from '../engine/dataset/recommendationStore';
import { allStates } from '../engine/model/states';
import type { StateWithReviews } from '../protocol';

/** Every State with its reviews in the loaded data, oldest review first (New submission). */
export function statesWithReviews(store: RecommendationStore): StateWithReviews[] {
  return allStates()
    .map((s) => ({
      name: s.name,
      iso3: s.iso3,
      reviews: store.reviewsOf(s.iso3).map((r) => ({ document: r.document, cycle: r.cycle, session: r.session, year: r.year, recommendations: store.recommendationsOf(r.document).length })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
