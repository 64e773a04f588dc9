/**
 * Does a sentence (plain text, without a recommendation ID) talk about a recommendation
 * of the previous UPR review? Rule-based, tuned for precision: a warning that fires on a
 * submitter's own recommendations or on a treaty body's recommendations gets the rule
 * switched off.
 *
 * A mention needs (1) a cue that ties a recommendation to the review, and (2) substance:
 * words saying what the recommendation was about, anywhere in the cue's clause. The cues
 * form a small grammar rather than a list of phrasings:
 * - a recommendation noun — "recommendation(s)", and where the sentence is about a review
 *   also "proposal(s)" and "call(s)" — linked to the review by
 *   - the State's answer before it ("accepted, but has not implemented, recommendations
 *     to …", "turned down calls made during its UPR to …") or after it ("the
 *     recommendation to …, which Azerbaijan noted", "recommendations that were accepted
 *     during the previous reviews, including …", "recommendations on X made by several
 *     States during the second cycle"),
 *   - the review itself ("recommendations received at its second UPR on …"), receiving,
 *   - a partitive or copula that says what they were ("many of the recommendations it
 *     received concerned …", "a common thread in the recommendations was the need for …");
 * - a recommending-State subject: a named State ("Norway recommended that …", "Sweden
 *   asked Azerbaijan to …", "Norway's recommendation") or the States as a group, with any
 *   quantifier ("six States", "many UN member countries", "countries that called for",
 *   "… and many called for" at a review), calling on the State under review;
 * - the State under review as the object of a call in the passive ("the government was
 *   also asked to sign …", "Azerbaijan was recommended to …"): at a review, or when what
 *   was asked is a recommendation's action verb (ratify, sign, adopt, …);
 * - the State's answer followed by a quoted recommendation ("agreed to 'Take measures …'").
 * The substance follows the cue through a linking word ("to", "on", "regarding",
 * "calling for", "that", "including"), or, failing that, is a topic fronted before the
 * clause ("On torture, recommendations accepted in 2013 remain unimplemented"). Two
 * content words are needed (one after a topic preposition: "recommendations on torture");
 * a count ("accepted 130 recommendations entirely") or a vague range ("on a broad range of
 * human rights issues") has none.
 *
 * Further cue families, from real follow-up prose: the recommendations as the subject of a
 * verb of content ("Recommendations issued to Cambodia included …", "62 recommendations
 * concern …", "…, many of which related to …"), an answer in commas ("The recommendation,
 * accepted during the previous UPR, to …"), a nominal answer ("its acceptance of
 * recommendations on …"), "accepted to …", a State or the Council asking ("The United
 * States has asked Pakistan to …", "Sweden also said that Ghana should …"), a topic as a
 * premodifier after a count ("18 death penalty-related recommendations"), and a
 * recommendation quoted as a list item with its States ("Abolish … (Switzerland, Mexico)").
 * With a `MentionContext` (the sentence before, a follow-up section), words that only
 * point back also count ("These include recommendations on …", "It recommended …").
 *
 * It is not a mention when the sentence is a call to action (the submitter's own
 * recommendation: "We recommend …", "NHC recommends …", an imperative, "should", "called
 * on all States to implement …"), when the recommendations are another body's (Committee
 * against Torture, Venice Commission, special rapporteurs, "the Ombudsman's
 * recommendations", "made by the Council of Europe", …) and nothing says UPR, when States
 * call on someone other than the State under review or in another forum (Security
 * Council, a resolution), or when it already carries an ID.
 *
 * The cues of follow-up writing (status rows, "As Sweden urged in 2013, …", "Germany's call
 * to …") are in `followUpCues.ts`; the fragments both read in `mentionVocabulary.ts`.
 *
 * What the patterns turn down, a trained model may still take (`mentionModel.ts`): only
 * sentences that name a recommendation together with a word of the record.
 */
import { analyseTerm, tokenize } from '../search/textAnalysis';
import { findStateNames, type StateNameMatch } from './stateNames';
import { CALL_TO_BEFORE, MODAL_CALL, OWN_CALL, startsWithImperative } from './callsToAction';
import { carriesRecommendationId } from './carriesRecommendationId';
import { mentionByModel } from './mentionModel';
import { OTHER_BODY, OTHER_BODY_POSSESSIVE } from './otherBodies';
import { predicateAfter, type Cue } from './cue';
import { findFollowUpCues } from './followUpCues';
import { ACTOR, LIST_MARKER, NOUN, OTHER_FORUM, OTHER_STATES_AFTER, QUANT, REC, REVIEW_REF, UPR_CONTEXT, UPR_WORDS } from './mentionVocabulary';
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

/** After a State: "(and Norway) (also) called for …". */
const STATES_CALLED_FOR = new RegExp(String.raw`^${OTHER_STATES_AFTER}\s+(?:also\s+|specifically\s+|explicitly\s+)?called\s+for\s`, 'u');
/** After a State: "(and Sweden) (representative) (had) recommended". */
const STATES_RECOMMENDED = new RegExp(String.raw`^${OTHER_STATES_AFTER}(?:\s+(?:representative|delegation|government|ambassador|delegate))?\s+(?:has\s+|have\s+|had\s+)?(?:had\s+|also\s+|specifically\s+|explicitly\s+|not\s+only\s+)?(?:recommended\b|(?:asked|urged|requested)\s+(?=that\s)|(?:asked|called|pressed)\s+for\s+(?=(?:its|their|the|a|an)\s))`, 'u');
/** After a State: "(and France) urged / asked / called on the government (or a State) …". */
const STATES_CALLED_ON = new RegExp(String.raw`^${OTHER_STATES_AFTER}(?:\s+(?:representative|delegation|government|ambassador|delegate))?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|specifically\s+|explicitly\s+)?(?:urged|asked|called\s+(?:on|upon)|encouraged|pressed|requested)\s+(?=(?:the\s+(?:government|authorities|State|country|Kingdom|Republic)|it)\b|(?:the\s+)?\p{Lu})`, 'u');
/** After a name: "(and others) recommended", "made (several) recommendations". */
const STATES_MADE_RECOMMENDATIONS = new RegExp(String.raw`^${OTHER_STATES_AFTER}\s+(?:had\s+|has\s+|also\s+)?(?:recommended|made\s+(?:[\p{L}\p{N}-]+\s+){0,3}?recommendations?)\b`, 'u');
/** A State's name ending an institution's name ("the Law Commission of India", "the Supreme Court of Pakistan"). */
const INSTITUTION_OF = /\b(?:Commission|Court|Council|Government|Ministry|Parliament|Bank|University|Bar|Association|Institute|Office|Committee|Ombudsman|Assembly|Prosecutor|Attorney[\s-]General)\s+(?:of|for)\s+(?:the\s+)?$/u;
/** Cheap test before anything else: no cue word, no mention. */
const PREFILTER = /\)\s*[–—|/]|[–—|:]\s*(?:not\s+|partially\s+|fully\s+)?implemented\b|recommend|proposal|proposed|\brequests?\b|\bcalls?\b|called|urged|asked|\bsought\b|encouraged|pressed|requested|agreed|committed|pledged|promised|undertook|vowed|(?:accepted|rejected|noted|agreed|refused|declined)\s+to\b|pleas\b|appeals\b|commitments?\b|\bdecision\s+to\b|\b(?:said|stated)\s+that\b/i;
/** Words that place a sentence at a review (so "proposals", "many called for" are the recommending States'). */
const REVIEW_CONTEXT = /\b(?:UPR|universal\s+periodic\s+review|review(?:ed)?|Working\s+Group|interactive\s+dialogue|peers|delegations|delegates|recommend\w*)\b/iu;
const CALL_VERB = String.raw`(?:called\s+(?:for|on|upon)|urged|asked|recommended|encouraged|requested|pressed|proposed|suggested)`;
const RECOMMENDERS = new RegExp(
  String.raw`\b(?:(?:(${QUANT})\s+(?:of\s+(?:the|these|those)\s+)?)?(?:(?:UN|other|fellow|recommending|participating|member|Member|European|African|Latin\s+American|Western|Asian|Arab|Muslim|neighbouring|neighboring)\s+){0,3}${ACTOR}|(${QUANT}|others))(?:,\s+(?:including|such\s+as|among\s+them|notably|led\s+by)\s+(?:[^,;]{1,60},\s*){0,6}?[^,;]{1,120},)?\s+(?:\([^()]{0,200}\)\s+)?(?:[–—]\s[^–—]{0,200}\s[–—]\s+)?(?:(?:that|which|who)\s+)?(?:(?:also|had|have|further|specifically|repeatedly|explicitly|jointly)\s+)*${CALL_VERB}\b`,
  'giu',
);
/** An action verb opening a recommendation's text: "Take measures to …", "Ratify …". */
const ACTION_VERB = String.raw`(?:Ratify|Accede|Adopt|Amend|Repeal|Abolish|Establish|Ensure|Guarantee|Release|Investigate|Take|Strengthen|Intensify|Implement|Continue|Consider|Review|Revise|Bring|Align|Create|Develop|Provide|Allow|End|Stop|Cease|Refrain|Remove|Lift|Decriminali[sz]e|Criminali[sz]e|Introduce|Enact|Extend|Issue|Invite|Cooperate|Protect|Respect|Promote|Combat|Prevent|Prosecute|Publish|Set\s+up|Make|Increase|Reduce|Support|Seek|Share|Request|Pursue|Maintain|Step\s+up|Redouble|Eliminate|Harmoni[sz]e|Withdraw|Reform|Train|Raise|Grant|Prohibit|Ban|Guarantee|Facilitate|Undertake|Conduct|Put|Give|Enhance|Improve|Accelerate|Finalize|Finalise|Expedite|Sign|Incorporate|Recognize|Recognise|Address|Uphold|Re-engage|Engage|Fulfil|Fulfill|Honour|Honor|Comply|Enforce|Reinforce|Safeguard|Tackle|Fight|Foster|Launch|Expand|Resume|Appoint|Allocate|Abide)`;
/** The State's answer, then a quoted recommendation: "GoSL agreed to ''Take measures to …''". */
const QUOTED = new RegExp(
  String.raw`\b(?:accept(?:ed|ing)|support(?:ed|ing)|agreed\s+to|reject(?:ed|ing)|not(?:ed|ing)|committed\s+(?:itself\s+)?to|pledged\s+to|did\s+not\s+(?:accept|support))\s+(?:(?:the|a|this|that)\s+)?(?:(?:following\s+)?${NOUN}\s*)?[:,]?\s*(?:''|"|“|‘|')\s*(?=${ACTION_VERB}\b)`,
  'gu',
);
/** "a common thread in the recommendations was the need for …", "several of the recommendations concerned …". */
const PARTITIVE = new RegExp(
  String.raw`\b(?:${QUANT}|half|one|none|part|the\s+(?:majority|bulk|rest|remainder)|the\s+(?:(?:second|third|fourth|fifth)\s+)?(?:highest|largest|greatest|biggest)\s+(?:number|share|group)|a\s+(?:common|recurring|central|key|main)\s+(?:thread|theme|concern|focus))\s+(?:of|in|among|across)\s+(?:(?:the|these|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}?)?${REC}\s+(?:(?:from|made\s+in|received\s+in|of|in)\s+(?:\d{4}|the\s+(?:first|second|third|previous|last)\s+(?:review|cycle|UPR))\s+)?(?:(?:(?:that|which)\s+)?(?:it|the\s+(?:government|State|authorities)|\p{Lu}[\p{L}-]+)\s+(?:had\s+|has\s+)?(?:received|accepted|supported|noted|rejected)\s+(?:(?:in|at|during)\s+[^,;]{0,40}?(?:\d{4}|review|cycle|UPR)\s+)?)?(?:also\s+)?(?:(?:was|were|is|are)\s+(?:the\s+need\s+(?=for|to)|about|(?=on\b|that\b)|calls?\s+(?=for|to))|concerned|related\s+to|focused\s+on|addressed|dealt\s+with|called\s+(?=for|on|upon)|urged|asked|included,?|sought|aimed\s+at|focusing\s+on|relating\s+to|concerning|calling\s+(?=for|on|upon)|dealing\s+with|addressing)`,
  'giu',
);
/** "recommendations accepted in 2013 …", "the recommendations it supported at its second review on …". */
const REC_ANSWERED = new RegExp(
  String.raw`\b${REC}\s+(?:(?:it|that\s+it|which\s+it)\s+)?(?:had\s+|has\s+)?(?:accepted|supported|noted|rejected)\b(?:\s+(?:in|at|during|since)\s+(?:(?:its|the|their)\s+)?(?:\d{4}|(?:first|second|third|previous|last|prior|most\s+recent)\s+(?:UPR|review|cycle|universal\s+periodic\s+review)))?`,
  'giu',
);
/** Up to six words between a verb and "recommendation(s)": "accepted all 12 of the key". */
const FILLER = String.raw`(?:[\p{L}\p{N}'’–—-]+,?\s+){0,6}?`;

/** "Recommendations on freedom of assembly made by several States during the second cycle …": the substance, then who made or answered them. */
const REC_TOPIC_PARTICIPLE = new RegExp(
  String.raw`\b${NOUN}\s+((?:on|to|regarding|concerning|relating\s+to|related\s+to|calling\s+for|aimed\s+at)\s+(?:(?!\b(?:that|which|who)\b)[^,;()]){3,120}?),?\s+(?:(?:which|that)\s+(?:were\s+|was\s+|it\s+(?:had\s+|has\s+)?|they\s+)?)?(?:made|received|issued|put\s+forward|accepted|supported|noted|rejected)\s+(?:by\s+(?:(?:several|many|numerous|\d+|other|the)\s+)?(?:States|countries|delegations|government|authorities|\p{Lu}[\p{L}-]+)|(?:during|at|in)\s+${REVIEW_REF}|(?:during|at|in)\s+(?:19|20)\d{2}\b)`,
  'giu',
);

/** The State's answer, then the recommendation(s): "Azerbaijan accepted recommendations to". */
const VERB_THEN_REC = new RegExp(
  String.raw`\b(?:(?:did\s+not|didn['’]t|has\s+not|had\s+not|have\s+not|refused\s+to|declined\s+to|failed\s+to)\s+(?:\w+\s+)?)?(?:accept(?:ed|ing|s)?|support(?:ed|ing|s)?|not(?:ed|ing)|reject(?:ed|ing|s)?|refus(?:ed|ing)|declin(?:ed|ing)|agreed\s+to|received|receiving|implement(?:ed|ing)?|implementation\s+of|act(?:ed|ing|s)?\s+(?:up)?on|honou?r(?:ed|ing|s)?|fulfil(?:l|led|ling|s|ls)?|heed(?:ed|ing|s)?|ignor(?:ed|ing)|progress\s+(?:on|in|towards|with|regarding)|disregard(?:ed|ing)|turn(?:ed|ing)\s+down|dismiss(?:ed|ing)|follow(?:ed|ing)\s+up\s+on|commit(?:ted|ting)?\s+to\s+implement(?:ing)?|consider(?:ed|ing)?|promis(?:ed|ing)\s+to\s+(?:consider|implement)|made|issued|put\s+forward|formulated|gave|addressed),?\s+${FILLER}${NOUN}\b`,
  'giu',
);
/** The recommendation(s), then the answer: "the recommendation to …, which Azerbaijan noted". */
/** Adverbs between an auxiliary and the State's answer: "were merely noted", "was eventually accepted". */
const ANSWER_ADVERB = String.raw`merely|simply|just|largely|mostly|partly|eventually|ultimately|reportedly|formally|subsequently|later|finally|initially|expressly|explicitly`;
const REC_THEN_VERB = new RegExp(
  String.raw`\b${NOUN}\b(?:(?![.;]\s)[^]|[.;]\s(?=\d)){0,160}?(?:\b(?:which|that|it|they)\s+(?:\S+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:accepted|supported|noted|rejected|refused|did\s+not\s+(?:accept|support)|agreed\s+to)\b|\b(?:was|were|is|are|has|have|had|remains?|remained)\s+(?:not\s+|never\s+|yet\s+to\s+be\s+)?(?:been\s+)?(?:(?:not|never|also|only|fully|partially|${ANSWER_ADVERB})\s+)?(?:accepted|supported|noted|rejected|refused|implemented|unimplemented|acted\s+(?:up)?on|given\s+(?:a\s+|the\s+)?(?:supported|noted|accepted|rejected)\s+status)\b|\bas\s+(?:(?:not|partially|fully|largely)\s+)?(?:yet\s+)?(?:implemented|unimplemented)\b)`,
  'giu',
);
/** "recommendations accepted by Azerbaijan", "recommendations it received at its second UPR". */
const REC_PARTICIPLE = new RegExp(
  String.raw`\b${NOUN}\s+(?:(?:it|that\s+it|which\s+it|\p{Lu}\p{L}+)\s+)?(?:had\s+|has\s+)?(?:accepted|supported|noted|rejected|received|made|issued|formulated|addressed\s+to\s+\S+)\s+(?:by\s+\S+(?:\s+\S+)?\s+)?(?:(?:during|at|in|under|from)\s+${REVIEW_REF}|by\s+(?:the\s+)?(?:government|state|authorities|\p{Lu}\p{L}+))|\b${NOUN}\s+(?:\w+\s+){0,2}?(?:not\s+acceptable|unacceptable|acceptable)\s+to\s+(?:the\s+)?(?:government|state|authorities|\p{Lu}\p{L}+)`,
  'giu',
);
const FOLLOW_UP_REC = new RegExp(String.raw`\bfollow[\s-]up\s+(?:on|to|of)\s+(?:the\s+|its\s+|these\s+|those\s+)?(?:(?:supported|accepted|noted|key|main)\s+)?${NOUN}\b`, 'giu');
/** "The recommendations Bahrain accepted included …", "recommendations it supported on". */
const REC_SUBJECT_VERB = new RegExp(
  String.raw`\b${NOUN}\s+(?:that\s+|which\s+)?(?:it|\p{Lu}[\p{L}-]+|the\s+(?:government|state|authorities))\s+(?:had\s+|has\s+|have\s+)?(?:accepted|supported|noted|rejected|received)\b`,
  'gu',
);
/** "Other recommendations called for the release of …". */
const REC_CALLED = new RegExp(String.raw`\b${NOUN}\s+(?:also\s+|had\s+)?(?:called|calling|urged|urging|asked|asking)\s+(?:for|on|upon)\b`, 'giu');
/** "The Government was asked to …", "has been urged by its peers to …" (during a review). */
const PASSIVE_CALL = /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|repeatedly|further|specifically|again)\s+)?(?:asked|urged|called\s+(?:on|upon)|encouraged|recommended|requested|pressed)\s+(?:by\s+(?:its\s+|other\s+|several\s+|many\s+|\d+\s+|fellow\s+)?(?:peers|States|countries|delegations|member\s+States)(?:\s+in\s+the\s+United\s+Nations)?\s+)?to\b/giu;
/** "It was recommended that …", "it was further recommended that …". */
const IT_WAS_RECOMMENDED = /\b[Ii]t\s+(?:was|has\s+been|had\s+been)\s+(?:(?:also|further|repeatedly|specifically)\s+)?recommended\s+(?:((?:at|during|in)\s+[^,;]{1,40}?)\s+)?that\s+/gu;
/** The subject of a passive call: the State under review ("The government was asked to …"). */
const SUR_SUBJECT = /(?:\b(?:the\s+)?(?:[Gg]overnment|authorities|State|country|it|It)|\b(?!States|Countries|Members|Delegations|Speakers|They|NGOs)\p{Lu}[\p{L}-]+)\s*(?:,[^,]{0,60},\s*)?$/u;
/** An action verb after "to": "to ratify", "to sign on to", "to take measures". */
let actionAfterToRe: RegExp | undefined;
const actionAfterTo = (): RegExp => (actionAfterToRe ??= new RegExp(String.raw`^\s*(?:(?:urgently|promptly|immediately|fully|also|further|effectively)\s+)?${ACTION_VERB}\b`, 'iu'));
/** "recommendations from the previous review on …", "second-cycle recommendations on". */
const REVIEW_REC = new RegExp(
  String.raw`\b(?:${NOUN}\s+(?:made\s+|received\s+|issued\s+)?(?:during|at|in|under|from|of)\s+${REVIEW_REF}|(?:(?:first|second|third|previous|last|prior)[\s-]+(?:UPR|cycle|review)|UPR)\s+${NOUN}|${NOUN}\s+(?:of|from)\s+the\s+(?:UPR|universal\s+periodic\s+review))\b`,
  'giu',
);

const OTHER_BODY_AGENT = new RegExp(String.raw`\b(?:made|issued|formulated|put\s+forward|proposed|recommended)\s+by\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+|European\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}?(?:${OTHER_BODY.source}|(?:NGOs?|CSOs?|civil\s+society|stakeholders|human\s+rights\s+(?:organi[sz]ations|groups|defenders))\b)`, 'u');
/** The submitter's own recommendation or another call to action. */
/** A recommendation reference with its ID: the caller handles those. */

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

/**
 * Where the sentence stands: the sentence before it in the paragraph, and whether its
 * section follows up the previous review ("Follow-up to the previous review"). In such a
 * frame, words that only point back ("These include recommendations on …", "It also
 * noted those on …", "There were also calls to …") name the previous review's recommendations.
 */
export interface MentionContext {
  previous?: string | undefined;
  followUpSection?: boolean | undefined;
  /**
   * For the first sentence of a list item: the sentence that introduces the list
   * ("At its second review Azerbaijan supported recommendations to:").
   */
  leadIn?: string | undefined;
}

/** A previous sentence that is about the review's recommendations. */
const FRAME = /\b(?:UPR|universal\s+periodic\s+review|(?:first|second|third|previous|last|prior)\s+(?:review|cycle)|interactive\s+dialogue|during\s+the\s+(?:session|review|dialogue))\b|\brecommendations?\b[^.;]{0,80}?\b(?:received|accepted|supported|noted|rejected|made|issued)\b|\b(?:received|accepted|supported|noted|rejected|made|issued)\b[^.;]{0,40}?\brecommendations?\b|\b(?:States|countries|delegations)\s+(?:also\s+)?(?:recommended|urged|called)\b|\b\p{Lu}[\p{L}-]+\s+(?:also\s+)?recommended\s+(?:that\s+)?\p{Lu}/u;
const framedBy = (previous: string): boolean =>
  (FRAME.test(previous) && (UPR_WORDS.test(previous) || !OTHER_BODY.test(previous))) ||
  // A sentence about what a State said at the review ("The UK … agreed with the issue of …") frames "It recommended …".
  findStateNames(previous).some((st) => st.start <= 4);
const CONTEXT_PREFILTER = /\b(?:include[sd]?|concern|noted|accepted|supported|rejected|received|calls?|demands?|requests?|recommendations?|There\s+(?:were|was)|those|encouraging|urging|calling|asking|requesting|commitment|pledge|promise|agreed)\b/i;

/** Does the context put the sentence in the previous review's frame? (With `listIntroduced`, all a mention depends on besides the sentence, so callers can memoise on them.) */
export function mentionFramed(context: MentionContext | undefined): boolean {
  return !!context && (context.followUpSection === true || (context.previous !== undefined && framedBy(context.previous)) || listIntroduced(context));
}

const RECOMMENDATION_WORD = /\b(?:recommendations?|recommended|urged|called\s+(?:on|upon|for))\b/i;
/**
 * Is the sentence the first of a list item under a lead-in that introduces the review's
 * recommendations? The lead-in ends with a colon, speaks of recommendations in the
 * review's frame, and is nobody's present call: not the submitter's "We urge the
 * Government to:", not a committee's "The Committee recommended that Azerbaijan:".
 */
export function listIntroduced(context: MentionContext | undefined): boolean {
  const leadIn = context?.leadIn;
  return (
    leadIn !== undefined &&
    /:\s*$/.test(leadIn) &&
    RECOMMENDATION_WORD.test(leadIn) &&
    FRAME.test(leadIn) &&
    (UPR_WORDS.test(leadIn) || !OTHER_BODY.test(leadIn)) &&
    !OWN_CALL.test(leadIn) &&
    !MODAL_CALL.test(leadIn)
  );
}

/**
 * Does `sentence` talk about a recommendation of the previous review? The patterns below
 * decide; a sentence they turn down that names a recommendation and the record gets a
 * second opinion from the trained model (`mentionModel.ts`), which can only add.
 */
export function detectRecommendationMention(sentence: string, context?: MentionContext): RecommendationMention {
  const byPatterns = mentionByPatterns(sentence, context);
  if (byPatterns.mentions) return byPatterns;
  return mentionByModel(sentence, byPatterns) ?? byPatterns;
}

/** The patterns' verdict alone (what `detectRecommendationMention` asks the model about when it is no). */
export function mentionByPatterns(sentence: string, context?: MentionContext): RecommendationMention {
  const none = (topic = ''): RecommendationMention => ({ mentions: false, topic, states: [] });
  const listItem = /\)\s*[.;,]?\s*$/.test(sentence) && listStart().test(sentence);
  const framed = mentionFramed(context) || SELF_FRAME.test(sentence);
  const introduced = listIntroduced(context);
  if (!listItem && !introduced && !PREFILTER.test(sentence) && !(framed && CONTEXT_PREFILTER.test(sentence))) return none();
  if (carriesRecommendationId(sentence)) return none();
  // The submitter's own document: "The submission first assesses the follow-up to the recommendations …", "Our summary of the follow-up … is as follows:".
  if (DOCUMENT_SUBJECT.test(sentence)) return none();
  // "the CNDH issued a general recommendation on obstetric violence": a treaty body's or a national institution's term.
  // (Not the State's answer to them: "Iran supported three general recommendations, from Norway, …".)
  if (/\bgeneral\s+recommendations?\b/i.test(sentence) && !UPR_WORDS.test(sentence) && !/\b(?:supported|accepted|noted|rejected)\s+(?:\S+\s+){0,3}?general\s+recommendations?\b/i.test(sentence)) return none();
  // "No recommendation made in 2010 referred to the Amnesty Law", "supported most of the recommendations on this subject": none, or one named before.
  if (/^\W*(?:\d{1,3}\.\s+)?No\s+(?:\w+\s+)?recommendations?\b/u.test(sentence) || /\brecommendations?\s+(?:on|concerning|regarding|about)\s+(?:this|these|that|those)\s+(?:subject|issues?|matters?|areas?|topics?|questions?)\b/iu.test(sentence)) return none();
  // "Malta received no recommendation on freedom of expression": there is none to link.
  if (/\b(?:received|made|got)\s+no\s+(?:\w+\s+)?recommendations?\b|\bno\s+(?:State|country|delegation)\s+(?:made|put\s+forward|addressed)\b/iu.test(sentence)) return none();
  // "Its recommendation to criminalise torture …": a body's (the "it" of the sentence before), not a State's at the review.
  if (/^\s*(?:Its|Their)\s+(?:\w+\s+)?recommendations?\b/u.test(sentence)) return none();
  // …or of the body the sentence has just named: "As the Human Rights Committee observed in 2015, …, and its recommendation that …".
  const its = /\b(?:its|their)\s+(?:\w+\s+)?recommendations?\b/u.exec(sentence);
  if (its && OTHER_BODY.test(sentence.slice(0, its.index))) return none();
  const states = findStateNames(sentence);
  if (listItem) {
    const listed = listedRecommendation(sentence, states);
    if (listed) return listed;
  }
  if (introduced) {
    const quoted = introducedRecommendation(sentence);
    if (quoted) return quoted;
  }

  const cues = PREFILTER.test(sentence) ? findCues(sentence, states) : [];
  if (framed) cues.push(...contextCues(sentence));
  if (cues.length === 0) return similarMention(sentence, context) ?? none();
  const ownCallAt = sentence.search(OWN_CALL);
  const imperative = startsWithImperative(sentence);
  const uprWords = UPR_WORDS.test(sentence);
  let lastTopic = '';
  // Cues in order of strength; the first one whose clause says what the recommendation was about wins.
  for (const cue of cues) {
    const before = sentence.slice(0, cue.start);
    // The submitter's own call ("We urge … to implement the recommendations on torture it accepted"), unless the answer is stated before it.
    if (ownCallAt >= 0 && (cue.start > ownCallAt || !/\b(?:recommended|accepted|supported|noted|rejected)\b/.test(before + sentence.slice(cue.start, cue.end)))) continue;
    // A call to implement ("called on all States to implement those recommendations that …") is not what a recommendation said.
    if (cue.kind !== 'state' && CALL_TO_BEFORE.test(before)) continue;
    if (imperative && cue.start > 0 && !cue.statusRow) continue;
    if (MODAL_CALL.test(before)) continue;
    if (cue.kind !== 'state' && !uprWords && otherBodyOwnsRecommendation(sentence, cue)) continue;
    // "X submitted reports to the review, and made recommendations on …": the stakeholder's own.
    if (/^(?:made|issued|put\s+forward|formulated|gave)\b/i.test(sentence.slice(cue.start, cue.end)) && OWN_SUBMISSION.test(before)) continue;
    // "The Front made 11 recommendations …", "JS3 issued recommendations …": a named organisation that is not a State, nor the Council, nor States as a group.
    if (/^(?:made|issued|put\s+forward|formulated|gave)\b/i.test(sentence.slice(cue.start, cue.end)) && organisationSubject(before, states)) continue;

    const topic = cleanTopic(topicOf(sentence, cue), states);
    // The recommendation's own words must be there: the rest of the sentence ("… showed
    // contempt for international obligations") is not what a recommendation said, and a
    // count ("accepted 130 recommendations entirely") has none. A fronted topic ("On
    // torture, recommendations accepted in 2013 …") names it explicitly: one word is enough.
    const words = substanceWords(topic);
    let substance = words >= 2 || (words === 1 && (TOPIC_PREPOSITION.test(topic) || cue.oneWord)) ? topic : '';
    if (!substance) {
      const fronted = frontedTopic(sentence, cue, states);
      if (fronted) substance = fronted;
    }
    if (!substance) substance = premodifierTopic(sentence, cue);
    if (!substance) substance = reviewPremodifier(sentence, cue);
    if (!substance) substance = statesPremodifier(sentence, cue);
    // "Fiji has not ratified the Convention against Torture, although Italy and Germany recommended ratification": the
    // main clause names what the States' call was about.
    if (!substance && cue.kind === 'state') {
      const conj = /,?\s*\b(?:although|though|even\s+though|whereas)\s+(?:the\s+)?$/iu.exec(sentence.slice(0, cue.start));
      const main = conj ? cleanTopic(sentence.slice(0, conj.index), states) : '';
      if (conj && substanceWords(main) >= 2) substance = `${main} ${topic}`.trim();
    }
    if (!substance) {
      lastTopic ||= topic;
      continue;
    }
    const recommending = cue.states ?? recommendingStates(sentence, states, cue);
    // "Sweden, Germany and Switzerland … expressed concerns …. They urged the government of Indonesia to …".
    if (recommending.length === 0 && cue.start === 0 && /^\s*They\s+(?:also\s+|further\s+)?(?:urged|asked|called\s+(?:on|upon)|recommended|encouraged|pressed)\b/.test(sentence) && context?.previous) {
      const here = new Set(states.map((st) => st.name));
      for (const st of findStateNames(context.previous)) if (!here.has(st.name) && !recommending.includes(st.name)) recommending.push(st.name);
    }
    const response = statedResponseNear(sentence.slice(0, cue.end + 120), cue.start) ?? responseInCue(sentence, cue);
    const mention: RecommendationMention = { mentions: true, cue: [cue.start, cue.end], topic: substance, states: recommending };
    if (response && (cue.kind !== 'state' || cue.answeredCall)) mention.statedResponse = response;
    else if (response && cue.kind === 'state' && /\b(?:which|that|it)\s+(?:\S+\s+){0,3}(?:accepted|supported|noted|rejected)/i.test(sentence)) mention.statedResponse = response;
    return mention;
  }
  return similarMention(sentence, context) ?? none(lastTopic);
}

/** The subject right before "made recommendations" is a capitalised name that is no State and no body of the review. */
function organisationSubject(before: string, states: StateNameMatch[]): boolean {
  const m = /(?:^|[.;:,]\s*)(?:The\s+)?((?:\p{Lu}[\p{L}\p{N}&'’-]*\s+){1,6})(?:(?:also|has|have|had|then|later|jointly)\s+)*$/u.exec(before);
  if (!m) return false;
  const name = m[1]!;
  if (/\b(?:States?|Countries|Delegations|Delegates|Council|HRC|UPR|Working|Group|Government|Authorities|Members?|It|They|Peers)\b/u.test(name)) return false;
  const start = before.length - m[0].length;
  return !states.some((st) => st.start >= start);
}

/**
 * "India had made a similar commitment during the earlier second periodic review": what the
 * recommendation was is in the sentence before, which gives the topic.
 */
function similarMention(sentence: string, context: MentionContext | undefined): RecommendationMention | undefined {
  const previous = context?.previous;
  if (!previous || OWN_CALL.test(sentence) || MODAL_CALL.test(sentence)) return undefined;
  const m = similarAtReview().exec(sentence);
  if (!m) return undefined;
  const before = detectRecommendationMention(previous);
  const topic = before.mentions ? before.topic : cleanTopic(previous, findStateNames(previous));
  if (substanceWords(topic) < 2) return undefined;
  return { mentions: true, cue: [m.index, m.index + m[0].length], topic, states: [] };
}

/**
 * "the decriminalisation recommendations by more than a dozen States", "torture recommendations
 * from other delegations": a topic premodifying the noun, with the recommending States right after.
 */
function statesPremodifier(sentence: string, cue: Cue): string {
  // The States counted or called other ("by more than a dozen States", "from other delegations"), not "by the States coming up for review".
  if (!/^(?:UPR\s+)?(?:recommendations?|proposals?|calls?)\s+(?:made\s+)?(?:from|by)\s+(?!the\s+(?:States|countries)\b)\S/iu.test(sentence.slice(cue.start, cue.end))) return '';
  // A determiner or a count before the premodifier: "the decriminalisation recommendations", not "to hear recommendations".
  const m = /\b(?:the|its|their|these|those|\d+|several|many|numerous|all)\s+((?:[\p{L}-]+\s+){1,3}?)$/iu.exec(sentence.slice(Math.max(0, cue.start - 60), cue.start));
  if (!m || OTHER_BODY.test(m[1]!)) return '';
  const kept = m[1]!
    .trim()
    .split(/\s+/)
    .filter((w) => !PREMOD_VAGUE.has(w.toLowerCase()) && !/^(?:the|a|an|all|any|every|both|each|those|these|its|their|his|her|our|of|to|in|on|and|or|with|other|many|several|some|most|upr)$/i.test(w) && !/^\p{Lu}/u.test(w))
    .join(' ');
  return substanceWords(kept) >= 1 ? kept : '';
}

/** "… implement civic space recommendations from its 3rd UPR cycle": a topic premodifying the noun, with the review right after. */
function reviewPremodifier(sentence: string, cue: Cue): string {
  const m = /\b((?:[\p{L}-]+\s+){1,3}?)(?:UPR\s+)?(?:recommendations?)$/iu.exec(sentence.slice(cue.start, cue.end));
  if (!m || !reviewAfter().test(sentence.slice(cue.end)) || OTHER_BODY.test(m[1]!)) return '';
  // "the States’ domestic implementation of civic space recommendations …": many States, no one review.
  if (/\b(?:States|countries|governments)['’]\s/u.test(sentence.slice(0, cue.end))) return '';
  const kept = m[1]!
    .trim()
    .split(/\s+/)
    .filter((w) => !PREMOD_VAGUE.has(w.toLowerCase()) && !/^(?:the|a|an|all|any|every|both|each|those|these|its|their|his|her|our|of|to|fully|\d+)$/i.test(w))
    .join(' ');
  return substanceWords(kept) >= 1 ? kept : '';
}

/**
 * "On torture, recommendations accepted in 2013 remain unimplemented": a topic phrase
 * fronted before the cue's clause names what the recommendations were about.
 */
function frontedTopic(sentence: string, cue: Cue, states: StateNameMatch[]): string {
  const m = FRONTED.exec(sentence.slice(0, cue.start));
  if (!m) return '';
  const topic = cleanTopic(m[1] ?? '', states);
  return substanceWords(topic) >= 1 ? topic : '';
}
/**
 * "Address the problems of extrajudicial killings … (Netherlands)." — a recommendation's
 * text quoted with its recommending State(s) in brackets, as in a list of the previous
 * review's recommendations: a mention (the submitter's own recommendations carry no State).
 */
let listStartRe: RegExp | undefined;
const listStart = (): RegExp => (listStartRe ??= new RegExp(String.raw`${LIST_MARKER.source}(?:[Tt]o\s+)?(?:${ACTION_VERB}|Address|${ACTION_VERB.toLowerCase()}|address)\b`, 'u'));
function listedRecommendation(sentence: string, states: StateNameMatch[]): RecommendationMention | undefined {
  const last = statesInBrackets(sentence, sentence.length, states);
  if (!last) return undefined;
  // Several bracket groups of States, as in a clustered list: "Ratify the Rome Statute (Chile) (Estonia); (Tunisia)".
  let start = last.start;
  const inside = [...last.states];
  for (let more = statesInBrackets(sentence, start, states); more; more = statesInBrackets(sentence, start, states)) {
    start = more.start;
    inside.unshift(...more.states);
  }
  const topic = cleanTopic(sentence.slice(0, start).replace(LIST_MARKER, ''), []);
  if (substanceWords(topic) < 2) return undefined;
  return { mentions: true, cue: [start, last.end], topic, states: [...new Set(inside.map((st) => st.name))] };
}

/**
 * A list item under a lead-in that introduces the review's recommendations ("Azerbaijan
 * supported recommendations to:" / "- remove all obstacles to the registration of NGOs;"):
 * a recommendation's own words when it starts with an action verb ("To" optional).
 */
function introducedRecommendation(sentence: string): RecommendationMention | undefined {
  if (!listStart().test(sentence)) return undefined;
  const start = LIST_MARKER.exec(sentence)![0].length;
  const end = sentence.replace(/[\s.;,:]+$/u, '').length;
  const topic = cleanTopic(sentence.slice(start, end).replace(/^[Tt]o\s+/, ''), []);
  if (end <= start || substanceWords(topic) < 2) return undefined;
  return { mentions: true, cue: [start, end], topic, states: [] };
}

/** A bracket group ending at `end` (after separators) that holds only State names: "(Switzerland, Mexico)". */
function statesInBrackets(sentence: string, end: number, states: StateNameMatch[]): { start: number; end: number; states: StateNameMatch[] } | undefined {
  // One level of brackets inside, as in "(Iran (Islamic Republic of), Norway)".
  const m = /\(\s*((?:[^()]|\([^()]*\)){2,200}?)\s*\)[\s.;,]*$/u.exec(sentence.slice(0, end));
  if (!m) return undefined;
  const close = m.index + m[0].lastIndexOf(')') + 1;
  const inside = states.filter((st) => st.start >= m.index && st.end <= close);
  if (inside.length === 0) return undefined;
  // What is left in the brackets once the State names are blanked out must be separators.
  let rest = sentence.slice(m.index, close);
  for (const st of inside) rest = rest.slice(0, st.start - m.index) + ' '.repeat(st.end - st.start) + rest.slice(st.end - m.index);
  rest = rest.replace(/^\(/, '').replace(/\)$/, '');
  if (!/^[\s,;&]*(?:(?:and|the)\b[\s,;&]*)*$/iu.test(rest)) return undefined;
  return { start: m.index, end: close, states: inside };
}

/** Adjectives that say nothing about what recommendations were about ("key recommendations"). */
const PREMOD_VAGUE = new Set(
  'key important main major substantive meaningful strong weak good quality actionable measurable smart specific general new old remaining outstanding pending following above said such same similar repeated central crucial priority critical core substantial fundamental essential serious concrete relevant further additional total separate individual official formal vague broad'.split(' '),
);
/**
 * "the 18 death penalty-related recommendations received by Grenada", "37 civic space
 * recommendations": the topic as a premodifier, after a count or before "-related".
 */
function premodifierTopic(sentence: string, cue: Cue): string {
  const text = sentence.slice(Math.max(0, cue.start - 80), cue.end);
  const m = /(?:\b\d+|\b(?:several|many|numerous))\s+((?:[\p{L}-]+\s+){1,3}?)(?:UPR\s+)?recommendations?\b|\b((?:[\p{L}]+[\s-]){1,3}related)\s+(?:UPR\s+)?recommendations?\b/iu.exec(text);
  if (!m) return '';
  const words = (m[1] ?? m[2] ?? '').replace(/[\s-]related$/i, '').trim();
  // "48 percent of UPR recommendations", "clusters of recommendations": a phrase, not a topic.
  if (OTHER_BODY.test(words) || /\b(?:of|in|for|to|from|by|with|out|and|or|than)\b/i.test(words)) return '';
  const kept = words.split(/[\s-]+/).filter((w) => !PREMOD_VAGUE.has(w.toLowerCase())).join(' ');
  return substanceWords(kept) >= 1 ? kept : '';
}

/** "recommendations on torture": a topic preposition says the one word is the subject. */
const TOPIC_PREPOSITION = /^\s*(?:on|regarding|concerning|relating\s+to|related\s+to|about|in\s+the\s+(?:area|field)s?\s+of|with\s+regard\s+to|in\s+relation\s+to|pertaining\s+to)[\s:]/iu;
const FRONTED = /^\s*(?:(?:Especially|Particularly|Notably|Also|And|But)\s+)?(?!On\s+(?:average|balance|the\s+whole|the\s+other\s+hand|paper|top)\b)(?:On|Regarding|Concerning|As\s+(?:for|regards|to)|With\s+(?:regard|respect)\s+to|In\s+(?:relation|respect)\s+to|On\s+the\s+(?:issue|question|subject)\s+of)\s+([^,;:]{3,80}),\s*(?:[\p{L}\p{N}'’-]+\s+){0,6}$/iu;

/** "received pleas from multiple States to …", "received calls from several delegations for …". */
const RECEIVED_FROM_STATES = /\breceived\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:pleas|calls|appeals|requests|recommendations)\s+from\s+(?:(?:multiple|several|many|numerous|various|other|\d+|a\s+number\s+of|dozens\s+of)\s+)?(?:(?:UN\s+)?member\s+)?(?:States|countries|delegations|governments|peers)\b/giu;
/** "the Human Rights Council asked Bangladesh to …", "The HRC encouraged Albania to …". */
const COUNCIL_CALL = /\b(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:Human\s+Rights\s+Council|HRC|UPR\s+Working\s+Group)(?:\s*,\s*[^,;.]{3,100}?,)?\s+(?:also\s+)?(?:asked|urged|called\s+(?:on|upon)|encouraged|recommended|requested|pressed)\s+(?:(?=(?:the\s+(?:government|authorities)|\p{Lu})[^,;.]{0,60}?\bto\s)|(?<=recommended\s+)that\s+(?=(?:the\s+(?:government|authorities|State)|(?!(?:States|Member|Governments|All|Countries)\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:should\s+|must\s+)?\p{Ll}))/gu;
/** "Palau also accepted to combat discrimination …": "accepted to" + what was asked is only said of a recommendation. */
let acceptedToRe: RegExp | undefined;
const acceptedTo = (): RegExp => (acceptedToRe ??= new RegExp(String.raw`\b(?:accepted|rejected|noted|agreed|refused|declined)\s+to\s+(?=(?:${ACTION_VERB.toLowerCase()})\b)`, 'gu'));
/** "Recommendations issued to Cambodia included …", "62 recommendations concern measures to …": what they said, after a verb of content. */
const REC_CONTENT = new RegExp(
  String.raw`\b((?:\d+|one|two|three|several|many|most|some|other|the)\s+)?(?:[\p{L}-]+\s+){0,2}?${NOUN}\s+(?:(?:issued|made|addressed|directed|given|put\s+forward|received)\s+(?:to|by|at|during|in)\s+[^,;.]{1,50}?\s+)?(?:also\s+|mainly\s+|mostly\s+|largely\s+)?(?:includ(?:ed|es|e)|concern(?:ed|s)?|focus(?:ed|es)?\s+on|relat(?:ed|e|es)\s+to|cover(?:ed|s)?|dealt\s+with|emphasi[sz]ed|highlighted)\s+`,
  'giu',
);
/** "One recommendation regarding climate change has been …", "Several recommendations on torture were …". */
const REC_SUBJECT_TOPIC = new RegExp(
  String.raw`(?:^|[,;:]\s*)(?:(?:one|two|three|four|five|several|many|most|some|\d+)\s+(?:of\s+the\s+)?)${NOUN}\s+(?=(?:on|regarding|concerning|relating\s+to|related\s+to|about)\b)`,
  'giu',
);
/** "recommendations of the UN member nations on …", "recommendations from other States to …". */
const REC_OF_STATES = new RegExp(
  String.raw`\b${NOUN}\s+(?:made\s+)?(?:of|from|by)\s+(?:the\s+)?(?:(?:more\s+than|over|at\s+least|some|about|around|nearly|almost|no\s+fewer\s+than)\s+)?(?:${QUANT}\s+)?(?:UN\s+|United\s+Nations\s+|other\s+|fellow\s+|recommending\s+)?(?:member\s+)?(?:States|nations|countries|delegations|delegates|peers)\b`,
  'giu',
);
/** "The recommendation, accepted during the previous UPR, to take …": the answer in commas between the noun and what it said. */
const REC_APPOSITIVE = new RegExp(
  String.raw`\b${NOUN}\s*,\s*(?:which\s+(?:was|were|it)\s+)?(?:(?:also|later|subsequently)\s+)?(?:accepted|supported|noted|rejected|received|made)\s+(?:by\s+[^,;]{1,40}?\s*)?(?:(?:during|at|in|under)\s+[^,;]{1,60}?)?\s*,\s*(?=(?:to|on|regarding|concerning|calling\s+for)\b)`,
  'giu',
);
/** "many recommendations received on issues of detention …": the participle, then at once what they were about. */
const REC_PARTICIPLE_TOPIC = new RegExp(String.raw`\b${NOUN}\s+(?:it\s+|that\s+it\s+)?(?:received|accepted|supported|noted|rejected)\s+(?=(?:on|regarding|concerning|relating\s+to|related\s+to|calling\s+for)\b)`, 'giu');
/** "There were at least 20 recommendations that dealt with …". */
const THERE_WERE_COUNTED = new RegExp(String.raw`\bThere\s+(?:were|was)\s+(?:(?:at\s+least|some|about|around|over|more\s+than|nearly|almost)\s+)?(?:\d+|several|many|numerous|a\s+number\s+of|dozens\s+of)\s+(?:[\p{L}-]+\s+)?${NOUN}\s+(?:that|which)\s+(?:also\s+)?(?:dealt\s+with|concerned|called\s+for|urged|related\s+to|focused\s+on|addressed|sought|asked\s+for)\s+`, 'giu');
/** "its acceptance of recommendations on institutional reform", "the rejection of recommendations to …". */
const NOMINAL_RESPONSE = new RegExp(String.raw`\b(?:acceptance|rejection|non-acceptance)\s+(?:of\s+)?(?:(?:the|several|many|some|all|\d+)\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}['’]s\s+)?${NOUN}\b`, 'gu');
/** "made 91 recommendations, many of which related to …", "accepted all the recommendations, which included …". */
const REC_WHICH_CONTENT = new RegExp(String.raw`\b${NOUN}\s*,\s*(?:(?:many|most|some|several|all|one|two|three|a\s+number)\s+of\s+)?which\s+(?:also\s+|mainly\s+|mostly\s+)?(?:were\s+)?(?:related\s+to|relate\s+to|concerned|focused\s+on|called\s+for|addressed|dealt\s+with|included|sought)\s+`, 'giu');
/** "commitments made through the UPR on …" (the accepted recommendations). */
const UPR_COMMITMENTS = /\bcommitments?\s+(?:it\s+)?(?:made|undertaken|accepted|given|taken)\s+(?:through|at|during|in|under|within)\s+(?:the\s+|its\s+)?(?:(?:first|second|third|previous|last|\d{4})\s+)?(?:UPR|universal\s+periodic\s+review|review|cycle)\b/giu;
/** "recommendations made in 2010 …": a year after a participle of the review. */
const REC_IN_YEAR = new RegExp(String.raw`\b${NOUN}\s+(?:it\s+|that\s+it\s+|which\s+it\s+)?(?:had\s+|has\s+)?(?:made|received|accepted|supported|noted|rejected|issued)\s+(?:to\s+\S+\s+)?(?:in|during)\s+(?:19|20)\d{2}\b`, 'giu');
/**
 * "in line with a recommendation accepted during the previous UPR, …", "Following the
 * recommendations it received at its 2014 review, …": the action reported in the clause is
 * what the recommendation asked for.
 */
let inLineWithRe: RegExp | undefined;
const inLineWith = (): RegExp =>
  (inLineWithRe ??= new RegExp(
    String.raw`\b(?:in\s+line\s+with|in\s+accordance\s+with|in\s+compliance\s+with|pursuant\s+to|following|as\s+per|in\s+response\s+to|to\s+implement)\s+(?:(?:a|an|the|one|its|several|two|three)\s+)?(?:of\s+the\s+)?${NOUN}\s+(?:(?:it|that\s+it|which\s+it)\s+)?(?:had\s+|has\s+)?(?:(?:accepted|supported|received|made)\s+(?:(?:during|at|in)\s+${REVIEW_REF}|in\s+(?:19|20)\d{2}\b)|(?:from|of)\s+${REVIEW_REF})`,
    'giu',
  ));
/** "The Protest Law was referenced 13 times among the recommendations": the topic as the subject, the recommendations counting it. */
const TOPIC_IN_RECS = new RegExp(
  String.raw`^\s*(?:(?:In\s+(?:19|20)\d{2}|At\s+the\s+(?:last|previous)\s+(?:review|UPR)),\s*)?((?:(?!\b(?:it|this|that|these|they|which)\b)[^,;.]){3,100}?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:(?:also|specifically|explicitly|repeatedly|directly)\s+)?(?:referenced|mentioned|raised|cited|referred\s+to|featured|the\s+(?:subject|focus|topic)\s+of)\s+(?:(?:at\s+least|some|about|over|more\s+than|nearly|in)\s+)*(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|many|numerous|a\s+number\s+of|dozens\s+of)\s+)?(?:times\s+)?(?:in|among|by|across|of)\s+(?:the\s+|its\s+)?(?:(?:at\s+least|some|about|over|more\s+than|nearly)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|many|numerous)\s+)?(?:[\p{L}-]+\s+)?${REC}\b`,
  'iu',
);
/** "Recommendations were made on freedom of religion …": the passive, then at once what they were about. */
const REC_PASSIVE_MADE = new RegExp(
  String.raw`\b${NOUN}\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?(?:made|issued|received|put\s+forward|formulated|given|addressed)\s+(?=(?:on|regarding|concerning|relating\s+to|related\s+to|in\s+relation\s+to|with\s+regard\s+to|calling\s+for)\b)`,
  'giu',
);
/** The submitter's own document: "the recommendations in this submission were made on …". */
const DOCUMENT_SUBJECT = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:(?:The|This|Our)\s+(?:present\s+)?(?:joint\s+)?(?:submission|report|paper|document)\s+(?:(?:first|then|also|further|finally)\s+)?(?:assesses|examines|covers|addresses|reviews|describes|looks\s+at|analy[sz]es|considers|focuses)\b|Our\s+(?:summary|overview|assessment|table)\s+of\b[^.]*\bas\s+follows\s*:?\s*$|The\s+(?:table|list|annex|chart)\s+(?:below|above|that\s+follows)\s+(?:summari[sz]es|sets\s+out|lists|shows|gives|presents))/iu;
const OWN_DOCUMENT = /\b(?:this|our|the\s+present)\s+(?:submission|report|paper|document|study|briefing|statement)\b/iu;
/** Words of an action a State under review is asked to take: "address recommendations". */
const ADDRESS_REC = new RegExp(String.raw`\b(?:address|addressing|to\s+address)\s+(?:the\s+)?${NOUN}\b`, 'giu');

/** "did not accept 154 of the 257 recommendations it received at its UPR, particularly those on …": a selection, then what it was about. */
const REC_SELECTION = new RegExp(String.raw`\b${NOUN}\b[^.;]{0,120}?,\s*(?:particularly|especially|notably|in\s+particular|including|mainly|mostly)\s+(?:(?:those|the\s+ones|ones)\s+(?=(?:on|to|regarding|concerning|relating\s+to|related\s+to|about|calling\s+for|aimed\s+at|promoting)\b)|(?=(?:with\s+regard\s+to|regarding|concerning|relating\s+to|in\s+the\s+areas?\s+of|on)\s)|(?:by\s+)?(?=the\s+(?:ratification|adoption|creation|establishment|abolition|enactment|amendment|repeal|signature|accession|introduction|elimination|setting\s+up)\b))`, 'giu');
/** "out of the 250 recommendations made, 41 addressed torture": a count of counts, then what they said. */
const COUNT_OF_COUNT = new RegExp(
  String.raw`\b(?:out\s+of|of)\s+(?:the\s+|its\s+|their\s+)?(?:\d+|all)\s+(?:[\p{L}-]+\s+)?${REC}\s*(?:(?:it|that\s+it)\s+)?(?:made|received|issued|accepted|supported)?\s*,\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|most|some)\s+(?:also\s+)?(?:addressed|concerned|related\s+to|dealt\s+with|focused\s+on|called\s+for|were\s+(?:about|related\s+to)|(?:was|were)\s+on)\s+`,
  'giu',
);
/** "Of the 20 recommendations on torture, the State supported 15": a fronted count with its topic, then what became of them. */
const OF_THE_COUNT = new RegExp(
  String.raw`^\s*(?:Of|Out\s+of|Among)\s+(?:the|its|their)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:[\p{L}-]+\s+)?${NOUN}\s+(?=(?:on|regarding|concerning|relating\s+to|related\s+to|about|calling\s+for|to)\b)`,
  'iu',
);
/** "Among the issues highlighted in the 2012 recommendations were 20 regarding freedom of religion." */
const AMONG_COUNT = new RegExp(
  String.raw`\bAmong\s+[^,.;]{0,60}?\b${REC}\b[^,.;]{0,20}?\s+(?:were|was|are|is)\s+(?:(?:at\s+least|some|about|around|over|nearly)\s+)?(?:\d+|several|many|some|a\s+number)\s+(?=(?:regarding|on|concerning|relating\s+to|related\s+to|about|calling\s+for|to)\b)`,
  'giu',
);
/** "welcomed India's decision to ratify the CAT during the third periodic review": a commitment made at the review. */
const DECISION_TO = new RegExp(String.raw`\b(?:decision|commitment|pledge|promise|undertaking|committed(?:\s+itself)?|pledged|promised|undertook|vowed)\s+to\s+(?=(?:${ACTION_VERB.toLowerCase()}|\p{Ll}{3,}ing)\b)`, 'gu');
let frontedReviewRe: RegExp | undefined;
/** "In its previous review, …", "At the 2018 UPR, …": the review named before the clause. */
/** The review named anywhere: "during the first cycle", "from its first review", "of the previous UPR". */
const reviewNamed = (): RegExp => (reviewNamedRe ??= new RegExp(String.raw`\b(?:during|at|in|since|from|of)\s+${REVIEW_REF}\b`, 'iu'));
let reviewNamedRe: RegExp | undefined;
const fronted = (): RegExp => (frontedReviewRe ??= new RegExp(String.raw`\b(?:during|at|in|since)\s+${REVIEW_REF}\b`, 'iu'));
let atReviewRe: RegExp | undefined;
const atReview = (): RegExp => (atReviewRe ??= new RegExp(String.raw`^([^;.]{3,120}?)\s+(?:during|at|in)\s+${REVIEW_REF}`, 'iu'));
/** "India made a similar commitment at the last UPR cycle in 2012": what it was is in the sentence before. */
let similarRe: RegExp | undefined;
const similarAtReview = (): RegExp =>
  (similarRe ??= new RegExp(String.raw`\b(?:a\s+)?similar\s+(?:commitment|pledge|promise|undertaking|recommendations?)\s+(?:[\p{L}-]+\s+){0,3}?(?:at|during|in)\s+${REVIEW_REF}`, 'iu'));
/** "… implement civic space recommendations from its 3rd UPR cycle": the review right after the noun. */
let reviewAfterRe: RegExp | undefined;
const reviewAfter = (): RegExp =>
  (reviewAfterRe ??= new RegExp(String.raw`^\s+(?:(?:it|that\s+it)\s+)?(?:(?:made|received|accepted|supported)\s+)?(?:from|of|at|during|in|under)\s+${REVIEW_REF}`, 'iu'));
/** The stakeholder's own report: "… submitted reports to the review process, and made recommendations on …". */
const OWN_SUBMISSION = /\bsubmitted\s+(?:[\p{L}-]+\s+){0,3}?(?:reports?|submissions?|information)\b/iu;

/** "These include recommendations on …", "They also called for …". */
const CTX_ANAPHOR = /^\s*(?:These|They|Those|Others?|Some|Many|Several|Most)\s+(?:of\s+(?:them|these|those)\s+)?(?:also\s+|mainly\s+|mostly\s+)?(?:include[sd]?|concern(?:ed|s)?|covered?|relate[sd]?\s+to|called\s+for|urged|asked|focus(?:ed|es)?\s+on|dealt\s+with)\s+(?:(?:the\s+)?(?:recommendations?|calls?)\s+)?/iu;
/** "It also noted those on …", "supported the ones calling for …". */
const CTX_THOSE = /\b(?:noted|accepted|supported|rejected|received|implemented)\s+(?:those|the\s+ones|others|the\s+rest)\s+(?=(?:on|to|regarding|concerning|relating\s+to|related\s+to|calling\s+for)\b)/giu;
/** "There were also calls to …". */
const CTX_THERE_WERE = /\bthere\s+(?:were|was)\s+(?:(?:also|as\s+well|further|several|many|numerous)\s+)*(?:calls|recommendations|requests|demands)\s+(?=(?:to|for|on)\b)/giu;
/** "Encouraging Egypt to …", "Urging the government to …": a reported call, at the start of a clause. */
const CTX_GERUND_CALL = /^\s*(?:[-•*]\s*)?(?:(?:and|also)\s+)?(?:Encouraging|Urging|Calling\s+(?:on|upon)|Asking|Recommending|Requesting|Pressing)\s+(?:the\s+(?:[Gg]overnment|authorities|State)|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:of\s+\p{Lu}[\p{L}-]+\s+)?to\s+/u;
/** "made its commitment to ratify …", "reiterated its pledge to abolish …". */
let ctxCommitmentRe: RegExp | undefined;
const ctxCommitment = (): RegExp =>
  (ctxCommitmentRe ??= new RegExp(String.raw`\b(?:made|gave|reiterated|renewed|expressed|confirmed|announced)\s+(?:its|their|a|the)\s+(?:firm\s+|clear\s+)?(?:commitment|pledge|promise|undertaking)\s+to\s+(?=(?:${ACTION_VERB.toLowerCase()})\b)`, 'gu'));
/** "It also recommended Azerbaijan to …" after a sentence naming the recommending State. */
const CTX_PRONOUN_CALL = /^\s*(?:It|They|He|She)\s+(?:also\s+|further\s+)?(?:recommended|urged|asked|called\s+(?:on|upon))\s+(?:that\s+)?/u;
/** "Among other recommendations, …", "Among the recommendations it received, …": the sentence frames itself. */
const SELF_FRAME = /\bAmong\s+(?:the\s+|other\s+|these\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?recommendations\b/iu;

/** Cues that need the frame of the previous sentence or a follow-up section (ranked after all others). */
function contextCues(sentence: string): Cue[] {
  const out: Cue[] = [];
  const a = CTX_ANAPHOR.exec(sentence);
  if (a) out.push({ start: a.index, end: a.index + a[0].length, kind: 'review', objectStart: a.index + a[0].length, direct: !/(?:recommendations?|calls?)\s*$/i.test(a[0]) });
  for (const m of sentence.matchAll(CTX_THOSE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: m.index + m[0].length });
  for (const m of sentence.matchAll(CTX_THERE_WERE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: m.index + m[0].length });
  // In the frame, a list item or clause that starts with the calls themselves: "Calls for cooperation with …, recommendations to set up …".
  const bare = /^\s*(?:[-•*]\s*)?(?:Calls?|Recommendations?|Requests?|Demands?)\s+(?=(?:for|to|on)\b)/u.exec(sentence);
  if (bare) out.push({ start: bare.index, end: bare.index + bare[0].length, kind: 'review', objectStart: bare.index + bare[0].length });
  // In the frame, a clause that reports a call on the State under review: "Encouraging Egypt to lift the state of emergency."
  const gerund = CTX_GERUND_CALL.exec(sentence);
  if (gerund) out.push({ start: gerund.index, end: gerund.index + gerund[0].length, kind: 'state', objectStart: gerund.index + gerund[0].length, direct: true });
  // "The Government made its commitment to ratify OP-CAT" after a sentence about the recommendations: what it accepted.
  for (const m of sentence.matchAll(ctxCommitment())) out.push({ start: m.index, end: m.index + m[0].length, kind: 'response', objectStart: m.index + m[0].length, direct: true });
  // "Nepal also agreed to reform its penal code" after a sentence about the review: the answer to a recommendation.
  for (const m of sentence.matchAll(acceptedTo())) {
    // Only an agreement: "refused to release …" in a follow-up section is as often about a person as about a recommendation.
    if (!/^agreed/i.test(m[0])) continue;
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    const subjectIsState = findStateNames(before).some((st) => before.length - st.end <= 12) || /\b(?:the\s+)?(?:government|authorities|State|country|it)\s+(?:(?:also|only|had|has|have|later|subsequently|then)\s+){0,3}$/iu.test(before);
    if (subjectIsState && !OTHER_BODY.test(before.slice(-30))) out.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'response', objectStart: m.index + m[0].length, direct: true });
  }
  const p = CTX_PRONOUN_CALL.exec(sentence);
  if (p) out.push({ start: p.index, end: p.index + p[0].length, kind: 'state', objectStart: p.index + p[0].length });
  return out;
}

function findMoreCues(sentence: string, states: StateNameMatch[], reviewContext: boolean, cues: Cue[]): void {
  const push = (m: RegExpMatchArray, kind: Cue['kind'], extra: Partial<Cue> = {}): void => {
    cues.push({ start: m.index!, end: m.index! + m[0].trimEnd().length, kind, objectStart: m.index! + m[0].length, ...extra });
  };
  for (const m of sentence.matchAll(RECEIVED_FROM_STATES)) push(m, 'received');
  // Not the Council's resolutions, addressed to all States.
  if (!/\bresolutions?\b/i.test(sentence)) for (const m of sentence.matchAll(COUNCIL_CALL)) push(m, 'state', { direct: true });
  for (const m of sentence.matchAll(acceptedTo())) {
    // Said of the State under review ("Palau also accepted to …"), not of a committee or a court.
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    const subjectIsState = states.some((st) => st.end <= m.index && m.index - st.end <= 12) || /\b(?:the\s+)?(?:government|authorities|State|country|it)\s+(?:(?:also|only|had|has|have|later|subsequently|then)\s+){0,3}$/iu.test(before);
    // "agreed to release", "refused to release" are said of much else than a recommendation: only where the sentence names the review.
    if (/^(?:agreed|refused|declined)/i.test(m[0]) && !/\b(?:UPR|universal\s+periodic\s+review|review|interactive\s+dialogue)\b/iu.test(sentence)) continue;
    if (subjectIsState && !OTHER_BODY.test(before.slice(-30))) push(m, 'response', { direct: true, objectStart: m.index + m[0].length });
  }
  for (const m of sentence.matchAll(REC_CONTENT)) {
    // A bare "the recommendations included …" needs the review named; a count or a participle ("issued to Cambodia") says whose they were.
    const counted = m[1] !== undefined && !/^the\s/i.test(m[1]);
    if (!counted && !/\b(?:issued|made|addressed|directed|given|put\s+forward|received)\s/i.test(m[0]) && !UPR_CONTEXT.test(sentence)) continue;
    if (/\b(?:our|this|these|following|below|above|own|key|main)\s+(?:[\p{L}-]+\s+)?(?:recommendations?|proposals?)\b/iu.test(m[0])) continue;
    push(m, 'review', { direct: true });
  }
  for (const m of sentence.matchAll(REC_SUBJECT_TOPIC)) {
    if (!UPR_CONTEXT.test(sentence) && !/\d/.test(m[0])) continue;
    push(m, 'review');
  }
  for (const m of sentence.matchAll(REC_OF_STATES)) push(m, 'review', { weak: true });
  for (const m of sentence.matchAll(UPR_COMMITMENTS)) push(m, 'review', { weak: true });
  for (const m of sentence.matchAll(REC_APPOSITIVE)) push(m, 'response');
  for (const m of sentence.matchAll(REC_PARTICIPLE_TOPIC)) push(m, 'review');
  for (const m of sentence.matchAll(REC_WHICH_CONTENT)) push(m, 'review', { direct: true });
  // A State said what the State under review should do: "The UK also said that Pakistan should …".
  for (const st of states) {
    const said = /^(?:\s+(?:representative|delegation|government))?\s+(?:also\s+)?(?:said|stated|stressed|noted)\s+that\s+/u.exec(sentence.slice(st.end));
    if (!said) continue;
    const objStart = st.end + said[0].length;
    const object = states.find((o) => o.start === objStart || o.start === objStart + 4) ?? (/^(?:the\s+(?:government|authorities)|it)\b/i.test(sentence.slice(objStart)) ? st : undefined);
    const should = /^[^,;.]{0,40}?\b(?:should|must)\s+/u.exec(sentence.slice(objStart));
    if (object && object !== st && should) cues.push({ start: st.start, end: objStart + should[0].length, kind: 'state', objectStart: objStart + should[0].length });
  }
  for (const m of sentence.matchAll(THERE_WERE_COUNTED)) push(m, 'review', { direct: true });
  // …not in the submitter's own call ("In line with the recommendation it accepted at its last UPR, we urge …").
  if (!OWN_CALL.test(sentence) && !MODAL_CALL.test(sentence)) for (const m of sentence.matchAll(inLineWith())) {
    // "(efforts) to implement the recommendations of the first cycle, …" names no answer: what follows is often other work ("…, attain the MDGs").
    if (/^to\s+implement\b/i.test(m[0]) && !/\b(?:accepted|supported|received|made)\b/i.test(m[0])) continue;
    // The action is in the clause after the comma, or before the phrase ("The NHRI was set up in line with …").
    const after = /^\s*,\s*([^;]{10,})$/u.exec(sentence.slice(m.index + m[0].length));
    if (after) {
      const start = m.index + m[0].length + after[0].indexOf(after[1]!);
      cues.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: start, direct: true });
    } else if (m.index > 10) cues.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: 0, objectEnd: m.index, direct: true });
  }
  const topicIn = TOPIC_IN_RECS.exec(sentence);
  if (topicIn) {
    const start = topicIn.index + topicIn[0].indexOf(topicIn[1]!);
    const verb = start + topicIn[1]!.length + (/^\s*/.exec(sentence.slice(start + topicIn[1]!.length))?.[0].length ?? 0);
    cues.push({ start: verb, end: topicIn.index + topicIn[0].length, kind: 'review', objectStart: start, objectEnd: start + topicIn[1]!.length, direct: true });
  }
  if (!OWN_DOCUMENT.test(sentence)) for (const m of sentence.matchAll(REC_PASSIVE_MADE)) push(m, 'review');
  for (const m of sentence.matchAll(COUNT_OF_COUNT)) push(m, 'review', { direct: true, oneWord: true });
  for (const m of sentence.matchAll(AMONG_COUNT)) push(m, 'review');
  const ofCount = OF_THE_COUNT.exec(sentence);
  if (ofCount && /,[^,;]*\b(?:accepted|supported|noted|rejected|received|implemented|were\s+(?:fully\s+|partially\s+)?implemented)\b/iu.test(sentence.slice(ofCount[0].length))) {
    const comma = sentence.indexOf(',', ofCount[0].length);
    cues.push({ start: ofCount.index, end: ofCount.index + ofCount[0].trimEnd().length, kind: 'review', objectStart: ofCount.index + ofCount[0].length, objectEnd: comma > 0 ? comma : undefined });
  }
  for (const m of sentence.matchAll(REC_SELECTION)) {
    // A selection of what the State answered or received: "did not accept 154 of the 257 recommendations …, particularly those on …".
    const upTo = sentence.slice(0, m.index + m[0].length);
    if (!/\b(?:accept|support|not(?:e|ed)\b|reject|receiv|refus|declin|previous|earlier|prior)/i.test(upTo) && !reviewNamed().test(upTo)) continue;
    // "…, particularly the ratification of CRPD": the selection itself, no linking word.
    push(m, 'response', { direct: true });
  }
  for (const m of sentence.matchAll(DECISION_TO)) {
    const at = atReview().exec(sentence.slice(m.index + m[0].length));
    const beforeCue = sentence.slice(Math.max(0, m.index - 60), m.index);
    // The review after what was promised ("… to ratify the CAT during its last review"), or fronted ("At its last review, the State pledged to …").
    if (!at && !fronted().test(sentence.slice(0, m.index))) continue;
    // Not another body's decision, nor the submitter's own pledge.
    if (OTHER_BODY.test(beforeCue) || /\b(?:we|our|I)\b/iu.test(beforeCue)) continue;
    const start = m.index + m[0].length;
    cues.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'response', objectStart: start, objectEnd: at ? start + at[1]!.length : undefined, direct: true });
  }
  for (const m of sentence.matchAll(NOMINAL_RESPONSE)) push(m, 'response');
  for (const m of sentence.matchAll(REC_IN_YEAR)) push(m, 'review');
  for (const m of sentence.matchAll(ADDRESS_REC)) if (UPR_CONTEXT.test(sentence) || /\b(?:19|20)\d{2}\b/.test(sentence)) push(m, 'response', { weak: true });
  // A named State calling for something at the review: "Norway and Australia called for investigations into …".
  if (reviewContext && !OTHER_FORUM.test(sentence)) {
    for (const st of states) {
      const v = STATES_CALLED_FOR.exec(sentence.slice(st.end));
      if (v) cues.push({ start: st.start, end: st.end + v[0].length, kind: 'state', objectStart: st.end + v[0].length });
    }
  }
}

function findCues(sentence: string, states: StateNameMatch[]): Cue[] {
  const cues: Cue[] = [];
  const reviewContext = REVIEW_CONTEXT.test(sentence);
  const push = (m: RegExpMatchArray, kind: Cue['kind'], extra: Partial<Cue> = {}): void => {
    cues.push({ start: m.index!, end: m.index! + m[0].trimEnd().length, kind, objectStart: m.index! + m[0].length, ...extra });
  };
  for (const m of sentence.matchAll(VERB_THEN_REC)) {
    const kind = /^receiv/i.test(m[0]) ? 'received' : 'response';
    // "implementation of recommendations" alone is structure unless the review or an answer is named.
    // …or the State's own implementation is meant ("the state's implementation of recommendations that affect …").
    const stateOwn = /\b(?:the\s+(?:State|state|[Gg]overnment|authorities)|(?!The\b|This\b|Its\b)\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{L}-]+\s+)?$/u.test(sentence.slice(Math.max(0, m.index - 40), m.index));
    if (/^implementation\s+of/i.test(m[0]) && !UPR_WORDS.test(sentence) && findResponsePhrases(sentence).length === 0 && !(stateOwn && !OTHER_BODY.test(sentence))) continue;
    const weak = /^(?:implementation\s+of|implement|follow|honou?r|fulfil|heed|progress)/i.test(m[0]);
    push(m, kind, { weak });
  }
  // "Follow-up on the recommendation to …": the noun at once, not "follow-up to the last review, and provide recommendations".
  for (const m of sentence.matchAll(FOLLOW_UP_REC)) push(m, 'response', { weak: true });
  for (const m of sentence.matchAll(REC_SUBJECT_VERB)) push(m, 'response');
  for (const m of sentence.matchAll(REC_CALLED)) push(m, 'review', { objectStart: m.index + m[0].length - (/(?:for|on|upon)$/i.exec(m[0])?.[0].length ?? 0) });
  // The State under review asked by its peers: "The government was also asked to sign …".
  for (const m of sentence.matchAll(PASSIVE_CALL)) {
    if (!SUR_SUBJECT.test(sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
    // Without a review in the sentence, what was asked must be what recommendations ask: "to ratify", "to sign" — not "to comment".
    if (!reviewContext && !actionAfterTo().test(sentence.slice(m.index + m[0].length))) continue;
    if (/^[^,;.]{0,40}?\brecommendations?\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    push(m, 'review', { objectStart: m.index + m[0].length - 2, direct: true });
  }
  // "It was (also) recommended that Azerbaijan decriminalise defamation": the State under review, at a review or by name.
  for (const m of sentence.matchAll(IT_WAS_RECOMMENDED)) {
    const subject = sentence.slice(m.index + m[0].length);
    const named = states.some((st) => st.start === m.index! + m[0].length);
    // "It was recommended at the second review / in 2014 that …": the review dates it, whoever the subject.
    if (m[1] !== undefined && OTHER_BODY.test(m[1])) continue; // "in 2015 by the Committee against Torture"
    const dated = m[1] !== undefined && /\b(?:review|UPR|cycle|session|(?:19|20)\d{2})\b/iu.test(m[1]) && !OTHER_BODY.test(sentence.slice(m.index + m[0].length));
    if (!named && !dated && !(UPR_CONTEXT.test(sentence) && /^the\s+(?:government|authorities|State)\b/iu.test(subject))) continue;
    cues.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind: 'review', objectStart: m.index + m[0].length, direct: true });
  }
  // A quoted recommendation after the answer: "agreed to ''Take measures to …''".
  for (const m of sentence.matchAll(QUOTED)) push(m, 'response', { direct: true });
  for (const m of sentence.matchAll(PARTITIVE)) push(m, 'review', { direct: true });
  for (const m of sentence.matchAll(REC_PARTICIPLE)) push(m, 'review', { weak: true });
  for (const m of sentence.matchAll(REVIEW_REC)) push(m, 'review', { weak: true });
  for (const m of sentence.matchAll(REC_ANSWERED)) push(m, 'review');
  for (const m of sentence.matchAll(REC_THEN_VERB)) {
    const recEnd = m.index + (/^(?:UPR\s+)?(?:recommendations?|proposals?|calls?)/i.exec(m[0])?.[0].length ?? 0);
    // The recommendation's words end where the answer's clause starts ("…, which Azerbaijan noted").
    const clause = /(?:,\s*)?\b(?:which|that|it|they|was|were|has|have|had)\s+(?:\S+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:(?:not|never|also|only|merely|simply|just|largely|mostly|partly|eventually|ultimately|reportedly|formally|subsequently|later|finally|initially|expressly|explicitly)\s+)?(?:accepted|supported|noted|rejected|refused|did\s+not|agreed|implemented|acted)\b[^]*$/iu.exec(m[0]);
    cues.push({ start: m.index, end: recEnd, kind: 'response', objectStart: recEnd, objectEnd: clause ? m.index + clause.index : undefined });
    // …or after the answer: "recommendations that were accepted during the previous reviews, including …".
    const after = /^\s*(?:(?:in|at|during|under|since)\s+[^,;]{0,60}?(?:review|cycle|UPR|\d{4})s?\b)?/iu.exec(sentence.slice(m.index + m[0].length));
    // Only when the answer is attached to the noun ("recommendations that were accepted"), not a later clause's verb.
    if (!/^\s+(?:(?:that|which)\s+)?[^,;]{0,30}$/u.test(sentence.slice(recEnd, m.index + m[0].length).replace(/\S+$/, ''))) continue;
    cues.push({ start: m.index, end: recEnd, kind: 'review', objectStart: m.index + m[0].length + (after?.[0].length ?? 0) });
  }
  // A recommending State: "Norway recommended that", "Norway and Sweden recommended", "recommended by Norway", "Norway's recommendation".
  for (const s of states) {
    // "the Law Commission of India recommended …": a national body, not a State at the review.
    if (INSTITUTION_OF.test(sentence.slice(Math.max(0, s.start - 40), s.start))) continue;
    const after = sentence.slice(s.end);
    const v = STATES_RECOMMENDED.exec(after);
    // Not "The European Commission's report on Serbia recommended …": the State is what a report is about.
    if (v && !/\b(?:report|study|review|assessment|opinion|paper|resolution)\s+(?:on|of|about)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, s.start - 30), s.start))) cues.push({ start: s.start, end: s.end + v[0].length, kind: 'state', objectStart: s.end + v[0].length });
    // "Germany and France urged the government to …", "Sweden asked Azerbaijan to …": a call on the State under review.
    const call = STATES_CALLED_ON.exec(after);
    if (call && !OTHER_FORUM.test(sentence)) {
      const objStart = s.end + call[0].length;
      // (The State asked may be written with its article, "asked the Netherlands to", or as "the Kingdom".)
      const lead = /^the\s+/.exec(sentence.slice(objStart))?.[0].length ?? 0;
      const object = states.find((o) => (o.start === objStart || o.start === objStart + lead) && o !== s) ?? (/^(?:the\s+(?:government|authorities|State|country|Kingdom|Republic)|it)\b/.test(sentence.slice(objStart)) ? s : undefined);
      if (object && /^[^,;.]{0,60}?\bto\s/u.test(sentence.slice(objStart))) cues.push({ start: s.start, end: objStart, kind: 'state', objectStart: objStart });
    }
    const poss = /^['’]s?\s+(?:\w+\s+)?(?:recommendations?|proposals?)\b/u.exec(after);
    if (poss) cues.push({ start: s.start, end: s.end + poss[0].length, kind: 'state', objectStart: s.end + poss[0].length });
    const by = /\b(?:(?:recommended|recommendations?\s+(?:made|put\s+forward|formulated|issued)|made|put\s+forward)\s+(?:(?:among\s+others|inter\s+alia|notably|in\s+particular|also),?\s+)?by|recommendations?\s+(?:(?:made|put\s+forward|formulated|issued|coming|received|that\s+came)\s+)?from)\s+(?:the\s+)?$/iu.exec(sentence.slice(Math.max(0, s.start - 40), s.start));
    const window = /\b(?:accepted|supported|noted|rejected|received)\b/i.test(sentence) ? 140 : 60;
    if (by && /recommend/i.test(sentence.slice(Math.max(0, s.start - window), s.start))) cues.push({ start: s.start - by[0].length, end: s.end, kind: 'state' });
  }
  // The recommending States as a group: "Six States recommended", "many UN member countries
  // called on Bahrain to", "countries that called for", "… and many called for" (at a review).
  for (const m of sentence.matchAll(RECOMMENDERS)) {
    const bare = m[2] !== undefined;
    const quantified = m[1] !== undefined;
    const rest = sentence.slice(m.index + m[0].length);
    const objectIsState = /^\s*(?:on|upon)?\s*(?:the\s+(?:government|authorities|State|country)|it|them)\b/iu.test(rest) || states.some((s) => s.start >= m.index! + m[0].length && s.start <= m.index! + m[0].length + 12);
    // "urged the international community", "asked questions", "asked for clarification": not a recommendation to the State.
    if (/(?:urged|asked|pressed|encouraged|requested|called\s+(?:on|upon))$/i.test(m[0]) && !objectIsState) continue;
    if (!reviewContext && OTHER_FORUM.test(sentence)) continue;
    if (bare ? !reviewContext || /recommended$/i.test(m[0]) && !UPR_WORDS.test(sentence) : !(reviewContext || objectIsState || quantified)) continue;
    // "…, many of which were repeated" is not a subject; "some other countries" is.
    if (bare && !/(?:^|[,;:–—]\s*(?:and|while|but|whereas)?\s*|\b(?:and|while|but|whereas)\s+)$/iu.test(sentence.slice(0, m.index))) continue;
    push(m, 'state', { objectStart: m.index + m[0].length - (/(?:for|on|upon)$/i.exec(m[0])?.[0].length ?? 0) });
  }
  for (const m of sentence.matchAll(REC_TOPIC_PARTICIPLE)) {
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
    cues.push({ start: m.index, end: m.index + m[0].length, kind: 'review', objectStart: start, objectEnd: start + m[1]!.length, direct: true });
  }
  findMoreCues(sentence, states, reviewContext, cues);
  findFollowUpCues(sentence, states, reviewContext, cues);
  const rank = { state: 0, response: 1, received: 2, review: 3 } as const;
  if (!UPR_CONTEXT.test(sentence)) {
    // "proposals", "calls": the recommending States' only where the sentence is about a review.
    for (let i = cues.length - 1; i >= 0; i--) {
      const text = sentence.slice(cues[i]!.start, cues[i]!.end);
      // …or where the UPR's own words for an answer are attached ("Egypt's acceptance of the calls to …", "noted the proposals of
      // Australia …"); "rejected calls to hold an inquiry", "accepted calls from the opposition to …" are said of any proposal.
      if (cues[i]!.kind !== 'state' && /\b(?:proposals?|calls?)\b/i.test(text) && !/recommend/i.test(text) && !/\b(?:acceptance\s+of|not(?:ed|ing))\b/i.test(text)) cues.splice(i, 1);
    }
  }
  cues.sort((a, b) => rank[a.kind] - rank[b.kind] || a.start - b.start);
  return cues;
}

const BODY_REPEATS = new RegExp(String.raw`${OTHER_BODY.source}[^,;.]{0,60}?\b(?:repeated|reiterated|renewed|made|issued|adopted|recalled|formulated)\s+(?:its\s+|the\s+|a\s+|an\s+|several\s+|\d+\s+)?(?:earlier\s+|previous\s+)?$`, 'u');

function otherBodyOwnsRecommendation(sentence: string, cue: Cue): boolean {
  // "recommendations of/by/from the Venice Commission", "the Committee against Torture recommended", "as recommended by CAT".
  const around = sentence.slice(cue.start, Math.min(sentence.length, cue.end + 60));
  if (/[Rr]ecommendations?\s+(?:made\s+|issued\s+)?(?:of|by|from)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+|European\s+|OSCE\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}?(?:Committee|Commission|Rapporteur|Working\s+Group|Council\s+of\s+Europe|OSCE|ODIHR|ECRI|GRECO|CPT|Court|experts?|treaty|special|mandate|Ombudsman|CAT|CEDAW|CERD|CRC|UNHCR|ILO|NHRI|panel|inquiry|mission)/u.test(around)) return true;
  // "OSCE recommendations", "treaty body recommendations": the body's name right before the noun.
  if (new RegExp(String.raw`${OTHER_BODY.source}\s+(?:[\p{L}-]+\s+)?(?:[Rr]ecommendations?)\b`, 'u').test(sentence.slice(Math.max(0, cue.start - 40), Math.min(sentence.length, cue.end + 40)))) return true;
  // "the Special Rapporteur's recommendations", "recommendations on prison conditions made by the Council of Europe".
  if (OTHER_BODY_POSSESSIVE.test(sentence) || OTHER_BODY_AGENT.test(sentence.slice(cue.start, Math.min(sentence.length, cue.end + 120)))) return true;
  const before = sentence.slice(Math.max(0, cue.start - 80), cue.start);
  if (/\b(?:of|by|from)\s+(?:the\s+)?[\p{L}\s-]{0,40}$/iu.test(before) && OTHER_BODY.test(before)) return true;
  // The body is the subject of "recommended": "the Committee against Torture recommended".
  const subj = /([\p{L}\s,()'’-]{0,80})\brecommended\b/iu.exec(sentence);
  if (subj && OTHER_BODY.test(subj[1] ?? '')) return true;
  // …or of a verb that makes or repeats one: "The Committee against Torture repeated the recommendation on …".
  if (BODY_REPEATS.test(sentence.slice(Math.max(0, cue.start - 100), cue.start))) return true;
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
    const subject = STATES_MADE_RECOMMENDATIONS.test(after) || /^['’]s?\s+(?:\w+\s+)?recommendations?\b/u.test(after);
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
const LINK = /^[\s,]*(?:(?:(?!(?:whereas|while|but|although|though|yet|and|or|which|who|whom|because|where|when|if|with)\b|(?!during\b|following\b)[\p{L}]+ing\b)[\p{L}\p{N}'’-]+(?:,(?=\s+(?:includ|with\s+(?:a\s+)?(?:[\p{L}-]+\s+)?(?:focus|emphasis)\s+on|with\s+(?:a\s+)?(?:vow|pledge|commitment|promise)\s+to)))?\s+){0,6}?)(?!(?:on\s+(?:the\s+)?(?:basis|grounds?|account|behalf|part|occasion|average)\b|on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|on\s+\d|to\s+(?:be|have\s+been)\b))(?=(?:to|on|with\s+(?:a\s+)?(?:[\p{L}-]+\s+)?(?:focus|emphasis)\s+on|with\s+(?:a\s+)?(?:vow|pledge|commitment|promise)\s+to|regarding|concerning|relating\s+to|related\s+to|about|calling\s+(?:for|on|upon)|call(?:s|ed)?\s+(?:for|on|upon)|urging|asking|encouraging|inviting|that|for(?!\s+(?:their|its|his|her|our|these|those|this|being|having|lack|reasons?|example|instance)\b)|in\s+(?=\p{L}+ing\b)|in\s+the\s+(?:area|field)s?\s+of|aimed\s+at|with\s+regard\s+to|in\s+relation\s+to|pertaining\s+to|addressing|seeking|to\s+the\s+effect|includ(?:e|es|ed|ing)|(?:that|which)\s+(?:involved|concerned|addressed|sought|aimed))\b(?!\s+(?:(?:it|they|we|the\s+(?:government|state|authorities)|\p{Lu}[\p{L}-]+)\s+(?:had\s+|has\s+|have\s+)?(?:accepted|supported|noted|rejected|received|made)|were|was|are|is|had|has|have|would|will|could)\b)|(?:are|were)\s*:)/iu;

let recipientReCache: RegExp | undefined;
const recipientRe = (): RegExp =>
  (recipientReCache ??= new RegExp(String.raw`^to\s+(?:the\s+)?(?:(?:specific|other|all|several|many|individual|fellow|reviewed)\s+)?(?:States?(?:\s+under\s+review)?|countries|country|governments?|authorities|it|them|(?!${ACTION_VERB}\b)\p{Lu}[\p{L}-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]+){0,3})(?:\s+reviewed)?(?=[\s,]|$)`, 'u'));

function topicOf(sentence: string, cue: Cue): string {
  if (cue.objectStart === undefined) return cue.kind === 'state' ? sentence.slice(0, cue.start) + ' ' + sentence.slice(cue.end) : '';
  let rest = sentence.slice(cue.objectStart, cue.objectEnd);
  // After a weak cue the recommendation's words come at once ("… on X"), not after a comma.
  if (cue.weak && /^\s*,/.test(rest)) return '';
  if (cue.kind !== 'state' && !cue.direct) {
    let link = LINK.exec(rest);
    if (!link && !cue.weak) {
      // "received 20 recommendations, the second highest number, regarding …": an apposition before what they said.
      const appos = /^\s*,\s*[^,;()]{1,40}?,(?=\s*(?:regarding|on|concerning|relating\s+to|related\s+to|about|calling\s+for)\b)/iu.exec(rest);
      if (appos) {
        rest = rest.slice(appos[0].length);
        link = LINK.exec(rest);
      }
    }
    if (!link) return '';
    // After a weak cue the link comes at once or nearly ("UPR recommendations with its terrorism law that …" is not what they said).
    // (or after a few words, when what follows is "including …": "recommendations previously accepted by Viet Nam, including in relation to …").
    const filler = link[0].trim().split(/\s+/).filter(Boolean).length;
    if (cue.weak && filler > 0 && !(filler <= 3 && /^includ/i.test(rest.slice(link[0].length)))) return '';
    rest = rest.slice(link[0].length).replace(/^(?:are|were)\s*:/i, '');
    // "made to specific States …", "to the government on …": who received them, not what they said.
    const recipient = recipientRe().exec(rest);
    if (recipient) {
      rest = rest.slice(recipient[0].length);
      const again = LINK.exec(rest);
      if (!again || again[0].trim().split(/\s+/).filter(Boolean).length > 2) return '';
      rest = rest.slice(again[0].length);
    }
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
    // Years go, except a law's ("Law No. 1/1965", "the 1965 Blasphemy Law"), which names it.
    .replace(/(?<![/\d]\s*)\b(?:19|20)\d{2}\b(?!\s+(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:Law|Act|Decree|Code|Ordinance|Bill)\b)/gu, ' ')
    // A quotation's attribution: '…," said Anam.'
    .replace(/[,"”’]+\s*(?:said|says|added|stated|noted|explained|according\s+to)\s+[^,;"“”]{1,60}$/u, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words too vague to say what a recommendation was about ("a broad range of human rights issues"), though ranking may use them. */
const VAGUE = new Set(['cent', 'percent', 'number', 'numb', 'large', 'larg', 'human', 'right', 'rights', 'broad', 'wide', 'range', 'rang', 'variety', 'varieti', 'array', 'host', 'spectrum', 'general', 'gener', 'generic', 'serious', 'seriou', 'grave', 'violation', 'violations', 'violat', 'abuse', 'abuses', 'abus', 'situation', 'situat', 'concern', 'concerns', 'major', 'highlight', 'problem', 'problems', 'provid', 'address', 'improv', 'improvement', 'requir', 'require']);
const substanceWords = (text: string): number => contentWords(text).filter((t) => !VAGUE.has(t)).length;

/**
 * "decriminalise" → "decriminalize", "organisation" → "organization": the stemmer folds
 * only the -ize forms, and recommendations and submissions use both spellings. Only after
 * stems that end like those of such verbs (not "exercise", "promise", "enterprise").
 */
export function americanSpelling(word: string): string {
  return word.replace(/^([a-z]{3,}(?:al|ar|an|in|on|im|ic|en|at|or|ur|ol|il|et|it|em|gn|og|as|rd))is(e|ed|es|ing|ation|ations|er|ers)$/, '$1iz$2');
}

/** Index terms of the words that carry substance. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of tokenize(text)) {
    const lw = americanSpelling(w.toLowerCase());
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
