/**
 * "Did you mean …?" for a State name that does not resolve: the nearest State names by
 * edit distance over every name, variant and ISO3 code, compared in the same normalised
 * form the State lookup uses (so accents, case and punctuation do not count).
 */
import { editDistance } from '../model/editDistance';
import { allStates, keysOf, stateKey } from '../model/states';

export { editDistance };

/** Up to `limit` canonical State names nearest to `input`, best first. */
export function nearestStateNames(input: string, limit = 3): string[] {
  const key = stateKey(input);
  if (key === '') return [];
  const max = Math.max(2, Math.floor(key.length / 3));
  const scored: Array<{ name: string; score: number }> = [];
  for (const entry of allStates()) {
    let best = Infinity;
    for (const k of keysOf(entry)) {
      // A typed prefix ("azer") is as good as a near miss.
      const d = k.length > key.length && key.length >= 4 && k.startsWith(key) ? 1 : editDistance(key, k, max);
      if (d < best) best = d;
    }
    if (best <= max) scored.push({ name: entry.name, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((s) => s.name);
}
