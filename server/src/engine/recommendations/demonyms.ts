import { resolveState } from '../model/states';

/**
 * The adjectives drafters use for recommending States ("the Canadian and French calls to
 * …", "Neither the German nor the Montenegrin proposal …"). Kept apart from State-name
 * look-up: "the Azerbaijani authorities" must not read as a State recommending anything.
 * The States that most often make UPR recommendations; a missing one costs only the cue.
 */
const DEMONYMS: Readonly<Record<string, string>> = {
  American: 'USA', Argentine: 'ARG', Argentinian: 'ARG', Australian: 'AUS', Austrian: 'AUT', Belgian: 'BEL', Brazilian: 'BRA', British: 'GBR',
  Canadian: 'CAN', Chilean: 'CHL', 'Costa Rican': 'CRI', Croatian: 'HRV', Czech: 'CZE', Danish: 'DNK', Dutch: 'NLD', Ecuadorian: 'ECU', Estonian: 'EST',
  Finnish: 'FIN', French: 'FRA', German: 'DEU', Greek: 'GRC', Hungarian: 'HUN', Icelandic: 'ISL', Irish: 'IRL', Italian: 'ITA', Japanese: 'JPN',
  Korean: 'KOR', Latvian: 'LVA', Lithuanian: 'LTU', Luxembourgish: 'LUX', Mexican: 'MEX', Montenegrin: 'MNE', Norwegian: 'NOR', Polish: 'POL',
  Portuguese: 'PRT', Slovak: 'SVK', Slovenian: 'SVN', Slovene: 'SVN', Spanish: 'ESP', Swedish: 'SWE', Swiss: 'CHE', Uruguayan: 'URY',
};
const ADJ = `(?:${Object.keys(DEMONYMS).map((k) => k.replace(/ /g, '\\s+')).join('|')})`;
const ADJ_GLOBAL = new RegExp(ADJ, 'gu');

/** "the Canadian and French calls to …", "Neither the German nor the Montenegrin proposal for …", "the Austrian, Slovak and Swiss requests that …". */
export const DEMONYM_CALLS = new RegExp(
  String.raw`\b(${ADJ}(?:(?:\s*,\s*|\s+(?:and|or|nor)\s+)(?:the\s+)?${ADJ})*)\s+(?:calls?|proposals?|requests?|recommendations?|appeals?)\s+(?=(?:to|for|on|that|regarding|concerning)\b)`,
  'gu',
);

/** The canonical State names of the adjectives in `text`, in order. */
export function statesOfDemonyms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ADJ_GLOBAL)) {
    const iso = DEMONYMS[m[0].replace(/\s+/g, ' ')];
    const name = iso ? resolveState(iso)?.name : undefined;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
