/**
 * Treaty and institution names that drafters and reports write in different forms:
 * "OPCAT", "OP-CAT", "the Optional Protocol to the Convention against Torture". Each
 * form found adds one canonical word, so "ratify the OPCAT" and "Ratify OP-CAT" share a
 * term. Longer forms first: "Optional Protocol to the Convention against Torture" is
 * OPCAT, not CAT.
 */
const FORMS: [RegExp, string][] = [
  [/\bOP[- ]?CAT\b|\bOptional\s+Protocol\s+(?:to|of)\s+the\s+(?:UN\s+)?Convention\s+against\s+Torture\b|\btorture\s+prevention\s+treaty\b/gi, 'opcat'],
  [/\b(?:ICCPR[- ]?OP[- ]?2|OP2[- ]ICCPR|Second\s+Optional\s+Protocol(?:\s+(?:to|of)\s+the\s+(?:ICCPR|International\s+Covenant\s+on\s+Civil\s+and\s+Political\s+Rights))?)\b/gi, 'iccprop2'],
  [/\bOP[- ]?CEDAW\b|\bOptional\s+Protocol\s+to\s+(?:the\s+)?(?:CEDAW|Convention\s+on\s+the\s+Elimination\s+of\s+All\s+Forms\s+of\s+Discrimination\s+against\s+Women)\b/gi, 'opcedaw'],
  [/\bOP[- ]?ICESCR\b|\bOptional\s+Protocol\s+to\s+the\s+(?:ICESCR|International\s+Covenant\s+on\s+Economic,\s+Social\s+and\s+Cultural\s+Rights)\b/gi, 'opicescr'],
  [/\bICCPR\b|\bInternational\s+Covenant\s+on\s+Civil\s+and\s+Political\s+Rights\b/gi, 'iccpr'],
  [/\bICESCR\b|\bInternational\s+Covenant\s+on\s+Economic,\s+Social\s+and\s+Cultural\s+Rights\b/gi, 'icescr'],
  [/\bCEDAW\b|\bConvention\s+on\s+the\s+Elimination\s+of\s+(?:All\s+Forms\s+of\s+)?Discrimination\s+against\s+Women\b/gi, 'cedaw'],
  [/\b(?:I?CERD)\b|\bConvention\s+on\s+the\s+Elimination\s+of\s+(?:All\s+Forms\s+of\s+)?Racial\s+Discrimination\b/gi, 'icerd'],
  [/\bCRPD\b|\bConvention\s+on\s+the\s+Rights\s+of\s+Persons\s+with\s+Disabilities\b/gi, 'crpd'],
  [/\b(?:I?CPPED|I?CPED|CED)\b|\bConvention\s+(?:for\s+the\s+Protection\s+of\s+All\s+Persons\s+from|on|against)\s+Enforced\s+Disappearances?\b/gi, 'cped'],
  [/\bICRMW\b|\bConvention\s+on\s+the\s+(?:Protection\s+of\s+the\s+)?Rights\s+of\s+All\s+Migrant\s+Workers\b/gi, 'icrmw'],
  [/\b(?:UN)?CAT\b|\bConvention\s+against\s+Torture\b/g, 'uncat'],
  [/\bRome\s+Statute\b|\bInternational\s+Criminal\s+Court\b|\bICC\b/gi, 'romestatute'],
  [/\bNHRIs?\b|\bnational\s+human\s+rights\s+(?:institutions?|commissions?)\b/gi, 'nhri'],
  [/\bNPMs?\b|\bnational\s+preventive\s+mechanisms?\b|\bnational\s+mechanism\s+for\s+the\s+prevention\s+of\s+torture\b/gi, 'npm'],
  [/\bHRDs?\b|\bhuman\s+rights\s+defenders?\b/gi, 'hrd'],
  [/\bNGOs?\b|\bnon-?governmental\s+organi[sz]ations?\b/gi, 'ngo'],
  [/\bFGM\b|\bfemale\s+genital\s+mutilation\b/gi, 'fgm'],
  [/\bLGBTI?Q?\b|\blesbian,?\s+gay,?\s+bisexual\b|\bsame[- ]sex\b|\bsexual\s+orientation\b|\bhomosexual\w*/gi, 'lgbt'],
  [/\bdeath\s+penalty\b|\bcapital\s+punishment\b|\bexecutions?\b/gi, 'deathpenalty'],
  // Concepts that drafters name with one word and recommendations spell out.
  [/\bratif(?:y|ies|ied|ying|ication|ications)\b|\bacced(?:e|es|ed|ing)\b|\baccession\b|\bbecom(?:e|es|ing)\s+(?:a\s+)?(?:State\s+)?party\b/gi, 'ratification'],
  [/\b(?:core|main|major|fundamental|remaining|key|other|international)\s+(?:(?:international|UN|United\s+Nations)\s+)?human\s+rights\s+(?:conventions|treaties|instruments)\b/gi, 'coretreaties'],
  [/\bcivic\s+space\b|\bfreedoms?\s+of\s+(?:opinion\s+and\s+)?(?:expression|association|(?:peaceful\s+)?assembly)\b|\b(?:press|media)\s+freedom\b|\bfreedom\s+of\s+the\s+(?:press|media)\b|\bcivil\s+society\b/gi, 'civicspace'],
  [/\bFoRB\b|\bfreedom\s+of\s+(?:thought,\s+conscience\s+and\s+)?religion(?:\s+(?:or|and)\s+belief)?\b|\breligious\s+freedom\b/gi, 'forb'],
];

/** The canonical words of the forms found in the text, space-separated (may be empty). */
export function canonicalForms(text: string): string {
  const out: string[] = [];
  let rest = text;
  for (const [re, word] of FORMS) {
    re.lastIndex = 0;
    if (re.test(rest)) {
      out.push(word);
      re.lastIndex = 0;
      // A longer form must not count again as a shorter one (OPCAT is not CAT).
      rest = rest.replace(re, ' ');
    }
  }
  // A law named by its year ("Law No. 1/1965", "the 1965 Blasphemy Law", "Law 1/PNPS/1965"): one word for the pair.
  for (const m of text.matchAll(LAW_YEAR)) {
    const w = `law${m[1] ?? m[2]}`;
    if (!out.includes(w)) out.push(w);
  }
  // A list of core treaties is the core treaties ("accede to the remaining human rights conventions" / "Ratify ICCPR, ICESCR and CAT").
  if (!out.includes('coretreaties') && out.filter((w) => CORE_TREATIES.has(w)).length >= 2) out.push('coretreaties');
  return out.join(' ');
}
const LAW_YEAR = /\b(?:Law|Act|Decree|Code|Ordinance|Bill|Proclamation)\s+(?:No\.?\s*)?(?:[\dA-Z]+\s*\/\s*)*((?:18|19|20)\d{2})\b|\b((?:18|19|20)\d{2})\s+(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:Law|Act|Decree|Code|Ordinance|Bill|Proclamation)\b/gu;
const CORE_TREATIES = new Set(['iccpr', 'icescr', 'cedaw', 'icerd', 'crpd', 'cped', 'icrmw', 'uncat']);
