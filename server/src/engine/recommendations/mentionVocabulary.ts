/**
 * Pattern fragments the mention cues share: the recommendation nouns, the review named,
 * the recommending States as a group, list markers. Kept in one place so the cue
 * families (mention.ts, followUpCues.ts) read the same words the same way.
 */
/** "recommendation(s)" alone, for patterns where "calls" would be too loose. */
export const REC = String.raw`(?:UPR\s+)?recommendations?`;
/** The recommendation nouns: "recommendation(s)", and in a review's context "proposal(s)", "call(s)". */
export const NOUN = String.raw`(?:UPR\s+)?(?:recommendations?|proposals?|calls?)`;
/** More States after a State's name: ", Sweden and Norway", "and the United Kingdom" (their names are read separately). */
export const OTHER_STATES_AFTER = String.raw`(?:\s*(?:,|and|, and)\s*(?:the\s+)?\p{Lu}[\p{L}\s'’()-]{0,60}?){0,8}`;
/** The review itself named (not just "recommendations"): what makes "proposals" and "calls" the recommending States'. */
export const UPR_CONTEXT = /\b(?:UPR|universal\s+periodic\s+review|review(?:ed)?|Working\s+Group|interactive\s+dialogue|peers|delegations|delegates)\b/iu;
/** The recommending States as a group: "six States", "many UN member countries", "a good cross-section of countries". */
export const QUANT = String.raw`(?:several|many|numerous|most|some|other|all|various|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|a\s+(?:dozen|few|(?:(?:large|good|wide|broad|small|significant)\s+)?(?:number|majority|range|group|cross[\s-]section|total|handful|series)\s+of(?:\s+\d+)?))`;
/** The States as actors at a review. */
export const ACTOR = String.raw`(?:States|countries|delegations|delegates|governments|peers|nations)`;
/** States calling for something elsewhere than at a review. */
export const OTHER_FORUM = /\b(?:special\s+session|resolution|General\s+Assembly|Security\s+Council|joint\s+statement|summit|conference|negotiations?|treaty\s+bod(?:y|ies)|Committee)\b/iu;
/** A word naming a review. */
export const REVIEW_WORDS = String.raw`(?:UPR|universal\s+periodic\s+review|review|cycle|session|periodic\s+review)`;
/** A review named by its place in the sequence or its year: "its second UPR", "the 2013 review", "the previous cycle". */
export const REVIEW_REF = String.raw`(?:(?:its|the|their|this|that)\s+)?(?:(?:first|second|third|previous|last|prior|most\s+recent|earlier|preceding|former|\d{4}|\d(?:st|nd|rd|th))\s+)+(?:\w+\s+)?${REVIEW_WORDS}`;
/** The UPR, or a review named as earlier: what makes a sentence about the UPR record. */
export const UPR_WORDS = /\b(?:UPR|universal\s+periodic\s+review|(?:first|second|third|previous|last|prior)\s+(?:review|cycle))\b/iu;
/** Leading space and a list marker written in the text ("- ", "(a) ", "2. "). */
export const LIST_MARKER = /^\s*(?:[-*•]\s*|\(?[a-z0-9]{1,3}[.)]\s+|\d{1,3}\s+(?=\p{Lu}))?/u;
