/**
 * `npx tsx scripts/nt-experiment.ts [--misses] [--variants=a,b]`: which features carry negative-tone's
 * grouped dev CV, and how it reads without the list features (the "bare" reading, the best dev
 * estimate of unseen text). Dev only. The nested out-of-fold lexical scores (train-tone.ts) are
 * computed once per run and shared by the variants, each of which only changes the hand features.
 */
import { LEXICAL_FEATURE, lexicalFeature, lexicalScore, trainLexical } from '../src/core/analysis/lexical';
import { probability, train, type Example } from '../src/core/analysis/model';
import { loadCorpus } from './corpus';
import { devExamples, MODELS, scoreAt, trainingSet, without, type DevExample, type ModelSpec, type ThresholdScore } from './train-tone';

const args = process.argv.slice(2);
const spec = MODELS.find((s) => s.rule === 'negative-tone') as ModelSpec;
const FOLDS = spec.options.folds ?? 5;
const LIST = spec.listFeatures ?? [];
const THRESHOLDS = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
const num = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const lex = { ...(spec.lexical ?? { l2: 0.0001, minDocs: 3 }), ...(num('l2') ? { l2: Number(num('l2')) } : {}), ...(num('minDocs') ? { minDocs: Number(num('minDocs')) } : {}), ...(num('epochs') ? { epochs: Number(num('epochs')) } : {}) };
console.error(JSON.stringify(lex));

const { examples, missed } = devExamples(spec);
const files = loadCorpus().messages.filter((m) => m.part === 'dev' && true);
const lexModel = (xs: readonly DevExample[]) => trainLexical(xs.map((e) => ({ tokens: e.tokens ?? new Set<string>(), label: e.label })), lex);
const lexOf = (model: ReturnType<typeof lexModel>, e: DevExample) => lexicalFeature(lexicalScore(model, e.tokens ?? new Set<string>()));

// Nested lexical scores: outer[i] = score of example i by a model without its fold; inner[k][i] = score of
// example i (not in fold k) by a model trained without fold k and without i's own fold.
const outer = new Array<number>(examples.length).fill(0);
const inner: number[][] = [];
for (let k = 0; k < FOLDS; k++) {
  const rest = examples.filter((e) => e.fold !== k);
  const m = lexModel(rest);
  examples.forEach((e, i) => {
    if (e.fold === k) outer[i] = lexOf(m, e);
  });
  const row = new Array<number>(examples.length).fill(0);
  for (let q = 0; q < FOLDS; q++) {
    if (q === k) continue;
    const mq = lexModel(examples.filter((e) => e.fold !== k && e.fold !== q));
    examples.forEach((e, i) => {
      if (e.fold === q) row[i] = lexOf(mq, e);
    });
  }
  inner.push(row);
}
console.error('lexical scores ready');

interface Variant {
  name: string;
  /** Transforms the features of an example (dropping, adding). */
  map?: (f: Record<string, number>, e: DevExample) => Record<string, number>;
  lexical?: boolean;
  list?: readonly string[];
  augment?: boolean;
  /** A training set of its own from the fold's training examples (instead of trainingSet). */
  trainSet?: (rest: Example[]) => Example[];
}

function run(v: Variant): { cv: ThresholdScore[]; bare: ThresholdScore[]; probs: number[]; bareProbs: number[] } {
  const list = v.list ?? LIST;
  const xs = examples.map((e) => ({ ...e, features: v.map ? v.map({ ...e.features }, e) : e.features }));
  const probs = new Array<number>(xs.length).fill(0);
  const bareProbs = new Array<number>(xs.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const rest: Example[] = [];
    xs.forEach((e, i) => {
      if (e.fold !== k) rest.push({ label: e.label, features: v.lexical === false ? e.features : { ...e.features, [LEXICAL_FEATURE]: inner[k][i] } });
    });
    const model = train(v.trainSet ? v.trainSet(rest) : v.augment === false ? rest : trainingSet(rest, { ...spec, listFeatures: list }), spec.options);
    xs.forEach((e, i) => {
      if (e.fold !== k) return;
      const f = v.lexical === false ? e.features : { ...e.features, [LEXICAL_FEATURE]: outer[i] };
      probs[i] = probability(model, f);
      bareProbs[i] = probability(model, without({ label: e.label, features: f }, list).features);
    });
  }
  const labels = xs.map((e) => e.label);
  const forced = xs.map((e) => (spec.sureFeatures ?? []).some((f) => (e.features[f] ?? 0) > 0));
  return {
    cv: THRESHOLDS.map((t) => scoreAt(probs, labels, t, forced, missed)),
    bare: THRESHOLDS.map((t) => scoreAt(bareProbs, labels, t, forced, missed)),
    probs,
    bareProbs,
  };
}

const f2 = (x: ThresholdScore) => `${x.precision.toFixed(2)}/${x.recall.toFixed(2)}`;
function report(v: Variant): ReturnType<typeof run> {
  const r = run(v);
  const merit = (i: number) => (Math.min(r.cv[i].precision, r.cv[i].recall) + Math.min(r.bare[i].precision, r.bare[i].recall)) / 2;
  let best = 0;
  for (let i = 1; i < THRESHOLDS.length; i++) if (merit(i) > merit(best) + 1e-9) best = i;
  const at = (t: number) => THRESHOLDS.indexOf(t);
  const auc = (ps: number[]) => {
    const pos = ps.filter((_, i) => examples[i].label);
    const neg = ps.filter((_, i) => !examples[i].label);
    let s = 0;
    for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0;
    return s / Math.max(1, pos.length * neg.length);
  };
  console.log(
    `${v.name.padEnd(28)} best t=${THRESHOLDS[best]} cv ${f2(r.cv[best])} bare ${f2(r.bare[best])} merit ${merit(best).toFixed(3)} | t=.40 cv ${f2(r.cv[at(0.4)])} bare ${f2(r.bare[at(0.4)])} | t=.30 cv ${f2(r.cv[at(0.3)])} bare ${f2(r.bare[at(0.3)])} | AUC ${auc(r.probs).toFixed(3)} bare ${auc(r.bareProbs).toFixed(3)}`,
  );
  return r;
}

const drop = (names: readonly string[]) => (f: Record<string, number>) => {
  for (const n of names) delete f[n];
  return f;
};
const POLITE = ['pDeference', 'pGreeting', 'pPlease', 'pPleaseStart', 'pIndirect', 'pDirectQuestion', 'pDirectStart', 'pCounterfactual', 'pIndicative', 'pFirstStart', 'pPlural', 'pHedge', 'pFactuality', 'pPositive', 'pNegative'];
const STANCE = ['stanceEvaluation', 'stanceReproach', 'stanceDismissive', 'stanceThirdParty', 'stanceIrony'];

const HAND_LIST = ['criticism', 'dismissive', 'demand', 'sarcasm', 'boast', 'hostility', 'emotional'];
const CUE_LIST = ['delayReproach', 'silence', 'sarcasmCue', 'hearsay', 'ultimatum', 'counterfactual', 'belittle', 'aggrieved', 'sarcasticThanks'];
const GROUPS = [HAND_LIST, CUE_LIST, STANCE];
const NEW = (args.find((a) => a.startsWith('--new='))?.slice(6) ?? '').split(',').filter(Boolean);
const VARIANTS: Variant[] = [
  { name: 'current' },
  { name: 'without new', map: drop(NEW) },
  ...NEW.map((n) => ({ name: `without ${n}`, map: drop([n]) })),
  { name: 'no lexical', lexical: false },
  { name: 'no list features at all', map: drop(LIST) },
  { name: 'no list, no lexical', map: drop(LIST), lexical: false },
  { name: 'no politeness', map: drop(POLITE) },
  { name: 'no stance', map: drop(STANCE) },
  { name: 'no augmentation', augment: false },
  { name: 'bare x2', trainSet: (rest) => [...rest, ...rest.map((e) => without(e, LIST)), ...rest.map((e) => without(e, LIST))] },
  { name: 'group dropout', trainSet: (rest) => [...rest, ...rest.map((e) => without(e, LIST)), ...GROUPS.flatMap((g) => rest.map((e) => without(e, g)))] },
  { name: 'group dropout only', trainSet: (rest) => [...rest, ...rest.map((e) => without(e, LIST)), ...GROUPS.slice(0, 1).flatMap((g) => rest.map((e) => without(e, g)))] },
];
const chosen = args.find((a) => a.startsWith('--variants='))?.slice(11).split(',');
for (const v of VARIANTS) if (!chosen || chosen.includes(v.name)) report(v);

if (args.includes('--misses')) {
  const r = run({ name: 'current' });
  const t = Number(args.find((a) => a.startsWith('--t='))?.slice(4) ?? '0.4');
  const NO_EVIDENCE = new Set([...POLITE, 'gratitude', 'apology', 'wishes', 'curt', 'ownNegative', 'writerValence', 'secondStart', 'exclaim']);
  const evidence = (e: DevExample) => Object.entries(e.features).some(([n, x]) => x > 0 && !NO_EVIDENCE.has(n));
  const tally = { pos: 0, neg: 0, posBare: 0, negBare: 0 };
  examples.forEach((e, i) => {
    if (evidence(e)) return;
    if (r.probs[i] >= t) tally[e.label ? 'pos' : 'neg']++;
    if (r.bareProbs[i] >= t) tally[e.label ? 'posBare' : 'negBare']++;
  });
  console.log('fired without evidence', JSON.stringify(tally), 'positives without evidence', examples.filter((e) => e.label && !evidence(e)).length);
  examples.forEach((e, i) => {
    const forced = (spec.sureFeatures ?? []).some((f) => (e.features[f] ?? 0) > 0);
    if (!e.label && (forced || r.probs[i] >= t)) console.log(`FP full ${r.probs[i].toFixed(2)} ${files[i].file} lex ${outer[i].toFixed(2)} ${Object.entries(e.features).map(([n, x]) => `${n}=${x.toFixed(1)}`).join(' ')}`);
    if (e.label && !forced && r.bareProbs[i] < t) console.log(`FN bare ${r.bareProbs[i].toFixed(2)} full ${r.probs[i].toFixed(2)} ${files[i].file} lex ${outer[i].toFixed(2)} ${Object.entries(e.features).map(([n, x]) => `${n}=${x.toFixed(1)}`).join(' ')}`);
  });
}
