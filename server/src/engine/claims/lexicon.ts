/**
 * Word lists and regular expressions for the claim detector. Kept apart from the
 * logic so they can be reviewed (and extended) as lists. All regexes are built once
 * at module load; none is stateful except where a fresh `g` copy is made by the caller.
 */

import { allStates } from '../model/states';

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.';

/** Base-form verbs that open a recommendation ("Repeal Article 147", "Release all …"). */
export const IMPERATIVE_VERBS = new Set(
  (
    'abolish accede accept adopt align allocate allow amend apply appoint bring build cease ' +
    'combat compensate comply conduct consider continue cooperate create criminalise criminalize ' +
    'decriminalise decriminalize desist develop drop eliminate enable enact end endorse engage ' +
    'enforce ensure establish exonerate expand extend facilitate fulfil fulfill grant guarantee halt ' +
    'harmonise harmonize immediately implement improve include incorporate increase initiate ' +
    'intensify introduce investigate invite issue lift maintain make modify monitor open ' +
    'permit prevent prioritise prioritize promote prosecute protect provide publish pursue put ' +
    'ratify recognise recognize reconsider redouble reform refrain reinstate release remove ' +
    'repeal request respect respond restore revise review revoke seek set share sign stop ' +
    'strengthen submit support suspend take train uphold urgently withdraw promptly fully swiftly ' +
    'undertake reverse return reduce redress raise publicly quash invest close pass ban give fund resource ' +
    'train collect disaggregate resettle regulate'
  ).split(' '),
);

/**
 * Words that, capitalised, belong to institutions, documents or places rather than to a
 * person's name (so "Human Rights Watch", "Criminal Code", "Special Rapporteur" are not
 * taken for people).
 */
export const NON_NAME_WORDS = new Set(
  (
    'The A An In On At Of For And Or But By From To With Since During After Before Following ' +
    'However Although While Despite Yet Also Moreover Furthermore Further Nevertheless Instead ' +
    'Thus Therefore This That These Those Its Their Our His Her We They It He She There Such ' +
    'Human Rights Watch Amnesty International Committee Council Court Courts Commission Commissioner ' +
    'Working Group Special Rapporteur Rapporteurs United Nations Nation Universal Periodic Review ' +
    'General Assembly Secretary High Office Ministry Minister Ministers Prime President Presidential ' +
    'Government Republic State States Federation Kingdom European Union Europe Parliament Parliamentary ' +
    'Law Laws Act Code Criminal Penal Civil Administrative Constitution Constitutional Article Articles ' +
    'Section Chapter Paragraph Para Decree Resolution Convention Covenant Protocol Optional Declaration ' +
    'Charter Statute Treaty Supreme District City Regional Appeal Appeals Military Prosecutor Procurator ' +
    'National Institute Centre Center Association Foundation Partnership Alliance Network Coalition ' +
    'Organisation Organization Helsinki Norwegian Federation Bureau Forum Campaign Project Movement ' +
    'Party Front League Service Services Security Police Department Agency Interior Justice Foreign ' +
    'Affairs Internal Defence Defense Education Health Labour Labor Social Protection Information ' +
    'Media Press Freedom Free Democracy Democratic Independent Civil Society Civic Citizen Citizens ' +
    'Participation Status Consultative Economic Cultural Political Torture Arbitrary Detention ' +
    'Discrimination Elimination Women Children Child Persons Disabilities Racial Enforced ' +
    'Disappearances Involuntary Expression Opinion Assembly Association Defenders Defender ' +
    'Ombudsman Ombudsperson Office Presidential Agenda Item Session Cycle Annex Part Recommendation ' +
    'Recommendations Summary Introduction Conclusion Conclusions Executive Background Methodology ' +
    'North South East West Central Northern Southern Eastern Western Autonomous Province Region ' +
    'Islamic Arab Socialist People Peoples Union Soviet Day Days Prize Nobel Peace Olympic Games ' +
    'Non Governmental Organizations Organisations NGO NGOs CSO CSOs UN UPR OSCE ODIHR PACE EU HRC ' +
    'OHCHR UNESCO UNICEF UNHCR ICCPR CAT UDHR ICRC ECtHR ECHR Mr Ms Mrs Dr Tel Fax Email Web ' +
    'Department Directorate Inspectorate Agency Authority Authorities Board Tribunal Chamber ' +
    'Chairperson Chair Director Deputy Head Leader Member Members Speaker Senate Congress ' +
    'Telecommunications Communications Cybercrime Religion Religious Trade Unions Public ' +
    'Assemblies Demonstrations Peaceful Judicial Judiciary Legal Lawyers Bar Advocates ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday COVID Internet Facebook Twitter ' +
    'YouTube Telegram Google Twitter Instagram WhatsApp Square Street Avenue Prison Colony Camp ' +
    'Protect Journalists Reporters Without Borders Writers Lawyers Partnership Defend'
  ).split(/\s+/),
);

let stateWords: Set<string> | undefined;
/** Capitalised words that occur in State names and their variants ("Azerbaijan", "Korea"). */
export function getStateWords(): Set<string> {
  if (stateWords) return stateWords;
  const set = new Set<string>();
  for (const s of allStates()) {
    for (const n of [s.name, s.officialName, s.commonName ?? '', ...s.variants]) {
      for (const w of n.split(/[^A-Za-zÀ-ÿ'’-]+/)) if (/^[A-ZÀ-Þ]/.test(w)) set.add(w);
    }
  }
  // Common adjectival / demonym forms used as name-like capitalised words.
  for (const w of (
    'Azerbaijani Azeri Kazakh Kazakhstani Uzbek Uzbekistani Tajik Turkmen Turkmenistani Kyrgyz ' +
    'Belarusian Russian Ukrainian Georgian Armenian Chinese Iranian Egyptian Bahraini Saudi ' +
    'Spanish Gambian Cambodian Burundian Bangladeshi Bolivian Indian Pakistani Turkish ' +
    'American British French German Norwegian Swiss Dutch Belgian Austrian Polish Estonian ' +
    'Serbian Albanian Colombian Mexican Brazilian Venezuelan Cuban Nicaraguan Emirati Qatari ' +
    'Moroccan Algerian Tunisian Libyan Sudanese Ethiopian Eritrean Kenyan Ugandan Rwandan ' +
    'Zimbabwean Nigerian Cameroonian Myanmar Burmese Vietnamese Lao Thai Filipino Indonesian ' +
    'Malaysian Sri Lankan Nepali Afghan Iraqi Syrian Lebanese Jordanian Israeli Palestinian ' +
    'Yemeni Omani Kuwaiti Tibetan Uyghur Pamiri Crimean Tatar Chechen Baku Tashkent Almaty ' +
    'Astana Dushanbe Bishkek Ashgabat Minsk Moscow Geneva Brussels London Paris Oslo Vienna ' +
    'Nakhchivan Karabakh Karakalpakstan Andijan Zhanaozen Khorog Dhaka Tallinn Madrid Barcelona ' +
    'Catalonia Catalan Kurdish Western Sahara Papua Xinjiang Hong Kong Tigray Gaza'
  ).split(/\s+/)) set.add(w);
  stateWords = set;
  return set;
}

/** Own-work verbs: what a submitting organisation says it does or did ("we interviewed", "NHC monitors"). */
export const OWN_WORK_WORDS = new Set(
  (
    'monitor monitors monitored monitoring work works worked working operate operates operated interview interviews interviewed found ' +
    'help helps helped started began run runs ran address addresses cover covers focus focuses examine examines ' +
    'spoke speak met meet visit visits visited prepare prepares prepared submit submits submitted ' +
    'conduct conducts conducted collect collects collected observe observes observed attend attends attended ' +
    'analyse analyses analysed analyze analyzes analyzed review reviews reviewed organise organises organised ' +
    'organize organizes organized train trains trained support supports supported send sends sent ' +
    'write writes wrote campaign campaigns campaigned advocate advocates advocated promote promotes promoted ' +
    'run runs ran focus focuses focused base bases based publish publishes published maintain maintains maintained ' +
    'cooperate cooperates cooperated partner partners partnered welcome welcomes welcomed thank thanks thanked ' +
    'wish wishes endeavour endeavours seek seeks strive strives aim aims consider considers believe believes ' +
    'hope hopes regret regrets reiterate reiterates share shares defend defends protect protects ' +
    'produce produces produced author authors authored co-authored contribute contributes contributed provide provides provided represent represents represented assist assists assisted'
  ).split(/\s+/),
);
/** "has/have (been) monitor…", "have documented …": perfect forms of own work. */
export const OWN_PERFECT_PREFIXES = ['monitor', 'work', 'document', 'observ', 'follow', 'support', 'report', 'engag', 'campaign', 'train', 'interview', 'visit', 'contribut', 'produc', 'submit', 'publish', 'prepar', 'author', 'provid', 'represent', 'assist', 'host', 'organi', 'conduct', 'collect', 'gather', 'record', 'track'];

/** Words that, within four words after a spelled-out number, show that something is counted. */
export const COUNT_NOUNS = new Set(
  (
    'year years month months day days week weeks hour hours people persons men women children journalist journalists ' +
    'activist activists defenders lawyers members prisoners protesters demonstrators individuals case cases ' +
    'organisations organizations ngos outlets websites sites times leaders bloggers opposition civilians officers ' +
    'police students student workers employees candidates deaths killings arrests detentions convictions ' +
    'communications opinions recommendations of percent per dead killed injured wounded imprisoned detained ' +
    'arrested remain were are have had others more fewer less other new such political human independent civil ' +
    'media religious trade peaceful citizens nationals residents villagers ' +
    'reports visits requests complaints petitions laws bills decrees amendments appeals trials hearings judges ' +
    'prisons parties newspapers investigations executions sentences raids incidents attacks victims refugees ' +
    'migrants asylum-seekers detainees inmates defendants suspects'
  ).split(/\s+/),
);
