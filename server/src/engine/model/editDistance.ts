/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early
 * once every path exceeds `max`: used to suggest a State or a front-matter key for a
 * misspelt one ("Azerbaijjan", "sesion", "cylce"). Hand-written because the maintained
 * Levenshtein packages count a swap of two letters, the commonest typing slip, as two
 * edits and have no early cut-off; the whole function is a dozen lines.
 * Returns max + 1 when the distance is over `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length]! > max ? max + 1 : prev[b.length]!;
}
