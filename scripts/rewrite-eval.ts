/**
 * `npm run eval:rewrite`: per-fact accuracy of Rewrite Politely's extractFacts over the labelled
 * drafts in test/fixtures/rewrite/facts.json, on the dev part with every dev miss listed (file,
 * field, expected, found). The drafts in the tone corpus's holdout (split.json) are reported in
 * aggregate only, and only with `--holdout`: no holdout file is ever named or printed, so nobody
 * tunes on it. Look at the holdout once, when a change is finished.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFacts } from '../src/core/rewrite';
import { readSplit, corpusDir } from './corpus';

const args = process.argv.slice(2);
const withHoldout = args.includes('--holdout');

interface Labelled {
  file: string;
  recipient: string | null;
  sender: string | null;
  company: string | null;
  role: string | null;
  decision: string | null;
}
const fields = ['recipient', 'sender', 'company', 'role', 'decision'] as const;
const labelled = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'test', 'fixtures', 'rewrite', 'facts.json'), 'utf8')) as Labelled[];
const split = readSplit();
const stripFrontMatter = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const factsOf = (file: string) => extractFacts(stripFrontMatter(fs.readFileSync(path.join(corpusDir, file), 'utf8')));

function measure(part: Labelled[], listMisses: boolean) {
  const wrong = Object.fromEntries(fields.map((f) => [f, 0])) as Record<(typeof fields)[number], number>;
  let stated = 0;
  let statedRight = 0;
  const misses: string[] = [];
  for (const entry of part) {
    const facts = factsOf(entry.file);
    for (const field of fields) {
      const found = facts[field]?.value ?? null;
      if (found !== entry[field]) {
        wrong[field]++;
        if (listMisses) misses.push(`${entry.file}  ${field}: expected ${JSON.stringify(entry[field])}, found ${JSON.stringify(found)}`);
      }
    }
    if (entry.decision !== null) {
      stated++;
      if (facts.decision?.value === entry.decision) statedRight++;
    }
  }
  const accuracy = Object.fromEntries(fields.map((f) => [f, part.length ? 1 - wrong[f] / part.length : 1]));
  return { accuracy, stated, statedRight, misses };
}

const dev = labelled.filter((l) => split.dev.has(l.file));
const d = measure(dev, true);
const line = (name: string, n: number, m: ReturnType<typeof measure>) =>
  `${name.padEnd(8)} (${n}) ${fields.map((f) => `${f} ${m.accuracy[f].toFixed(2)}`).join('  ')}  decision where stated ${m.statedRight}/${m.stated}`;
console.log(line('dev', dev.length, d));
if (withHoldout) {
  const held = labelled.filter((l) => split.holdout.has(l.file));
  console.log(line('holdout', held.length, measure(held, false)));
}
console.log(`\nDev misses (${d.misses.length}):`);
for (const miss of d.misses) console.log(`  ${miss}`);
