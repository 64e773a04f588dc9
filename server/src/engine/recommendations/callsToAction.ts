/**
 * A call to action: the submitter's own recommendation ("We urge …", "NHC recommends …",
 * "She also calls for …"), a modal ("… should …"), an imperative ("Ratify the OPCAT"), or a
 * call to do something with a recommendation ("invites the UAE to accept the
 * recommendation to …"). Such a sentence asks for something; it does not report what a
 * past review recommended.
 */
export const OWN_CALL = /\b(?:we|I|JS\d*|the\s+(?:submitting\s+)?(?:organi[sz]ations?|coalition|authors?|NGOs?)|this\s+(?:submission|report))\s+(?:\w+\s+)?(?:recommends?|urges?|calls?\s+(?:on|upon)|asks?|requests?|encourages?|suggests?|propose|reiterates?|renews?|repeats?|echoes?|echo|joins?)\b|\b(?:recommends|urges|calls\s+(?:on|upon)|encourages|invites|advocates)\b|\b(?:she|he|they|it)\s+(?:also\s+)?calls\s+for\b/iu;

/** A call whose object is what follows ("called on all States to implement …"): tested on the text before a cue. */
export const CALL_TO_BEFORE = /\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))\s+[^,.;]{0,50}?\bto\s+(?:[\p{L}-]+\s+){0,2}$/iu;

export const MODAL_CALL = /\b(?:should|must|ought\s+to|is\s+urged|are\s+urged|needs?\s+to)\b/i;

export const IMPERATIVE_START = /^\s*(?:[-*•]\s*|\(?[a-z0-9]{1,3}[.)]\s+)?(?:Ratify|Accede|Adopt|Amend|Repeal|Abolish|Establish|Ensure|Guarantee|Release|Investigate|Take|Strengthen|Intensify|Implement|Continue|Consider|Review|Revise|Bring|Align|Create|Develop|Provide|Allow|End|Stop|Cease|Refrain|Remove|Lift|Decriminali[sz]e|Criminali[sz]e|Introduce|Enact|Extend|Issue|Invite|Cooperate|Protect|Respect|Promote|Combat|Prevent|Prosecute|Publish|Set\s+up|Make|Increase|Reduce|Support|Seek|Share|Request|Pursue|Maintain|Step\s+up|Redouble|Eliminate|Guarantee|Harmoni[sz]e|Withdraw|Reform|Train|Raise|Grant|Prohibit|Ban)\b/;

/** "Recommendation: fully implement …", "Recommendation 3: ratify …": a labelled call, its verb often in lower case. */
const CALL_LABEL = /^\s*(?:[-*•]\s*)?Recommendations?\s*(?:\d+\s*)?[:.–—-]\s*(?:(?:fully|urgently|promptly|immediately|effectively)\s+)?/i;

/** Does the sentence open with an imperative, bare or after a "Recommendation:" label? */
export function startsWithImperative(sentence: string): boolean {
  if (IMPERATIVE_START.test(sentence)) return true;
  const label = CALL_LABEL.exec(sentence);
  if (!label) return false;
  const rest = sentence.slice(label[0].length);
  return IMPERATIVE_START.test(rest.charAt(0).toUpperCase() + rest.slice(1));
}
