/**
 * A small linear (logistic) model over named features, for rules whose judgement combines several
 * weak signals. The weights are data (`data/models/*.json`), rebuilt by a training script from the
 * corpus's dev part only; the holdout is never trained or tuned on. Pure and deterministic: the same
 * examples always give the same weights.
 */

/** Feature values by name; a missing feature is 0. */
export type Features = Readonly<Record<string, number>>;

export interface LinearModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
  /** Probability at or above which the model says yes. */
  readonly threshold: number;
}

export interface Example {
  readonly features: Features;
  readonly label: boolean;
}

export interface TrainOptions {
  /** L2 penalty: larger keeps weights small and the model general. */
  readonly l2?: number;
  readonly epochs?: number;
  readonly rate?: number;
  readonly threshold?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that the features describe a positive case. */
export function probability(model: LinearModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return sigmoid(z);
}

export function predict(model: LinearModel, features: Features): boolean {
  return probability(model, features) >= model.threshold;
}

/** Full-batch gradient descent on the L2-penalised log loss. */
export function train(examples: readonly Example[], options: TrainOptions = {}): LinearModel {
  const { l2 = 0.01, epochs = 2000, rate = 0.5, threshold = 0.5 } = options;
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const w = new Map(names.map((n) => [n, 0]));
  let bias = 0;
  const n = Math.max(1, examples.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Map(names.map((name) => [name, 0]));
    let gradBias = 0;
    for (const e of examples) {
      let z = bias;
      for (const [name, value] of Object.entries(e.features)) z += (w.get(name) ?? 0) * value;
      const error = sigmoid(z) - (e.label ? 1 : 0);
      gradBias += error;
      for (const [name, value] of Object.entries(e.features)) grad.set(name, (grad.get(name) ?? 0) + error * value);
    }
    bias -= (rate * gradBias) / n;
    for (const name of names) w.set(name, (w.get(name) ?? 0) - rate * ((grad.get(name) ?? 0) / n + l2 * (w.get(name) ?? 0)));
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights = Object.fromEntries(names.map((name) => [name, round(w.get(name) ?? 0)]).filter(([, v]) => v !== 0));
  return { bias: round(bias), weights, threshold };
}

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export function scorePredictions(pairs: readonly { predicted: boolean; label: boolean }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { predicted, label } of pairs) {
    if (predicted && label) tp++;
    else if (predicted) fp++;
    else if (label) fn++;
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/**
 * k-fold cross-validation (fold = index mod k): trains on k-1 folds, predicts the one left out.
 * The honest estimate of how a feature set generalises, measured without the holdout.
 */
export function crossValidate(examples: readonly Example[], folds = 5, options: TrainOptions = {}): Score {
  const pairs: { predicted: boolean; label: boolean }[] = [];
  for (let k = 0; k < folds; k++) {
    const model = train(examples.filter((_, i) => i % folds !== k), options);
    for (const [i, e] of examples.entries()) if (i % folds === k) pairs.push({ predicted: predict(model, e.features), label: e.label });
  }
  return scorePredictions(pairs);
}
