import { DEMONYM_CALLS, statesOfDemonyms } from './demonyms';
import { predicateAfter, type Cue } from './cue';
import { LIST_MARKER, NOUN, OTHER_FORUM, OTHER_STATES_AFTER, QUANT, ACTOR, REC, REVIEW_REF, UPR_CONTEXT, UPR_WORDS } from './mentionVocabulary';
import { OTHER_BODY, OTHER_BODY_POSSESSIVE } from './otherBodies';
import type { StateNameMatch } from './stateNames';

/** An implementation status, as follow-up tables and mid-term reports give it. */
const STATUS = String.raw`(?:(?:supported|accepted|noted|rejected)\s*(?:[–—|:/-]\s*)+)?(?:not\s+(?:yet\s+)?|partially\s+|partly\s+|fully\s+|largely\s+)?implemented\b|(?:supported|accepted|noted|rejected)\b`;
/** "Accession to the Rome Statute (Romania, Chad) – supported – not implemented", "… (Hungary) | Noted | Not implemented". */
const STATES_THEN_STATUS = new RegExp(String.raw`\(([^()]{3,160})\)\s*(?:[–—|:/-]\s*)+(?=${STATUS})`, 'giu');
/** "Recommendations on torture – partially implemented", "Status of the recommendations on assembly: not implemented". */
const TOPIC_THEN_STATUS = new RegExp(String.raw`\b${REC}\s+((?:on|to|regarding|concerning|relating\s+to)\s+[^–—|:;]{3,160}?)\s*(?:[–—|:]\s*)+(?=${STATUS})`, 'giu');
/** "Germany's call to abolish …", "Canada's appeal for …": a State's own call, once the sentence places it in the record. */
const STATE_POSSESSIVE_CALL = /^['’]s?\s+(?:(?:\d{4}|earlier|repeated|explicit|specific)\s+)?(?:calls?|appeals?|requests?)\s+(?=(?:to|for)\s)/u;
/** What places a State's call in the record: the review, an answer, a year, its fate. */
const RECORD_WORD = /\b(?:accepted|supported|noted|rejected|implemented|unanswered|unheeded|ignored|heeded|outstanding|pending|(?:un)?met|(?:un)?fulfilled|(?:dis)?honou?red|supporting|accepting|noting|answer(?:s|ed)?|(?:19|20)\d{2})\b/iu;
/** "As Sweden urged in 2013, …", "As Norway and Canada recommended at the last review, …". */
const AS_STATE_URGED = new RegExp(String.raw`^${OTHER_STATES_AFTER}\s+(?:had\s+|also\s+|rightly\s+)?(?:urged|recommended|requested|asked|called\s+for|proposed|suggested)\b(?:\s+(?:in|at|during)\s+[^,;]{1,40})?,\s*`, 'u');
/** After "as <State>" mid-sentence: the call and the review it was made at ("as the United Kingdom and Australia urged at the 2013 review"). */
const AS_STATE_URGED_AT = new RegExp(String.raw`^${OTHER_STATES_AFTER}\s+(?:had\s+)?(?:urged|recommended|requested|asked|called\s+for|proposed)\s+(?:(?:at|during|in)\s+(?:its\s+|the\s+|their\s+)?(?:(?:first|second|third|previous|last|\d{4})\s+)+(?:UPR|review|cycle)|in\s+(?:19|20)\d{2})\b`, 'u');
/** After "what <State>", the call alone ending the clause: "… partially implements what Spain and Italy asked for, but …" (with a word of the record). */
const WHAT_STATES_ASKED_BARE = new RegExp(String.raw`^${OTHER_STATES_AFTER}\s+(?:had\s+)?(?:asked\s+for|urged|recommended|called\s+for|sought)(?=\s*(?:[,;.]|$))`, 'u');
/** After "as <State>" ending a clause: "…, as Canada and Australia had urged.", "… detention, as Sweden recommended." */
const AS_STATES_URGED_END = new RegExp(String.raw`^${OTHER_STATES_AFTER}\s+(?:had\s+)?(?:urged|recommended|requested|asked|called\s+for|proposed)(?=\s*(?:[.;]|$))`, 'u');
/** After "what <State>": a call, a recipient, a time ("… asked of Azerbaijan in 2013", "… asked for when Egypt was last reviewed"). */
const WHAT_STATES_ASKED = new RegExp(String.raw`^${OTHER_STATES_AFTER}\s+(?:had\s+)?(?:asked|urged|requested|recommended|sought|called\s+for)(?:\s+for(?=\s+(?:when|in|at|during)\b))?(?:\s+(?:of|for|from)\s+(?:\p{Lu}[\p{L}-]+|it|the\s+(?:Government|State|authorities)))?(?:\s+(?:at|during|in)\s+[^,;:]{0,40}?(?:review|UPR|cycle|\d{4})|\s+when\s+\p{Lu}[\p{L}-]+\s+was\s+(?:last\s+)?reviewed)\b`, 'u');
/** "Calls from several States in 2012 for a moratorium …", "recommendations by many delegations to …". */
const CALLS_FROM_STATES = new RegExp(String.raw`\b(?:calls|appeals|requests|recommendations)\s+(?:made\s+)?(?:from|by)\s+(?:${QUANT}\s+)?(?:(?:other|fellow|UN|member)\s+)?${ACTOR}(?:\s+(?:in|at|during)\s+[^,;]{1,40}?)?\s+(?=(?:for|to|on)\s)`, 'giu');

/** "…, as recommended during the first UPR cycle": what was done is what was recommended. */
const asRecommended = (): RegExp => (asRecommendedRe ??= new RegExp(String.raw`\b(?:as|which\s+(?:was|had\s+been))\s+(?:had\s+been\s+|was\s+)?recommended\s+(?:(?:by\s+[^,;.]{1,40}?\s+)?(?:during|at|in)\s+${REVIEW_REF})\b`, 'giu'));
let asRecommendedRe: RegExp | undefined;
/** "… despite acceptance of the relevant recommendations", "… despite previously accepted recommendations". */
const DESPITE_ACCEPTED = /\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:(?:the|its|their)\s+)?(?:acceptance\s+of\s+(?:the\s+)?(?:relevant\s+|related\s+|several\s+|many\s+)?|(?:having\s+)?(?:previously\s+|earlier\s+)?(?:accepted|supported)\s+(?:the\s+)?(?:relevant\s+|related\s+)?)(?:UPR\s+)?recommendations?\b(?=\s*(?:[,.;]|$))/giu;
/** "… it had recommended that Eritrea …" at a review the sentence names: the speaking State's own past recommendation. */
const IT_HAD_RECOMMENDED = /\b(?:it|they)\s+had\s+(?:also\s+)?recommended\s+that\s+/giu;
/** "the recommendation on prison conditions": a single recommendation, definite, named by its topic. */
const THE_RECOMMENDATION_ON = /\bthe\s+recommendation\s+(?=(?:on|regarding|concerning|relating\s+to|related\s+to)\s)/giu;
/** "previous recommendations relating to …", "first-cycle recommendations on …". */
const PREVIOUS_RECS = /\b(?:previous|earlier|prior|past|first[\s-]cycle|second[\s-]cycle)\s+(?:UPR\s+)?recommendations?\s+(?=(?:on|to|regarding|relating\s+to|related\s+to|concerning|in\s+the\s+areas?\s+of)\b)/giu;
/** "the recommendations of", "calls from", "the recommendation made by", before a named State. */
const NOUN_OF_NAMED = new RegExp(String.raw`\b(?:${NOUN}|requests?|appeals?)\s*,?\s+(?:made\s+)?(?:of|from|by)\s+(?=(?:the\s+)?\p{Lu})`, 'giu');
/** The State under review asked by named States: "Russia was asked by the Netherlands, Canada and Belgium to …". */
const ASKED_BY = /\b(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|repeatedly\s+)?(?:asked|urged|called\s+(?:on|upon)|encouraged|recommended|requested|pressed)\s+by\s+(?=(?:the\s+)?\p{Lu})/gu;
/** What the recommendation said, after the States: "… to release", "… calling for", "…, which asked to", "…, which the State noted, to", "… on". */
const LINK_AFTER_STATES = /^\s*,?\s*(?:,\s*(?:which|that)\s+(?:asked|called|urged|sought)\s+(?:for\s+|to\s+)?|,\s*(?:which|that)\s+(?:the\s+(?:State|Government|authorities)|it|\p{Lu}[\p{L}-]+)\s+(?:had\s+|has\s+)?(?:accepted|supported|noted|rejected)\s*,\s*(?:to|calling\s+for|on)\s|(?:to|calling\s+for|call(?:s|ed)?\s+for|urging|asking|on|regarding|concerning|for|that)\s)/iu;
/** After "that/which <States>": their call ("asked for", "urged", "asked Egypt to", "recommended"). */
const STATES_ASKED = /^\s+(?:had\s+|have\s+|also\s+|rightly\s+)*(?:asked|urged|recommended|requested|called|proposed|suggested|pressed|sought)(?:\s+(?:for|to)|\s+(?:it|the\s+(?:Government|State|authorities)|\p{Lu}[\p{L}-]+)\s+to)?\b/u;

/** The State's own commitment at the review: "despite its commitment in 2008 to cooperate …", "which Italy promised at the review to strengthen". */
const COMMITMENT_AT_REVIEW = /\b(?:(?:its|the\s+(?:State|Government)['’]s|\p{Lu}[\p{L}-]+['’]s)\s+(?:\w+\s+)?(?:commitments?|pledges?|promises?|undertakings?)\s+(?:made\s+)?|the\s+(?:\w+\s+)?(?:commitments?|pledges?|promises?|undertakings?)\s+(?:that\s+)?(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+(?:had\s+)?(?:made|gave|undertook)\s+|(?:which|that|whom)\s+(?:\p{Lu}[\p{L}-]+|it|the\s+(?:State|Government))\s+(?:had\s+)?(?:promised|pledged|undertook|committed|agreed)\s+)(?:in\s+(?:19|20)\d{2}|at\s+(?:the|its)\s+(?:\w+\s+)?(?:review|UPR))\s+to\s/gu;

/** Named States a commitment answered: "at the urging of", "at the request of", "in response to", "commitments made to". */
const AT_THE_URGING_OF = /\b(?:at\s+the\s+(?:urging|request|suggestion|recommendation|behest)\s+of|in\s+response\s+to|agreed\s+with|(?:commitments?|pledges?|promises?)\s+(?:it\s+|\p{Lu}[\p{L}-]+\s+)?made\s+to)\s+(?=(?:the\s+)?\p{Lu})/giu;

/** After a State: ", which (had) recommended (that / to)", ", which urged / asked (it) to". */
const STATE_WHICH_RECOMMENDED = /^\s*,\s*which\s+(?:had\s+|also\s+)?(?:recommended|urged|asked|requested|called\s+for)\s+(?:(?:it|the\s+(?:Government|State|authorities))\s+)?(?:that\s+|to\s+)?/u;

/**
 * A list of State names starting at `at` ("Czechia and Estonia", "Chile, Denmark and
 * Germany", "the Russian Federation, Tunisia and others"): where it ends and the States.
 */
function stateListAt(sentence: string, states: StateNameMatch[], at: number): { end: number; names: string[] } | undefined {
  const lead = /^the\s+/i.exec(sentence.slice(at))?.[0].length ?? 0;
  let st = states.find((x) => x.start === at + lead) ?? states.find((x) => x.start === at);
  if (!st) return undefined;
  const names: string[] = [];
  let end = at;
  while (st) {
    names.push(st.name);
    end = st.end;
    // (State look-up may have taken ", the" into the name before: "Uruguay, the| United Kingdom".)
    const sep = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?=\p{Lu}))(?:the\s+)?/u.exec(sentence.slice(end));
    st = sep ? states.find((x) => x.start === end + sep[0].length) : undefined;
  }
  const others = /^,?\s+and\s+(?:others\b|(?:several|many|some|numerous|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:other\s+)?(?:States|countries|delegations)\b)/u.exec(sentence.slice(end));
  return { end: end + (others?.[0].length ?? 0), names };
}

/**
 * Named States as the recommendation's owners: "the recommendations of Czechia and
 * Estonia to release …", "calls from Chile, Denmark and Germany calling for …", "the
 * moratorium that the United Kingdom and Belgium asked for", "…, which Canada and the
 * Netherlands asked to bring into line with …".
 */
function findNamedStatesCues(sentence: string, states: StateNameMatch[], cues: Cue[]): void {
  if (states.length === 0) return;
  for (const m of sentence.matchAll(NOUN_OF_NAMED)) {
    const list = stateListAt(sentence, states, m.index + m[0].length);
    // "…, in line with the recommendations of Germany, Maldives, Mexico and Norway.": what was done before is what they asked.
    if (list && /^\s*[.;]?\s*$/u.test(sentence.slice(list.end)) && /\b(?:in\s+line\s+with|as\s+(?:urged|called\s+for|requested)\s+in|following|in\s+response\s+to|pursuant\s+to|acting\s+(?:up)?on|implementing|heeding|fulfilling)\s+(?:the\s+)?$/iu.test(sentence.slice(0, m.index))) {
      cues.push({ start: m.index, end: list.end, kind: 'state', objectStart: 0, objectEnd: m.index, direct: true, states: list.names });
      continue;
    }
    const link = list ? LINK_AFTER_STATES.exec(sentence.slice(list.end)) : null;
    if (!list || !link) continue;
    const objectStart = list.end + link[0].length;
    cues.push({ start: m.index, end: objectStart, kind: 'state', objectStart, objectEnd: predicateAfter(sentence, objectStart), states: list.names });
  }
  for (const m of sentence.matchAll(ASKED_BY)) {
    const list = stateListAt(sentence, states, m.index + m[0].length);
    const to = list ? /^\s+to\s/u.exec(sentence.slice(list.end)) : null;
    if (!list || !to) continue;
    const objectStart = list.end + to[0].length;
    cues.push({ start: m.index, end: objectStart, kind: 'state', objectStart, states: list.names });
  }
  // "Brazil's commitment, at the urging of Spain and Italy, to reform …", "the commitment Argentina made, in response to Austria
  // and Slovakia, to have …", "the commitments made to Thailand and Canada are not implemented".
  for (const m of sentence.matchAll(AT_THE_URGING_OF)) {
    const list = stateListAt(sentence, states, m.index + m[0].length);
    if (!list || /^['’]/u.test(sentence.slice(list.end))) continue;
    const to = /^\s*,?\s*to\s/u.exec(sentence.slice(list.end));
    if (to) {
      const objectStart = list.end + to[0].length;
      cues.push({ start: m.index, end: objectStart, kind: 'state', objectStart, objectEnd: predicateAfter(sentence, objectStart), states: list.names });
    } else if (RECORD_WORD.test(sentence) || UPR_WORDS.test(sentence) || /^(?:commit|pledg|promis)/iu.test(m[0])) {
      cues.push({ start: m.index, end: list.end, kind: 'state', objectStart: 0, objectEnd: m.index, direct: true, states: list.names });
    }
  }
  // "No inclusive mechanism, of the kind Norway and Uruguay proposed, …": what comes before is what they asked for.
  for (const m of sentence.matchAll(/\bof\s+the\s+(?:kind|sort|type)\s+(?:that\s+)?(?=(?:the\s+)?\p{Lu})/gu)) {
    const list = stateListAt(sentence, states, m.index + m[0].length);
    const asked = list ? /^\s+(?:had\s+)?(?:asked\s+for|proposed|recommended|urged|called\s+for|sought|suggested|requested)\b/u.exec(sentence.slice(list.end)) : null;
    if (!list || !asked) continue;
    cues.push({ start: m.index, end: list.end + asked[0].length, kind: 'state', objectStart: 0, objectEnd: m.index, direct: true, states: list.names });
  }
  // "The first, from Trinidad and Tobago, asked it to continue …": the States in apposition, then their call.
  for (const m of sentence.matchAll(/\bfrom\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    const list = stateListAt(sentence, states, m.index + m[0].length);
    const asked = list ? /^\s*,\s+(?:had\s+)?(?:asked|urged|called\s+(?:on|upon|for)|recommended|sought|requested)\b(?:\s+(?:it|the\s+(?:Government|State|authorities)|\p{Lu}[\p{L}-]+))?\s+(?:to|that|for)\s/u.exec(sentence.slice(list.end)) : null;
    if (!list || !asked) continue;
    const objectStart = list.end + asked[0].length;
    cues.push({ start: m.index, end: objectStart, kind: 'state', objectStart, objectEnd: predicateAfter(sentence, objectStart), states: list.names });
  }
  // "… what was asked by Israel, which recommended to abolish …": the State, then its call in a relative clause.
  for (const st of states) {
    const which = STATE_WHICH_RECOMMENDED.exec(sentence.slice(st.end));
    if (!which) continue;
    const objectStart = st.end + which[0].length;
    cues.push({ start: st.start, end: objectStart, kind: 'state', objectStart, objectEnd: predicateAfter(sentence, objectStart), states: [st.name] });
  }
  if (OTHER_FORUM.test(sentence)) return;
  for (const rel of sentence.matchAll(/\b(?:that|which)\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    const list = stateListAt(sentence, states, rel.index + rel[0].length);
    const asked = list ? STATES_ASKED.exec(sentence.slice(list.end)) : null;
    if (!list || !asked || rel.index < 8) continue;
    const end = list.end + asked[0].length;
    // "… asked to bring X into line": what follows; "the moratorium that … asked for,": what comes before.
    const after = /\s(?:to|for)$/u.test(asked[0]) && !/^\s*[,;.]|^\s*$/u.test(sentence.slice(end));
    const clauseEnd = /[,;]|\s(?:but|and\s+(?:has|have|had|was|were))\s/u.exec(sentence.slice(end));
    cues.push(
      after
        ? { start: rel.index, end, kind: 'state', objectStart: 0, objectEnd: end + (clauseEnd?.index ?? sentence.length - end), direct: true, states: list.names }
        : { start: rel.index, end, kind: 'state', objectStart: 0, objectEnd: rel.index, direct: true, states: list.names },
    );
  }
}

/**
 * Cues of follow-up writing: status tables ("… (Hungary) | Noted | Not implemented"), "the
 * recommendation that Egypt …", "As Sweden urged in 2013, …", "Germany's call to …", "calls from
 * several States for …".
 */
export function findFollowUpCues(sentence: string, states: StateNameMatch[], reviewContext: boolean, cues: Cue[]): void {
  findNamedStatesCues(sentence, states, cues);
  // The State's own commitment at the review, named States or not.
  for (const m of sentence.matchAll(COMMITMENT_AT_REVIEW)) {
    const objectStart = m.index + m[0].length;
    const relative = /^(?:which|that|whom)\b/iu.test(m[0]);
    cues.push(relative ? { start: m.index, end: objectStart, kind: 'review', objectStart: 0, objectEnd: predicateAfter(sentence, objectStart), direct: true } : { start: m.index, end: objectStart, kind: 'review', objectStart, objectEnd: predicateAfter(sentence, objectStart) });
  }

  // A status table's row: the recommendation, its States in brackets (all State names), its answer or implementation.
  for (const m of sentence.matchAll(STATES_THEN_STATUS)) {
    const open = m.index;
    const inside = states.filter((st) => st.start > open && st.end <= open + m[0].indexOf(')'));
    // "(Germany, Indonesia, Chile and others; supported)": the States, then maybe the answer.
    const rest = (m[1] ?? '').replace(/;\s*(?:supported|accepted|noted|rejected)\s*$/i, '').replace(/\b(?:and\s+others|and|et\s+al\.?)\b/g, '');
    const covered = inside.reduce((n, st) => n + st.text.length, 0);
    if (inside.length === 0 || covered < rest.replace(/[\s,;.]/g, '').length * 0.8) continue;
    const lead = LIST_MARKER.exec(sentence)?.[0].length ?? 0;
    cues.push({ start: open, end: open + m[0].trimEnd().length, kind: 'state', objectStart: lead, objectEnd: open, direct: true, statusRow: true });
  }
  for (const m of sentence.matchAll(TOPIC_THEN_STATUS)) {
    const start = m.index + m[0].indexOf(m[1]!);
    cues.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'review', objectStart: start, objectEnd: start + m[1]!.length, direct: true });
  }
  // "The recommendation that Egypt accept …": the State under review as the subject of what was recommended.
  for (const m of sentence.matchAll(/\b(?:the|a|this|that)\s+recommendations?\s+that\s+/giu)) {
    const at = m.index + m[0].length;
    if (!states.some((st) => st.start === at) || OTHER_BODY_POSSESSIVE.test(sentence.slice(Math.max(0, m.index - 40), at))) continue;
    cues.push({ start: m.index, end: at, kind: 'review', objectStart: at, direct: true });
  }
  for (const st of states) {
    const before = sentence.slice(Math.max(0, st.start - 8), st.start);
    const as = /(?:^|\b)As\s+(?:the\s+)?$/u.test(before) ? AS_STATE_URGED.exec(sentence.slice(st.end)) : null;
    if (as && !OTHER_FORUM.test(sentence)) cues.push({ start: st.start, end: st.end + as[0].length, kind: 'state', objectStart: st.end + as[0].length });
    // "…, which was not repealed as the United Kingdom and Australia urged at the 2013 review": what comes before was asked.
    const midAs = /\bas\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, st.start - 8), st.start)) && !as ? (AS_STATE_URGED_AT.exec(sentence.slice(st.end)) ?? AS_STATES_URGED_END.exec(sentence.slice(st.end))) : null;
    if (midAs && st.start > 20) cues.push({ start: st.start, end: st.end + midAs[0].length, kind: 'state', objectStart: 0, objectEnd: st.start - 3, direct: true });
    // "What Norway and Germany asked of Azerbaijan in 2013 on NGO registration …", "… the opposite of what Italy asked for when Egypt was last reviewed".
    if (/\bwhat\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, st.start - 10), st.start))) {
      const asked = WHAT_STATES_ASKED.exec(sentence.slice(st.end)) ?? (RECORD_WORD.test(sentence) || /\bimplement/i.test(sentence) ? WHAT_STATES_ASKED_BARE.exec(sentence.slice(st.end)) : null);
      if (asked) {
        const end = st.end + asked[0].length;
        const after = sentence.slice(end);
        const words = after.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length;
        // The askers, not the State asked ("… asked of Azerbaijan").
        const askers = states.filter((o) => o.start >= st.start && o.end <= end && !/\b(?:of|for|from|when)\s+$/u.test(sentence.slice(Math.max(0, o.start - 6), o.start))).map((o) => o.name);
        cues.push(words >= 3 && /^\s*(?:on|to|regarding|concerning|in\s+relation\s+to)\b/iu.test(after) ? { start: st.start, end, kind: 'state', objectStart: end, objectEnd: predicateAfter(sentence, end), states: askers } : { start: st.start, end, kind: 'state', objectStart: 0, objectEnd: Math.max(0, st.start - 5), direct: true, oneWord: true, states: askers });
      }
    }
    const poss = STATE_POSSESSIVE_CALL.exec(sentence.slice(st.end));
    if (poss && (reviewContext || RECORD_WORD.test(sentence)) && !OTHER_FORUM.test(sentence)) {
      const objectStart = st.end + poss[0].length;
      cues.push({ start: st.start, end: objectStart, kind: 'state', objectStart, objectEnd: predicateAfter(sentence, objectStart), answeredCall: true });
    }
  }
  for (const m of sentence.matchAll(asRecommended())) {
    if (OTHER_BODY.test(m[0])) continue; // "as recommended by the Committee during its last review"
    const end = m.index + m[0].length;
    const after = sentence.slice(end).replace(/^[\s,]+/, '');
    // Fronted ("As recommended …, in 2011 it ratified …") or trailing ("It ratified …, as recommended …").
    if (after.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3) cues.push({ start: m.index, end, kind: 'review', objectStart: end, direct: true });
    else if (m.index > 10) cues.push({ start: m.index, end, kind: 'review', objectStart: 0, objectEnd: m.index, direct: true });
  }
  for (const m of sentence.matchAll(DESPITE_ACCEPTED)) {
    if (m.index > 10) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'response', objectStart: 0, objectEnd: m.index, direct: true });
  }
  if (UPR_WORDS.test(sentence)) {
    for (const m of sentence.matchAll(IT_HAD_RECOMMENDED)) {
      const at = m.index + m[0].length;
      if (states.some((st) => st.start === at || st.start === at + 4)) cues.push({ start: m.index, end: at, kind: 'state', objectStart: at });
    }
  }
  // "the recommendation on prison conditions", "With regard to the recommendation regarding the right to education": one recommendation, named by its topic.
  for (const m of sentence.matchAll(THE_RECOMMENDATION_ON)) {
    // Not the submitter's ("We reiterate the recommendation on …") nor another body's ("The Committee repeated the recommendation on …").
    const before = sentence.slice(0, m.index);
    if (/\b(?:we|our|I|us)\b/i.test(before) || OTHER_BODY.test(before)) continue;
    cues.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'review', objectStart: m.index + m[0].length, weak: true });
  }
  for (const m of sentence.matchAll(PREVIOUS_RECS)) cues.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'review', objectStart: m.index + m[0].length });
  for (const m of sentence.matchAll(DEMONYM_CALLS)) {
    const objectStart = m.index + m[0].length;
    cues.push({ start: m.index, end: objectStart, kind: 'state', objectStart, objectEnd: predicateAfter(sentence, objectStart), answeredCall: true, states: statesOfDemonyms(m[1] ?? '') });
  }
  for (const m of sentence.matchAll(CALLS_FROM_STATES)) {
    if (OTHER_FORUM.test(sentence) && !UPR_CONTEXT.test(sentence)) continue;
    const objectStart = m.index + m[0].length;
    cues.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'state', objectStart, objectEnd: predicateAfter(sentence, objectStart), answeredCall: true });
  }
}
