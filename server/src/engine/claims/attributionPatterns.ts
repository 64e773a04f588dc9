/** What a named body or official said or found ("the Committee against Torture found …", "according to the Ministry …"). */

/** A named UN human rights mechanism (special procedures, OHCHR, a treaty body). */
export const RE_UN_MECHANISM =
  /\b(?:Special Rapporteurs?|Special Procedures?|special procedures?|special rapporteurs? on|Working Group on|Independent Expert|(?:Office of the\s+)?(?:UN\s+)?High Commissioner|OHCHR|mandate[- ]holders?|Committee (?:against|on) [A-Z]|Human Rights Committee|Subcommittee on Prevention)/;

/** What a State did about visits, invitations and cooperation with those mechanisms. */
export const RE_COOPERATION_EVENT =
  /\b(?:(?:has|have|had)\s+(?:not|never|yet to|only|repeatedly|also)?\s*(?:(?!systematically|routinely|consistently|generally|usually|regularly)\w+ly\s+)?(?:extended|issued|accepted|postponed|suspended|responded|granted|allowed|acted on|received|refused|agreed|cancell?ed|denied|failed to (?:respond|reply|agree|accept|suggest|grant|honou?r)|yet to (?:issue|extend|accept|respond|grant|allow|receive|reply))|(?:postponed|suspended|extended|issued|refused|cancell?ed|denied|agreed to (?:resume|visits?|receive|a visit))|failed to (?:respond|reply|agree|accept|suggest|grant|honou?r))\b(?=[^.;]{0,120}?\b(?:invitations?|visits?|requests?|cooperation|cooperate|access|mandate)\b)/gi;

/** Official bodies whose statements/findings are checkable facts. */
const OFFICIAL_BODY =
  '(?:UN\\s+|United Nations\\s+)?(?:Special Rapporteurs?(?: on [\\w ,’\'-]{3,80}?)?|Working Group on (?:Arbitrary Detention|Enforced[\\w ]*|[A-Z][\\w ]{3,60}?)|' +
  '(?:UN\\s+)?Human Rights Committee|Human Rights Council|Committee (?:against|on|for) [A-Z][\\w ,’\'-]{2,80}?|' +
  'Committee of Ministers|(?:UN\\s+)?(?:High Commissioner|Secretary[- ]General)(?: for Human Rights)?|OHCHR|' +
  'Ombuds(?:man|person)|(?:Human Rights\\s+)?Commissioner(?: for Human Rights)?|Ministry(?: of [A-Z][\\w ]{2,40}?)?|' +
  'Minist(?:er|ry) of [A-Z][\\w ]{2,30}?|Prosecutor[- ]General(?:[’\']s [Oo]ffice)?|Procurator[- ]General(?:[’\']s [Oo]ffice)?|' +
  'Prosecutor[’\']s [Oo]ffice|Council of Europe|Parliamentary Assembly(?: of the Council of Europe)?|PACE|Venice Commission|' +
  'OSCE(?:/ODIHR)?|ODIHR|European Parliament|European Commission|European Union|EU|UNESCO|UNICEF|UNHCR|ILO|ICRC|' +
  'European Court of Human Rights|ECtHR|Inter-American (?:Court|Commission)[\\w ]*?|African Commission[\\w ]*?|' +
  '(?:Constitutional|Supreme|District|City|Regional|Military|Appeal|Appeals|Grave Crimes) Court|Court of Appeals?|' +
  'State Security Service|State Committee[\\w ]*?|Central Election Commission|Interior Ministry|Justice Ministry|' +
  'President(?: [A-Z][\\w-]+)?|Prime Minister(?: [A-Z][\\w-]+)?|Ambassador [A-Z][\\w-]+|UN Working Group|Independent Expert(?: on [\\w ,’\'-]{3,60}?)?|spokes(?:person|man|woman)|officials?|authorities|government|' +
  'police|the court|a court|the judge)';

const REPORT_VERB =
  '(?:said|says|stated|states|reported|reports|found|finds|noted|concluded|concludes|expressed(?: [\\w]+){0,2} concerns?|' +
  'raised concerns?|called (?:on|upon|for)|urged|recommended|documented|declared|announced|confirmed|acknowledged|' +
  'admitted|claimed|denied|described|observed|warned|critici[sz]ed|condemned|welcomed|requested|regretted|' +
  'highlighted|cites|cited|ruled|determined|recogni[sz]ed|characteri[sz]ed|deplored|asked|told|wrote|' +
  'informed|indicated|identified|labell?ed|designated|considered|estimated|estimates|recorded|puts? the (?:figure|number|total|rate) at|' +
  'has (?:repeatedly |publicly )?(?:found|stated|said|expressed|called|urged|noted|reported|recommended|criticised|criticized|condemned|estimated))';

export const GENERIC_BODY = /^(?:the\s+|a\s+)?(?:[\w’'-]+\s+)?(?:officials?|authorities|government|police|spokes(?:person|man|woman)|the court|a court|the judge)$/i;

export const RE_ATTRIBUTION = new RegExp(
  `\\b((?:the\\s+)?${OFFICIAL_BODY})\\b([^.;:!?]{0,60}?)\\b${REPORT_VERB}\\b`,
  'gi',
);

/**
 * A national institution by its name, as the subject of a reporting verb: "the Afghanistan Independent Human Rights
 * Commission has described …", "The Sámi Parliament described …", "The Defensoría del Pueblo … concluded". Capitals
 * matter here ("one office to another" is no institution), so it is apart from RE_ATTRIBUTION's case-blind list.
 */
export const RE_INSTITUTION_ATTRIBUTION = new RegExp(
  `\\b((?:[A-Z][\\p{L}’'-]+\\s+){1,6}(?:Commission|Parliament|Council|Committee|Ombuds(?:man|person)|Institute|Authority|Agency|Inspectorate|Tribunal|Procuracy|Office)|Defensor(?:[íi]a)?\\s+del\\s+Pueblo|Procuradur[íi]a(?:\\s+[A-Z][\\p{L} ]{2,40}?)?|Fiscal[íi]a(?:\\s+[A-Z][\\p{L} ]{2,40}?)?)\\b([^.;:!?]{0,60}?)\\b${REPORT_VERB}\\b`,
  'gu',
);

/** "Eurasianet reported that …", "His lawyer, Elchin Sadigov, told the Committee to Protect Journalists: …" */
export const RE_NAMED_SOURCE =
  /\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+(?:reported|said|stated|told\s+(?:[\w’'-]+\s+){1,6}?(?:that\b|:)|confirmed|claimed|wrote|announced|testified|alleged)\s+that\b/g;

/** Cheap test for "the sentence opens with an official body" (head words only). */
export const RE_OFFICIAL_START =
  /^(?:the\s+)?(?:UN\s+|United Nations\s+)?(?:Special Rapporteur|Working Group|Human Rights (?:Committee|Council)|Committee (?:against|on|for|of)|High Commissioner|Secretary[- ]General|OHCHR|Ombuds|Commissioner|Ministry|Minister|Prosecutor|Procurator|Council of Europe|Parliamentary Assembly|PACE|Venice Commission|OSCE|ODIHR|European (?:Court|Parliament|Commission|Union)|EU\b|UNESCO|UNICEF|UNHCR|ILO\b|ICRC|Inter-American|African Commission|(?:Constitutional|Supreme|District|City|Regional|Military|Appeals?) Court|Court of|President|Prime Minister|authorities|government|police)/i;

export const RE_ACCORDING = new RegExp(
  `\\b(?:according to|as (?:reported|documented|noted|found|stated) by|in the words of)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,6}?(?:[A-Z][\\w’'-]+|official|data|figures|statistics|reports?|information|sources|media|court|records|authorities|government|police|prosecutors?)`,
  'gi',
);

/** A reporting verb and "that" before a modal or a future: the sentence reports what someone said. */
export const REPORTED_THAT = /\b(?:told|said|stated|stating|saying|announced|declared|declaring|promised|pledged|warned|claimed|insisted|argued|found|concluded|ruled|ruling|held|holding)\b[^.;]{0,100}?\bthat\b/i;
