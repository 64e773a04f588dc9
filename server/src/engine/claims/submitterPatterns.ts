/**
 * The submitter speaking of itself: its calls ("We urge …"), its work and methodology ("We
 * interviewed 40 people", "It is based on 112 interviews", "Our database held …"), its
 * description ("X is an independent network founded in 2011"). None of these is a claim
 * that needs an outside source.
 */
import { OWN_PERFECT_PREFIXES, OWN_WORK_WORDS } from './lexicon';

/** Lead-in clauses by the submitter; the rest of the sentence is what is asserted. */
export const LEAD_IN =
  /^(?:we|the (?:undersigned|submitting) organi[sz]ations|the authors)\s+(?:(?:are|remain|were)\s+(?:also\s+)?(?:deeply|gravely|seriously|particularly|extremely)?\s*(?:concerned|alarmed|troubled|disturbed)(?:,\s*(?:however|moreover|also|further|nevertheless),)?\s+(?:that|about|by|at)|(?:note|observe|recall|stress|emphasi[sz]e|underline|highlight|regret|deplore|welcome|commend|acknowledge|appreciate)\s+(?:with (?:\w+\s+)?(?:concern|satisfaction|regret)\s+)?(?:that\s+)?)|^it (?:should|must) be (?:noted|recalled|stressed|emphasi[sz]ed) that\s+/i;

/**
 * A time or purpose adverbial before the subject: "In 2019,", "Between 2020 and 2023,", "In
 * preparing this submission,", "Over the past year," — or a bare year before "we"/"our".
 */
export const FRONTED_ADVERBIAL =
  /^(?:(?:Today|Currently|At\s+present|Now)\s*,?\s+(?=(?:we|our)\b)|(?:In|Since|Between|From|During|Over|Throughout|Until|After|Before|For|While|When|Following)\s+[^,.;:]{1,60},\s*|As\s+an?\s+[^,.;:]{1,80},\s*|(?:For|In\s+preparing)\s+(?:this|the\s+present)\s+(?:report|submission)\s+|For\s+(?:the\s+)?(?:preparation|elaboration|drafting|purposes?)\s+of\s+(?:this|the\s+present)\s+(?:report|submission),?\s+|(?:In|Since|During|Between|From)\s+(?:(?:early|mid|late)[-\s])?\d{4}(?:\s+(?:and|to|[-–])\s+\d{4})?\s+(?=(?:we|our)\b))/i;

export const SUBMITTER_SUBJECT =
  /^(?:(?:one|two|three|four|five|several|some|many|most|all|each|both|none)\s+of\s+(?=the\s))?(?:(?:one|two|three|four|five|six|several|some|many|most|all|each|both|none)\s+of\s+(?:the|our)\s+(?:\w+\s+)?(?:coalition|network|platform|alliance)\s+(?:members|organi[sz]ations|partners)\b|we\b|our\b|i\b|the (?:undersigned|submitting|co-submitting|authoring) organi[sz]ations?\b|the authors?\b|the (?:coalition|network|alliance|platform|consortium)\b(?!\s+(?:of|for|against|on)\b))/i;

/** An organisation-like subject at the start: "Human Rights Watch", "NHC", "The Norwegian Helsinki Committee", "IPHR". */
export const ORG_SUBJECT =
  /^(?:the\s+)?(?:(?:[A-Z][\w'’&.-]*|of|for|and|in|on|the)\s+){0,7}?(?:Watch|International|Committee|Foundation|Centre|Center|Association|Partnership|Federation|Alliance|Institute|Network|Coalition|Forum|Campaign|Project|Bureau|Initiative|House|Society|Union|Group|Council|Clinic|Trust|Movement|Now|Defenders|Frontiers|Fund|Service|Organi[sz]ation|Council|Lab|ARTICLE 19)\b|^(?:the\s+)?[A-Z]{2,8}(?:\s+and\s+[A-Z]{2,8})?\b(?=\s*,|\s+(?:is|are|was|has|have|had|works?|monitors?|welcomes?|calls?|urges?|recommends?|notes?|considers?|believes?|submits?|thanks?|wishes?|and|,|(?:co-?)?organi[sz]ed|co-?sponsored|coordinated|participated|launched|published|hosted|submitted|filed)\b)/;

/** The rest of an organisation's name after its head word ("Centre| for Human Rights (GCHR)", "Committee| for the Protection of …"). */
export const ORG_NAME_TAIL = /^\s*(?:(?:for|of|on|against|in|to)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:and|of|for|the|in|on|[A-Z][\w’'&.-]*))*)/;

const STAFF_TITLES =
  '(?:director|researcher|advocate|head|officer|coordinator|chair(?:person)?|president|secretary general|executive director|spokes\\w+|campaigner|adviser|advisor|analyst|CEO|representative|counsel)';

const NGO_HEADS =
  '(?:Watch|International|Committee|Foundation|Centre|Center|Association|Partnership|Federation|Alliance|Institute|Network|Coalition|Forum|Campaign|Project|Bureau|Initiative|House|Index|ARTICLE 19|Article 19|Now|Lawyers|Platform|CIVICUS|Censorship)';

export const RE_OWN_STAFF_SPEAKER = new RegExp(
  // "…,” said Jane Doe, Central Asia researcher at Human Rights Watch
  `^\\s*,?\\s*(?:said|says|added|stated)\\s+[A-Z][^.”"]{0,80}?\\b${STAFF_TITLES}\\b[^.”"]{0,60}?\\b(?:at|of|for|with)\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s*){0,4}${NGO_HEADS}` +
    // "…,” said Peter Splinter, Amnesty International's UN Representative in Geneva
    `|^\\s*,?\\s*(?:said|says|added|stated)\\s+[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+){1,3},\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,4}${NGO_HEADS}[’']s\\s+[^.”"]{0,40}?\\b${STAFF_TITLES}\\b` +
    // "…,” Jennifer Windsor, Executive Director of Freedom House, told members of …
    `|^\\s*,?\\s*[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+){1,3},\\s+[^.”"]{0,60}?\\b${STAFF_TITLES}\\b[^.”"]{0,30}?\\b(?:at|of|for|with)\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s*){0,4}${NGO_HEADS},\\s+(?:told|said|says|added|stated|wrote)\\b` +
    // "…,” our statement said.
    `|^\\s*,?\\s*(?:our|its|their)\\s+(?:joint\\s+)?(?:statement|submission|report|letter)\\s+(?:said|says|stated|states|added|notes|noted)\\b`,
  'i',
);

export const RE_CALL =
  /\b(?:we|i|the undersigned organi[sz]ations|the (?:submitting|co-submitting) organi[sz]ations)\b(?:[^.;:]{0,40}?)\b(?:urge[sd]?|call(?:s|ed)? (?:on|upon|for)|recommend(?:s|ed)?|ask|request|encourage|invite|appeal to|reiterate (?:our|its|their) call|implore|demand)\b/i;

export const RE_ORG_PRESENT_CALL =
  /\b(?:calls? (?:on|upon|for)|urges?|recommends?|appeals? to|encourages?|demands?)\b(?=[^.]*\bto\b|[^.]*\bthat\b)/i;

/** Reporting verbs an NGO uses about its own submission ("CIVICUS examines …", "… further highlights …"). */
export const RE_ORG_OWN_VERB =
  /^(?:(?:also|further|again|hereby)\s+)?(?:examines?|discuss(?:es)?|highlights?|raises? concerns?|outlines?|analy[sz]es|assess(?:es)?|addresses|focuses|provides|presents|looks? at|draws? attention|wishes|welcomes?|takes? note|is grateful|thanks?|has made|has submitted|have submitted|made \w+ submissions)\b/i;

/** "X (ABC) is an independent CSO …", "Freedom Now is an international non-governmental organization …" */
export const RE_ORG_IS_A =
  /^(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z(][\w’'&.()-]*|of|for|and|in|on|the|de|du|des))*\s*(?:,[^,]{0,100},\s*)?(?:is|are)\s+(?:(?:today|now|currently|also|still)\s+)?(?:an?|the)\s+(?:[\w,’'-]+\s+){0,8}?(?:organi[sz]ations?|NGO|CSO|movement|alliance|network|coalition|foundation|association|institution|federation|non-governmental|charity|think[- ]tank|platform|initiative|partnership|project|clinic|collective|programme|program)\b/;

/** "The findings presented here draw on our monitoring of …": the evidence base is the submitter's own work. */
/** "Our findings draw on court records, on …": the evidence base named by the submitter. */
export const RE_OUR_FINDINGS_DRAW = /^(?:Our|The)\s+(?:findings|information|data|analysis|research|evidence|assessment)\s+(?:\w+\s+)?(?:draws?|drew|is\s+based|are\s+based|rel(?:y|ies)|rests?)\s+(?:\w+\s+)?on\b/i;
export const RE_DRAWS_ON_OWN = /\b(?:(?:draws?|drew|is\s+based|are\s+based|were\s+based|relies|rely|relied|builds?|built)\s+(?:on|upon)|(?:comes?|came|derives?|derived|(?:is|are|were)\s+taken)\s+from)\s+(?:our|the\s+(?:organi[sz]ation|coalition|network|platform|alliance|authors|submitting\s+organi[sz]ations)['’]s?)\b/i;

/**
 * "It" as the submission or the organisation, in the introduction's shapes: "It is based on
 * 112 interviews …", "It draws on consultations held …", "Since 2009 it has represented …",
 * "It has followed Turkmenistan since 2006 …". Only verbs a government is not the subject
 * of ("it has detained" stays a claim).
 */
/** The submitter's own records, staff or members as the source or actor of what the sentence reports. */
export const RE_OWN_DOCUMENTATION = new RegExp(
  String.raw`\b(?:our|its)\s+(?:own\s+)?(?:member\s+organi[sz]ations?|members?(?:\s+in\s+\p{Lu}[\p{L}-]+)?|monitors?|documenters?|researchers?|lawyers?|(?:legal\s+|research\s+|field\s+)?team|partners?|correspondents?|field\s+(?:teams?|workers?|staff)|database|records|registry|register|data|figures|casework|case\s*files|caseload|hotline|helpline|crisis\s+line|shelters?|monitoring|documentation|observers?|testimonies|interviews?)\b(?:\s+(?:\S+\s+){0,3}?(?:has|have|had|held|holds|recorded|records|registered|documented|observed|monitored|assisted|represented|interviewed|collected|verified|counted|found|show|shows|showed|reported|continue|continues|followed|reviewed|received)\b)` +
    String.raw`|\b(?:member\s+organi[sz]ations|members)\s+of\s+(?:the|our)\s+(?:coalition|network|platform|alliance)\b|\bmember\s+organi[sz]ations\s+(?:in\s+[^,.;]{3,60}?\s+)?(?:continue\s+to\s+(?:document|record|observe|report)|documented|recorded|registered|observed)\b|\b(?:our|its)\s+members\s+(?:work|works|operate|rely)\b|\b(?:of|in|from)\s+the\s+(?:[\d,]+\s+)?(?:testimonies|interviews|cases|trials|families)\s+(?:we|our\s+\w+)\s+(?:collected|conducted|observed|documented|recorded|assisted|monitored)\b|\bwe\s+(?:have\s+)?(?:recorded|record|documented|document|registered|collected|verified|counted|observed|reviewed|followed)\b|\btold\s+us\b|\bin\s+our\s+(?:registry|register|database|records|monitoring)\b|\b(?:organi[sz]ations|members|partners)\s+of\s+(?:the|our)\s+(?:network|coalition|platform|alliance)\b`,
  'iu',
);

/** The submitter's casework as the frame: "Of the 512 domestic workers Awn assisted in 2016 and 2017:". */
export const RE_OWN_CASEWORK = /^Of\s+the\s+[\d,]+\s+(?:[\p{L}-]+\s+){0,4}?(?:we|\p{Lu}[\p{L}-]+)\s+(?:has\s+|have\s+|had\s+)?(?:assisted|represented|interviewed|documented|surveyed|counsel+ed|supported|accompanied|helped)\b/u;

export const RE_IT_OWN_WORK = /^It\s+was\s+(?:validated|prepared|drafted|finali[sz]ed|compiled)\b|^(?:It|This)\s+(?:is\s+(?:mainly\s+|largely\s+|primarily\s+)?based|draws?|drew|relies|rests|builds?)\s+(?:\w+\s+)?(?:on|upon)\b|^It\s+(?:documents|monitors|works|operates|follows|represents|assists|runs)\b|^it\s+has\s+(?:been\s+)?(?:(?:closely|also)\s+)?(?:follow|monitor|document|represent|work|operat|assist|litigat|defend|campaign|provid(?:ed|ing)\s+(?:free\s+)?legal)/i;

/** "CIVICUS’ joint submission with …, gravely notes …" */
export const RE_OWN_DOC_SUBJECT =
  /^[^.]{0,60}?\b(?:this|our|the present|joint|stakeholder|shadow|alternative|individual)\s+(?:submission|report|briefing|paper|memorandum|statement)\b[^.]{0,120}?\b(?:notes|examines|highlights|discusses|raises|outlines|documents|focuses|analy[sz]es|assesses|details|describes|concludes|covers|provides|involved|draws|drew|is\s+based|builds|relies)\b/i;

/**
 * The organisation's own activities, only right after its name ("Freedom House today released
 * its …", "GCHR co-sponsored a side event", "we participated in …"): further on, these verbs
 * usually report what others did ("… said the authorities released 13 activists").
 */
const RE_OWN_ACTIVITY_NEXT =
  /^(?:(?:today|yesterday|also|recently|jointly|further|has|have|had)\s+)?(?:released|launched|hosted|participated|co-?sponsored|co-?organi[sz]ed|coordinated|took part)\b/i;

/** The submitter's research: "held 18 focus group discussions", "conducted a survey of 1,200 households". */
const RE_OWN_RESEARCH = /^(?:\S+\s+){0,3}?(?:held|conducted|organi[sz]ed|carried\s+out|ran|reali[sz]ed|convened)\s+(?:(?:a|an|\d[\d,]*|\w+)\s+){0,2}?(?:focus[\s-]group|interviews?|consultations?|surveys?|workshops?|trainings?|questionnaires?|field\s+visits?|forums?|fora|meetings?|hearings?|round[\s-]?tables?)\b/i;

/** Is one of the first `window` words an own-work verb ("we interviewed", "NHC has monitored", "our team has been monitoring")? */
export function ownWorkAhead(str: string, window = 4): boolean {
  if (RE_OWN_ACTIVITY_NEXT.test(str.trimStart()) || RE_OWN_RESEARCH.test(str.trimStart())) return true;
  const toks = str.slice(0, 120).toLowerCase().split(/\s+/).map((t) => t.replace(/[^a-z’'-]/g, ''));
  for (let i = 0; i < window && i < toks.length; i++) {
    const t = toks[i] ?? '';
    const next = toks[i + 1] ?? '';
    if (OWN_WORK_WORDS.has(t)) return true;
    if (t === 'has' || t === 'have') {
      const v = next === 'been' ? (toks[i + 2] ?? '') : next;
      if (OWN_PERFECT_PREFIXES.some((p) => v.startsWith(p))) return true;
    }
    if ((t === 'take' || t === 'takes') && next === 'note') return true;
    if ((t === 'note' || t === 'notes') && next === 'with') return true;
    if ((t === 'remain' || t === 'remains' || t === 'are' || t === 'is') && /^(?:concerned|alarmed|troubled|dismayed|disturbed|appalled)$/.test(next)) return true;
    // "GCHR was heavily involved in the 37th session …", "… was active at the 42nd session …"
    if ((t === 'was' || t === 'were' || t === 'is' || t === 'are') && /^(?:active|involved|heavily|actively|closely)$/.test(next)) return true;
    if ((t === 'document' || t === 'documents') && (next === 'the' || next === 'this' || next === 'these')) return true;
  }
  return false;
}

export const RE_ORG_DESCRIPTION =
  /\b(?:is|are|was)\s+(?:an?|the)\s+(?:[\w,’'-]+\s+){0,6}?(?:organi[sz]ations?|NGO|CSO|movement|alliance|network|coalition|foundation|group|centre|center|association|institution|federation|non-governmental|body|initiative|partnership|charity|think[- ]tank|platform|union|campaign)\b|\b(?:founded|established|created|set up|registered)\s+in\s+\d{4}|\bconsultative status\b|\bwe are independent\b|\bfunded (?:mainly|by)\b|\bmembers in (?:more than|over)\b|\bbased in\b|\bbrings? together\b|\b(?:regroups|groups together|gathers|unites)\s+(?:since\s+\d{4}\s+)?(?:some\s+|more\s+than\s+|over\s+)?[\w-]+\s+(?:associations|organi[sz]ations|NGOs|groups|members)\b/i;

// ---------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------
