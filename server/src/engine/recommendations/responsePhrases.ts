/**
 * The response (supported / noted) a sentence attributes to a recommendation of the
 * previous review: "Azerbaijan accepted recommendation 109.118" → supported; "noted
 * 110.2", "rejected", "did not accept", "refused" → noted. Used by `response-mismatch`
 * (with the offset of a referenced ID) and by the unlinked-recommendation detector.
 *
 * Not a response of the State under review: "supported by Norway" (a recommending or
 * co-sponsoring State), "noted that" / "noted with concern" / "as noted above" (reporting
 * verbs), "widely accepted", "accepted practice".
 */

export type StatedResponse = 'supported' | 'noted';

export interface ResponsePhrase {
  response: StatedResponse;
  start: number;
  end: number;
}

// Verb forms, longest first so that "did not accept" wins over "accept".
const NEGATION = String.raw`(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|was\s+not|were\s+not|is\s+not|are\s+not|not|never|refused\s+to|declined\s+to|failed\s+to\s+(?=accept|support|agree))`;
const POSITIVE_VERB = String.raw`(?:accept(?:ed|ing|s)?|support(?:ed|ing|s)?|agree(?:d|ing|s)?\s+(?:to|with)|endorse(?:d|s)?|enjoyed\s+the\s+support\s+of)`;
const NEGATIVE_VERB = String.raw`(?:not(?:ed|ing)|reject(?:ed|ing|s)?|refus(?:ed|ing|es)|declin(?:ed|ing|es)|turned\s+down|dismiss(?:ed|es)?)`;
const ADVERB = String.raw`(?:(?:only|merely|simply|just|formally|fully|partially|partly|also|later|subsequently|eventually|initially|explicitly|expressly|publicly|officially)\s+)?`;

const NEGATED_POSITIVE = new RegExp(String.raw`\b${NEGATION}\s+${ADVERB}(?:accept|support|agree\s+(?:to|with)|endorse)\w*`, 'gi');
const POSITIVE = new RegExp(String.raw`\b${POSITIVE_VERB}`, 'gi');
const NEGATIVE = new RegExp(String.raw`\b${NEGATIVE_VERB}`, 'gi');
/** Table-like and adjective forms: "(supported)", "Position: Noted", "the accepted recommendations". */
const NOT_A_RESPONSE_AFTER = /^\s*(?:that|with\s+(?:concern|regret|appreciation|satisfaction|interest)|in\s+(?:its|the|their|his|her)\s+(?:report|concluding|observations|submission|statement|opinion)|above|below|earlier|previously\s+in|in\s+paragraph|as\s+(?:a|an)\b)/;
const NOT_A_RESPONSE_BEFORE = /\b(?:as|widely|generally|internationally|commonly|universally|be|been|is|are)\s+$/i;

/** Every response phrase in the sentence, in order. */
export function findResponsePhrases(sentence: string): ResponsePhrase[] {
  const found: ResponsePhrase[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  for (const m of sentence.matchAll(NEGATED_POSITIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    // "not only accepted" is not a negation.
    if (/^not\s+only\b/i.test(m[0])) continue;
    taken.push([start, end]);
    found.push({ response: 'noted', start, end });
  }
  const add = (re: RegExp, response: StatedResponse): void => {
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const after = sentence.slice(end, end + 40);
      const before = sentence.slice(Math.max(0, start - 20), start);
      if (NOT_A_RESPONSE_AFTER.test(after)) continue;
      // "widely accepted", "as noted", "is supported": not the State's answer — except the
      // passive of the State's answer, "was accepted by Azerbaijan", "were noted".
      if (NOT_A_RESPONSE_BEFORE.test(before) && !/\b(?:was|were|been)\s+$/i.test(before)) continue;
      // "the call to accede to CPED and to accept the competence of its Committee", "… and accept …": the recommendation's own words, not an answer.
      // (But "It did, on the other hand, accept France's recommendation" is an answer.)
      const bare = /^(?:accept|support)$/i.test(m[0]) && !/^\p{L}/u.test(sentence.slice(end));
      if ((bare && !/\b(?:did|does|do)\b[^.;]{0,30}$/i.test(sentence.slice(Math.max(0, start - 40), start))) || /\bto\s+$/i.test(before)) continue;
      // A State supporting a recommendation it made or co-sponsored, a donor "supporting" work.
      // ("was supported by Azerbaijan", the passive of the answer, is one.)
      if (response === 'supported' && /^\s*by\s+(?!the\s+(?:government|state|authorities))/i.test(after) && !/\b(?:was|were|been|being)\s+(?:\w+\s+)?$/i.test(before)) {
        continue;
      }
      // "supporting NGOs", "support for victims": the ordinary verb, not a response.
      if (response === 'supported' && /^support(?:s|ing)?$/i.test(m[0]) && !/^\s+(?:(?:the|all|a|several|some|many|most|these|those|two|three|\d+)\s+)?(?:of\s+the\s+)?(?:\w+\s+)?recommendations?/i.test(after)) {
        continue;
      }
      taken.push([start, end]);
      found.push({ response, start, end });
    }
  };
  add(POSITIVE, 'supported');
  add(NEGATIVE, 'noted');
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The response the sentence attributes to the recommendation at `idOffset` (or to the
 * recommendation(s) the sentence is about, when no offset is given), if any.
 * With an offset, the nearest phrase in the same clause wins (a phrase before the ID is
 * preferred at equal distance: "accepted recommendation 109.118"); without one, a
 * sentence stating both responses ("accepted – but also rejected –") gives undefined.
 */
export function statedResponseNear(sentence: string, idOffset?: number): StatedResponse | undefined {
  const phrases = findResponsePhrases(sentence);
  if (phrases.length === 0) return undefined;
  if (idOffset === undefined) {
    const kinds = new Set(phrases.map((p) => p.response));
    return kinds.size === 1 ? phrases[0]!.response : undefined;
  }
  let best: ResponsePhrase | undefined;
  let bestDistance = Infinity;
  for (const p of phrases) {
    const before = p.end <= idOffset;
    const gap = before ? sentence.slice(p.end, idOffset) : sentence.slice(idOffset, p.start);
    // A clause break (";", a full stop) between them: the phrase is about something else.
    if (/[;.!?](?:\s|$)/.test(gap.replace(/\b(?:para|paras|No|Art|e\.g|i\.e)\.|\d+\.\d+/g, ''))) continue;
    // After the ID, a new clause answers another recommendation: "… (136.3) but supported the Norwegian …", "… (89.56)), and rejected …".
    if (!before && /,\s*(?:and|but|yet)\b|\b(?:but|while|whereas|however|yet)\b/i.test(gap)) continue;
    // Before the ID, a passive answer closes the clause of another recommendation: "73.17 (Norway) … was noted, while
    // recommendation 72.33 (United Kingdom) … was supported".
    if (before && /\b(?:was|were|been|is|are)\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, p.start - 24), p.start)) && /\b(?:while|whereas|but|and|yet)\b/i.test(gap)) continue;
    const distance = (before ? idOffset - p.end : p.start - idOffset) * (before ? 1 : 1.5);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = p;
    }
  }
  return best?.response;
}
