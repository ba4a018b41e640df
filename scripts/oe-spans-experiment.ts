/**
 * Experiment (dev only): over-explaining's sentence model trained from gold spans against the
 * multiple-instance guesses. Prints grouped dev CV (train-tone's outOfFold, folds by site) to three
 * decimals at each threshold's merit, and how well out-of-fold sentence scores find the gold
 * sentences (sentences scoring above zero against the gold ones, over labelled drafts with spans,
 * and the share of unlabelled drafts with a sentence above zero).
 * `npx tsx scripts/oe-spans-experiment.ts [--no-spans] [--l2=] [--min=] [--rounds=] [--min-weight=]`
 */
import type { LexicalModel } from '../src/core/analysis/lexical';
import { devExamples, MODELS, outOfFold, scoreAt, sentenceModelOf, type DevExample, type ModelSpec, type SentenceSpec } from './train-tone';

const args = process.argv.slice(2);
const num = (name: string) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a === undefined ? undefined : Number(a.slice(name.length + 3));
};
const base = MODELS.find((m) => m.rule === 'over-explaining') as ModelSpec;
const s = base.sentences as SentenceSpec;
const norm = (m: LexicalModel, t: ReadonlySet<string>) => {
  let z = 0;
  for (const x of t) z += m.weights[x] ?? 0;
  return m.bias + z / Math.sqrt(Math.max(1, t.size));
};
const scoreFn = args.includes('--norm') ? norm : (s.score as (m: LexicalModel, t: ReadonlySet<string>) => number);
const features = (m: LexicalModel, sents: readonly ReadonlySet<string>[]) => {
  const z = sents.map((t) => scoreFn(m, t));
  const sorted = [...z].sort((a, b) => b - a);
  const bound = (x: number) => Math.max(-6, Math.min(6, x)) / 3;
  const sizes = sents.map((t) => t.size);
  const total = Math.max(1, sizes.reduce((a, b) => a + b, 0));
  const out: Record<string, number> = args.includes('--norm') ? {
    'sentence max': bound(sorted[0] ?? -6),
    'sentence top two': bound(((sorted[0] ?? -6) + (sorted[1] ?? -6)) / 2),
    'explaining sentences': Math.min(z.filter((v) => v > 0).length, 4) / 2,
    'explaining share': z.reduce((n, v, i) => n + (v > 0 ? sizes[i] : 0), 0) / total,
  } : { ...(s.features(m, sents) as Record<string, number>) };
  if (args.includes('--psum')) out['expected explaining'] = Math.min(z.reduce((n, v) => n + 1 / (1 + Math.exp(-v)), 0), 4) / 2;
  if (args.includes('--noisyor')) {
    const q = sents.reduce((acc, t) => acc * (1 - 1 / (1 + Math.exp(-norm(m, t)))), 1);
    out['noisy or'] = bound(Math.log(Math.max(1e-6, 1 - q) / Math.max(1e-6, q)));
  }
  if (args.includes('--second')) out['sentence second'] = bound(sorted[1] ?? -6);
  if (args.includes('--drop-count')) delete out['explaining sentences'];
  return out;
};
const sentences: SentenceSpec = {
  ...s,
  gold: !args.includes('--no-spans'),
  score: scoreFn,
  features,
  options: { ...s.options, ...(num('l2') !== undefined ? { l2: num('l2') } : {}), ...(num('min') !== undefined ? { minDocs: num('min') } : {}), ...(num('rounds') !== undefined ? { rounds: num('rounds') } : {}), ...(num('min-weight') !== undefined ? { minWeight: num('min-weight') } : {}) },
};
const spec: ModelSpec = { ...base, sentences };
const dev = devExamples(spec, { spans: !args.includes('--no-spans') });
const background = args.includes('--no-bg-gold') ? dev.background.filter((b) => !b.label) : dev.background;
const { examples, missed } = dev;
const labels = examples.map((e) => e.label);
const probs = outOfFold(examples, spec, [], background);
const T = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
const cv = T.map((t) => scoreAt(probs, labels, t, [], missed));
let best = 0;
cv.forEach((c, i) => {
  if (Math.min(c.precision, c.recall) > Math.min(cv[best].precision, cv[best].recall) + 1e-9) best = i;
});
const f = (i: number) => `t=${T[i]} P=${cv[i].precision.toFixed(3)} R=${cv[i].recall.toFixed(3)} F1=${cv[i].f1.toFixed(3)}`;
console.log(`${args.join(' ') || '(default)'} | missed ${missed} of ${examples.filter((e) => e.label).length + missed} | gold ${dev.gold} | best ${f(best)} | t=0.4 ${f(6)} | t=0.45 ${f(7)}`);

// Sentence-level: out-of-fold sentence scores against the gold (the gold itself from the spans file, whatever --no-spans says).
if (args.includes('--sentences')) {
  const gold = args.includes('--no-spans') ? devExamples(spec) : dev;
  const folds = spec.options.folds ?? 5;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negDrafts = 0;
  let negFlagged = 0;
  const score = scoreFn;
  for (let k = 0; k < folds; k++) {
    const model = sentenceModelOf(examples.filter((e) => e.fold !== k), background, sentences);
    gold.examples.forEach((g: DevExample) => {
      if (g.fold !== k) return;
      const z = (g.sentences ?? []).map((t) => score(model, t));
      if (g.label && g.gold) {
        z.forEach((v, j) => {
          if (v > 0 && g.gold?.[j]) tp++;
          else if (v > 0) fp++;
          else if (g.gold?.[j]) fn++;
        });
      } else if (!g.label) {
        negDrafts++;
        if (z.some((v) => v > 0)) negFlagged++;
      }
    });
  }
  console.log(`  sentences above 0 vs gold (labelled drafts): P=${(tp / (tp + fp)).toFixed(3)} R=${(tp / (tp + fn)).toFixed(3)}; unlabelled candidates with a sentence above 0: ${negFlagged}/${negDrafts}`);
}
