import type { Recommendation, ResponseInfo } from '../../model/recommendation';
import { resolveState } from '../../model/states';
import { cycleOfSession, yearOfSession } from '../../model/cycles';
import { htmlToText } from './html';
import { intValue, isoDate, listValue, scalarValue, sdgCode } from './fields';

/** The UHRI export fields, as spelled in the JSON export (the XLSX header may vary in case and spacing). */
export const UHRI_FIELDS = [
  'AnnotationId',
  'AnnotationType',
  'Body',
  'Symbol',
  'DocumentId',
  'PublicationDate',
  'Text',
  'Countries',
  'Regions',
  'Themes',
  'AffectedPersons',
  'Sdgs',
  'UprCycle',
  'UprSession',
  'UprPositions',
  'UprRecommendingCountry',
  'UprRecommendingRegions',
] as const;
export type UhriField = (typeof UHRI_FIELDS)[number];

/** Field-name key: case, spaces, underscores and hyphens ignored ("Annotation Id" = "AnnotationId"). */
export function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const KEY_TO_FIELD = new Map<string, UhriField>(UHRI_FIELDS.map((f) => [fieldKey(f), f]));

export function uhriFieldOf(name: string): UhriField | undefined {
  return KEY_TO_FIELD.get(fieldKey(name));
}

/** One annotation, its fields by canonical name. */
export type Annotation = Partial<Record<UhriField, unknown>>;

/** Re-key a parsed JSON object by canonical field names. */
export function annotationFromObject(o: Record<string, unknown>): Annotation {
  const a: Annotation = {};
  for (const [k, v] of Object.entries(o)) {
    const f = uhriFieldOf(k);
    if (f && a[f] === undefined) a[f] = v;
  }
  return a;
}

export type Conversion =
  | { kind: 'record'; record: Recommendation; publicationDate?: string }
  | { kind: 'other'; what: string }
  | { kind: 'invalid'; reason: string };

/** Is this annotation a UPR recommendation? Body has "UPR" and the type says recommendations. */
export function annotationKind(a: Annotation): { upr: boolean; what: string } {
  const body = listValue(a.Body);
  const type = listValue(a.AnnotationType);
  const upr = body.some((b) => /^upr$/i.test(b.trim())) && type.some((t) => /^recommendations?$/i.test(t.trim()));
  return { upr, what: `${body.join('/') || '(no body)'} ${type.join('/') || '(no type)'}` };
}

/**
 * Convert one annotation to a Recommendation in the shape the WG report importer gives:
 * `id` from the leading "137.197" of the text, `text` without that ID and without the
 * trailing "(State, …)" suffix(es).
 */
export function convertAnnotation(a: Annotation, file: string, importer: string, line?: number): Conversion {
  const kind = annotationKind(a);
  if (!kind.upr) return { kind: 'other', what: kind.what };

  const document = scalarValue(a.Symbol);
  if (!document) return { kind: 'invalid', reason: 'no Symbol' };
  const raw = htmlToText(typeof a.Text === 'string' ? a.Text : scalarValue(a.Text));
  const idMatch = /^\s*(?:para(?:graph)?\.?\s*)?(\d{1,3}\.\d{1,4})(?:\.(?=\s)|(?=\s))\s*/i.exec(raw);
  if (!idMatch) return { kind: 'invalid', reason: `no recommendation ID at the start of the text "${raw.slice(0, 40)}"` };
  const id = idMatch[1]!;

  const recommending = listValue(a.UprRecommendingCountry).map((s) => resolveState(s)?.name ?? s);
  const { text, suffixStates } = stripStateSuffix(raw.slice(idMatch[0].length), recommending);
  if (!text) return { kind: 'invalid', reason: `recommendation ${id} has no text` };

  const countries = listValue(a.Countries);
  const sur = countries[0] ?? '';
  if (!sur) return { kind: 'invalid', reason: `recommendation ${id} has no country (State under review)` };

  const session = intValue(a.UprSession);
  const cycle = intValue(a.UprCycle) ?? (session !== undefined ? cycleOfSession(session) : undefined);
  const publicationDate = isoDate(a.PublicationDate);
  const year = (session !== undefined ? yearOfSession(session) : undefined) ?? (publicationDate ? Number(publicationDate.slice(0, 4)) : undefined);

  const record: Recommendation = {
    document,
    id,
    text,
    recommendingStates: recommending.length ? recommending : suffixStates.map((s) => resolveState(s)?.name ?? s),
    stateUnderReview: resolveState(sur) ?? { name: sur },
    response: positionToResponse(listValue(a.UprPositions)),
    themes: listValue(a.Themes),
    provenance: { file, importer },
  };
  if (cycle !== undefined) record.cycle = cycle;
  if (session !== undefined) record.session = session;
  if (year !== undefined) record.year = year;
  const sdgs = listValue(a.Sdgs, 'sdg').map(sdgCode);
  if (sdgs.length) record.sdgs = [...new Set(sdgs)];
  const affected = listValue(a.AffectedPersons);
  if (affected.length) record.affectedPersons = affected;
  if (line !== undefined) record.provenance.line = line;
  return publicationDate ? { kind: 'record', record, publicationDate } : { kind: 'record', record };
}

/**
 * UPR positions → response. "Supported/Noted" (or both values listed) is what UHRI records
 * when the State supported part of a recommendation and noted the rest (e.g. "supports
 * the first part, notes the second"). Our ResponseValue has no "partial", and the
 * recommendation is not simply noted: the State committed to part of it, which is what a
 * drafter follows up. So it is 'supported', with the detail saying it was only partial.
 */
export function positionToResponse(positions: string[]): ResponseInfo {
  const vals = positions.flatMap((p) => p.split('/')).map((p) => p.trim().toLowerCase()).filter(Boolean);
  const sup = vals.some((v) => v === 'supported' || v === 'accepted');
  const noted = vals.some((v) => v === 'noted' || v === 'rejected');
  const raw = positions.join('/');
  if (sup && noted) return { value: 'supported', source: 'uhri', detail: `${raw} (partially)` };
  if (sup) return { value: 'supported', source: 'uhri', detail: raw };
  if (noted) return { value: 'noted', source: 'uhri', detail: raw };
  return raw ? { value: 'unknown', source: 'uhri', detail: raw } : { value: 'unknown', source: 'uhri' };
}

/**
 * Remove the trailing "(Norway);", "(Brazil, Chile).", "(France) (Lithuania);" suffixes
 * naming the recommending States, as the WG report importer does. A parenthesis counts
 * as a suffix only when every name in it is a recommending State of the annotation or a
 * known State, so "(No. 29)" or "(CEDAW)" at the end of a text stays. Inner suffixes of
 * merged items ("… (Ukraine); Increase efforts … (Slovakia);") stay, as the report prints them.
 */
export function stripStateSuffix(text: string, recommending: readonly string[]): { text: string; suffixStates: string[] } {
  const known = new Set(recommending.map(nameKey));
  let t = text.trim();
  const found: string[][] = [];
  for (;;) {
    const m = /\s*\(([^()]+)\)\s*[;.,]?\s*$/.exec(t);
    if (!m) break;
    const names = suffixNames(m[1]!, (n) => known.has(nameKey(n)) || resolveState(n) !== undefined);
    if (!names) break;
    found.unshift(names);
    t = t.slice(0, m.index).trimEnd();
  }
  t = t.replace(/\s*;\s*$/, '');
  return { text: t, suffixStates: found.flat() };
}

/**
 * The State names in a parenthesis, or undefined when it is not a list of States. Commas
 * separate names; " and " separates them only where the whole part is not itself a name
 * ("United Kingdom of Great Britain and Northern Ireland", "Trinidad and Tobago").
 */
function suffixNames(content: string, isState: (n: string) => boolean): string[] | undefined {
  const names: string[] = [];
  for (const part of content.split(/\s*,\s*/)) {
    const p = part.trim();
    if (!p) continue;
    if (isState(p)) {
      names.push(p);
      continue;
    }
    const sub = p.split(/\s+and\s+/).map((x) => x.trim()).filter(Boolean);
    if (sub.length < 2 || !sub.every(isState)) return undefined;
    names.push(...sub);
  }
  return names.length ? names : undefined;
}

function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
