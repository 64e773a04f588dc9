/**
 * Candidate recommendations for an unlinked mention: BM25 over the review(s) the
 * document points to (the store's index, `filters.review`), on the mention's topic words
 * without cue words, the State under review's names and stop words; then re-ranked by
 * an IDF-weighted token overlap (how much of the passage's substance the recommendation
 * covers, and how much of the recommendation the passage covers), boosted when a named
 * recommending State matches and when the stated response agrees with the record.
 */
import type { RecommendationStore } from '../dataset/recommendationStore';
import type { Recommendation } from '../model/recommendation';
import { resolveState } from '../model/states';
import { analyseTerm, tokenize } from '../search/textAnalysis';
import { americanSpelling, contentWords, type RecommendationMention } from './mention';
import { canonicalForms } from './abbreviations';
import { findStateNames } from './stateNames';

export interface RecommendationCandidate {
  document: string;
  id: string;
  recommendingStates: string[];
  text: string;
  /** 0–1, higher is better; comparable across mentions only roughly. */
  score: number;
}

/** Per store: the records of each review and the document frequency of each term in it. */
interface ReviewStats {
  n: number;
  df: Map<string, number>;
  records: Recommendation[];
}
const statsCache = new WeakMap<RecommendationStore, Map<string, ReviewStats>>();
const termsCache = new WeakMap<Recommendation, Set<string>>();

function recordTerms(r: Recommendation): Set<string> {
  let t = termsCache.get(r);
  if (!t) {
    t = new Set(contentWords(`${r.text} ${canonicalForms(r.text)}`));
    termsCache.set(r, t);
  }
  return t;
}

function reviewStats(store: RecommendationStore, document: string): ReviewStats {
  let byDoc = statsCache.get(store);
  if (!byDoc) statsCache.set(store, (byDoc = new Map()));
  let s = byDoc.get(document);
  if (!s) {
    const df = new Map<string, number>();
    const records = store.search('', { review: document }, 100_000).map((h) => h.recommendation);
    for (const r of records) for (const t of recordTerms(r)) df.set(t, (df.get(t) ?? 0) + 1);
    s = { n: records.length, df, records };
    byDoc.set(document, s);
  }
  return s;
}

const RETRIEVE = 30;
/** Umbrella terms: "civic space" is freedom of expression, association and assembly, not "space". */
const UMBRELLA = /\bcivic\s+space\b/gi;
/** Words of State names that are also ordinary topic words ("United Nations", "republic"). */
const NAME_WORDS = new Set(['united', 'kingdom', 'great', 'britain', 'northern', 'republic', 'democratic', 'islamic', 'federation', 'states', 'people', "people's", 'plurinational', 'bolivarian', 'kingdom', 'union', 'federal', 'arab', 'emirates', 'south', 'north', 'central', 'african', 'new', 'saint', 'guinea', 'island', 'islands']);

export function rankCandidates(
  mention: RecommendationMention,
  sentence: string,
  store: RecommendationStore,
  reviewDocuments: string[],
  limit = 3,
): RecommendationCandidate[] {
  if (reviewDocuments.length === 0 || limit <= 0) return [];
  // Names of the States under review and their adjectives ("Azerbaijani", "Uzbek",
  // "Chinese"), and every State named in the sentence: not topic words.
  const sur: string[] = [];
  for (const d of reviewDocuments) {
    const r = store.review(d);
    if (r) for (const t of tokenize(r.stateUnderReview.name)) if (t.length >= 4 && !NAME_WORDS.has(t.toLowerCase())) sur.push(t.toLowerCase());
  }
  const stateWords = new Set<string>();
  for (const s of findStateNames(sentence)) for (const t of tokenize(s.text)) stateWords.add(t.toLowerCase());
  const keep = (w: string): boolean => {
    const lw = w.toLowerCase();
    if (stateWords.has(lw)) return false;
    return !sur.some((t) => lw === t || (lw.length >= 4 && (t.startsWith(lw) || lw.startsWith(t.slice(0, -1)))));
  };

  // Topic words first and twice (they name the recommendation); the rest of the sentence once.
  // Umbrella terms whose own words no recommendation uses ("civic space"): only their canonical word and its expansion count.
  const topicWords = tokenize(mention.topic.replace(UMBRELLA, ' ')).filter(keep);
  const restWords = tokenize((mention.cue ? sentence.slice(0, mention.cue[0]) + ' ' + sentence.slice(mention.cue[1]) : sentence).replace(UMBRELLA, ' ')).filter(keep);
  const topicText = topicWords.join(' ');
  const topicTerms = contentWords(`${topicText} ${canonicalForms(mention.topic)}`);
  const restTerms = contentWords(`${restWords.join(' ')} ${canonicalForms(sentence)}`).filter((t) => !topicTerms.includes(t));
  if (topicTerms.length + restTerms.length === 0) return [];
  // The index expands the last word as a prefix (typing); a two-letter token that
  // matches nothing ends the query instead.
  // Words common in the review ("ensure", "rights") cost the most postings and rank
  // nothing: the retrieval query leaves them out (the re-ranking below still counts them).
  const rare = (t: string): boolean => reviewDocuments.some((d) => {
    const st = reviewStats(store, d);
    return (st.df.get(t) ?? 0) <= Math.max(3, st.n * 0.12);
  });
  // The index folds only -ize spellings: a British form ("decriminalisation") is looked up as written too.
  const british = topicWords.filter((w) => americanSpelling(w.toLowerCase()) !== w.toLowerCase()).map((w) => w.toLowerCase());
  const query = [...topicTerms, ...topicTerms.filter(rare), ...restTerms.filter(rare), ...expansions(topicTerms), ...british, 'qq'].join(' ');
  const queryWeights = new Map<string, number>();
  for (const t of topicTerms) queryWeights.set(t, 1);
  for (const t of restTerms) if (!queryWeights.has(t)) queryWeights.set(t, 0.5);

  const wantedStates = new Set(mention.states.map((s) => resolveState(s)?.iso3 ?? s));
  const pool: { r: Recommendation; bm25: number }[] = [];
  for (const document of reviewDocuments) {
    for (const h of store.search(query, { review: document }, RETRIEVE)) pool.push({ r: h.recommendation, bm25: h.score });
    // A named recommending State: all its recommendations in this review join the pool,
    // even those BM25 missed ("six States … recommended the Emirates to join the torture
    // prevention treaty" for "Ratify OP-CAT (Switzerland, Austria, Spain)").
    if (wantedStates.size) {
      for (const r of reviewStats(store, document).records) {
        if (r.recommendingStates.some((s) => wantedStates.has(resolveState(s)?.iso3 ?? s))) pool.push({ r, bm25: 0 });
      }
    }
  }
  if (pool.length === 0) return [];
  const maxBm25 = Math.max(...pool.map((p) => p.bm25)) || 1;

  const scored = new Map<string, RecommendationCandidate & { raw: number }>();
  for (const { r, bm25 } of pool) {
    const stats = reviewStats(store, r.document);
    const idf = (t: string): number => Math.log(1 + (stats.n + 1) / ((stats.df.get(t) ?? 0) + 0.5));
    const terms = recordTerms(r);
    let queryMass = 0;
    let covered = 0;
    for (const [t, w] of queryWeights) {
      const x = w * idf(t);
      queryMass += x;
      if (terms.has(t)) covered += x;
    }
    let recMass = 0;
    let recCovered = 0;
    for (const t of terms) {
      const x = idf(t);
      recMass += x;
      if (queryWeights.has(t)) recCovered += x;
    }
    const overlap = queryMass > 0 ? covered / queryMass : 0;
    const reverse = recMass > 0 ? recCovered / recMass : 0;
    let raw = 0.35 * (bm25 / maxBm25) + 0.35 * overlap + 0.3 * reverse;
    if (wantedStates.size) {
      const hit = r.recommendingStates.some((s) => wantedStates.has(resolveState(s)?.iso3 ?? s));
      // A named recommending State is the strongest evidence there is ("the recommendations
      // made by Armenia"): its recommendations come first unless the words say otherwise.
      raw += hit ? 0.5 : -0.05;
    }
    if (mention.statedResponse && (r.response.value === 'supported' || r.response.value === 'noted')) raw += r.response.value === mention.statedResponse ? 0.05 : -0.05;
    const key = `${r.document}#${r.id}`;
    const prev = scored.get(key);
    if (prev) {
      // Parts of one 2009-era item: one candidate, all States, the best part's text.
      for (const s of r.recommendingStates) if (!prev.recommendingStates.includes(s)) prev.recommendingStates.push(s);
      if (raw > prev.raw) {
        prev.raw = raw;
        prev.text = r.text;
      }
      continue;
    }
    scored.set(key, { document: r.document, id: r.id, recommendingStates: [...r.recommendingStates], text: r.text, score: 0, raw });
  }
  const ranked = [...scored.values()].sort((a, b) => b.raw - a.raw || compareIds(a.id, b.id));
  return ranked.slice(0, limit).map(({ raw, ...c }) => ({ ...c, score: Math.round(Math.max(0, Math.min(1, raw / 1.3)) * 1000) / 1000 }));
}

/** Words the index holds for a canonical form ("opcat" → "OP-CAT" is "op cat"). */
const EXPANSIONS: Readonly<Record<string, string>> = {
  opcat: 'op cat optional protocol convention against torture',
  iccprop2: 'second optional protocol iccpr',
  opcedaw: 'op cedaw optional protocol',
  opicescr: 'optional protocol icescr',
  uncat: 'cat convention against torture',
  cped: 'cped ced enforced disappearance',
  romestatute: 'rome statute icc international criminal court',
  nhri: 'national human rights institution',
  npm: 'national preventive mechanism',
  hrd: 'human rights defenders',
  lgbt: 'sexual orientation lgbt homosexual',
  deathpenalty: 'death penalty executions',
  forb: 'freedom religion belief religious',
  civicspace: 'freedom expression association assembly journalists media civil society defenders',
  coretreaties: 'iccpr icescr cat icerd cedaw crpd ced icrmw core international human rights instruments',
  ratification: 'ratify ratification accede accession',
};
/** Keyed by the index term of each canonical word ("civicspace" is "civicspac"). */
let expansionByTerm: Map<string, string> | undefined;
function expansions(terms: string[]): string[] {
  expansionByTerm ??= new Map(Object.entries(EXPANSIONS).flatMap(([k, v]) => [[k, v] as [string, string], [analyseTerm(k) ?? k, v] as [string, string]]));
  const out: string[] = [];
  for (const t of terms) {
    // "law1965": the index holds the year as written.
    const year = /^law(\d{4})$/.exec(t);
    if (year) out.push(year[1]!);
    const e = expansionByTerm.get(t);
    if (e) out.push(e);
  }
  return out;
}

function compareIds(a: string, b: string): number {
  const [pa = 0, ia = 0] = a.split('.').map(Number);
  const [pb = 0, ib = 0] = b.split('.').map(Number);
  return pa - pb || ia - ib;
}
