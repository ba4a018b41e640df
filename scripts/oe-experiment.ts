/**
 * Experiment (dev only): sentence-level "explanation-ness" for over-explaining, learned from the
 * message labels (multiple-instance: every sentence of a labelled draft vs every sentence of an
 * unlabelled one), aggregated into message features beside the hand features. Nested 5-fold CV.
 */
import { AnalysisContext } from '../src/core/analysis/context';
import { trainLexical, type LexicalModel } from '../src/core/analysis/lexical';
import { probability, train, type Example, type Features } from '../src/core/analysis/model';
import { overExplainingCandidates, overExplainingFeatures, sentenceMarkers } from '../src/core/analysis/rules/over-explaining';
import { loadCorpus } from './corpus';
import { scoreAt, type ThresholdScore } from './train-tone';

const THRESHOLDS = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
const FOLDS = 5;
const args = process.argv.slice(2);
const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? '0');
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, seed * 2654435761);
const dev = loadCorpus().messages.filter((m) => m.part === 'dev').map((m) => ({ m, key: seed === 0 ? 0 : hash(m.file) })).sort((a, b) => a.key - b.key).map((x) => x.m);

interface Msg { label: boolean; cand: boolean; hand: Features; sents: { tokens: Set<string>; words: number }[]; words: number }
const msgs: Msg[] = dev.map((m) => {
  const ctx = new AnalysisContext(m.text);
  const cand = overExplainingCandidates(ctx);
  const sents = sentenceMarkers(ctx).map((s) => ({ tokens: s.tokens, words: s.words }));
  return { label: m.expected.has('over-explaining'), cand, hand: cand ? overExplainingFeatures(ctx) : {}, sents, words: Math.max(1, ctx.bodyWords) };
});
const candIdx = msgs.map((_, i) => i).filter((i) => msgs[i].cand);
const foldOf = new Map(candIdx.map((i, j) => [i, j % FOLDS]));

const l2 = Number(args.find((a) => a.startsWith('--l2='))?.slice(5) ?? '0.001');
const minDocs = Number(args.find((a) => a.startsWith('--min='))?.slice(6) ?? '3');
const milIter = Number(args.find((a) => a.startsWith('--mil='))?.slice(6) ?? '0');

function sentScore(model: LexicalModel, tokens: ReadonlySet<string>): number {
  let z = model.bias;
  for (const t of tokens) z += model.weights[t] ?? 0;
  return args.includes('--norm') ? model.bias + (z - model.bias) / Math.sqrt(Math.max(1, tokens.size)) : z;
}

/** A sentence model trained on the sentences of messages `ids`. */
function sentModel(ids: readonly number[]): LexicalModel {
  const ex: { tokens: Set<string>; label: boolean }[] = [];
  for (const i of ids) for (const s of msgs[i].sents) ex.push({ tokens: s.tokens, label: msgs[i].label });
  let model = trainLexical(ex, { l2, minDocs });
  for (let it = 0; it < milIter; it++) {
    // mi-style: in a labelled message, only its best sentences (top 2 or above 0) stay positive.
    const ex2: typeof ex = [];
    for (const i of ids) {
      const scores = msgs[i].sents.map((s) => sentScore(model, s.tokens));
      const order = scores.map((z, k) => [z, k] as const).sort((a, b) => b[0] - a[0]);
      const top = new Set(order.slice(0, 2).map(([, k]) => k));
      msgs[i].sents.forEach((s, k) => ex2.push({ tokens: s.tokens, label: msgs[i].label && (top.has(k) || scores[k] > 0) }));
    }
    model = trainLexical(ex2, { l2, minDocs });
  }
  return model;
}

const mode = args.find((a) => a.startsWith('--agg='))?.slice(6) ?? 'all';
function aggregate(model: LexicalModel, m: Msg): Features {
  const z = m.sents.map((s) => sentScore(model, s.tokens)).sort((a, b) => b - a);
  const max = z.length ? z[0] : -6;
  const top2 = (z[0] ?? -6) + (z[1] ?? -6);
  const over = z.filter((x) => x > 0).length;
  let w = 0;
  m.sents.forEach((s) => { if (sentScore(model, s.tokens) > 0) w += s.words; });
  const c = (x: number) => Math.max(-6, Math.min(6, x)) / 3;
  const f: Record<string, number> = {};
  if (mode.includes('max') || mode === 'all') f['sent max'] = c(max);
  if (mode.includes('top2') || mode === 'all') f['sent top2'] = c(top2 / 2);
  if (mode.includes('count') || mode === 'all') f['sent count'] = Math.min(over, 4) / 2;
  if (mode.includes('share') || mode === 'all') f['sent share'] = w / m.words;
  if (mode.includes('sum')) f['sent sum'] = Math.min(z.filter((x) => x > 0).reduce((a, b) => a + b, 0), 12) / 6;
  return f;
}

const opts = { l2: 0.01, epochs: 2000, rate: 0.5 };
const useHand = !args.includes('--no-hand');
const useSent = !args.includes('--no-sent');
const feats = (model: LexicalModel | undefined, i: number): Features => ({ ...(useHand ? msgs[i].hand : {}), ...(model && useSent ? aggregate(model, msgs[i]) : {}) });
const nonCand = args.includes('--no-noncand') ? [] : msgs.map((_, i) => i).filter((i) => !msgs[i].cand);

const probs = new Map<number, number>();
for (let k = 0; k < FOLDS; k++) {
  const trainIds = candIdx.filter((i) => foldOf.get(i) !== k);
  const testIds = candIdx.filter((i) => foldOf.get(i) === k);
  let outer: LexicalModel | undefined;
  const examples: Example[] = [];
  if (useSent) {
    outer = sentModel([...trainIds, ...nonCand]);
    // inner out-of-fold sentence scores for the training part
    for (let q = 0; q < FOLDS; q++) {
      const inner = sentModel([...trainIds.filter((_, j) => j % FOLDS !== q), ...nonCand]);
      trainIds.forEach((i, j) => { if (j % FOLDS === q) examples.push({ features: feats(inner, i), label: msgs[i].label }); });
    }
  } else for (const i of trainIds) examples.push({ features: feats(undefined, i), label: msgs[i].label });
  const model = train(examples, opts);
  for (const i of testIds) probs.set(i, probability(model, feats(outer, i)));
}
const labels = candIdx.map((i) => msgs[i].label);
const p = candIdx.map((i) => probs.get(i) ?? 0);
const cv: ThresholdScore[] = THRESHOLDS.map((t) => scoreAt(p, labels, t, [], 0));
let best = 0;
cv.forEach((c, i) => { if (Math.min(c.precision, c.recall) > Math.min(cv[best].precision, cv[best].recall) + 1e-9) best = i; });
const f2 = (x: ThresholdScore) => `${x.threshold} ${x.precision.toFixed(3)}/${x.recall.toFixed(3)} F1 ${x.f1.toFixed(3)}`;
console.log(`${args.join(' ')} | best ${f2(cv[best])} | t.5 ${f2(cv[8])}`);
if (args.includes('--report')) for (const c of cv) console.log('  ' + f2(c));
