/**
 * The UPR record and calendar: what a State received, supported or noted, review dates and
 * sessions. Statements of the record are handled by the recommendation rules, not as claims.
 */

/** Dates that belong to the UPR record ("its second UPR in 2014", "the states reviewed in 2009"). */
export const RE_REVIEW_DATE =
  /\b(?<!(?:judicial|legal|court|appeal|appellate)\s)(?:UPR|Universal Periodic Review|review(?:ed|s)?|examination|scrutiny|cycle|UPR procedure)\b[^.;,]{0,25}?\b(?:in|of|on)\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s*\d{1,2}(?:st|nd|rd|th)?,?)?(?:\s*(?:19|20)\d\d\b)?|(?:19|20)\d\d\b)/gi;

/**
 * The UPR / HRC calendar, which the recommendation rules and the UN record cover: session labels
 * ("HRC 39"), periodicity ("every five years"), and the dates and counts of reviews and sessions
 * ("the first review of Kazakhstan took place in 2010", "Egypt has undergone three reviews in
 * February 2010, …", "16 countries are up for review", "the pre-session … was held from 7 to 14 April").
 */
export const RE_SESSION_LABEL =
  /\b(?:HRC|UPR|CCPR|CESCR|CEDAW|CRC)\s?-?\d{1,3}\b|\bevery\s+(?:\w+\s+){0,4}?(?:years?|months?)\b|\b(?:all\s+)?\d{3}\s+(?:UN\s+|United Nations\s+)?member\s+states\b|\bsession\s+No\.?\s*\d+/gi;

export const RE_PROCESS_FORWARD =
  /\b(?:undergo(?:es|ne|ing)?|underwent|(?:are|is|was|were|be|been|being|come|comes|coming|came)\s+up\s+for\s+(?:\w+\s+){0,3}?(?:review|scrutiny)|State\s+Under\s+Review|(?:review|reviews|UPR|Universal Periodic Review|pre-sessions?|sessions?)\b[^.;:]{0,60}?\b(?:took place|takes place|take place|taking place|(?:was|were|is|are|be|been) held|(?:was|were|is|are) (?:scheduled|due|set)|scheduled|began|begins|started|starts|opened|opens|(?:ran|runs|run) until))\b/gi;

export const RE_PROCESS_BACKWARD =
  /\b(?:On|In)\s+[^;.]{3,30}?,\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:undergoes|underwent|will undergo|is reviewed|was reviewed|will be reviewed)\b|\b\d+\s+(?:countries|states|States)\s+(?:are|were|will be)\s+(?:up for review|reviewed)\b/g;

/**
 * The Council or Working Group adopting the outcome of a review ("The Human Rights Council considered
 * and adopted the outcome of the country’s review during its 13th Session, on March 16, 2017",
 * "the Working Group adopted the report on Zimbabwe"): the UPR calendar too, subject included.
 */
export const RE_UPR_OUTCOME_ADOPTION =
  /\b(?:(?:the\s+)?(?:UN\s+)?(?:Human Rights Council|HRC|Council|Working Group)\s+(?:[\w’'-]+\s+){0,3}?)?(?:considered\s+and\s+adopted|adopted|considered)\s+the\s+(?:(?:outcome|report)s?\s+(?:of|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:review|UPR|Universal Periodic Review)\b|(?:outcome|report)\s+on\s+[A-Z][\w-]+)/gi;

/** End of the clause a UPR-calendar phrase governs: up to `max` characters, not past ";", ":" or a new clause. */
export function processClauseEnd(text: string, from: number, max: number): number {
  const tail = text.slice(from, from + max);
  const stop = /[;:]|,\s*(?:but|yet|while|whereas|since|and since|after which)\b|\bsince then\b/i.exec(tail);
  return from + (stop ? stop.index : tail.length);
}

/** Words/phrases for the UPR record itself (handled by the recommendation rules). */
export const RE_UPR_CONTEXT =
  /\bcommitments?\b[^.;]{0,60}?\b(?:made|undertaken|given|accepted)\s+(?:in|at|during)\s+(?:(?:19|20)\d{2}|(?:its|the)\s+(?:last\s+|previous\s+)?(?:review|UPR))\b|\b(?:recommendations?|UPR|Universal Periodic Review|(?:previous|last|first|second|third|fourth|prior|recent)\s+(?:review|cycle)|(?<!\bfor\s)review(?:ed)?\s+in\s+\d{4}|(?:19|20)\d{2}\s+review)\b|\b(?:States|countries|delegations)\b[^.;]{0,120}?\brecommended\s+(?:that|to)\b/i;

export const RE_UPR_RESPONSE =
  /\b(?:supported|accepted|noted|rejected|received|drew|attracted|(?:did not|not|nor did \w+|failed to|refused to|declined to)(?:,\s*[a-z]+,)?\s+(?:accept|support|receive|endorse)|expressed\s+(?:its\s+|their\s+)?support\s+for|(?:in (?:their|its|these|the) recommendations?,[^.;]{0,200}?\b(?:call|calls|called|urge|urged|ask|asked))\b|recommend(?:s)?\s+(?=[a-z]+ing\b)|took note of|made|issued|addressed|recommended|highlighted|presented|submitted|prepared|reviewed|will be|is due|put forward|respond(?:s|ed)?|will respond|pending acceptance|(?:fully|partially|not|been|be|never)\s+implemented|assessed)\b/i;
