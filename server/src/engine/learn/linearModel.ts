/**
 * A trained logistic model over named binary features. Pure data in, a probability out;
 * the weights come from scripts/experiment-learned-detectors.ts (`--write`).
 *
 * Written by hand because inference is a sum over a dictionary: the maintained npm
 * classifiers (natural, ml-logistic-regression) own the tokenising or take dense
 * matrices, and neither lets a detector's own verdict be a feature.
 */
export interface LinearModelData {
  /** What the model is for and what it was trained on. */
  description: string;
  bias: number;
  /** Feature name → weight; features not listed weigh 0. */
  weights: Record<string, number>;
  /** The probability at or above which the answer is yes. */
  threshold: number;
}

export class LinearModel {
  private readonly weights: Map<string, number>;

  constructor(private readonly data: LinearModelData) {
    this.weights = new Map(Object.entries(data.weights));
  }

  get threshold(): number {
    return this.data.threshold;
  }

  /** The probability of yes given these features (a repeated feature counts once). */
  probability(features: Iterable<string>): number {
    let z = this.data.bias;
    for (const f of new Set(features)) z += this.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  }
}
