/**
 * `npm run eval:rewrite`: per-fact accuracy of Rewrite Politely's extractFacts over the labelled
 * drafts in test/fixtures/rewrite/facts.json, on the dev part with every dev miss listed (file,
 * field, expected, found). The drafts in the tone corpus's holdout and fresh parts (split.json) are
 * reported in aggregate only, and only with `--holdout`: no file of them is ever named or printed,
 * so nobody tunes on them. Look at them once, when a change is finished.
 */
import { readSplit } from './corpus';
import { factFields, loadLabelledFacts, scoreFacts, type FactScore } from './rewriteFacts';

const withHoldout = process.argv.slice(2).includes('--holdout');
const labelled = loadLabelledFacts();
const split = readSplit();

const dev = labelled.filter((l) => split.dev.has(l.file));
const d = scoreFacts(dev);
const line = (name: string, n: number, m: FactScore) =>
  `${name.padEnd(8)} (${n}) ${factFields.map((f) => `${f} ${m.accuracy[f].toFixed(2)}`).join('  ')}  decision where stated ${m.statedRight}/${m.stated}`;
console.log(line('dev', dev.length, d));
// The nk- drafts (dev) were labelled before the reader saw them: measured clean once (ebd2b5d: 86/99, 3 wrong kinds), dev since.
const nk = dev.filter((l) => l.file.startsWith('nk-'));
const n = scoreFacts(nk);
console.log(line('  nk-', nk.length, n));
const nkMixups = Object.entries(n.confusion).sort(([a], [b]) => a.localeCompare(b));
if (nkMixups.length > 0) console.log(`         nk- decision kinds read (expected -> found): ${nkMixups.map(([k, c]) => `${k} ${c}`).join(', ')}`);
if (withHoldout) {
  for (const part of ['holdout', 'fresh'] as const) {
    const held = labelled.filter((l) => split[part].has(l.file));
    const score = scoreFacts(held);
    console.log(line(part, held.length, score));
    const mixups = Object.entries(score.confusion).sort(([a], [b]) => a.localeCompare(b));
    if (mixups.length > 0) console.log(`         decision kinds read wrong (expected -> found): ${mixups.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
}
const misses = factFields.flatMap((f) => d.wrong[f].map((w) => ({ ...w, field: f }))).sort((x, y) => x.file.localeCompare(y.file));
console.log(`\nDev misses (${misses.length}):`);
for (const m of misses) console.log(`  ${m.file}  ${m.field}: expected ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.found)}`);
