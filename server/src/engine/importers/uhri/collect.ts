import type { Recommendation, Review } from '../../model/recommendation';
import type { ImportResult } from '../importResult';
import { convertAnnotation, type Annotation } from './annotation';

/**
 * Accumulates converted annotations of one file and builds the ImportResult: skips other
 * mechanisms' annotations (counted in one warning), reports invalid ones (first few named),
 * drops duplicates of (Symbol, ID, text), and derives one Review per Symbol.
 */
export class UhriCollector {
  private readonly recommendations: Recommendation[] = [];
  private readonly reviews = new Map<string, { review: Review; dates: Set<string>; states: Set<string> }>();
  private readonly others = new Map<string, number>();
  private readonly invalid: string[] = [];
  private readonly seen = new Set<string>();
  private readonly byId = new Map<string, Recommendation[]>();
  private readonly notes: string[] = [];
  private duplicates = 0;
  total = 0;

  constructor(
    private readonly file: string,
    private readonly importer: string,
  ) {}

  /** `where` names the annotation in warnings: "line 12" (JSON) or "row 12" (XLSX). */
  add(a: Annotation, where: string, line?: number): void {
    this.total++;
    const c = convertAnnotation(a, this.file, this.importer, line);
    if (c.kind === 'other') {
      this.others.set(c.what, (this.others.get(c.what) ?? 0) + 1);
      return;
    }
    if (c.kind === 'invalid') {
      const id = typeof a.AnnotationId === 'string' ? ` (AnnotationId ${a.AnnotationId})` : '';
      this.invalid.push(`${this.file}: ${where}${id}: ${c.reason}; skipped`);
      return;
    }
    const r = c.record;
    const key = `${r.document}#${r.id}#${r.text}`;
    if (this.seen.has(key)) {
      this.duplicates++;
      return;
    }
    this.seen.add(key);
    // Same ID, different text: one item holding several texts (2009-era reports) — parts
    // 1, 2, … as the WG report importer numbers them.
    const sameId = this.byId.get(`${r.document}#${r.id}`);
    if (sameId) {
      if (sameId.length === 1) sameId[0]!.part = 1;
      r.part = sameId.length + 1;
      sameId.push(r);
    } else {
      this.byId.set(`${r.document}#${r.id}`, [r]);
    }
    this.recommendations.push(r);
    let entry = this.reviews.get(r.document);
    if (!entry) {
      const review: Review = { document: r.document, stateUnderReview: r.stateUnderReview, provenance: { file: this.file, importer: this.importer } };
      if (r.cycle !== undefined) review.cycle = r.cycle;
      if (r.session !== undefined) review.session = r.session;
      if (r.year !== undefined) review.year = r.year;
      if (line !== undefined) review.provenance.line = line;
      entry = { review, dates: new Set(), states: new Set() };
      this.reviews.set(r.document, entry);
    }
    entry.states.add(r.stateUnderReview.name);
    if (c.publicationDate) {
      entry.dates.add(c.publicationDate);
      if (!entry.review.date || c.publicationDate < entry.review.date) entry.review.date = c.publicationDate;
    }
  }

  /** A warning about the file itself (not about one annotation's content). */
  note(warning: string): void {
    this.notes.push(warning);
  }

  result(): ImportResult {
    const warnings: string[] = [...this.notes];
    const MAX_NAMED = 20;
    warnings.push(...this.invalid.slice(0, MAX_NAMED));
    if (this.invalid.length > MAX_NAMED) warnings.push(`${this.file}: ${this.invalid.length - MAX_NAMED} more annotations skipped for the same reasons`);
    const otherCount = [...this.others.values()].reduce((a, b) => a + b, 0);
    if (otherCount) {
      const parts = [...this.others].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}: ${n}`);
      warnings.push(`${this.file}: ${otherCount} annotation${otherCount > 1 ? 's' : ''} not UPR recommendations skipped (${parts.slice(0, 10).join('; ')}${parts.length > 10 ? '; …' : ''})`);
    }
    if (this.duplicates) warnings.push(`${this.file}: ${this.duplicates} duplicate annotation${this.duplicates > 1 ? 's' : ''} (same Symbol, ID and text) skipped`);
    const reviews: Review[] = [];
    const counts = new Map<string, number>();
    for (const r of this.recommendations) counts.set(r.document, (counts.get(r.document) ?? 0) + 1);
    let mixed = 0;
    for (const { review, states } of this.reviews.values()) {
      review.recommendationCount = counts.get(review.document) ?? 0;
      if (states.size > 1 && ++mixed <= MAX_NAMED) {
        warnings.push(`${this.file}: ${review.document} names several States under review (${[...states].join(', ')}); the review keeps ${review.stateUnderReview.name}`);
      }
      reviews.push(review);
    }
    if (mixed > MAX_NAMED) warnings.push(`${this.file}: ${mixed - MAX_NAMED} more documents name several States under review`);
    return { importer: this.importer, reviews, recommendations: this.recommendations, warnings };
  }
}
