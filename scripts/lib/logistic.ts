/**
 * Trains the linear models of the learned-detector experiment (L2-regularised logistic
 * regression over named binary features, full-batch Adam). Written here because the problem is tiny
 * (about a thousand sentences, a few thousand features) and the npm libraries that train
 * logistic regression want dense matrices (ml-logistic-regression) or do their own
 * tokenising (natural); this is forty lines and deterministic.
 */
export interface Example {
  features: string[];
  label: boolean;
  /** How much this example counts (default 1). */
  weight?: number;
}

export interface TrainOptions {
  /** L2 penalty per feature weight (on the mean loss). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Features seen in fewer training examples are dropped. */
  minCount: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 0.003, iterations: 400, learningRate: 0.05, minCount: 2 };

export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): { bias: number; weights: Record<string, number> } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= options.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ x: [...new Set(e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))], y: e.label ? 1 : 0, w: e.weight ?? 1 }));
  const totalWeight = rows.reduce((s, r) => s + r.w, 0);
  const n = vocab.length + 1; // last = bias
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= options.iterations; t++) {
    g.fill(0);
    for (const r of rows) {
      let z = w[n - 1]!;
      for (const i of r.x) z += w[i]!;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * r.w / totalWeight;
      for (const i of r.x) g[i]! += err;
      g[n - 1]! += err;
    }
    for (let i = 0; i < n - 1; i++) g[i]! += 2 * options.l2 * w[i]!;
    for (let i = 0; i < n; i++) {
      m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
      w[i]! -= (options.learningRate * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + eps);
    }
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    if (Math.abs(w[i]!) >= 1e-3) weights[f] = Math.round(w[i]! * 1e4) / 1e4;
  });
  return { bias: Math.round(w[n - 1]! * 1e4) / 1e4, weights };
}
