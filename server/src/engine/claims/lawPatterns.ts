/** Laws and their articles: "Article 147 of the Criminal Code", "Law No. 5", "the Law on NGOs", "the 2016 Act". */

/** Year used adjectivally before a law/document noun: "the 2014 amendments", "a 2011 religion law". */
export const RE_YEAR_LAW =
  /\b(?:19[5-9]\d|20[0-4]\d)\s+(?:[a-z]+\s+){0,3}(?:amendments?|law|laws|act|code|decree|legislation|regulations?|constitution|provisions?|bill)\b/gi;

export const RE_LAW_PATTERNS: RegExp[] = [
  // Article 147 of the Criminal Code / Articles 494 and 495 / under Article 23 / Art. 5
  /\b(?:[Aa]rticles?|Arts?\.|[Ss]ections?|Paragraphs?|Clauses?|Chapters?|Parts?)\s+\d+[\w.()-]*(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*[–-]\s*)\d+[\w.()-]*)*(?=\s+(?:of|and|in|to)\b|\s*\()/g,
  /\b(?:under|pursuant to|in accordance with|violation of|breach of|provisions? of|amended|amending|amendments? to)\s+(?:the\s+)?(?:Articles?|Arts?\.|Sections?|Paragraphs?)\s+\d+[\w.()-]*/g,
  // Law No. 123 / Decree No. 5 / Resolution No 17
  /\b(?:Law|Decree|Resolution|Order|Ordinance|Regulation|Act)\s+(?:No\.?|Nº|#)\s*[\w/-]+/g,
  // the Law on NGOs / Law on Freedom of Religion / Law of the Republic of …
  /\b(?:(?:[A-Z][\w-]+|on|of|the|and|for)\s+){0,3}Law\s+(?:on|of|about)\s+(?:the\s+)?(?:[A-Z][\w-]*|NGOs?|and|of|on|the|\s)+/g,
  // Criminal Code / Penal Code / Code of Administrative Offences / Communications Code / Newspaper Act 1944
  /\b(?:Criminal|Penal|Civil|Administrative|Labou?r|Family|Tax|Electoral|Election|Media|Communications?|Press|Land|Housing|Customs|Military)\s+(?:Procedure\s+)?Code\b/g,
  /\bCode\s+(?:of|on)\s+(?:the\s+)?(?:Administrative|Criminal|Civil)[\w ]{0,30}\b/g,
  // (Named by a word of its own: "The Act" or "This Decree" alone refers back to one, asserting nothing about it.)
  /\b(?:(?!(?:The|This|That|These|Those|Its|Their|Such|Each|Any|Every|Both|Same|An?)\s)[A-Z][\w’'-]+\s+){1,5}(?:Act|Bill|Ordinance|Regulations?|Statute|Decree)(?:\s+(?:of\s+)?\d{4})?\b/g,
  // …but what "the Act" or "the decree" provides is a law's content: "The Bill defines …", "The decree does not define …".
  /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:new\s+|amended\s+|draft\s+|same\s+)?(?:Act|Bill|Law|Code|[Dd]ecree|Ordinance|Regulations?)\s+(?:(?:also|still|further|now|expressly|explicitly|only)\s+)?(?:defines|provides|requires|allows|prohibits|punishes|criminali[sz]es|grants|permits|obliges|empowers|establishes|stipulates|bans|imposes|exempts|excludes|limits|restricts|contains|lacks|does\s+not|fails\s+to)\b/g,
  // Bills before parliament: "two bills pending before the parliament", "draft law submitted to the Majlis"
  /\b(?:bills?|draft laws?|draft legislation|legislative amendments)\s+(?:[\w’'-]+\s+){0,2}?(?:pending|tabled|introduced|submitted|adopted|passed|approved)\s+(?:before|in|to|by)\s+(?:the\s+)?(?:parliament|Parliament|National Assembly|Duma|State Duma|Majlis|Milli Majlis|Senate|legislature|Congress|Jogorku Kenesh)\b/g,
  // A law or bill named by its nickname in quotes: "the ‘foreign agents’ bill", "the so-called “anti-propaganda” law"
  /[‘'“"][^’'”"]{2,40}[’'”"]\s+(?:bill|law|laws|amendments)\b/g,
  // A law named by its subject in lower case: "the trade union law", "the new NGO law", "the foreign agents bill"
  /\bthe\s+(?:new\s+|draft\s+|amended\s+|so-called\s+|current\s+)?(?:trade union|NGO|(?:mass\s+)?media|religion|religious|assembly|press|foreign agents?|counter-?terrorism|anti-?terrorism|cybercrime|cyber-?security|extremism|anti-extremism|election|electoral|citizenship|nationality|(?:public\s+)?associations?|defamation|blasphemy|sedition|emergency)\s+(?:law|act|bill)\b/g,
  // What the Constitution says: "Under the Constitution, ratified treaties prevail …", "The Constitution guarantees …"
  /\b(?:[Uu]nder|pursuant to|in accordance with|according to)\s+(?:the\s+)?(?:new\s+|current\s+|amended\s+|[A-Z][\w-]+\s+)?Constitution\b|\b[Tt]he\s+(?:new\s+|current\s+|amended\s+|[A-Z][\w-]+\s+)?Constitution\s+(?:(?:also|explicitly|expressly)\s+)?(?:guarantees|provides|prohibits|stipulates|states|establishes|enshrines|recogni[sz]es|requires|allows|permits|grants|protects)\b/g,
  // Constitution with an article, or "constitutional amendments"
  /\b[Cc]onstitution(?:al)?\s+(?:amendments?|referendum|Court)\b/g,
];

/** A law named by its capitalised title ending in "Law": "the Press and Publications Law", "the Cybercrime Law". */
export const RE_NAMED_LAW = /\b(?!The\b)(?:[A-Z][\w’'-]+\s+(?:(?:and|on|of|for)\s+)?){1,5}Law\b/g;

/** Words that make a capitalised "… Law" a body of law, not one statute: "International Human Rights Law", "Sharia Law". */
export const GENERIC_LAW_WORDS = new Set(['The', 'International', 'Human', 'Rights', 'Humanitarian', 'Customary', 'Sharia', 'Islamic', 'Common', 'Case', 'Public', 'Private', 'Domestic', 'National', 'Refugee', 'Environmental', 'Martial', 'Rule', 'Under', 'In', 'By', 'Of', 'School', 'Faculty', 'Professor', 'Bachelor', 'Master']);
