import type { RecommendationStore } from '../dataset/recommendationStore';
import type { FrontMatter, OffsetRange } from '../document';
import type { Review } from '../model/recommendation';

export interface PreviousReviewResolution {
  reviews: Review[];
  /** `previous-review` symbols that are not in the loaded data, with their ranges. */
  missing: { symbol: string; range: OffsetRange }[];
}

/**
 * The review(s) a submission assesses. `previous-review` names them; without it, the
 * State's most recent review before the submission's `cycle` (or its latest review
 * when no cycle is given) is assumed, as a drafter would mean.
 */
export function resolvePreviousReviews(fm: FrontMatter | undefined, store: RecommendationStore): PreviousReviewResolution {
  if (!fm) return { reviews: [], missing: [] };
  if (fm.previousReview?.length) {
    const reviews: Review[] = [];
    const missing: PreviousReviewResolution['missing'] = [];
    for (const p of fm.previousReview) {
      const r = store.review(p.value);
      if (r) reviews.push(r);
      else missing.push({ symbol: p.value, range: p.range });
    }
    return { reviews, missing };
  }
  const state = fm.stateUnderReview?.value;
  if (!state) return { reviews: [], missing: [] };
  const all = store.reviewsOf(state.iso3 ?? state.name);
  const cycle = fm.cycle?.value;
  const before = cycle === undefined ? all : all.filter((r) => r.cycle !== undefined && r.cycle < cycle);
  const last = before[before.length - 1];
  return { reviews: last ? [last] : [], missing: [] };
}
