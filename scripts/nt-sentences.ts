/**
 * `npx tsx scripts/nt-sentences.ts [--variants=a,b] [--spans=DIR]`: prototype of negative-tone's
 * sentence-level signal trained from gold spans (where the problem is). Dev only: grouped 5-fold CV
 * (folds by site), the nested out-of-fold lexical and sentence scores computed once and shared by
 * the variants. Reads the span files defensively (they may be mid-write).
 */
import * as fs from 'node:fs';
import { AnalysisContext } from '../src/core/analysis/context';
import { draftTokens, LEXICAL_FEATURE, lexicalFeature, lexicalScore, trainLexical, type LexicalModel } from '../src/core/analysis/lexical';
import { probability, train, type Example, type Features } from '../src/core/analysis/model';
import { negativeToneFeatures, negativeToneSentences } from '../src/core/analysis/rules/negative-tone';
import { foldOf, loadCorpus } from './corpus';
import { MODELS, scoreAt, trainingSet, without, type ModelSpec, type ThresholdScore } from './train-tone';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const spec = MODELS.find((s) => s.rule === 'negative-tone') as ModelSpec;
const FOLDS = spec.options.folds ?? 5;
const LIST = spec.listFeatures ?? [];
const THRESHOLDS = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
const LIST_MARKERS = new Set([...LIST].map((f) => `#${f}`));
const isMarker = (t: string) => t.startsWith('#');
const isListMarker = (t: string) => LIST_MARKERS.has(t);
const lex = spec.lexical ?? { l2: 0.0001, minDocs: 3, epochs: 3000 };

/** Gold spans per file: the a and b lists merged; a file that does not parse yet is skipped. */
function loadSpans(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of ['nt-a', 'nt-b']) {
    try {
      const json = JSON.parse(fs.readFileSync(`${dir}/${name}.json`, 'utf8')) as Record<string, unknown>;
      for (const [file, spans] of Object.entries(json)) if (Array.isArray(spans)) out.set(file, [...(out.get(file) ?? []), ...spans.filter((x): x is string => typeof x === 'string')]);
    } catch (e) {
      console.error(`${name}: ${(e as Error).message}`);
    }
  }
  return out;
}
const spans = loadSpans(opt('spans') ?? '/work/spans');

interface Row {
  file: string;
  fold: number;
  label: boolean;
  features: Features;
  tokens: ReadonlySet<string>;
  sentences: Set<string>[];
  /** Per sentence: overlaps a gold span (labelled and annotated drafts only). */
  gold?: boolean[];
}

const rows: Row[] = [];
let annotated = 0;
let noSentence = 0;
for (const m of loadCorpus().messages.filter((d) => d.part === 'dev')) {
  const ctx = new AnalysisContext(m.text);
  const label = m.expected.has('negative-tone');
  const sents = negativeToneSentences(ctx);
  let gold: boolean[] | undefined;
  const marked = spans.get(m.file);
  if (label && marked && marked.length > 0) {
    const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(m.text)?.[0].length ?? 0;
    const ranges: { start: number; end: number }[] = [];
    for (const s of marked) {
      for (let at = m.text.indexOf(s, front); at >= 0; at = m.text.indexOf(s, at + 1)) ranges.push({ start: at, end: at + s.length });
    }
    gold = sents.map(({ sentence }) =>
      ranges.some((r) => {
        const a = Math.max(r.start, sentence.start);
        const b = Math.min(r.end, sentence.end);
        return b > a && /\p{L}{2}/u.test(m.text.slice(a, b));
      }),
    );
    annotated++;
    if (!gold.some(Boolean)) noSentence++;
  }
  rows.push({ file: m.file, fold: foldOf(m, FOLDS), label, features: negativeToneFeatures(ctx), tokens: draftTokens(ctx), sentences: sents.map((s) => s.tokens), ...(gold ? { gold } : {}) });
}
console.error(`${rows.length} dev drafts, ${rows.filter((r) => r.label).length} labelled, ${annotated} annotated (${noSentence} with no body sentence spanned)`);

// ---- sentence model ----
interface SentOptions {
  l2: number;
  minDocs: number;
  epochs: number;
  rounds: number;
  /** Use gold labels where present (false: the multiple-instance rule everywhere, as OE does today). */
  gold: boolean;
  /** Markers (#...) dropped from the tokens. */
  dropMarkers: (t: string) => boolean;
  minWeight: number;
  rate?: number;
  /** Score as trained (bias + sum / sqrt(count)) instead of the plain sum. */
  norm?: boolean;
}
let NORM = false;
const sentScore = (m: LexicalModel, tokens: ReadonlySet<string>) => {
  let z = 0;
  for (const t of tokens) z += m.weights[t] ?? 0;
  return m.bias + (NORM ? z / Math.sqrt(Math.max(1, tokens.size)) : z);
};
const filtered = (o: SentOptions, ts: ReadonlySet<string>) => (o.dropMarkers ? new Set([...ts].filter((t) => !o.dropMarkers(t))) : ts);

function sentenceModel(train: readonly Row[], o: SentOptions): LexicalModel {
  NORM = o.norm ?? false;
  const options = { l2: o.l2, minDocs: o.minDocs, epochs: o.epochs, ...(o.rate ? { rate: o.rate } : {}) };
  const label = (r: Row, k: number, mi: (r: Row, k: number) => boolean) => (!r.label ? false : o.gold && r.gold ? r.gold[k] : mi(r, k));
  const set = (mi: (r: Row, k: number) => boolean) => train.flatMap((r) => r.sentences.map((t, k) => ({ tokens: filtered(o, t), label: label(r, k, mi) })));
  let model = trainLexical(set(() => true), options);
  for (let round = 0; round < o.rounds; round++) {
    const current = model;
    const keep = new Map<Row, Set<number>>();
    for (const r of train) {
      if (!r.label || (o.gold && r.gold)) continue;
      const scores = r.sentences.map((t) => sentScore(current, filtered(o, t)));
      const top = new Set(scores.map((z, k) => [z, k] as const).sort((a, b) => b[0] - a[0]).slice(0, 2).map(([, k]) => k));
      keep.set(r, new Set(scores.map((z, k) => (top.has(k) || z > 0 ? k : -1)).filter((k) => k >= 0)));
    }
    model = trainLexical(set((r, k) => keep.get(r)?.has(k) ?? true), options);
  }
  return o.minWeight > 0 ? { ...model, weights: Object.fromEntries(Object.entries(model.weights).filter(([, w]) => Math.abs(w) >= o.minWeight)) } : model;
}

type Aggregate = (scores: number[], sizes: number[]) => Features;
const bound = (x: number) => Math.max(-6, Math.min(6, x)) / 3;
const AGGREGATES: Record<string, Aggregate> = {
  maxTopAbove: (s) => {
    const sorted = [...s].sort((a, b) => b - a);
    return { sentenceMax: bound(sorted[0] ?? -6), sentenceTopTwo: bound(((sorted[0] ?? -6) + (sorted[1] ?? -6)) / 2), sentencesAbove: Math.min(s.filter((z) => z > 0).length, 4) / 2 };
  },
  max: (s) => ({ sentenceMax: bound(Math.max(-6, ...s)) }),
  maxAbove: (s) => ({ sentenceMax: bound(Math.max(-6, ...s)), sentencesAbove: Math.min(s.filter((z) => z > 0).length, 4) / 2 }),
  noisyOr: (s) => {
    // P(some sentence is negative) from independent sentence probabilities, as log-odds.
    const pNone = s.reduce((p, z) => p * (1 - 1 / (1 + Math.exp(-z))), 1);
    const p = Math.min(1 - 1e-6, Math.max(1e-6, 1 - pNone));
    return { sentenceAny: bound(Math.log(p / (1 - p))) };
  },
};

/** Nested out-of-fold sentence scores: outer[i] by a model without i's fold; inner[k][i] without fold k and i's fold. */
/** The sentence model's own quality, outer folds only: sentence AUC within labelled drafts, message AUC of the strongest sentence. */
function diagnose(name: string, o: SentOptions): void {
  const t0 = Date.now();
  const outer: number[][] = rows.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const m = sentenceModel(rows.filter((r) => r.fold !== k), o);
    NORM = o.norm ?? false;
    rows.forEach((r, i) => {
      if (r.fold === k) outer[i] = r.sentences.map((t) => sentScore(m, filtered(o, t)));
    });
  }
  const auc = (pos: number[], neg: number[]) => {
    const all = [...pos.map((x) => [x, 1] as const), ...neg.map((x) => [x, 0] as const)].sort((a, b) => a[0] - b[0]);
    let rank = 0;
    let sum = 0;
    for (let i = 0; i < all.length; ) {
      let j = i;
      while (j < all.length && all[j][0] === all[i][0]) j++;
      const r = (i + j + 1) / 2;
      for (let q = i; q < j; q++) if (all[q][1] === 1) sum += r;
      rank = j;
      i = j;
    }
    void rank;
    return (sum - (pos.length * (pos.length + 1)) / 2) / Math.max(1, pos.length * neg.length);
  };
  const goldPos: number[] = [];
  const goldNeg: number[] = [];
  const allNeg: number[] = [];
  rows.forEach((r, i) => {
    r.gold?.forEach((g, k) => (g ? goldPos : goldNeg).push(outer[i][k]));
    if (!r.label) allNeg.push(...outer[i]);
  });
  const maxOf = (i: number) => Math.max(-99, ...outer[i]);
  const top1 = rows.filter((r, i) => r.gold && r.gold.some(Boolean) && r.gold[outer[i].indexOf(maxOf(i))]).length / rows.filter((r) => r.gold?.some(Boolean)).length;
  console.log(
    `${name.padEnd(40)} sentence AUC in labelled ${auc(goldPos, goldNeg).toFixed(3)}, vs all ${auc(goldPos, [...goldNeg, ...allNeg]).toFixed(3)}; strongest is gold ${(100 * top1).toFixed(1)}%; message AUC of max ${auc(rows.flatMap((r, i) => (r.label ? [maxOf(i)] : [])), rows.flatMap((r, i) => (r.label ? [] : [maxOf(i)]))).toFixed(3)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`,
  );
}

function nestedSentenceScores(o: SentOptions): { outer: number[][]; inner: number[][][]; bareOuter: number[][] } {
  const scoresBy = (m: LexicalModel, r: Row) => r.sentences.map((t) => sentScore(m, filtered(o, t)));
  const bareBy = (m: LexicalModel, r: Row) => r.sentences.map((t) => sentScore(m, new Set([...filtered(o, t)].filter((x) => !isListMarker(x)))));
  const outer: number[][] = rows.map(() => []);
  const bareOuter: number[][] = rows.map(() => []);
  const inner: number[][][] = [];
  for (let k = 0; k < FOLDS; k++) {
    const m = sentenceModel(rows.filter((r) => r.fold !== k), o);
    rows.forEach((r, i) => {
      if (r.fold === k) {
        outer[i] = scoresBy(m, r);
        bareOuter[i] = bareBy(m, r);
      }
    });
    const row: number[][] = rows.map(() => []);
    for (let q = 0; q < FOLDS; q++) {
      if (q === k) continue;
      const mq = sentenceModel(rows.filter((r) => r.fold !== k && r.fold !== q), o);
      rows.forEach((r, i) => {
        if (r.fold === q) row[i] = scoresBy(mq, r);
      });
    }
    inner.push(row);
  }
  const auc = (pos: number[], neg: number[]) => {
    let a = 0;
    for (const p of pos) for (const q of neg) a += p > q ? 1 : p === q ? 0.5 : 0;
    return a / Math.max(1, pos.length * neg.length);
  };
  const goldPos: number[] = [];
  const goldNeg: number[] = [];
  rows.forEach((r, i) => r.gold?.forEach((g, k) => (g ? goldPos : goldNeg).push(outer[i][k])));
  const maxOf = (i: number) => Math.max(-99, ...outer[i]);
  console.error(`  sentence AUC within labelled drafts ${auc(goldPos, goldNeg).toFixed(3)}; message AUC of the max ${auc(rows.flatMap((r, i) => (r.label ? [maxOf(i)] : [])), rows.flatMap((r, i) => (r.label ? [] : [maxOf(i)]))).toFixed(3)}; of the lexical ${auc(rows.flatMap((r, i) => (r.label ? [lexOuter[i]] : [])), rows.flatMap((r, i) => (r.label ? [] : [lexOuter[i]]))).toFixed(3)}`);
  return { outer, inner, bareOuter };
}

// ---- nested lexical scores (as nt-experiment.ts) ----
const lexModel = (xs: readonly Row[]) => trainLexical(xs.map((e) => ({ tokens: e.tokens, label: e.label })), lex);
const lexOf = (model: LexicalModel, e: Row) => lexicalFeature(lexicalScore(model, e.tokens));
const lexOuter = new Array<number>(rows.length).fill(0);
const lexInner: number[][] = [];
const lexCache = '/tmp/nt-sentences-lexical.json';
if (fs.existsSync(lexCache) && !args.includes('--fresh-lexical')) {
  const c = JSON.parse(fs.readFileSync(lexCache, 'utf8')) as { outer: number[]; inner: number[][] };
  lexOuter.splice(0, rows.length, ...c.outer);
  lexInner.push(...c.inner);
} else {
  for (let k = 0; k < FOLDS; k++) {
    const m = lexModel(rows.filter((e) => e.fold !== k));
    rows.forEach((e, i) => {
      if (e.fold === k) lexOuter[i] = lexOf(m, e);
    });
    const row = new Array<number>(rows.length).fill(0);
    for (let q = 0; q < FOLDS; q++) {
      if (q === k) continue;
      const mq = lexModel(rows.filter((e) => e.fold !== k && e.fold !== q));
      rows.forEach((e, i) => {
        if (e.fold === q) row[i] = lexOf(mq, e);
      });
    }
    lexInner.push(row);
  }
  fs.writeFileSync(lexCache, JSON.stringify({ outer: lexOuter, inner: lexInner }));
}
console.error('lexical scores ready');

interface Variant {
  name: string;
  sentences?: SentOptions;
  aggregate?: string;
  /** Drop the lexical feature (the sentence signal replaces it). */
  noLexical?: boolean;
  /** Sentence features also left out of the bare reading. */
  sentencesAreList?: boolean;
  /** The bare reading's sentence scores: the same model, the sentences without the list markers. */
  bareSentences?: boolean;
}

const f2 = (x: ThresholdScore) => `${x.precision.toFixed(2)}/${x.recall.toFixed(2)}`;
const sentCache = new Map<string, ReturnType<typeof nestedSentenceScores>>();

function run(v: Variant): void {
  const t0 = Date.now();
  let nested: ReturnType<typeof nestedSentenceScores> | undefined;
  if (v.sentences) {
    const key = JSON.stringify({ ...v.sentences, dropMarkers: v.sentences.dropMarkers.toString() });
    nested = sentCache.get(key) ?? nestedSentenceScores(v.sentences);
    sentCache.set(key, nested);
  }
  const agg = AGGREGATES[v.aggregate ?? 'maxTopAbove'];
  const sentenceNames = nested ? Object.keys(agg([0], [1])) : [];
  const list = v.sentencesAreList ? [...LIST, ...sentenceNames] : LIST;
  const featuresOf = (i: number, lexical: number, sentScores: number[] | undefined): Features => ({
    ...rows[i].features,
    ...(v.noLexical ? {} : { [LEXICAL_FEATURE]: lexical }),
    ...(sentScores ? agg(sentScores, []) : {}),
  });
  const probs = new Array<number>(rows.length).fill(0);
  const bareProbs = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const rest: Example[] = [];
    rows.forEach((e, i) => {
      if (e.fold !== k) rest.push({ label: e.label, features: featuresOf(i, lexInner[k][i], nested?.inner[k][i]) });
    });
    const model = train(trainingSet(rest, { ...spec, listFeatures: list }), spec.options);
    rows.forEach((e, i) => {
      if (e.fold !== k) return;
      const f = featuresOf(i, lexOuter[i], nested?.outer[i]);
      probs[i] = probability(model, f);
      const fb = v.bareSentences && nested ? featuresOf(i, lexOuter[i], nested.bareOuter[i]) : f;
      bareProbs[i] = probability(model, without({ label: e.label, features: fb }, list).features);
    });
  }
  const labels = rows.map((e) => e.label);
  const forced = rows.map((e) => (spec.sureFeatures ?? []).some((f) => (e.features[f] ?? 0) > 0));
  const cv = THRESHOLDS.map((t) => scoreAt(probs, labels, t, forced, 0));
  const bare = THRESHOLDS.map((t) => scoreAt(bareProbs, labels, t, forced, 0));
  // train-tone's choice: best mean of min(P,R) over the two readings, then the threshold nearest 0.5 within the tolerance.
  const merit = (i: number) => (Math.min(cv[i].precision, cv[i].recall) + Math.min(bare[i].precision, bare[i].recall)) / 2;
  let best = 0;
  for (let i = 1; i < THRESHOLDS.length; i++) if (merit(i) > merit(best) + 1e-9 || (Math.abs(merit(i) - merit(best)) <= 1e-9 && Math.abs(THRESHOLDS[i] - 0.5) < Math.abs(THRESHOLDS[best] - 0.5))) best = i;
  const top = merit(best);
  for (let i = 0; i < THRESHOLDS.length; i++) if (merit(i) >= top - (spec.thresholdTolerance ?? 0) && Math.abs(THRESHOLDS[i] - 0.5) < Math.abs(THRESHOLDS[best] - 0.5)) best = i;
  const at = (t: number) => THRESHOLDS.indexOf(t);
  const auc = (ps: number[]) => {
    const pos = ps.filter((_, i) => labels[i]);
    const neg = ps.filter((_, i) => !labels[i]);
    let s = 0;
    for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0;
    return s / Math.max(1, pos.length * neg.length);
  };
  console.log(
    `${v.name.padEnd(34)} t=${THRESHOLDS[best]} cv ${f2(cv[best])} bare ${f2(bare[best])} merit ${merit(best).toFixed(3)} | t=.40 ${f2(cv[at(0.4)])} bare ${f2(bare[at(0.4)])} | t=.50 ${f2(cv[at(0.5)])} bare ${f2(bare[at(0.5)])} | AUC ${auc(probs).toFixed(3)} bare ${auc(bareProbs).toFixed(3)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`,
  );
  if (args.includes('--misses') && v.name === (opt('misses-of') ?? v.name)) {
    const t = THRESHOLDS[best];
    rows.forEach((r, i) => {
      if (r.label !== probs[i] >= t && !forced[i]) console.log(`  ${r.label ? 'FN' : 'FP'} ${probs[i].toFixed(2)} bare ${bareProbs[i].toFixed(2)} ${r.file}`);
    });
  }
}

const base: SentOptions = { l2: 0.001, minDocs: 3, epochs: 600, rounds: 2, gold: true, dropMarkers: isListMarker, minWeight: 0 };
const good: SentOptions = { ...base, l2: 0.00003, rate: 16, epochs: 1000, norm: true };
const VARIANTS: Variant[] = [
  { name: 'G', sentences: good },
  { name: 'G maxAbove', sentences: good, aggregate: 'maxAbove' },
  { name: 'G noisyOr', sentences: good, aggregate: 'noisyOr' },
  { name: 'G no lexical', sentences: good, noLexical: true },
  { name: 'G tokens only', sentences: { ...good, dropMarkers: isMarker } },
  { name: 'G all markers bare-aware', sentences: { ...good, dropMarkers: () => false }, bareSentences: true },
  { name: 'G all markers bare-aware no lexical', sentences: { ...good, dropMarkers: () => false }, bareSentences: true, noLexical: true },
  { name: 'current (no sentences)' },
  { name: 'gold, tokens only', sentences: { ...base, dropMarkers: isMarker } },
  { name: 'gold, +general markers', sentences: base },
  { name: 'gold, +all markers', sentences: { ...base, dropMarkers: () => false } },
  { name: 'gold, +all markers, bare-aware', sentences: { ...base, dropMarkers: () => false }, bareSentences: true },
  { name: 'gold, +all markers, bare-aware, no lexical', sentences: { ...base, dropMarkers: () => false }, bareSentences: true, noLexical: true },
  { name: 'MI only, +general markers', sentences: { ...base, gold: false } },
  { name: 'gold, +general, max', sentences: base, aggregate: 'max' },
  { name: 'gold, +general, maxAbove', sentences: base, aggregate: 'maxAbove' },
  { name: 'gold, +general, noisyOr', sentences: base, aggregate: 'noisyOr' },
  { name: 'gold, +general, no lexical', sentences: base, noLexical: true },
  { name: 'gold, +general, l2 .003', sentences: { ...base, l2: 0.003 } },
  { name: 'gold, +general, l2 .0003', sentences: { ...base, l2: 0.0003 } },
  { name: 'gold, +general, 1500 epochs', sentences: { ...base, epochs: 1500 } },
];
const DIAG: [string, SentOptions][] = [
  ['tokens, base', { ...base, dropMarkers: isMarker }],
  ['general markers, base', base],
  ['general, norm', { ...base, norm: true }],
  ['general, rate 8', { ...base, rate: 8 }],
  ['general, rate 8 norm', { ...base, rate: 8, norm: true }],
  ['general, l2 1e-4 rate 8', { ...base, l2: 0.0001, rate: 8 }],
  ['general, l2 1e-4 rate 8 norm', { ...base, l2: 0.0001, rate: 8, norm: true }],
  ['general, l2 1e-4 rate 8 2000ep', { ...base, l2: 0.0001, rate: 8, epochs: 2000 }],
  ['all markers, l2 1e-4 rate 8', { ...base, l2: 0.0001, rate: 8, dropMarkers: () => false }],
  ['general, minDocs 2, l2 1e-4 rate 8', { ...base, l2: 0.0001, rate: 8, minDocs: 2 }],
  ['general, l2 3e-5 rate 16 norm', { ...base, l2: 0.00003, rate: 16, norm: true }],
  ['general, l2 1e-4 rate 16 norm', { ...base, l2: 0.0001, rate: 16, norm: true }],
  ['general, l2 1e-4 rate 32 norm', { ...base, l2: 0.0001, rate: 32, norm: true }],
  ['general, l2 1e-5 rate 16 norm', { ...base, l2: 0.00001, rate: 16, norm: true }],
  ['general, l2 3e-5 rate 16 1500ep norm', { ...base, l2: 0.00003, rate: 16, epochs: 1500, norm: true }],
  ['general, l2 3e-5 rate 16 plain', { ...base, l2: 0.00003, rate: 16 }],
];
if (args.includes('--diag')) {
  const pick = opt('diag')?.split(';');
  for (const [name, o] of DIAG) if (!pick || pick.includes(name)) diagnose(name, o);
  process.exit(0);
}
const chosen = opt('variants')?.split(';');
for (const v of VARIANTS) if (!chosen || chosen.includes(v.name)) run(v);
