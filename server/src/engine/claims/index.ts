/**
 * The detector behind the `uncited-claim` rule: does a sentence assert a specific,
 * checkable fact that needs a source?
 *
 * Pure engine code (no vscode / LSP imports). The rule calls it only for sentences
 * that carry no citation. Rule-based and precision-first: a sentence is a claim when
 * it has at least one *claim feature* (a number, a dated event, an arrest/detention
 * event, a law or article, a court judgment, an attribution to a named body, a
 * quotation, or another specific event) and no *exclusion* applies (heading,
 * recommendations section, recommendation / call to action, the submitter's own work,
 * the document's own structure, a statement about the UPR record such as
 * "Azerbaijan supported 109.118").
 *
 * The patterns live by concern beside this file: `submitterPatterns.ts` (the submitter's
 * own calls, work and description), `documentStructure.ts`, `uprRecordPatterns.ts`,
 * `lawPatterns.ts`, `attributionPatterns.ts`, and the word lists in `lexicon.ts`; this file
 * holds the features that make a claim (numbers, dates, detentions, events, judgments,
 * quotations, names) and the decision. What part of a sentence is the UPR record, when
 * only the recommendation detectors can tell, the caller passes in (`uprRecord`).
 *
 * Cost: a few dozen regex scans over one sentence, ~30 µs per sentence warm (measured
 * by `scripts/evaluate-claims.ts` on the labelled set, 25 words on average). V8 compiles
 * the regexes on first use, a one-time ~20–50 ms per process: call
 * `warmUpClaimDetector()` when the server starts.
 */

import { COUNT_NOUNS, getStateWords, IMPERATIVE_VERBS, MONTHS, NON_NAME_WORDS } from './lexicon';
import { RE_ATTRIBUTION, RE_INSTITUTION_ATTRIBUTION, RE_ACCORDING, GENERIC_BODY, RE_COOPERATION_EVENT, RE_NAMED_SOURCE, RE_OFFICIAL_START, REPORTED_THAT, RE_UN_MECHANISM } from './attributionPatterns';
import { isTitleLine, RE_MAKE_THIS_SUBMISSION, RE_STRUCTURE, RE_STRUCTURE_VERB, VERB_LIKE } from './documentStructure';
import { GENERIC_LAW_WORDS, RE_LAW_PATTERNS, RE_NAMED_LAW, RE_YEAR_LAW } from './lawPatterns';
import { RE_OUR_FINDINGS_DRAW, FRONTED_ADVERBIAL, LEAD_IN, ORG_NAME_TAIL, ORG_SUBJECT, ownWorkAhead, RE_CALL, RE_DRAWS_ON_OWN, RE_IT_OWN_WORK, RE_ORG_DESCRIPTION, RE_ORG_IS_A, RE_ORG_OWN_VERB, RE_ORG_PRESENT_CALL, RE_OWN_CASEWORK, RE_OWN_DOC_SUBJECT, RE_OWN_DOCUMENTATION, RE_OWN_STAFF_SPEAKER, SUBMITTER_SUBJECT } from './submitterPatterns';
import { processClauseEnd, RE_PROCESS_BACKWARD, RE_PROCESS_FORWARD, RE_REVIEW_DATE, RE_SESSION_LABEL, RE_UPR_CONTEXT, RE_UPR_OUTCOME_ADOPTION, RE_UPR_RESPONSE } from './uprRecordPatterns';


export interface ClaimContext {
  inRecommendationsSection?: boolean;
  isHeading?: boolean;
  inTableCell?: boolean;
  /**
   * Where the sentence reports the UPR record (a prior recommendation referred to, by ID or
   * in words, and what it asked for), as the caller found it: facts there are the
   * recommendation's content; before and after it they are the sentence's own.
   */
  uprRecord?: { start: number; end: number };
  /**
   * Where the sentence reports the submitter's own documentation, as the caller found it from
   * the document's names for its submitter ("of the 1,146 complaints we received, 311 …", "Of
   * the 14 judgments the Centre reviewed, …"): the submitter is the source of the facts there.
   */
  ownWork?: ReadonlyArray<{ start: number; end: number; testimony?: true }>;
}

export type ClaimKind =
  | 'number'
  | 'date'
  | 'detention'
  | 'law'
  | 'judgment'
  | 'attribution'
  | 'quotation'
  | 'event';

export interface ClaimAssessment {
  isClaim: boolean;
  kinds: ClaimKind[];
  /** 0-based [start,end) offsets in the sentence of the words that make it a claim */
  evidence: [number, number][];
  reason: string;
}

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'number',
  'date',
  'detention',
  'law',
  'judgment',
  'attribution',
  'quotation',
  'event',
];

// ---------------------------------------------------------------------------------
// Patterns (compiled once)
// ---------------------------------------------------------------------------------

/** Leading list marker / paragraph number: "- ", "• ", "12. ", "1.3.", "(a) ", "iv. ". */
const LEADER = /^\s*(?:[-*•▪◦–]\s+|\d{1,3}(?:\.\d{1,3})+\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s*|\(?[a-z]\)\s+|\(?[ivx]{1,5}[.)]\s+)/;

/** Salutations of letters and oral statements ("Dear Minister X:", "Your Excellency:", "Mr. President,"). */
const SALUTATION =
  /^(?:Dear\s+[^:,.]{1,60}[:,]|Your\s+Excellenc(?:y|ies)[:,]|(?:Mr\.?|Madam|Madame|Mister)\s+(?:President|Chair(?:person|man|woman)?|Vice-President|Rapporteur|High Commissioner)[:,])\s*/;
/** Discourse openers skipped before looking at the first real word. */
const OPENER =
  /^(?:(?:However|Moreover|Furthermore|Further|In addition|Additionally|Also|Finally|Lastly|Notably|Therefore|Thus|Accordingly|Consequently|Similarly|Unfortunately|Regrettably|Crucially|Importantly|In particular|Instead|Nevertheless|Nonetheless|Still|Yet|Again),?\s+)+/;

const RE_ID = /\b\d{2,3}\.\d{1,3}\b/g; // recommendation IDs like 109.118

/** A named organisation or outlet: a capitalised name with its head word, or a common head noun followed by a name. */
const RE_NAMED_THING =
  /\b(?:[A-Z][\w’'-]+\s+){1,3}(?:TV|Radio|News|Times|Post|Party|Movement|Centre|Center|Union|Association|Society|Foundation|Institute|Network|Coalition|University|College|Group)\b(?<!\b(?:European|African|Soviet|Postal|Telecommunication) Union)(?<!\b(?:Working|Contact|Friendship|Core|Support|Expert|Advisory|Task|Focus|Major|Regional|Political) Group)|\b(?:Facebook|Twitter|YouTube|WhatsApp|Telegram|Instagram|TikTok|Signal|Skype|VKontakte|Wikipedia)\b|\b(?:Radio|TV)\s+[A-Z]|\b(?:Association|Society|Foundation|Institute|Network|Coalition|Union|Centre|Center)\s+(?:of|for)\s+(?:the\s+)?[A-Z]|\b(?:newspaper|news agency|agency|party|union|movement|organi[sz]ation|NGO|centre|website|outlet|channel|magazine|weekly|daily)\s+[“"‘]?[A-Z][\w’'-]+|\b[A-Z][\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,6}\s+\([A-Z]{2,8}\)/u;

const RE_QUOTE = /[“"«„]([^”"»“]{3,600})[”"»]/g;
/**
 * A quotation in single quotes: ‘…’ or '…'. The opening mark follows a space, a colon, a
 * dash or a bracket (not a letter, so "States' obligations" is no quotation); apostrophes
 * between letters inside ("don't") are part of the text.
 */
const RE_QUOTE_SINGLE = /(?<![\p{L}\p{N}])[‘']((?:[^‘’'\n]|(?<=\p{L})['’](?=\p{L})){3,600}?)[’'](?![\p{L}\p{N}])/gu;

const RE_DATE_PATTERNS: RegExp[] = [
  // 12 May 2016 / 12th of May / 12 May
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:[–-]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?:\\s+of)?\\s+(?:${MONTHS})(?:,?\\s+\\d{4})?\\b`, 'g'),
  new RegExp(`\\b(?:${MONTHS}),?\\s+\\d{1,2},?\\s+\\d{4}\\b`, 'g'),
  // May 12, 2016 / May 2016 / on May 12
  new RegExp(`\\b(?:${MONTHS})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}\\b`, 'g'),
  new RegExp(`\\b(?:on|since|from|until|by|between|before|after)\\s+(?:${MONTHS})\\s+\\d{1,2}\\b`, 'gi'),
  // in 2015, since 2010, mid-2016, in early 2019, between 2012 and 2014, 2016–2018
  /\b(?:in|since|during|from|until|till|throughout|between|after|before|by the end of|at the end of|as of|early|mid|late|end of|summer of|spring of|autumn of|winter of|first half of|second half of)[\s-]+(?:(?:early|mid|late)[\s-]+)?(?:19[5-9]\d|20[0-4]\d)\b/gi,
  /\b(?:19[5-9]\d|20[0-4]\d)\s*[–-]\s*(?:19[5-9]\d|20[0-4]\d|\d{2})\b/g,
  // "In March and April …", "in November" (month without a year) — last, so that longer forms win.
  new RegExp(`\\b(?:in|In|on|On|since|Since|by|during|During|until|from|From|early|late|mid-|end of|beginning of)\\s*(?:${MONTHS})(?:\\s+and\\s+(?:${MONTHS}))?\\b`, 'g'),
];

/** Relative dates: anchors for an event, not dates by themselves. */
const RE_RELATIVE_DATE =
  /\b(?:yesterday|today|last (?:week|month|year|night)|(?:earlier |later )?this (?:week|month|year)|(?:yesterday|last week|last month)[’']s)\b/gi;

/** The vocabulary of an evaluation or a trend ("has deteriorated", "increasingly hostile", "no significant changes"). */
const RE_TREND_EVALUATION =
  /\b(?:deteriorat\w*|improv(?:ed|ements?|ing)|(?:made|make|makes|making)\s+(?:\w+\s+)?progress|increasingly|hostile|(?:no|any|little)\s+(?:significant|meaningful|major|real|substantial|notable|tangible)\s+(?:changes?|improvements?|progress)|normali[sz]ed|setbacks?|(?:grown|become|became|grew|got|gotten)\s+(?:\w+\s+)?(?:milder|worse|harsher|weaker|stronger|more|less)\b|worsen\w*|climate|environment|regress\w*|(?:increased|decreased|intensified|escalated)\b)/i;

/** A vague period, not a date: "committed in 2024 and previous years". */
const RE_VAGUE_PERIOD = /\b(?:in\s+)?(?:19|20)\d\d\s+and\s+(?:the\s+)?(?:previous|prior|earlier|preceding|following|subsequent)\s+years\b/gi;

/** Frequencies are counts: "meets twice a year", "three times a week" (not the UPR's "every four and a half years"). */
const RE_FREQUENCY = /\b(?:once|twice|three times|four times|several times)\s+(?:a|per|each)\s+(?:year|month|week|day)\b/gi;

const RE_NUM =
  /(?:[$€£]\s?)?\b\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?\b|(?:[$€£]\s?)?\b\d+(?:\.\d+)?\b(?:\s*(?:%|per\s?cent|percent|million|billion|thousand))?/g;
const RE_SPELLED_NUM =
  /\b(?:(?:one|a)\s+(?:third|quarter|half|fifth|dozen)|half\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|and a half|hundred|thousand))*\b/gi;
/** A spelled number counts when one of the next four words is something counted ("five years", "two trade union leaders"). */
function countedAfter(text: string, end: number): boolean {
  const toks = text.slice(end, end + 60).toLowerCase().split(/[\s,;:()]+/).filter((t) => t !== '');
  for (let i = 0; i < Math.min(4, toks.length); i++) {
    const t = (toks[i] ?? '').replace(/[’']s$/, '').replace(/[^a-z-]/g, '');
    if (COUNT_NOUNS.has(t)) return true;
    if (i === 0 && t.endsWith('-year')) return true;
  }
  return false;
}
const RE_VAGUE_QUANT = /\b(?:dozens|hundreds|thousands|scores|tens of thousands|millions)\s+of\b|\b(?:at least|more than|over|almost|nearly|around|approximately|up to|some|several)\s+(?:a\s+)?(?:dozen|hundred|thousand)\b/gi;

/** Past-tense / perfect / passive event verbs of deprivation of liberty, violence, closure. */
const DETENTION_VERBS =
  // Longer phrases first: the alternation takes the first that matches ("removed from office", not "removed").
  'removed from office|ordered off the air|ceased publication|lost (?:its|their) registration|deregistered|demolished|razed|bulldozed|set fire to|burned down|torched|' +
  'fired (?:on|at)|used (?:tear gas|live ammunition|water cannon)|' +
  'arrested|re-arrested|detained|imprisoned|jailed|incarcerated|convicted|sentenced|released|freed|pardoned|amnestied|' +
  'killed|shot|shot dead|murdered|died|executed|tortured|ill-treated|beaten|beat|assaulted|attacked|abducted|kidnapped|' +
  'disappeared|forcibly disappeared|raided|searched|blocked|closed(?: down)?|shut(?: down)?|dispersed|charged|indicted|' +
  'fined|banned|deported|extradited|expelled|prosecuted|summoned|interrogated|questioned|confiscated|seized|liquidated|' +
  'suspended|dissolved|stripped|placed under house arrest|put behind bars|opened fire|acquitted|evicted|denied (?:entry|registration|access)|' +
  'barred|prevented from (?:leaving|travell?ing)|forced to (?:close|suspend|stop|shut|leave|flee)|froze|frozen|held incommunicado|transferred|rounded up|cracked down|' +
  'targeted|harassed|threatened|intimidated|blacklisted|hacked|censored|removed|dismissed|disbarred|stabbed|injured|wounded|' +
  'languish(?:es|ed|ing)? in (?:prison|jail|detention|custody|pre-trial detention)';
const SOFT_DETENTION = new Set(['targeted', 'harassed', 'threatened', 'intimidated', 'blacklisted', 'censored', 'removed', 'dismissed', 'attacked', 'questioned', 'transferred', 'searched', 'stripped', 'suspended']);
const RE_DETENTION = new RegExp(`\\b(?:${DETENTION_VERBS})\\b`, 'gi');
const RE_DETENTION_NOUN =
  /\b(?:(?:the\s+)?(?:arrests?|detentions?|imprisonment|conviction|sentencing|death\s+sentences?|killings?|murders?|deaths?|abductions?|disappearances?|raids?|closures?|blocking|dispersal|prosecutions?|trials?|executions?|torture)\s+of\s+)/gi;
/** "released" of a publication, not of a person: "a report released today", "Freedom House today released its …". */
const RE_RELEASED_PUBLICATION_BEFORE =
  /\b(?:report|study|survey|publication|statement|findings|data|figures|index|video|book|film|list|ranking|paper|briefing|analysis|guidelines)s?\s+(?:(?:was|were|is|are|has been|have been|had been|just|first)\s+)?$/i;
const RE_RELEASED_PUBLICATION_AFTER =
  /^\s+(?:today|yesterday|this (?:week|month)|(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:report|study|survey|publication|statement|findings|data|figures|index|video|book|film|list|ranking|paper|briefing|analysis)s?\b)/i;
const RE_SENTENCED =
  /\b(?:sentenced|convicted|condemned|jailed|imprisoned)\b[^.;]{0,40}?\b(?:to|for|of|on)\b[^.;]{0,30}?\b(?:years?|months?|days?|life|death|imprisonment|prison|charges?|counts?)\b/gi;

const EVENT_VERBS =
  'adopted|amended|passed|enacted|introduced|ratified|signed|acceded|abolished|repealed|established|created|launched|' +
  'visited|hosted|issued|approved|announced|refused|withdrew|withdrawn|took office|came to power|came into force|entered into force|' +
  'elected|re-elected|registered|revoked|decriminali[sz]ed|criminali[sz]ed|expanded|reduced|increased|decreased|extended|' +
  'restricted|prohibited|outlawed|declared|suspended|postponed|cancelled|rejected|vetoed|published|set up|replaced|appointed|' +
  'transferred|allowed|invited|held|organi[sz]ed|took place|erupted|broke out|protested|went on (?:hunger )?strike|fled|' +
  'ended|began|started|resumed|stopped|lifted|imposed|granted|denied|refused to|has not (?:replied|responded)|' +
  '(?:is|are|became|has become|was) (?:a )?(?:State )?part(?:y|ies) to|did not (?:reply|respond|allow|invite|accept)|(?:has|have) not (?:yet )?(?:accepted|extended)|never|has yet to|have yet to|remains? (?:unchanged|behind bars|in (?:(?:pre-?trial|solitary|incommunicado|arbitrary|police)\\s+)?(?:prison|jail|detention|confinement|custody|force))';
const RE_EVENT = new RegExp(`\\b(?:${EVENT_VERBS})\\b`, 'gi');

const RE_JUDGMENT = new RegExp(
  `\\b(?:European Court of Human Rights|Grand Chamber|(?:ECOWAS|East African|African|Caribbean|SADC)\\s+Court(?:\\s+of\\s+(?:Justice|Human and Peoples’ Rights))?|Court\\s+of\\s+Justice|ECtHR|Strasbourg Court|Inter-American Court[\\w ]*?|(?:Constitutional|Supreme|District|City|Regional|Military|Appeal|Appeals|Grave Crimes|Administrative|Economic)\\s+Court|Court of Appeals?|(?:the|a)\\s+court|judges?|Working Group on Arbitrary Detention)\\b[^.;]{0,80}?\\b(?:found|ruled|held|delivered|convicted|sentenced|acquitted|upheld|rejected|dismissed|ordered|banned|declared|quashed|overturned|refused|recogni[sz]ed|determined|concluded)\\b`,
  'gi',
);
const RE_JUDGMENT_NOUN =
  /\b(?:judgments?|judgements?|rulings?|verdicts?|decisions?|opinions?)\s+(?:of|by|in|no\.?|adopted|issued|concerning)\s+(?:the\s+)?(?:[A-Z][\w-]*|\d)/g;
const RE_JUDGMENT_AGAINST = /\b(?:guilty\s+)?(?:judgments?|rulings?|verdicts?|sentences?|sentencing|convictions?)\s+(?:against|of)\s+(?:[\w’',-]+\s+){0,5}?[A-Z][\w’'-]+/g;
const RE_GUILTY = /\b(?:found|pleaded|pled|declared)\s+(?:not\s+)?guilty\b/g;
const RE_JUDGMENT_PASSIVE =
  /\b(?:upheld|overturned|quashed|handed down|imposed|confirmed|annulled)\s+by\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:court|tribunal|judge)\b/gi;

const RE_MODAL =
  /\b(?:should|must|ought to|need(?:s)? to|has to|have to|is urged to|are urged to|is called (?:on|upon) to|it is (?:essential|crucial|important|vital|imperative|necessary|urgent) (?:that|to|for)|it is of (?:utmost|the utmost|paramount|great) importance)\b/i;
const RE_GOVT_SUBJECT =
  /^(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:government|authorities|state|states|parliament|legislature|courts?|judiciary|police|prosecutors?|officials|ministry|president|member states|international community|partners|council|country|it|they|all)\b/i;

type Span = [number, number];

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    yield m;
  }
}

function overlaps(a: Span, spans: readonly Span[]): boolean {
  for (const b of spans) if (a[0] < b[1] && b[0] < a[1]) return true;
  return false;
}

const RE_CAP_WORD = /\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w’'-]+|\b[A-ZÀ-Þ][a-zà-ÿ’'-]+(?:\s+(?:[A-ZÀ-Þ][a-zà-ÿ’'-]+|al-[A-Z][a-z]+|(?:bin|ibn|de|van|von)(?=\s+[A-ZÀ-Þ])))+/g;

/** Person names: two or more capitalised words none of which is an institutional/place word. */
function personNames(text: string): Span[] {
  const out: Span[] = [];
  const stateWords = getStateWords();
  for (const m of matches(RE_CAP_WORD, text)) {
    const raw = m[0];
    if (/^(?:Mr|Ms|Mrs|Dr)\b/.test(raw)) {
      out.push([m.index, m.index + raw.length]);
      continue;
    }
    const words = raw.split(/\s+/);
    // Trim leading non-name words ("In Tashkent", "The Ilgar Mammadov" → "Ilgar Mammadov").
    let i = 0;
    let offset = m.index;
    while (i < words.length) {
      const w = (words[i] ?? '').replace(/[’']s$/, '');
      if (NON_NAME_WORDS.has(w) || stateWords.has(w)) {
        offset += (words[i] ?? '').length + 1;
        i++;
      } else break;
    }
    const rest = words.slice(i);
    if (rest.length < 2) continue;
    let ok = true;
    for (const w0 of rest) {
      const w = w0.replace(/[’']s$/, '');
      if (NON_NAME_WORDS.has(w) || stateWords.has(w)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // Sentence-initial two-word sequences like "Authorities Cracked" don't happen; accept.
    out.push([offset, m.index + raw.length]);
  }
  return out;
}

/**
 * A named place after a preposition: "in Erbil", "at Sasimwani in the Mau Forest", "the village
 * of Roshankouh", "in Harare and Chitungwiza". A country (or its adjective) is not specific
 * enough, nor are the common capitalised words of institutions and law.
 */
const RE_PLACE = /\b(?:(?:in|at|near|outside|from)\s+(?:the\s+)?(?:(?:village|town|city|district|region|province|settlement|camp|community|neighbou?rhood|prison|township)\s+of\s+)?|(?:village|town|city|district|region|province|settlement|camp|community|neighbou?rhood|prison|township|mayor|governor)\s+of\s+)([A-Z][\p{L}’'-]+(?:[\s-][A-Z][\p{L}’'-]+){0,3})/gu;
function namedPlaces(text: string): Span[] {
  const stateWords = getStateWords();
  const out: Span[] = [];
  for (const m of matches(RE_PLACE, text)) {
    const words = (m[1] ?? '').split(/[\s-]+/).map((w) => w.replace(/[’']s$/, ''));
    if (words.every((w) => NON_NAME_WORDS.has(w) || stateWords.has(w) || MONTH_WORDS.has(w))) continue;
    const at = m.index + m[0].length - (m[1] ?? '').length;
    out.push([at, at + (m[1] ?? '').length]);
  }
  return out;
}
/** The months' full names (the lexicon's list also has their abbreviations). */
const MONTH_WORDS = new Set(MONTHS.split('|').filter((m) => /^[A-Z][a-z]+$/.test(m)));

function firstWord(text: string): string {
  const m = /^[“"‘']?([A-Za-z][\w-]*)/.exec(text);
  return m?.[1] ?? '';
}

// ---------------------------------------------------------------------------------
// The detector
// ---------------------------------------------------------------------------------

const MAX_SCAN = 2000;

/**
 * What the submitter knows of no instance of ("we are not aware of a single employer having been prosecuted since 2010"):
 * no event is asserted. (Not "To our knowledge, no one has been convicted …": that asserts the fact, hedged.)
 */
const OWN_KNOWLEDGE_OF_NONE = /\bwe\s+are\s+not\s+aware\b|\bwe\s+know\s+of\s+no\b/i;
/** The submitter's own assessment, or its knowledge of none. */
const OWN_ASSESSMENT = new RegExp(String.raw`\bin\s+our\s+(?:assessment|view|opinion|experience|analysis)\b|${OWN_KNOWLEDGE_OF_NONE.source}`, 'i');

/** The clause holding a span: from the last ";", ":" or ", and/but/yet" before it to the next one after. */
function clauseRange(text: string, sp: Span): Span {
  const boundary = /[;:]|,\s*(?:and|but|while|whereas|yet)\s/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index + m[0].length <= sp[0]) from = m.index + m[0].length;
    else if (m.index >= sp[1]) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

function clauseAround(text: string, sp: Span): string {
  const [from, to] = clauseRange(text, sp);
  return text.slice(from, to);
}

function notClaim(reason: string): ClaimAssessment {
  return { isClaim: false, kinds: [], evidence: [], reason };
}

/**
 * Decide whether `sentence` asserts a specific, checkable fact that needs a source.
 * `sentence` is one sentence without its citation markers; offsets in `evidence` are
 * 0-based UTF-16 offsets into it.
 */
export function assessClaim(sentence: string, context: ClaimContext = {}): ClaimAssessment {
  if (context.isHeading) return notClaim('heading');
  if (context.inRecommendationsSection) return notClaim('in the recommendations section');

  // Skip list markers / paragraph numbers and discourse openers.
  let start = 0;
  const lead = LEADER.exec(sentence);
  if (lead) start = lead[0].length;
  let body = sentence.slice(start);
  const salutation = SALUTATION.exec(body);
  if (salutation) {
    start += salutation[0].length;
    body = sentence.slice(start);
  }
  const opener = OPENER.exec(body);
  if (opener) {
    start += opener[0].length;
    body = sentence.slice(start);
  }
  if (body.trim().length === 0) return notClaim('empty');
  if (isTitleLine(body)) return notClaim('a title or draft line, no assertion');
  // "Unless otherwise indicated, statistical data are taken from …": where the document's figures come from.
  if (/^(?:Unless\s+otherwise\s+(?:indicated|stated|noted),\s+)?(?:the\s+|all\s+)?(?:statistical\s+)?(?:data|figures|statistics|information)\s+(?:in\s+this\s+\w+\s+)?(?:are|is|were|was)\s+(?:taken|drawn|derived|obtained|sourced)\s+from\b/i.test(body)) return notClaim("the document's own sources");
  // "Figures to be updated to 31 March before sending.": a note to the drafters.
  if (/\b(?:to\s+be\s+(?:updated|completed|checked|confirmed|added|inserted|revised|finali[sz]ed)|TODO|TBC|TBD|before\s+(?:sending|submission)|track\s+changes)\b/.test(body)) return notClaim('a drafting note');
  // A table cell with no verb ("3,145", "Branch 215, Kafr Sousa"): a value the row's other cells explain, no assertion of its own.
  if (context.inTableCell && !VERB_LIKE.test(body.toLowerCase().replace(/\bunited\b/g, ''))) return notClaim('a table cell without a verb');
  // The submitter's own documentation as the source of the figures: "Our database held the names of 65,116 persons …",
  // "Of the 96 trials our monitors observed …", "Member organisations of the coalition recorded 38 cases …".
  // As the sentence's subject or frame, it covers the whole sentence; further on, only its own clause ("…, and women
  // told us that …" leaves the clause before it a fact). "X told us:" introduces the submitter's interview.
  const ownDoc = RE_OWN_DOCUMENTATION.exec(body);
  const ownDocFrames = ownDoc !== null && ownDoc.index < 45 && (!/\btold\s+us\b/i.test(ownDoc[0]) || /:\s*$/.test(body));
  if (ownDocFrames || context.ownWork?.some((w) => w.testimony !== true && w.start <= start && w.end >= sentence.trimEnd().length)) return notClaim("the submitting organisation's own documentation");
  const ownDocSpan: Span | undefined = ownDoc ? [start + ownDoc.index, start + ownDoc.index + ownDoc[0].length] : undefined;
  // "Not implemented (see paras. 24–29)": an implementation status, as a row or list of the follow-up gives it.
  // (Not a status followed by what was done: "Partially implemented: State contribution of CHF 350,000 a year".)
  if (/^(?:not\s+(?:yet\s+)?|partially\s+|partly\s+|fully\s+|largely\s+)?implemented\b[^.;:]{0,80}$/i.test(body.trim())) return notClaim('an implementation status');
  // A follow-up table's status cell: "Reversed since October 2018 (section 3)", "In progress", "No progress".
  if (context.inTableCell && /^(?:reversed|regressed|rolled\s+back|in\s+progress|ongoing|no\s+progress|partial(?:ly)?|withdrawn|pending)\b[^.;]{0,60}$/i.test(body.trim())) return notClaim('an implementation status');
  // "The breadth of article 29 is best shown by quoting it:", "Article 5 reads as follows:": the lead-in to a quotation.
  if (/\b(?:quot(?:ing|ed|e)|as\s+follows|reads|provides)\b[^.:]*:\s*$/i.test(body)) return notClaim('the lead-in to a quotation');
  // "— M.A., interviewed in Istanbul on 14 January 2018": the attribution line of a quotation.
  if (/^[—–]\s*\S/.test(body) && body.length < 200) return notClaim("a quotation's attribution line");

  // --- Exclusions that look at how the sentence opens --------------------------------
  const fw = firstWord(body);
  const fwl = fw.toLowerCase();
  if (fw !== '' && IMPERATIVE_VERBS.has(fwl) && /^[“"‘']?[A-Z]/.test(body)) {
    // "Release all …", "Repeal Article 147", "Immediately release …" — but not
    // "Support for NGOs fell …" (noun use): require a following determiner/object.
    const after = body.slice(body.indexOf(fw) + fw.length);
    // (Nor a noun followed by its verb: "Sign language is not recognised in law".)
    if ((!/^\s+(?:for|of|from)\b/i.test(after) && !/^\s+[\p{L}-]+\s+(?:is|are|was|were|has|have|had|remains?|can|cannot|may|must|does|do|did)\b/iu.test(after)) || /^(?:immediately|urgently|promptly|fully|swiftly|publicly)$/i.test(fwl)) {
      return notClaim(`recommendation (imperative “${fw}”)`);
    }
  }
  // "Given that only 12% of Roma children finish school, adopt a scholarship programme": a call, its reason first.
  const reasonThenCall = /^(?:Given\s+(?:that|the)|In\s+view\s+of|Considering|Bearing\s+in\s+mind)\b[^;]{3,200}?,\s*([a-z]+)\b/.exec(body);
  if (reasonThenCall && IMPERATIVE_VERBS.has(reasonThenCall[1]!)) return notClaim(`recommendation (imperative “${reasonThenCall[1]}” after its reason)`);
  if (RE_STRUCTURE.test(body) || RE_STRUCTURE_VERB.test(body) || RE_MAKE_THIS_SUBMISSION.test(body) || /^it\s+(?:was|has been)\s+(?:finali[sz]ed|completed|(?:last\s+)?updated)\b/i.test(body)) {
    return notClaim("the document's own structure");
  }

  // "These included: to rapidly implement the 2013 Media Law; to end censorship; …": the content of
  // recommendations named in the sentence before (UPR record, handled by the recommendation rules).
  if (/^(?:these|they|those|such recommendations)\s+(?:included|include|were|called for|urged)\s*:?\s+(?:calls?\s+)?to\s+(?:[a-z]+ly\s+)?[a-z]+/i.test(body)) {
    return notClaim('statement about the UPR record (what recommendations asked for)');
  }

  // The submitter speaking: calls, own work, self-description.
  if (RE_CALL.test(body)) return notClaim('call to action by the submitter');
  let assessFrom = start;
  // "In 2019, we interviewed …", "Since 2015, our clinic has …": the submitter is still the subject.
  const subjectBody = body.replace(FRONTED_ADVERBIAL, '');
  const leadIn = LEAD_IN.exec(body);
  if (leadIn) {
    assessFrom = start + leadIn[0].length;
  } else if (SUBMITTER_SUBJECT.test(subjectBody)) {
    // The subject's head noun, a whole word: "our monitors", not the "monitor" of "we monitored".
    const afterSubj = subjectBody.replace(SUBMITTER_SUBJECT, '').replace(/^\s*(?:(?:organi[sz]ations?|team|members?|researchers?|monitors?|partners?|staff|colleagues|lawyers)\b)?\s*/i, '');
    // "our mobile clinics in Cox's Bazar provided …": the subject's noun phrase can be long, and it is ours.
    // "Our member congregations … are present in all ten provinces": what the submitter's own members are and run.
    const ourMembersAre = /^our\b/i.test(subjectBody) && /^(?:[\p{L}-]+\s+){0,4}?(?:are|run|runs|operate|operates)\b/iu.test(afterSubj);
    if (ourMembersAre || ownWorkAhead(afterSubj, /^our\b/i.test(subjectBody) ? 7 : 4) || /^(?:have|has|had|are|were|was|is|cannot|can(?:not)?|could(?:\s+not)?|do|does|did)\b/i.test(afterSubj) || RE_ORG_DESCRIPTION.test(body) || RE_DRAWS_ON_OWN.test(body)) {
      return notClaim("the submitting organisation's own work");
    }
  }
  const bodyNoPlace = body.replace(/^(?:Between|From)\s+\d{4}\s+(?:and|to)\s+\d{4},\s*/, '').replace(/^(?:In|For|On|Since|During)\s+(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}),\s*/, '')
    // "Created in 1985, the OMCT is …", "With over 200 member organisations, X is …": the organisation's own profile.
    .replace(/^(?:(?:Created|Founded|Established|Set up|Formed|Registered|Launched)\s+in\s+[^,]{1,40}|(?:Since|From)\s+(?:its|their)\s+(?:founding|foundation|establishment|creation|inception|registration)(?:\s+in\s+[^,]{1,30})?|With\s+(?:over|more than|some|around|nearly|about)?\s*[^,]{0,160}?\b(?:members?|organi[sz]ations|groups|offices|staff|correspondents|partners|branches|volunteers)\b[^,]{0,120}),\s*/, '');
  if (RE_ORG_IS_A.test(bodyNoPlace)) return notClaim('description of an organisation');
  if (RE_OWN_DOC_SUBJECT.test(bodyNoPlace)) return notClaim("the document's own structure");
  if (RE_DRAWS_ON_OWN.test(bodyNoPlace) || RE_OUR_FINDINGS_DRAW.test(body) || RE_OWN_CASEWORK.test(body) || RE_IT_OWN_WORK.test(body.replace(/^(?:In|Since|From|During|Between)\s+(?:(?:early|mid|late)[-\s])?\d{4}(?:\s+(?:and|to|[-–])\s+\d{4})?,?\s+/i, '')) || RE_IT_OWN_WORK.test(bodyNoPlace)) return notClaim("the submitting organisation's own work");
  const orgSubj = ORG_SUBJECT.exec(bodyNoPlace);
  if (orgSubj && !RE_OFFICIAL_START.test(bodyNoPlace)) {
    const rest = bodyNoPlace
      .slice(orgSubj[0].length)
      .replace(ORG_NAME_TAIL, '')
      // co-submitters: "CIVICUS, Brainforest and Dynamique Citoyen analyse …", "IPHR (…) and the Helsinki Foundation (HFHR) note …"
      .replace(/^(?:\s*(?:\([^)]*\)\s*)?,\s*(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|for|and|on|the|de))*)*\s*(?:\([^)]*\)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|for|on|the|de))*\s*(?:\([^)]*\))?/, '')
      .replace(/^\s*(?:\([^)]*\)\s*)?(?:,(?:[^,]{0,100},){1,2}\s*)?/, '');
    if (RE_ORG_DESCRIPTION.test(body) && /^(?:is|are|was|,|has|have|\(|brings?\b)/i.test(rest)) {
      return notClaim('description of the submitting organisation');
    }
    if (ownWorkAhead(rest) || RE_ORG_OWN_VERB.test(rest) || RE_ORG_PRESENT_CALL.test(rest.slice(0, 40))) {
      return notClaim("the submitting organisation's own work or call");
    }
  }
  if (/^(?:founded|established|based)\s+in\b/i.test(body) || RE_ORG_DESCRIPTION.test(body) && /\b(?:we|our)\b/i.test(body)) {
    return notClaim('description of the submitting organisation');
  }

  // Pathologically long "sentences" (a list flattened by the segmenter) are scanned only
  // at their start, to bound the cost; offsets stay valid because this is a prefix.
  const text = sentence.length > MAX_SCAN ? sentence.slice(0, MAX_SCAN) : sentence;
  const region: Span = [assessFrom, text.length];
  const inRegion = (s: Span): boolean => s[0] >= region[0];

  // --- Features ----------------------------------------------------------------------
  const ev = new Map<ClaimKind, Span[]>();
  const add = (k: ClaimKind, s: Span): void => {
    if (!inRegion(s)) return;
    const list = ev.get(k);
    if (list) list.push(s);
    else ev.set(k, [s]);
  };

  // Spans that look like numbers but are not statistics.
  const excluded: Span[] = [];
  for (const m of matches(/\b[A-Z]{1,5}(?:\/[\w.-]+){2,}/g, text)) excluded.push([m.index, m.index + m[0].length]); // UN symbols
  for (const m of matches(RE_ID, text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // A list of IDs after "paras." or "recommendations" ("paras. 96.18, 96.20 and 96.43") is references, not statistics.
    const idList = /\b(?:paras?\.?|recommendations?)\s*(?:\d{1,3}\.\d{1,3}(?:\s*\([^)]*\))?\s*(?:,|and|to|–|-)\s*)+$/i.test(before);
    if (!idList && /(?:Articles?|Art\.|Sections?|Chapters?|Paragraphs?|,|and)\s*$/.test(text.slice(Math.max(0, m.index - 12), m.index)) && !/\bparas?\.?\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    excluded.push([m.index, m.index + m[0].length]);
  }
  for (const m of matches(RE_REVIEW_DATE, text)) excluded.push([m.index, m.index + m[0].length]);
  for (const m of matches(RE_SESSION_LABEL, text)) excluded.push([m.index, m.index + m[0].length]);
  const processSpans: Span[] = [];
  for (const m of matches(RE_PROCESS_FORWARD, text)) {
    const sp: Span = [m.index, processClauseEnd(text, m.index + m[0].length, 70)];
    excluded.push(sp);
    processSpans.push([m.index, m.index + m[0].length]); // "… review of Nepal, to be held …": the calendar's own verb is no event
  }
  // Recommendation numbers of the review's report ("Uruguay (#22)", "(#25, 94-101, 151)") and the
  // dates of UN resolutions ("Resolution 5/1 of 18 June 2007"): references, not facts.
  for (const m of matches(/\(#\s*\d[^)]{0,60}\)|#\s*\d+(?:\s*[–-]\s*\d+)?/g, text)) excluded.push([m.index, m.index + m[0].length]);
  for (const m of matches(new RegExp(`\\b(?:resolution|decision)\\s+(?:No\\.?\\s*)?\\d[\\w./-]*\\s+(?:of|dated)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\s+\\d{4}`, 'gi'), text)) excluded.push([m.index, m.index + m[0].length]);
  for (const m of matches(RE_PROCESS_BACKWARD, text)) excluded.push([m.index, m.index + m[0].length]);
  // The UPR calendar also covers who did it ("The Human Rights Council considered and adopted the outcome …").
  for (const m of matches(RE_UPR_OUTCOME_ADOPTION, text)) processSpans.push([m.index, processClauseEnd(text, m.index + m[0].length, 70)]);
  excluded.push(...processSpans);
  for (const m of matches(RE_VAGUE_PERIOD, text)) excluded.push([m.index, m.index + m[0].length]);
  // "none of the three laws", "both of these bills": counting what the sentence already named.
  for (const m of matches(/\b(?:none|all|each|any|neither|both|either|one|two|three)\s+of\s+(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/gi, text)) excluded.push([m.index, m.index + m[0].length]);
  // "Four years later", "two months on", "Four years after the review": time told relative to something else, not a count.
  for (const m of matches(/\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:years?|months?|weeks?|days?)\s+(?:later|on|afterwards|earlier|after\s+(?:the|its|that|this)\s+(?:\w+\s+)?(?:review|UPR|cycle|session|recommendations?))\b/gi, text)) excluded.push([m.index, m.index + m[0].length]);
  // "Four States — Thailand, Turkey, Mexico and Uruguay — recommended …": the count of recommending States is the UPR record.
  for (const m of matches(/\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s+(?:other\s+)?(?:States|countries|delegations)\b(?=[^.;]{0,120}?\b(?:recommended|urged|asked|called\s+(?:on|for)|proposed|raised)\b)/gi, text)) excluded.push([m.index, m.index + m[0].length]);
  for (const m of matches(/\b\d+(?:st|nd|rd|th)\b/g, text)) excluded.push([m.index, m.index + m[0].length]); // ordinals
  for (const m of matches(/\b(?:resolution|decision|para(?:graph)?s?\.?|No\.|Nº|page|p\.|pp\.|item|index|session|tel|fax|opinion)\s*\d[\w./–-]*/gi, text)) excluded.push([m.index, m.index + m[0].length]);
  for (const m of matches(/\bARTICLE\s+19\b|\bArticle\s+19(?=\s+(?:and|is|has|works|calls|urges|recommends|welcomes|'s|’s))|\bCommission\s+\d+\b|\b(?:COVID|Covid)-19\b|\bG\d+\b|\b\d{1,2}:\d{2}\b/g, text)) excluded.push([m.index, m.index + m[0].length]);

  // Laws and articles.
  const lawSpans: Span[] = [];
  // (A law's own number is no statistic, but it is the law's name: "Law No. 47/2017".)
  const notLawNumbers = excluded.filter((e) => !/^(?:No\.|Nº)/i.test(text.slice(e[0], e[1])));
  for (const re of RE_LAW_PATTERNS) {
    for (const m of matches(re, text)) {
      const s: Span = [m.index, m.index + m[0].trimEnd().length];
      if (overlaps(s, notLawNumbers)) continue;
      lawSpans.push(s);
      add('law', s);
    }
  }
  for (const m of matches(RE_YEAR_LAW, text)) {
    const s: Span = [m.index, m.index + m[0].length];
    lawSpans.push(s);
    add('law', s);
  }
  for (const m of matches(RE_NAMED_LAW, text)) {
    if (m[0].split(/\s+/).some((w) => GENERIC_LAW_WORDS.has(w))) continue;
    const s: Span = [m.index, m.index + m[0].length];
    if (overlaps(s, lawSpans)) continue;
    lawSpans.push(s);
    add('law', s);
  }

  // Dates.
  const dateSpans: Span[] = [];
  for (const re of RE_DATE_PATTERNS) {
    for (const m of matches(re, text)) {
      const s: Span = [m.index, m.index + m[0].length];
      if (overlaps(s, dateSpans) || overlaps(s, excluded)) continue;
      dateSpans.push(s);
    }
  }
  // Bare years in running text ("… the 2013 elections", "(2015)") count as weak dates.
  const bareYears: Span[] = [];
  for (const m of matches(/\b(?:19[5-9]\d|20[0-4]\d)\b/g, text)) {
    const s: Span = [m.index, m.index + 4];
    if (!overlaps(s, dateSpans) && !overlaps(s, excluded) && !overlaps(s, lawSpans)) bareYears.push(s);
  }

  // Numbers (not years, IDs, articles, ordinals, symbols, dates).
  const numSpans: Span[] = [];
  for (const m of matches(RE_NUM, text)) {
    const s: Span = [m.index, m.index + m[0].length];
    const v = m[0];
    if (overlaps(s, excluded) || overlaps(s, dateSpans) || overlaps(s, lawSpans) || overlaps(s, bareYears)) continue;
    if (/^(?:19[5-9]\d|20[0-4]\d)$/.test(v)) continue;
    // A number right after "Article"/"Section"/"Law" etc. not caught above.
    const before = text.slice(Math.max(0, s[0] - 14), s[0]);
    if (/(?:Article|Art\.|Section|Chapter|Paragraph|Para\.|para\.|Law|Decree|Resolution|Protocol|Item|Annex|Point|Rule|Principle|Goal|SDG|Target|cycle|No\.?)\s*$/i.test(before)) continue;
    if (/[A-Za-z]$/.test(before) && !/\s$/.test(before)) continue; // part of a code like "A19"
    numSpans.push(s);
    add('number', s);
  }
  for (const m of matches(RE_FREQUENCY, text)) {
    const s: Span = [m.index, m.index + m[0].length];
    if (overlaps(s, excluded) || overlaps(s, numSpans)) continue;
    numSpans.push(s);
    add('number', s);
  }
  for (const m of matches(RE_SPELLED_NUM, text)) {
    const s: Span = [m.index, m.index + m[0].length];
    if (overlaps(s, excluded)) continue;
    // ("Seventeen", "fourteen": a number past ten is a count whatever follows; "two" and "five" need the thing counted.)
    if (!/^(?:half\s+of|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)/i.test(m[0]) && !countedAfter(text, s[1])) continue;
    if (/\b(?:last|past|next|previous|recent|first|coming|following)\s*$/i.test(text.slice(Math.max(0, s[0] - 12), s[0]))) continue;
    numSpans.push(s);
    add('number', s);
  }
  const vague: Span[] = [];
  for (const m of matches(RE_VAGUE_QUANT, text)) vague.push([m.index, m.index + m[0].length]);

  // Names of people.
  const names = personNames(text).filter(inRegion);

  // Quotations (four words or more; short scare quotes such as “extremist” don't count).
  for (const m of [...matches(RE_QUOTE, text), ...matches(RE_QUOTE_SINGLE, text)]) {
    const inner = m[1] ?? '';
    if (inner.trim().split(/\s+/).length < 5) continue;
    // "…,” said Jane Doe, Central Asia researcher at Human Rights Watch: the submitter's own voice.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    if (RE_OWN_STAFF_SPEAKER.test(after)) continue;
    add('quotation', [m.index, m.index + m[0].length]);
  }

  // Attribution to a named official body.
  for (const m of [...matches(RE_ATTRIBUTION, text), ...matches(RE_INSTITUTION_ATTRIBUTION, text)]) {
    const body = (m[1] ?? '').trim();
    const gap = m[2] ?? '';
    // Generic subjects ("the authorities", "officials") only when the verb follows directly.
    if (GENERIC_BODY.test(body) && !/^\s*(?:\w+ly\s*)?$/.test(gap)) continue;
    if (/\b(?:yet to|failed to|have to|has to|to)\s*$/.test(gap)) continue;
    // "Neither the Authority nor the Ministry has reported …", "… has not reported": no statement was made.
    if (/\b(?:neither|nor|not|never|no)\b/i.test(gap) || /\b(?:neither|nor)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    add('attribution', [m.index, m.index + m[0].length]);
  }
  for (const m of matches(RE_NAMED_SOURCE, text)) add('attribution', [m.index, m.index + m[0].length]);
  // "According to …" names where a fact comes from; in a statement of the UPR record that fact is the record.
  const accordingSpans: Span[] = [];
  for (const m of matches(RE_ACCORDING, text)) {
    accordingSpans.push([m.index, m.index + m[0].length]);
    add('attribution', [m.index, m.index + m[0].length]);
  }

  // Judgments.
  for (const m of matches(RE_JUDGMENT, text)) add('judgment', [m.index, m.index + m[0].length]);
  for (const m of matches(RE_JUDGMENT_NOUN, text)) add('judgment', [m.index, m.index + m[0].length]);
  for (const m of matches(RE_SENTENCED, text)) add('judgment', [m.index, m.index + m[0].length]);
  for (const m of matches(RE_GUILTY, text)) add('judgment', [m.index, m.index + m[0].length]);
  for (const m of matches(RE_JUDGMENT_PASSIVE, text)) add('judgment', [m.index, m.index + m[0].length]);
  if (dateSpans.length > 0 || /\b(?:yesterday|today|last (?:week|month))/i.test(text)) {
    for (const m of matches(RE_JUDGMENT_AGAINST, text)) add('judgment', [m.index, m.index + m[0].length]);
  }

  // Anchors that make an event specific.
  const anchors: Span[] = [...numSpans, ...dateSpans, ...names, ...lawSpans];
  const relDates: Span[] = [];
  for (const m of matches(RE_RELATIVE_DATE, text)) relDates.push([m.index, m.index + m[0].length]);
  const hasAnchor = anchors.some(inRegion) || bareYears.some(inRegion) || vague.some(inRegion) || relDates.some(inRegion) ||
    (ev.get('attribution')?.length ?? 0) > 0 || (ev.get('judgment')?.length ?? 0) > 0;
  // Named organisation/outlet as the object ("shut down the independent trade union", "blocked Meydan TV")
  // A named organisation or outlet ("blocked Meydan TV", "the Musavat Party", "the newspaper Zerkalo"):
  // the name must be there; a bare common noun ("NGO staff", "the organisation") is not specific.
  const namedThing = RE_NAMED_THING.test(text.slice(assessFrom));
  // Named places anchor events; looked for only when the other anchors are missing.
  let places: Span[] | undefined;
  const hasPlace = (): boolean => (places ??= namedPlaces(text).filter(inRegion)).length > 0;

  // Dates: a date is a claim when the sentence reports something that happened.
  for (const s of dateSpans) add('date', s);

  // Detention-type events.
  const detentionHits: Span[] = [];
  for (const m of matches(RE_DETENTION, text)) {
    if (/^released$/i.test(m[0]) && (RE_RELEASED_PUBLICATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || RE_RELEASED_PUBLICATION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))) continue;
    detentionHits.push([m.index, m.index + m[0].length]);
  }
  for (const m of matches(RE_DETENTION_NOUN, text)) detentionHits.push([m.index, m.index + m[0].length]);
  const hardAnchor = anchors.some(inRegion) || bareYears.some(inRegion) || relDates.some(inRegion) ||
    (ev.get('attribution')?.length ?? 0) > 0 || (ev.get('judgment')?.length ?? 0) > 0;
  for (const s of detentionHits) {
    if (!hardAnchor && !namedThing && /\b(?:remain|remains|remained|continue to be|continues to be)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, s[0] - 40), s[0]))) continue;
    const w = text.slice(s[0], s[1]).toLowerCase();
    const soft = SOFT_DETENTION.has(w);
    // "he was arrested", "they were detained on …": a past event that befell a particular person or
    // group named before (the sentence is anaphoric), unlike "activists have been detained".
    const personal = /\b(?:he|she|they)\s+(?:was|were)\s+(?:(?:later|then|also|again|subsequently|eventually|finally|first)\s+)?$/i.test(text.slice(Math.max(0, s[0] - 40), s[0]));
    if (soft ? hardAnchor : hasAnchor || namedThing || personal || hasPlace()) add('detention', s);
  }

  // Other specific events (adoption of a law, a visit, a ban …) need an anchor.
  const eventHits: Span[] = [];
  for (const m of matches(RE_EVENT, text)) eventHits.push([m.index, m.index + m[0].length]);
  if (eventHits.length > 0 && (dateSpans.length > 0 || numSpans.length > 0 || names.length > 0 || lawSpans.length > 0 || bareYears.length > 0 || namedThing || hasPlace() || /\b(?:Convention|Covenant|Protocol|Statute|Treaty|Charter|ICCPR|ICESCR|CEDAW|CERD|CRPD|OPCAT|ICPPED|UNCAT)\b/.test(text))) {
    for (const s of eventHits) add('event', s);
  }
  // The State's record with named UN mechanisms: invitations, visit requests and cooperation
  // ("has repeatedly postponed visits, including by the Working Group on Enforced Disappearances",
  // "has suspended all cooperation with the Office of the High Commissioner", "failed to respond to
  // requests from the Special Rapporteurs on torture …"). Checkable in the mechanisms' own records.
  const cooperationSpans: Span[] = [];
  const mechanism = RE_UN_MECHANISM.exec(text.slice(assessFrom));
  if (mechanism && !/\bshould|\bmust\b|\burge/i.test(text)) {
    for (const m of matches(RE_COOPERATION_EVENT, text)) {
      cooperationSpans.push([m.index, m.index + m[0].length]);
      add('event', [m.index, m.index + m[0].length]);
    }
  }

  // --- Exclusions that look at the whole sentence -------------------------------------
  if (processSpans.length > 0) {
    for (const k of ['attribution', 'event'] as const) {
      const spans = ev.get(k);
      if (spans) ev.set(k, spans.filter((sp) => !processSpans.some((p) => sp[0] >= p[0] && sp[0] < p[1])));
    }
  }
  // "…, and in the four years since then impunity has, in our assessment, grown worse": a count or date in a clause
  // that gives the submitter's own assessment marks its period, it is no fact to source.
  if (OWN_ASSESSMENT.test(text)) {
    // Opening the sentence ("In our view these commitments have not been honoured; the framework has widened since 2012"), it frames all of it.
    const framesAll = OWN_ASSESSMENT.exec(text.slice(assessFrom))?.index === 0;
    for (const k of ['number', 'date'] as const) ev.set(k, (ev.get(k) ?? []).filter((sp) => !framesAll && !OWN_ASSESSMENT.test(clauseAround(text, sp))));
    for (const k of ['detention', 'event'] as const) ev.set(k, (ev.get(k) ?? []).filter((sp) => !OWN_KNOWLEDGE_OF_NONE.test(clauseAround(text, sp))));
  }
  // The clause where the submitter reports its own documentation ("yet our interviews show that arrests continued throughout 2018").
  if (ownDocSpan) {
    const [from, to] = clauseRange(text, ownDocSpan);
    for (const [k, spans] of ev) ev.set(k, spans.filter((sp) => sp[0] < from || sp[0] >= to));
  }
  for (const w of context.ownWork ?? []) for (const [k, spans] of ev) if (k !== 'law' || w.testimony !== true) ev.set(k, spans.filter((sp) => sp[0] < w.start || sp[0] >= w.end));
  let kinds = CLAIM_KINDS.filter((k) => (ev.get(k)?.length ?? 0) > 0);

  // Calls to action phrased with a modal ("The Government should …", "Azerbaijan must …"):
  // not a claim unless it reports what a named body said.
  const modal = RE_MODAL.exec(text.slice(assessFrom));
  // "Under rules adopted in 2015, NGOs must obtain …" describes what a law requires, it asks for nothing.
  const underLaw = modal !== null && /^\s*(?:Under|Pursuant\s+to|By\s+virtue\s+of|In\s+accordance\s+with)\s/i.test(text.slice(assessFrom, assessFrom + modal.index));
  // "…, the State should open investigations; instead, the military courts imposed light sentences …": the call ends at
  // the semicolon, and what follows is a fact of its own (only that part counts).
  const callEnd = modal ? text.indexOf(';', assessFrom + modal.index) : -1;
  if (callEnd >= 0 && [...ev.values()].some((spans) => spans.some((sp) => sp[0] > callEnd))) {
    for (const [k, spans] of ev) ev.set(k, spans.filter((sp) => sp[0] > callEnd));
    kinds = CLAIM_KINDS.filter((k) => (ev.get(k)?.length ?? 0) > 0);
  } else if (modal && !underLaw && !/\b(?:which|whom)\s+(?:[\w’'-]+\s+){1,3}$/i.test(text.slice(assessFrom, assessFrom + modal.index))) {
    const beforeModal = text.slice(assessFrom, assessFrom + modal.index);
    // "… has repeatedly stated in its annual reports that the Act should be repealed": someone else's call, reported.
    const reported = (ev.get('attribution')?.length ?? 0) > 0 || (ev.get('quotation')?.length ?? 0) > 0 || REPORTED_THAT.test(text.slice(assessFrom, assessFrom + modal.index));
    const stateWords = getStateWords();
    const subjWords = beforeModal.trim().split(/\s+/);
    const govtSubject = RE_GOVT_SUBJECT.test(beforeModal.trim()) || subjWords.some((w) => stateWords.has(w.replace(/[’']s$/, ''))) || beforeModal.trim() === '' || subjWords.length <= 6;
    if (!reported && govtSubject) return notClaim(`recommendation (“${modal[0]}”)`);
    if (!reported && kinds.length > 0 && !kinds.some((k) => k === 'law' || k === 'number' || k === 'date')) {
      return notClaim(`recommendation (“${modal[0]}”)`);
    }
  }

  // Statements about the UPR record ("Azerbaijan supported recommendation 109.118 (Norway)",
  // "During its last review in 2014, Spain accepted 4 recommendations …"): the recommendation
  // rules handle these. Only a contrasting clause ("…, but in 2016 it jailed …") can still be a claim.
  const recordWords = RE_UPR_CONTEXT.test(text) && RE_UPR_RESPONSE.test(text);
  const record = context.uprRecord;
  if (recordWords || record !== undefined) {
    // What the recommendations asked for ("recommendations to release …, repeal Article 494")
    // is the UN record; so are counts of recommendations and review dates. Facts outside that —
    // after a contrast ("…, but in 2016 it jailed …") or a law/arrest/judgment/attribution that
    // is not part of a recommendation's text — still count.
    const recContent = /\brecommendations?\s+(?:\d+(?:\.\d+)?\s+)?(?:to|on|regarding|concerning|calling|asking|urging|requesting|seeking|relating|related|that\s+(?!were|was|had|have|it|the\s+state)|including|in\s+relation)\b|\brecommended\s+(?:that|to)\b/i.exec(text);
    let contrast = /[,;]\s*(?:but(?!\s+(?:also|in addition|additionally))|however|yet|although|whereas)\b|\b(?:however|nevertheless|despite this)\b,?\s/i.exec(text.slice(assessFrom));
    // A parenthetical ", however," right after a short subject ("It does not, however, accept …") is no contrast.
    if (contrast && /^,\s*however,/i.test(text.slice(assessFrom + contrast.index)) && /^\s*(?:\S+\s+){0,3}\S+$/.test(text.slice(assessFrom, assessFrom + contrast.index))) contrast = null;
    // "Despite (having) accepted recommendations to …, the authorities arrested …": the main clause is a fact.
    let concession: { 0: string } | null = /^\s*(?:despite|although|even though|while)\b[^,;]{0,200},/i.exec(text.slice(assessFrom));
    // The concession runs over the commas of the record it names ("Despite supporting the recommendations of Canada,
    // Uruguay and Thailand to end the "two schools under one roof" system, the authorities …"): to where the main clause begins.
    if (concession && record && record.start < assessFrom + concession[0].length) {
      const main = /,\s+(?:the\s+)?[\p{L}-]+\s+(?:has|have|had|is|are|was|were|did|does|do|continues?|continued|remains?|remained|still)\b/iu.exec(text.slice(record.start));
      if (main) concession = { 0: text.slice(assessFrom, record.start + main.index + 1) };
    }
    if (concession) {
      const main = text.slice(assessFrom + concession[0].length);
      if (RE_UPR_CONTEXT.test(main) && RE_UPR_RESPONSE.test(main)) concession = null; // the main clause is UPR record too
    }
    const cut = concession ? assessFrom + concession[0].length : contrast ? assessFrom + contrast.index : -1;
    const recFrom = Math.min(recContent ? recContent.index : Number.POSITIVE_INFINITY, record?.start ?? Number.POSITIVE_INFINITY);
    const keepAlways: ClaimKind[] = ['law', 'detention', 'judgment', 'attribution'];
    for (const [k, spans] of ev) {
      ev.set(
        k,
        spans.filter((sp) => {
          // "The Government noted Norway's recommendation …": the State's answer, not a reported statement.
          if (k === 'attribution' && /\b(?:noted|accepted|supported|rejected)$/i.test(text.slice(sp[0], sp[1])) && /^\s+(?:[\p{L}’'-]+\s+){0,3}?(?:recommendations?|calls?|proposals?|requests?)\b/iu.test(text.slice(sp[1]))) return false;
          // The main clause after a concession ("Despite supporting Mexico's recommendation to …, Chinese law still lacks …") is a fact.
          if (concession && sp[0] >= cut) return true;
          // Inside the record as the caller found it (which may run over a "but": "… what Spain asked for, but … the code that Canada sought"): its content.
          if (record && sp[0] >= record.start && sp[0] < record.end) return false;
          // …and so is the State not accepting "those" or "the others" ("…, but it did not accept those asking it to …").
          if (k === 'event' && /\b(?:accept|support)/i.test(text.slice(sp[0], sp[1])) && /^\s+(?:those|the\s+(?:ones|others|rest|recommendations?|calls?)|any\s+of\s+them|them)\b/i.test(text.slice(sp[1]))) return false;
          // What "those asking it to …" asked for is the record's content too.
          if (k === 'event' && /\b(?:those|ones|recommendations?|calls?)\s+(?:asking|calling\s+(?:on|upon)|urging|requesting)\s+(?:it\s+|the\s+(?:State|Government|authorities)\s+)?to\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, sp[0] - 80), sp[0]))) return false;
          // A count of recommendations is the record wherever it stands ("…, and Cabo Verde supported all four recommendations").
          if (k === 'number' && /^\s*(?:[\w-]+\s+){0,2}?recommendations\b/i.test(text.slice(sp[1]))) return false;
          if (cut >= 0 && sp[0] >= cut) return true;
          if (record) {
            if (sp[0] >= record.start) return true; // a clause after the record
            // Only a reference marks the record ("… in 2016 (see 109.118, Norway)"): what comes before it is the sentence's own;
            // so is a clause of its own before it ("… despite the 2009 reform …, and Bahrain did not follow the recommendation …").
            // (…or of the States that made them: "thirteen States (Sweden, Finland, …) asked Russia to …".)
            const countOfRecommendations = k === 'number' && /^\s*(?:[\w-]+\s+){0,2}?(?:recommendations?|States|countries|delegations)\b/i.test(text.slice(sp[1]));
            // The clause holding it, up to the record: "…, of which it supported 140; all the recommendations …" is the record too.
            const clauseFrom = Math.max(text.lastIndexOf(';', sp[0]), text.lastIndexOf(':', sp[0])) + 1;
            const ownClause = text.slice(clauseFrom, record.start);
            const clauseIsRecord = RE_UPR_CONTEXT.test(ownClause) && RE_UPR_RESPONSE.test(ownClause);
            if (!countOfRecommendations && !clauseIsRecord && (!recordWords || /[;:]|,\s*(?:and|but|while|whereas)\s/.test(text.slice(sp[1], record.start)))) return true;
          }
          const own = (list: Span[]): boolean => list.some((c) => c[0] === sp[0] && c[1] === sp[1]);
          // The State's standing invitation / visits record before the recommendations are mentioned is a fact of its own.
          if (k === 'event' && own(cooperationSpans)) return sp[0] < recFrom;
          if (k === 'attribution' && own(accordingSpans)) return false;
          return keepAlways.includes(k) && sp[0] < recFrom && !(recFrom === Number.POSITIVE_INFINITY && k === 'detention' && !contrast);
        }),
      );
    }
    kinds = CLAIM_KINDS.filter((k) => (ev.get(k)?.length ?? 0) > 0);
    if (kinds.length === 0) return notClaim('statement about the UPR record (handled by the recommendation rules)');
  }

  if (kinds.length === 0) {
    return notClaim(detentionHits.length > 0 || eventHits.length > 0 ? 'general statement (event without specifics)' : 'no specific checkable fact');
  }

  // A lone date that only dates a modifier of a noun is background to an evaluation:
  // "President X, who took power in 2014, has governed …", "abuses carried out since 2020 have
  // lacked …", "the events that took place in 2008 are a stark illustration …".
  // The modifier's own verb may come along ("the events that took place in Nookat in 2008 are a stark illustration").
  const modifierVerbOnly = (ev.get('event') ?? []).every((sp) => /^(?:took place|held)$/i.test(text.slice(sp[0], sp[1])) && /\b(?:that|which)\s+(?:were\s+|was\s+)?$/i.test(text.slice(Math.max(0, sp[0] - 12), sp[0])));
  if (kinds.every((k) => k === 'date' || (k === 'event' && modifierVerbOnly)) && kinds.includes('date')) {
    const dates = ev.get('date') ?? [];
    const inModifier = (sp: Span): boolean => {
      const before = text.slice(Math.max(assessFrom, sp[0] - 90), sp[0]);
      const rel = /,\s*(?:who|which)\b[^,;]*$/i.exec(before);
      if (rel && /^[^;]*?,/.test(text.slice(sp[1]))) return true; // inside ", who/which …, "
      return /\b(?:committed|carried out|perpetrated|that took place|which took place)\b[^,;.]{0,50}$/i.test(before);
    };
    if (dates.length > 0 && dates.every(inModifier)) return notClaim('date only as background to a modifier');
  }

  // An evaluation or trend over a period whose only specific detail is where the period starts:
  // "The situation has deteriorated since 2009", "Since 2013 there has been an increasingly hostile
  // environment …", "… setbacks since December 2010, when …". The date dates no event of its own
  // ("since" / "after" / "during" a period); a count, a name, a law or an arrest would still make it a claim.
  if (kinds.every((k) => k === 'date' || k === 'event') && kinds.includes('date')) {
    const dates = ev.get('date') ?? [];
    const events = ev.get('event') ?? [];
    const periodDate = (sp: Span): boolean =>
      /\b(?:since|after|following|during|throughout)\b[^,;:()]{0,60}$/i.test(text.slice(Math.max(assessFrom, sp[0] - 60), sp[1]).slice(0, -1)) ||
      /\b(?:through|over|from|period)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(assessFrom, sp[0] - 60), sp[0])) ||
      /^(?:since|during|throughout)\b/i.test(text.slice(sp[0], sp[1])) ||
      // a whole year opening the sentence ("In 2020, the situation continued to deteriorate"): a period too
      (/^(?:in|throughout)\s+(?:19|20)\d\d$/i.test(text.slice(sp[0], sp[1])) && text.slice(assessFrom, sp[0]).trim() === '' && /^,/.test(text.slice(sp[1])));
    const trendEvent = (sp: Span): boolean => /^(?:increased|decreased|reduced|expanded|emerged|began|started)$/i.test(text.slice(sp[0], sp[1]));
    if (dates.every(periodDate) && events.every(trendEvent) && RE_TREND_EVALUATION.test(text.slice(assessFrom))) {
      return notClaim('evaluation of a period (the date only marks its start)');
    }
  }

  // A lone weak signal: a bare "date" from a future/hypothetical sentence.
  if (kinds.length === 1 && kinds[0] === 'date' && /\b(?:will|would|is (?:scheduled|due|expected) to|plans? to|prepar(?:es|ing) to|upcoming|next)\b/i.test(text) && !REPORTED_THAT.test(text)) {
    return notClaim('future or planned event');
  }
  // A sentence about what will happen whose only signals are event verbs in its modifiers ("At the
  // session, X, the newly appointed High Commissioner, will deliver her first update"): nothing has happened yet.
  if (kinds.length === 1 && kinds[0] === 'event' && /^[^.;]*?\b(?:will|is (?:scheduled|due|expected|set) to)\s+(?:also\s+)?(?!not\b)[a-z]+\b/i.test(text.slice(assessFrom)) && !/\b(?:has|have|had|was|were|did)\b/i.test(text.slice(assessFrom))) {
    return notClaim('future or planned event');
  }

  const evidence: Span[] = [];
  for (const k of kinds) for (const s of ev.get(k) ?? []) evidence.push(s);
  evidence.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const s of evidence) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  const reason = kinds
    .map((k) => {
      const s = ev.get(k)?.[0];
      return s ? `${k}: “${text.slice(s[0], s[1])}”` : k;
    })
    .join('; ');
  return { isClaim: true, kinds, evidence: merged, reason };
}

/**
 * Compile the detector's regular expressions ahead of the first real check. V8 compiles a
 * regex on its first executions, which costs ~20–30 ms in total for this detector, once per
 * process; a language server can call this at `initialize` so the first diagnostics of a
 * document do not pay it. Returns the milliseconds spent.
 */
export function warmUpClaimDetector(): number {
  const t0 = Date.now();
  const samples = [
    'On 12 May 2016, police arrested 40 protesters in Baku under Article 233 of the Criminal Code.',
    'According to the Ministry of Justice, 1,261 NGOs were registered in 2017, the Special Rapporteur reported.',
    'The European Court of Human Rights found that the 2014 amendments to the Law on NGOs were “arbitrary and unlawful in every respect.”',
    'In March and April five journalists were sentenced to six years; yesterday a court convicted Ilgar Mammadov.',
    'We interviewed thirty lawyers, and NHC has monitored trials since 2010.',
    'This submission was prepared by the Norwegian Helsinki Committee.',
    'Azerbaijan supported recommendation 109.118 (Norway), but in 2016 it jailed two activists.',
    'The Government should repeal Article 147.',
    'International Partnership for Human Rights (IPHR) is an independent CSO founded in 2008.',
    'In Egypt, CIVICUS’ joint submission notes that Eurasianet reported that the President adopted a decree.',
    'Repeal Article 147 of the Criminal Code.',
    'Since 2013 the situation has deteriorated, and Ruritania has repeatedly postponed visits by the Special Rapporteur on torture.',
  ];
  for (let i = 0; i < 2; i++) for (const s of samples) assessClaim(s);
  return Date.now() - t0;
}
