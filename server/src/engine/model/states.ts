import type { StateRef } from './recommendation';

/**
 * States and other entities that take part in the UPR, with the name variants the
 * sources use. PLACEHOLDER being filled in: see resolveState().
 */
export interface StateEntry {
  /** Canonical short name used across the product, e.g. "United Kingdom". */
  name: string;
  /** Official UN name, e.g. "United Kingdom of Great Britain and Northern Ireland". */
  officialName: string;
  iso3: string;
  /** Other spellings seen in UN documents and UPR Info/UHRI exports. */
  variants: string[];
}

export const STATES: StateEntry[] = [
  { name: 'Azerbaijan', officialName: 'Republic of Azerbaijan', iso3: 'AZE', variants: [] },
  { name: 'Norway', officialName: 'Kingdom of Norway', iso3: 'NOR', variants: [] },
];

/** Resolve a name, variant or ISO3 code (any case, accents optional) to a State. */
export function resolveState(nameOrCode: string): StateRef | undefined {
  const key = nameOrCode.trim().toLowerCase();
  for (const s of STATES) {
    if (s.iso3.toLowerCase() === key || s.name.toLowerCase() === key) return { name: s.name, iso3: s.iso3 };
  }
  return undefined;
}
