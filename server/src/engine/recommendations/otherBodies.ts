/**
 * Bodies other than the UPR whose recommendations a submission also cites: treaty bodies,
 * special procedures, regional bodies, commissions of inquiry, national institutions.
 * Shared by the mention patterns and the model's gate.
 */
export const OTHER_BODY = /\b(?:Committee|Commission(?:er)?|Rapporteur|Working\s+Group\s+on|Council\s+of\s+Europe|OSCE|ODIHR|ECRI|GRECO|CPT|Ombudsman|Ombudsperson|special\s+procedures?|treaty\s+bod(?:y|ies)|mandate[\s-]holders?|CAT|CEDAW|CERD|CRC|CESCR|CCPR|ILO|UNHCR|UNICEF|UNESCO|Venice|European\s+Court|Court|Inter-American|African\s+Commission|experts?|panel|mission|inquiry|LLRC|NHRI|Parliament|tribunal|auditor)\b/u;

/** Not the UPR: treaty bodies, special procedures, regional bodies, the NHRI. */
export const OTHER_BODY_POSSESSIVE = new RegExp(String.raw`${OTHER_BODY.source}[^,;.]{0,40}?['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:[Rr]ecommendations?|proposals?)\b`, 'u');

/** "the recommendation from the Constitution Review Commission", "recommendations of the Venice Commission". */
const OF_OTHER_BODY = new RegExp(String.raw`\b[Rr]ecommendations?\s+(?:made\s+|issued\s+)?(?:of|by|from)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+|European\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}?${OTHER_BODY.source}`, 'u');

/** "The National Human Rights Commission of Korea recommended in 2013 that …": another body as the one recommending. */
const OTHER_BODY_RECOMMENDED = new RegExp(String.raw`${OTHER_BODY.source}(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)?\s+(?:has\s+|had\s+|also\s+)?recommended\b`, 'u');

export function namesOtherBodysRecommendation(sentence: string): boolean {
  return OF_OTHER_BODY.test(sentence) || OTHER_BODY_RECOMMENDED.test(sentence);
}
