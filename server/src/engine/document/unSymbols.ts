/**
 * UN document symbols as drafters write them. Shared by front matter validation,
 * citation detection and recommendation references.
 */

/** A Working Group report symbol: `A/HRC/24/13`. The form `previous-review` needs. */
export const WG_REPORT_SYMBOL = /^A\/HRC\/\d{1,3}\/\d{1,3}$/;

/**
 * Any UN document symbol: an upper-case series ("A", "E", "CCPR", "CERD"…), then at
 * least two more slash-separated parts, one of them with a digit: `A/HRC/39/14`,
 * `CCPR/C/AZE/CO/4`, `E/C.12/AZE/CO/4`, `A/HRC/WG.6/30/AZE/3`, `CERD/C/AZE/CO/7-9`.
 */
const UN_SYMBOL = /(?<![\w/])[A-Z]{1,6}(?:\/[A-Z0-9][A-Za-z0-9.\-]*){2,}(?<![.\-])/g;

/** The UN symbols in a text. */
export function findUnSymbols(text: string): Array<{ symbol: string; start: number; end: number }> {
  const out: Array<{ symbol: string; start: number; end: number }> = [];
  for (const m of text.matchAll(UN_SYMBOL)) {
    if (!/\d/.test(m[0])) continue;
    out.push({ symbol: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
