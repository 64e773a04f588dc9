/**
 * Where a sentence reports the submitter's own documentation, as this document speaks of
 * its submitter: "of the 1,146 complaints we received, 311 …", "Of the 14 judgments that the
 * Centre reviewed, nine …", "In the cases our lawyers handled in 2016, judges …", "In our
 * survey of 1,180 pupils, one child in four said …", and the testimony of the people its
 * methodology says it interviewed ("Women in Avdiivka described …", "two participants said …").
 *
 * Which words name the submitter and whom it interviewed differ from one document to the
 * next, so they are read from the document: its `submitted-by` names and their head nouns
 * ("the Centre", "the Clinic"), short names it defines ("(“the Clinic”)"), and the people
 * its own research sentences name. The claim detector is given the spans
 * (`ClaimContext.ownWork`) and drops the facts inside them: the submitter is their source.
 */
import type { SubmissionDocument } from '../document';
import { ownWorkFinder, type OwnWorkSpan } from './ownWorkPatterns';
import { submitterNames } from './submitterNames';

export type { OwnWorkSpan } from './ownWorkPatterns';

/** Head nouns of organisation names a document goes on to use alone ("the Centre reviewed …"). */
// (Not "Commission", "Committee", "Council", "Union", "Mission": State and UN bodies are called so too, "the Commission has registered …".)
const NAME_HEADS = new Set([
  'Centre', 'Center', 'Clinic', 'Coalition', 'Network', 'League', 'Forum', 'Association', 'Foundation', 'Institute', 'Observatory',
  'Platform', 'Alliance', 'Collective', 'Movement', 'Project', 'Initiative', 'Society', 'Federation', 'Trust', 'Campaign', 'Consortium',
]);

/** The same heads in the names' own languages, as an English draft calls them: "Ligue nationale …" → "the League". */
const HEAD_TRANSLATIONS: Record<string, string> = {
  Ligue: 'League', Liga: 'League', Centro: 'Centre', Observatoire: 'Observatory', Observatorio: 'Observatory', Coalición: 'Coalition',
  Réseau: 'Network', Red: 'Network', Rede: 'Network', Asociación: 'Association', Associação: 'Association', Fundación: 'Foundation',
  Fondation: 'Foundation', Fundação: 'Foundation', Collectif: 'Collective', Colectivo: 'Collective', Colectiva: 'Collective',
  Plataforma: 'Platform', Plateforme: 'Platform', Mouvement: 'Movement', Movimiento: 'Movement', Institut: 'Institute', Instituto: 'Institute',
};

/** People an organisation interviews, surveys or assists. */
const PEOPLE = new Set([
  'women', 'men', 'people', 'persons', 'children', 'girls', 'boys', 'families', 'relatives', 'detainees', 'prisoners', 'inmates',
  'lawyers', 'journalists', 'activists', 'defenders', 'survivors', 'victims', 'witnesses', 'workers', 'students', 'pupils', 'residents',
  'villagers', 'farmers', 'participants', 'respondents', 'interviewees', 'refugees', 'migrants', 'mothers', 'parents', 'teachers',
  'doctors', 'nurses', 'believers', 'leaders', 'elders', 'adolescents', 'returnees', 'employees', 'bloggers', 'protesters',
  'demonstrators', 'clients', 'beneficiaries', 'widows', 'fishers', 'fishermen', 'herders', 'peasants', 'youths', 'pastors', 'imams',
  'priests', 'monks', 'nuns', 'parishioners', 'caregivers', 'organisers', 'organizers', 'asylum-seekers', 'dalits',
]);

/** Research that yields testimony. */
const RESEARCH = /\b(?:interview(?:s|ed|ing)?|focus[\s-]groups?|group\s+discussions?|consultations?|surveys?(?:ed)?|spoke|talked|met|testimon(?:y|ies)|questionnaires?|workshops?|conversations?|hearings?\s+with)\b/i;

const FIRST_PERSON = /\b(?:we|our|us)\b/i;

export interface SubmitterVoice {
  /** The spans of `sentence` that report the submitter's own documentation, to the end of their clause (or of the sentence, for a frame). */
  ownWorkSpans(sentence: string): OwnWorkSpan[];
}

/** The submitter's voice in `doc`: its names and short names, and the people its research names. */
export function submitterVoice(doc: SubmissionDocument): SubmitterVoice {
  const names = submitterNames(doc.frontMatter?.submittedBy?.map((s) => s.value) ?? []);
  const heads = new Set<string>();
  for (const name of names) for (const w of name.split(/\s+/)) { const head = NAME_HEADS.has(w) ? w : HEAD_TRANSLATIONS[w]; if (head) heads.add(head); }
  const people = new Set<string>();
  let researched = false;
  // In the paragraph that introduces the submitter ("The Eritrean Free Press Circle in Exile (EFPC) is an association
  // of … It was founded in Nairobi in 2004 …"), "It" and "Its" are the submitter.
  const introduced = new Set<string>();
  const lowerNames = names.map((n) => n.toLowerCase());
  const namesKey = names.join('|');
  let introducing = false;
  for (const block of doc.blocks) {
    const first = block.sentences[0]?.text.replace(INTRO_LEAD, '').toLowerCase() ?? '';
    // (…and the paragraph after it, when that one goes on with "It"/"Its": "2. Since 2011 its legal team has …".)
    const continues = introducing && INTRO_IT.test(block.sentences[0]?.text.replace(PARAGRAPH_NUMBER, '') ?? '');
    introducing = lowerNames.some((n) => first.startsWith(n)) || /^(?:we\s+are|our\s+(?:organi[sz]ation|association|network|coalition|group)\s+(?:is|was))\b/.test(first);
    if (introducing || continues) {
      for (const s of block.sentences.slice(introducing ? 1 : 0)) if (INTRO_IT.test(s.text.replace(PARAGRAPH_NUMBER, ''))) introduced.add(s.text);
      introducing = true;
    }
    // What each paragraph names (its short names, the people of its research), kept per paragraph: re-checking after an
    // edit reads again only the paragraph that changed.
    const blockKey = `${namesKey}\n${block.text}`;
    let found = blockVocabulary.get(blockKey);
    if (found === undefined) {
      if (blockVocabulary.size >= 5000) blockVocabulary.clear();
      found = readBlockVocabulary(block.sentences.map((x) => x.text), names);
      blockVocabulary.set(blockKey, found);
    }
    for (const h of found.heads) heads.add(h);
    for (const p of found.people) people.add(p);
    researched ||= found.researched;
  }
  if (researched) for (const w of ['participants', 'respondents', 'interviewees']) people.add(w);
  // The same vocabulary gives the same expressions: compiled once, not on every check (V8 compiles a regex on first use).
  const key = JSON.stringify([names, [...heads].sort(), [...people].sort()]);
  let voice = compiled.get(key);
  if (voice === undefined) {
    if (compiled.size >= 64) compiled.clear();
    voice = { ownWorkSpans: ownWorkFinder(names, heads, people) };
    compiled.set(key, voice);
  }
  if (introduced.size === 0) return voice;
  const inner = voice;
  return { ownWorkSpans: (sentence) => (introduced.has(sentence) ? [{ start: 0, end: sentence.length }] : inner.ownWorkSpans(sentence)) };
}

interface BlockVocabulary {
  heads: string[];
  people: string[];
  researched: boolean;
}

const blockVocabulary = new Map<string, BlockVocabulary>();

/** The short names a paragraph defines for the submitter and its work, and the people its own research names. */
function readBlockVocabulary(sentences: readonly string[], names: readonly string[]): BlockVocabulary {
  const found: BlockVocabulary = { heads: [], people: [], researched: false };
  for (const text of sentences) {
    // Short names the document defines for itself and its work: 'Inkululeko Law Clinic ("the Clinic")', '(hereafter "the
    // Network")', 'an online survey of 517 people that we ran in 2018 (the "Rainbow Barometer")'.
    if (text.includes('("') || text.includes('(“') || /\((?:hereafter|hereinafter|below|the\s)/.test(text)) {
      for (const m of text.matchAll(/\((?:hereafter|hereinafter|below)?,?\s*(?:the\s+)?[“"‘'](?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})[”"’']\)/gu)) {
        if (names.some((n) => text.includes(n)) || FIRST_PERSON.test(text)) found.heads.push(m[1]!);
      }
    }
    const research = RESEARCH.exec(text);
    if (research && (FIRST_PERSON.test(text) || names.some((n) => text.includes(n)))) {
      found.researched = true;
      for (const w of text.slice(research.index, research.index + 220).split(/[.;]/)[0]!.toLowerCase().match(/[\p{L}-]+/gu) ?? []) {
        if (PEOPLE.has(w)) found.people.push(w);
      }
    }
  }
  return found;
}

/** A paragraph number before a sentence: "2. ", "1.3 ". */
const PARAGRAPH_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+/;
/** A paragraph number or list marker before a sentence, and the article before a name. */
const INTRO_LEAD = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+|[-*•]\s+)?(?:the\s+)?/i;

/** "It was founded …", "Its mandate is …", "Since 2011 its legal team has …" — not "It is estimated that …". */
const INTRO_IT = /^(?:(?:In|Since|From)\s+\d{4},?\s+)?(?:It|its|Its)\b(?!\s+is\s+(?:estimated|reported|alleged|believed|known|feared|said|thought)\b)/;

const compiled = new Map<string, SubmitterVoice>();
