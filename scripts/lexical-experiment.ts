/**
 * `npx tsx scripts/lexical-experiment.ts`: does a learned word-level signal (src/core/analysis/lexical.ts)
 * help the tone models? Dev only, 5-fold cross-validation with nested training: for each fold left
 * out, the lexical model is trained only on the rest, and the lexical scores the rule's model trains
 * on are themselves out-of-fold (an inner 5-fold split of the rest). Prints, per rule and L2 strength:
 * (a) the rule's current model, (b) the lexical model alone, (c) the current features plus the
 * lexical score, each at the threshold train-tone.ts's rule would choose (the better of precision and
 * recall's minimum, on average over the fold as it is and without the list features).
 */
import { AnalysisContext } from '../src/core/analysis/context';
import { draftTokens, lexicalFeature, lexicalScore, trainLexical, type LexicalTrainOptions } from '../src/core/analysis/lexical';
import { probability, train, type Example } from '../src/core/analysis/model';
import { loadCorpus } from './corpus';
import { MODELS, scoreAt, trainingSet, without, type ModelSpec, type ThresholdScore } from './train-tone';

const THRESHOLDS = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
const FOLDS = 5;

/** `--seed=N`: the dev messages in another fixed order (by a hash of file name and N), so other folds: does a gain hold on another split? */
const seed = Number(process.argv.find((a) => a.startsWith('--seed='))?.slice(7) ?? '0');
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, seed * 2654435761);
const dev = loadCorpus()
  .messages.filter((m) => m.part === 'dev')
  .map((m) => ({ m, key: seed === 0 ? 0 : hash(m.file) }))
  .sort((x, y) => x.key - y.key)
  .map((x) => x.m);
const ctxs = dev.map((m) => new AnalysisContext(m.text));
const tokens = ctxs.map((c) => draftTokens(c));


function choose(cv: ThresholdScore[], bare: ThresholdScore[]): number {
  const merit = (i: number) => (Math.min(cv[i].precision, cv[i].recall) + Math.min(bare[i].precision, bare[i].recall)) / 2;
  let best = 0;
  for (let i = 1; i < THRESHOLDS.length; i++) {
    if (merit(i) > merit(best) + 1e-9 || (Math.abs(merit(i) - merit(best)) <= 1e-9 && Math.abs(THRESHOLDS[i] - 0.5) < Math.abs(THRESHOLDS[best] - 0.5))) best = i;
  }
  return best;
}

const f = (x: ThresholdScore) => `${x.precision.toFixed(2)}/${x.recall.toFixed(2)}`;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Lexical scores for `test` messages from a model trained on every dev message but `exclude`. */
function lexScores(rule: ModelSpec['rule'], exclude: ReadonlySet<number>, test: readonly number[], options: LexicalTrainOptions, trainOn: 'all' | readonly number[]): Map<number, number> {
  const pool = trainOn === 'all' ? dev.map((_, i) => i) : trainOn;
  const model = trainLexical(
    pool.filter((i) => !exclude.has(i)).map((i) => ({ tokens: tokens[i], label: dev[i].expected.has(rule) })),
    options,
  );
  return new Map(test.map((i) => [i, lexicalScore(model, tokens[i])]));
}

function experiment(spec: ModelSpec, options: LexicalTrainOptions, scope: 'all' | 'candidates'): void {
  // The rule's examples in devExamples' order: fold = position mod 5, as train-tone.ts.
  const cand: number[] = [];
  const feats: Example['features'][] = [];
  let missed = 0;
  dev.forEach((m, i) => {
    const x = spec.features(ctxs[i]);
    if (x) {
      cand.push(i);
      feats.push(x);
    } else if (m.expected.has(spec.rule)) missed++;
  });
  const labels = cand.map((i) => dev[i].expected.has(spec.rule));
  const trainOn = scope === 'all' ? 'all' : cand;
  const drop = spec.listFeatures ?? [];
  const forced = feats.map((x) => (spec.sureFeatures ?? []).some((s) => (x[s] ?? 0) > 0));
  const probsA = new Array<number>(cand.length).fill(0);
  const bareA = new Array<number>(cand.length).fill(0);
  const probsB = new Array<number>(cand.length).fill(0);
  const probsC = new Array<number>(cand.length).fill(0);
  const bareC = new Array<number>(cand.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const trainPos = cand.map((_, j) => j).filter((j) => j % FOLDS !== k);
    const testPos = cand.map((_, j) => j).filter((j) => j % FOLDS === k);
    const testIds = new Set(testPos.map((j) => cand[j]));
    // (a) the current model.
    const a = train(trainingSet(trainPos.map((j) => ({ features: feats[j], label: labels[j] })), spec), spec.options);
    // (c) inner folds give the training part's lexical scores out-of-fold.
    const inner = new Map<number, number>();
    for (let q = 0; q < FOLDS; q++) {
      const held = trainPos.filter((_, p) => p % FOLDS === q).map((j) => cand[j]);
      for (const [i, z] of lexScores(spec.rule, new Set([...testIds, ...held]), held, options, trainOn)) inner.set(i, z);
    }
    const outer = lexScores(spec.rule, testIds, [...testIds], options, trainOn);
    const withLex = (j: number, z: number): Example => ({ features: { ...feats[j], lexical: lexicalFeature(z) }, label: labels[j] });
    const c = train(trainingSet(trainPos.map((j) => withLex(j, inner.get(cand[j])!)), spec), spec.options);
    for (const j of testPos) {
      const z = outer.get(cand[j])!;
      probsA[j] = probability(a, feats[j]);
      bareA[j] = probability(a, without({ features: feats[j], label: labels[j] }, drop).features);
      probsB[j] = sigmoid(z);
      const e = withLex(j, z);
      probsC[j] = probability(c, e.features);
      bareC[j] = probability(c, without(e, drop).features);
    }
  }
  const report = (name: string, probs: number[], bare: number[], force: boolean[]) => {
    const cv = THRESHOLDS.map((t) => scoreAt(probs, labels, t, force, missed));
    const bareCv = THRESHOLDS.map((t) => scoreAt(bare, labels, t, force, missed));
    const i = choose(cv, bareCv);
    const bestF1 = cv.reduce((b, x) => (x.f1 > b.f1 ? x : b));
    console.log(`  ${name}: t=${THRESHOLDS[i]} CV ${f(cv[i])}${drop.length ? `, bare ${f(bareCv[i])}` : ''}; best-F1 t=${bestF1.threshold} ${f(bestF1)}`);
  };
  console.log(`${spec.rule} — lexical l2=${options.l2}, trained on ${scope} dev messages (${cand.length} candidates, ${labels.filter(Boolean).length} labelled, ${missed} labelled without a candidate):`);
  report('(a) current', probsA, bareA, forced);
  report('(b) lexical alone (candidates)', probsB, probsB, []);
  report('(c) current + lexical', probsC, bareC, forced);
}

/** (b') the lexical model alone over every dev message, plain 5-fold by dev position. */
function alone(rule: ModelSpec['rule'], options: LexicalTrainOptions): void {
  const probs = new Array<number>(dev.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const test = dev.map((_, i) => i).filter((i) => i % FOLDS === k);
    for (const [i, z] of lexScores(rule, new Set(test), test, options, 'all')) probs[i] = sigmoid(z);
  }
  const labels = dev.map((m) => m.expected.has(rule));
  const cv = THRESHOLDS.map((t) => scoreAt(probs, labels, t));
  const best = cv.reduce((b, x) => (Math.min(x.precision, x.recall) > Math.min(b.precision, b.recall) ? x : b));
  console.log(`  (b') lexical alone, every dev message (${labels.filter(Boolean).length} labelled): best min(P,R) t=${best.threshold} ${f(best)}`);
}

const args = process.argv.slice(2);
const l2s = (args.find((a) => a.startsWith('--l2='))?.slice(5).split(',') ?? ['0.01', '0.001', '0.0001']).map(Number);
const scopes = (args.find((a) => a.startsWith('--scope='))?.slice(8).split(',') ?? ['all']) as ('all' | 'candidates')[];
const rules = args.find((a) => a.startsWith('--rule='))?.slice(7).split(',');
for (const spec of MODELS.filter((s) => !rules || rules.includes(s.rule))) {
  for (const l2 of l2s) {
    for (const scope of scopes) experiment(spec, { l2 }, scope);
    alone(spec.rule, { l2 });
  }
}
