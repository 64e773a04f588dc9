import { resolveState } from '../model/states';

/** A State named in a sentence. */
export interface StateNameMatch {
  /** Canonical name. */
  name: string;
  iso3: string;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
}

/** Everyday forms that the State table may lack. */
const EXTRA: Readonly<Record<string, string>> = { uk: 'GBR', us: 'USA', usa: 'USA', unitedstates: 'USA', russia: 'RUS', iran: 'IRN', syria: 'SYR', southkorea: 'KOR', vietnam: 'VNM', laos: 'LAO', czechrepublic: 'CZE', turkey: 'TUR', uae: 'ARE' };
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|\(|\)|,/gu;
const MAX_WORDS = 9;
const NAME_CONNECTOR = /^(?:and|of|the|former|de|da|du|del|la|le|d['’]\p{L}+|\(|\)|,)$/u;

/**
 * States named in the text, left to right, longest name first, without overlaps. A name
 * starts with a capital letter; it is looked up through `resolveState` (names, official
 * names, variants: "the United Kingdom of Great Britain and Northern Ireland", "Iran
 * (Islamic Republic of)", "Bosnia and Herzegovina"), so there is no list to keep in step.
 * Three-letter codes alone are not names ("ARE", "CAN", "CAT" are words or acronyms).
 */
export function findStateNames(text: string): StateNameMatch[] {
  const words = [...text.matchAll(WORD)].map((m) => {
    const w = m[0].replace(/[.’']+$/, '');
    return { w, start: m.index, end: m.index + w.length };
  });
  const out: StateNameMatch[] = [];
  // A name's words after the first are capitalised or connectors ("Bosnia and Herzegovina",
  // "Iran (Islamic Republic of)", "Côte d'Ivoire"): the longest phrase to try ends before any other word.
  const inName = words.map((x) => /^\p{Lu}/u.test(x.w) || NAME_CONNECTOR.test(x.w));
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!/^\p{Lu}/u.test(first.w)) continue;
    let run = 1;
    while (run < MAX_WORDS && i + run < words.length && inName[i + run]) run++;
    for (let n = run; n >= 1; n--) {
      const last = words[i + n - 1]!;
      if (n > 1 && !/^[\p{L})]/u.test(last.w)) continue;
      const phrase = text.slice(first.start, last.end).replace(/['’]s$/, '');
      // A closing bracket belongs to the name only when the name opened it ("Iran (Islamic Republic of)", not "(Sweden, Norway)").
      if (last.w === ')' && !phrase.includes('(')) continue;
      if (n === 1 && /^[A-Z]{3}$/.test(phrase)) continue;
      const key = phrase.toLowerCase().replace(/[^\p{L}]/gu, '');
      const s = lookUp(phrase, key);
      if (!s?.iso3) continue;
      out.push({ name: s.name, iso3: s.iso3, text: phrase, start: first.start, end: first.start + phrase.length });
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * Phrases already looked up: the same capitalised phrases ("the Government", "Human
 * Rights Council", the State's own name) come back in most sentences, and each try
 * normalises the phrase again. Bounded; cleared when full.
 */
const looked = new Map<string, ReturnType<typeof resolveState>>();
function lookUp(phrase: string, key: string): ReturnType<typeof resolveState> {
  if (looked.has(phrase)) return looked.get(phrase);
  const extra = EXTRA[key];
  const s = extra ? resolveState(extra) : /^\p{Lu}{2,3}$/u.test(phrase) ? undefined : resolveState(phrase);
  if (looked.size >= 20000) looked.clear();
  looked.set(phrase, s);
  return s;
}
