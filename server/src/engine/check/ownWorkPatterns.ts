/**
 * The patterns of the submitter's own work in a sentence, once its names and the people of its
 * research are known (check/submitterVoice.ts reads those from the document): "we received",
 * "the Centre reviewed", "our parish workers recorded", "In our survey of …", "Of the 87 women
 * who left our shelter …", and the testimony of the people it interviewed. Each match reaches
 * as far as its place in the sentence allows (`extent`): a frame covers the sentence, a later
 * clause only itself.
 */
import { escapeRegExp } from './submitterNames';

export interface OwnWorkSpan {
  start: number;
  end: number;
  /** What people told the submitter: their account is its documentation, a law the drafter cites beside it is not. */
  testimony?: true;
}

/** Verbs of documenting, assisting and advocating: what the submitter does, never what the State does to it. */
const OWN_VERB_BASES = [
  'monitor', 'trace', 'review', 'receive', 'handle', 'record', 'document', 'survey', 'interview', 'follow', 'observe', 'count',
  'visit', 'collect', 'analyse', 'analyze', 'identify', 'track', 'register', 'assist', 'represent', 'gather', 'verify', 'examine',
  'study', 'compile', 'log', 'map', 'consult', 'litigate', 'sample', 'accompany', 'counsel', 'help', 'conduct', 'contact', 'check',
  'confirm', 'calculate', 'estimate', 'photograph', 'attend', 'investigate', 'obtain', 'tally', 'catalogue', 'process', 'defend',
  'advise', 'refer', 'cross-check', 'support', 'apply', 'submit', 'train', 'request', 'ask', 'file', 'screen', 'work', 'operate', 'report',
];

const OWN_VERB_IRREGULAR = ['found', 'find', 'finds', 'met', 'meet', 'meets', 'spoke', 'speak', 'speaks', 'spoken', 'heard', 'hear', 'hears', 'wrote', 'write', 'writes', 'written', 'sent', 'send', 'sends', 'kept', 'keep', 'keeps', 'took part', 'take part', 'takes part',
  'saw', 'see', 'sees', 'seen', 'witness', 'witnessed', 'witnesses',
  'took on', 'take on', 'takes on', 'draw on', 'draws on', 'drew on', 'rely on', 'relies on', 'relied on', 'held', 'hold', 'holds', 'ran', 'run', 'runs', 'carried out', 'carry out', 'carries out',
  // What its own records say: "our mapping shows", "our data indicate".
  'show', 'shows', 'showed', 'shown', 'indicate', 'indicates', 'indicated', 'reveal', 'reveals', 'revealed', 'suggest', 'suggests', 'suggested', 'demonstrate', 'demonstrates', 'demonstrated'];

/** The inflected forms of a regular verb: "refer" → refer, refers, referred, referring. */
function forms(base: string): string[] {
  const doubled = /^(?:log|map|refer|counsel)$/.test(base) ? base + base.slice(-1) : base;
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ing`, `${doubled}ed`, `${doubled}ing`];
}

const OWN_VERB = `(?:${[...new Set([...OWN_VERB_BASES.flatMap(forms), ...OWN_VERB_IRREGULAR])].sort((a, b) => b.length - a.length).join('|')})`;
const PAST_PARTICIPLE = `(?:${[...new Set(OWN_VERB_BASES.flatMap(forms).filter((f) => /(?:ed|ied)$/.test(f)))].join('|')}|found|heard|kept|taken)`;

/** Between subject and verb: an auxiliary and an adverb ("have also", "has so far", "had directly"). */
const AUX = String.raw`(?:(?:has|have|had|are|were|was|is)\s+(?:been\s+)?|(?:continue|continues|continued)\s+to\s+)?(?:(?:also|so\s+far|since\s+\d{4}|now|already|jointly|independently|directly|itself|themselves|ourselves|then|later|personally|regularly|closely|systematically)\s+)?`;

/** The organisation's own people, after "its" ("Its legal team of six advocates represents …", "its field workers monitor …"). */
const OWN_STAFF = String.raw`(?:legal\s+team|lawyers|advocates|paralegals|staff|members|member\s+organi[sz]ations|field\s+(?:workers|teams|staff)|social\s+workers|researchers|monitors|volunteers|teams?|correspondents|outreach\s+(?:workers|teams))`;

/** "our country", "our government": the nation, not the organisation (diaspora and national groups write so). */
const NATIONAL = String.raw`(?:country|countries|nation|government|state|society|region|homeland|people|city|authorities|police|president|courts?|judiciary|parliament|laws?|constitution|economy|history|capital|citizens|compatriots|own\s+(?:country|government))`;

/** Nouns naming the submitter's research, after "in our …", "from our …", "according to our …". */
const FRAME_NOUNS = String.raw`(?:surveys?|study|studies|monitoring|research|interviews?|analysis|review|records?|data|database|casework|case\s*files|caseload|registry|register|count|documentation|experience|observations?|sample|files|investigations?|fieldwork|consultations|focus\s+groups?|visits?|hotline|helpline|clients?|cases|work|follow-up|tally|figures|statistics|mapping)`;

/** Words that say the speaker told someone else (a newspaper, a court), not the submitter. */
const SPEECH = String.raw`(?:said|say|says|told|tell|described|describe|describes|recounted|explained|reported|report|stated|complained|testified|mentioned|recalled|indicated|alleged|spoke|shared)`;

/**
 * The expressions that find the submitter's own work in a sentence, for a submitter known by `names`, by the
 * head nouns and short names in `heads` ("the Centre", "the Rainbow Barometer"), and whose research named `people`.
 */
export function ownWorkFinder(names: readonly string[], heads: ReadonlySet<string>, people: ReadonlySet<string>): (sentence: string) => OwnWorkSpan[] {
  const nameAlt = [...names.map(escapeRegExp), ...[...heads].map((h) => `[Tt]he\\s+${escapeRegExp(h)}`), '[Tt]he\\s+(?:coalition|network|platform|alliance|consortium)'].join('|');
  // "We"/"Our" capitalised only where a clause begins ("The Save Our Schools Network counted …" is someone else).
  const subject = String.raw`(?:(?:\bwe|(?<=^\W*|[;:.]\s*)We)\b|(?:\bour|(?<=^\W*|[;:.]\s*)Our)\s+(?:own\s+)?(?!${NATIONAL}\b)(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|\b[Ii]ts\s+(?:own\s+)?${OWN_STAFF}(?:\s+of\s+[^,;.]{1,60}?)?|\b(?:(?:[Tt]he|[Ii]ts|[Oo]ur)\s+)?(?:(?<=^\W*|[;:.]\s*)M|m)ember\s+(?:organi[sz]ations|groups|associations)|(?<![\p{L}\p{N}])(?:${nameAlt}))(?:\s+in\s+(?:the\s+)?\p{Lu}[^;.]{0,60}?|,\s+(?:an?|the)\s+[^,;]{1,80},)?`;
  const possessive = String.raw`(?:(?:\bour|(?<=^\W*|[;:.]\s*)Our)|(?<![\p{L}\p{N}])(?:${nameAlt})['’]s?)`;
  const patterns: RegExp[] = [
    // "we received", "the Centre reviewed", "our parish workers recorded", "our legal team has reviewed"
    new RegExp(String.raw`${subject}\s+${AUX}${OWN_VERB}(?![\p{L}-])`, 'gu'),
    // "cases documented by our team", "hearings monitored by the Clinic", "complaints received by us"
    new RegExp(String.raw`\b${PAST_PARTICIPLE}\s+by\s+(?:us\b|${subject})`, 'gu'),
    // "In our survey of …", "according to our records", "from our casework"
    new RegExp(String.raw`\b(?:[Ii]n|[Ff]rom|[Oo]f|[Aa]ccording\s+to|[Bb]y|[Tt]hrough|[Aa]cross|[Aa]mong|[Oo]n\s+the\s+basis\s+of|[Bb]ased\s+on)\s+(?:all\s+)?(?:the\s+)?${possessive}\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?${FRAME_NOUNS}\b`, 'gu'),
    // What the submitter has and is made of: "The League disposes of a network of twenty-three monitors", "We have six staff".
    new RegExp(String.raw`${subject}\s+(?:also\s+)?(?:has|have|had|disposes\s+of|comprises|consists\s+of|employs|counts|brings\s+together|is\s+composed\s+of|unites|groups)\b(?!\s+(?:been|not|never|had|yet|to|also\s+been)\b)`, 'gu'),
    // Its clients' experience is its casework: "Our clients in the Western Division wait on average four months …".
    /(?:\bour|(?<=^\W*|[;:.]\s*)Our)\s+(?:own\s+)?(?:clients|beneficiaries|callers|service\s+users|caseload|cases)\b/gu,
    // "Of the 87 women who left our shelter in 2016, 31 …": a count of the submitter's own people or cases.
    /(?<=^\W*|[;:]\s*)(?:[Oo]f|[Aa]mong|[Oo]ut\s+of)\s+the\s+[\d,]+\b[^,;]{0,100}?\b(?:our|we|us)\b/gu,
  ];
  let testimony: RegExp | undefined;
  if (people.size > 0) {
    // (Case spelt out, not the i flag: with it, \p{Lu} below would match any letter.)
    const who = [...people].map(escapeRegExp).join('|');
    const whoFirst = [...people].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${escapeRegExp(w.slice(1))}`).join('|');
    // "Women in Avdiivka described …", "two participants said …", "Several former detainees told us …" — not "told Reuters",
    // and not a name that holds the word ("The Justice Centre for Women … told").
    testimony = new RegExp(String.raw`(?:^|[;:]\s*|,\s*(?:and|but|while|whereas)\s+)((?:${whoFirst}|(?:[\p{L}\p{N},-]+\s+){1,5}?(?:${who}))\b[^;.]{0,120}?\b${SPEECH}\b(?!\s+(?:\p{Lu}|the\s+(?:media|press|court|police|judge|prosecutor))))`, 'gu');
  }

  return (sentence) => {
    const spans: OwnWorkSpan[] = [];
    for (const re of patterns) for (const m of sentence.matchAll(re)) spans.push(extent(sentence, m.index));
    // Testimony runs to the end of its clause, over the commas of what the people said.
    if (testimony) for (const m of sentence.matchAll(testimony)) spans.push({ ...extent(sentence, m.index + m[0].length - m[1]!.length, true), testimony: true });
    return spans;
  };
}

/** Words that open a sentence without being its subject: a paragraph number, a connective. */
const OPENERS = /^\s*(?:\*{0,2}\d{1,3}(?:\.\d{1,3})*\.?\*{0,2}\s+|[-*•]\s+)?(?:(?:yet|but|and|however|moreover|also|again|finally|meanwhile|in\s+addition|furthermore|further|indeed|similarly|likewise),?\s+)*/i;

/** A short time adverbial before the subject: "In 2016, ", "Between March and June 2017, ". */
const TIME_FRONT = /^(?:in|since|between|from|during|over|throughout|until|after|before|by)\s+[^,;]{1,40},\s*$/i;

/** The head of a subject the submitter owns: "Six of our …", "the counselling centres of our members …". */
const SUBJECT_HEAD = /^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|all|each|none|both|\d+)\s+of\s+|(?:the\s+)?(?:[\p{L}-]+\s+){1,3}of\s+|(?:[\p{L}\d,-]+\s+of\s+)?(?:the|these|those)\s+(?:[\d,]+\s+)?(?:[\p{L}-]+\s+){1,3}(?:that\s+|whom\s+)?)$/iu;

/** A time before the subject, without a comma: "Between 2013 and 2016 the …". */
const TIME_LEAD = /^(?:in|since|between|from|during|over|throughout|until|after|before|by)\s+[^,;]{1,40}?\s+(?=(?:the|one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|all|each|\d+)\b)/i;

/** A prepositional frame the own work sits in: "Of the 96 deaths … that the coalition traced", "In the cases our lawyers handled". */
const PREP_FRAME = /^(?:of|in|among|from|across|within|throughout|for|at|on|out\s+of)\b(?:[^,;:]|(?<=\d),(?=\d))*$/i;

/**
 * How far the submitter's own work at `at` reaches. As the frame of its sentence (its subject,
 * or inside the opening phrase: "Of the 96 deaths the coalition traced, …") it covers the
 * sentence; as the frame of a later clause ("…; of the 1,146 complaints we received, 311 …"),
 * that clause; elsewhere ("…, three of whom we represented") only its own comma-bounded part.
 */
function extent(sentence: string, at: number, toClauseEnd = false): OwnWorkSpan {
  const clauseStart = Math.max(sentence.lastIndexOf(';', at - 1), sentence.lastIndexOf(':', at - 1)) + 1;
  const nextClause = CLAUSE_END.exec(sentence.slice(at));
  const clauseEnd = nextClause ? at + nextClause.index : sentence.length;
  const pre = sentence.slice(clauseStart, at).replace(OPENERS, '');
  if (pre.trim() === '' || TIME_FRONT.test(pre) || PREP_FRAME.test(pre) || SUBJECT_HEAD.test(pre.replace(TIME_LEAD, ''))) {
    return clauseStart === 0 ? { start: 0, end: sentence.length } : { start: clauseStart, end: clauseEnd };
  }
  return { start: toClauseEnd ? at : Math.max(lastCommaBefore(sentence, at), clauseStart), end: clauseEnd };
}

/** The last comma before `at` that parts words, not the digits of "1,146". */
function lastCommaBefore(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (sentence[i] === ',' && !(/\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? ''))) return i;
  return -1;
}

/** Where a clause ends: a semicolon, or a contrast ("…, but the police …"). */
const CLAUSE_END = /;|,\s*(?:but|while|whereas|although|though|yet)\s/;
