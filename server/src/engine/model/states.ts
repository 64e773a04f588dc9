import type { StateRef } from './recommendation';
import { COMMON_NAMES, MEMBER_STATE_ROWS, OBSERVER_STATE_ROWS, type StateRow } from './stateTable';

/**
 * States and other entities that take part in the UPR, with the name variants the
 * sources use, and an O(1) lookup from any of them (or the ISO3 code) to the State.
 *
 * Canonical-name convention: `name` is the UN short name as in UNTERM and the UN
 * Member States list, which is how current UPR documents print the recommending State
 * ("(United Kingdom of Great Britain and Northern Ireland)", "Iran (Islamic Republic
 * of)", "Türkiye", "Czechia", "North Macedonia", "Eswatini", "Cabo Verde",
 * "Netherlands (Kingdom of the)"). It is unambiguous and is what a drafter should
 * write. `commonName` gives the everyday short form ("United Kingdom", "Iran") for
 * tight displays. Old names (Swaziland, Turkey, Libyan Arab Jamahiriya, the former
 * Yugoslav Republic of Macedonia, ...) are variants and resolve to today's name.
 *
 * Table content: the 193 UN Member States plus the two non-member observer States
 * (Holy See, State of Palestine). No other entity (Kosovo, European Union, ...)
 * appears as a State under review or recommending State in the sources we import, so
 * every entry has an ISO3 code.
 */
export interface StateEntry {
  /** Canonical name: the UN short name, e.g. "United Kingdom of Great Britain and Northern Ireland". */
  name: string;
  /** Official (formal) UN name without a leading "the", e.g. "Kingdom of Norway". */
  officialName: string;
  /** ISO 3166-1 alpha-3, upper case. */
  iso3: string;
  /** Other spellings seen in UN documents and UPR Info/UHRI exports. */
  variants: string[];
  /** Everyday short name where it differs from `name`, e.g. "United Kingdom". */
  commonName?: string;
  /** UN Member State or non-member observer State. */
  status: 'member' | 'observer';
}

function toEntry(row: StateRow, status: StateEntry['status']): StateEntry {
  const [name, officialName, iso3, ...variants] = row;
  const entry: StateEntry = { name, officialName, iso3, variants, status };
  const common = COMMON_NAMES[iso3];
  if (common !== undefined) entry.commonName = common;
  return entry;
}

/** The table, Member States first then observers, each group in alphabetical order. */
export const STATES: StateEntry[] = [
  ...MEMBER_STATE_ROWS.map((r) => toEntry(r, 'member')),
  ...OBSERVER_STATE_ROWS.map((r) => toEntry(r, 'observer')),
];

/** Word-level abbreviations the sources use ("St Lucia", "Dem. Rep. of the Congo"). */
const TOKEN_EXPANSIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  rep: 'republic',
  dem: 'democratic',
};

/**
 * The lookup key of a name: accents stripped (NFD), lower case, apostrophes and quotes
 * of any kind dropped, "&" read as "and", other punctuation and all whitespace dropped,
 * a leading or trailing "the" dropped, "St"/"Rep"/"Dem" expanded. Spaces are dropped too, so the
 * concatenated file-name forms ("bosniaandherzegovina", "SriLanka") and the inverted
 * ISO forms ("Iran, Islamic Republic of") meet the UN forms.
 */
export function stateKey(nameOrCode: string): string {
  const words = nameOrCode
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’‚‛′`´"“”„«»]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length > 1 && words[0] === 'the') words.shift();
  // ISO 3166 style "Bahamas (the)", "Congo (the Democratic Republic of the)".
  if (words.length > 1 && words[words.length - 1] === 'the') words.pop();
  return words.map((w) => TOKEN_EXPANSIONS[w] ?? w).join('');
}

let index: Map<string, StateEntry> | undefined;
let indexedFrom: StateEntry[] | undefined;

/** Every key (normalised name, official name, variant, ISO3) of an entry, without duplicates. */
export function keysOf(entry: StateEntry): string[] {
  const keys = new Set<string>();
  for (const n of [entry.name, entry.officialName, entry.iso3, ...entry.variants]) {
    const k = stateKey(n);
    if (k !== '') keys.add(k);
  }
  if (entry.commonName !== undefined) keys.add(stateKey(entry.commonName));
  return [...keys];
}

function getIndex(): Map<string, StateEntry> {
  if (index !== undefined && indexedFrom === STATES) return index;
  const map = new Map<string, StateEntry>();
  for (const entry of STATES) {
    for (const k of keysOf(entry)) {
      // First entry wins; the tests guarantee there are no clashes.
      if (!map.has(k)) map.set(k, entry);
    }
  }
  index = map;
  indexedFrom = STATES;
  return map;
}

/** The table entry for a name, variant or ISO3 code (any case, accents optional). */
export function findStateEntry(nameOrCode: string): StateEntry | undefined {
  const key = stateKey(nameOrCode);
  if (key === '') return undefined;
  return getIndex().get(key);
}

/** Resolve a name, variant or ISO3 code (any case, accents optional) to a State. */
export function resolveState(nameOrCode: string): StateRef | undefined {
  const entry = findStateEntry(nameOrCode);
  return entry === undefined ? undefined : { name: entry.name, iso3: entry.iso3 };
}

/** All entries (193 Member States, then the observer States). */
export function allStates(): readonly StateEntry[] {
  return STATES;
}
