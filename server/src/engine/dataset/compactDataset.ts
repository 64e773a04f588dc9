import type { Dataset, Recommendation, ResponseValue, Review } from '../model/recommendation';

/**
 * The compact form in which the bundled dataset is committed and shipped: records as
 * tuples, every repeated string (symbols, State names, themes, files) interned once,
 * the review's own fields (symbol, State, cycle, session, year, file, importer) not
 * repeated in each of its recommendations. Brotli on top (see bundledDataset.ts).
 * This is an internal format; users' dataset files are plain `*.upr.json`.
 */
export interface CompactDataset {
  format: 'upr-draft-compact';
  version: 1;
  description?: string;
  strings: string[];
  /** [document, surName, surIso3|-1, cycle|0, session|0, date|-1, year|0, count|-1, file, importer, line|0, page|0] */
  reviews: CompactReview[];
  /** See `encodeRecommendation` for the tuple layout. */
  recommendations: CompactRecommendation[];
}

type S = number; // index into strings, -1 for absent
type CompactReview = [S, S, S, number, number, S, number, number, S, S, number, number];
type CompactRecommendation = [
  reviewIndex: number,
  id: string,
  part: number,
  text: string,
  recommendingStates: S[],
  response: number,
  responseSource: S,
  responseDetail: S,
  themes: S[],
  actionCategory: number,
  line: number,
  page: number,
  mergedFrom: string[] | 0,
  sdgs: S[] | 0,
  affectedPersons: S[] | 0,
  /** Fields where the record differs from its review (rare), as a plain object. */
  overrides: Partial<Recommendation> | 0,
];

const RESPONSES: ResponseValue[] = ['supported', 'noted', 'pending', 'unknown'];

class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string | undefined): number {
    if (s === undefined) return -1;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function reviewKey(document: string): string {
  return document;
}

export function encodeCompact(dataset: Dataset): CompactDataset {
  const t = new StringTable();
  const reviewIndex = new Map<string, number>();
  const reviews: CompactReview[] = dataset.reviews.map((r, i) => {
    reviewIndex.set(reviewKey(r.document), i);
    return [
      t.id(r.document),
      t.id(r.stateUnderReview.name),
      t.id(r.stateUnderReview.iso3),
      r.cycle ?? 0,
      r.session ?? 0,
      t.id(r.date),
      r.year ?? 0,
      r.recommendationCount ?? -1,
      t.id(r.provenance.file),
      t.id(r.provenance.importer),
      r.provenance.line ?? 0,
      r.provenance.page ?? 0,
    ];
  });
  const recommendations = dataset.recommendations.map((rec): CompactRecommendation => {
    const ri = reviewIndex.get(reviewKey(rec.document));
    if (ri === undefined) throw new Error(`recommendation ${rec.document} ${rec.id} has no review record`);
    const review = dataset.reviews[ri]!;
    const overrides: Partial<Recommendation> = {};
    if (rec.stateUnderReview.name !== review.stateUnderReview.name || rec.stateUnderReview.iso3 !== review.stateUnderReview.iso3) overrides.stateUnderReview = rec.stateUnderReview;
    if (rec.cycle !== review.cycle) overrides.cycle = rec.cycle;
    if (rec.session !== review.session) overrides.session = rec.session;
    if (rec.year !== review.year) overrides.year = rec.year;
    if (rec.provenance.file !== review.provenance.file || rec.provenance.importer !== review.provenance.importer) {
      overrides.provenance = rec.provenance;
    }
    return [
      ri,
      rec.id,
      rec.part ?? 0,
      rec.text,
      rec.recommendingStates.map((s) => t.id(s)),
      RESPONSES.indexOf(rec.response.value),
      t.id(rec.response.source),
      t.id(rec.response.detail),
      rec.themes.map((s) => t.id(s)),
      rec.actionCategory ?? 0,
      rec.provenance.line ?? 0,
      rec.provenance.page ?? 0,
      rec.provenance.mergedFrom ?? 0,
      rec.sdgs ? rec.sdgs.map((s) => t.id(s)) : 0,
      rec.affectedPersons ? rec.affectedPersons.map((s) => t.id(s)) : 0,
      Object.keys(overrides).length ? overrides : 0,
    ];
  });
  return { format: 'upr-draft-compact', version: 1, description: dataset.description, strings: t.strings, reviews, recommendations };
}

export function decodeCompact(c: CompactDataset): Dataset {
  if (c.format !== 'upr-draft-compact' || c.version !== 1) throw new Error(`not a UPR Draft compact dataset (format ${String(c.format)} version ${String(c.version)})`);
  const str = c.strings;
  const s = (i: number): string | undefined => (i < 0 ? undefined : str[i]);
  const reviews: Review[] = c.reviews.map((r) => {
    const review: Review = {
      document: str[r[0]]!,
      stateUnderReview: withOptional({ name: str[r[1]]! }, 'iso3', s(r[2])),
      provenance: { file: str[r[8]]!, importer: str[r[9]]! },
    };
    if (r[3]) review.cycle = r[3];
    if (r[4]) review.session = r[4];
    const date = s(r[5]);
    if (date !== undefined) review.date = date;
    if (r[6]) review.year = r[6];
    if (r[7] >= 0) review.recommendationCount = r[7];
    if (r[10]) review.provenance.line = r[10];
    if (r[11]) review.provenance.page = r[11];
    return review;
  });
  const recommendations: Recommendation[] = c.recommendations.map((t) => {
    const review = reviews[t[0]]!;
    const rec: Recommendation = {
      document: review.document,
      id: t[1],
      text: t[3],
      recommendingStates: t[4].map((i) => str[i]!),
      stateUnderReview: review.stateUnderReview,
      response: withOptional({ value: RESPONSES[t[5]] ?? 'unknown', source: str[t[6]]! }, 'detail', s(t[7])),
      themes: t[8].map((i) => str[i]!),
      provenance: { file: review.provenance.file, importer: review.provenance.importer },
    };
    if (t[2]) rec.part = t[2];
    if (review.cycle !== undefined) rec.cycle = review.cycle;
    if (review.session !== undefined) rec.session = review.session;
    if (review.year !== undefined) rec.year = review.year;
    if (t[9]) rec.actionCategory = t[9] as 1 | 2 | 3 | 4 | 5;
    if (t[10]) rec.provenance.line = t[10];
    if (t[11]) rec.provenance.page = t[11];
    if (t[12]) rec.provenance.mergedFrom = t[12];
    if (t[13]) rec.sdgs = t[13].map((i) => str[i]!);
    if (t[14]) rec.affectedPersons = t[14].map((i) => str[i]!);
    if (t[15]) Object.assign(rec, t[15]);
    return rec;
  });
  const dataset: Dataset = { version: 1, reviews, recommendations };
  if (c.description !== undefined) dataset.description = c.description;
  return dataset;
}

function withOptional<T extends object, K extends string, V>(obj: T, key: K, value: V | undefined): T & Partial<Record<K, V>> {
  if (value !== undefined) (obj as Record<string, unknown>)[key] = value;
  return obj as T & Partial<Record<K, V>>;
}
