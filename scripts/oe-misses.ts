/**
 * `npx tsx scripts/oe-misses.ts`: over-explaining's grouped dev cross-validation (the same
 * out-of-fold probabilities as train-tone.ts's build), with the dev files it misses out of fold:
 * the labelled drafts below the threshold and those without a candidate. Dev only: the holdout
 * and fresh parts are never read. `--threshold=0.4` scores at that threshold (default: the
 * committed model's); `--fp` lists the out-of-fold false alarms too.
 */
import { AnalysisContext } from '../src/core/analysis/context';
import model from '../src/core/analysis/data/models/over-explaining.json';
import { loadCorpus } from './corpus';
import { devExamples, MODELS, outOfFold, scoreAt } from './train-tone';

const args = process.argv.slice(2);
const spec = MODELS.find((m) => m.rule === 'over-explaining');
if (!spec) throw new Error('no over-explaining model spec');
const threshold = Number(args.find((a) => a.startsWith('--threshold='))?.slice('--threshold='.length) ?? model.threshold);
const dev = loadCorpus().messages.filter((m) => m.part === 'dev');
// The files in devExamples' order: the drafts with a candidate, and the labelled ones without.
const withCandidate: string[] = [];
const noCandidate: string[] = [];
for (const m of dev) {
  if (spec.features(new AnalysisContext(m.text))) withCandidate.push(m.file);
  else if (m.expected.has(spec.rule)) noCandidate.push(m.file);
}
const set = devExamples(spec);
const probs = outOfFold(set.examples, spec, [], set.background);
const labels = set.examples.map((e) => e.label);
for (let t = 0.2; t <= 0.651; t += 0.05) {
  const s = scoreAt(probs, labels, t, [], set.missed);
  console.log(`t=${t.toFixed(2)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`);
}
console.log(`\nAt ${threshold}: out-of-fold misses (dev)`);
for (const f of noCandidate) console.log(`FN no-candidate ${f}`);
set.examples.forEach((e, i) => {
  if (e.label && probs[i] < threshold) console.log(`FN ${probs[i].toFixed(2)} ${withCandidate[i]}`);
  if (args.includes('--fp') && !e.label && probs[i] >= threshold) console.log(`FP ${probs[i].toFixed(2)} ${withCandidate[i]}`);
});
