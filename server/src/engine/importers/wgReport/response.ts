/**
 * The response a paragraph's chapeau gives to the recommendations listed under it.
 * In cycles 1–2 the WG report states it per paragraph ("… enjoy the support of X",
 * "… will be examined by X, which will provide responses in due time", "… were noted").
 * The final answers came later in the addendum; this is what the report itself says.
 */
import type { ResponseInfo } from '../../model/recommendation';

/**
 * Ordered: the negative and deferred wordings contain the positive ones ("did not enjoy
 * the support"). "Already implemented" counts as supported: the State accepts it as its
 * own policy ("… are either already implemented or in the process of implementation").
 */
const RULES: { re: RegExp; value: ResponseInfo['value'] }[] = [
  // "are noted and China indicated that they are pertaining to measures already being
  // implemented": the State takes them as its own policy (the study reads "implemented").
  { re: /pertain(?:s|ing)? to measures (?:which have been|already)|already (?:being |been )?implemented/i, value: 'supported' },
  { re: /(?:did|do|does) not (?:enjoy|receive|have) (?:the|its) support/i, value: 'noted' },
  { re: /\bnot accepted\b|cannot be accepted|could not (?:be )?accept(?:ed)?|cannot accept|does not accept/i, value: 'noted' },
  { re: /\b(?:were|was|are|is|have been|has been) rejected\b|\brejects\b/i, value: 'noted' },
  { re: /\b(?:were|was|are|is|have been|has been|will thus be|would thus be|thus be|will be) (?:duly )?noted\b|\bnoted by\b|\btakes? note\b/i, value: 'noted' },
  { re: /will be (?:further )?examined\b|will examine|will provide (?:its )?responses?|responses? (?:will be provided )?in due time|will be provided by [^.]{1,60}? in due time|will be included in the outcome report|(?:will|would) (?:further )?(?:consider|study)|under consideration|will be considered/i, value: 'pending' },
  { re: /\benjoy(?:s|ed)? (?:the|its) support\b|\bsupported by\b|\bhas accepted\b|\bhave been accepted\b|\bwere accepted\b|\baccepted by\b|\baccepts\b/i, value: 'supported' },
  { re: /\balready (?:been )?implemented\b|in the process of implementation|(?:have been|being) implemented|agree[sd]? to follow up|agreed on the following/i, value: 'supported' },
];

/** The response a chapeau states, with the phrase that decided it; undefined if none. */
export function responseFromChapeau(chapeau: string): ResponseInfo | undefined {
  const text = chapeau.replace(/\s+/g, ' ');
  for (const { re, value } of RULES) {
    const m = re.exec(text);
    if (m) return { value, source: 'wg-report', detail: m[0] };
  }
  return undefined;
}

export const UNKNOWN_RESPONSE: ResponseInfo = { value: 'unknown', source: 'wg-report' };
