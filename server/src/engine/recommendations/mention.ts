/**
 * Does a sentence (plain text, without a recommendation ID) talk about a recommendation
 * of the previous UPR review? Rule-based, tuned for precision: a warning that fires on a
 * submitter's own recommendations or on a treaty body's recommendations gets the rule
 * switched off.
 *
 * A mention needs (1) a cue that ties "recommendation(s)" to the review — the State's
 * answer ("Azerbaijan accepted recommendations to …", "the recommendation …, which
 * Azerbaijan noted"), a recommending State ("Norway recommended that …", "recommended by
 * Norway"), the review itself ("recommendations received at its second UPR on …"), or
 * receiving ("received 12 recommendations on …"); (2) substance: at least two content
 * words saying what the recommendation was about. It is not a mention when the sentence
 * is a call to action (the submitter's own recommendation: "We recommend …", "NHC
 * recommends …", an imperative, "should"), when the recommendations are another body's
 * (Committee against Torture, Venice Commission, special rapporteurs, …) and nothing
 * says UPR, or when it already carries an ID.
 */
import { analyseTerm, tokenize } from '../search/textAnalysis';
import { findStateNames, type StateNameMatch } from './stateNames';
import { findResponsePhrases, statedResponseNear, type StatedResponse } from './responsePhrases';

export interface RecommendationMention {
  /** Does the passage talk about a previous-review recommendation? */
  mentions: boolean;
  /** 0-based [start, end) of the words that show it, e.g. "accepted recommendations to". */
  cue?: [number, number];
  /** The substance words to match (what the recommendation was about). */
  topic: string;
  /** The response the passage attributes ("accepted/supported" → supported, "noted/rejected/did not accept" → noted). */
  statedResponse?: StatedResponse;
  /** Recommending States named in the passage (canonical names). */
  states: string[];
}

const REC = String.raw`(?:UPR\s+)?recommendations?`;
/** Up to six words between a verb and "recommendation(s)": "accepted all 12 of the key". */
const FILLER = String.raw`(?:[\p{L}\p{N}'’–—-]+\s+){0,6}?`;
const REVIEW_WORDS = String.raw`(?:UPR|universal\s+periodic\s+review|review|cycle|session|periodic\s+review)`;
const REVIEW_REF = String.raw`(?:(?:its|the|their|this|that)\s+)?(?:(?:first|second|third|previous|last|prior|most\s+recent|earlier|preceding|former|\d{4}|\d(?:st|nd|rd|th))\s+)+(?:\w+\s+)?${REVIEW_WORDS}`;

/** The State's answer, then the recommendation(s): "Azerbaijan accepted recommendations to". */
const VERB_THEN_REC = new RegExp(
  String.raw`\b(?:(?:did\s+not|didn['’]t|has\s+not|had\s+not|have\s+not|refused\s+to|declined\s+to|failed\s+to)\s+(?:\w+\s+)?)?(?:accept(?:ed|ing|s)?|support(?:ed|ing|s)?|not(?:ed|ing)|reject(?:ed|ing|s)?|refus(?:ed|ing)|declin(?:ed|ing)|agreed\s+to|received|receiving|implement(?:ed|ing)?|implementation\s+of|act(?:ed|ing)\s+(?:up)?on|ignor(?:ed|ing)|disregard(?:ed|ing)|follow(?:ed|ing)\s+up\s+on|commit(?:ted|ting)?\s+to\s+implement(?:ing)?|consider(?:ed|ing)?|promis(?:ed|ing)\s+to\s+(?:consider|implement)|made|issued|put\s+forward|formulated|gave|addressed)\s+${FILLER}${REC}\b`,
  'giu',
);
/** The recommendation(s), then the answer: "the recommendation to …, which Azerbaijan noted". */
const REC_THEN_VERB = new RegExp(
  String.raw`\b${REC}\b(?:(?![.;]\s)[^]|[.;]\s(?=\d)){0,160}?(?:\b(?:which|that|it|they)\s+(?:\S+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:accepted|supported|noted|rejected|refused|did\s+not\s+(?:accept|support)|agreed\s+to)\b|\b(?:was|were|has|have|had)\s+(?:not\s+|never\s+|yet\s+to\s+be\s+)?(?:been\s+)?(?:not\s+|never\s+|also\s+|only\s+|fully\s+|partially\s+)?(?:accepted|supported|noted|rejected|refused|implemented|acted\s+(?:up)?on)\b)`,
  'giu',
);
/** "recommendations accepted by Azerbaijan", "recommendations it received at its second UPR". */
const REC_PARTICIPLE = new RegExp(
  String.raw`\b${REC}\s+(?:(?:it|that\s+it|which\s+it|\p{Lu}\p{L}+)\s+)?(?:had\s+|has\s+)?(?:accepted|supported|noted|rejected|received|made|issued|formulated|addressed\s+to\s+\S+)\s+(?:by\s+\S+(?:\s+\S+)?\s+)?(?:(?:during|at|in|under|from)\s+${REVIEW_REF}|by\s+(?:the\s+)?(?:government|state|authorities|\p{Lu}\p{L}+))|\b${REC}\s+(?:\w+\s+){0,2}?(?:not\s+acceptable|unacceptable|acceptable)\s+to\s+(?:the\s+)?(?:government|state|authorities|\p{Lu}\p{L}+)`,
  'giu',
);
/** "The recommendations Bahrain accepted included …", "recommendations it supported on". */
const REC_SUBJECT_VERB = new RegExp(
  String.raw`\b${REC}\s+(?:that\s+|which\s+)?(?:it|\p{Lu}[\p{L}-]+|the\s+(?:government|state|authorities))\s+(?:had\s+|has\s+|have\s+)?(?:accepted|supported|noted|rejected|received)\b`,
  'gu',
);
/** "Other recommendations called for the release of …". */
const REC_CALLED = new RegExp(String.raw`\b${REC}\s+(?:also\s+|had\s+)?(?:called|calling|urged|urging|asked|asking)\s+(?:for|on|upon)\b`, 'giu');
/** "a large number of States called for …" (during a review). */
const STATES_CALLED = /\b(?:(?:several|many|numerous|a\s+(?:large\s+)?number\s+of|some|other|\d+)\s+)?(?:States|delegations|countries|member\s+States|peers)\s+(?:(?:that|which|who)\s+)?(?:also\s+)?(?:called\s+(?:on|for|upon)|urged|asked)\b/giu;
/** "The Government was asked to …", "has been urged by its peers to …" (during a review). */
const PASSIVE_CALL = /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|repeatedly\s+)?(?:asked|urged|called\s+(?:on|upon))\s+(?:by\s+(?:its\s+|other\s+|several\s+|many\s+)?(?:peers|States|countries|delegations)(?:\s+in\s+the\s+United\s+Nations)?\s+)?to\b/giu;
/** "rejected nearly all proposals that involved …" (during a review). */
const RESPONSE_PROPOSALS = /\b(?:accept(?:ed|ing)|support(?:ed|ing)|not(?:ed|ing)|reject(?:ed|ing)|did\s+not\s+(?:accept|support))\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?proposals?\b/giu;
/** "recommendations from the previous review on …", "second-cycle recommendations on". */
const REVIEW_REC = new RegExp(
  String.raw`\b(?:${REC}\s+(?:made\s+|received\s+|issued\s+)?(?:during|at|in|under|from|of)\s+${REVIEW_REF}|(?:(?:first|second|third|previous|last|prior)[\s-]+(?:UPR|cycle|review)|UPR)\s+${REC}|${REC}\s+(?:of|from)\s+the\s+(?:UPR|universal\s+periodic\s+review))\b`,
  'giu',
);
/** "States recommended that", "several delegations recommended". */
const GENERIC_RECOMMENDERS = /\b(?:(?:several|many|numerous|a\s+number\s+of|some|other|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:States|delegations|countries|member\s+states)\s+(?:had\s+|also\s+)?recommended\b/giu;

/** Not the UPR: treaty bodies, special procedures, regional bodies, the NHRI. */
const OTHER_BODY = /\b(?:Committee|Commission(?:er)?|Rapporteur|Working\s+Group\s+on|Council\s+of\s+Europe|OSCE|ODIHR|ECRI|GRECO|CPT|Ombudsman|Ombudsperson|special\s+procedures?|treaty\s+bod(?:y|ies)|mandate[\s-]holders?|CAT|CEDAW|CERD|CRC|CESCR|CCPR|ILO|UNHCR|UNICEF|UNESCO|Venice|European\s+Court|Court|Inter-American|African\s+Commission|experts?|panel|mission|inquiry|LLRC|NHRI|Parliament|tribunal|auditor)\b/u;
const UPR_WORDS = /\b(?:UPR|universal\s+periodic\s+review|(?:first|second|third|previous|last|prior)\s+(?:review|cycle))\b/iu;
/** The submitter's own recommendation or another call to action. */
const OWN_CALL = /\b(?:we|I|JS\d*|the\s+(?:submitting\s+)?(?:organi[sz]ations?|coalition|authors?|NGOs?)|this\s+(?:submission|report))\s+(?:\w+\s+)?(?:recommends?|urges?|calls?\s+(?:on|upon)|asks?|requests?|encourages?|suggests?|propose)\b|\b(?:recommends|urges|calls\s+(?:on|upon)|encourages|invites|advocates)\b/iu;
const MODAL_CALL = /\b(?:should|must|ought\s+to|is\s+urged|are\s+urged|needs?\s+to)\b/i;
const IMPERATIVE_START = /^\s*(?:[-*•]\s*|\(?[a-z0-9]{1,3}[.)]\s+)?(?:Ratify|Accede|Adopt|Amend|Repeal|Abolish|Establish|Ensure|Guarantee|Release|Investigate|Take|Strengthen|Intensify|Implement|Continue|Consider|Review|Revise|Bring|Align|Create|Develop|Provide|Allow|End|Stop|Cease|Refrain|Remove|Lift|Decriminali[sz]e|Criminali[sz]e|Introduce|Enact|Extend|Issue|Invite|Cooperate|Protect|Respect|Promote|Combat|Prevent|Prosecute|Publish|Set\s+up|Make|Increase|Reduce|Support|Seek|Share|Request|Pursue|Maintain|Step\s+up|Redouble|Eliminate|Guarantee|Harmoni[sz]e|Withdraw|Reform|Train|Raise|Grant|Prohibit|Ban)\b/;
/** A recommendation reference with its ID: the caller handles those. */
const HAS_ID = /(?:\b(?:paras?\.?|paragraphs?|recommendations?|recs?\.)\s*\d{1,3}\.\d{1,3}\b|\b\d{2,3}\.\d{1,3}\s*\(\s*\p{Lu}|\(\s*\d{2,3}\.\d{1,3}\s*[,)])/u;

/** Words that say nothing about what a recommendation was about. */
const GENERIC = new Set(
  (
    'recommendation recommendations recommended recommend upr review reviews cycle cycles session universal periodic previous last first second third prior ' +
    'accepted accept accepting supported support supporting noted noting rejected reject rejecting received receive receiving made make implemented implement implementing implementation ' +
    'government state states authorities country countries delegation delegations its their it they he she we our this that these those which who ' +
    'section chapter part paragraph report submission document annex table follow up followup assessment assess assesses assessed status progress little some any much many most several number ' +
    'numerous all none few also still yet however despite although while since during after before until under regarding concerning relating related on to about ' +
    'fully partially partly not never no yes new recent recently year years time since already remain remains remained continue continues continued including include includes ' +
    'concrete specific relevant key important various different same such other more further there here has have had was were is are be been being do did does done ' +
    'steps step measures measure efforts effort action actions taken take took area areas field fields issue issues matter matters regard respect view order way ' +
    'cycle period date january february march april may june july august september october november december'
  ).split(/\s+/),
);

export function detectRecommendationMention(sentence: string): RecommendationMention {
  const states = findStateNames(sentence);
  const none = (topic = ''): RecommendationMention => ({ mentions: false, topic, states: [] });
  if (!/recommend|proposal|called\s+(?:for|on|upon)|urged|asked/i.test(sentence)) return none();
  if (HAS_ID.test(sentence)) return none();

  const cue = findCue(sentence, states);
  if (!cue) return none();

  const before = sentence.slice(0, cue.start);
  if (OWN_CALL.test(sentence) && !/\b(?:recommended|accepted|supported|noted|rejected)\b/.test(before + sentence.slice(cue.start, cue.end))) return none();
  if (IMPERATIVE_START.test(sentence) && cue.start > 0) return none();
  if (MODAL_CALL.test(before)) return none();
  if (cue.kind !== 'state' && !UPR_WORDS.test(sentence) && otherBodyOwnsRecommendation(sentence, cue)) return none();

  const recommending = recommendingStates(sentence, states, cue);
  const topicSpan = topicOf(sentence, cue);
  const topic = cleanTopic(topicSpan, states);
  // The recommendation's own words must be there: the rest of the sentence ("… showed
  // contempt for international obligations") is not what a recommendation said, and a
  // count ("accepted 130 recommendations entirely") has none.
  const substance = contentWords(topic).length >= 2 ? topic : '';
  if (!substance) return none(topic);

  const response = statedResponseNear(sentence.slice(0, cue.end + 120), cue.start) ?? responseInCue(sentence, cue);
  const mention: RecommendationMention = { mentions: true, cue: [cue.start, cue.end], topic: substance, states: recommending };
  if (response && cue.kind !== 'state') mention.statedResponse = response;
  else if (response && cue.kind === 'state' && /\b(?:which|that|it)\s+(?:\S+\s+){0,3}(?:accepted|supported|noted|rejected)/i.test(sentence)) mention.statedResponse = response;
  return mention;
}

interface Cue {
  start: number;
  end: number;
  kind: 'response' | 'review' | 'state' | 'received';
  /** "implementation of recommendations", "recommendations of the previous review": the substance must follow the cue. */
  weak?: boolean;
  /** Where the recommendation's own words start, when the pattern shows it. */
  objectStart?: number;
  /** …and end, when the pattern shows it. */
  objectEnd?: number | undefined;
}

function findCue(sentence: string, states: StateNameMatch[]): Cue | undefined {
  const cues: Cue[] = [];
  for (const m of sentence.matchAll(VERB_THEN_REC)) {
    const kind = /^receiv/i.test(m[0]) ? 'received' : 'response';
    // "implementation of recommendations" alone is structure unless the review or an answer is named.
    if (/^implementation\s+of/i.test(m[0]) && !UPR_WORDS.test(sentence) && findResponsePhrases(sentence).length === 0) continue;
    const weak = /^(?:implementation\s+of|implement|follow)/i.test(m[0]);
    cues.push({ start: m.index, end: m.index + m[0].length, kind, objectStart: m.index + m[0].length, weak });
  }
  for (const m of sentence.matchAll(REC_SUBJECT_VERB)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'response', objectStart: m.index + m[0].length });
  for (const m of sentence.matchAll(REC_CALLED)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: m.index + m[0].length - (/(?:for|on|upon)$/i.exec(m[0])?.[0].length ?? 0) });
  if (UPR_WORDS.test(sentence) || /\breview\b/i.test(sentence)) {
    for (const m of sentence.matchAll(STATES_CALLED)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'state', objectStart: m.index + m[0].length });
    for (const m of sentence.matchAll(PASSIVE_CALL)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: m.index + m[0].length - 2 });
    for (const m of sentence.matchAll(RESPONSE_PROPOSALS)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'response', objectStart: m.index + m[0].length });
  }
  for (const m of sentence.matchAll(REC_PARTICIPLE)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: m.index + m[0].length, weak: true });
  for (const m of sentence.matchAll(REVIEW_REC)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: m.index + m[0].length, weak: true });
  for (const m of sentence.matchAll(REC_THEN_VERB)) {
    const recEnd = m.index + (/^(?:UPR\s+)?recommendations?/i.exec(m[0])?.[0].length ?? 0);
    // The recommendation's words end where the answer's clause starts ("…, which Azerbaijan noted").
    const clause = /(?:,\s*)?\b(?:which|that|it|they|was|were|has|have|had)\s+(?:\S+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:not\s+|never\s+|also\s+|only\s+)?(?:accepted|supported|noted|rejected|refused|did\s+not|agreed|implemented|acted)\b[^]*$/iu.exec(m[0]);
    cues.push({ start: m.index, end: recEnd, kind: 'response', objectStart: recEnd, objectEnd: clause ? m.index + clause.index : undefined });
  }
  // A recommending State: "Norway recommended that", "Norway and Sweden recommended", "recommended by Norway", "Norway's recommendation".
  for (const s of states) {
    const after = sentence.slice(s.end);
    const v = /^(?:\s*(?:,|and)\s*(?:the\s+)?\p{Lu}[\p{L}\s'’()-]{0,60}?)?\s+(?:had\s+|also\s+|specifically\s+|explicitly\s+)?recommended\b/u.exec(after);
    if (v) cues.push({ start: s.start, end: s.end + v[0].length, kind: 'state', objectStart: s.end + v[0].length });
    const poss = /^['’]s?\s+(?:\w+\s+)?(?:recommendations?|proposals?)\b/u.exec(after);
    if (poss) cues.push({ start: s.start, end: s.end + poss[0].length, kind: 'state', objectStart: s.end + poss[0].length });
    const by = /\b(?:recommended|recommendations?\s+(?:made|put\s+forward|formulated|issued)|made|put\s+forward)\s+by\s+(?:the\s+)?$/iu.exec(sentence.slice(Math.max(0, s.start - 40), s.start));
    if (by && /recommend/i.test(sentence.slice(Math.max(0, s.start - 60), s.start))) cues.push({ start: s.start - by[0].length, end: s.end, kind: 'state' });
  }
  for (const m of sentence.matchAll(GENERIC_RECOMMENDERS)) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'state', objectStart: m.index + m[0].length });
  if (cues.length === 0) return undefined;
  const rank = { state: 0, response: 1, received: 2, review: 3 } as const;
  cues.sort((a, b) => rank[a.kind] - rank[b.kind] || a.start - b.start);
  return cues[0];
}

function otherBodyOwnsRecommendation(sentence: string, cue: Cue): boolean {
  // "recommendations of/by/from the Venice Commission", "the Committee against Torture recommended", "as recommended by CAT".
  const around = sentence.slice(cue.start, Math.min(sentence.length, cue.end + 60));
  if (/recommendations?\s+(?:made\s+|issued\s+)?(?:of|by|from)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+|European\s+|OSCE\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}?(?:Committee|Commission|Rapporteur|Working\s+Group|Council\s+of\s+Europe|OSCE|ODIHR|ECRI|GRECO|CPT|Court|experts?|treaty|special|mandate|Ombudsman|CAT|CEDAW|CERD|CRC|UNHCR|ILO|NHRI|panel|inquiry|mission)/iu.test(around)) return true;
  const before = sentence.slice(Math.max(0, cue.start - 80), cue.start);
  if (/\b(?:of|by|from)\s+(?:the\s+)?[\p{L}\s-]{0,40}$/iu.test(before) && OTHER_BODY.test(before)) return true;
  // The body is the subject of "recommended": "the Committee against Torture recommended".
  const subj = /([\p{L}\s,()'’-]{0,80})\brecommended\b/iu.exec(sentence);
  if (subj && OTHER_BODY.test(subj[1] ?? '')) return true;
  return false;
}

/** "as recommended by Norway", "(Norway)", "Norway recommended", "Norway's recommendation". */
function recommendingStates(sentence: string, states: StateNameMatch[], cue: Cue): string[] {
  const out: string[] = [];
  for (const s of states) {
    const before = sentence.slice(Math.max(0, s.start - 50), s.start);
    const after = sentence.slice(s.end, s.end + 60);
    const inCue = s.start >= cue.start && s.end <= cue.end && cue.kind === 'state';
    const byForm = /\b(?:recommended|made|put\s+forward|formulated|issued|proposed)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’()-]*\s*(?:,|and)\s*)*$/u.test(before);
    const fromForm = /\brecommendations?\s+(?:\w+\s+)?(?:from|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’()-]*\s*(?:,|and)\s*)*$/u.test(before);
    const paren = /\(\s*(?:[\p{Lu}][\p{L}\s'’-]*,\s*)*$/u.test(before) && /^\s*(?:,\s*[\p{Lu}][\p{L}\s'’-]*)*\)/u.test(after);
    const subject = /^(?:\s*(?:,|and)\s*(?:the\s+)?\p{Lu}[\p{L}\s'’()-]{0,60}?)?\s+(?:had\s+|also\s+)?recommended\b/u.test(after) || /^['’]s?\s+(?:\w+\s+)?recommendations?\b/u.test(after);
    if (inCue || byForm || fromForm || paren || subject) if (!out.includes(s.name)) out.push(s.name);
  }
  return out;
}

/** The recommendation's own words: after the cue up to the clause end, or the sentence. */
/**
 * What introduces a recommendation's content after "recommendation(s)": "to remove",
 * "on torture", "regarding", "calling for", "that …". A count ("accepted 130
 * recommendations entirely") has none, and is not a mention.
 */
const LINK = /^[\s,]*(?:(?:[\p{L}\p{N}'’-]+\s+){0,6}?)(?=(?:to|on|regarding|concerning|relating\s+to|related\s+to|about|calling\s+(?:for|on|upon)|call(?:s|ed)?\s+(?:for|on|upon)|urging|asking|that|for|in\s+the\s+(?:area|field)s?\s+of|aimed\s+at|with\s+regard\s+to|in\s+relation\s+to|pertaining\s+to|addressing|seeking|to\s+the\s+effect|includ(?:e|es|ed|ing)|(?:that|which)\s+(?:involved|concerned|addressed|sought|aimed))\b(?!\s+(?:(?:it|they|we|the\s+(?:government|state|authorities)|\p{Lu}[\p{L}-]+)\s+(?:had\s+|has\s+|have\s+)?(?:accepted|supported|noted|rejected|received|made)|were|was|are|is|had|has|have|would|will|could)\b)|(?:are|were)\s*:)/iu;

function topicOf(sentence: string, cue: Cue): string {
  if (cue.objectStart === undefined) return cue.kind === 'state' ? sentence.slice(0, cue.start) + ' ' + sentence.slice(cue.end) : '';
  let rest = sentence.slice(cue.objectStart, cue.objectEnd);
  if (cue.kind !== 'state') {
    const link = LINK.exec(rest);
    if (!link) return '';
    rest = rest.slice(link[0].length).replace(/^(?:are|were)\s*:/i, '');
  }
  // After a weak cue the recommendation's words come at once ("… on X"), not after a comma.
  if (cue.weak) rest = rest.replace(/^\s*,[^]*$/, '').replace(/,[^]*$/, '');
  // "… on X at its second UPR", "… to X, which Azerbaijan noted", "… to X, but …".
  const stop = /(?:,\s*(?:which|but|yet|however|although|though|while|whereas|and\s+(?:yet|has|have|had|was|were))\b|;|\s+(?:but|yet|although|though|whereas)\s|\s[-–—]\s)/i.exec(rest);
  if (stop && stop.index > 10) rest = rest.slice(0, stop.index);
  return rest;
}

function cleanTopic(text: string, states: StateNameMatch[]): string {
  let t = text;
  for (const s of states) t = t.split(s.text).join(' ');
  return t
    .replace(/\b(?:in|at|during|since|from|of|by)\s+(?:its|the|their)?\s*(?:(?:first|second|third|previous|last|prior|\d{4})\s+)+(?:UPR|review|cycle|universal\s+periodic\s+review)\b/gi, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Index terms of the words that carry substance. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of tokenize(text)) {
    const lw = w.toLowerCase();
    if (GENERIC.has(lw) || /^\d/.test(lw)) continue;
    const term = analyseTerm(lw);
    if (term === null || term.length < 2) continue;
    if (GENERIC.has(term)) continue;
    out.push(term);
  }
  return out;
}

function responseInCue(sentence: string, cue: Cue): StatedResponse | undefined {
  const phrases = findResponsePhrases(sentence).filter((p) => p.start >= cue.start - 40 && p.start <= cue.end + 160);
  const kinds = new Set(phrases.map((p) => p.response));
  return kinds.size === 1 ? phrases[0]!.response : undefined;
}
