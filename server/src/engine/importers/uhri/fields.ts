/**
 * Field values of UHRI exports. List-valued fields come as JSON arrays of strings (each
 * item possibly prefixed "- "), as one string of "- "-prefixed items ("- France - Chile"),
 * or as one item per line. Items are separated by " - " with spaces on both sides, so
 * hyphenated names ("Guinea-Bissau", "Timor-Leste") never split; a " - " followed by a
 * lower-case word continues the item ("Economic, social & cultural rights - general
 * measures of implementation"), and SDG items ("16.2 - Protect children …") split only
 * before the next target number.
 */

export type ListKind = 'plain' | 'sdg';

export function listValue(value: unknown, kind: ListKind = 'plain'): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const v of value) {
      if (v === null || v === undefined) continue;
      // An array item is one item; only its "- " prefix goes. A string item holding
      // several "- " items (seen in hand-edited exports) still splits.
      for (const item of splitString(String(v), kind)) if (!out.includes(item)) out.push(item);
    }
    return out;
  }
  if (typeof value === 'string') return dedupe(splitString(value, kind));
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return [];
}

function splitString(s: string, kind: ListKind): string[] {
  const lines = s.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const line of lines) {
    const t = line.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const body = t.replace(/^-\s+/, '');
    if (!body || body === '-') continue;
    const parts = kind === 'sdg' ? body.split(/\s+-\s+(?=\d{1,2}(?:\.[0-9a-z]{1,2})?\s+-\s)/i) : body.split(/\s+-\s+(?=[^\s\p{Ll}])/u);
    for (const p of parts) {
      const item = p.trim();
      if (item) out.push(item);
    }
  }
  return out;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** The first item of a list field, or a scalar as a trimmed string ('' when absent). */
export function scalarValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return listValue(value)[0] ?? '';
}

/** "16.2 - Protect children …" → "16.2"; "16 - PEACE, JUSTICE …" → "16"; else the item. */
export function sdgCode(item: string): string {
  const m = /^(\d{1,2}(?:\.[0-9a-z]{1,2})?)(?=\s|$)/i.exec(item.trim());
  return m ? m[1]!.toLowerCase() : item.trim();
}

/** First positive integer in a value: "30", "- 30", "30th session", "Cycle 3", 30. */
export function intValue(value: unknown): number | undefined {
  const m = /(\d+)/.exec(scalarValue(value));
  if (!m) return undefined;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * ISO date (YYYY-MM-DD) from "2018-07-11T00:00:00", "2018-07-11", an Excel date (Date),
 * or "11/07/2018" (day first, as OHCHR writes dates). Undefined when not a date.
 */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const s = scalarValue(value);
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})$/.exec(s);
  return m ? m[1] : undefined;
}
