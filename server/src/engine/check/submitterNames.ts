/**
 * The names a submission calls its own organisations by: each `submitted-by` name, the
 * name without a bracketed place or acronym ("International Press Liberty Watch (Geneva)"
 * → "International Press Liberty Watch"), the acronym in brackets ("… (IPLW)", capitals only: "(Geneva)" is a place) and the
 * initials of the capitalised words ("IPLW"). What a sentence says of these is the
 * submitter's own work ("IPLW documented …", "… described the situation to IPLW").
 */
const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', 'against', 'de', 'du', 'des', 'la', 'le', '&']);

export function submitterNames(submittedBy: readonly string[]): string[] {
  const names = new Set<string>();
  for (const raw of submittedBy) {
    const name = raw.trim();
    if (!name) continue;
    names.add(name);
    // (Without its bracketed acronym or place, and without a legal form: "Guichet Migrants et Réfugiés a.s.b.l. (GMR)".)
    const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim().replace(/,?\s+(?:a\.?s\.?b\.?l\.?|e\.\s?V\.|Inc\.?|Ltd\.?|gGmbH|A\.C\.|NPO|NGO)$/i, '');
    if (bare) names.add(bare);
    // "Fundación Espacio Libre — Observatorio de …", "X Law Clinic, Faculty of Law, University of Y": the name before a dash's or a comma's description.
    const parts = bare.split(/\s+[—–-]\s+|,\s+/);
    const head = parts[0]!.trim();
    if (head && head !== bare) names.add(head);
    // A unit named after the dash: "Central de Pueblos Indígenas (CPIIS) – Equipo Jurídico Territorial".
    for (const part of parts.slice(1, 2)) if (/^\p{Lu}\S*(?:\s+\S+){1,5}$/u.test(part.trim()) && !/^(?:Faculty|University|Department)\b/.test(part.trim())) names.add(part.trim());
    for (const m of name.matchAll(/\(([A-Z][A-Z0-9&-]{1,11})\)/g)) names.add(m[1]!);
    const initials = head
      .split(/\s+/)
      .filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials.length >= 3) names.add(initials);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/** A name as a regular expression matches it, literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test for sentences that report the submitter's own work: led by its name, or told to it (in the first clause). */
export function ownWorkTest(submittedBy: readonly string[]): (sentence: string) => boolean {
  const names = submitterNames(submittedBy);
  if (names.length === 0) return () => false;
  const alt = names.map(escapeRegExp).join('|');
  // Led by it, after a list marker or paragraph number ("1.1 The Gulf Women's Equality Forum …") or a time ("Since 2012 GCRA has …").
  const lead = new RegExp(`^(?:[-*•]\\s*|\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)]?\\s+)?(?:(?:In|Since|From|During|Between|Over)\\s+[\\w\\s–-]{1,30}?,?\\s+)?(?:the\\s+)?(?:${alt})(?![\\p{L}\\p{N}])`, 'iu');
  const toldTo = new RegExp(`\\b(?:told|informed|(?<![Aa]ccording\\s)to|with|by)\\s+(?:the\\s+)?(?:${alt})(?![\\p{L}\\p{N}])(?!\\s+(?:report|submission)s?\\b)`, 'u');
  // Told to the submitter in the sentence's first clause: a later clause ("…; …, but activists interviewed by RMI reported …") may hold other facts.
  return (sentence) => lead.test(sentence) || toldTo.test(sentence.split(/;|,\s*but\s/)[0]!);
}
