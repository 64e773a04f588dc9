import type { Dataset, Recommendation, Review } from '../server/src/engine/model/recommendation';

/**
 * A UHRI-sized dataset (about 270,000 records, the size of the whole Universal Human
 * Rights Index) made from the real records: texts are the real ones with sentences of
 * other records spliced in, spread over synthetic reviews of the same States, so the
 * vocabulary and term frequencies stay those of real UN prose. Deterministic (seeded).
 */
export function generateUhriSizedDataset(base: Dataset, size: number): Dataset {
  let seed = 42;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const src = base.recommendations;
  const reviews: Review[] = [];
  const recommendations: Recommendation[] = [];
  let reviewNo = 0;
  while (recommendations.length < size) {
    const template = base.reviews[reviewNo % base.reviews.length]!;
    const cycle = 3 + Math.floor(reviewNo / base.reviews.length);
    const document = `A/HRC/${60 + Math.floor(reviewNo / 40)}/${(reviewNo % 40) + 1}`;
    reviews.push({ ...template, document, cycle, session: 27 + (reviewNo % 28) });
    const count = 150 + Math.floor(rand() * 150);
    for (let i = 1; i <= count && recommendations.length < size; i++) {
      const a = src[Math.floor(rand() * src.length)]!;
      const b = src[Math.floor(rand() * src.length)]!;
      const text = rand() < 0.5 ? a.text : `${a.text}; ${b.text.split(/[,;]/)[0]}`;
      recommendations.push({ ...a, document, id: `${130 + Math.floor(i / 200)}.${i}`, text, cycle, stateUnderReview: template.stateUnderReview });
    }
    reviewNo++;
  }
  return { version: 1, reviews, recommendations };
}
