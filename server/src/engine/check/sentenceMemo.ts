import type { RecommendationStore } from '../dataset/recommendationStore';

/**
 * Per-sentence results of the costlier rules, kept between checks of the same data:
 * after a one-word edit only the edited sentence is assessed again, which is what
 * makes re-checking as you type cheap. Keyed by the store (a reload of the data starts
 * afresh) and by whatever else the result depends on; bounded so a long session cannot
 * grow it without limit.
 */
const allMemos: SentenceMemo<unknown>[] = [];

/** Forgets every memoised result: for benchmarks that measure a first, cold check. */
export function clearSentenceMemos(): void {
  for (const m of allMemos) m.clear();
}

export class SentenceMemo<T> {
  private perStore = new WeakMap<RecommendationStore, Map<string, T>>();

  constructor(private readonly capacity = 20_000) {
    allMemos.push(this as SentenceMemo<unknown>);
  }

  clear(): void {
    this.perStore = new WeakMap();
  }

  get(store: RecommendationStore, key: string, compute: () => T): T {
    let map = this.perStore.get(store);
    if (!map) this.perStore.set(store, (map = new Map()));
    const hit = map.get(key);
    if (hit !== undefined || map.has(key)) return hit as T;
    const value = compute();
    // Oldest entries go first (a Map iterates in insertion order).
    if (map.size >= this.capacity) map.delete(map.keys().next().value as string);
    map.set(key, value);
    return value;
  }
}
