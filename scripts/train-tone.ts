/**
 * `npx tsx scripts/train-tone.ts`: trains the tone models (src/core/analysis/data/models/<rule>.json)
 * on the corpus's dev part only, never the holdout. One table, one entry per model: the rule, the
 * features it reads from a draft (undefined when the rule has no candidate finding on it, so the
 * model is never asked) and the training options. The threshold is chosen by k-fold
 * cross-validation on dev. `--check` writes nothing and exits 1 when a committed model differs from
 * what training gives (the unit test test/unit/analysis/models.test.ts runs the same check);
 * `--report` prints dev and cross-validated dev precision and recall.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisContext } from '../src/core/analysis/context';
import { probability, train, type Example, type Features, type LinearModel, type TrainOptions } from '../src/core/analysis/model';
import { overExplainingFeatures, overExplainingCandidates } from '../src/core/analysis/rules/over-explaining';
import { unclearDecisionCandidates, unclearDecisionFeatures } from '../src/core/analysis/rules/unclear-decision';
import type { RuleId } from '../src/core/analysis/types';
import { loadCorpus } from './corpus';

export interface ModelSpec {
  rule: RuleId;
  /** The model's features for a draft, or undefined when the rule has nothing to decide on it. */
  features: (ctx: AnalysisContext) => Features | undefined;
  options: TrainOptions & { folds: number };
}

export const models: ModelSpec[] = [
  {
    rule: 'over-explaining',
    features: (ctx) => (overExplainingCandidates(ctx) ? overExplainingFeatures(ctx) : undefined),
    options: { folds: 5, l2: 0.01, epochs: 2000, rate: 0.5 },
  },
  {
    rule: 'unclear-decision',
    features: (ctx) => (unclearDecisionCandidates(ctx) ? unclearDecisionFeatures(ctx) : undefined),
    options: { folds: 5, l2: 0.01, epochs: 2000, rate: 0.5 },
  },
];

const modelsDir = path.join(__dirname, '..', 'src', 'core', 'analysis', 'data', 'models');
export const modelPath = (rule: RuleId) => path.join(modelsDir, `${rule}.json`);

/** Dev only: lists the cross-validation misses (--misses). */
const showMisses = process.argv.includes('--misses');
/** Thresholds tried by cross-validation. */
const THRESHOLDS = Array.from({ length: 17 }, (_, i) => 0.1 + i * 0.05);

export interface Trained {
  model: LinearModel;
  /** Labelled dev messages (whether the rule has a candidate on them or not). */
  positives: number;
  /** Cross-validated on dev at the chosen threshold: precision and recall over all dev messages. */
  cv: { precision: number; recall: number; tp: number; fp: number; fn: number };
}

const pr = (tp: number, fp: number, positives: number) => ({ precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: positives === 0 ? 1 : tp / positives, tp, fp, fn: positives - tp });

/** Trains one model on dev: the threshold that maximises the lower of CV precision and recall. */
export function trainModel(spec: ModelSpec): Trained {
  const dev = loadCorpus().messages.filter((m) => m.part === 'dev');
  const examples: Example[] = [];
  const files: string[] = [];
  let positives = 0;
  for (const m of dev) {
    const label = m.expected.has(spec.rule);
    if (label) positives++;
    const features = spec.features(new AnalysisContext(m.text));
    if (features) {
      examples.push({ features, label });
      files.push(m.file);
    } else if (label && showMisses) console.log(`  FN (no candidate) ${m.file}`);
  }
  const { folds } = spec.options;
  const probs: number[] = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const m = train(examples.filter((_, i) => i % folds !== k), spec.options);
    examples.forEach((e, i) => {
      if (i % folds === k) probs[i] = probability(m, e.features);
    });
  }
  let best = { threshold: 0.5, score: -1, cv: pr(0, 0, positives) };
  for (const threshold of THRESHOLDS) {
    let tp = 0;
    let fp = 0;
    examples.forEach((e, i) => {
      if (probs[i] >= threshold) {
        if (e.label) tp++;
        else fp++;
      }
    });
    const cv = pr(tp, fp, positives);
    const score = Math.min(cv.precision, cv.recall) + 0.001 * (cv.precision + cv.recall);
    if (score > best.score + 1e-9) best = { threshold: Math.round(threshold * 100) / 100, score, cv };
  }
  if (showMisses) {
    examples.forEach((e, i) => {
      if (probs[i] >= best.threshold !== e.label) console.log(`  ${e.label ? 'FN' : 'FP'} ${probs[i].toFixed(2)} ${files[i]} ${JSON.stringify(e.features)}`);
    });
  }
  const model = train(examples, { ...spec.options, threshold: best.threshold });
  return { model, positives, cv: best.cv };
}

const serialise = (m: LinearModel) => `${JSON.stringify(m, null, 2)}\n`;

/** Rules whose committed model differs from what training gives. */
export function drifted(): RuleId[] {
  return models.filter((spec) => fs.readFileSync(modelPath(spec.rule), 'utf8') !== serialise(trainModel(spec).model)).map((s) => s.rule);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const only = args.find((a) => a.startsWith('--rule='))?.slice('--rule='.length);
  let failed = false;
  for (const spec of models) {
    if (only && spec.rule !== only) continue;
    const { model, cv } = trainModel(spec);
    const text = serialise(model);
    const f2 = (n: number) => n.toFixed(3);
    console.log(`${spec.rule}: threshold ${model.threshold}, cross-validated dev P ${f2(cv.precision)} R ${f2(cv.recall)} (tp ${cv.tp}, fp ${cv.fp}, fn ${cv.fn})`);
    if (args.includes('--report')) console.log(text);
    if (args.includes('--check')) {
      if (fs.readFileSync(modelPath(spec.rule), 'utf8') !== text) {
        console.error(`${spec.rule}: the committed model differs; run npx tsx scripts/train-tone.ts`);
        failed = true;
      }
    } else if (!args.includes('--dry')) fs.writeFileSync(modelPath(spec.rule), text);
  }
  if (failed) process.exit(1);
}
