import type { RecommendationStore } from '../engine/dataset/recommendationStore';
import { resolveState } from '../engine/model/states';
import type { Recommendation } from '../engine/model/recommendation';
import type { FacetsResponse, FacetValue } from '../protocol';

/**
 * The choices of the lookup panel's filters, read from the loaded data: every State under
 * review; and, for the State asked about (or the whole data), its reviews, the themes
 * and the recommending States of its recommendations, each with how many records have it.
 * The whole-data answer is computed once per store (a pass over ~38,700 records).
 */
const wholeDataCache = new WeakMap<RecommendationStore, FacetsResponse>();

export function searchFacets(store: RecommendationStore, state?: string): FacetsResponse {
  const wanted = state?.trim() ? state.trim() : undefined;
  if (!wanted) {
    let cached = wholeDataCache.get(store);
    if (!cached) wholeDataCache.set(store, (cached = computeFacets(store, undefined)));
    return cached;
  }
  return computeFacets(store, wanted);
}

function computeFacets(store: RecommendationStore, state: string | undefined): FacetsResponse {
  const statesByKey = new Map<string, { name: string; iso3?: string; reviews: number }>();
  for (const r of store.reviews) {
    const key = r.stateUnderReview.iso3 ?? r.stateUnderReview.name;
    const s = statesByKey.get(key);
    if (s) s.reviews++;
    else statesByKey.set(key, { name: r.stateUnderReview.name, ...(r.stateUnderReview.iso3 ? { iso3: r.stateUnderReview.iso3 } : {}), reviews: 1 });
  }
  const states = [...statesByKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));

  let records: readonly Recommendation[] = store.recommendations;
  let resolved: FacetsResponse['state'];
  let reviews: FacetsResponse['reviews'] = [];
  if (state !== undefined) {
    const ref = resolveState(state);
    resolved = ref ? { name: ref.name, ...(ref.iso3 ? { iso3: ref.iso3 } : {}) } : undefined;
    const ofState = store.reviewsOf(state);
    reviews = ofState.map((r) => ({
      document: r.document,
      ...(r.cycle !== undefined ? { cycle: r.cycle } : {}),
      ...(r.session !== undefined ? { session: r.session } : {}),
      ...(r.year !== undefined ? { year: r.year } : {}),
      count: store.recommendationsOf(r.document).length,
    }));
    records = ofState.flatMap((r) => store.recommendationsOf(r.document));
  }
  const cycles = new Set<number>();
  const themes = new Map<string, number>();
  const recommending = new Map<string, number>();
  for (const r of records) {
    if (r.cycle !== undefined) cycles.add(r.cycle);
    for (const t of r.themes) themes.set(t, (themes.get(t) ?? 0) + 1);
    for (const s of r.recommendingStates) recommending.set(s, (recommending.get(s) ?? 0) + 1);
  }
  return {
    ...(resolved ? { state: resolved } : {}),
    states,
    reviews,
    cycles: [...cycles].sort((a, b) => a - b),
    themes: sortedValues(themes),
    recommendingStates: sortedValues(recommending),
    recordCount: records.length,
  };
}

function sortedValues(counts: Map<string, number>): FacetValue[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'en', { sensitivity: 'base' }));
}
